//! What `watch` remembers between rebuilds: every incident file as it was last parsed, with
//! the file's fingerprint, so a rebuild re-reads and re-parses only the files that changed,
//! and a periodic rescan can find a change whose event was lost.

use std::collections::{BTreeMap, HashSet};

// Looked up by path thousands of times per `watch` rebuild: a fast hasher (the inputs are
// the user's own files, not an attacker's).
use foldhash::HashMap;
use std::fs;
use std::path::{Path, PathBuf};

use crate::input::walk::walk;
use rayon::prelude::*;

use jiff::Timestamp;

use crate::check::{Checked, check_file};
use crate::diagnostic::Diagnostic;
use crate::input::SitePaths;
use crate::input::raw::RawIncident;
use crate::model::Config;
use crate::yaml::load::{self, Parsed};

/// What identifies a version of a file without reading it: size, times and inode. The
/// change time moves on every write and every rename, so an editor's save is always seen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Fingerprint {
    len: u64,
    modified: i128,
    changed: i128,
    inode: u64,
}

impl Fingerprint {
    pub(crate) fn of(path: &Path) -> Option<Fingerprint> {
        fs::metadata(path)
            .ok()
            .map(|m| Fingerprint::from_metadata(&m))
    }

    #[cfg(unix)]
    fn from_metadata(m: &fs::Metadata) -> Fingerprint {
        use std::os::unix::fs::MetadataExt;
        Fingerprint {
            len: m.len(),
            modified: i128::from(m.mtime()) * 1_000_000_000 + i128::from(m.mtime_nsec()),
            changed: i128::from(m.ctime()) * 1_000_000_000 + i128::from(m.ctime_nsec()),
            inode: m.ino() ^ m.dev().rotate_left(32),
        }
    }

    #[cfg(not(unix))]
    fn from_metadata(m: &fs::Metadata) -> Fingerprint {
        let nanos = |t: std::io::Result<std::time::SystemTime>| {
            t.ok()
                .and_then(|t| t.duration_since(std::time::UNIX_EPOCH).ok())
                .map_or(0, |d| d.as_nanos() as i128)
        };
        Fingerprint {
            len: m.len(),
            modified: nanos(m.modified()),
            changed: nanos(m.created()),
            inode: 0,
        }
    }
}

/// Which inputs a rebuild must read again.
#[derive(Debug, Clone)]
pub enum Dirty {
    /// Any file whose fingerprint changed (a rescan, or events were lost).
    All,
    /// These files, and everything under these folders, whatever their fingerprints say.
    Paths(HashSet<PathBuf>),
}

impl Dirty {
    fn covers(&self, path: &Path) -> bool {
        match self {
            Dirty::All => false,
            Dirty::Paths(set) => path.ancestors().any(|a| set.contains(a)),
        }
    }
}

struct Entry {
    fingerprint: Option<Fingerprint>,
    parsed: Result<Parsed<RawIncident>, Diagnostic>,
    /// The file checked against the config and "now" of `key`, when it has been.
    memo: Option<(u64, Checked)>,
}

/// The incident files of one site, as last parsed and checked.
#[derive(Default)]
pub(crate) struct ParseCache {
    files: HashMap<PathBuf, Entry>,
    /// The files in the order `crate::input::paths::incident_files` listed them last, and what it reported.
    order: Vec<PathBuf>,
    walk: Vec<Diagnostic>,
    /// Every folder holding one of `order`, at any depth (a vanished path may be one).
    dirs: HashSet<PathBuf>,
}

impl std::fmt::Debug for ParseCache {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "ParseCache({} files)", self.files.len())
    }
}

/// What `ParseCache::refresh` found besides the incident files.
#[derive(Debug)]
pub(crate) struct Refreshed {
    /// The config, parsed (it is small: read every time).
    pub(crate) config: Result<Parsed<crate::input::raw::RawConfig>, Diagnostic>,
    /// Problems listing the incident files (loops, unreadable folders).
    pub(crate) diagnostics: Vec<Diagnostic>,
    /// How many incident files were read and parsed again (what the tests measure).
    #[cfg(test)]
    pub(crate) reparsed: usize,
}

