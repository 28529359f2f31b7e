//! `--message-format github`: GitHub Actions workflow commands, which the runner turns into
//! annotations on the pull request's files (`::error file=…,line=…,col=…::message`).
//! Escaped as GitHub's own toolkit escapes them (`@actions/core`, `command.ts`): data and
//! property values both take `%25`, `%0D`, `%0A`; property values also `%3A` and `%2C`, so a
//! message or path can neither end the command nor add a property.

use std::fmt::Write as _;

use super::{Diagnostic, Level};

fn data(s: &str) -> String {
    s.replace('%', "%25")
        .replace('\r', "%0D")
        .replace('\n', "%0A")
}

fn property(s: &str) -> String {
    data(s).replace(':', "%3A").replace(',', "%2C")
}

/// One command: `::NAME key=value,…::data`.
fn command(out: &mut String, name: &str, props: &[(&str, String)], message: &str) {
    let props: Vec<String> = props
        .iter()
        .map(|(k, v)| format!("{k}={}", property(v)))
        .collect();
    let sep = if props.is_empty() { "" } else { " " };
    let _ = writeln!(out, "::{name}{sep}{}::{}", props.join(","), data(message));
}

pub(super) fn diagnostic(out: &mut String, d: &Diagnostic) {
    let mut props = Vec::new();
    if let Some(file) = &d.file {
        props.push(("file", file.clone()));
        if let Some(span) = d.span() {
            props.push(("line", span.line.to_string()));
            props.push(("col", span.col.to_string()));
            if let Some((line, col)) = d.end() {
                props.push(("endLine", line.to_string()));
                // GitHub reads a column range only within one line.
                if line == span.line {
                    props.push(("endColumn", col.to_string()));
                }
            }
        }
    }
    // The title heads the annotation: `candor warning[overdue]`, with the code `--fail-on`
    // takes.
    props.push(("title", format!("candor {}", d.level_and_code())));
    let mut message = crate::text::visible(&d.message).into_owned();
    if let Some(help) = &d.help {
        let _ = write!(message, "\nhelp: {}", crate::text::visible(help));
    }
    let name = match d.level {
        Level::Error => "error",
        Level::Warning => "warning",
    };
    command(out, name, &props, &message);
}

pub(super) fn omitted(out: &mut String, file: &str, message: &str) {
    let props = [("file", file.to_string()), ("title", "candor".to_string())];
    command(out, "notice", &props, message);
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The escapes of `@actions/core`'s `escapeData` and `escapeProperty`.
    #[test]
    fn data_and_properties_are_escaped_as_github_s_toolkit_does() {
        assert_eq!(
            data("100% done\r\nnext: a, b"),
            "100%25 done%0D%0Anext: a, b"
        );
        assert_eq!(property("site/a:b,c%\n.yaml"), "site/a%3Ab%2Cc%25%0A.yaml");
        let mut out = String::new();
        command(&mut out, "error", &[], "no file::here");
        assert_eq!(out, "::error::no file::here\n");
    }
}
