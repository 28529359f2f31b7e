//! Parses one YAML file into the raw schema, turning serde_yaml's errors into diagnostics that
//! point at the right place and say how to fix it. The only module that knows serde_yaml's
//! deserializer.

use serde::de::DeserializeOwned;

use crate::diagnostic::{Diagnostic, suggest};
use crate::input::SourceFile;
use crate::input::raw::{RawConfig, RawIncident};
use crate::pointer::{Pointer, Seg};
use crate::yaml::locate::Locator;

/// What an empty file of each kind should hold instead, for the "empty file" help.
pub trait FileKind {
    const EMPTY_HELP: &'static str;
}

impl FileKind for RawConfig {
    const EMPTY_HELP: &'static str = "the site config needs `title`, `base_url` and `components`; `candor init` writes a valid one";
}

impl FileKind for RawIncident {
    const EMPTY_HELP: &'static str = "an empty file is not an incident: delete it, or fill it in; `candor new` writes a valid one";
}

/// Parses one YAML file into `T`, turning serde_yaml's error into a diagnostic that points at
/// the right place and says how to fix it.
pub fn parse<T: DeserializeOwned + FileKind>(source: &SourceFile) -> Result<T, Diagnostic> {
    // Before any parser: a file that is not text is not shown, and one that would cost
    // minutes or gigabytes to parse is refused at the place it passes the limit.
    super::limits::check_text(source)?;
    if let Some(what) = no_content(&source.text) {
        return Err(Diagnostic::error(format!("`{}` {what}", source.display))
            .with_file(&source.display)
            .with_help(T::EMPTY_HELP));
    }
    super::limits::check_structure(source)?;
    let de = serde_yaml::Deserializer::from_str(&source.text);
    serde_path_to_error::deserialize(de).map_err(|err| {
        // serde_yaml parses as it deserializes, so a mapping can end (and a field be
        // "missing") before the parser reaches the bad indentation that ended it. The syntax
        // error is the one to fix, so look for one first; this costs a second parse, but only
        // for a file that is already broken.
        if let Err(syntax) = serde_yaml::from_str::<serde::de::IgnoredAny>(&source.text) {
            return yaml_error(source, &syntax, Pointer::root());
        }
        let path = to_pointer(err.path());
        let inner = err.into_inner();
        yaml_error(source, &inner, path)
    })
}

/// "is empty" or "holds only comments" when a file has no YAML in it.
fn no_content(text: &str) -> Option<&'static str> {
    if text.trim().is_empty() {
        return Some("is empty");
    }
    // YAML's line breaks, lone CR included (`str::lines` knows only LF and CRLF, so a CR-only
    // file opening with a comment read as one comment line).
    let only_comments = text.split(['\n', '\r']).all(|l| {
        let t = l.trim();
        t.is_empty() || t.starts_with('#') || t == "---" || t == "..."
    });
    only_comments.then_some("holds only comments, no fields")
}

fn to_pointer(path: &serde_path_to_error::Path) -> Pointer {
    use serde_path_to_error::Segment;
    let mut p = Pointer::root();
    for seg in path.iter() {
        match seg {
            Segment::Seq { index } => p.segs.push(Seg::Index(*index)),
            Segment::Map { key } => p.segs.push(Seg::Key(key.clone())),
            Segment::Enum { variant } => p.segs.push(Seg::Key(variant.clone())),
            Segment::Unknown => {}
        }
    }
    p
}

