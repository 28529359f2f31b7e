//! Text every output format can carry. One definition of the characters that no channel can
//! write (so `check` refuses them with their place), and the scrubbing each writer applies
//! anyway, so a writer stays safe by itself whatever reaches it.
//!
//! What is refused, and why each one:
//! - C0 controls except tab and line feed (`\0`, `\a`, `\v`, `\e`, …): XML 1.0 forbids them,
//!   so one makes every Atom and RSS feed and the badges unparseable; RFC 5545 TEXT forbids
//!   them; a terminal executes them (`announce` prints).
//! - Carriage return: YAML turns every line break of a file into a line feed, so a CR can only
//!   come from a `\r` escape; alone it ends a line in iCalendar and in mail headers.
//! - DEL and the C1 controls (U+0080 to U+009F): iCalendar forbids DEL; C1 holds the 8-bit
//!   terminal escapes (U+009B is CSI) and NEL, a line break to XML 1.1 and YAML 1.1.
//! - Noncharacters (U+FFFE, U+FFFF, U+FDD0 to U+FDEF and the last two of every plane): XML 1.0
//!   forbids U+FFFE and U+FFFF, and HTML parsers report all of them; they are never text.
//!
//! Allowed, deliberately: tab; line feed in text that has lines (bodies, letters); the
//! bidirectional marks and isolates (U+200E, U+2066 to U+2069…), which right-to-left writing
//! needs and every format carries; U+2028 and U+2029 in bodies, which JSON and XML carry.

use std::borrow::Cow;

/// `s` with `&`, `<`, `>`, `"`, `'` and `/` escaped, for XML text and attributes (feeds and
/// badges): the escaping tera applies to HTML, so every format escapes alike.
pub(crate) fn escape_xml(s: &str) -> String {
    let mut out = Vec::with_capacity(s.len());
    tera::escape_html(s, &mut out).expect("writing to a Vec cannot fail");
    String::from_utf8(out).expect("escaping keeps UTF-8")
}

/// A character no channel can carry: see the module's comment for the list and the reasons.
pub(crate) fn is_forbidden(c: char) -> bool {
    matches!(c, '\0'..='\x08' | '\x0b'..='\x1f' | '\x7f'..='\u{9f}') || is_noncharacter(c)
}

/// U+FDD0 to U+FDEF, and U+xFFFE and U+xFFFF in every plane.
pub(crate) fn is_noncharacter(c: char) -> bool {
    let n = u32::from(c);
    (0xFDD0..=0xFDEF).contains(&n) || n & 0xFFFE == 0xFFFE
}

/// A line break of any kind: what a one-line value (a title, a name) must not hold.
pub(crate) fn is_line_break(c: char) -> bool {
    matches!(
        c,
        '\n' | '\r' | '\u{0b}' | '\u{0c}' | '\u{85}' | '\u{2028}' | '\u{2029}'
    )
}

/// `s` without the characters no channel can carry. Borrowed when there are none, so the
/// writers pay a scan, not a copy, for ordinary text.
pub(crate) fn scrub(s: &str) -> Cow<'_, str> {
    if s.chars().any(is_forbidden) {
        Cow::Owned(s.chars().filter(|c| !is_forbidden(*c)).collect())
    } else {
        Cow::Borrowed(s)
    }
}

/// `scrub`, for an owned string.
pub(crate) fn scrubbed(s: String) -> String {
    match scrub(&s) {
        Cow::Borrowed(_) => s,
        Cow::Owned(o) => o,
    }
}

/// `s` scrubbed and on one line: every run of line breaks and other white space becomes one
/// space, and the ends are trimmed. For mail subjects, calendar names, text messages.
/// `s` with its first letter in upper case, for a clause that starts a sentence (scripts
/// without case are left as they are).
pub(crate) fn capitalize(s: &str) -> String {
    let mut chars = s.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

pub(crate) fn one_line(s: &str) -> String {
    scrub(s).split_whitespace().collect::<Vec<_>>().join(" ")
}

/// `s` with each character no channel can carry shown as a visible stand-in (the Unicode
/// control pictures: U+001B as `␛`), for text that goes to a terminal but must still show
/// that something was there: diagnostics quoting a value.
pub(crate) fn visible(s: &str) -> Cow<'_, str> {
    if !s.chars().any(is_forbidden) {
        return Cow::Borrowed(s);
    }
    Cow::Owned(
        s.chars()
            .map(|c| match c {
                c if !is_forbidden(c) => c,
                '\0'..='\x1f' => char::from_u32(0x2400 + u32::from(c)).unwrap_or('\u{fffd}'),
                '\x7f' => '\u{2421}',
                _ => '\u{fffd}',
            })
            .collect(),
    )
}