impl ParseCache {
    /// Brings the cache up to date with the disk, listing the same files as `load::load`,
    /// re-reading only the incident files that are new, dirty, or (for `Dirty::All`) whose
    /// fingerprint changed.
    pub(crate) fn refresh(&mut self, paths: &SitePaths, dirty: &Dirty) -> Refreshed {
        let config = load::read_config(paths);
        // A save to files already known (the usual edit) needs no walk of the whole folder:
        // the list stays as it was. Anything else (a new file, a folder, lost events) walks.
        let known = match dirty {
            Dirty::Paths(set) if !self.order.is_empty() => set.iter().all(|p| {
                self.files.contains_key(p) && std::fs::metadata(p).is_ok_and(|m| m.is_file())
            }),
            _ => false,
        };
        let (files, diagnostics) = if known {
            (std::mem::take(&mut self.order), self.walk.clone())
        } else {
            crate::input::paths::incident_files(paths)
        };
        self.walk = diagnostics.clone();

        let stale: Vec<&PathBuf> = match dirty {
            // Known files only: they are what is stale.
            Dirty::Paths(set) if known => set.iter().collect(),
            _ => files
                .par_iter()
                .filter(|path| match self.files.get(*path) {
                    None => true,
                    Some(_) if dirty.covers(path) => true,
                    Some(e) => {
                        matches!(dirty, Dirty::All) && e.fingerprint != Fingerprint::of(path)
                    }
                })
                .collect(),
        };
        let fresh: Vec<(PathBuf, Entry)> = stale
            .par_iter()
            .map(|path| {
                // Taken before reading: if the file changes while it is read, the next rescan
                // sees a newer fingerprint and reads it again.
                let fingerprint = Fingerprint::of(path);
                let parsed = load::read_incident(paths, path);
                (
                    (*path).clone(),
                    Entry {
                        fingerprint,
                        parsed,
                        memo: None,
                    },
                )
            })
            .collect();
        #[cfg(test)]
        let reparsed = fresh.len();
        self.files.extend(fresh);
        if self.files.len() != files.len() {
            let keep: HashSet<&PathBuf> = files.iter().collect();
            self.files.retain(|p, _| keep.contains(p));
        }
        if !known {
            self.dirs = files
                .iter()
                .flat_map(|f| f.ancestors().skip(1))
                .map(Path::to_path_buf)
                .collect();
        }
        self.order = files;
        Refreshed {
            config,
            diagnostics,
            #[cfg(test)]
            reparsed,
        }
    }

    /// Every file checked against `config` as of `now` (`key` identifies the two), in order:
    /// only the files read again, or all of them when the key changed, are checked again.
    pub(crate) fn checked(
        &mut self,
        config: Option<&Config>,
        key: u64,
        now: Timestamp,
    ) -> Vec<&Checked> {
        self.files
            .par_iter_mut()
            .filter(|(_, e)| e.memo.as_ref().is_none_or(|(k, _)| *k != key))
            .for_each(|(path, e)| {
                let checked = match &e.parsed {
                    Ok(p) => check_file(p, config, now),
                    Err(d) => Checked::unreadable(path, d.clone()),
                };
                e.memo = Some((key, checked));
            });
        self.order
            .iter()
            .map(|p| &self.files[p].memo.as_ref().expect("just checked").1)
            .collect()
    }

    /// Whether any incident file read last time lies under `dir`.
    /// The files as parsed, in order.
    #[cfg(test)]
    fn parsed(&self) -> impl Iterator<Item = &Result<Parsed<RawIncident>, Diagnostic>> {
        self.order.iter().map(|p| &self.files[p].parsed)
    }

    pub(crate) fn holds_under(&self, dir: &Path) -> bool {
        self.dirs.contains(dir)
    }

