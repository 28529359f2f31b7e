//! Where a site's inputs are, and which files in `incidents/` are incidents (editors leave
//! their own files beside them).

use std::path::{Path, PathBuf};

use crate::diagnostic::Diagnostic;
use crate::input::SiteFolder;
use crate::input::walk::{is_incident_file, walk};

/// Where a site's inputs are.
#[derive(Debug, Clone)]
pub struct SitePaths {
    pub(crate) root: PathBuf,
    pub config: PathBuf,
}

impl SitePaths {
    pub fn new(root: &Path, config: Option<&Path>) -> SitePaths {
        let config = match config {
            Some(c) => c.to_path_buf(),
            None => root.join("candor.yaml"),
        };
        SitePaths {
            root: root.to_path_buf(),
            config,
        }
    }

    pub fn incidents(&self) -> PathBuf {
        self.root.join("incidents")
    }

    pub(crate) fn themes(&self) -> PathBuf {
        self.root.join("themes")
    }

    /// A path as people should see it in messages: relative to the root when inside it.
    pub(crate) fn display(&self, path: &Path) -> String {
        let shown = path.strip_prefix(&self.root).unwrap_or(path);
        shown.to_string_lossy().replace('\\', "/")
    }
}

/// Lists the incident files under `incidents/`, sorted so builds are deterministic. Walk
/// problems (a symlink loop, a link out of the site, too many files) become diagnostics
/// naming the path (`walk::walk`).
pub(crate) fn incident_files(paths: &SitePaths) -> (Vec<PathBuf>, Vec<Diagnostic>) {
    let dir = paths.incidents();
    if !dir.exists() {
        return (Vec::new(), Vec::new());
    }
    let walked = walk(&SiteFolder::new(&paths.root), &dir, &is_incident_file);
    (walked.files, walked.diagnostics)
}
