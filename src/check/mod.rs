//! The rules: turns the raw files into the checked model, reporting every broken rule with
//! its place and a fix. A file with errors yields no incident, but all its errors are listed.
//! One file per concept: the config, an incident (in steps), people, ids, text, links; the
//! warnings that depend on "now" are in `as_of_now`.

use std::path::PathBuf;
use std::sync::Arc;

use jiff::Timestamp;

use crate::diagnostic::Diagnostic;
use crate::input::raw::RawIncident;
use crate::model::*;
use crate::yaml::load::Parsed;
use crate::yaml::parse::resolve;

mod apology;
pub(crate) mod as_of_now;
mod brand;
mod config;
mod config_placeholders;
mod context;
mod contrast;
mod glyphs;
mod ids;
mod incident;
mod links;
mod notify;
mod people;
pub(crate) mod placeholders;
mod report;
mod strings;
#[cfg(test)]
mod tests;
mod text_rules;
mod times;
mod translations;
mod updates;
mod yaml_text;

pub(crate) use config::validate_config;
pub(crate) use config_placeholders::{
    is_placeholder as is_init_placeholder, is_placeholder_error as is_init_placeholder_error,
};
pub(crate) use ids::{incident_id, slug};
pub(crate) use incident::check_incident;
pub(crate) use links::base_url_problem;

/// One incident file checked on its own against the config: the incident, when the file has
/// no error, and every diagnostic about the file, already pointed at its lines. What a file
/// contributes to the site depends only on its text, the config and "now", so `watch` keeps
/// this between rebuilds and checks again only the files that changed.
#[derive(Debug, Clone)]
pub(crate) struct Checked {
    /// Where the file was read from, to point at it again in the rare cross-file error.
    pub(crate) path: PathBuf,
    /// The file as shown to people.
    pub(crate) file: String,
    /// Whether the id was given with `id:` (rather than taken from the file name).
    pub(crate) explicit_id: bool,
    pub(crate) incident: Option<Arc<Incident>>,
    pub(crate) diagnostics: Vec<Diagnostic>,
}

impl Checked {
    /// A file that could not be read or parsed: its one diagnostic, and no incident.
    pub(crate) fn unreadable(path: &std::path::Path, d: Diagnostic) -> Checked {
        Checked {
            path: path.to_path_buf(),
            file: d.file.clone().unwrap_or_default(),
            explicit_id: false,
            incident: None,
            diagnostics: vec![d],
        }
    }
}

/// Checks one parsed incident file: its own rules, then (when it has no error and the config
/// is good) the rules that depend on "now" and the promise policy.
pub(crate) fn check_file(p: &Parsed<RawIncident>, cfg: Option<&Config>, now: Timestamp) -> Checked {
    let (incident, mut diags) = check_incident(p, cfg);
    if let (Some(inc), Some(cfg)) = (&incident, cfg) {
        diags.extend(crate::check::as_of_now::check_incident(inc, cfg, now));
    }
    resolve(&mut diags, &p.source, None);
    Checked {
        path: p.source.path.clone(),
        file: p.source.display.clone(),
        explicit_id: p.raw.id.is_some(),
        incident: incident.map(Arc::new),
        diagnostics: diags,
    }
}

/// Puts the checked files together into the site: adds the checks across files (ids used
/// twice), and returns the model when nothing is an error. `diags` holds what was found
/// before (the config, files that did not parse); `files` are in the order they were listed.
pub(crate) fn assemble<'a>(
    config: Option<Config>,
    mut diags: Vec<Diagnostic>,
    files: impl IntoIterator<Item = &'a Checked>,
) -> (Option<Site>, Vec<Diagnostic>) {
    let files: Vec<&Checked> = files.into_iter().collect();
    let mut incidents: Vec<Arc<Incident>> = Vec::with_capacity(files.len());
    for f in &files {
        diags.extend(f.diagnostics.iter().cloned());
        incidents.extend(f.incident.clone());
    }
    diags.extend(ids::duplicate_ids(&files));
    let ok = config.is_some() && !diags.iter().any(Diagnostic::is_error);
    let site = config.filter(|_| ok).map(|config| {
        // Newest first everywhere; ties broken by id so the order never depends on the disk.
        // Sorted by keys read once, side by side: comparing through 10,000 scattered
        // incidents cost `watch` milliseconds on every save.
        let mut keys: Vec<(std::cmp::Reverse<jiff::Timestamp>, &str, usize)> = incidents
            .iter()
            .enumerate()
            .map(|(n, i)| (std::cmp::Reverse(i.started_at), i.id.as_str(), n))
            .collect();
        keys.sort_unstable();
        let incidents = keys.iter().map(|k| incidents[k.2].clone()).collect();
        Site { config, incidents }
    });
    (site, diags)
}
