//! Writing YAML text by hand for files people also edit (`candor new`, `candor update`):
//! exact control over layout and comments, which a serializer would not keep. Every value a
//! person passes is written in a form YAML reads back as exactly that value and nothing else:
//! YAML 1.1 parsers (libyaml, behind serde_yaml) take NEL, U+2028 and U+2029 for line
//! breaks, so those never appear raw, and characters no reader accepts are refused.

use jiff::Timestamp;

/// A YAML double-quoted scalar that reads back as exactly `s`: every character that is not
/// plain printable text (control characters, line breaks of any kind, a byte-order mark) is
/// written as an escape.
pub(crate) fn quote(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\t' => out.push_str("\\t"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\u{85}' => out.push_str("\\N"),
            '\u{2028}' => out.push_str("\\L"),
            '\u{2029}' => out.push_str("\\P"),
            c if (c as u32) < 0x20 || ('\u{7f}'..='\u{9f}').contains(&c) => {
                out.push_str(&format!("\\x{:02X}", c as u32));
            }
            '\u{feff}' | '\u{fffe}' | '\u{ffff}' => {
                out.push_str(&format!("\\u{:04X}", c as u32));
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// A mapping key or short value (a component id): plain when it is a simple name, quoted
/// otherwise, so an odd id can never open a new structure.
pub(crate) fn name(s: &str) -> String {
    let simple = !s.is_empty()
        && s.chars().next().is_some_and(|c| c.is_ascii_alphanumeric())
        && s.chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_');
    if simple { s.to_string() } else { quote(s) }
}

/// Why a person's text cannot be written, if it cannot: a character that no YAML reader (or
/// feed) accepts, or, for a one-line value, a line break of any kind.
pub(crate) fn unwritable(s: &str, one_line: bool) -> Option<String> {
    // One definition of what no channel can carry (`text`), so `new` and `update` refuse
    // exactly what `check` would.
    for (i, c) in s.char_indices() {
        let line_break = crate::text::is_line_break(c);
        if one_line && line_break {
            return Some(format!(
                "contains a line break (U+{:04X}, at byte {i}); it must be one line",
                c as u32
            ));
        }
        // (A line break in a one-line value was refused above; in text it is a new line.)
        if !line_break && crate::text::is_forbidden(c) {
            return Some(format!(
                "contains the control character U+{:04X} (at byte {i})",
                c as u32
            ));
        }
    }
    None
}

/// A body as written after `body: `, and the value YAML will read from it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Block {
    /// The YAML text, lines joined with `\n` (the caller converts them to the file's breaks).
    pub(crate) text: String,
    /// What a parser reads back from `text`.
    pub(crate) value: String,
}

/// A markdown body as the value of a `body:` key whose lines sit at `indent` spaces. Its line
/// breaks are YAML's own (CRLF, LF, a lone CR or NEL), trailing blank space is dropped, and it is
/// written as a `|` literal block, with an indentation indicator when its first line starts
/// with blank space; a body holding U+2028, U+2029 or a byte-order mark (which YAML 1.1
/// readers would take for line breaks or refuse inside a block) is written double-quoted.
/// `indent` must be at least 2 more than the indentation of the mapping holding `body:`.
pub(crate) fn block(body: &str, key_indent: usize) -> Block {
    // NEL is a line break to YAML 1.1 readers and no channel can carry it (`text`), so in a
    // body it is what the person meant: a new line, as CR is.
    let body = body.replace("\r\n", "\n").replace(['\r', '\u{85}'], "\n");
    let body = body.trim_end();
    let literal_safe = !body.is_empty()
        && !body.contains(['\u{2028}', '\u{2029}', '\u{feff}'])
        && !body.starts_with('\n');
    if !literal_safe {
        return Block {
            text: quote(body),
            value: body.to_string(),
        };
    }
    let pad = " ".repeat(key_indent + 2);
    // The indicator is relative to the mapping's own indentation (that of `body:`).
    let mut out = if body.starts_with([' ', '\t']) {
        String::from("|2")
    } else {
        String::from("|")
    };
    for line in body.split('\n') {
        out.push('\n');
        if !line.is_empty() {
            out.push_str(&pad);
            out.push_str(line);
        }
    }
    Block {
        text: out,
        value: format!("{body}\n"),
    }
}

/// A time as candor writes it: RFC 3339 in UTC, with a four-digit year (a time outside the
/// supported range is refused before it gets here: see `stampable`).
pub(crate) fn stamp(t: Timestamp) -> String {
    t.strftime("%Y-%m-%dT%H:%M:%SZ").to_string()
}

/// Whether `t` lies in the range candor supports (`time::EARLIEST` to `time::LATEST`), which
/// `check` also demands, so `new` and `update` never write a time a build would refuse.
pub(crate) fn stampable(t: Timestamp) -> bool {
    crate::time::out_of_range(t).is_none()
}

/// A file's YAML read as plain values, to prove an edit changed only what it meant to: the
/// document before, with the values written added, must equal the document after.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Document(serde_yaml::Value);

/// A value an edit writes, as a parser must read it back: text, or a mapping of texts.
#[derive(Debug, Clone)]
pub(crate) enum Plain {
    Text(String),
    Map(Vec<(String, String)>),
}

impl Plain {
    fn value(&self) -> serde_yaml::Value {
        use serde_yaml::Value;
        match self {
            Plain::Text(t) => Value::String(t.clone()),
            Plain::Map(pairs) => Value::Mapping(
                pairs
                    .iter()
                    .map(|(k, v)| (Value::String(k.clone()), Value::String(v.clone())))
                    .collect(),
            ),
        }
    }
}

impl Document {
    /// The document's values, or the parser's reason it has none.
    pub(crate) fn read(text: &str) -> Result<Document, String> {
        serde_yaml::from_str(text)
            .map(Document)
            .map_err(|e| e.to_string())
    }

    /// This document with one more item, a mapping of `fields`, at the end of its top-level
    /// list `key` (unchanged when it has no such list).
    pub(crate) fn with_item(mut self, key: &str, fields: &[(&str, Plain)]) -> Document {
        use serde_yaml::Value;
        if let Some(Value::Sequence(items)) = self.0.get_mut(key) {
            let item = fields
                .iter()
                .map(|(k, v)| (Value::String((*k).to_string()), v.value()))
                .collect();
            items.push(Value::Mapping(item));
        }
        self
    }

    /// The first top-level key whose value differs in `other` (`None` when the two are not
    /// both mappings, or differ only in keys `other` adds).
    pub(crate) fn changed_key(&self, other: &Document) -> Option<String> {
        use serde_yaml::Value;
        match (&self.0, &other.0) {
            (Value::Mapping(a), Value::Mapping(b)) => a
                .iter()
                .find(|(k, v)| b.get(k) != Some(v))
                .and_then(|(k, _)| k.as_str())
                .map(str::to_string),
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn blocks_keep_paragraphs_and_quote_what_they_cannot_hold() {
        let b = block("One.\n\nTwo.\n", 2);
        assert_eq!(b.text, "|\n    One.\n\n    Two.");
        assert_eq!(b.value, "One.\n\nTwo.\n");
        let b = block("  indented first line", 2);
        assert_eq!(b.text, "|2\n      indented first line");
        assert_eq!(b.value, "  indented first line\n");
        assert_eq!(block("a\rb\r\nc", 2).value, "a\nb\nc\n");
        let b = block("a\u{2028}title: x", 2);
        assert_eq!(b.text, r#""a\Ltitle: x""#);
        assert_eq!(quote("Update: \"fixed\""), r#""Update: \"fixed\"""#);
        assert_eq!(quote("a\u{85}b\u{1b}"), r#""a\Nb\x1B""#);
    }

    #[test]
    fn names_are_plain_only_when_simple() {
        assert_eq!(name("checkout"), "checkout");
        assert_eq!(name("a: b"), r#""a: b""#);
        assert_eq!(name("#x"), r##""#x""##);
    }

    #[test]
    fn unwritable_text_is_named() {
        assert!(unwritable("fine\ttext", true).is_none());
        assert!(unwritable("two\nlines", false).is_none());
        assert!(unwritable("two\u{2028}lines", true).is_some());
        assert!(unwritable("bell\u{7}", false).is_some());
        assert!(unwritable("nel\u{85}", false).is_none());
        assert!(unwritable("\u{fffe}", false).is_some());
    }
}
