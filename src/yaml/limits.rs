//! What one YAML file may cost to read, checked before serde_yaml sees it: a file that is not
//! text is refused without being shown, and nesting, node count and alias expansion are
//! bounded, so a hostile 1 MiB file cannot take minutes (libyaml's and saphyr's scanners both
//! walk every open flow level on each token: quadratic in nesting) or gigabytes (every alias
//! is expanded in full by serde_yaml).

use std::ops::ControlFlow;

use saphyr_parser::{Event, Parser, Span as YamlSpan};

use crate::diagnostic::{Diagnostic, Span};
use crate::input::SourceFile;

/// Deepest nesting of lists and mappings. candor's deepest field is four levels down
/// (`updates[].components.<id>`); serde_yaml itself stops at 128.
pub(crate) const MAX_DEPTH: usize = 64;

/// Values (scalars, lists, mappings) in one file, counting each alias as what it repeats.
/// A large incident (a thousand updates) has about ten thousand.
pub(crate) const MAX_NODES: usize = 100_000;

/// Aliases (`*name`) in one file.
pub(crate) const MAX_ALIASES: usize = 1_000;

/// Text of a file's values with every alias replaced by what it repeats: twice the largest
/// input file, so aliases may repeat something but never multiply a file.
pub(crate) const MAX_EXPANDED_BYTES: usize = 2 * crate::input::MAX_SOURCE_BYTES as usize;

/// Refuses a file that is not YAML text: one with NUL bytes (a binary file, or something like
/// `/proc/self/environ`) or characters YAML does not allow anywhere (C0 and C1 controls other
/// than tab and line breaks, DEL, U+FFFE, U+FFFF). Its lines are never shown: such a file may
/// be anything, and diagnostics reach logs, terminals and the preview overlay.
pub(crate) fn check_text(source: &SourceFile) -> Result<(), Diagnostic> {
    let text = &source.text;
    // Most files are ASCII: decided in one pass over bytes with no decoding and no early exit,
    // which the compiler vectorises (this runs on every file).
    let refused = |b: u8| (b < b' ' && !matches!(b, b'\t' | b'\n' | b'\r')) || b == 0x7f;
    if text.is_ascii() && !text.bytes().fold(false, |any, b| any | refused(b)) {
        return Ok(());
    }
    let (at, what) = if let Some(at) = text.find('\0') {
        (at, "NUL bytes".to_string())
    } else if let Some((at, c)) = text.char_indices().find(|&(_, c)| !yaml_printable(c)) {
        (at, format!("the control character U+{:04X}", u32::from(c)))
    } else {
        return Ok(());
    };
    let (line, col) = source.line_col(at);
    Err(Diagnostic::error(format!(
        "`{}` is not a YAML text file (it contains {what}, the first at byte {at})",
        source.display
    ))
    .with_file(&source.display)
    .with_position(Span {
        line,
        col,
        range: at..at,
    })
    .with_help(
        "an incident file is YAML text; check that this is the file you meant (its content is not shown)",
    ))
}

/// YAML 1.2's `c-printable`, the characters a YAML stream may hold.
fn yaml_printable(c: char) -> bool {
    matches!(c, '\t' | '\n' | '\r' | ' '..='~' | '\u{85}')
        || (c >= '\u{a0}' && c != '\u{fffe}' && c != '\u{ffff}')
}

/// What has been counted so far in one file.
#[derive(Default)]
struct Count {
    nodes: usize,
    aliases: usize,
    /// Bytes of scalar text, aliases expanded.
    bytes: usize,
    /// Per anchor id: the nodes and bytes an alias to it repeats.
    anchors: Vec<(usize, usize)>,
    /// Open lists and mappings: their anchor id and the counts when they opened.
    open: Vec<(usize, usize, usize)>,
}

