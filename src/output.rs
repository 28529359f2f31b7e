//! The rendered site (path → bytes), and writing it so readers never see a half site: write a
//! staging folder beside the target, then swap it in with one rename. candor only ever
//! replaces or deletes a folder that carries its marker file.

use std::collections::{BTreeMap, HashSet};
use std::fs;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use bytes::Bytes;
use rayon::prelude::*;

use crate::error::Error;

/// Written into every output folder; a folder without it is never replaced.
pub const MARKER: &str = ".candor-output";
const MARKER_TEXT: &str = "This folder is written by candor and replaced on every build.\n";

/// The site as path → bytes. Paths and bytes are shared (`Arc<str>`, `Bytes`), so `watch`
/// keeps a page from one rebuild to the next without copying or allocating (14,000 of them
/// at 10,000 incidents), and tells an unchanged page by its address.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Output {
    pub files: BTreeMap<Arc<str>, Bytes>,
}

impl Output {
    pub fn insert(&mut self, path: impl Into<Arc<str>>, bytes: impl Into<Bytes>) {
        self.files.insert(path.into(), bytes.into());
    }

    pub fn extend(&mut self, files: impl IntoIterator<Item = (Arc<str>, Bytes)>) {
        self.files.extend(files);
    }

    pub fn get(&self, path: &str) -> Option<&[u8]> {
        self.files.get(path).map(|b| &b[..])
    }

    pub fn len(&self) -> usize {
        self.files.len()
    }

    pub fn is_empty(&self) -> bool {
        self.files.is_empty()
    }

    pub fn bytes(&self) -> usize {
        self.files.values().map(Bytes::len).sum()
    }
}

fn io(path: &Path) -> impl FnOnce(std::io::Error) -> Error + '_ {
    move |source| Error::Io {
        path: path.to_path_buf(),
        source,
    }
}

/// Refuses a target that exists, holds something, and was not made by candor.
pub fn check_target(out: &Path) -> Result<(), Error> {
    match fs::symlink_metadata(out) {
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(()),
        Err(e) => Err(io(out)(e)),
        Ok(meta) if !meta.is_dir() => Err(Error::Refused {
            path: out.to_path_buf(),
            reason: "it is a file, not a folder".into(),
        }),
        Ok(_) => {
            if out.join(MARKER).is_file() {
                return Ok(());
            }
            let mut entries = fs::read_dir(out).map_err(io(out))?;
            if entries.next().is_none() {
                Ok(())
            } else {
                Err(Error::Refused {
                    path: out.to_path_buf(),
                    reason: format!(
                        "it is not empty and has no `{MARKER}` file, so candor did not make it"
                    ),
                })
            }
        }
    }
}

/// A one-shot build's output being written: files go into a fresh staging folder beside the
/// target as soon as they are rendered (so the build never holds every page in memory), and
/// `commit` swaps the folder in. Dropped without `commit` (a failed build), the staging
/// folder is removed and the target is left as it was.
#[derive(Debug)]
pub struct Staging {
    out: PathBuf,
    dir: PathBuf,
    /// Also write `.gz` and `.br` beside each text file.
    precompress: bool,
    /// The first write that failed: later writes are skipped, and `commit` reports it.
    failed: std::sync::Mutex<Option<Error>>,
    files: std::sync::atomic::AtomicUsize,
    bytes: std::sync::atomic::AtomicUsize,
    committed: bool,
}

impl Staging {
    /// Refuses a target candor did not make, then starts an empty staging folder.
    pub fn create(out: &Path, precompress: bool) -> Result<Staging, Error> {
        check_target(out)?;
        let dir = sibling(out, "staging");
        if dir.exists() {
            // Left by a build that was killed; it is ours by its name.
            fs::remove_dir_all(&dir).map_err(io(&dir))?;
        }
        fs::create_dir_all(&dir).map_err(io(&dir))?;
        Ok(Staging {
            out: out.to_path_buf(),
            dir,
            precompress,
            failed: Default::default(),
            files: Default::default(),
            bytes: Default::default(),
            committed: false,
        })
    }

