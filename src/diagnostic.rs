//! Diagnostics are data: what went wrong, where, and how to fix it. Renderers turn them into
//! rustc-style reports for people or one-line records for editors and CI.

use std::fmt::Write as _;
use std::ops::Range;
use std::sync::Arc;

use annotate_snippets::{AnnotationKind, Group, Level as SnippetLevel, Renderer, Snippet};

use crate::pointer::Pointer;

mod github;
mod json;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) enum Level {
    Warning,
    Error,
}

impl Level {
    pub(crate) fn as_str(self) -> &'static str {
        match self {
            Level::Error => "error",
            Level::Warning => "warning",
        }
    }
}

/// Where a diagnostic points inside its file, resolved to line and column.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Span {
    /// 1-based line.
    pub line: usize,
    /// 1-based column, in characters.
    pub col: usize,
    /// Byte range in the file's text, for the caret.
    pub range: Range<usize>,
}

#[derive(Debug, Clone)]
pub struct Diagnostic {
    pub(crate) level: Level,
    /// A stable short name for the rule (`unknown-component`), for `--strict` policies and tools.
    pub(crate) code: Option<&'static str>,
    pub message: String,
    /// The file, as shown to people (relative to the site root).
    pub file: Option<String>,
    pub(crate) help: Option<String>,
    /// Where in the file, when known. Boxed: it is the bulk of a diagnostic, and a small
    /// `Diagnostic` keeps every `Result<T, Diagnostic>` cheap to pass around (clippy's
    /// `result_large_err`).
    place: Option<Box<Place>>,
}

/// Where a diagnostic points, and what it shows there.
#[derive(Debug, Clone, Default)]
struct Place {
    /// Where in the YAML document the problem is, until it is resolved into `span`.
    pointer: Option<Pointer>,
    span: Option<Span>,
    /// The file's text, kept so the report can show the offending line.
    source: Option<Arc<str>>,
    /// A short note under the caret.
    label: Option<String>,
}

impl Diagnostic {
    fn new(level: Level, message: impl Into<String>) -> Self {
        Diagnostic {
            level,
            code: None,
            message: message.into(),
            file: None,
            help: None,
            place: None,
        }
    }

    fn place(&mut self) -> &mut Place {
        self.place.get_or_insert_with(Box::default)
    }

    /// Where the diagnostic points, once resolved.
    pub fn span(&self) -> Option<&Span> {
        self.place.as_ref()?.span.as_ref()
    }

    /// Where the span ends, as line and column (1-based, in characters): just after its last
    /// character, as rustc's JSON and LSP count. The start when the span is empty, or when
    /// the file's text was not kept.
    pub(crate) fn end(&self) -> Option<(usize, usize)> {
        let place = self.place.as_deref()?;
        let span = place.span.as_ref()?;
        let Some(source) = &place.source else {
            return Some((span.line, span.col));
        };
        let (lines, range) = lines_of(source, &span.range);
        let covered = &lines[range.start..range.end.max(range.start)];
        Some(match covered.rfind('\n') {
            Some(i) => (
                span.line + covered.matches('\n').count(),
                covered[i + 1..].chars().count() + 1,
            ),
            None => (span.line, span.col + covered.chars().count()),
        })
    }

    /// The note shown under the caret.
    pub(crate) fn label(&self) -> Option<&str> {
        self.place.as_ref()?.label.as_deref()
    }

    /// The path into the YAML document still to be resolved into a span, taken out.
    pub(crate) fn take_pointer(&mut self) -> Option<Pointer> {
        self.place.as_mut()?.pointer.take()
    }

    pub(crate) fn set_pointer(&mut self, pointer: Option<Pointer>) {
        self.place().pointer = pointer;
    }

    /// Points at a line and column without keeping the file's text, for a file whose lines
    /// must not be shown (one that is not text: it may hold anything).
    pub(crate) fn with_position(mut self, span: Span) -> Self {
        let place = self.place();
        place.span = Some(span);
        place.source = None;
        self
    }

    pub(crate) fn set_span(&mut self, span: Span, source: Arc<str>) {
        let place = self.place();
        place.span = Some(span);
        place.source = Some(source);
    }

    pub(crate) fn set_label(&mut self, label: impl Into<String>) {
        self.place().label = Some(label.into());
    }

    pub(crate) fn error(message: impl Into<String>) -> Self {
        Self::new(Level::Error, message)
    }

    pub(crate) fn warning(message: impl Into<String>) -> Self {
        Self::new(Level::Warning, message)
    }

