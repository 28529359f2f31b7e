//! The properties the fuzz targets check, kept apart from libFuzzer so that `cargo test`
//! replays the committed corpus through exactly the same code (tests/it/fuzz_corpus.rs includes
//! this file as a module). Each property panics when it does not hold: a panic is what
//! libFuzzer records as a crash, and what fails the replay test.
//!
//! Both targets go through candor's public entry points on a real (temporary) site folder, so
//! they cover what the commands run: reading the bytes (size limit, UTF-8, BOM), parsing,
//! checking, and for `update` the splice and the write.

use std::fs;
use std::path::{Path, PathBuf};

use candor::diagnostic::{self, Diagnostic, MessageFormat};
use candor::input::SitePaths;
use candor::input::SourceFile;
use candor::input::raw::RawIncident;
use candor::pipeline::{self, BuildOptions};
use candor::yaml::load::{self, Loaded};
use jiff::Timestamp;
use serde_yaml::Value;

/// The config every input is checked against: the example site's, with its components,
/// people and promise policy, so the checks that depend on them are reached.
pub const CONFIG: &str = include_str!("../../candor.yaml");

/// The fixed "now" (the one the test suite uses), so a finding replays the same way.
pub const NOW: &str = "2026-11-20T10:00:00Z";

/// When the fuzzed `update` runs: after the last update of the example's open incidents.
pub const UPDATE_AT: &str = "2026-11-30T12:00:00Z";

/// The incident file's name: its stem is the id when the file gives none.
const FILE: &str = "fuzz.yaml";

/// A site folder holding the config and one incident file, rewritten for every input.
#[derive(Debug)]
pub struct Site {
    /// Kept so the folder lives as long as the site.
    _dir: tempfile::TempDir,
    paths: SitePaths,
    incident: PathBuf,
}

impl Site {
    /// A new site in a temporary folder (`TMPDIR`; `.ci/fuzz.sh` points it at a tmpfs).
    pub fn new() -> Site {
        let dir = tempfile::tempdir().expect("a temporary folder for the fuzzed site");
        let paths = SitePaths::new(dir.path(), None);
        fs::write(&paths.config, CONFIG).expect("write candor.yaml");
        fs::create_dir(paths.incidents()).expect("create incidents/");
        let incident = paths.incidents().join(FILE);
        Site {
            _dir: dir,
            paths,
            incident,
        }
    }

    fn options(&self) -> BuildOptions {
        BuildOptions {
            paths: self.paths.clone(),
            now: now(),
            strict: false,
            base_url: None,
            fail_on: Vec::new(),
            include_drafts: false,
        }
    }

    fn write(&self, bytes: &[u8]) {
        fs::write(&self.incident, bytes).expect("write the incident file");
    }
}

impl Default for Site {
    fn default() -> Self {
        Site::new()
    }
}

fn now() -> Timestamp {
    NOW.parse().expect("NOW is a timestamp")
}

/// The text candor reads from these bytes, as `SourceFile::read` decodes it: without a
/// leading BOM, or (for bytes that are not UTF-8) the lossy copy its diagnostic points into.
fn text_of(bytes: &[u8]) -> String {
    match std::str::from_utf8(bytes) {
        Ok(s) => s.strip_prefix('\u{feff}').unwrap_or(s).to_owned(),
        Err(_) => String::from_utf8_lossy(bytes).into_owned(),
    }
}

