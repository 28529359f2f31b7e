//! `candor init` with no terminal to ask at and no flag for a fact only the user knows (the
//! site's title, its address, its contact, its components) writes that fact as a marked
//! placeholder: the scaffold is there to edit, and nothing builds until every one is
//! replaced, so no made-up name or address is ever published as the user's.

use crate::input::raw::RawConfig;
use crate::pointer::Pointer;
use crate::ptr;

use super::placeholders::MARKER;
use super::report::Report;

/// Whether `text` is one of init's placeholders (its other rules stand aside for it: a
/// placeholder address is not also "not an absolute URL").
pub(crate) fn is_placeholder(text: &str) -> bool {
    text.contains(MARKER)
}

/// What every placeholder error's message ends with.
const MESSAGE_END: &str = "is still `candor init`'s placeholder";

/// Whether `d` is a placeholder's error (which `init` expects when it wrote one).
pub(crate) fn is_placeholder_error(d: &crate::diagnostic::Diagnostic) -> bool {
    d.is_error() && d.message.ends_with(MESSAGE_END)
}

/// Refuses every config value that still holds a placeholder.
pub(super) fn config_placeholders(r: &mut Report, raw: &RawConfig) {
    let mut fields: Vec<(Pointer, &str, &str)> = vec![(
        ptr!["base_url"],
        "address the site is published at",
        &raw.base_url,
    )];
    let mut texts = vec![(ptr!["title"], "site title", &raw.title)];
    texts.extend(
        raw.description
            .iter()
            .map(|d| (ptr!["description"], "description", d)),
    );
    if let Some(c) = &raw.contact {
        texts.push((ptr!["contact", "name"], "contact", &c.name));
    }
    for (i, c) in raw.components.iter().enumerate() {
        texts.push((ptr!["components", i, "name"], "component name", &c.name));
    }
    for (at, what, text) in texts {
        fields.extend(text.each(&at).into_iter().map(|(at, s)| (at, what, s)));
    }
    for (at, what, text) in fields {
        if is_placeholder(text) {
            r.error(at, format!("the {what} {MESSAGE_END}")).help = Some(format!(
                "write your own {what} here, in place of the `{MARKER}` text; it would be \
                 published as it is"
            ));
        }
    }
}