    pub(crate) fn with_code(mut self, code: &'static str) -> Self {
        self.code = Some(code);
        self
    }

    pub(crate) fn with_file(mut self, file: impl Into<String>) -> Self {
        self.file = Some(file.into());
        self
    }

    pub(crate) fn at(mut self, pointer: Pointer) -> Self {
        self.set_pointer(Some(pointer));
        self
    }

    pub(crate) fn with_span(mut self, span: Span, source: Arc<str>) -> Self {
        self.set_span(span, source);
        self
    }

    pub(crate) fn with_label(mut self, label: impl Into<String>) -> Self {
        self.set_label(label);
        self
    }

    pub(crate) fn with_help(mut self, help: impl Into<String>) -> Self {
        self.help = Some(help.into());
        self
    }

    /// `error`, or `warning[overdue]` with the code, as rustc names lints: the code is what
    /// `--fail-on` takes.
    pub(crate) fn level_and_code(&self) -> String {
        match self.code {
            Some(code) => format!("{}[{code}]", self.level.as_str()),
            None => self.level.as_str().to_string(),
        }
    }

    pub(crate) fn is_error(&self) -> bool {
        self.level == Level::Error
    }

    /// Ordering used for output: by file, then position, so reports read top to bottom.
    fn sort_key(&self) -> (Option<&str>, usize, usize) {
        let (l, c) = self.span().map_or((0, 0), |s| (s.line, s.col));
        (self.file.as_deref(), l, c)
    }
}

/// How diagnostics are printed (`--message-format`). README.md "Reports for editors and CI"
/// says what each prints and where.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, clap::ValueEnum)]
pub enum MessageFormat {
    /// rustc-style report with the offending line, a caret and a help line
    #[default]
    Human,
    /// one `path:line:col: level[code]: message (help: …)` line each
    Short,
    /// one JSON object per line on stdout (the fields are in README.md), then a summary object
    Json,
    /// GitHub Actions workflow commands on stdout (`::error file=…,line=…::message`), which
    /// the runner shows as annotations on the pull request
    Github,
}

impl MessageFormat {
    /// Whether the diagnostics go to stdout: the forms a program reads go there, so that
    /// stdout holds nothing else; the forms a person reads go to stderr.
    pub(crate) fn to_stdout(self) -> bool {
        matches!(self, MessageFormat::Json | MessageFormat::Github)
    }
}

/// Sorts diagnostics into reading order (files, then lines) and drops exact repeats.
pub(crate) fn sort(diags: &mut Vec<Diagnostic>) {
    diags.sort_by(|a, b| a.sort_key().cmp(&b.sort_key()));
    diags.dedup_by(|a, b| a.sort_key() == b.sort_key() && a.message == b.message);
}

/// Problems shown per file; the rest are counted ("and 19,950 more problems in this file").
/// A file with thousands of mistakes is one mistake repeated, and printing them all took
/// seconds and buried the first.
pub(crate) const MAX_SHOWN_PER_FILE: usize = 50;

/// Renders diagnostics in the order given (sorted by file: see `sort`), at most
/// `MAX_SHOWN_PER_FILE` of each file, each run of a file's diagnostics closed by a count of
/// those left out.
pub fn render(diags: &[Diagnostic], format: MessageFormat, color: bool) -> String {
    let mut out = String::new();
    let mut i = 0;
    while i < diags.len() {
        let file = diags[i].file.as_deref();
        let run = diags[i..]
            .iter()
            .take_while(|d| d.file.as_deref() == file)
            .count();
        // Diagnostics about no file (usage, the site as a whole) are few, and all shown.
        let shown = if file.is_some() {
            run.min(MAX_SHOWN_PER_FILE)
        } else {
            run
        };
        for d in &diags[i..i + shown] {
            match format {
                MessageFormat::Human => {
                    out.push_str(&render_human(d, color));
                    out.push_str("\n\n");
                }
                MessageFormat::Short => {
                    out.push_str(&render_short(d));
                    out.push('\n');
                }
                MessageFormat::Json => json::diagnostic(&mut out, d),
                MessageFormat::Github => github::diagnostic(&mut out, d),
            }
        }
        if let (Some(file), left) = (file, run - shown)
            && left > 0
        {
            let more = format!(
                "and {left} more problem{} in this file (only the first {MAX_SHOWN_PER_FILE} are shown)",
                if left == 1 { "" } else { "s" }
            );
            match format {
                MessageFormat::Human => {
                    let title = SnippetLevel::NOTE.primary_title(more.as_str());
                    let group =
                        Group::with_title(title).element(annotate_snippets::Origin::path(file));
                    out.push_str(&renderer(color).render(&[group]));
                    out.push_str("\n\n");
                }
                MessageFormat::Short => {
                    let _ = writeln!(out, "{file}: note: {more}");
                }
                MessageFormat::Json => json::omitted(&mut out, file, left, &more),
                MessageFormat::Github => github::omitted(&mut out, file, &more),
            }
        }
        i += run;
    }
    out
}

