//! A source file as read from disk: the only place that reads inputs, so every limit (size,
//! encoding, the site folder: see `limits` and `confined`) and every I/O error is handled
//! once, with the path attached.

use std::fs;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use crate::diagnostic::{Diagnostic, Span};

pub(crate) mod brand;
pub(crate) mod confined;
pub(crate) mod limits;
pub(crate) mod paths;
pub mod raw;
pub mod text;
pub mod theme;
pub(crate) mod walk;

pub(crate) use confined::SiteFolder;
pub(crate) use limits::MAX_SOURCE_BYTES;
pub use paths::SitePaths;

/// A file's text with a line index, so byte offsets and line/column pairs convert both ways.
#[derive(Debug, Clone)]
pub struct SourceFile {
    /// Where it was read from.
    pub(crate) path: PathBuf,
    /// The path as shown to people: relative to the site root where possible.
    pub display: String,
    pub text: Arc<str>,
    line_starts: Arc<[usize]>,
}

impl SourceFile {
    pub fn new(path: PathBuf, display: String, text: impl Into<Arc<str>>) -> Self {
        let text: Arc<str> = text.into();
        let line_starts = std::iter::once(0)
            .chain(text.match_indices('\n').map(|(i, _)| i + 1))
            .collect();
        SourceFile {
            path,
            display,
            text,
            line_starts,
        }
    }

    /// Reads a file that lies in the folder `path` names it in, following no link out of
    /// that folder: for a file already found inside the site (read again to point at a line).
    /// Inputs are read with `read_in`, which knows the whole site folder.
    pub(crate) fn read(path: &Path, display: String) -> Result<SourceFile, Diagnostic> {
        let folder = path.parent().unwrap_or(Path::new("."));
        SourceFile::read_in(&SiteFolder::new(folder), path, display)
    }

    /// Reads an input file inside `site`, refusing one that is too large, not UTF-8, not a
    /// regular file, or reached through a link out of the site. The error is a diagnostic
    /// naming the path, because a bad input file is the user's to fix (exit 1), not an I/O
    /// fault.
    pub(crate) fn read_in(
        site: &SiteFolder,
        path: &Path,
        display: String,
    ) -> Result<SourceFile, Diagnostic> {
        let bytes = site
            .read(path, &display, MAX_SOURCE_BYTES)
            .map_err(|e| match e {
                confined::ReadError::Refused(d) => d,
                confined::ReadError::TooLarge { len } => {
                    let size = match len {
                        Some(len) => format!("is {} KiB, over", len.div_ceil(1024)),
                        None => "is over".to_string(),
                    };
                    Diagnostic::error(format!(
                        "`{display}` {size} the {} KiB limit for an input file",
                        MAX_SOURCE_BYTES / 1024
                    ))
                    .with_file(&display)
                    .with_help(
                        "an incident file is a few KiB; move long logs or attachments elsewhere and link to them",
                    )
                }
            })?;
        let text = String::from_utf8(bytes).map_err(|e| {
            // Say where, but never show the line: a file that is not text may be anything
            // (a binary, a link to `/proc/self/environ`), and diagnostics reach logs and the
            // preview. Everything before the bad byte is valid, so its line is countable.
            let at = e.utf8_error().valid_up_to();
            let before = String::from_utf8_lossy(&e.as_bytes()[..at]);
            let line = before.matches('\n').count() + 1;
            let col = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
            Diagnostic::error(format!(
                "`{display}` is not a YAML text file (invalid UTF-8 at byte {at})"
            ))
            .with_file(&display)
            .with_position(Span {
                line,
                col,
                range: at..at,
            })
            .with_help("save the file as UTF-8; most editors offer it under Save As or Encoding")
        })?;
        // A UTF-8 byte-order mark is harmless but confuses column numbers; drop it.
        let text = match text.strip_prefix('\u{feff}') {
            Some(rest) => rest.to_owned(),
            None => text,
        };
        Ok(SourceFile::new(path.to_path_buf(), display, text))
    }

    /// 1-based line and 1-based column (in characters) of a byte offset. An offset past the
    /// last character (parsers report "end of file" there, often after the final newline)
    /// is pulled back to the end of the last line that has text, so a report never names a
    /// line the file does not have.
    pub fn line_col(&self, byte: usize) -> (usize, usize) {
        let byte = self.clamp(byte);
        let line = self.line_starts.partition_point(|&s| s <= byte) - 1;
        let start = self.line_starts[line];
        let col = self.text[start..byte].chars().count() + 1;
        (line + 1, col)
    }

    /// `byte`, moved back to the end of the file's text when it lies in trailing whitespace.
    fn clamp(&self, byte: usize) -> usize {
        byte.min(self.text.trim_end().len())
    }

    /// Where a diagnostic at `byte` points: line, column and the token to underline.
    pub(crate) fn span_at(&self, byte: usize) -> Span {
        let byte = self.clamp(byte);
        let (line, col) = self.line_col(byte);
        Span {
            line,
            col,
            range: self.token_at(byte),
        }
    }

    /// The text of a 1-based line, without its line break.
    pub fn line(&self, line: usize) -> &str {
        let Some(&start) = self.line_starts.get(line.wrapping_sub(1)) else {
            return "";
        };
        let end = self
            .line_starts
            .get(line)
            .copied()
            .unwrap_or(self.text.len());
        self.text[start..end].trim_end_matches(['\n', '\r'])
    }

    /// How many lines the file has.
    pub fn line_count(&self) -> usize {
        self.line_starts.len()
    }

