//! Values YAML reads otherwise than they were typed, with no error: an unquoted value ends at
//! ` #` (the rest of the line is a comment: `title: Order #1234 stuck` reads "Order"), a tag
//! (`!URGENT`) or an anchor (`&Co`) in front of one is markup, left out of the value, and an
//! unquoted value over several lines is joined into one (a `- ` list in it becomes one line).
//! Found here from the source; which fields they matter in is for the rules to say.

use saphyr_parser::ScalarStyle;

use crate::pointer::Pointer;

/// A value that lost some of what was typed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Cut {
    pub(crate) at: Pointer,
    pub(crate) how: How,
    /// What YAML read.
    pub(crate) read: String,
    /// The value as typed, on one line, when it was written on one line: the quoted fix.
    pub(crate) typed: Option<String>,
    /// Where what was dropped starts: 1-based line, 1-based character column.
    pub(crate) line: usize,
    pub(crate) col: usize,
}

/// How a value lost its text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum How {
    /// The rest of the line after ` #` was read as a comment. `spaced` when the `#` is
    /// followed by a space (`# note`), the way comments are written.
    Comment { spaced: bool },
    /// A tag or anchor in front of the value was read as markup.
    Markup,
    /// The value's lines were joined with spaces, and one of them starts like a list item
    /// or a quote (`- `, `1. `, `> `): its layout is lost, though not its words.
    Folded,
}

/// Every plain value (not a key) of `text` followed by a comment on its last line, or with a
/// tag or anchor in front. Cheap for files with neither: they are not parsed again.
pub(crate) fn cut_values(text: &str) -> Vec<Cut> {
    if !may_cut(text) {
        return Vec::new();
    }
    let lines: Vec<&str> = text.split('\n').collect();
    let line_of = |n: usize| lines.get(n.wrapping_sub(1)).copied().unwrap_or("");
    let mut cuts = Vec::new();
    super::walk::scalars(text, |s| {
        if s.at.key {
            return;
        }
        if s.decorated {
            // The span starts at the first tag or anchor.
            let typed = (s.start.0 == s.end.0).then(|| {
                let line = line_of(s.start.0);
                let typed: String = line.chars().take(s.end.1).skip(s.start.1).collect();
                typed.trim().to_string()
            });
            cuts.push(Cut {
                at: s.at,
                how: How::Markup,
                read: s.value.to_string(),
                typed,
                line: s.start.0,
                col: s.start.1 + 1,
            });
            return;
        }
        if s.style != ScalarStyle::Plain {
            return;
        }
        if let Some((n, line)) = (s.start.0 + 1..=s.end.0)
            .map(|n| (n, line_of(n)))
            .find(|(_, l)| starts_like_a_list(l.trim_start()))
        {
            cuts.push(Cut {
                at: s.at.clone(),
                how: How::Folded,
                read: s.value.to_string(),
                typed: None,
                line: n,
                col: line.chars().take_while(|c| *c == ' ').count() + 1,
            });
        }
        let line = line_of(s.end.0);
        let rest: String = line.chars().skip(s.end.1).collect();
        // An empty value's place is the `:` before it.
        let (rest, skipped) = match rest.strip_prefix(':') {
            Some(r) if s.value.is_empty() => (r.to_string(), 1),
            _ => (rest, 0),
        };
        let after = rest.trim_start_matches([' ', '\t']);
        let Some(comment) = after.strip_prefix('#') else {
            return;
        };
        // YAML takes `#` as a comment only after a space (or at the start of a line).
        if after.len() == rest.len() && !s.value.is_empty() {
            return;
        }
        let col = s.end.1 + skipped + rest.chars().count() - after.chars().count() + 1;
        let typed = (s.start.0 == s.end.0).then(|| {
            let sep = &rest[..rest.len() - after.len()];
            format!("{}{sep}{}", s.value, after.trim_end())
                .trim()
                .to_string()
        });
        cuts.push(Cut {
            at: s.at,
            how: How::Comment {
                spaced: comment.starts_with([' ', '\t']) || comment.trim().is_empty(),
            },
            read: s.value.to_string(),
            typed,
            line: s.end.0,
            col,
        });
    });
    cuts
}