/// `load_check`: any bytes as an incident file, read and checked against the example config
/// the way `candor check` does. Properties: it returns (no panic; libFuzzer bounds time and
/// memory), and every diagnostic names the file and points inside its text, at a line and
/// column that agree with the byte range it underlines. Both renderings must succeed too.
pub fn load_check(site: &Site, bytes: &[u8]) {
    site.write(bytes);
    let mut loaded = Loaded::default();
    match load::read_config(&site.paths) {
        Ok(c) => loaded.config = Some(c),
        Err(d) => panic!("the fixed config does not load: {}", d.message),
    }
    match load::read_incident(&site.paths, &site.incident) {
        Ok(p) => loaded.incidents.push(p),
        Err(d) => loaded.diagnostics.push(d),
    }
    let opts = site.options();
    let (checked, diags) = pipeline::check_loaded(&opts, loaded);
    let text = text_of(bytes);
    let source = SourceFile::new(site.incident.clone(), "incidents/fuzz.yaml".into(), text);
    for d in &diags {
        assert_points_inside(d, &source);
    }
    // Rendering walks the spans and the text again (annotate-snippets): it must not panic,
    // and both forms must name the place the span names.
    for d in &diags {
        let file = d.file.as_deref().unwrap_or_default();
        let place = match d.span() {
            Some(s) => format!("{file}:{}:{}", s.line, s.col),
            None => file.to_owned(),
        };
        let short = diagnostic::render_short(d);
        assert!(
            short.starts_with(&format!("{place}: ")),
            "the one-line form does not start with `{place}`: {short:?}"
        );
        let human = diagnostic::render_human(d, false);
        assert!(
            human.contains(&place),
            "the report does not name `{place}`:\n{human}"
        );
    }
    // A file that passes `check` must derive (statuses, promises, uptime) without panicking:
    // a negative year once passed `check` and then panicked every build.
    if let Some(site) = checked {
        let _ = candor::channels::prepare(&site, opts.now);
    }
}

/// The place a diagnostic about the incident file names must exist in that file.
fn assert_points_inside(d: &Diagnostic, source: &SourceFile) {
    let file = d.file.as_deref();
    assert!(
        file.is_some(),
        "a diagnostic names no file: {:?}",
        d.message
    );
    if file != Some(source.display.as_str()) {
        // The fixed config is valid; only the incident file can be the subject.
        panic!(
            "a diagnostic names {file:?}, not the incident file: {:?}",
            d.message
        );
    }
    let Some(span) = d.span() else {
        // A whole-file problem (empty, only comments, too large) has no line to show.
        return;
    };
    let text = &source.text;
    let what = format!(
        "{:?} at {}:{} {:?}",
        d.message, span.line, span.col, span.range
    );
    assert!(
        span.line >= 1 && span.line <= source.line_count(),
        "line outside the file: {what}"
    );
    let line_chars = source.line(span.line).chars().count();
    assert!(
        span.col >= 1 && span.col <= line_chars + 1,
        "column outside its line ({line_chars} characters): {what}"
    );
    assert!(
        span.range.start <= span.range.end && span.range.end <= text.len(),
        "range outside the text ({} bytes): {what}",
        text.len()
    );
    assert!(
        text.is_char_boundary(span.range.start) && text.is_char_boundary(span.range.end),
        "range splits a character: {what}"
    );
    assert_eq!(
        source.line_col(span.range.start),
        (span.line, span.col),
        "line and column disagree with the underlined range: {what}"
    );
}

/// One `candor update` run as the fuzzer gives it: the incident file, then the flags, each
/// after a NUL byte (`file \0 body \0 status \0 author \0 components \0 next`). A part left
/// out takes a plain default, so any incident file on its own is an input.
#[derive(Debug)]
pub struct UpdateInput {
    pub file: Vec<u8>,
    pub body: String,
    pub status: String,
    pub author: Option<String>,
    /// `id=state`, one per line.
    pub components: Vec<String>,
    pub next: Option<String>,
}

impl UpdateInput {
    pub fn parse(bytes: &[u8]) -> UpdateInput {
        let mut parts = bytes.split(|&b| b == 0);
        let file = parts.next().unwrap_or_default().to_vec();
        let mut flag = || {
            parts
                .next()
                .map(|p| String::from_utf8_lossy(p).into_owned())
        };
        let body = flag().unwrap_or_else(|| "We are looking into it.".into());
        let status = flag()
            .filter(|s| !s.is_empty())
            .unwrap_or_else(|| "monitoring".into());
        let author = flag().filter(|s| !s.is_empty());
        let components = flag()
            .map(|s| s.lines().map(str::to_owned).collect())
            .unwrap_or_default();
        let next = flag().filter(|s| !s.is_empty());
        UpdateInput {
            file,
            body,
            status,
            author,
            components,
            next,
        }
    }
}