fn yaml_error(source: &SourceFile, err: &serde_yaml::Error, path: Pointer) -> Diagnostic {
    let raw = err.to_string();
    let message = strip_positions(&raw);
    let mut d = Diagnostic::error("").with_file(&source.display);
    if let Some(field) = between(&message, "missing field `", "`") {
        // serde reports a missing field at the end of the mapping (or 1:1); point at the
        // mapping that lacks it instead.
        let what = describe(&path);
        d.message = format!("missing field `{field}` in {what}");
        d.set_label(format!("{what} has no `{field}`"));
        d.help = Some(format!("add `{field}: …` to {what}"));
        d.set_pointer(Some(path));
    } else if let Some(field) = between(&message, "unknown field `", "`") {
        let expected = expected_names(&message);
        let expected: Vec<&str> = expected.iter().map(String::as_str).collect();
        let mut parent = path.clone();
        parent.segs.pop();
        d.message = format!("unknown field `{field}` in {}", describe(&parent));
        d.help = Some(suggest(field, &expected).unwrap_or_else(|| "remove it".to_string()));
        // `at:` at the start of a line: an update pasted below the list, not into it.
        if parent.segs.is_empty()
            && ["at", "status", "author", "body", "next_update_by"].contains(&field)
            && expected.contains(&"updates")
        {
            d.message
                .push_str(": this looks like an update outside the `updates:` list");
            d.help = Some(
                "indent it like the updates above it, and start it with `- ` (`  - at: …`)".into(),
            );
        }
        d.set_pointer(Some(path.into_key()));
        d = locate_serde(d, source, err);
    } else if let Some(field) = between(&message, "duplicate field `", "`")
        .or_else(|| between(&message, "duplicate entry with key \"", "\""))
    {
        d.message = format!("`{field}` is given twice");
        match Locator::new(&source.text).duplicate_key(field) {
            Some(dup) => {
                d.help = Some(match &dup.pasted_item {
                    // Keeping one `at:` would delete the update pasted below it.
                    Some(list) => {
                        d.message = format!(
                            "`{field}` is given twice: this looks like a new {} without its `- `",
                            super::syntax::item_word(list)
                        );
                        format!(
                            "start the new {} with `- `, lined up with the `- ` on line {}: `- {}`",
                            super::syntax::item_word(list),
                            dup.first.line,
                            source.line(dup.second.line).trim()
                        )
                    }
                    None => format!(
                        "keep one of them; the other `{field}:` is on line {}",
                        dup.first.line
                    ),
                });
                let offset = source.offset(dup.second.line, dup.second.col);
                d = d.with_span(source.span_at(offset), source.text.clone());
            }
            None => d.help = Some(format!("keep one `{field}:` and delete the other")),
        }
    } else if let Some(rest) = message.strip_prefix("invalid type: ") {
        let (msg, help) = type_error(rest, &path);
        d.message = msg;
        d.help = help;
        if !path.segs.is_empty() {
            d.set_pointer(Some(path));
        }
        d = locate_serde(d, source, err);
    } else {
        let at = err.location().map(|l| (l.line(), l.column()));
        let e = super::syntax::explain(source, &raw, at);
        d.message = e.message;
        d.help = e.help;
        if let Some((line, col)) = e.at {
            let offset = source.offset(line, col);
            d = d.with_span(source.span_at(offset), source.text.clone());
        }
    }
    resolve(std::slice::from_mut(&mut d), source, None);
    d
}

/// Uses serde_yaml's own position when it has one: it is exact for unknown fields (the key)
/// and type errors (the value).
fn locate_serde(mut d: Diagnostic, source: &SourceFile, err: &serde_yaml::Error) -> Diagnostic {
    if let Some(loc) = err.location() {
        let offset = source.offset(loc.line(), loc.column());
        d = d.with_span(source.span_at(offset), source.text.clone());
        d.set_pointer(None);
    }
    d
}

/// Resolves the pointers of diagnostics about one file into spans, building that file's
/// locator once (and only when some diagnostic needs it). Every diagnostic is given the file.
/// Places are turned into byte offsets in file order, in one walk over the file: converting
/// each on its own cost a pass over its line, and 20,000 problems on one long line took
/// seconds.
pub(crate) fn resolve(diags: &mut [Diagnostic], source: &SourceFile, locator: Option<&Locator>) {
    let mut own = None;
    let mut found: Vec<(crate::yaml::locate::Pos, usize)> = Vec::new();
    for (n, d) in diags.iter_mut().enumerate() {
        d.file.get_or_insert_with(|| source.display.clone());
        let Some(pointer) = d.take_pointer() else {
            continue;
        };
        let locator = match locator {
            Some(l) => l,
            None => own.get_or_insert_with(|| Locator::new(&source.text)),
        };
        if let Some(pos) = locator.find(&pointer) {
            found.push((pos, n));
        }
    }
    found.sort_unstable_by_key(|&(p, n)| (p.line, p.col, n));
    let mut cursor = Cursor::default();
    for (pos, n) in found {
        let span = cursor.span(source, pos);
        diags[n].set_span(span, source.text.clone());
    }
}