fn renderer(color: bool) -> Renderer {
    if color {
        Renderer::styled()
    } else {
        Renderer::plain()
    }
}

/// `incidents/x.yaml:7:5: error: message` — the form editors and CI annotations parse.
pub fn render_short(d: &Diagnostic) -> String {
    // Messages quote values from the files, and this goes to a terminal: a control character
    // in a value is shown, not acted on (the human form's renderer does the same).
    crate::text::visible(&render_short_raw(d)).into_owned()
}

fn render_short_raw(d: &Diagnostic) -> String {
    let mut s = String::new();
    if let Some(file) = &d.file {
        s.push_str(file);
        if let Some(span) = d.span() {
            let _ = write!(s, ":{}:{}", span.line, span.col);
        }
        s.push_str(": ");
    }
    let _ = write!(s, "{}: {}", d.level_and_code(), d.message);
    if let Some(help) = &d.help {
        let _ = write!(s, " (help: {help})");
    }
    s
}

pub fn render_human(d: &Diagnostic, color: bool) -> String {
    let level = match d.level {
        Level::Error => SnippetLevel::ERROR,
        Level::Warning => SnippetLevel::WARNING,
    };
    // As in `render_short`: values quoted in the message are shown, not acted on (the
    // renderer pictures C0 controls itself, but passes C1 ones such as U+009B, CSI).
    let message = crate::text::visible(&d.message);
    let help = d.help.as_deref().map(crate::text::visible);
    let label = d.label().map(crate::text::visible);
    let mut title = level.primary_title(message.as_ref());
    // `warning[overdue]: …`, as rustc shows lint names: the code is what `--fail-on` takes.
    if let Some(code) = d.code {
        title = title.id(code);
    }
    let place = d.place.as_deref();
    let shown = place.and_then(|p| p.span.as_ref().zip(p.source.as_ref()));
    let mut group = match (&d.file, shown) {
        (Some(file), Some((span, source))) => {
            // Only the lines the caret is on go to the renderer, numbered from the span's
            // line: handing it the whole file cost a pass over the file per diagnostic.
            let (lines, range) = lines_of(source, &span.range);
            let mut ann = AnnotationKind::Primary.span(range);
            if let Some(label) = &label {
                ann = ann.label(label.as_ref());
            }
            Group::with_title(title).element(
                Snippet::source(lines)
                    .line_start(span.line)
                    .path(file.as_str())
                    .annotation(ann),
            )
        }
        (Some(file), None) => {
            let mut origin = annotate_snippets::Origin::path(file.as_str());
            // A position without the text (a file whose lines are not shown).
            if let Some(span) = d.span() {
                origin = origin.line(span.line).char_column(span.col);
            }
            Group::with_title(title).element(origin)
        }
        _ => Group::with_title(title),
    };
    if let Some(help) = &help {
        group = group.element(SnippetLevel::HELP.message(help.as_ref()));
    }
    renderer(color).render(&[group])
}

/// The whole lines of `text` that `range` touches, and `range` relative to them.
fn lines_of<'t>(text: &'t str, range: &Range<usize>) -> (&'t str, Range<usize>) {
    let clamp = |i: usize| {
        let mut i = i.min(text.len());
        while !text.is_char_boundary(i) {
            i -= 1;
        }
        i
    };
    let (start, end) = (clamp(range.start), clamp(range.end.max(range.start)));
    let from = text[..start].rfind('\n').map_or(0, |i| i + 1);
    let to = text[end..].find('\n').map_or(text.len(), |i| end + i);
    (&text[from..to], start - from..end - from)
}

/// The closing count in `format`: a JSON object in `json` (always, so a reader knows the
/// report is complete), else the human line when there is something to count.
pub(crate) fn closing(diags: &[Diagnostic], format: MessageFormat) -> Option<String> {
    match format {
        MessageFormat::Json => Some(json::summary(diags)),
        _ => summary(diags),
    }
}

/// What a command prints (a path, an announcement) as a `json` line of its own.
pub(crate) fn output_json(text: &str) -> String {
    json::output(text)
}