    /// Writes one file (and its compressed copies). Safe to call from many threads.
    pub fn put(&self, rel: &str, bytes: &[u8]) {
        use std::sync::atomic::Ordering::Relaxed;
        if self.failed.lock().is_ok_and(|f| f.is_some()) {
            return;
        }
        let write = |rel: &str, bytes: &[u8]| -> Result<(), Error> {
            let path = self.dir.join(rel);
            let result = match fs::write(&path, bytes) {
                Err(e) if e.kind() == std::io::ErrorKind::NotFound => path
                    .parent()
                    .map_or(Ok(()), fs::create_dir_all)
                    .and_then(|()| fs::write(&path, bytes)),
                other => other,
            };
            result.map_err(io(&path))?;
            self.files.fetch_add(1, Relaxed);
            self.bytes.fetch_add(bytes.len(), Relaxed);
            Ok(())
        };
        let mut result = write(rel, bytes);
        if self.precompress && result.is_ok() {
            for (path, packed) in crate::compress::variants(rel, bytes) {
                result = result.and_then(|()| write(&path, &packed));
            }
        }
        if let Err(e) = result
            && let Ok(mut failed) = self.failed.lock()
        {
            failed.get_or_insert(e);
        }
    }

    /// Writes every file of `output`, in parallel.
    pub fn put_all(&self, output: &Output) {
        output
            .files
            .par_iter()
            .for_each(|(rel, b)| self.put(rel, b));
    }

    /// Adds the marker and swaps the staging folder in place of the target. Returns how many
    /// files and bytes were written.
    pub fn commit(mut self) -> Result<(usize, usize), Error> {
        if let Some(e) = self.failed.lock().ok().and_then(|mut f| f.take()) {
            return Err(e);
        }
        let marker = self.dir.join(MARKER);
        fs::write(&marker, MARKER_TEXT).map_err(io(&marker))?;
        swap(&self.dir, &self.out)?;
        self.committed = true;
        Ok((
            self.files.load(std::sync::atomic::Ordering::Relaxed),
            self.bytes.load(std::sync::atomic::Ordering::Relaxed),
        ))
    }
}

impl Drop for Staging {
    fn drop(&mut self) {
        if !self.committed {
            let _ = fs::remove_dir_all(&self.dir);
        }
    }
}

/// A fresh staging folder holding exactly `output` and the marker.
fn fill(output: &Output, staging: &Path) -> Result<(), Error> {
    if staging.exists() {
        // Left by a build that was killed; it is ours by its name.
        fs::remove_dir_all(staging).map_err(io(staging))?;
    }
    fs::create_dir_all(staging).map_err(io(staging))?;
    let dirs: std::collections::BTreeSet<PathBuf> = output
        .files
        .keys()
        .filter_map(|p| Path::new(&**p).parent().map(Path::to_path_buf))
        .filter(|p| !p.as_os_str().is_empty())
        .collect();
    for d in &dirs {
        let path = staging.join(d);
        fs::create_dir_all(&path).map_err(io(&path))?;
    }
    output.files.par_iter().try_for_each(|(rel, bytes)| {
        let path = staging.join(&**rel);
        fs::write(&path, bytes).map_err(io(&path))
    })?;
    let marker = staging.join(MARKER);
    fs::write(&marker, MARKER_TEXT).map_err(io(&marker))
}

/// `out` with a hidden, candor-owned sibling name: same file system, so renames are atomic.
fn sibling(out: &Path, what: &str) -> PathBuf {
    let name = out
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "public".into());
    out.with_file_name(format!(".{name}.candor-{what}"))
}

fn swap(staging: &Path, out: &Path) -> Result<(), Error> {
    exchange(staging, out)?;
    if staging.exists() {
        fs::remove_dir_all(staging).map_err(io(staging))?;
    }
    Ok(())
}

/// Puts `staging` in place of `out`; afterwards `staging` holds the previous `out` (if there
/// was one).
fn exchange(staging: &Path, out: &Path) -> Result<(), Error> {
    if !out.exists() {
        return fs::rename(staging, out).map_err(io(out));
    }
    // One atomic exchange where the OS has it (Linux renameat2): readers of `out` see the old
    // site or the new one, never a gap.
    #[cfg(target_os = "linux")]
    {
        use rustix::fs::{CWD, RenameFlags, renameat_with};
        if renameat_with(CWD, staging, CWD, out, RenameFlags::EXCHANGE).is_ok() {
            return Ok(());
        }
    }
    let old = sibling(out, "old");
    if old.exists() {
        fs::remove_dir_all(&old).map_err(io(&old))?;
    }
    fs::rename(out, &old).map_err(io(out))?;
    fs::rename(staging, out).map_err(io(out))?;
    fs::rename(&old, staging).map_err(io(staging))
}

/// Which folder a path is (device and inode), to notice that someone else replaced it.
pub(crate) type FolderId = (u64, u64);