/// The value at `at`, when it is double-quoted and an escape in it (`\n`, `\r`, `\N`, `\L`,
/// `\P`) is what put a line break in it: the text between its quotes as typed, and the escape.
/// `"C:\new folder"` holds a line break, though it was typed on one line.
pub(crate) fn escaped_break(text: &str, at: &Pointer) -> Option<(String, String)> {
    let lines: Vec<&str> = text.split('\n').collect();
    let mut found = None;
    super::walk::scalars(text, |s| {
        if found.is_some() || s.at != *at || s.style != ScalarStyle::DoubleQuoted {
            return;
        }
        if s.start.0 != s.end.0 {
            return;
        }
        let line = lines.get(s.start.0.wrapping_sub(1)).copied().unwrap_or("");
        let typed: String = line.chars().take(s.end.1).skip(s.start.1).collect();
        let inner = typed
            .trim_start_matches('"')
            .trim_end_matches('"')
            .to_string();
        let mut chars = inner.chars();
        while let Some(c) = chars.next() {
            if c == '\\' {
                match chars.next() {
                    Some(e @ ('n' | 'r' | 'N' | 'L' | 'P')) => {
                        found = Some((inner.clone(), format!("\\{e}")));
                        return;
                    }
                    _ => continue,
                }
            }
        }
    });
    found
}

/// `- a`, `* a`, `+ a`, `1. a`, `> a`: a line that markdown would start a list or a quote with.
fn starts_like_a_list(line: &str) -> bool {
    let digits = line.chars().take_while(char::is_ascii_digit).count();
    ["- ", "* ", "+ ", "> "].iter().any(|m| line.starts_with(m))
        || (digits > 0 && line[digits..].starts_with(". "))
}

/// Whether some line of `text` outside a block scalar (`|`, `>`) has a `#` after a space past
/// its first character, a `!` or `&` where a value starts, or is indented and starts like a
/// list item: only then can a value have been cut, marked up or joined. Inside a block scalar
/// every character is the value's own (`#`, `- `, `!` included), so its lines are skipped:
/// most incident bodies are blocks of markdown, and walking every file again for them cost
/// `check` a fifth of its time.
fn may_cut(text: &str) -> bool {
    // A tag or anchor starts a value: after `: `, `- `, `[` or `, `.
    const MARKUP_STARTS: [&str; 10] = [
        ": !", "- !", "[!", ", !", ":\t!", ": &", "- &", "[&", ", &", ":\t&",
    ];
    // While in a block scalar: the indentation its content must exceed.
    let mut block: Option<usize> = None;
    for l in text.split('\n') {
        let l = l.strip_suffix('\r').unwrap_or(l);
        let t = l.trim_start();
        let indent = l.len() - t.len();
        if let Some(parent) = block {
            if t.is_empty() || indent > parent {
                continue;
            }
            block = None;
        }
        if t.starts_with('#') {
            continue;
        }
        // A header's own comment (`body: | # note`) cuts nothing.
        if let Some(parent) = block_header(l) {
            block = Some(parent);
            continue;
        }
        let markup = (t.contains('!') || t.contains('&'))
            && (t.starts_with(['!', '&']) || MARKUP_STARTS.iter().any(|m| t.contains(m)));
        if markup
            || t.contains(" #")
            || t.contains("\t#")
            || (indent > 0 && starts_like_a_list(t) && !t.contains(": "))
        {
            return true;
        }
    }
    false
}

/// How a key that is quoted or a flow collection starts (its `: ` may be inside it). The
/// flow mapping's opener is written by its code point, so tools that read this file for its
/// structure do not take it for a bracket of the code.
const QUOTED_OR_FLOW: [char; 4] = ['"', '\'', '\u{7b}', '['];