/// A place in a file, moved forward through it: from one line and column to the next in
/// file order, reading only the characters in between.
#[derive(Default)]
struct Cursor {
    line: usize,
    col: usize,
    byte: usize,
}

impl Cursor {
    fn span(
        &mut self,
        source: &SourceFile,
        pos: crate::yaml::locate::Pos,
    ) -> crate::diagnostic::Span {
        if pos.line != self.line || pos.col < self.col {
            // `offset` is cheap for the first column: the line index finds its start.
            self.line = pos.line.clamp(1, source.line_count());
            self.col = 1;
            self.byte = source.offset(self.line, 1);
        }
        let text = &source.text[self.byte..];
        for (i, c) in text.char_indices() {
            if self.col >= pos.col || c == '\n' || c == '\r' {
                self.byte += i;
                break;
            }
            self.col += 1;
            if i + c.len_utf8() == text.len() {
                self.byte += text.len();
            }
        }
        if self.byte > source.text.trim_end().len() {
            // Trailing whitespace: `span_at` pulls it back to the last line with text.
            return source.span_at(self.byte);
        }
        crate::diagnostic::Span {
            line: self.line,
            col: self.col,
            range: source.token_at(self.byte),
        }
    }
}

/// "this update" / "`owner`" / "the file", for messages about a path.
fn describe(path: &Pointer) -> String {
    let last_key = path.segs.iter().rev().find_map(|s| match s {
        Seg::Key(k) => Some(k.as_str()),
        Seg::Index(_) => None,
    });
    let indexed = matches!(path.segs.last(), Some(Seg::Index(_)));
    match (last_key, indexed) {
        (None, _) => "the file".into(),
        (Some("updates"), true) => "this update".into(),
        (Some("remedy"), true) => "this remedy".into(),
        (Some("components"), true) => "this component".into(),
        (Some(k), true) => format!("this `{k}` entry"),
        (Some(k), false) => format!("`{k}`"),
    }
}

/// A value of the wrong kind, from serde's "string \"x\", expected a sequence": says what
/// the field should hold in the file's own words (text, a list, fields), not Rust's.
fn type_error(rest: &str, path: &Pointer) -> (String, Option<String>) {
    let (found, expected) = rest.split_once(", expected ").unwrap_or((rest, ""));
    let text = between(found, "string \"", "\"").filter(|s| !s.contains('\n'));
    let found_words = match found.split(' ').next().unwrap_or("") {
        "string" => "text",
        "integer" | "floating" => "a number",
        "boolean" => "true/false",
        "sequence" => "a list",
        "map" => "a set of fields",
        "unit" | "null" => "empty",
        other => other,
    };
    let field = match path.segs.last() {
        Some(Seg::Key(k)) => format!("`{k}`"),
        Some(Seg::Index(_)) => match path.segs.iter().rev().nth(1) {
            Some(Seg::Key(k)) => format!("each item of `{k}`"),
            _ => "this item".into(),
        },
        None => "the file".into(),
    };
    let in_update = path.segs.first() == Some(&Seg::Key("updates".into()));
    let key = match path.segs.last() {
        Some(Seg::Key(k)) => k.as_str(),
        _ => "",
    };
    let whole_number = ["usize", "u8", "u16", "u32", "u64", "i32", "i64"].contains(&expected)
        || expected.contains("integer");
    let found_words = match found.split(' ').next().unwrap_or("") {
        "integer" if whole_number => "a negative number",
        "floating" if whole_number => "a number with a fraction",
        _ => found_words,
    };
    let (expected_words, help) = expected_words(expected, text, key, in_update, whole_number);
    (
        format!("{field} should be {expected_words}, not {found_words}"),
        help,
    )
}