/// The `FolderId` of `path`, if it exists.
pub(crate) fn folder_id(path: &Path) -> Option<FolderId> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        fs::symlink_metadata(path).ok().map(|m| (m.dev(), m.ino()))
    }
    #[cfg(not(unix))]
    {
        fs::symlink_metadata(path).ok().map(|_| (0, 0))
    }
}

/// Whether two files have the same bytes; a page reused from the last build is the very same
/// buffer, so most are told apart without reading them.
fn same(a: &Bytes, b: &Bytes) -> bool {
    (a.as_ptr() == b.as_ptr() && a.len() == b.len()) || a == b
}

/// What one incremental write did.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Written {
    /// Files new or with other bytes than in the previous site.
    pub changed: usize,
    /// Files of the previous site that are gone.
    pub removed: usize,
    /// Files in the site.
    pub total: usize,
}

/// Keeps an output folder up to date across the rebuilds of `watch` and `serve`, writing only
/// the files whose bytes changed while every swap stays atomic.
///
/// It double-buffers: after a swap the staging folder holds the previous site, and the next
/// write brings that folder up to date (the files changed by this rebuild or by the previous
/// one) and swaps again. The first time there is no previous site to reuse, the staging folder
/// is filled with hard links to the files of `out` (shared bytes; a changed file is always
/// unlinked and written anew, never edited in place, so `out` is never touched). Whenever
/// anything looks off (someone else replaced `out` or the staging folder, a write failed
/// half-way) it falls back to writing the whole site, as `write` does.
#[derive(Debug)]
pub struct Writer {
    out: PathBuf,
    staging: PathBuf,
    /// What `out` holds, and which folder it is, when this writer put it there.
    current: Option<(Arc<Output>, Option<FolderId>)>,
    /// What the staging folder holds (an earlier site), which folder it is, and the paths
    /// that differ between it and `current`.
    spare: Option<Spare>,
}

#[derive(Debug)]
struct Spare {
    /// The site it holds (shared with the build that made it: no copy).
    site: Arc<Output>,
    id: Option<FolderId>,
    differs: HashSet<Arc<str>>,
}

impl Writer {
    pub fn new(out: &Path) -> Writer {
        Writer {
            out: out.to_path_buf(),
            staging: sibling(out, "staging"),
            current: None,
            spare: None,
        }
    }

    /// The output folder.
    pub fn out(&self) -> &Path {
        &self.out
    }

    /// Writes `output` to the output folder, atomically, touching only what changed.
    pub fn write(&mut self, output: Arc<Output>) -> Result<Written, Error> {
        check_target(&self.out)?;
        let current = self
            .current
            .take()
            .filter(|(_, id)| *id == folder_id(&self.out))
            .map(|(o, _)| o);
        let spare = self
            .spare
            .take()
            .filter(|s| s.id == folder_id(&self.staging));
        let changed: HashSet<Arc<str>> = match &current {
            Some(cur) => output
                .files
                .par_iter()
                .filter(|(p, b)| cur.files.get(*p).is_none_or(|c| !same(c, b)))
                .map(|(p, _)| p.clone())
                .chain(
                    cur.files
                        .par_iter()
                        .filter(|(p, _)| !output.files.contains_key(*p))
                        .map(|(p, _)| p.clone()),
                )
                .collect(),
            None => output.files.keys().cloned().collect(),
        };
        let written = Written {
            changed: changed
                .iter()
                .filter(|p| output.files.contains_key(&***p))
                .count(),
            removed: changed
                .iter()
                .filter(|p| !output.files.contains_key(&***p))
                .count(),
            total: output.len(),
        };

        let staged = match (&current, spare) {
            (Some(_), Some(spare)) => {
                // The staging folder holds the site before `cur`: redo what changed since.
                let todo: HashSet<&Arc<str>> = changed.iter().chain(&spare.differs).collect();
                let patched = self.patch(&|p| spare.site.files.contains_key(p), &output, todo);
                // Usually the last hold on that site: freeing it (thousands of entries) is
                // not what the swap waits for.
                rayon::spawn(move || drop(spare));
                patched
            }
            (Some(cur), None) => self.link_from_out(cur).and_then(|()| {
                let had = |p: &str| cur.files.contains_key(p);
                self.patch(&had, &output, changed.iter().collect())
            }),
            (None, _) => Err(None),
        };
        if let Err(e) = staged {
            if let Some(e) = e {
                // Say why, then fall back to the plain full write.
                eprintln!("note: writing the whole site again: {e}");
            }
            fill(&output, &self.staging)?;
        }
        exchange(&self.staging, &self.out)?;
        let out_id = folder_id(&self.out);
        self.spare = match current {
            Some(cur) if self.staging.exists() => Some(Spare {
                site: cur,
                id: folder_id(&self.staging),
                differs: changed,
            }),
            _ => {
                // The previous folder was not ours to know; do not reuse it.
                if self.staging.exists() {
                    fs::remove_dir_all(&self.staging).map_err(io(&self.staging))?;
                }
                None
            }
        };
        self.current = Some((output, out_id));
        Ok(written)
    }

