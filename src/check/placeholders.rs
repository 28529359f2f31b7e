//! Text written for a person to replace is never published as it is. `candor new` (and
//! `candor apologize`), given no text, write a placeholder that starts with [`MARKER`]; a
//! build would send it verbatim in pages, mail and SMS, so every field that holds one is an
//! error until someone writes the real words. The holding statement older versions of
//! `candor new` wrote ("…by the time shown below", which no SMS shows) counts too.

use crate::input::raw::RawIncident;
use crate::ptr;

use super::report::Report;

/// What marks placeholder text: recognisable in the file, greppable, and never in real text.
pub(crate) const MARKER: &str = "TODO(candor)";

/// The first update's text when `candor new` is given none.
pub(crate) const UPDATE_BODY: &str = "TODO(candor): write what customers are seeing, what you \
are doing about it, and when you will say more. Replace this paragraph before you build.";

/// A maintenance's first text when `candor new --kind maintenance` is given none.
pub(crate) const MAINTENANCE_BODY: &str = "TODO(candor): write what will not work during the \
window, and what keeps working. Replace this paragraph before you build.";

/// An apology's letter when `candor apologize` is given none.
pub(crate) const APOLOGY_BODY: &str = "TODO(candor): write the letter: what went wrong for \
customers, that it was our fault, what we are doing so it does not happen again. Replace this \
paragraph before you build.";

/// The error's message: `new` and `apologize` know this is the one error they may leave.
pub(crate) const MESSAGE: &str = "placeholder text was never replaced";

/// The holding statement `candor new` wrote before placeholders were marked.
const OLD_SCAFFOLD: &str = "We are investigating reports of a problem and will post our next \
update by the time shown below.";

fn is_placeholder(text: &str) -> bool {
    text.contains(MARKER) || text.trim() == OLD_SCAFFOLD
}

/// Refuses every body, letter or review that still holds a placeholder.
pub(super) fn placeholders(r: &mut Report, raw: &RawIncident) {
    let mut fields: Vec<(crate::pointer::Pointer, &str)> = raw
        .updates
        .iter()
        .enumerate()
        .flat_map(|(i, u)| u.body.each(&ptr!["updates", i, "body"]))
        .collect();
    if let Some(a) = &raw.apology {
        fields.extend(a.body.each(&ptr!["apology", "body"]));
    }
    if let Some(p) = &raw.postmortem {
        fields.extend(p.each(&ptr!["postmortem"]));
    }
    for (at, text) in fields {
        if is_placeholder(text) {
            r.error(at, MESSAGE).help = Some(format!(
                "write what customers should read here, in place of the `{MARKER}` text \
                 `candor` wrote for you; it would be published word for word"
            ));
        }
    }
}

/// Whether `d` is the placeholder error (which `new` and `apologize` expect when they wrote
/// one).
pub(crate) fn is_placeholder_error(d: &crate::diagnostic::Diagnostic) -> bool {
    d.is_error() && d.message == MESSAGE
}
