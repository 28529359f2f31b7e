//! Failures that are not about the site's content: usage, I/O, a folder candor will not
//! touch. They exit with 2; content problems are diagnostics and exit with 1.

use std::fmt;
use std::path::PathBuf;

#[derive(Debug)]
pub enum Error {
    Io {
        path: PathBuf,
        source: std::io::Error,
    },
    /// candor will not replace this output folder.
    Refused {
        path: PathBuf,
        reason: String,
    },
    Usage(String),
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::Io { path, source } => write!(
                f,
                "{}: {}",
                path.display(),
                crate::source::io_reason(source)
            ),
            Error::Refused { path, reason } => write!(
                f,
                "refusing to replace `{}`: {reason}\nhelp: choose another --out folder, or empty this one yourself",
                path.display()
            ),
            Error::Usage(m) => f.write_str(m),
        }
    }
}

impl std::error::Error for Error {}
