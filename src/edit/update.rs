//! `candor update`: appends one well-formed update to an incident file and leaves every other
//! byte as it was (comments, layout, quoting, line endings, a byte-order mark), because people
//! edit these files by hand too. The core, [`append_update`], is a pure function over the
//! file's text that checks its own work by reading the result back; the command around it
//! holds the site's edit lock from reading to writing, and checks the result with the build's
//! rules before it replaces the file (through a link, keeping its permissions).

use std::path::PathBuf;

use jiff::Timestamp;
use saphyr_parser::{Event, Parser, ScalarStyle};

use crate::check::{check_incident, incident_id};
use crate::diagnostic::{Diagnostic, suggest};
use crate::edit::UpdateRequest;
use crate::edit::body::body_text;
use crate::edit::check::{check_flags, check_written, parse_written};
use crate::edit::files::{EditLock, ReadError, read_bounded, replace, resolve_inside};
use crate::edit::summary::{Saved, summary, warnings};
use crate::edit::{Edited, author_or, load_for_edit, when};
use crate::error::Error;
use crate::input::SitePaths;
use crate::input::raw::{RawIncident, RawText, RawUpdate};

use super::languages::{lines_per_language, per_language, raw_text};
use crate::input::{MAX_SOURCE_BYTES, SourceFile};
use crate::model::*;
use crate::pointer::{Pointer, Seg};
use crate::yaml::load::{Loaded, Parsed};
use crate::yaml::parse::resolve;
use crate::yaml::write::{Document, Plain, block, name, quote, stamp, stampable, unwritable};

pub(super) fn fail(message: impl Into<String>, help: impl Into<String>) -> Vec<Diagnostic> {
    vec![Diagnostic::error(message).with_help(help)]
}

/// The update to append, as the file will say it: the input of [`append_update`].
#[derive(Debug, Clone)]
pub(crate) struct NewUpdate {
    pub(crate) at: Timestamp,
    pub(crate) status: Status,
    pub(crate) author: String,
    pub(crate) components: Vec<(String, ComponentState)>,
    pub(crate) next: Option<Timestamp>,
    pub(crate) workaround: Option<String>,
    pub(crate) body: String,
    /// The texts in the site's other languages, when given: then `body` and `workaround` are
    /// written under the main language's tag beside them.
    pub(crate) texts_in: Option<TextsIn>,
}

/// An update's texts in the site's other languages (`--body-in`, `--workaround-in`).
#[derive(Debug, Clone)]
pub(crate) struct TextsIn {
    /// The main language's tag, which keys `body` and `workaround`.
    pub(crate) main: String,
    /// (tag, text), in the order given.
    pub(crate) body: Vec<(String, String)>,
    pub(crate) workaround: Vec<(String, String)>,
}

impl TextsIn {
    /// A field's texts one per language, when it has any in another (`languages::per_language`).
    fn of(&self, main: &str, others: &[(String, String)]) -> Vec<(String, String)> {
        per_language(&self.main, main, others)
    }
}