/// How a refused character is named in a diagnostic: its code point, what it is, and the
/// escape that writes it in a double-quoted YAML string (how such characters get in).
pub(crate) fn describe(c: char) -> (String, String) {
    let n = u32::from(c);
    let name = match c {
        '\0' => " (null)",
        '\x07' => " (bell)",
        '\x08' => " (backspace)",
        '\x0b' => " (vertical tab)",
        '\x0c' => " (form feed)",
        '\n' => " (line feed)",
        '\r' => " (carriage return)",
        '\x1b' => " (escape)",
        '\x7f' => " (delete)",
        '\u{85}' => " (next line)",
        '\u{2028}' => " (line separator)",
        '\u{2029}' => " (paragraph separator)",
        _ => "",
    };
    let kind = if is_noncharacter(c) {
        "a noncharacter"
    } else if is_line_break(c) && !is_forbidden(c) {
        "a line break"
    } else {
        "a control character"
    };
    let escape = match c {
        '\0' => "\\0".to_string(),
        '\x07' => "\\a".to_string(),
        '\x08' => "\\b".to_string(),
        '\n' => "\\n".to_string(),
        '\x0b' => "\\v".to_string(),
        '\x0c' => "\\f".to_string(),
        '\r' => "\\r".to_string(),
        '\x1b' => "\\e".to_string(),
        '\u{85}' => "\\N".to_string(),
        '\u{2028}' => "\\L".to_string(),
        '\u{2029}' => "\\P".to_string(),
        _ if n <= 0xFF => format!("\\x{n:02x}"),
        _ if n <= 0xFFFF => format!("\\u{n:04x}"),
        _ => format!("\\U{n:08x}"),
    };
    (format!("U+{n:04X}{name}, {kind}"), escape)
}

/// Cuts at a word boundary and marks the cut, so a summary never ends mid-word.
pub(crate) fn truncate_words(s: &str, max: usize) -> String {
    truncate_words_by(s, max, "…", |s| s.chars().count())
}

/// `truncate_words` with the length as a channel counts it (`len`) and its own mark of a cut:
/// at most `max` by `len`, mark included, unless even the mark alone does not fit.
pub(crate) fn truncate_words_by(
    s: &str,
    max: usize,
    mark: &str,
    len: impl Fn(&str) -> usize,
) -> String {
    if len(s) <= max {
        return s.to_string();
    }
    let mut out = String::new();
    let mut used = 0;
    for w in s.split_whitespace() {
        let sep = usize::from(!out.is_empty());
        // The word, the space before it and the mark after it must all fit.
        let need = used + sep + len(w) + len(mark);
        if need > max {
            break;
        }
        if sep == 1 {
            out.push(' ');
        }
        out.push_str(w);
        used += sep + len(w);
    }
    out.push_str(mark);
    out
}

/// `support@example.com` and nothing else: no display name, no spaces, no `?cc=` or other
/// parameters (templates build `mailto:` links from it, and a `?` there would add
/// recipients), no second `@`. Letters beyond ASCII are allowed (internationalised mail).
pub(crate) fn is_plain_address(s: &str) -> bool {
    let Some((local, domain)) = s.split_once('@') else {
        return false;
    };
    let word = |part: &str, extra: &[char]| {
        !part.is_empty()
            && !part.starts_with('.')
            && !part.ends_with('.')
            && !part.contains("..")
            && part
                .chars()
                .all(|c| c.is_alphanumeric() || c == '.' || c == '-' || extra.contains(&c))
    };
    word(local, &['_', '+']) && word(domain, &[]) && domain.contains('.')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_refused_characters_are_the_ones_some_format_cannot_carry() {
        for c in [
            '\0', '\x0b', '\x1b', '\r', '\x7f', '\u{85}', '\u{9b}', '\u{fffe}', '\u{ffff}',
        ] {
            assert!(is_forbidden(c), "{c:?}");
        }
        for c in ['\u{fdd0}', '\u{1fffe}', '\u{10ffff}'] {
            assert!(is_forbidden(c), "{c:?}");
        }
        for c in [
            '\t', '\n', ' ', 'é', '\u{a0}', '\u{200f}', '\u{2067}', '\u{2028}', '\u{fffd}',
        ] {
            assert!(!is_forbidden(c), "{c:?}");
        }
    }

    #[test]
    fn scrubbing_keeps_ordinary_text_as_it_is() {
        assert!(matches!(scrub("Café — ok\n"), Cow::Borrowed(_)));
        assert_eq!(scrub("a\x0bb\x1b[31mc\u{fffe}"), "ab[31mc");
        assert_eq!(
            one_line(" Card\r\npayments\u{2028} failing\n"),
            "Card payments failing"
        );
        assert_eq!(describe('\x1b').1, "\\e");
        assert_eq!(visible("a\x1b[2Jb\u{9b}\n"), "a\u{241b}[2Jb\u{fffd}\n");
        assert_eq!(describe('\u{fffe}').0, "U+FFFE, a noncharacter");
    }
}