    /// Readies the staging folder for the next write while nothing else is happening (after
    /// the first build): a copy of `out` made of hard links, so the first save after starting
    /// a watch writes only what it changed, like every later one. Best effort: on failure the
    /// next write does the work itself.
    pub fn prepare(&mut self) {
        let Some((cur, id)) = &self.current else {
            return;
        };
        if self.spare.is_some() || *id != folder_id(&self.out) {
            return;
        }
        if self.link_from_out(cur).is_ok() {
            self.spare = Some(Spare {
                site: cur.clone(),
                id: folder_id(&self.staging),
                differs: HashSet::new(),
            });
        }
    }

    /// Removes the kept previous site; call when the watch ends.
    pub fn finish(&mut self) {
        if self.spare.take().is_some() {
            let _ = fs::remove_dir_all(&self.staging);
        }
    }

    /// A staging folder whose files are hard links to those of `out` (which holds `cur`).
    fn link_from_out(&self, cur: &Output) -> Result<(), Option<Error>> {
        if self.staging.exists() {
            fs::remove_dir_all(&self.staging).map_err(|e| Some(io(&self.staging)(e)))?;
        }
        let mut dirs: Vec<&Path> = cur
            .files
            .keys()
            .filter_map(|p| Path::new(&**p).parent())
            .collect();
        dirs.sort();
        dirs.dedup();
        fs::create_dir_all(&self.staging).map_err(|e| Some(io(&self.staging)(e)))?;
        for d in dirs {
            let path = self.staging.join(d);
            fs::create_dir_all(&path).map_err(|e| Some(io(&path)(e)))?;
        }
        cur.files
            .keys()
            .map(|p| &**p)
            .chain([MARKER])
            .collect::<Vec<_>>()
            .par_iter()
            .try_for_each(|rel| {
                let to = self.staging.join(rel);
                fs::hard_link(self.out.join(rel), &to).map_err(|e| Some(io(&to)(e)))
            })
    }

    /// Brings the staging folder to `to`, writing or removing the paths in `todo`; `had` says
    /// which paths the folder holds now.
    fn patch(
        &self,
        had: &dyn Fn(&str) -> bool,
        to: &Output,
        todo: HashSet<&Arc<str>>,
    ) -> Result<(), Option<Error>> {
        let staging = &self.staging;
        let fail = |path: &Path| {
            let path = path.to_path_buf();
            move |e| Some(io(&path)(e))
        };
        let (writes, removes): (Vec<&Arc<str>>, Vec<&Arc<str>>) =
            todo.into_iter().partition(|p| to.files.contains_key(&***p));
        for rel in &removes {
            if had(rel) {
                let path = staging.join(&***rel);
                match fs::remove_file(&path) {
                    Err(e) if e.kind() != std::io::ErrorKind::NotFound => {
                        return Err(fail(&path)(e));
                    }
                    _ => {}
                }
            }
        }
        // Folders left empty by the removals go too (a deleted incident's folder).
        let mut emptied: Vec<&Path> = removes
            .iter()
            .flat_map(|p| Path::new(&***p).ancestors().skip(1))
            .filter(|d| !d.as_os_str().is_empty())
            .collect();
        emptied.sort_by_key(|d| std::cmp::Reverse(d.components().count()));
        emptied.dedup();
        for d in emptied {
            let _ = fs::remove_dir(staging.join(d));
        }
        writes.par_iter().try_for_each(|rel| {
            let path = staging.join(&***rel);
            // Never write into an existing file: it may be a hard link to one in `out`.
            match fs::remove_file(&path) {
                Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                    if let Some(parent) = path.parent() {
                        fs::create_dir_all(parent).map_err(fail(parent))?;
                    }
                }
                Err(e) => return Err(fail(&path)(e)),
                Ok(()) => {}
            }
            fs::write(&path, &to.files[&***rel]).map_err(fail(&path))
        })?;
        let marker = staging.join(MARKER);
        if !marker.is_file() {
            fs::write(&marker, MARKER_TEXT).map_err(fail(&marker))?;
        }
        Ok(())
    }
}