    /// Byte offset of a 1-based line and 1-based character column, clamped to the line.
    pub(crate) fn offset(&self, line: usize, col: usize) -> usize {
        let line = line.clamp(1, self.line_starts.len()) - 1;
        let start = self.line_starts[line];
        let end = self
            .line_starts
            .get(line + 1)
            .copied()
            .unwrap_or(self.text.len());
        let text = &self.text[start..end];
        let within = text
            .char_indices()
            .nth(col.saturating_sub(1))
            .map(|(i, _)| i)
            .unwrap_or(text.trim_end_matches(['\n', '\r']).len());
        start + within
    }

    /// The byte range of the token that starts at `byte`: up to the end of the line, trimmed,
    /// and cut at a flow separator, so a caret underlines `chekout` and not the rest of `[a, b]`.
    pub(crate) fn token_at(&self, byte: usize) -> std::ops::Range<usize> {
        let byte = byte.min(self.text.len());
        // A token is looked for in the next 1 KiB only: a caret needs no more, and a search
        // to the end of a megabyte-long line for each of thousands of diagnostics was slow.
        let mut window = (byte + 1024).min(self.text.len());
        while !self.text.is_char_boundary(window) {
            window -= 1;
        }
        let rest = &self.text[byte..window];
        let line_end = rest.find(['\n', '\r']).unwrap_or(rest.len());
        let line = &rest[..line_end];
        let len = if line.starts_with(['{', '[']) {
            // A flow mapping or list: the whole of it, when it closes on this line.
            closing_bracket(line).map_or(1, |i| i + 1)
        } else if line.starts_with(['"', '\'']) {
            let q = line.as_bytes()[0] as char;
            line[1..].find(q).map(|i| i + 2).unwrap_or(line.len())
        } else {
            // A key ends at its `:`; `:` inside a time or a link (`09:12`, `https:`) does not
            // end a token because no space follows it.
            let key_end = line
                .find(": ")
                .or_else(|| line.strip_suffix(':').map(str::len))
                .unwrap_or(line.len());
            line.find([',', ']', '}', '#'])
                .unwrap_or(line.len())
                .min(key_end)
        };
        // YAML's blanks only: U+00A0 and its kind are text to YAML (a key may be one).
        let token = line[..len].trim_end_matches([' ', '\t']);
        // At least the first character, whole (a fuzzed key of one NBSP was cut in half).
        let first = line.chars().next().map_or(0, char::len_utf8);
        byte..byte + token.len().max(first)
    }
}

/// The byte index of the bracket that closes the one `line` starts with, skipping quoted text.
fn closing_bracket(line: &str) -> Option<usize> {
    let mut depth = 0usize;
    let mut quote = None;
    for (i, c) in line.char_indices() {
        match (quote, c) {
            (Some(q), c) if c == q => quote = None,
            (Some(_), _) => {}
            (None, '"' | '\'') => quote = Some(c),
            (None, '{' | '[') => depth += 1,
            (None, '}' | ']') => {
                depth -= 1;
                if depth == 0 {
                    return Some(i);
                }
            }
            _ => {}
        }
    }
    None
}

/// The error for a symbolic link that points at nothing, when `path` is one: "no such file"
/// would send people looking for a file they can see in the folder.
pub(crate) fn dangling_link(path: &Path, display: &str) -> Option<Diagnostic> {
    let meta = fs::symlink_metadata(path).ok()?;
    if !meta.file_type().is_symlink() || fs::metadata(path).is_ok() {
        return None;
    }
    let target = fs::read_link(path).ok()?;
    Some(
        Diagnostic::error(format!(
            "`{display}` is a symbolic link to `{}`, which does not exist",
            confined::shown(&target)
        ))
        .with_file(display)
        .with_help("fix the link or delete it"),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn source(text: &str) -> SourceFile {
        SourceFile::new("t.yaml".into(), "t.yaml".into(), text)
    }

    #[test]
    fn end_of_file_is_the_end_of_the_last_line_not_a_line_after_it() {
        // Parsers report "end of stream" after the final newline; that line does not exist.
        let s = source("title: x\nbody: \"open\n\n");
        assert_eq!(s.line_col(s.text.len()), (2, 12));
        assert_eq!(s.span_at(s.text.len()).line, 2);
    }

    #[test]
    fn tokens_stop_at_a_key_colon_and_span_flow_collections() {
        let s = source("apology:\n  - { at: 1, status: x }\nat: 09:12\n");
        let token = |byte: usize| &s.text[s.token_at(byte)];
        assert_eq!(token(0), "apology");
        assert_eq!(token(s.offset(2, 5)), "{ at: 1, status: x }");
        assert_eq!(token(s.offset(3, 5)), "09:12");
        assert_eq!(s.line(2), "  - { at: 1, status: x }");
        assert_eq!(s.line(9), "");
    }

    #[test]
    fn unreadable_inputs_name_the_path_and_the_place() {
        let dir = tempfile::tempdir().unwrap();
        let latin1 = dir.path().join("latin1.yaml");
        fs::write(&latin1, b"title: ok\nbody: caf\xe9\n").unwrap();
        let d = SourceFile::read(&latin1, "latin1.yaml".into()).unwrap_err();
        assert_eq!(
            d.message,
            "`latin1.yaml` is not a YAML text file (invalid UTF-8 at byte 19)"
        );
        let span = d.span().expect("points at the byte");
        assert_eq!((span.line, span.col), (2, 10));
        // The place is given, never the line: such a file may hold anything.
        assert!(!crate::diagnostic::render_human(&d, false).contains("caf"));

        #[cfg(unix)]
        {
            let link = dir.path().join("x.yaml");
            std::os::unix::fs::symlink("nowhere.yaml", &link).unwrap();
            let d = SourceFile::read(&link, "x.yaml".into()).unwrap_err();
            assert_eq!(
                d.message,
                "`x.yaml` is a symbolic link to `nowhere.yaml`, which does not exist"
            );
        }
    }
}