/// Walks the file's events once (saphyr's parser, streaming, no tree) and stops at the first
/// limit passed. The walk never goes deeper than `MAX_DEPTH`, so it stays linear itself.
pub(crate) fn check_structure(source: &SourceFile) -> Result<(), Diagnostic> {
    if within_limits_unparsed(&source.text) {
        return Ok(());
    }
    let mut parser = Parser::new_from_str(&source.text);
    let mut count = Count::default();
    loop {
        match parser.next_event() {
            None => return Ok(()),
            Some(Ok((Event::StreamEnd, _))) => return Ok(()),
            Some(Ok((event, span))) => {
                if let ControlFlow::Break(d) = count.event(event, &span, source) {
                    return Err(d);
                }
            }
            Some(Err(e)) => {
                // saphyr is stricter than libyaml: the file may still parse for serde_yaml,
                // which then reports its own error. Bound the nesting of the rest by its
                // brackets, so no file reaches libyaml deeper than the limit.
                let m = e.marker();
                let from = source.offset(m.line(), m.col() + 1);
                return match bracket_depth(&source.text[from..]) {
                    Some(i) => Err(too_deep(source, from + i)),
                    None => Ok(()),
                };
            }
        }
    }
}

/// Whether `text` is within every limit without parsing it, so the walk (a second full parse,
/// a fifth of `check`'s time on 10,000 ordinary files) runs only for a file that could pass
/// one:
/// - with no `&` followed by a name character there is no anchor (`&` then a space, as in
///   "Search & SSO", is text), so no alias (an alias to nothing is a parse error) and nothing
///   is expanded: the expanded text is the file, under the 1 MiB input limit;
/// - every value takes at least one byte of its own or of the separator after it, and an
///   implicit null key or value is at most one more (`{a,b}`, `?`), so a file shorter than
///   half `MAX_NODES` bytes has fewer than `MAX_NODES` values;
/// - its nesting is at most `nesting_bound`.
fn within_limits_unparsed(text: &str) -> bool {
    let bytes = text.as_bytes();
    let anchor = |at: usize| {
        !matches!(
            bytes.get(at + 1),
            Some(b' ' | b'\t' | b'\n' | b'\r' | b',' | b'[' | b']' | b'{' | b'}')
        )
    };
    bytes.len() < MAX_NODES / 2
        && !memchr::memchr_iter(b'&', bytes).any(anchor)
        && nesting_bound(bytes) < MAX_DEPTH
}

/// An upper bound on how deep `bytes` nests, from its bytes alone. Each flow level opens at a
/// `[` or `{`. Block levels still open at a line's first token start at distinct columns no
/// greater than that line's indentation (a less indented line closes the others), so there
/// are at most indentation + 1 of them; and within a line a new block level opens only after
/// a `-`, `?` or `:` indicator. Lines end at LF, CR or both, as YAML's do.
fn nesting_bound(bytes: &[u8]) -> usize {
    // Runs on every file: counted with searches and sums the compiler vectorises, not a
    // branch per byte.
    let flow = memchr::memchr2_iter(OPEN_SEQUENCE, OPEN_MAPPING, bytes).count();
    let mut worst = 0;
    let mut from = 0;
    for end in memchr::memchr2_iter(b'\n', b'\r', bytes).chain([bytes.len()]) {
        let line = &bytes[from..end];
        // A line's bound is at most its length + 1: only a line longer than the worst so far
        // can raise it, so most lines are not counted.
        if line.len() + 1 > worst {
            worst = worst.max(line_bound(line));
        }
        from = end + 1;
    }
    worst + flow
}

/// The bytes that open a flow sequence and a flow mapping (named, so that tools reading this
/// file for its structure do not take them for the code's own brackets).
const OPEN_SEQUENCE: u8 = 0x5b;
const OPEN_MAPPING: u8 = 0x7b;

/// How many block levels may be open within one line: its indentation + 1, plus one per
/// `-`, `?` or `:` indicator on it.
fn line_bound(line: &[u8]) -> usize {
    let leading = line.iter().take_while(|&&b| b == b' ').count();
    // Counted in bytes, 255 at a time, so the sum runs sixteen bytes a step.
    let indicators: usize = line
        .chunks(255)
        .map(|chunk| {
            let n = chunk.iter().fold(0u8, |n, &b| {
                n + u8::from(b == b'-') + u8::from(b == b'?') + u8::from(b == b':')
            });
            usize::from(n)
        })
        .sum();
    leading + 1 + indicators
}

