//! Edits of incident files for `new` and `update`: the byte-preserving append of an update,
//! and the lock and atomic writes every edit goes through.

pub(crate) mod apology;
mod body;
mod check;
pub(crate) mod files;
pub(crate) mod init;
pub(crate) mod languages;
pub(crate) mod new;
pub(crate) mod schema;
mod summary;
pub mod update;

use crate::check::validate_config;
use crate::diagnostic::Diagnostic;
use crate::input::SitePaths;
use crate::input::brand::BrandFiles;
use std::path::PathBuf;

use crate::model::{Config, Kind, Vocabulary};
use crate::yaml::load::{Loaded, load};

/// What `candor new` is asked to write (the command line's flags, as plain values).
#[derive(Debug, Clone)]
pub(crate) struct NewRequest {
    pub(crate) kind: Kind,
    pub(crate) title: String,
    /// Required for an incident; a maintenance's defaults to `none`.
    pub(crate) impact: Option<String>,
    pub(crate) owner: String,
    pub(crate) role: String,
    pub(crate) email: Option<String>,
    /// Who writes the first update [default: `$CANDOR_AUTHOR`, else the owner].
    pub(crate) author: Option<String>,
    /// `ID` (its first state follows the impact) or `ID=STATE`.
    pub(crate) components: Vec<String>,
    pub(crate) body: Option<String>,
    pub(crate) body_file: Option<PathBuf>,
    /// When the next update is promised, in [`when`]'s words [default: 30m for an incident,
    /// none for a maintenance].
    pub(crate) next: Option<String>,
    /// A maintenance's window, in [`when`]'s words (`--until` may be a duration after
    /// `--from`).
    pub(crate) from: Option<String>,
    pub(crate) until: Option<String>,
    pub(crate) id: Option<String>,
    /// `--title-in LANG=TEXT`: the title in another of the site's languages.
    pub(crate) title_in: Vec<String>,
    /// `--body-in LANG=TEXT`: the first update's text in another of them.
    pub(crate) body_in: Vec<String>,
}

/// What `candor update` is asked to append (the command line's flags, as plain values).
#[derive(Debug, Clone)]
pub struct UpdateRequest {
    pub id: String,
    pub status: String,
    pub body: Option<String>,
    pub body_file: Option<PathBuf>,
    pub next: Option<String>,
    /// `--workaround`: what customers can do meanwhile, one line.
    pub workaround: Option<String>,
    pub author: Option<String>,
    /// `ID=STATE` pairs.
    pub components: Vec<String>,
    pub at: Option<jiff::Timestamp>,
    /// `--reopen`: the incident must be resolved, and this update reopens it.
    pub reopen: bool,
    /// `--body-in LANG=TEXT`: the text in another of the site's languages.
    pub body_in: Vec<String>,
    /// `--workaround-in LANG=TEXT`.
    pub workaround_in: Vec<String>,
}

/// What an edit wrote, and what to tell the person who asked for it.
#[derive(Debug)]
pub struct Edited {
    /// The file written (printed alone on stdout, for scripts).
    pub path: PathBuf,
    /// What customers will see and the next step, one line each.
    pub summary: Vec<String>,
    /// What `candor check` says about the edited incident as of the edit, warnings only.
    pub warnings: Vec<Diagnostic>,
}

/// The author of a new update: the flag, else `$CANDOR_AUTHOR`, else the incident's owner.
pub(crate) fn author_or(flag: Option<&str>, owner: &str) -> String {
    flag.map(str::to_string)
        .or_else(|| {
            std::env::var("CANDOR_AUTHOR")
                .ok()
                .filter(|s| !s.trim().is_empty())
        })
        .unwrap_or_else(|| owner.to_string())
}

/// A time a flag gives (`--next`, `--at`, `--from`, `--until`), in the one vocabulary every
/// edit command takes (`time::parse_when`), read against `at` in the site's zone.
pub(crate) fn when(
    flag: &str,
    s: &str,
    at: jiff::Timestamp,
    config: &Config,
) -> Result<jiff::Timestamp, crate::error::Error> {
    crate::time::parse_when(flag, s, at, &config.timezone)
        .map_err(|e| crate::error::Error::Usage(format!("{flag} {}\nhelp: {}", e.message, e.help)))
}

/// The site's zone and, when `id` names an incident, its kind: what a question at the
/// terminal needs (the statuses to list, the zone to read `14:30` in). `None` when the site
/// cannot be read; the command then reports why.
pub(crate) fn zone_and_kind(
    paths: &SitePaths,
    id: Option<&str>,
) -> Option<(jiff::tz::TimeZone, Option<Kind>)> {
    let (loaded, config) = load_for_edit(paths).ok()?;
    let kind = id.and_then(|id| update::find(&loaded, id).ok()).map(|f| {
        f.raw
            .kind
            .as_deref()
            .and_then(Kind::parse)
            .unwrap_or(Kind::Incident)
    });
    Some((config.timezone, kind))
}

/// Reads the site for a command that edits one file (`new`, `update`): every incident as
/// parsed, and the checked config, or the config's problems (an incident file that is broken
/// elsewhere must not stop an update to another).
pub(crate) fn load_for_edit(paths: &SitePaths) -> Result<(Loaded, Config), Vec<Diagnostic>> {
    let loaded = load(paths);
    let config_file = paths.display(&paths.config);
    let mut diags: Vec<Diagnostic> = loaded
        .diagnostics
        .iter()
        .filter(|d| d.file.as_deref() == Some(config_file.as_str()))
        .cloned()
        .collect();
    let config = loaded.config.as_ref().and_then(|p| {
        let (c, d) = validate_config(
            p,
            &BrandFiles::read(paths, &p.raw),
            &crate::input::theme::Theme::words_of(paths, p.raw.theme.as_deref()),
        );
        diags.extend(d);
        c
    });
    match config {
        Some(c) => Ok((loaded, c)),
        None => Err(diags),
    }
}
