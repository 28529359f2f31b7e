//! Lists the files under a folder of the site (`incidents/`, a theme), in a stable order, in
//! time and memory bounded by the folder's real size: links are followed only while they stay
//! inside the site, every real folder is walked once however many links lead to it (a
//! "diamond" of links would otherwise be walked once per path: 2^20 times for 20 levels), a
//! link back to a folder being walked is reported as a loop, and a walk stops with an error
//! after `MAX_WALK_ENTRIES` entries or below `MAX_WALK_DEPTH` levels.

use std::collections::HashSet;
use std::fs;
use std::path::{Path, PathBuf};

use crate::diagnostic::Diagnostic;
use crate::input::confined::{Kind, SiteFolder, cannot_read, not_regular};
use crate::input::dangling_link;
use crate::input::limits::{MAX_WALK_DEPTH, MAX_WALK_ENTRIES};

/// Files editors and tools leave beside the real ones; never treated as incidents.
pub(crate) fn is_ignored_name(name: &str) -> bool {
    name.starts_with('.')
        || name.starts_with('#')
        || name.ends_with('~')
        || name.ends_with(".swp")
        || name.ends_with(".swx")
        || name.ends_with(".bck")
        || name.ends_with(".tmp")
        || name == "4913"
}

pub(crate) fn is_incident_file(path: &Path) -> bool {
    let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("");
    !is_ignored_name(name) && (name.ends_with(".yaml") || name.ends_with(".yml"))
}

/// The files found and the problems met on the way.
#[derive(Debug, Default)]
pub(crate) struct Walked {
    /// Paths as walked (through any links inside the site), sorted by name at each level.
    pub(crate) files: Vec<PathBuf>,
    pub(crate) diagnostics: Vec<Diagnostic>,
}

/// Walks `dir` (inside `site`), listing the regular files `wants` by their path. Names editors
/// leave behind (`is_ignored_name`) are skipped. A file `wants` that is not a regular file (a
/// named pipe, a device) or that links out of the site is reported, never listed; others
/// like it are passed over, since nothing reads them.
pub(crate) fn walk(site: &SiteFolder, dir: &Path, wants: &dyn Fn(&Path) -> bool) -> Walked {
    let limits = Limits {
        entries: MAX_WALK_ENTRIES,
        depth: MAX_WALK_DEPTH,
    };
    walk_within(site, dir, wants, limits)
}

/// How far a walk goes: `limits.rs` sets the values; tests set small ones.
#[derive(Debug, Clone, Copy)]
struct Limits {
    entries: usize,
    depth: usize,
}

fn walk_within(
    site: &SiteFolder,
    dir: &Path,
    wants: &dyn Fn(&Path) -> bool,
    limits: Limits,
) -> Walked {
    let mut w = Walker {
        site,
        wants,
        limits,
        top: site.display(dir),
        entries: 0,
        stopped: false,
        visited: HashSet::new(),
        stack: Vec::new(),
        out: Walked::default(),
    };
    match site.resolve(dir, &w.top) {
        Ok(real) if real.is_dir() => w.descend(dir, real, 0),
        Ok(_) => w.out.diagnostics.push(
            Diagnostic::error(format!("`{}` is a file, not a folder", w.top))
                .with_file(&w.top)
                .with_help("incident files go in a folder of that name; rename the file"),
        ),
        Err(d) => w.out.diagnostics.push(d),
    }
    w.out
}

struct Walker<'a> {
    site: &'a SiteFolder,
    wants: &'a dyn Fn(&Path) -> bool,
    limits: Limits,
    /// The walked folder, as shown in messages.
    top: String,
    entries: usize,
    stopped: bool,
    /// Every real folder walked so far.
    visited: HashSet<PathBuf>,
    /// The real folders being walked, outermost first, with their paths as walked.
    stack: Vec<(PathBuf, PathBuf)>,
    out: Walked,
}