impl Count {
    fn event(
        &mut self,
        event: Event<'_>,
        span: &YamlSpan,
        source: &SourceFile,
    ) -> ControlFlow<Diagnostic> {
        let at = || source.offset(span.start.line(), span.start.col() + 1);
        match event {
            Event::Scalar(value, _, anchor, _) => {
                self.add(1, value.len(), at, source)?;
                self.anchor(anchor, 1, value.len());
            }
            Event::SequenceStart(anchor, _) | Event::MappingStart(anchor, _) => {
                if self.open.len() >= MAX_DEPTH {
                    return ControlFlow::Break(too_deep(source, at()));
                }
                self.add(1, 0, at, source)?;
                self.open.push((anchor, self.nodes, self.bytes));
            }
            Event::SequenceEnd | Event::MappingEnd => {
                if let Some((anchor, nodes, bytes)) = self.open.pop() {
                    // The collection itself was counted before `nodes` was taken.
                    self.anchor(anchor, self.nodes - nodes + 1, self.bytes - bytes);
                }
            }
            Event::Alias(id) => {
                self.aliases += 1;
                if self.aliases > MAX_ALIASES {
                    return ControlFlow::Break(
                        Diagnostic::error(format!(
                            "more than {MAX_ALIASES} aliases (`*name`) in one file"
                        ))
                        .with_file(&source.display)
                        .with_span(source.span_at(at()), source.text.clone())
                        .with_help("write the values out; an incident file rarely needs aliases"),
                    );
                }
                let (nodes, bytes) = self.anchors.get(id).copied().unwrap_or((1, 0));
                self.add(nodes, bytes, at, source)?;
            }
            _ => {}
        }
        ControlFlow::Continue(())
    }

    fn anchor(&mut self, id: usize, nodes: usize, bytes: usize) {
        if id == 0 {
            return;
        }
        if self.anchors.len() <= id {
            self.anchors.resize(id + 1, (1, 0));
        }
        self.anchors[id] = (nodes, bytes);
    }

    fn add(
        &mut self,
        nodes: usize,
        bytes: usize,
        at: impl Fn() -> usize,
        source: &SourceFile,
    ) -> ControlFlow<Diagnostic> {
        self.nodes += nodes;
        self.bytes += bytes;
        let (message, help) = if self.nodes > MAX_NODES {
            (
                format!(
                    "more than {MAX_NODES} values in one file (aliases count as what they repeat)"
                ),
                "split the history: an incident file holds one incident; move long logs elsewhere and link to them",
            )
        } else if self.bytes > MAX_EXPANDED_BYTES {
            (
                format!(
                    "the file's text with its aliases expanded is over the {} KiB limit",
                    MAX_EXPANDED_BYTES / 1024
                ),
                "write the text once: an alias (`*name`) repeats all of what its anchor (`&name`) holds",
            )
        } else {
            return ControlFlow::Continue(());
        };
        ControlFlow::Break(
            Diagnostic::error(message)
                .with_file(&source.display)
                .with_span(source.span_at(at()), source.text.clone())
                .with_help(help),
        )
    }
}

fn too_deep(source: &SourceFile, at: usize) -> Diagnostic {
    Diagnostic::error(format!(
        "lists and mappings nested more than {MAX_DEPTH} deep"
    ))
    .with_file(&source.display)
    .with_span(source.span_at(at), source.text.clone())
    .with_label("too deep")
    .with_help(
        "an incident file nests a few levels; check for brackets that are opened and never closed",
    )
}