    /// The incident files whose fingerprint differs from the one they were read with, plus
    /// files that appeared or vanished since.
    pub(crate) fn changed_on_disk(&self, paths: &SitePaths) -> Vec<PathBuf> {
        let (files, _) = crate::input::paths::incident_files(paths);
        let mut changed: Vec<PathBuf> = files
            .par_iter()
            .filter(|p| {
                self.files
                    .get(*p)
                    .is_none_or(|e| e.fingerprint != Fingerprint::of(p))
            })
            .cloned()
            .collect();
        let on_disk: HashSet<&PathBuf> = files.iter().collect();
        changed.extend(self.files.keys().filter(|p| !on_disk.contains(p)).cloned());
        changed.sort();
        changed
    }
}

/// Fingerprints of the inputs other than incidents (the config and every theme file): few,
/// so they are taken on every rebuild and compared on every rescan.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub(crate) struct OtherInputs(BTreeMap<PathBuf, Option<Fingerprint>>);

impl OtherInputs {
    pub(crate) fn take(paths: &SitePaths) -> OtherInputs {
        let mut map = BTreeMap::new();
        map.insert(paths.config.clone(), Fingerprint::of(&paths.config));
        // The same walk the theme is loaded with, so a link out of the site or a loop costs a
        // rescan no more than it costs a build.
        let site = crate::input::SiteFolder::new(&paths.root);
        for p in walk(&site, &paths.themes(), &|_| true).files {
            let fp = Fingerprint::of(&p);
            map.insert(p, fp);
        }
        OtherInputs(map)
    }

