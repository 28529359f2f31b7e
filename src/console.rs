//! The only code that writes to the terminal: diagnostics in the chosen format and colour,
//! the one-line reports of commands, and the running lines of `watch` and `serve`. The
//! stages below return what they have to say; this module says it.
//!
//! Where each goes: the forms a person reads (`human`, `short`) and every line for the person
//! go to stderr; the forms a program reads (`json`, `github`) go to stdout, which then holds
//! nothing else: in `json`, what a command prints (the path `new` wrote, the text of
//! `announce`) comes as an object of its own.

use std::io::Write;
use std::path::PathBuf;

use crate::diagnostic::{self, Diagnostic, MessageFormat};
use crate::input::SitePaths;

/// How to speak to the person at the terminal, decided once from the command line.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Console {
    pub(crate) format: MessageFormat,
    pub(crate) color: bool,
    /// The site, and the folder candor runs in, that paths in reports are shown from; none
    /// when the current folder cannot be read (paths are then shown from the site root).
    /// Made once per command and kept for the whole run, so a `Console` stays `Copy` for the
    /// closures of `watch`, `serve` and `notify` that speak through it.
    places: Option<&'static (SitePaths, PathBuf)>,
}

impl Console {
    pub(crate) fn new(format: MessageFormat, color: bool, site: &SitePaths) -> Console {
        let places = std::env::current_dir()
            .ok()
            .map(|cwd| &*Box::leak(Box::new((site.clone(), cwd))));
        Console {
            format,
            color,
            places,
        }
    }

    /// The same console for another site (`init` reports on the site it creates).
    pub(crate) fn for_site(&self, site: &SitePaths) -> Console {
        Console::new(self.format, self.color, site)
    }

    /// Whether the full, human form was asked for (the other forms are for editors and CI,
    /// which want diagnostics and nothing else).
    pub(crate) fn human(&self) -> bool {
        self.format == MessageFormat::Human
    }

    /// Diagnostics, then the closing count: on stderr in the human form; on stdout as the
    /// last object in `json`; on stderr after `github`'s commands; none in `short`.
    pub(crate) fn report(&self, diags: &[Diagnostic]) {
        let diags = self.named_from_here(diags);
        let text = diagnostic::render(&diags, self.format, self.color);
        let closing = match self.format {
            MessageFormat::Short => None,
            f => diagnostic::closing(&diags, f),
        };
        if self.format.to_stdout() {
            let mut out = std::io::stdout().lock();
            let _ = out.write_all(text.as_bytes());
            if let Some(s) = closing
                .as_ref()
                .filter(|_| self.format == MessageFormat::Json)
            {
                let _ = writeln!(out, "{s}");
            }
            let _ = out.flush();
        } else {
            let _ = std::io::stderr().lock().write_all(text.as_bytes());
        }
        if let Some(s) = closing.filter(|_| self.format != MessageFormat::Json) {
            self.say(s);
        }
    }

    /// A file as the stages name it (from the site root), named from the current folder.
    pub(crate) fn file(&self, shown: &str) -> String {
        match self.places {
            Some((site, cwd)) => site.shown_from(shown, cwd),
            None => shown.to_string(),
        }
    }

    /// A path as given on the command line or joined to `--root` (from the current folder,
    /// or absolute), named from the current folder.
    pub(crate) fn path(&self, path: &std::path::Path) -> String {
        match self.places {
            Some((_, cwd)) => crate::input::paths::named_from(path, cwd),
            None => path.to_string_lossy().replace('\\', "/"),
        }
    }

    /// The diagnostics with their files named from the current folder, not the site root.
    fn named_from_here(&self, diags: &[Diagnostic]) -> Vec<Diagnostic> {
        let mut diags = diags.to_vec();
        // Runs of one file are the rule (diagnostics come sorted by file).
        let mut last: Option<(String, String)> = None;
        for d in &mut diags {
            let Some(file) = d.file.take() else { continue };
            let shown = match &last {
                Some((from, to)) if *from == file => to.clone(),
                _ => self.file(&file),
            };
            last = Some((file, shown.clone()));
            d.file = Some(shown);
        }
        diags
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
    /// with one line break; in `json`, as `{"reason":"output","text":…}`, so stdout stays
    /// JSON lines.
    pub(crate) fn print(&self, text: &str) {
        let mut out = std::io::stdout().lock();
        if self.format == MessageFormat::Json {
            let _ = writeln!(out, "{}", diagnostic::output_json(text));
            return;
        }
        let _ = out.write_all(text.as_bytes());
        if !text.ends_with('\n') {
            let _ = out.write_all(b"\n");
        }
    }
}
