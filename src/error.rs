//! Failures of a command: usage, I/O, a folder candor will not touch (exit 2), and, for the
//! commands that write input files (`new`, `update`, `init`), the problems with what they
//! were asked to write (exit 1, reported like `check`'s).

use std::fmt;
use std::path::{Path, PathBuf};

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
    /// What a command was asked to write breaks the site's rules: nothing was written. The
    /// diagnostics are reported as `check` reports them, and the exit code is 1.
    Input(Vec<crate::diagnostic::Diagnostic>),
}

impl Error {
    /// One problem with what a command was asked to write.
    pub(crate) fn input(d: crate::diagnostic::Diagnostic) -> Error {
        Error::Input(vec![d])
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::Io { path, source } => {
                write!(f, "{}: {}", path.display(), crate::error::io_reason(source))
            }
            Error::Refused { path, reason } => write!(
                f,
                "refusing to replace `{}`: {reason}\nhelp: choose another --out folder, or empty this one yourself",
                path.display()
            ),
            Error::Usage(m) => f.write_str(m),
            Error::Input(diags) => {
                let shown: Vec<String> =
                    diags.iter().map(crate::diagnostic::render_short).collect();
                f.write_str(&shown.join("\n"))
            }
        }
    }
}

impl std::error::Error for Error {}

/// Names `path` in an I/O error: `.map_err(io(&path))`.
pub(crate) fn io(path: &Path) -> impl FnOnce(std::io::Error) -> Error + '_ {
    move |source| Error::Io {
        path: path.to_path_buf(),
        source,
    }
}

/// An I/O error's reason without Rust's "(os error N)" suffix noise, for messages that already
/// name the path.
pub(crate) fn io_reason(e: &std::io::Error) -> String {
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