/// `update`: the property. Either the command wrote the file, and the result parses,
/// its updates are the old ones plus exactly one (holding what was passed), every other value
/// is unchanged and every old byte is still there in order; or the file is untouched, byte
/// for byte, and the command said why.
pub fn update(site: &Site, bytes: &[u8]) -> Updated {
    let input = UpdateInput::parse(bytes);
    site.write(&input.file);
    // The id the command is asked for: the file's `id:`, else its name.
    let id = std::str::from_utf8(&input.file)
        .ok()
        .and_then(|text| {
            let source = SourceFile::new(site.incident.clone(), FILE.into(), text);
            candor::yaml::parse::parse::<RawIncident>(&source).ok()?.id
        })
        .unwrap_or_else(|| "fuzz".into());
    let args = candor::edit::UpdateRequest {
        id,
        status: input.status.clone(),
        body: Some(input.body.clone()),
        body_file: None,
        next: input.next.clone(),
        workaround: None,
        author: input.author.clone(),
        components: input.components.clone(),
        at: None,
        reopen: false,
        body_in: Vec::new(),
        workaround_in: Vec::new(),
    };
    let at = UPDATE_AT.parse().expect("UPDATE_AT is a timestamp");
    let result = candor::edit::update::update_incident(&site.paths, &args, at).map(|e| e.path);
    let after = fs::read(&site.incident).expect("the incident file is still there");
    let wrote = result.is_ok();
    if !wrote {
        assert!(
            after == input.file,
            "update failed but changed the file: {:?}",
            explain(&result)
        );
        if let Err(candor::error::Error::Input(diags)) = &result {
            assert!(!diags.is_empty(), "update failed and said nothing");
        }
        return Updated::Refused(explain(&result));
    }
    // Written: compare the documents and the bytes.
    assert!(
        std::str::from_utf8(&input.file).is_ok(),
        "update accepted a file that is not UTF-8"
    );
    // As candor reads it (without a BOM); the bytes are compared below.
    let old_text = &text_of(&input.file);
    std::str::from_utf8(&after).expect("update wrote UTF-8");
    let new_text = &text_of(&after);
    let old: Value = serde_yaml::from_str(old_text).expect("a file update accepted parses");
    let new: Value = match serde_yaml::from_str(new_text) {
        Ok(v) => v,
        Err(e) => panic!("update wrote a file that does not parse: {e}"),
    };
    // A tag on the whole file (`!x` on its first line) is YAML candor reads past: it must
    // still be there, and the mapping under it is what is compared.
    let untag = |v: Value| match v {
        Value::Tagged(t) => (Some(t.tag), t.value),
        v => (None, v),
    };
    let ((old_tag, old), (new_tag, new)) = (untag(old), untag(new));
    assert_eq!(old_tag, new_tag, "the file's tag changed:\n{new_text}");
    let (Value::Mapping(mut old), Value::Mapping(mut new)) = (old, new) else {
        panic!("an incident file is a mapping before and after update");
    };
    let old_updates = old.remove("updates");
    let new_updates = new.remove("updates");
    assert!(
        old == new,
        "update changed a value other than `updates`:\n--- before\n{old_text}\n--- after\n{new_text}"
    );
    let (Some(Value::Sequence(old_updates)), Some(Value::Sequence(mut new_updates))) =
        (old_updates, new_updates)
    else {
        panic!("`updates` is a list before and after update:\n{new_text}");
    };
    assert_eq!(
        new_updates.len(),
        old_updates.len() + 1,
        "update did not add exactly one update:\n--- before\n{old_text}\n--- after\n{new_text}"
    );
    let added = new_updates.pop().expect("one more than before");
    assert!(
        new_updates == old_updates,
        "update changed an earlier update:\n--- before\n{old_text}\n--- after\n{new_text}"
    );
    assert_added(&added, &input, new_text);
    assert_bytes_kept(&input.file, &after);
    Updated::Wrote
}