/// What a field of the kind serde expected should hold, in words, and how to write it; `text`
/// is the value as written when it was text, `key` the field's name.
fn expected_words(
    expected: &str,
    text: Option<&str>,
    key: &str,
    in_update: bool,
    whole_number: bool,
) -> (&'static str, Option<String>) {
    if expected.starts_with("a boolean") {
        // YAML 1.1 read `yes`/`no`/`on`/`off` as true/false; serde_yaml reads YAML 1.2, where
        // only `true` and `false` are.
        let word = text.map(str::to_ascii_lowercase);
        let meant = match word.as_deref() {
            Some("yes" | "y" | "on") => Some("true"),
            Some("no" | "n" | "off") => Some("false"),
            _ => None,
        };
        let help = match (meant, text) {
            (Some(m), Some(t)) => format!(
                "write `{key}: {m}`: only `true` and `false` are yes and no here, not `{t}`"
            ),
            _ => format!("write `{key}: true` or `{key}: false`"),
        };
        ("true or false", Some(help))
    } else if whole_number {
        let digits = text.filter(|t| t.len() > 1 && t.chars().all(|c| c.is_ascii_digit()));
        let help = match digits.map(|t| t.trim_start_matches('0')) {
            Some(n) => format!(
                "write it without the leading zeros: `{key}: {}`",
                if n.is_empty() { "0" } else { n }
            ),
            None => format!("write a whole number, e.g. `{key}: 50`"),
        };
        ("a whole number", Some(help))
    } else if expected.starts_with("a string") {
        (
            "text",
            Some("put the value in quotes to make it text".to_string()),
        )
    } else if expected.starts_with("a sequence") {
        let example = match text {
            Some(t) => format!("`[{t}]`"),
            None => "`[a, b]`".into(),
        };
        (
            "a list",
            Some(format!(
                "write a list, e.g. {example}, or one `- item` per line"
            )),
        )
    } else if expected.starts_with("a map") && in_update {
        (
            "`component: state` pairs",
            Some(
                "give each component its state, e.g. `components: { checkout: major_outage }`"
                    .into(),
            ),
        )
    } else if let Some(name) = expected.strip_prefix("struct ") {
        let fields = match name {
            "RawPerson" | "RawContact" => "name: …, role: …",
            "RawApology" => "author: …, published_at: …, body: …",
            "RawRemedy" => "offer: …, eligible: …, how: …",
            "RawComponent" => "id: …, name: …",
            _ => "key: value",
        };
        let example = match (name, text) {
            ("RawPerson" | "RawContact", Some(t)) => format!("{{ name: {t}, role: … }}"),
            _ => format!("{{ {fields} }}"),
        };
        let key = if key.is_empty() {
            String::new()
        } else {
            format!("{key}: ")
        };
        ("a set of fields", Some(format!("write `{key}{example}`")))
    } else {
        ("something else", None)
    }
}

fn between<'a>(s: &'a str, start: &str, end: &str) -> Option<&'a str> {
    let from = s.find(start)? + start.len();
    let len = s[from..].find(end)?;
    Some(&s[from..from + len])
}

/// The field names serde lists after "expected one of".
fn expected_names(message: &str) -> Vec<String> {
    let Some(i) = message.find("expected ") else {
        return Vec::new();
    };
    message[i..]
        .split('`')
        .skip(1)
        .step_by(2)
        .map(str::to_owned)
        .collect()
}

