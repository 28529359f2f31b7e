//! What the steps of an incident's check share: the file, the config, the report, and the
//! components the incident lists (the header's step finds them, the updates' steps use them).

use crate::diagnostic::{did_you_mean, suggest};
use crate::input::raw::RawIncident;
use crate::model::Config;
use crate::pointer::Pointer;
use crate::yaml::load::Parsed;

use super::report::Report;

/// What the steps of `check_incident` share: the file, the config, the report they write
/// into, and the component ids the config knows.
pub(super) struct Cx<'a> {
    pub(super) p: &'a Parsed<RawIncident>,
    pub(super) raw: &'a RawIncident,
    pub(super) cfg: Option<&'a Config>,
    pub(super) r: Report,
    /// The component ids of `candor.yaml` (none without a config).
    pub(super) known: Vec<&'a str>,
    /// The texts in each of the site's languages.
    pub(super) tr: super::translations::Translations,
}

/// The components an incident lists: those known to the site, each once, and those it
/// misspelt (updates naming what they were meant to be are not reported again).
pub(super) struct Listed<'a> {
    pub(super) ids: Vec<String>,
    pub(super) meant: Vec<&'a str>,
}

/// Reports an unknown component id; returns the id it was probably meant to be.
pub(super) fn unknown_component<'a>(
    r: &mut Report,
    at: Pointer,
    id: &str,
    known: &[&'a str],
) -> Option<&'a str> {
    let help = suggest(id, known)
        .unwrap_or_else(|| "use the id of a component listed in candor.yaml".into());
    r.error(at, format!("unknown component `{id}`")).help = Some(help);
    did_you_mean(id, known.iter().copied())
}