/// Counts for the closing line: `error: 3 errors and 1 warning in 2 files`.
pub(crate) fn summary(diags: &[Diagnostic]) -> Option<String> {
    let errors = diags.iter().filter(|d| d.is_error()).count();
    let warnings = diags.len() - errors;
    let plural = |n: usize, w: &str| format!("{n} {w}{}", if n == 1 { "" } else { "s" });
    match (errors, warnings) {
        (0, 0) => None,
        (0, w) => Some(format!("warning: {}", plural(w, "warning"))),
        (e, 0) => Some(format!("error: {}", plural(e, "error"))),
        (e, w) => Some(format!(
            "error: {} and {}",
            plural(e, "error"),
            plural(w, "warning")
        )),
    }
}

/// "did you mean `checkout`?", or with a gloss "did you mean `pr` (Priya Raman)?": a
/// correction already chosen (`suggest` chooses one among known words).
pub(crate) fn proposal(near: &str, gloss: &str) -> String {
    match gloss {
        "" => format!("did you mean `{near}`?"),
        g => format!("did you mean `{near}` ({g})?"),
    }
}

/// Known words listed in a help line when none is near: more would bury the line, and the
/// file that defines them lists them all.
const LISTED: usize = 20;

/// The help for `word`, which is not one of `known`: "did you mean `checkout`?" for a near
/// miss, else "use one of: a, b, c" when there are few enough to read, else none (the caller
/// says where they are listed). The one wording of "did you mean" in candor.
pub(crate) fn suggest(word: &str, known: &[&str]) -> Option<String> {
    let glossed: Vec<(&str, &str)> = known.iter().map(|k| (*k, "")).collect();
    suggest_glossed(word, &glossed)
}

/// `suggest` for words that mean something else to a reader, each shown with its gloss:
/// "did you mean `pr` (Priya Raman)?", "use one of: md (Minter Dial), pr (Priya Raman)".
pub(crate) fn suggest_glossed(word: &str, known: &[(&str, &str)]) -> Option<String> {
    let gloss = |g: &str| match g {
        "" => String::new(),
        g => format!(" ({g})"),
    };
    if let Some(near) = did_you_mean(word, known.iter().map(|(k, _)| *k)) {
        let g = known
            .iter()
            .find(|(k, _)| *k == near)
            .map_or("", |(_, g)| g);
        return Some(proposal(near, g));
    }
    if known.is_empty() || known.len() > LISTED {
        return None;
    }
    let listed: Vec<String> = known
        .iter()
        .map(|(k, g)| format!("{k}{}", gloss(g)))
        .collect();
    Some(format!("use one of: {}", listed.join(", ")))
}

/// The known word nearest a misspelt one, if any is near: what `suggest` proposes.
pub(crate) fn did_you_mean<'a>(
    word: &str,
    known: impl IntoIterator<Item = &'a str>,
) -> Option<&'a str> {
    known
        .into_iter()
        .map(|k| {
            // Jaro-Winkler suits words; for short names (initials) one edit or one swapped
            // pair of letters is the typo to catch, and it scores too low there.
            let short = word.chars().count() <= 4 && k.chars().count() <= 4;
            let score = if short && strsim::damerau_levenshtein(word, k) <= 1 {
                0.95
            } else {
                strsim::jaro_winkler(word, k)
            };
            (score, k)
        })
        .filter(|(score, _)| *score > 0.8)
        .max_by(|a, b| a.0.total_cmp(&b.0))
        .map(|(_, k)| k)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn suggest_proposes_a_near_word_else_lists_a_short_list() {
        let known = ["checkout", "api", "search"];
        assert_eq!(
            suggest("chekout", &known).as_deref(),
            Some("did you mean `checkout`?")
        );
        assert_eq!(
            suggest("payments", &known).as_deref(),
            Some("use one of: checkout, api, search")
        );
        let many: Vec<String> = (0..=LISTED).map(|n| format!("component-{n}")).collect();
        let many: Vec<&str> = many.iter().map(String::as_str).collect();
        assert_eq!(suggest("zzz", &many), None);
        assert_eq!(suggest("zzz", &[]), None);
        let people = [("md", "Minter Dial"), ("pr", "Priya Raman")];
        assert_eq!(
            suggest_glossed("rp", &people).as_deref(),
            Some("did you mean `pr` (Priya Raman)?")
        );
        assert_eq!(
            suggest_glossed("zz", &people).as_deref(),
            Some("use one of: md (Minter Dial), pr (Priya Raman)")
        );
    }
}