impl Walker<'_> {
    /// Walks the folder at `walked`, which is `real` with every link resolved.
    fn descend(&mut self, walked: &Path, real: PathBuf, depth: usize) {
        if let Some((_, ancestor)) = self.stack.iter().find(|(r, _)| *r == real) {
            let at = self.site.display(walked);
            let d = Diagnostic::error(format!(
                "`{at}` is a symbolic link back to `{}`, which would loop forever",
                self.site.display(ancestor)
            ))
            .with_file(&at)
            .with_help(format!(
                "delete the link, or point it at a folder outside `{}`",
                self.top
            ));
            self.out.diagnostics.push(d);
            return;
        }
        // Reached before through another link: its files are listed once.
        if !self.visited.insert(real.clone()) {
            return;
        }
        if depth > self.limits.depth {
            let at = self.site.display(walked);
            self.out.diagnostics.push(
                Diagnostic::error(format!(
                    "`{at}` is more than {} folders deep inside `{}`; candor does not look inside it",
                    self.limits.depth, self.top
                ))
                .with_file(&at)
                .with_help("keep incidents and theme files a few folders deep at most (`incidents/2026/`)"),
            );
            return;
        }
        // Listed through the real path, so a folder on the walked path that is swapped for a
        // link meanwhile does not take the walk elsewhere.
        // No more entries than the walk may still look at (plus one, to know it went over):
        // a folder of millions of files costs no more memory than the limit.
        let room = self.limits.entries.saturating_sub(self.entries) + 1;
        let mut entries: Vec<fs::DirEntry> = match fs::read_dir(&real) {
            Ok(list) => list.filter_map(Result::ok).take(room).collect(),
            Err(e) => {
                let at = self.site.display(walked);
                self.out.diagnostics.push(cannot_read(&at, &e));
                return;
            }
        };
        entries.sort_by_key(fs::DirEntry::file_name);
        self.stack.push((real, walked.to_path_buf()));
        for entry in entries {
            self.entries += 1;
            if self.entries > self.limits.entries {
                self.stop();
            }
            if self.stopped {
                break;
            }
            let name = entry.file_name();
            if is_ignored_name(&name.to_string_lossy()) {
                continue;
            }
            let Ok(ft) = entry.file_type() else { continue };
            let path = walked.join(&name);
            if ft.is_symlink() {
                self.link(&path, &entry.path(), depth);
            } else if ft.is_dir() {
                self.descend(&path, entry.path(), depth + 1);
            } else if (self.wants)(&path) {
                if ft.is_file() {
                    self.out.files.push(path);
                } else {
                    let at = self.site.display(&path);
                    self.out.diagnostics.push(not_regular(&at, Kind::of(ft)));
                }
            }
        }
        self.stack.pop();
    }

    /// A link at `path` (`real` is the same entry reached without links): followed when it
    /// stays inside the site; reported when it leads out or nowhere and would be read.
    fn link(&mut self, path: &Path, real: &Path, depth: usize) {
        let at = self.site.display(path);
        let meta = match fs::metadata(real) {
            Ok(m) => m,
            Err(e) => {
                let d = dangling_link(real, &at).unwrap_or_else(|| cannot_read(&at, &e));
                self.out.diagnostics.push(d);
                return;
            }
        };
        // A link to a file nothing reads is passed over, wherever it leads.
        if !meta.is_dir() && !(self.wants)(path) {
            return;
        }
        let target = match self.site.resolve(real, &at) {
            Ok(t) => t,
            Err(d) => {
                self.out.diagnostics.push(d);
                return;
            }
        };
        if meta.is_dir() {
            self.descend(path, target, depth + 1);
        } else if meta.is_file() {
            self.out.files.push(path.to_path_buf());
        } else {
            self.out
                .diagnostics
                .push(not_regular(&at, Kind::of(meta.file_type())));
        }
    }

    fn stop(&mut self) {
        self.stopped = true;
        self.out.diagnostics.push(
            Diagnostic::error(format!(
                "`{}` holds more than {} files and folders; candor stopped looking there",
                self.top, self.limits.entries
            ))
            .with_file(&self.top)
            .with_help(
                "move old incidents or unrelated files out of the site, or remove the link that leads into a large folder",
            ),
        );
    }
}

#[cfg(all(test, unix))]
mod tests {
    use super::*;
    use std::os::unix::fs::symlink;

    fn names(site: &Path, w: &Walked) -> Vec<String> {
        w.files
            .iter()
            .map(|p| p.strip_prefix(site).unwrap().to_string_lossy().into_owned())
            .collect()
    }

    #[test]
    fn a_diamond_of_links_is_walked_once_per_real_folder() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path();
        // d0/{a,b} -> d1, d1/{a,b} -> d2, ...: 2^30 paths, 31 folders.
        for i in 0..=30 {
            let d = root.join(format!("d{i}"));
            fs::create_dir_all(&d).unwrap();
            fs::write(d.join("f.yaml"), "").unwrap();
            if i > 0 {
                symlink(&d, root.join(format!("d{}/a", i - 1))).unwrap();
                symlink(&d, root.join(format!("d{}/b", i - 1))).unwrap();
            }
        }
        let site = SiteFolder::new(root);
        let w = walk(&site, &root.join("d0"), &|_| true);
        assert_eq!(w.files.len(), 31, "{:?}", names(root, &w));
        let names = names(root, &w);
        assert_eq!(names[0], format!("d0/{}f.yaml", "a/".repeat(30)));
        assert_eq!(names[30], "d0/f.yaml");
        assert!(w.diagnostics.is_empty(), "{:?}", w.diagnostics);
    }

    #[test]
    fn a_walk_stops_at_its_limits_with_an_error() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path();
        let deep = root.join("t/1/2/3/4");
        fs::create_dir_all(&deep).unwrap();
        fs::write(deep.join("deep.yaml"), "").unwrap();
        fs::write(root.join("t/1/shallow.yaml"), "").unwrap();
        let site = SiteFolder::new(root);
        let limits = |entries, depth| Limits { entries, depth };
        let w = walk_within(&site, &root.join("t"), &|_| true, limits(100, 3));
        assert_eq!(names(root, &w), ["t/1/shallow.yaml"]);
        assert_eq!(
            w.diagnostics[0].message,
            "`t/1/2/3/4` is more than 3 folders deep inside `t`; candor does not look inside it"
        );
        for i in 0..10 {
            fs::write(root.join(format!("t/f{i}.yaml")), "").unwrap();
        }
        let w = walk_within(&site, &root.join("t"), &|_| true, limits(5, 10));
        // Which files come before the stop depends on the order the folder lists them in
        // (only as many as the limit are taken from it): at most five, and an error.
        assert!(w.files.len() <= 5, "{:?}", names(root, &w));
        assert_eq!(
            w.diagnostics[0].message,
            "`t` holds more than 5 files and folders; candor stopped looking there"
        );
    }
}

#[cfg(test)]
mod name_tests {
    use super::*;

    #[test]
    fn ignores_editor_droppings() {
        for name in [
            ".x.yaml.swp",
            "x.yaml~",
            "4913",
            ".#x.yaml",
            "x.yaml.bck",
            "x.txt",
        ] {
            assert!(!is_incident_file(std::path::Path::new(name)), "{name}");
        }
        assert!(is_incident_file(std::path::Path::new("incidents/a.yaml")));
        assert!(is_incident_file(std::path::Path::new("incidents/a.yml")));
    }
}
