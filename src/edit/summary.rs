//! What an edit tells the person who made it, once the file is written: what customers will
//! see, when the next update is promised (with its day, unless today), what is still to do
//! and what `check` warns about the incident. Words only; `commands/` prints them.

use jiff::Timestamp;

use crate::check::{check_file, placeholders};
use crate::diagnostic::Diagnostic;
use crate::input::SourceFile;
use crate::model::{ComponentState, Config, Status, Vocabulary};
use crate::time::{Clock, human_duration};

use super::check::parse_written;

/// What was saved, in the summary's terms.
pub(crate) struct Saved<'a> {
    /// "Update 3 (Monitoring)", "Incident `x` (Investigating)".
    pub(crate) what: String,
    /// The file, as shown to people.
    pub(crate) file: &'a str,
    pub(crate) status: Status,
    /// The components' states once this edit is published.
    pub(crate) states: &'a [(String, ComponentState)],
    pub(crate) next: Option<Timestamp>,
    /// A maintenance's window.
    pub(crate) window: Option<(Timestamp, Timestamp)>,
    /// Whether the text written is `candor`'s placeholder, still to be replaced.
    pub(crate) placeholder: bool,
}

/// The summary's lines, ending with the next step.
pub(crate) fn summary(saved: &Saved, config: &Config, now: Timestamp) -> Vec<String> {
    let mut lines = vec![format!("{} saved to {}.", saved.what, saved.file)];
    let states: Vec<String> = saved
        .states
        .iter()
        .map(|(id, s)| {
            let name = config
                .component(id)
                .map_or(id.as_str(), |c| c.name.as_str());
            format!("{name}: {}", s.label())
        })
        .collect();
    lines.push(match states.is_empty() {
        true => format!("Customers will see: {}.", saved.status.label()),
        false => format!(
            "Customers will see: {}; {}.",
            saved.status.label(),
            states.join(", ")
        ),
    });
    let clock = config.staff_clock();
    if let Some((from, until)) = saved.window {
        lines.push(format!(
            "The window: from {} to {}.",
            clock.when(from, now),
            clock.when(until, now)
        ));
    }
    lines.push(match (saved.status.is_final(), saved.next) {
        (true, _) => format!(
            "It is {}: no further update is promised.",
            saved.status.as_str()
        ),
        (false, Some(t)) => format!("Next update promised by {}.", promise_words(&clock, t, now)),
        (false, None) if saved.status == Status::Scheduled => {
            "No next update is promised (none is needed while it is scheduled).".into()
        }
        (false, None) => "No next update is promised: pages say no time has been given.".into(),
    });
    if saved.placeholder {
        lines.push(format!(
            "Not ready to publish: the text is a placeholder ({}); write the real words in {} \
             (`candor check` refuses it until then).",
            crate::check::placeholders::MARKER,
            saved.file
        ));
        lines.push("Then push, or run `candor build`, to publish it.".into());
    } else {
        lines.push("Not yet public: push, or run `candor build`.".into());
    }
    lines
}

/// "05:20 GMT today (in 30 min)", "09:00 GMT tomorrow, Wed 2 Dec (in 18 h 20 min)", "14:30
/// GMT on Mon 7 Dec (in 6 days 2 h)": the day is named whenever it is not today.
fn promise_words(clock: &Clock, t: Timestamp, now: Timestamp) -> String {
    let when = match t.duration_since(now).as_secs() {
        s if s > 0 => format!("in {}", human_duration(s)),
        _ => "already passed".into(),
    };
    format!("{} ({when})", clock.when(t, now))
}

/// What `candor check` warns about the file's new text, as of `now`. Errors stopped the edit
/// before it was written, except a placeholder, which the summary states: the warnings are
/// those the file will have once it is replaced (a placeholder error would hide the ones that
/// depend on "now", such as `promise-too-far`).
pub(crate) fn warnings(source: SourceFile, config: &Config, now: Timestamp) -> Vec<Diagnostic> {
    let Ok(mut parsed) = parse_written(source) else {
        return Vec::new();
    };
    for u in &mut parsed.raw.updates {
        if u.body.texts().any(|b| b.contains(placeholders::MARKER)) {
            u.body = "To be written.".into();
        }
    }
    let mut diags = check_file(&parsed, Some(config), now).diagnostics;
    diags.retain(|d| !d.is_error());
    diags
}