/// The text of one update item with its dash at column `indent`, lines joined with `eol`,
/// and the fields a parser must read back from it.
fn item_text(u: &NewUpdate, indent: usize, eol: &str) -> (String, Vec<(&'static str, Plain)>) {
    let pad = " ".repeat(indent);
    let body = block(&u.body, indent + 2);
    let mut lines = vec![
        format!("{pad}- at: {}", stamp(u.at)),
        format!("{pad}  status: {}", u.status.as_str()),
        format!("{pad}  author: {}", quote(&u.author)),
    ];
    let mut fields = vec![
        ("at", Plain::Text(stamp(u.at))),
        ("status", Plain::Text(u.status.as_str().to_string())),
        ("author", Plain::Text(u.author.clone())),
    ];
    if !u.components.is_empty() {
        let states: Vec<String> = u
            .components
            .iter()
            .map(|(c, s)| format!("{}: {}", name(c), s.as_str()))
            .collect();
        lines.push(format!("{pad}  components: {{ {} }}", states.join(", ")));
        let map = u
            .components
            .iter()
            .map(|(c, s)| (c.clone(), s.as_str().to_string()))
            .collect();
        fields.push(("components", Plain::Map(map)));
    }
    if let Some(n) = u.next {
        lines.push(format!("{pad}  next_update_by: {}", stamp(n)));
        fields.push(("next_update_by", Plain::Text(stamp(n))));
    }
    let texts_in = |main: &str, others: fn(&TextsIn) -> &[(String, String)]| {
        u.texts_in
            .as_ref()
            .map_or(Vec::new(), |t| t.of(main, others(t)))
    };
    if let Some(w) = &u.workaround {
        let each = texts_in(w, |t| &t.workaround);
        if each.is_empty() {
            lines.push(format!("{pad}  workaround: {}", quote(w)));
            fields.push(("workaround", Plain::Text(w.clone())));
        } else {
            let (written, read) = lines_per_language("workaround", &each, indent + 2, false);
            lines.extend(written);
            fields.push(("workaround", Plain::Map(read)));
        }
    }
    let each = texts_in(&u.body, |t| &t.body);
    if each.is_empty() {
        lines.push(format!("{pad}  body: {}", body.text));
        fields.push(("body", Plain::Text(body.value)));
    } else {
        let (written, read) = lines_per_language("body", &each, indent + 2, true);
        lines.extend(written);
        fields.push(("body", Plain::Map(read)));
    }
    // Built with `\n` (no value holds a raw line break: quoted ones are escaped), written in
    // the file's own line endings.
    let mut out = lines.join("\n").replace('\n', eol);
    out.push_str(eol);
    (out, fields)
}

/// Why `candor update` will not touch a file: the file stays as it was.
fn refuse(why: impl Into<String>) -> Vec<Diagnostic> {
    fail(
        format!(
            "candor update cannot add to this file safely: {}",
            why.into()
        ),
        "add the update by hand (see docs/format.md); the file was left as it was",
    )
}

/// YAML's line breaks, the one definition of a line used here: LF, CRLF or a lone CR.
fn is_break(b: u8) -> bool {
    b == b'\n' || b == b'\r'
}

/// The byte offset just past the line break ending the line that holds `at` (the end of the
/// text if that line has none).
fn end_of_line(text: &str, at: usize) -> usize {
    let bytes = text.as_bytes();
    match bytes[at.min(bytes.len())..]
        .iter()
        .position(|&b| is_break(b))
    {
        None => bytes.len(),
        Some(i) => {
            let i = at + i;
            if bytes[i] == b'\r' && bytes.get(i + 1) == Some(&b'\n') {
                i + 2
            } else {
                i + 1
            }
        }
    }
}

/// Whether `at` is the start of a line (not the middle of a CRLF).
fn is_line_start(text: &str, at: usize) -> bool {
    let bytes = text.as_bytes();
    at == 0
        || (is_break(bytes[at - 1]) && !(bytes[at - 1] == b'\r' && bytes.get(at) == Some(&b'\n')))
}

/// The line break that ends the text before `at`, else the file's first, else LF: a new
/// item is written in the line endings around it.
pub(super) fn line_break_at(text: &str, at: usize) -> &'static str {
    let before = &text[..at];
    if before.ends_with("\r\n") {
        return "\r\n";
    }
    match before.as_bytes().last() {
        Some(b'\n') => return "\n",
        Some(b'\r') => return "\r",
        _ => {}
    }
    let bytes = text.as_bytes();
    match bytes.iter().position(|&b| is_break(b)) {
        Some(i) if bytes[i] == b'\r' && bytes.get(i + 1) == Some(&b'\n') => "\r\n",
        Some(i) if bytes[i] == b'\r' => "\r",
        _ => "\n",
    }
}

/// Where the new item goes and how far its dash is indented.
#[derive(Debug, PartialEq, Eq)]
struct Spot {
    at: usize,
    indent: usize,
}

/// The byte offset of the parser's offset in characters (it is called a few times per file).
fn byte_of(text: &str, chars: usize) -> usize {
    text.char_indices()
        .nth(chars)
        .map_or(text.len(), |(b, _)| b)
}

/// The last event of a node that holds text, and where that text ends, in characters.
struct NodeEnd<'a> {
    last: Event<'a>,
    end: usize,
}

/// Reads the rest of the node `first` starts, returning its last event that covers text.
/// The end of a block collection (and an empty value) covers none: the parser places it at
/// the next token, which may be lines further on, past comments that lead into the next key.
fn skip_node<'a>(
    first: Event<'a>,
    first_span: saphyr_parser::Span,
    parser: &mut Parser<'a, saphyr_parser::StrInput<'a>>,
) -> Result<NodeEnd<'a>, String> {
    let mut depth = match first {
        Event::SequenceStart(..) | Event::MappingStart(..) => 1usize,
        _ => 0,
    };
    let mut last = NodeEnd {
        end: first_span.end.index(),
        last: first,
    };
    while depth > 0 {
        let (ev, span) = next_event(parser)?;
        match ev {
            Event::SequenceStart(..) | Event::MappingStart(..) => depth += 1,
            Event::SequenceEnd | Event::MappingEnd => depth -= 1,
            _ => {}
        }
        if span.end.index() > span.start.index() {
            last = NodeEnd {
                last: ev,
                end: span.end.index(),
            };
        }
    }
    Ok(last)
}

fn next_event<'a>(
    parser: &mut Parser<'a, saphyr_parser::StrInput<'a>>,
) -> Result<(Event<'a>, saphyr_parser::Span), String> {
    match parser.next_event() {
        Some(Ok(found)) => Ok(found),
        Some(Err(e)) => Err(format!("it is not valid YAML ({})", e.info())),
        None => Err("it ends before its `updates:` list does".into()),
    }
}