/// Where the brackets in `text` first open more than `MAX_DEPTH` deep, counted plainly (every
/// `[` and `{` opens, every `]` and `}` closes): a bound on flow nesting for text no parser
/// event describes.
fn bracket_depth(text: &str) -> Option<usize> {
    let mut depth = 0usize;
    for (i, b) in text.bytes().enumerate() {
        match b {
            b'[' | b'{' => {
                depth += 1;
                if depth > MAX_DEPTH {
                    return Some(i);
                }
            }
            b']' | b'}' => depth = depth.saturating_sub(1),
            _ => {}
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn source(text: &str) -> SourceFile {
        SourceFile::new("t.yaml".into(), "t.yaml".into(), text)
    }

    /// The deepest nesting saphyr's events reach in `text`.
    fn depth(text: &str) -> usize {
        let (mut open, mut worst) = (0usize, 0);
        let mut parser = Parser::new_from_str(text);
        while let Some(Ok((event, _))) = parser.next_event() {
            match event {
                Event::SequenceStart(..) | Event::MappingStart(..) => open += 1,
                Event::SequenceEnd | Event::MappingEnd => open -= 1,
                _ => {}
            }
            worst = worst.max(open);
        }
        worst
    }

    #[test]
    fn the_screen_never_passes_what_the_walk_would_refuse() {
        // Nesting of every kind: indented, compact on one line, after `?` and `:`, flow
        // inside block, and lines that end in lone CRs.
        let mut samples = vec![
            "a:\n b:\n  c:\n   d: e\n".to_string(),
            "- - - - - a\n".to_string(),
            "? - - a\n: - - b\n".to_string(),
            "a:\n  - [ {b: [c]} ]\n".to_string(),
            "a:\r b:\r  c:\r   d: e\r".to_string(),
        ];
        let mut deep = String::new();
        for level in 0..70 {
            deep.push_str(&format!("{}k{level}:\r", " ".repeat(level)));
        }
        samples.push(deep.clone());
        samples.push(deep.replace('\r', "\n"));
        samples.push(format!("a: {}\n", "- ".repeat(70)));
        for text in &samples {
            assert!(
                nesting_bound(text.as_bytes()) >= depth(text),
                "{text:?}: bound {} < depth {}",
                nesting_bound(text.as_bytes()),
                depth(text)
            );
        }
        assert!(!within_limits_unparsed(&deep));
        // Anchors send a file to the walk; an ampersand in prose does not.
        assert!(within_limits_unparsed("title: Search & SSO down\n"));
        assert!(!within_limits_unparsed("a: &x b\nc: *x\n"));
        assert!(!within_limits_unparsed("title: R&D\n"));
        assert!(!within_limits_unparsed(&"a, ".repeat(MAX_NODES / 4)));
    }

    #[test]
    fn nesting_is_bounded_where_it_passes_the_limit() {
        let text = format!("a: {}{}\n", "[".repeat(100), "]".repeat(100));
        let d = check_structure(&source(&text)).unwrap_err();
        assert!(d.message.contains("nested more than 64"), "{}", d.message);
        // The top-level mapping is the first level, so the 64th bracket passes the limit.
        assert_eq!(d.span().map(|s| (s.line, s.col)), Some((1, 3 + 64)));
        let ok = format!("a: {}{}\n", "[".repeat(20), "]".repeat(20));
        assert!(check_structure(&source(&ok)).is_ok());
    }

    #[test]
    fn aliases_count_as_what_they_repeat() {
        let body = "x".repeat(100_000);
        let mut text = format!("a: &b {body}\nl:\n");
        for _ in 0..30 {
            text.push_str("  - *b\n");
        }
        let d = check_structure(&source(&text)).unwrap_err();
        assert!(d.message.contains("aliases expanded"), "{}", d.message);
        // An anchored list repeats its nodes.
        let mut text = String::from("a: &l [");
        text.push_str(&"x, ".repeat(1000));
        text.push_str("]\nl:\n");
        for _ in 0..200 {
            text.push_str("  - *l\n");
        }
        let d = check_structure(&source(&text)).unwrap_err();
        assert!(d.message.contains("values in one file"), "{}", d.message);
    }

    #[test]
    fn not_text_is_refused_without_its_content() {
        let d = check_text(&source("SECRET=1\0PATH=/bin\0")).unwrap_err();
        assert!(
            d.message
                .contains("contains NUL bytes, the first at byte 8"),
            "{}",
            d.message
        );
        assert!(!crate::diagnostic::render_human(&d, false).contains("SECRET"));
        let d = check_text(&source("title: a\u{7}b\n")).unwrap_err();
        assert!(d.message.contains("U+0007"), "{}", d.message);
        assert!(check_text(&source("title: café\tß\r\n")).is_ok());
    }
}