/// If line `l` ends in a block scalar's header (`key: |`, `- >-`, `key: |2 # note`), the
/// indentation its content must exceed: the column of the key, or of the `- ` the block
/// stands in.
fn block_header(l: &str) -> Option<usize> {
    let mut col = l.len() - l.trim_start().len();
    let mut rest = &l[col..];
    // `- - key: |`: each `- ` opens an item one level in.
    let mut item = None;
    while let Some(r) = rest.strip_prefix("- ") {
        item = Some(col);
        let r2 = r.trim_start();
        col += 2 + (r.len() - r2.len());
        rest = r2;
    }
    let (parent, value) = match rest.find(": ") {
        Some(i) if !rest.starts_with(QUOTED_OR_FLOW) => (col, rest[i + 2..].trim_start()),
        _ => (item?, rest),
    };
    let value = value.split(" #").next().unwrap_or(value).trim_end();
    let mut chars = value.chars();
    matches!(chars.next(), Some('|' | '>'))
        .then_some(())
        .filter(|()| chars.all(|c| c == '-' || c == '+' || c.is_ascii_digit()))
        .map(|()| parent)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cuts(text: &str) -> Vec<(String, How, String, Option<String>, usize, usize)> {
        cut_values(text)
            .into_iter()
            .map(|c| (c.at.to_string(), c.how, c.read, c.typed, c.line, c.col))
            .collect()
    }

    #[test]
    fn a_comment_after_a_plain_value_is_found_with_the_value_as_typed() {
        let comment = How::Comment { spaced: false };
        assert_eq!(
            cuts("title: Order #1234 and others stuck\nimpact: minor\n"),
            [(
                "title".into(),
                comment,
                "Order".into(),
                Some("Order #1234 and others stuck".into()),
                1,
                14
            )]
        );
        // Nothing before the `#`: the value is empty.
        assert_eq!(
            cuts("a:\n  title: #1 priority\n"),
            [(
                "a.title".into(),
                comment,
                String::new(),
                Some("#1 priority".into()),
                2,
                10
            )]
        );
        // Quoted, a block, a `#` with no space before it, a comment line: nothing cut.
        assert!(cuts("a: \"x #1\" # note\nb: |\n  x #1\nc: x#1\n# d: e #f\n").is_empty());
        // Spaced like a comment: found, and said to be spaced.
        assert_eq!(
            cuts("status: resolved  # at last\n")[0].1,
            How::Comment { spaced: true }
        );
    }

    #[test]
    fn a_comment_ending_a_value_of_several_lines_has_no_one_line_fix() {
        let c = cut_values("body: We are looking\n  into order #123 today\n");
        assert_eq!(c.len(), 1);
        assert_eq!(
            (c[0].read.as_str(), c[0].typed.as_deref()),
            ("We are looking into order", None)
        );
        assert_eq!((c[0].line, c[0].col), (2, 14));
    }

    #[test]
    fn a_list_joined_into_one_line_is_found_at_its_first_item() {
        let c = cut_values("body: We fixed\n  - checkout\n  - search\nlist:\n  - a\n");
        assert_eq!(c.len(), 1);
        assert_eq!(c[0].how, How::Folded);
        assert_eq!(c[0].read, "We fixed - checkout - search");
        assert_eq!((c[0].line, c[0].col), (2, 3));
        // Lines of prose are joined too, but nothing is lost.
        assert!(cut_values("title: Checkout\n  is down\n").is_empty());
    }

    #[test]
    fn a_line_break_written_as_an_escape_is_found() {
        let text = "title: \"C:\\new folder\"\nbody: \"a\\\\nb\"\n";
        assert_eq!(
            escaped_break(text, &crate::ptr!["title"]),
            Some(("C:\\new folder".into(), "\\n".into()))
        );
        // `\\n` is a backslash and an `n`, not a break.
        assert_eq!(escaped_break(text, &crate::ptr!["body"]), None);
    }

    #[test]
    fn tags_and_anchors_in_front_of_a_value_are_found() {
        let found = cuts("title: !URGENT checkout down\nname: &Co Shop\n");
        assert_eq!(found[0].2, "checkout down");
        assert_eq!(found[0].3.as_deref(), Some("!URGENT checkout down"));
        assert_eq!((found[0].4, found[0].5), (1, 8));
        assert_eq!(found[1].3.as_deref(), Some("&Co Shop"));
        assert_eq!(found[1].1, How::Markup);
    }

    #[test]
    fn block_scalars_do_not_make_a_file_worth_walking() {
        // Markdown in a block: lists, `#`, `!` are the body's own.
        let block = "title: t\nupdates:\n  - at: 2026-11-20T09:00:00Z\n    body: |\n      Current \
            impact: #1 issue!\n\n      - checkout\n      ! note\n    status: identified\n";
        assert!(!may_cut(block));
        assert!(!may_cut("body: >-\n  - a\n  - b\n"));
        assert!(!may_cut("- |\n  - a\n- |2 # note\n   - b\n"));
        // After the block ends, lines are read again.
        assert!(may_cut("body: |\n  - a\ntitle: Order #1 stuck\n"));
        assert!(may_cut(
            "updates:\n  - body: |\n      fine\n    author: pr #2\n"
        ));
        // A plain value over lines, a tag, a value that only ends in `|`.
        assert!(may_cut("body: We fixed\n  - checkout\n"));
        assert!(may_cut("title: !URGENT down\n"));
        assert!(may_cut("title: A |\n  - b\n"));
    }
}