/// Finds, from the parser's own spans, the end of the last item of the top-level `updates:`
/// block list: the new item goes on the line after it, before any comment or blank line that
/// follows (those lead into what comes next). A `|+` body keeps its trailing blank lines, so
/// there the new item goes after them.
fn find_spot(text: &str) -> Result<Spot, String> {
    let mut parser = Parser::new_from_str(text);
    // The root mapping.
    loop {
        match next_event(&mut parser)?.0 {
            Event::StreamStart | Event::DocumentStart(_) => {}
            Event::MappingStart(..) => break,
            _ => return Err("the file is not a set of `key: value` fields".into()),
        }
    }
    // Its entries, up to `updates`.
    let first_item = loop {
        let (key, key_span) = next_event(&mut parser)?;
        let key_name = match &key {
            Event::MappingEnd => return Err("the file has no `updates:` list".into()),
            Event::Scalar(k, ..) => Some(k.to_string()),
            _ => None,
        };
        // A complex key is not candor's format, but is walked to stay in step.
        skip_node(key, key_span, &mut parser)?;
        let (value, value_span) = next_event(&mut parser)?;
        if key_name.as_deref() == Some("updates") {
            if !matches!(value, Event::SequenceStart(..)) {
                return Err("its `updates:` is not a list".into());
            }
            let start = byte_of(text, value_span.start.index());
            if text[start..].starts_with('[') {
                return Err(
                    "`updates:` is written in flow style (`[ … ]`), which cannot be extended \
                     without rewriting it; write the updates as `- at: …` items, one per block"
                        .into(),
                );
            }
            break next_event(&mut parser)?;
        }
        skip_node(value, value_span, &mut parser)?;
    };
    // The items: remember where the last one starts and how it ends.
    let (mut ev, mut span) = first_item;
    let mut last = None;
    while !matches!(ev, Event::SequenceEnd) {
        let start = span.start.index();
        let end = skip_node(ev, span, &mut parser)?;
        last = Some((start, end));
        (ev, span) = next_event(&mut parser)?;
    }
    let Some((item_start, end)) = last else {
        return Err("its `updates:` list is empty".into());
    };
    // The item's dash: back from the item over blank space and line breaks.
    let item_start = byte_of(text, item_start);
    let before = text[..item_start].trim_end_matches([' ', '\t', '\n', '\r']);
    if !before.ends_with('-') {
        return Err("cannot tell where its last update's `-` is".into());
    }
    let dash = before.len() - 1;
    let line_start = text[..dash].rfind(['\n', '\r']).map_or(0, |i| i + 1);
    let indent_text = &text[line_start..dash];
    if !indent_text.bytes().all(|b| b == b' ') {
        return Err("its last update does not start its own line with `- `".into());
    }
    let end_byte = byte_of(text, end.end);
    let at = match &end.last {
        Event::Scalar(value, ScalarStyle::Literal | ScalarStyle::Folded, ..)
            if matches!(&value[value.trim_end().len()..], "" | "\n") =>
        {
            // The scanner's span runs over the blank lines after a block; they are not
            // part of its value, so the item goes after its last written line.
            let content = text[..end_byte].trim_end_matches([' ', '\t', '\n', '\r']);
            end_of_line(text, content.len().max(item_start))
        }
        Event::Scalar(_, ScalarStyle::Literal | ScalarStyle::Folded, ..)
            if is_line_start(text, end_byte) =>
        {
            end_byte
        }
        _ => end_of_line(text, end_byte),
    };
    Ok(Spot {
        at,
        indent: indent_text.len(),
    })
}

/// Whether the update's text can be written so that it reads back as itself: no character
/// YAML would take for a line break in the author or a component id, none no reader accepts.
fn writable<'a>(
    (author, body, workaround): (&str, &str, Option<&str>),
    mut ids: impl Iterator<Item = &'a str>,
) -> Result<(), Vec<Diagnostic>> {
    for (what, value, one_line) in [
        ("the author", author, true),
        ("the update's text", body, false),
        ("the workaround", workaround.unwrap_or(""), true),
    ] {
        if let Some(why) = unwritable(value, one_line) {
            return Err(fail(
                format!("{what} {why}"),
                "remove the character, or write it as plain text",
            ));
        }
    }
    if let Some((c, why)) = ids.find_map(|c| unwritable(c, true).map(|w| (c, w))) {
        return Err(fail(
            format!("component id {} {why}", quote(c)),
            "use the component's id from candor.yaml",
        ));
    }
    Ok(())
}

