//! Edits of incident files for `new` and `update`: the byte-preserving append of an update,
//! and the lock and atomic writes every edit goes through.

mod check;
pub(crate) mod files;
pub(crate) mod init;
pub(crate) mod new;
pub mod update;

use crate::check::validate_config;
use crate::diagnostic::Diagnostic;
use crate::input::SitePaths;
use crate::model::Config;
use crate::yaml::load::{Loaded, load};

/// What `candor new` is asked to write (the command line's flags, as plain values).
#[derive(Debug, Clone)]
pub(crate) struct NewRequest {
    pub(crate) title: String,
    pub(crate) impact: String,
    pub(crate) owner: String,
    pub(crate) role: String,
    pub(crate) email: Option<String>,
    pub(crate) components: Vec<String>,
    pub(crate) body: Option<String>,
    /// Minutes until the next update is promised.
    pub(crate) next: u32,
    pub(crate) id: Option<String>,
}

/// What `candor update` is asked to append (the command line's flags, as plain values).
#[derive(Debug, Clone)]
pub struct UpdateRequest {
    pub id: String,
    pub status: String,
    pub body: Option<String>,
    pub body_file: Option<std::path::PathBuf>,
    pub next: Option<String>,
    pub author: Option<String>,
    /// `ID=STATE` pairs.
    pub components: Vec<String>,
    pub at: Option<jiff::Timestamp>,
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
        let (c, d) = validate_config(p);
        diags.extend(d);
        c
    });
    match config {
        Some(c) => Ok((loaded, c)),
        None => Err(diags),
    }
}
