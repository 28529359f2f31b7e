//! Reads a site from disk: the config, then every `incidents/**/*.yaml`, parsed into the raw
//! file format in parallel. Every problem becomes a diagnostic; nothing here stops at the first.

use std::path::Path;

use rayon::prelude::*;

use crate::diagnostic::Diagnostic;
use crate::input::SitePaths;
use crate::input::paths::incident_files;
use crate::input::raw::{RawConfig, RawIncident};
use crate::input::{SiteFolder, SourceFile};
use crate::yaml::parse::parse;

/// A parsed file, kept with its text so later checks can point into it.
#[derive(Debug, Clone)]
pub struct Parsed<T> {
    pub source: SourceFile,
    pub raw: T,
}

/// Everything read from disk, before validation.
#[derive(Debug, Default)]
pub struct Loaded {
    pub config: Option<Parsed<RawConfig>>,
    pub incidents: Vec<Parsed<RawIncident>>,
    pub diagnostics: Vec<Diagnostic>,
}

/// Reads and parses the config and every incident file.
pub(crate) fn load(paths: &SitePaths) -> Loaded {
    let mut loaded = Loaded::default();
    match read_config(paths) {
        Ok(p) => loaded.config = Some(p),
        Err(d) => loaded.diagnostics.push(d),
    }
    let (files, walk_diags) = incident_files(paths);
    loaded.diagnostics.extend(walk_diags);
    let results: Vec<Result<Parsed<RawIncident>, Diagnostic>> = files
        .par_iter()
        .map(|path| read_incident(paths, path))
        .collect();
    for r in results {
        match r {
            Ok(p) => loaded.incidents.push(p),
            Err(d) => loaded.diagnostics.push(d),
        }
    }
    loaded
}

/// Reads and parses the site config.
pub fn read_config(paths: &SitePaths) -> Result<Parsed<RawConfig>, Diagnostic> {
    let config_display = paths.display(&paths.config);
    let site = SiteFolder::for_config(&paths.root, &paths.config);
    match SourceFile::read_in(&site, &paths.config, config_display.clone()) {
        Ok(source) => parse::<RawConfig>(&source).map(|raw| Parsed { source, raw }),
        Err(_) if std::fs::symlink_metadata(&paths.config).is_err() => {
            Err(missing_config(paths, config_display))
        }
        Err(d) => Err(d),
    }
}

/// Reads and parses one incident file (`watch` re-reads only the files that changed).
pub fn read_incident(paths: &SitePaths, path: &Path) -> Result<Parsed<RawIncident>, Diagnostic> {
    let source = SourceFile::read_in(&SiteFolder::new(&paths.root), path, paths.display(path))?;
    let raw = parse::<RawIncident>(&source)?;
    Ok(Parsed { source, raw })
}

/// No config: usually the wrong `--root`, or a folder that is not a site yet.
fn missing_config(paths: &SitePaths, shown: String) -> Diagnostic {
    let root = paths.root.to_string_lossy().replace('\\', "/");
    if paths.config != paths.root.join("candor.yaml") {
        return Diagnostic::error(format!("the config file `{shown}` does not exist"))
            .with_file(shown)
            .with_help("check the path given to --config");
    }
    if !paths.root.is_dir() {
        return Diagnostic::error(format!("the site folder `{root}` does not exist"))
            .with_help("pass --root with the folder that holds candor.yaml");
    }
    let (here, init) = if root == "." || root.is_empty() {
        ("this folder".to_string(), "`candor init`".to_string())
    } else {
        (format!("`{root}`"), format!("`candor init {root}`"))
    };
    Diagnostic::error(format!("no `candor.yaml` in {here}"))
        .with_file(shown)
        .with_help(format!(
            "pass --root with the folder that holds candor.yaml, or run {init} to start a site"
        ))
}