/// Appends `update` to the `updates:` list of an incident file's text and returns the new
/// text, with every other byte as it was (comments, layout, quoting, line endings, a
/// byte-order mark). Before returning it checks its own work: the old text is unchanged
/// outside the inserted lines, and the new text reads back as the old values with exactly one
/// more update, the one given. Anything else is refused with the reason, so the caller leaves
/// the file untouched. Pure: text in, text or diagnostics out (fuzz targets call it).
pub(crate) fn append_update(text: &str, update: &NewUpdate) -> Result<String, Vec<Diagnostic>> {
    writable(
        (&update.author, &update.body, update.workaround.as_deref()),
        update.components.iter().map(|(c, _)| c.as_str()),
    )?;
    if let Some(t) = &update.texts_in {
        for (_, text) in &t.body {
            writable((&update.author, text, None), std::iter::empty())?;
        }
        for (_, text) in &t.workaround {
            writable((&update.author, "", Some(text)), std::iter::empty())?;
        }
    }
    if !stampable(update.at) || update.next.is_some_and(|n| !stampable(n)) {
        return Err(fail(
            format!(
                "the update's times must fall within the times candor supports ({})",
                crate::time::range_words()
            ),
            "pass an --at and --next within those years",
        ));
    }
    let (bom, old) = match text.strip_prefix('\u{feff}') {
        Some(rest) => ("\u{feff}", rest),
        None => ("", text),
    };
    let old_values =
        Document::read(old).map_err(|e| refuse(format!("it is not valid YAML ({e})")))?;
    let spot = find_spot(old).map_err(refuse)?;
    let eol = line_break_at(old, spot.at);
    let (item, item_fields) = item_text(update, spot.indent, eol);
    let mut insert = String::new();
    if spot.at > 0 && !is_line_start(old, spot.at) {
        insert.push_str(eol);
    }
    insert.push_str(&item);
    let mut new = String::with_capacity(bom.len() + old.len() + insert.len());
    new.push_str(bom);
    new.push_str(&old[..spot.at]);
    new.push_str(&insert);
    new.push_str(&old[spot.at..]);

    // Check the work before anyone writes it.
    let body = &new[bom.len()..];
    let (head, tail) = (&body[..spot.at], &body[spot.at + insert.len()..]);
    if head != &old[..spot.at] || tail != &old[spot.at..] {
        return Err(refuse("the text around the new update would change"));
    }
    let new_values = Document::read(body)
        .map_err(|e| refuse(format!("the new update would not read back as YAML ({e})")))?;
    let expected = old_values.with_item("updates", &item_fields);
    if new_values != expected {
        return Err(refuse(match expected.changed_key(&new_values).as_deref() {
            Some("updates") => {
                "the updates read back would not be the old ones plus exactly the new one".into()
            }
            Some(key) => format!("adding the update would change `{key}`"),
            None => "adding the update would change the file's other values".to_string(),
        }));
    }
    Ok(new)
}

/// `candor update`: appends the update the flags describe to the incident `args.id`, under
/// the site's edit lock, once the build's rules accept it.
pub fn update_incident(
    paths: &SitePaths,
    args: &UpdateRequest,
    now: Timestamp,
) -> Result<Edited, Error> {
    let site = open(paths)?;
    let (file, incident) = checked(&site, &args.id)?;
    let config = &site.config;
    let update = new_update(args, file, &incident, config, now)?;
    let text = write(paths, file, config, &update)?;
    let path = file.source.path.clone();
    let shown = &file.source.display;
    // What the component list will read once this update is out: the build's own rule
    // (states carry forward; a maintenance's work puts its components under maintenance).
    let mut after = incident.clone();
    after.updates.push(Update {
        at: update.at,
        status: update.status,
        author: Person::from(update.author.as_str()).into(),
        components: update.components.clone(),
        next_update_by: update.next,
        workaround: update.workaround.clone(),
        body: update.body.clone(),
    });
    let states = after.states_at(after.updates.len() - 1);
    let saved = Saved {
        what: format!(
            "Update {} ({}{})",
            incident.updates.len() + 1,
            if after.reopens(after.updates.len() - 1) {
                "Reopened: "
            } else {
                ""
            },
            update.status.label()
        ),
        file: shown,
        status: update.status,
        states: &states,
        next: update.next,
        window: None,
        placeholder: false,
    };
    Ok(Edited {
        summary: summary(&saved, config, now.max(update.at)),
        warnings: warnings(
            SourceFile::new(path.clone(), shown.clone(), text),
            config,
            now.max(update.at),
        ),
        path,
    })
}

/// The site opened for an edit of an existing incident: its edit lock, held until this is
/// dropped, and the site as read under it.
pub(super) struct Opened {
    _lock: Option<EditLock>,
    pub(super) loaded: Loaded,
    pub(super) config: Config,
}

/// Takes the site's edit lock and reads the site. One edit at a time, from reading the file
/// to replacing it: two people on call must not each append to the same old text and lose
/// one edit. No incidents folder, no incident to edit (and nothing is created in a folder
/// that may not be a site).
pub(super) fn open(paths: &SitePaths) -> Result<Opened, Error> {
    let dir = paths.incidents();
    let lock = match dir.is_dir() {
        true => Some(EditLock::acquire(&dir)?),
        false => None,
    };
    let (loaded, config) = load_for_edit(paths).map_err(Error::Input)?;
    Ok(Opened {
        _lock: lock,
        loaded,
        config,
    })
}

/// The incident `id` names in the opened site, and its file, once the build's rules accept
/// the file as it is.
pub(super) fn checked<'s>(
    site: &'s Opened,
    id: &str,
) -> Result<(&'s Parsed<RawIncident>, Incident), Error> {
    let file = find(&site.loaded, id)?;
    let (incident, mut d) = check_incident(file, Some(&site.config));
    match incident {
        Some(incident) => Ok((file, incident)),
        None => {
            resolve(&mut d, &file.source, None);
            Err(Error::Input(d))
        }
    }
}

/// `diags` named as being about the file shown as `shown`.
pub(super) fn in_file(shown: &str, diags: Vec<Diagnostic>) -> Error {
    Error::Input(diags.into_iter().map(|d| d.with_file(shown)).collect())
}

