//! `--message-format json`: one JSON object per line, as cargo's `--message-format json`, for
//! programs (editors, bots, dashboards). The fields are a promise: README.md "Reports for
//! editors and CI" lists them and says which are stable; add fields, never rename one.

use serde::Serialize;

use super::{Diagnostic, render_human};

/// One problem. `reason` tells the kinds of line apart, as in cargo's stream.
#[derive(Serialize)]
struct Record<'a> {
    reason: &'static str,
    level: &'static str,
    /// The warning's code (what `--fail-on` takes); null for errors.
    code: Option<&'static str>,
    message: &'a str,
    /// Relative to the current folder; null for a problem with no file (the site as a whole).
    file: Option<&'a str>,
    line: Option<usize>,
    column: Option<usize>,
    end: Option<Position>,
    help: Option<&'a str>,
    /// The note under the caret in the human form.
    label: Option<&'a str>,
    /// The human form, without colour: what `--message-format human` prints for it.
    rendered: String,
}

#[derive(Serialize)]
struct Position {
    line: usize,
    column: usize,
}

/// Problems of one file left out after the first `MAX_SHOWN_PER_FILE`.
#[derive(Serialize)]
struct Omitted<'a> {
    reason: &'static str,
    file: &'a str,
    count: usize,
    message: &'a str,
}

/// The last line of a report: the counts, and whether it passes.
#[derive(Serialize)]
struct Summary {
    reason: &'static str,
    errors: usize,
    warnings: usize,
}

fn line(out: &mut String, value: &impl Serialize) {
    // Plain structs of strings and numbers: serialising them cannot fail.
    out.push_str(&serde_json::to_string(value).unwrap_or_default());
    out.push('\n');
}

pub(super) fn diagnostic(out: &mut String, d: &Diagnostic) {
    let span = d.span();
    // As in the other forms: values quoted from the files are shown, not acted on (serde_json
    // escapes C0 controls, but passes C1 ones such as U+009B, CSI, to a terminal).
    let message = crate::text::visible(&d.message);
    let help = d.help.as_deref().map(crate::text::visible);
    let label = d.label().map(crate::text::visible);
    line(
        out,
        &Record {
            reason: "diagnostic",
            level: d.level.as_str(),
            code: d.code,
            message: &message,
            file: d.file.as_deref(),
            line: span.map(|s| s.line),
            column: span.map(|s| s.col),
            end: d.end().map(|(line, column)| Position { line, column }),
            help: help.as_deref(),
            label: label.as_deref(),
            rendered: render_human(d, false),
        },
    );
}

pub(super) fn omitted(out: &mut String, file: &str, count: usize, message: &str) {
    line(
        out,
        &Omitted {
            reason: "omitted",
            file,
            count,
            message,
        },
    );
}

pub(super) fn summary(diags: &[Diagnostic]) -> String {
    let errors = diags.iter().filter(|d| d.is_error()).count();
    let mut out = String::new();
    line(
        &mut out,
        &Summary {
            reason: "summary",
            errors,
            warnings: diags.len() - errors,
        },
    );
    out.trim_end().to_string()
}

/// What a command prints, in the stream: `{"reason":"output","text":"…"}`.
pub(super) fn output(text: &str) -> String {
    let mut out = String::new();
    line(
        &mut out,
        &serde_json::json!({ "reason": "output", "text": text }),
    );
    out.trim_end().to_string()
}
