//! Words YAML would change without a word: a value cut at ` #` (the rest is a comment), a tag
//! or anchor in front of a value (markup, left out), a list in unquoted text joined into one
//! line (a warning: the words stay). serde reads each
//! of these without complaint, so the page would say less than the person wrote; here each
//! becomes an error at its place, with the value in quotes as the fix.
//!
//! Where a comment after a value is fine: after a word from a list (a status, an impact, a
//! state, `how`), a time, an id, a link, an address, a duration. Those are one token, checked
//! on their own, and a cut one either still means what was typed or fails its own check; a
//! note after them (`status: resolved  # at last`) is how people annotate files. After prose
//! (a title, a body, a name, a role, an offer) a comment is almost always words lost: YAML
//! has no way to tell `#1234` from a note, and the person never meant one. `author` sits
//! between: it names someone in `people:` (`author: pr  # Priya Raman` is the example site's
//! own habit), so a note written as `# note` is allowed after it, but not `#2`.

use crate::input::SourceFile;
use crate::pointer::{Pointer, Seg};
use crate::yaml::cut::{Cut, How, cut_values};

use super::report::Report;

/// Fields whose value is one token checked on its own: a comment after them is a note.
const TOKENS: &[&str] = &[
    "status",
    "impact",
    "kind",
    "how",
    "at",
    "started_at",
    "scheduled_for",
    "scheduled_until",
    "next_update_by",
    "published_at",
    "postmortem_published_at",
    "deadline",
    "issued_at",
    "id",
    "timezone",
    "language",
    "theme",
    "base_url",
    "url",
    "claim_url",
    "email",
    "grace",
    "script",
    "max_entries",
    "initials",
];

/// What kind of value a field holds, for what a comment after it means.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Field {
    /// A word, time, id or link: a comment after it is a note.
    Token,
    /// A reference to a person (`author`): a `# note` after it is a note.
    Name,
    /// Text customers read: every comment after it is text lost.
    Prose,
}

fn field(at: &Pointer) -> Field {
    let mut keys = at.segs.iter().rev();
    let (last, parent) = (keys.next(), keys.next());
    match (parent, last) {
        // `components: [checkout]`, `components: { checkout: major_outage }`,
        // `max_gap: { major: 1h }`: ids, states and durations.
        (Some(Seg::Key(p)), _) if p == "components" || p == "max_gap" => Field::Token,
        (_, Some(Seg::Key(k))) if k == "author" => Field::Name,
        (_, Some(Seg::Key(k))) if TOKENS.contains(&k.as_str()) => Field::Token,
        _ => Field::Prose,
    }
}

/// Reports every value of the file that YAML read shorter than it was typed.
pub(super) fn cut_rule(r: &mut Report, source: &SourceFile) {
    for cut in cut_values(&source.text) {
        let kind = field(&cut.at);
        let reported = match cut.how {
            How::Comment { .. } if kind == Field::Token => false,
            How::Comment { spaced: true } if kind == Field::Name => false,
            How::Comment { .. } => true,
            How::Markup => kind != Field::Token,
            How::Folded => {
                if kind == Field::Prose {
                    folded(r, source, &cut);
                }
                false
            }
        };
        if reported {
            report(r, source, &cut);
            r.cut.push(cut.at);
        }
    }
}

/// A list written in unquoted text: its words are kept, on one line. A warning, since nothing
/// is lost but the layout.
fn folded(r: &mut Report, source: &SourceFile, cut: &Cut) {
    let field = crate::text::one_line(&cut.at.to_string());
    let key = match cut.at.segs.last() {
        Some(Seg::Key(k)) => k.as_str(),
        _ => "the field",
    };
    let span = source.span_at(source.offset(cut.line, cut.col));
    let d = super::report::warning(
        crate::model::WarningCode::FoldedText,
        format!(
            "this line of `{field}` is joined to the line above: YAML reads unquoted text over \
             several lines as one line, so this list would read \"{}\"",
            crate::text::one_line(&ellipsis(&cut.read, 60))
        ),
        format!(
            "write `{key}` as a `|` block, where each line stays a line: `{key}: |`, then the \
             text on the lines below, indented"
        ),
    )
    .with_span(span, source.text.clone());
    r.diags.push(d);
}

/// `text` cut to about `max` characters, with `…` when it was longer.
fn ellipsis(text: &str, max: usize) -> String {
    match text.char_indices().nth(max) {
        Some((i, _)) => format!("{}…", &text[..i]),
        None => text.to_string(),
    }
}

fn report(r: &mut Report, source: &SourceFile, cut: &Cut) {
    let field = crate::text::one_line(&cut.at.to_string());
    let key = match cut.at.segs.last() {
        Some(Seg::Key(k)) => k.as_str(),
        _ => "",
    };
    let published = if cut.read.trim().is_empty() {
        "it would be published empty".to_string()
    } else {
        format!(
            "it would be published as \"{}\"",
            crate::text::one_line(cut.read.trim())
        )
    };
    let (message, label) = match cut.how {
        How::Comment { .. } => (
            format!(
                "`{field}` is cut short at this `#`: YAML reads ` #` to the end of the line \
                 as a comment, so {published}"
            ),
            "a comment starts here",
        ),
        How::Markup => {
            let mark = cut
                .typed
                .as_deref()
                .unwrap_or("")
                .split(' ')
                .next()
                .unwrap_or("");
            let what = if mark.starts_with('&') {
                "an anchor"
            } else {
                "a tag"
            };
            (
                format!(
                    "`{mark}` at the start of `{field}` is read as {what} (YAML markup) and left \
                     out, so {published}"
                ),
                "the first word is left out",
            )
        }
        How::Folded => return,
    };
    let help = match &cut.typed {
        Some(typed) => format!(
            "put the whole value in quotes: `{key}: {}`",
            crate::yaml::quote(typed)
        ),
        None => format!(
            "write `{key}` as a `|` block (`{key}: |`, then the text on the lines below, \
             indented), where `#` is text"
        ),
    };
    let d = r.error_in(source, (cut.line, cut.col), message);
    d.set_label(label);
    d.help = Some(help);
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ptr;

    #[test]
    fn fields_are_told_apart_by_their_key_and_list() {
        assert_eq!(field(&ptr!["title"]), Field::Prose);
        assert_eq!(field(&ptr!["owner", "role"]), Field::Prose);
        assert_eq!(field(&ptr!["components", 1, "name"]), Field::Prose);
        assert_eq!(field(&ptr!["updates", 0, "author"]), Field::Name);
        assert_eq!(field(&ptr!["updates", 0, "status"]), Field::Token);
        assert_eq!(
            field(&ptr!["updates", 0, "components", "api"]),
            Field::Token
        );
        assert_eq!(field(&ptr!["components", 0]), Field::Token);
        assert_eq!(field(&ptr!["promises", "max_gap", "major"]), Field::Token);
    }
}