/// The incident file `id` names: by its `id:`, else its file name.
pub(super) fn find<'l>(loaded: &'l Loaded, id: &str) -> Result<&'l Parsed<RawIncident>, Error> {
    let ids: Vec<String> = loaded
        .incidents
        .iter()
        .map(|p| incident_id(&p.raw, &p.source.path))
        .collect();
    if let Some(n) = ids.iter().position(|i| i == id) {
        return Ok(&loaded.incidents[n]);
    }
    // A file that does not parse is not in `incidents`: say so rather than "no such id".
    if let Some(d) = loaded.diagnostics.iter().find(|d| {
        d.file
            .as_deref()
            .is_some_and(|f| f.ends_with(&format!("{id}.yaml")))
    }) {
        return Err(Error::input(d.clone()));
    }
    let ids: Vec<&str> = ids.iter().map(String::as_str).collect();
    let help = suggest(id, &ids).unwrap_or_else(|| {
        "the id is the file name in incidents/ without .yaml, or its `id:`".into()
    });
    Err(Error::Input(fail(format!("no incident `{id}`"), help)))
}

/// The update the flags describe, checked by the build's rules as the incident's next
/// update; then what the flags left out: every component back to operational when it ends,
/// and the promise of the next update.
fn new_update(
    args: &UpdateRequest,
    file: &Parsed<RawIncident>,
    incident: &Incident,
    config: &Config,
    now: Timestamp,
) -> Result<NewUpdate, Error> {
    let at = args.at.unwrap_or(now);
    if !stampable(at) {
        return Err(Error::Usage(format!(
            "--at `{at}` is outside the times candor supports ({})",
            crate::time::range_words()
        )));
    }
    let author = author_or(args.author.as_deref(), &incident.owner.name);
    let body = body_text(args.body.as_deref(), args.body_file.as_ref())?.ok_or_else(|| {
        Error::Usage("the update needs text: --body \"…\" or --body-file FILE".into())
    })?;
    let pairs = component_flags(&args.components)?;
    // What cannot be written is refused first, in the words of writing it (a line break in
    // a flag could otherwise reach the rules as text the file would never hold).
    writable(
        (&author, &body, args.workaround.as_deref()),
        pairs.iter().map(|(c, _)| c.as_str()),
    )
    .map_err(|d| {
        Error::Input(
            d.into_iter()
                .map(|d| d.with_file(&file.source.display))
                .collect(),
        )
    })?;
    reopening(args, incident, Status::parse(args.status.trim()))?;
    let workaround = args.workaround.as_deref().map(|w| w.trim().to_string());
    let texts_in = texts_in(args, config)?;
    if texts_in.as_ref().is_some_and(|t| !t.workaround.is_empty()) && workaround.is_none() {
        return Err(Error::Usage(
            "--workaround-in gives the workaround in another language: give --workaround too"
                .into(),
        ));
    }
    let (raw_body, raw_workaround) = raw_texts(&body, workaround.as_deref(), texts_in.as_ref());
    let mut raw = file.raw.clone();
    raw.updates.push(RawUpdate {
        at: stamp(at),
        status: args.status.clone(),
        author: author.clone(),
        components: pairs.iter().cloned().collect(),
        next_update_by: None,
        workaround: raw_workaround,
        body: raw_body,
    });
    let n = raw.updates.len() - 1;
    let checked = check_flags(&file.source, raw, config, |at| update_flag(at, n))?;
    let Some(new) = checked.updates.get(n) else {
        return Err(Error::Input(fail(
            "candor update could not read back the update it was asked to add",
            "add the update by hand (see docs/format.md)",
        )));
    };
    let listed_in = |state: Option<ComponentState>| -> Vec<(String, ComponentState)> {
        let listed = incident.components.iter();
        listed.filter_map(|c| Some((c.clone(), state?))).collect()
    };
    let components = if new.status.is_final() && pairs.is_empty() {
        // Resolving brings every listed component back, unless the flags say otherwise.
        listed_in(Some(ComponentState::Operational))
    } else if !incident.is_open() && pairs.is_empty() {
        // Reopening: the problem is back, as bad as its impact says, unless the flags say.
        let impact = incident.impact.as_str();
        listed_in(super::new::first_state(incident.kind, Some(impact)))
    } else {
        // In the order the flags gave them, each once, in the state the rules read.
        let mut written: Vec<(String, ComponentState)> = Vec::new();
        for (id, _) in &pairs {
            if let Some((_, state)) = new.components.iter().find(|(c, _)| c == id)
                && !written.iter().any(|(c, _)| c == id)
            {
                written.push((id.clone(), *state));
            }
        }
        written
    };
    Ok(NewUpdate {
        at,
        status: new.status,
        author,
        components,
        next: next_of(args, new.status, at, incident, config)?,
        workaround,
        body,
        texts_in,
    })
}

