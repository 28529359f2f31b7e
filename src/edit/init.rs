//! `candor init`: a new site folder with a config and one example incident, both valid, so
//! the first `build` works and shows what a filled-in incident looks like.

use std::fs;
use std::path::Path;

use crate::diagnostic::Diagnostic;
use crate::edit::Edited;
use crate::edit::new::{io, write_new};
use crate::error::Error;

const INIT_CONFIG: &str = include_str!("../../candor.yaml");
const INIT_INCIDENT: (&str, &str) = (
    "login-outage-november.yaml",
    include_str!("../../incidents/login-outage-november.yaml"),
);

pub(crate) fn init(dir: &Path) -> Result<Edited, Error> {
    let config = dir.join("candor.yaml");
    if config.exists() {
        return Err(Error::Input(vec![
            Diagnostic::error(format!("`{}` already exists", config.display()))
                .with_help("candor init starts a new site; pick an empty folder"),
        ]));
    }
    let incidents = dir.join("incidents");
    fs::create_dir_all(&incidents).map_err(io(&incidents))?;
    if !write_new(&config, INIT_CONFIG)? {
        return Err(Error::Input(vec![
            Diagnostic::error(format!("`{}` already exists", config.display()))
                .with_help("candor init starts a new site; pick an empty folder"),
        ]));
    }
    // An example someone already has is kept as it is.
    write_new(&incidents.join(INIT_INCIDENT.0), INIT_INCIDENT.1)?;
    let summary = vec![
        format!(
            "Site started: {} and incidents/{}, an example to read and then delete.",
            config.display(),
            INIT_INCIDENT.0
        ),
        "Next: put your own title, base_url, timezone, contact and components in candor.yaml, \
         then run `candor build` (or `candor serve` to preview)."
            .into(),
    ];
    Ok(Edited {
        path: config,
        summary,
        warnings: Vec::new(),
    })
}
