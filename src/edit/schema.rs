//! `candor schema --write` and `candor init`: the site's copy of the JSON Schemas, in
//! `.candor/schema/`, where the modelines of the files `init` and `new` write point. A copy
//! in the site (not a URL) works offline, and at the version of candor the site is built with.

use std::fs;
use std::path::{Path, PathBuf};

use crate::diagnostic::Diagnostic;
use crate::edit::files::{create_new, replace, resolve_inside};
use crate::error::{Error, io};
use crate::model::schema::{SCHEMA_DIR, SchemaFile};

/// Writes (or rewrites) every schema into `root/.candor/schema/`; returns the files written,
/// leaving alone one that already holds the same text.
pub(crate) fn write_schemas(root: &Path) -> Result<Vec<PathBuf>, Error> {
    // As `new` does for `incidents/`: nothing is written through a link out of the site,
    // checked folder by folder before anything is made in it.
    let mut dir = root.to_path_buf();
    for part in Path::new(SCHEMA_DIR).components() {
        dir.push(part);
        if !dir.is_dir() {
            fs::create_dir(&dir).map_err(io(&dir))?;
        }
        let (real, inside) = resolve_inside(&dir, root)?;
        if !inside {
            return Err(Error::input(
                Diagnostic::error(format!(
                    "`{}` leads to `{}`, outside the site folder",
                    dir.display(),
                    real.display()
                ))
                .with_help("candor writes only inside the site; make .candor/ a folder in it"),
            ));
        }
    }
    let mut written = Vec::new();
    for file in SchemaFile::ALL {
        let path = dir.join(file.file_name());
        let text = file.text();
        if fs::read(&path).is_ok_and(|old| old == text.as_bytes()) {
            continue;
        }
        if !create_new(&path, text.as_bytes())? {
            replace(&path, text.as_bytes())?;
        }
        written.push(path);
    }
    Ok(written)
}