/// The body and workaround as the file reads them: one text each, or one per language when
/// others are given.
fn raw_texts(
    body: &str,
    workaround: Option<&str>,
    texts_in: Option<&TextsIn>,
) -> (RawText, Option<RawText>) {
    let raw = |main: &str, others: fn(&TextsIn) -> &[(String, String)]| match texts_in {
        Some(t) => raw_text(&t.main, main, others(t)),
        None => main.into(),
    };
    (
        raw(body, |t| &t.body),
        workaround.map(|w| raw(w, |t| &t.workaround)),
    )
}

/// `--body-in` and `--workaround-in`, with the main language's tag; none when neither is given.
fn texts_in(args: &UpdateRequest, config: &Config) -> Result<Option<TextsIn>, Error> {
    if args.body_in.is_empty() && args.workaround_in.is_empty() {
        return Ok(None);
    }
    Ok(Some(TextsIn {
        main: config.languages[0].tag.clone(),
        body: super::languages::in_languages("--body-in", &args.body_in, config, false)?,
        workaround: super::languages::in_languages(
            "--workaround-in",
            &args.workaround_in,
            config,
            true,
        )?,
    }))
}

/// `--reopen` asks for an incident that is over, and an update that does not end it.
fn reopening(
    args: &UpdateRequest,
    incident: &Incident,
    status: Option<Status>,
) -> Result<(), Error> {
    if !args.reopen {
        return Ok(());
    }
    let what = incident.kind.as_str();
    if incident.is_open() {
        return Err(Error::Input(fail(
            format!(
                "--reopen: the {what} `{}` is not over (it is {})",
                args.id,
                incident.status().as_str()
            ),
            "post the update without --reopen",
        )));
    }
    if let Some(status) = status.filter(|s| s.is_final()) {
        return Err(Error::Usage(format!(
            "--reopen with --status {}: a reopening update does not end the {what}\nhelp: \
             give a status such as `{}`, or leave --status out",
            status.as_str(),
            incident.kind.reopening_status().as_str()
        )));
    }
    Ok(())
}

/// Where a rule's place in the incident with the new update `n` appended came from: the
/// flag that gave that value.
fn update_flag(at: &Pointer, n: usize) -> Option<String> {
    let [Seg::Key(updates), Seg::Index(i), rest @ ..] = at.segs.as_slice() else {
        return None;
    };
    if updates != "updates" || *i != n {
        return None;
    }
    let flag = match rest {
        [Seg::Key(k), Seg::Key(id), ..] if k == "components" => {
            return Some(format!("--component {id}"));
        }
        [Seg::Key(k), ..] => match k.as_str() {
            "at" => "--at",
            "status" => "--status",
            "author" => "--author",
            "body" => "--body",
            "next_update_by" => "--next",
            "workaround" => "--workaround",
            _ => "the new update",
        },
        _ => "the new update",
    };
    Some(flag.to_string())
}

/// `--component ID=STATE` pairs, split; the ids and states are for the rules to judge.
fn component_flags(specs: &[String]) -> Result<Vec<(String, String)>, Error> {
    specs
        .iter()
        .map(|spec| match spec.split_once('=') {
            Some((id, state)) => Ok((id.trim().to_string(), state.trim().to_string())),
            None => Err(Error::Usage(format!(
                "--component `{spec}`: write it as id=state, e.g. checkout=partial_outage"
            ))),
        })
        .collect()
}

/// The promise of the next update: none once it ends, else `--next`, else the policy's
/// longest gap for the incident's impact.
fn next_of(
    args: &UpdateRequest,
    status: Status,
    at: Timestamp,
    incident: &Incident,
    config: &Config,
) -> Result<Option<Timestamp>, Error> {
    if status.is_final() {
        // A promise on the last update would be dropped without a word: say so instead.
        if let Some(n) = &args.next {
            return Err(Error::Usage(format!(
                "--next `{n}`: a {} update promises no further update\nhelp: drop --next, or \
                 post a `monitoring` update if another one will follow",
                status.as_str()
            )));
        }
        return Ok(None);
    }
    if let Some(n) = &args.next {
        return when("--next", n, at, config).map(Some);
    }
    let Some(gap) = config.promises.max_gap(incident.impact) else {
        return Ok(None);
    };
    let next = at.checked_add(gap).ok().filter(|t| stampable(*t));
    next.map(Some).ok_or_else(|| {
        Error::Usage(format!(
            "the next update, {gap:#} after --at `{at}`, would fall past the times candor \
             supports ({}); pass an earlier --at or a --next",
            crate::time::range_words()
        ))
    })
}

