//! Where a site's inputs are, and which files in `incidents/` are incidents (editors leave
//! their own files beside them).

use std::path::{Component, Path, PathBuf};

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

    /// A path `display` gave, as a path from `cwd` (the folder candor runs in): reports name
    /// files the way the shell, the editor's terminal and CI's annotations find them, whatever
    /// `--root` was. A name that is no path (a built-in theme file) is kept.
    pub(crate) fn shown_from(&self, shown: &str, cwd: &Path) -> String {
        if shown.starts_with(crate::input::theme::BUILT_IN) {
            return shown.to_string();
        }
        // The config is the one input that may lie outside the root (`--config`): `display`
        // then gives its path as it was given, from `cwd`.
        let path = if shown == self.display(&self.config) {
            self.config.clone()
        } else {
            self.root.join(shown)
        };
        named_from(&path, cwd)
    }
}

/// `path` (from `cwd`, or absolute) as a path from `cwd`, for messages.
pub(crate) fn named_from(path: &Path, cwd: &Path) -> String {
    let full = lexical(&cwd.join(path));
    // From the current folder when the two share more than the file system's root: a path
    // that climbs to `/` and down again (`../../../tmp/site/…`) says less than the absolute
    // one.
    let near = (full.components().zip(cwd.components()))
        .nth(1)
        .is_some_and(|(a, b)| a == b);
    let rel = match pathdiff::diff_paths(&full, cwd) {
        Some(p) if near && p.as_os_str().is_empty() => PathBuf::from("."),
        Some(p) if near => p,
        _ => full,
    };
    rel.to_string_lossy().replace('\\', "/")
}

/// `path` with `.` dropped and each `..` taking away the name before it, without asking the
/// file system: for showing a path, not for opening one.
fn lexical(path: &Path) -> PathBuf {
    let mut out = PathBuf::new();
    for c in path.components() {
        match c {
            Component::CurDir => {}
            Component::ParentDir
                if matches!(out.components().next_back(), Some(Component::Normal(_))) =>
            {
                out.pop();
            }
            c => out.push(c),
        }
    }
    out
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
