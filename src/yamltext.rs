//! Writing YAML text by hand for files people also edit (`candor new`, `candor update`):
//! exact control over layout and comments, which a serializer would not keep.

use jiff::Timestamp;

/// A YAML double-quoted scalar: JSON's string syntax is valid YAML.
pub fn quote(s: &str) -> String {
    serde_json::to_string(s).expect("strings serialise")
}

/// A markdown body as the value of a `body:` key whose lines sit at `indent` spaces: a `|`
/// literal block, or a quoted scalar where a block could not say it exactly.
pub fn block(body: &str, indent: usize) -> String {
    let body = body.trim_end();
    if body.starts_with([' ', '\t']) || body.is_empty() {
        return quote(body);
    }
    let pad = " ".repeat(indent);
    let mut out = String::from("|");
    for line in body.lines() {
        out.push('\n');
        if !line.trim().is_empty() {
            out.push_str(&pad);
            out.push_str(line);
        }
    }
    out
}

/// A time as candor writes it: RFC 3339 in UTC.
pub fn stamp(t: Timestamp) -> String {
    t.strftime("%Y-%m-%dT%H:%M:%SZ").to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn blocks_keep_paragraphs_and_quote_what_they_cannot_hold() {
        assert_eq!(block("One.\n\nTwo.\n", 4), "|\n    One.\n\n    Two.");
        assert_eq!(
            block("  indented first line", 4),
            "\"  indented first line\""
        );
        assert_eq!(quote("Update: \"fixed\""), r#""Update: \"fixed\"""#);
    }
}