/// Appends `update` to the file as it is on disk, checks the result with the build's rules,
/// and replaces the file: the new text (without a byte-order mark).
fn write(
    paths: &SitePaths,
    file: &Parsed<RawIncident>,
    config: &Config,
    update: &NewUpdate,
) -> Result<String, Error> {
    let shown = &file.source.display;
    let in_file = |d: Vec<Diagnostic>| d.into_iter().map(|d| d.with_file(shown)).collect();
    let (real, text) = on_disk(paths, &file.source).map_err(|e| match e {
        Error::Input(d) => Error::Input(in_file(d)),
        e => e,
    })?;
    let new_text = append_update(&text, update).map_err(|d| Error::Input(in_file(d)))?;
    if new_text.len() as u64 > MAX_SOURCE_BYTES {
        return Err(Error::Input(in_file(fail(
            format!(
                "the update would make `{shown}` {} KiB, over the {} KiB limit for an incident file",
                (new_text.len() as u64).div_ceil(1024),
                MAX_SOURCE_BYTES / 1024
            ),
            "shorten the update; link to long logs or reports instead of pasting them",
        ))));
    }
    // Check the result with the build's rules before touching the disk.
    let unmarked = new_text.strip_prefix('\u{feff}').unwrap_or(&new_text);
    let source = SourceFile::new(
        file.source.path.clone(),
        file.source.display.clone(),
        unmarked.to_string(),
    );
    check_written(&parse_written(source)?, config, false)?;
    replace(&real, new_text.as_bytes())?;
    Ok(unmarked.to_string())
}

/// The incident file as it is on disk, byte for byte (the loader's copy has no byte-order
/// mark), and the path to write: through a symbolic link, its target, which must lie in the
/// site. Refused when the file changed since it was loaded.
pub(super) fn on_disk(paths: &SitePaths, source: &SourceFile) -> Result<(PathBuf, String), Error> {
    let shown = &source.display;
    let changed = || {
        fail(
            format!("`{shown}` changed while candor was reading it"),
            "run the command again",
        )
    };
    let (real, inside) = resolve_inside(&source.path, &paths.root)?;
    if !inside {
        return Err(Error::Input(fail(
            format!(
                "`{shown}` is a link to `{}`, outside the site folder",
                real.display()
            ),
            "candor writes only inside the site; copy the file into incidents/ instead of linking it",
        )));
    }
    let text = match read_bounded(&real, MAX_SOURCE_BYTES) {
        Ok(text) => text,
        Err(ReadError::Io(source)) => return Err(Error::Io { path: real, source }),
        Err(ReadError::TooLarge | ReadError::NotUtf8) => return Err(Error::Input(changed())),
    };
    if text.strip_prefix('\u{feff}').unwrap_or(&text) != &*source.text {
        return Err(Error::Input(changed()));
    }
    Ok((real, text))
}

#[cfg(test)]
mod tests {
    use serde_yaml::Value;

    use super::*;

    fn update(body: &str) -> NewUpdate {
        NewUpdate {
            at: "2026-11-20T09:45:00Z".parse().unwrap(),
            status: Status::Identified,
            author: "Priya Raman".into(),
            components: vec![("checkout".into(), ComponentState::PartialOutage)],
            next: Some("2026-11-20T10:15:00Z".parse().unwrap()),
            workaround: None,
            body: body.into(),
            texts_in: None,
        }
    }

    /// The property a fuzz target checks, checked here independently of `append_update`'s
    /// own verification: on success the old bytes are all still there around one inserted
    /// run, the updates are the old ones plus one holding what was given, and every other
    /// value is unchanged; on refusal there is a reason.
    fn property(text: &str, u: &NewUpdate) -> Result<String, Vec<Diagnostic>> {
        let result = append_update(text, u);
        let new = match &result {
            Ok(new) => new,
            Err(d) => {
                assert!(!d.is_empty() && !d[0].message.is_empty());
                return result;
            }
        };
        let prefix = text
            .bytes()
            .zip(new.bytes())
            .take_while(|(a, b)| a == b)
            .count();
        let suffix = text
            .bytes()
            .rev()
            .zip(new.bytes().rev())
            .take_while(|(a, b)| a == b)
            .count();
        assert!(
            prefix + suffix >= text.len(),
            "old bytes lost:\n{text:?}\n{new:?}"
        );
        let strip = |t: &str| t.strip_prefix('\u{feff}').unwrap_or(t).to_string();
        let old_v: Value = serde_yaml::from_str(&strip(text)).unwrap();
        let new_v: Value = serde_yaml::from_str(&strip(new)).unwrap();
        let (Value::Mapping(old_m), Value::Mapping(new_m)) = (&old_v, &new_v) else {
            panic!("not mappings")
        };
        assert_eq!(old_m.len(), new_m.len());
        for (k, v) in old_m {
            if k.as_str() != Some("updates") {
                assert_eq!(new_m.get(k), Some(v), "{k:?} changed in\n{new}");
            }
        }
        let old_u = old_m["updates"].as_sequence().unwrap();
        let new_u = new_m["updates"].as_sequence().unwrap();
        assert_eq!(new_u.len(), old_u.len() + 1, "{new}");
        assert_eq!(&new_u[..old_u.len()], &old_u[..]);
        let added = &new_u[old_u.len()];
        assert_eq!(added["at"].as_str(), Some("2026-11-20T09:45:00Z"));
        assert_eq!(added["author"].as_str(), Some(u.author.as_str()));
        let wanted = u.body.replace("\r\n", "\n").replace(['\r', '\u{85}'], "\n");
        assert_eq!(
            added["body"].as_str().map(str::trim_end),
            Some(wanted.trim_end())
        );
        result
    }

    const HEAD: &str = "title: T\nimpact: major\nowner: { name: A B, role: SRE }\n\
        components: [checkout]\nstarted_at: 2026-11-20T09:12:00Z\n";