/// Drops " at line N column M" / " at position N" and serde_yaml's "path: " prefix: the
/// report shows both better.
fn strip_positions(message: &str) -> String {
    let mut out = String::with_capacity(message.len());
    let mut rest = message;
    while let Some(i) = rest
        .find(" at line ")
        .or_else(|| rest.find(" at position "))
    {
        out.push_str(&rest[..i]);
        let after = &rest[i + 4..];
        let end = after
            .char_indices()
            .find(|&(_, c)| c == ',')
            .map(|(j, _)| j)
            .unwrap_or(after.len());
        rest = &after[end..];
    }
    out.push_str(rest);
    // serde_yaml puts the path first ("updates[0].body: invalid type…", "components: …");
    // the report points at the place instead. A path has no spaces before its `: `.
    if let Some(i) = out.find(": ")
        && !out[..i].contains(char::is_whitespace)
        && !out[..i].contains('`')
    {
        out.drain(..i + 2);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse_text(text: &str) -> Diagnostic {
        let source = SourceFile::new("t.yaml".into(), "t.yaml".into(), text);
        parse::<RawIncident>(&source).unwrap_err()
    }

    const UPDATE: &str = "title: t\nimpact: minor\nowner: { name: a, role: b }\n\
        started_at: 2026-11-20T09:12:00Z\nupdates:\n";

    #[test]
    fn a_file_with_lone_carriage_returns_is_read_by_yaml_lines() {
        // A CR-only file (old Mac line ends) that opens with a comment has fields after it.
        assert_eq!(no_content("# note\rtitle: t\r"), None);
        assert_eq!(
            no_content("# note\r# more\r"),
            Some("holds only comments, no fields")
        );
        assert_eq!(
            no_content("# note\r\n---\r\n"),
            Some("holds only comments, no fields")
        );
    }

    #[test]
    fn a_syntax_error_wins_over_the_missing_field_it_causes() {
        // serde_yaml ends the update's mapping at the badly indented line and reports `body`
        // missing before its parser reaches the indentation error.
        let d = parse_text(&format!(
            "{UPDATE}  - at: 2026-11-20T09:20:00Z\n    status: investigating\n    author: a\n  body: b\n"
        ));
        assert_eq!(
            d.message,
            "invalid YAML: `body:` is indented less than `author:` above it"
        );
        assert_eq!(d.span().map(|s| (s.line, s.col)), Some((9, 3)));
    }

    #[test]
    fn missing_fields_point_at_the_mapping_that_lacks_them() {
        let d = parse_text(&format!(
            "{UPDATE}  - at: 2026-11-20T09:20:00Z\n    status: investigating\n    body: b\n"
        ));
        assert_eq!(d.message, "missing field `author` in this update");
        assert_eq!(d.label(), Some("this update has no `author`"));
        assert_eq!(d.span().map(|s| (s.line, s.col)), Some((6, 5)));
    }

    #[test]
    fn wrong_kinds_of_value_are_named_in_plain_words() {
        let d = parse_text("title: t\nowner: Minter Dial\n");
        assert_eq!(d.message, "`owner` should be a set of fields, not text");
        assert_eq!(
            d.help.as_deref(),
            Some("write `owner: { name: Minter Dial, role: … }`")
        );
        let d = parse_text("title: t\ncomponents: checkout\n");
        assert_eq!(d.message, "`components` should be a list, not text");
        assert_eq!(d.span().map(|s| (s.line, s.col)), Some((2, 13)));
    }

    #[test]
    fn empty_and_comment_only_files_say_so() {
        assert_eq!(parse_text("\n\n").message, "`t.yaml` is empty");
        assert_eq!(
            parse_text("# to do\n---\n").message,
            "`t.yaml` holds only comments, no fields"
        );
    }

    #[test]
    fn a_key_given_twice_points_at_the_second() {
        let d = parse_text("title: a\nimpact: minor\ntitle: b\n");
        assert_eq!(d.message, "`title` is given twice");
        assert_eq!(d.span().map(|s| (s.line, s.col)), Some((3, 1)));
    }

    #[test]
    fn strips_serde_yaml_positions_and_paths() {
        assert_eq!(
            strip_positions(
                "updates[0].body: invalid type: integer `4`, expected a string at line 9 column 11"
            ),
            "invalid type: integer `4`, expected a string"
        );
        assert_eq!(
            strip_positions(
                "did not find expected key at line 5 column 3, while parsing a block mapping at line 1 column 1"
            ),
            "did not find expected key, while parsing a block mapping"
        );
    }
}
