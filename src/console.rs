//! The only code that writes to the terminal: diagnostics in the chosen format and colour,
//! the one-line reports of commands, and the running lines of `watch` and `serve`. The
//! stages below return what they have to say; this module says it.

use std::io::Write;

use crate::diagnostic::{self, Diagnostic, MessageFormat};

/// How to speak to the person at the terminal, decided once from the command line.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Console {
    pub(crate) format: MessageFormat,
    pub(crate) color: bool,
}

impl Console {
    /// Whether the full, human form was asked for (the short form is for editors and CI,
    /// which want diagnostics and nothing else).
    pub(crate) fn human(&self) -> bool {
        self.format == MessageFormat::Human
    }

    /// Diagnostics, then the closing count (human form only), on stderr.
    pub(crate) fn report(&self, diags: &[Diagnostic]) {
        let mut err = std::io::stderr().lock();
        let _ = err.write_all(diagnostic::render(diags, self.format, self.color).as_bytes());
        if self.human()
            && let Some(s) = diagnostic::summary(diags)
        {
            let _ = writeln!(err, "{s}");
        }
    }

    /// One line for the person on stderr: progress, a warning, a note.
    pub(crate) fn say(&self, line: impl std::fmt::Display) {
        let _ = writeln!(std::io::stderr().lock(), "{line}");
    }

    /// `say`, only in the human form (a closing "built 12 files" would be noise to a tool).
    pub(crate) fn tell(&self, line: impl std::fmt::Display) {
        if self.human() {
            self.say(line);
        }
    }

    /// What the command produced, on stdout (a path, the text of an announcement), ending
    /// with one line break.
    pub(crate) fn print(&self, text: &str) {
        let mut out = std::io::stdout().lock();
        let _ = out.write_all(text.as_bytes());
        if !text.ends_with('\n') {
            let _ = out.write_all(b"\n");
        }
    }
}
