//! A source file as read from disk: the only place that reads inputs, so every limit (size,
//! encoding) and every I/O error is handled once, with the path attached.

use std::fs;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use crate::diagnostic::Diagnostic;

/// Input files larger than this are refused: an incident file is a few KiB, and a huge one is
/// almost always a mistake (a log pasted in, a binary saved under the wrong name).
pub const MAX_SOURCE_BYTES: u64 = 1024 * 1024;

/// A file's text with a line index, so byte offsets and line/column pairs convert both ways.
#[derive(Debug, Clone)]
pub struct SourceFile {
    /// Where it was read from.
    pub path: PathBuf,
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

    /// Reads a file, refusing ones that are too large or not UTF-8. The error is a diagnostic
    /// naming the path, because a bad input file is the user's to fix (exit 1), not an I/O fault.
    pub fn read(path: &Path, display: String) -> Result<SourceFile, Diagnostic> {
        let fail = |message: String, help: Option<&str>| {
            let d = Diagnostic::error(message).with_file(&display);
            match help {
                Some(h) => d.with_help(h),
                None => d,
            }
        };
        let file = fs::File::open(path)
            .map_err(|e| fail(format!("cannot read `{display}`: {}", io_reason(&e)), None))?;
        let meta = file
            .metadata()
            .map_err(|e| fail(format!("cannot read `{display}`: {}", io_reason(&e)), None))?;
        if meta.is_dir() {
            return Err(fail(format!("`{display}` is a folder, not a file"), None));
        }
        if meta.len() > MAX_SOURCE_BYTES {
            return Err(fail(
                format!(
                    "`{display}` is {} bytes, over the 1 MiB limit for an input file",
                    meta.len()
                ),
                Some(
                    "an incident file is a few KiB; move long logs or attachments elsewhere and link to them",
                ),
            ));
        }
        let mut bytes = Vec::with_capacity(meta.len() as usize);
        // Read one byte past the limit so a file that grew after `metadata` is still caught.
        file.take(MAX_SOURCE_BYTES + 1)
            .read_to_end(&mut bytes)
            .map_err(|e| fail(format!("cannot read `{display}`: {}", io_reason(&e)), None))?;
        if bytes.len() as u64 > MAX_SOURCE_BYTES {
            return Err(fail(
                format!("`{display}` is over the 1 MiB limit for an input file"),
                None,
            ));
        }
        let text = String::from_utf8(bytes).map_err(|e| {
            let at = e.utf8_error().valid_up_to();
            let line = e.as_bytes()[..at].iter().filter(|&&b| b == b'\n').count() + 1;
            fail(
                format!("`{display}` is not UTF-8 text (invalid byte on line {line})"),
                Some("save the file as UTF-8 in your editor"),
            )
        })?;
        // A UTF-8 byte-order mark is harmless but confuses column numbers; drop it.
        let text = match text.strip_prefix('\u{feff}') {
            Some(rest) => rest.to_owned(),
            None => text,
        };
        Ok(SourceFile::new(path.to_path_buf(), display, text))
    }

    /// 1-based line and 1-based column (in characters) of a byte offset.
    pub fn line_col(&self, byte: usize) -> (usize, usize) {
        let byte = byte.min(self.text.len());
        let line = self.line_starts.partition_point(|&s| s <= byte) - 1;
        let start = self.line_starts[line];
        let col = self.text[start..byte].chars().count() + 1;
        (line + 1, col)
    }

    /// Byte offset of a 1-based line and 1-based character column, clamped to the line.
    pub fn offset(&self, line: usize, col: usize) -> usize {
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
    pub fn token_at(&self, byte: usize) -> std::ops::Range<usize> {
        let byte = byte.min(self.text.len());
        let rest = &self.text[byte..];
        let line_end = rest.find(['\n', '\r']).unwrap_or(rest.len());
        let line = &rest[..line_end];
        let len = if line.starts_with(['"', '\'']) {
            let q = line.as_bytes()[0] as char;
            line[1..].find(q).map(|i| i + 2).unwrap_or(line.len())
        } else {
            line.find([',', ']', '}', '#'])
                .unwrap_or(line.len())
                .min(line.find(": ").unwrap_or(line.len()))
        };
        let token = line[..len].trim_end();
        byte..byte + token.len().max(usize::from(!line.is_empty()))
    }
}

/// An I/O error's reason without Rust's "(os error N)" suffix noise, for messages that already
/// name the path.
pub fn io_reason(e: &std::io::Error) -> String {
    use std::io::ErrorKind::*;
    match e.kind() {
        NotFound => "no such file or folder".into(),
        PermissionDenied => "permission denied".into(),
        IsADirectory => "it is a folder".into(),
        _ => {
            let s = e.to_string();
            match s.find(" (os error") {
                Some(i) => s[..i].to_owned(),
                None => s,
            }
        }
    }
}