/// What `update` did with an input, so the replay test can tell that some inputs reach the
/// write (the property has most to say about those).
#[derive(Debug, PartialEq, Eq)]
pub enum Updated {
    Wrote,
    /// Refused, with what the command said.
    Refused(String),
}

/// The added update says what was passed: the status, the author when given, and the body
/// as text (line endings and trailing blanks aside), and nothing the flags did not ask for.
fn assert_added(added: &Value, input: &UpdateInput, new_text: &str) {
    let Value::Mapping(item) = added else {
        panic!("the added update is not a mapping:\n{new_text}");
    };
    let str_of = |k: &str| item.get(k).and_then(Value::as_str);
    assert_eq!(
        str_of("status"),
        Some(input.status.trim()),
        "status:\n{new_text}"
    );
    if let Some(author) = &input.author {
        assert_eq!(
            str_of("author"),
            Some(author.as_str()),
            "author:\n{new_text}"
        );
    }
    let body =
        str_of("body").unwrap_or_else(|| panic!("the added update has no body:\n{new_text}"));
    assert_eq!(
        plain(body),
        plain(&input.body),
        "the body written is not the body passed:\n{new_text}"
    );
    for key in item.keys() {
        let key = key.as_str().unwrap_or("");
        assert!(
            [
                "at",
                "status",
                "author",
                "components",
                "next_update_by",
                "body"
            ]
            .contains(&key),
            "the added update has a key no flag asked for, `{key}`:\n{new_text}"
        );
    }
}

/// Body text up to what a `|` block cannot keep and Markdown does not see: CRLF line ends,
/// trailing blank lines and the spaces on a line that holds nothing else.
fn plain(s: &str) -> String {
    // A line ends at CRLF, a lone CR or LF, as in YAML; in a body NEL is a line break too
    // (no channel can carry it, so `update` writes what the person meant: a new line).
    let s = s.replace("\r\n", "\n").replace(['\r', '\u{85}'], "\n");
    let lines: Vec<&str> = s
        .trim_end()
        .split('\n')
        .map(|l| if l.trim().is_empty() { "" } else { l })
        .collect();
    lines.join("\n")
}

/// Every byte of the old file is still there, in order, with the new text in one place.
fn assert_bytes_kept(old: &[u8], new: &[u8]) {
    let prefix = old.iter().zip(new).take_while(|(a, b)| a == b).count();
    let suffix = old
        .iter()
        .rev()
        .zip(new.iter().rev())
        .take_while(|(a, b)| a == b)
        .count();
    assert!(
        prefix + suffix >= old.len() && new.len() > old.len(),
        "update did not keep the old bytes around one insertion:\n--- before\n{}\n--- after\n{}",
        String::from_utf8_lossy(old),
        String::from_utf8_lossy(new)
    );
}

fn explain(result: &Result<std::path::PathBuf, candor::error::Error>) -> String {
    match result {
        Ok(p) => format!("wrote {}", p.display()),
        Err(candor::error::Error::Input(d)) => diagnostic::render(d, MessageFormat::Short, false),
        Err(e) => e.to_string(),
    }
}

/// The files of a corpus folder, sorted, for the replay test.
pub fn corpus(dir: &Path) -> Vec<(PathBuf, Vec<u8>)> {
    let mut files: Vec<PathBuf> = match fs::read_dir(dir) {
        Ok(rd) => rd.filter_map(|e| e.ok()).map(|e| e.path()).collect(),
        Err(_) => Vec::new(),
    };
    files.retain(|p| p.is_file());
    files.sort();
    files
        .into_iter()
        .map(|p| {
            let bytes = fs::read(&p).expect("read a corpus file");
            (p, bytes)
        })
        .collect()
}