    /// The paths that differ between two snapshots.
    pub(crate) fn diff(&self, other: &OtherInputs) -> Vec<PathBuf> {
        let mut out: Vec<PathBuf> = self
            .0
            .iter()
            .filter(|(p, fp)| other.0.get(*p) != Some(*fp))
            .map(|(p, _)| p.clone())
            .collect();
        out.extend(other.0.keys().filter(|p| !self.0.contains_key(*p)).cloned());
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn incident(title: &str) -> String {
        format!(
            "title: {title}\nimpact: minor\nowner: {{ name: A B, role: SRE }}\ncomponents: [api]\n\
             started_at: 2026-11-01T10:00:00Z\nupdates:\n  - {{ at: 2026-11-01T10:05:00Z, status: resolved, author: A B, body: x }}\n"
        )
    }

    fn titles(cache: &ParseCache) -> Vec<String> {
        cache
            .parsed()
            .flatten()
            .map(|p| p.raw.title.texts().collect::<String>())
            .collect()
    }

    fn load(cache: &mut ParseCache, paths: &SitePaths, dirty: &Dirty) -> (Vec<String>, usize) {
        let read = cache.refresh(paths, dirty).reparsed;
        (titles(cache), read)
    }

    #[test]
    fn rereads_only_what_changed_and_finds_lost_changes() {
        let dir = tempfile::TempDir::new().unwrap();
        let root = dir.path();
        fs::write(root.join("candor.yaml"), "title: T\n").unwrap();
        fs::create_dir_all(root.join("incidents/sub")).unwrap();
        fs::write(root.join("incidents/a.yaml"), incident("A")).unwrap();
        fs::write(root.join("incidents/sub/b.yaml"), incident("B")).unwrap();
        let paths = SitePaths::new(root, None);
        let mut cache = ParseCache::default();

        let (titles_now, read) = load(&mut cache, &paths, &Dirty::All);
        assert_eq!(
            (titles_now.clone(), read),
            (vec!["A".into(), "B".into()], 2)
        );
        // Same files, same order, same result as a plain load.
        let plain: Vec<String> = load::load(&paths)
            .incidents
            .iter()
            .map(|p| p.raw.title.texts().collect::<String>())
            .collect();
        assert_eq!(titles_now, plain);

        let (_, read) = load(&mut cache, &paths, &Dirty::Paths(HashSet::new()));
        assert_eq!(read, 0, "nothing changed, nothing read");

        // A change whose event was lost: the rescan finds it by fingerprint.
        fs::write(root.join("incidents/a.yaml"), incident("A, longer")).unwrap();
        assert_eq!(
            cache.changed_on_disk(&paths),
            vec![root.join("incidents/a.yaml")]
        );
        let (t, read) = load(&mut cache, &paths, &Dirty::All);
        assert_eq!((t[0].as_str(), read), ("A, longer", 1));

        // A dirty folder re-reads what is under it; a vanished file drops out.
        fs::write(root.join("incidents/sub/c.yaml"), incident("C")).unwrap();
        fs::remove_file(root.join("incidents/a.yaml")).unwrap();
        assert!(cache.holds_under(&root.join("incidents/sub")));
        let dirty = Dirty::Paths([root.join("incidents/sub")].into_iter().collect());
        let (t, read) = load(&mut cache, &paths, &dirty);
        assert_eq!((t, read), (vec!["B".into(), "C".into()], 2));
        assert!(cache.changed_on_disk(&paths).is_empty());

        // Checks are kept: only a file read again, or a new key, checks again.
        let now: Timestamp = "2026-11-20T10:00:00Z".parse().unwrap();
        let first: Vec<Checked> = cache.checked(None, 1, now).into_iter().cloned().collect();
        let again = cache.checked(None, 1, now);
        assert!(
            first
                .iter()
                .zip(&again)
                .all(|(a, b)| a.incident.is_none() == b.incident.is_none()
                    && a.diagnostics.len() == b.diagnostics.len())
        );

        // Broken files are remembered as broken, with their diagnostic.
        fs::write(root.join("incidents/sub/c.yaml"), "title: [").unwrap();
        let dirty = Dirty::Paths([root.join("incidents/sub/c.yaml")].into_iter().collect());
        let (t, _) = load(&mut cache, &paths, &dirty);
        assert_eq!(t, vec!["B".to_string()]);
        let checked = cache.checked(None, 1, now);
        assert_eq!(checked.len(), 2);
        assert!(checked[1].incident.is_none());
        assert!(
            checked[1]
                .diagnostics
                .iter()
                .any(|d| d.file.as_deref() == Some("incidents/sub/c.yaml"))
        );
    }

    /// A save to a known file skips the walk of the folder, but not what the walk reported.
    #[cfg(unix)]
    #[test]
    fn a_known_file_edit_keeps_the_walks_problems() {
        let dir = tempfile::TempDir::new().unwrap();
        let root = dir.path();
        fs::write(root.join("candor.yaml"), "title: T\n").unwrap();
        fs::create_dir_all(root.join("incidents")).unwrap();
        fs::write(root.join("incidents/a.yaml"), incident("A")).unwrap();
        std::os::unix::fs::symlink(root.join("incidents"), root.join("incidents/loop")).unwrap();
        let paths = SitePaths::new(root, None);
        let mut cache = ParseCache::default();
        let first = cache.refresh(&paths, &Dirty::All);
        assert_eq!(first.diagnostics.len(), 1, "{:?}", first.diagnostics);
        fs::write(root.join("incidents/a.yaml"), incident("A2")).unwrap();
        let dirty = Dirty::Paths([root.join("incidents/a.yaml")].into_iter().collect());
        let again = cache.refresh(&paths, &dirty);
        assert_eq!(again.reparsed, 1);
        assert_eq!(again.diagnostics.len(), 1, "the loop is still reported");
        assert_eq!(titles(&cache), vec!["A2".to_string()]);
    }

    #[test]
    fn other_inputs_see_theme_and_config_changes() {
        let dir = tempfile::TempDir::new().unwrap();
        let root = dir.path();
        fs::write(root.join("candor.yaml"), "title: T\n").unwrap();
        fs::create_dir_all(root.join("themes/t/templates")).unwrap();
        fs::write(root.join("themes/t/templates/404.html"), "x").unwrap();
        fs::write(root.join("themes/t/templates/.404.html.swp"), "x").unwrap();
        let paths = SitePaths::new(root, None);
        let before = OtherInputs::take(&paths);
        assert!(before.diff(&OtherInputs::take(&paths)).is_empty());
        fs::write(root.join("themes/t/templates/404.html"), "changed").unwrap();
        fs::write(root.join("themes/t/templates/.404.html.swp"), "ignored").unwrap();
        assert_eq!(
            OtherInputs::take(&paths).diff(&before),
            vec![root.join("themes/t/templates/404.html")]
        );
    }
}
