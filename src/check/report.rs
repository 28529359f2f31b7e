//! The collector every rule reports into, one per file, with the shapes of message the rules
//! share: a misspelt word, an empty or missing field, a time that does not parse.

use jiff::Timestamp;

use crate::diagnostic::{Diagnostic, suggest};
use crate::model::{Vocabulary, WarningCode};
use crate::pointer::Pointer;
use crate::time::{TimeError, parse_timestamp};
use crate::yaml::locate::Locator;

/// A warning with its code and its fix: the one way a rule makes one.
pub(super) fn warning(
    code: WarningCode,
    message: impl Into<String>,
    help: impl Into<String>,
) -> Diagnostic {
    Diagnostic::warning(message)
        .with_code(code.as_str())
        .with_help(help)
}

/// Collects diagnostics about one file.
pub(super) struct Report {
    pub(super) diags: Vec<Diagnostic>,
    /// The file's locator, built on the first missing field: one per missing field made a
    /// file with thousands of them quadratic.
    locator: std::cell::OnceCell<Locator>,
    /// Values already reported as cut short by YAML (`yaml_text`): an empty one is not
    /// reported again as empty.
    pub(super) cut: Vec<Pointer>,
    /// The site's zone, for the fix of a time written without its offset or date.
    pub(super) zone: Option<super::times::Zone>,
}

impl Report {
    pub(super) fn new() -> Self {
        Report {
            diags: Vec::new(),
            locator: std::cell::OnceCell::new(),
            cut: Vec::new(),
            zone: None,
        }
    }

    pub(super) fn error(&mut self, at: Pointer, message: impl Into<String>) -> &mut Diagnostic {
        self.diags.push(Diagnostic::error(message).at(at));
        self.diags.last_mut().expect("just pushed")
    }

    /// A warning, always with its fix: a warning is something to act on, and `--fail-on` can
    /// make it page someone at 3 a.m., who needs to know what to do.
    pub(super) fn warning(
        &mut self,
        at: Pointer,
        code: WarningCode,
        message: impl Into<String>,
        help: impl Into<String>,
    ) {
        self.diags.push(warning(code, message, help).at(at));
    }

    /// An error at a place of the file found from its text rather than its structure (the
    /// `#` that cut a value): 1-based line and character column.
    pub(super) fn error_in(
        &mut self,
        source: &crate::input::SourceFile,
        (line, col): (usize, usize),
        message: impl Into<String>,
    ) -> &mut Diagnostic {
        let span = source.span_at(source.offset(line, col));
        self.diags
            .push(Diagnostic::error(message).with_span(span, source.text.clone()));
        self.diags.last_mut().expect("just pushed")
    }

    /// An error about the file as a whole (its name), with no line to point at.
    pub(super) fn file_error(&mut self, message: impl Into<String>) -> &mut Diagnostic {
        self.diags.push(Diagnostic::error(message));
        self.diags.last_mut().expect("just pushed")
    }

    /// A required field that is absent (pointed at the mapping that lacks it) or present with
    /// nothing after the `:` (pointed at the key).
    pub(super) fn missing(&mut self, source: &str, at: Pointer, what: &str) -> &mut Diagnostic {
        let field = match at.segs.last() {
            Some(crate::pointer::Seg::Key(k)) => k.clone(),
            _ => String::new(),
        };
        let located = self
            .locator
            .get_or_init(|| Locator::new(source))
            .contains(&at);
        let (at, message, label) = if located {
            let label = format!("no value after `{field}:`");
            (at.into_key(), format!("`{field}` is empty"), label)
        } else {
            let mut parent = at;
            parent.segs.pop();
            let message = format!("missing field `{field}` in {what}");
            (parent, message, format!("{what} has no `{field}`"))
        };
        let d = self.error(at, message);
        d.set_label(label);
        d
    }

    pub(super) fn has_errors(&self) -> bool {
        self.diags.iter().any(Diagnostic::is_error)
    }

    pub(super) fn time(&mut self, at: Pointer, s: &str) -> Option<Timestamp> {
        self.time_near(at, s, None)
    }

    /// A time about the moment `near` (a promise, about its update): a time of day or a
    /// duration written instead is fixed on that moment's date.
    pub(super) fn time_near(
        &mut self,
        at: Pointer,
        s: &str,
        near: super::times::Near,
    ) -> Option<Timestamp> {
        parse_timestamp(s)
            .map_err(|e| {
                let TimeError { message, help } =
                    super::times::better(e, s, self.zone.as_ref(), near);
                self.error(at, message).help = Some(help);
            })
            .ok()
    }

    /// A duration as people write it: `5m`, `30m`, `1h`, `1h 30m`, `90s`.
    pub(super) fn duration(&mut self, at: Pointer, s: &str) -> Option<jiff::SignedDuration> {
        crate::time::parse_duration(s)
            .map_err(|TimeError { message, help }| self.error(at, message).help = Some(help))
            .ok()
    }

    /// A word from a fixed vocabulary, with a suggestion when it is misspelt.
    pub(super) fn word<V: Vocabulary>(
        &mut self,
        at: Pointer,
        what: &str,
        s: &str,
        allowed: &[V],
    ) -> Option<V> {
        match V::parse(s.trim()).filter(|v| allowed.contains(v)) {
            Some(v) => Some(v),
            None => {
                let names: Vec<&str> = allowed.iter().map(|v| v.as_str()).collect();
                let help = suggest(s, &names);
                let known_elsewhere = V::parse(s.trim()).is_some();
                let message = if known_elsewhere {
                    format!("{what} `{s}` is not allowed here")
                } else {
                    format!("unknown {what} `{s}`")
                };
                self.error(at, message).help = help;
                None
            }
        }
    }

    /// Text customers read: not empty, and not YAML's word for "nothing" (`title: ~` is read
    /// as the text "~" where text is required, and published as that).
    pub(super) fn nonempty(&mut self, at: Pointer, what: &str, s: &str) {
        let v = s.trim();
        if v.is_empty() && !self.cut.contains(&at) {
            self.error(at, format!("{what} is empty")).help =
                Some(format!("write the {what}; customers read it"));
        } else if ["~", "null", "Null", "NULL"].contains(&v) {
            self.error(at, format!("{what} is `{v}`, YAML's word for no value"))
                .help = Some(format!(
                "write the {what}; customers read it, and would read `{v}`"
            ));
        }
    }
}