    #[test]
    fn appends_or_refuses_on_tricky_files() {
        let ok = [
            // `#` lines at the end of the last body are text, not comments.
            "updates:\n  - at: 1\n    body: >-\n      Down.\n      #hashtag\n      #1234\n\n# note\npostmortem: x\n",
            "updates:\n  - at: 1\n    body: |\n      Down.\n\n      # Heading\n# note\npostmortem: |\n  # Heading\n",
            // CRLF, a single lone CR earlier, a file of lone CRs.
            "updates:\r\n  - at: 1\r\n    body: x\r\n\r\n# c\r\npostmortem: y\r\n",
            "updates:\r  - at: 1\n    body: x\n\npostmortem: |\n  y\n",
            "updates:\r  - at: 1\r    body: |\r      x\r\r# c\rpostmortem: y\r",
            // Comments between and after items, tabs in comments.
            "updates: # the list\t(tab)\n  # first\n  - at: 1\n    body: x # note\t\n    # trailing\n  # more\n\n#\tend\npostmortem: y\n",
            // Keep-chomped bodies keep their trailing lines; strip-chomped ones stay stripped.
            "updates:\n  - at: 1\n    body: |+\n      x\n\n\n# c\npostmortem: y\n",
            "updates:\n  - at: 1\n    body: |+\n      x\n\n",
            "updates:\n  - at: 1\n    body: |-\n      x\n\npostmortem: y\n",
            // No final line break; an indentless list; a flow item last.
            "updates:\n  - at: 1\n    body: x",
            "updates:\n- at: 1\n  body: x\npostmortem: y\n",
            "updates:\n  - { at: 1, body: x }\n",
            // Document markers around it.
            "updates:\n  - at: 1\n    body: x\n...\n",
            "updates:\n  -\n    at: 1\n    body: \"x\n      y\"\napology: { a: 1 }\n",
        ];
        for tail in ok {
            let mut text = format!("{HEAD}{tail}");
            if tail.contains("\r\n") {
                text = text.replace("\r\n", "\n").replace('\n', "\r\n");
            }
            let new = property(&text, &update("Found it.\n\nRolling back."))
                .unwrap_or_else(|d| panic!("{text:?}: {}", d[0].message));
            if text.contains("\r\n") {
                assert!(!new.replace("\r\n", "").contains('\n'), "{new:?}");
            }
        }
        let marked = format!("%YAML 1.1\n---\n{HEAD}updates:\n  - at: 1\n    body: x\n");
        property(&marked, &update("y")).unwrap();
        let bom = format!("\u{feff}{HEAD}updates:\n  - at: 1\n    body: x\n");
        assert!(
            property(&bom, &update("y"))
                .unwrap()
                .starts_with('\u{feff}')
        );

        let refused = [
            "updates: [ { at: 1, body: x } ]\n",
            "updates: []\n",
            "updates:\n",
            "updates: 5\n",
            "updates: *a\n",
            "x: [[[\n",
            // A byte-order mark is only allowed at the start.
            "\u{feff}updates:\n  - at: 1\n    body: x\n",
        ];
        for tail in refused {
            let text = format!("{HEAD}{tail}");
            assert!(property(&text, &update("y")).is_err(), "{text:?}");
        }
        for text in ["", "\r", "\r\r\r", "\u{feff}", "- a\n", "#\n"] {
            assert!(property(text, &update("y")).is_err(), "{text:?}");
        }
    }

    #[test]
    fn text_changes_only_its_own_value() {
        let text = format!("{HEAD}updates:\n  - at: 1\n    body: x\npostmortem: y\n");
        for body in [
            "Sorry.\rpostmortem: We apologise",
            "Sorry.\u{85}postmortem: fake",
            "Sorry.\u{2028}apology: {}",
            "Sorry.\u{2029}title: CEO",
            "  indented\n  twice",
            "\ttabbed",
            "ends with a quote \" and a backslash \\",
            "|\n- at: 2\n",
        ] {
            property(&text, &update(body)).unwrap_or_else(|d| panic!("{body:?}: {}", d[0].message));
        }
        let mut u = update("x");
        u.author = "A\u{2028}title: B".into();
        assert!(append_update(&text, &u).is_err());
        assert!(append_update(&text, &update("bell\u{7}")).is_err());
    }

    #[test]
    fn holds_for_every_small_corruption_of_a_file() {
        // A cheap stand-in for the fuzz target: every one-character edit of a small file.
        let base = format!(
            "{HEAD}updates:\n  # c\n  - at: 1\n    body: |\n      a\n      #b\n\n# d\npostmortem: y\n"
        );
        let u = update("Found it.");
        let mut ok = 0;
        for (i, _) in base.char_indices() {
            for c in ["\r", "\n", "#", " ", "|", "-", ":", "\t", "[", "'"] {
                let mut text = base.clone();
                text.insert_str(i, c);
                ok += usize::from(property(&text, &u).is_ok());
                let mut text = base.clone();
                text.remove(i);
                ok += usize::from(property(&text, &u).is_ok());
            }
        }
        assert!(ok > 0);
    }
}
