//! Writing the rendered site (`render::Output`, path → bytes) so readers never see a half
//! site: write a staging folder beside the target, then swap it in with one rename, one candor
//! run at a time (see `folder` for the lock and the names). candor only ever replaces or
//! deletes a folder that carries its marker file (or an empty one).

use std::collections::HashSet;
use std::fs;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use bytes::Bytes;
use rayon::prelude::*;

use crate::error::{Error, io};
pub use crate::render::Output;

pub(crate) mod compress;
mod folder;
mod keep;
mod notice;

pub(crate) use folder::check_target;
use folder::{Folder, Leftovers, Lock};
pub use notice::{Notice, Tell};

/// Written into every output folder; a folder without it is never replaced.
pub const MARKER: &str = ".candor-output";
const MARKER_TEXT: &str = "This folder is written by candor and replaced on every build.\n";

/// A one-shot build's output being written: files go into a fresh staging folder beside the
/// target as soon as they are rendered (so the build never holds every page in memory), and
/// `commit` swaps the folder in. Dropped without `commit` (a failed build), the staging
/// folder is removed and the target is left as it was.
///
/// It holds the output's lock from `create` until it is committed or dropped, so a second
/// build into the same folder waits, then builds from the inputs as they are by then.
#[derive(Debug)]
pub(crate) struct Staging {
    /// The output folder, resolved (see `folder::resolve`).
    out: PathBuf,
    dir: PathBuf,
    /// The site being replaced, when there is one: files with its bytes are linked, not
    /// written, so they keep their modification time (see `keep`).
    previous: Option<PathBuf>,
    /// The staging folder; taken by `commit` once it is swapped in.
    folder: Option<Folder>,
    /// Also write `.gz` and `.br` beside each text file.
    precompress: bool,
    /// The first write that failed: later writes are skipped, and `commit` reports it.
    failed: std::sync::Mutex<Option<Error>>,
    files: std::sync::atomic::AtomicUsize,
    bytes: std::sync::atomic::AtomicUsize,
    /// Where notices go (a previous site that could not be removed, leftovers).
    tell: Tell,
    /// Last, so it is released after the staging folder is gone.
    _lock: Lock,
}

impl Staging {
    /// Waits for any other candor run writing `out`, refuses a target candor did not make,
    /// clears what killed runs left, and starts an empty staging folder. What it has to say
    /// (that it waits, leftovers it could not clear) goes to `tell`, now and at `commit`.
    pub(crate) fn create(out: &Path, precompress: bool, tell: Tell) -> Result<Staging, Error> {
        let out = folder::resolve(out)?;
        // Refused before waiting: a folder that is not ours is not ours after the wait either.
        check_target(&out)?;
        let lock = Lock::acquire(&out, &tell)?;
        check_target(&out)?;
        folder::clean_stale(&out, Leftovers::Staging, &tell);
        let folder = Folder::create(&out, "staging")?;
        // Read under the lock: only a candor run holding it changes the site there.
        let previous = out.join(MARKER).is_file().then(|| out.clone());
        // Marked from the start, so a run killed mid-way leaves a folder that is provably
        // candor's, which the next run removes.
        let marker = folder.path().join(MARKER);
        let old_marker = previous.as_ref().map(|p| p.join(MARKER));
        if let Err(e) = keep::place(&marker, MARKER_TEXT.as_bytes(), old_marker.as_deref()) {
            let _ = folder.remove();
            return Err(io(&marker)(e));
        }
        Ok(Staging {
            dir: folder.path().to_path_buf(),
            previous,
            out,
            folder: Some(folder),
            precompress,
            failed: Default::default(),
            files: Default::default(),
            bytes: Default::default(),
            tell,
            _lock: lock,
        })
    }

    /// Writes one file (and its compressed copies). Safe to call from many threads.
    pub(crate) fn put(&self, rel: &str, bytes: &[u8]) {
        use std::sync::atomic::Ordering::Relaxed;
        if self.failed.lock().is_ok_and(|f| f.is_some()) {
            return;
        }
        let write = |rel: &str, bytes: &[u8]| -> Result<(), Error> {
            let path = self.dir.join(rel);
            let previous = self.previous.as_ref().map(|p| p.join(rel));
            let unchanged = keep::unchanged(previous.as_deref(), bytes);
            match keep::put(&path, bytes, unchanged) {
                Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                    if let Some(parent) = path.parent() {
                        fs::create_dir_all(parent).map_err(io(parent))?;
                    }
                    keep::put(&path, bytes, unchanged).map_err(io(&path))?;
                }
                other => other.map_err(io(&path))?,
            }
            self.files.fetch_add(1, Relaxed);
            self.bytes.fetch_add(bytes.len(), Relaxed);
            Ok(())
        };
        let mut result = write(rel, bytes);
        if self.precompress && result.is_ok() {
            for (path, packed) in crate::output::compress::variants(rel, bytes) {
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
    pub(crate) fn put_all(&self, output: &Output) {
        output
            .files
            .par_iter()
            .for_each(|(rel, b)| self.put(rel, b));
    }

    /// Swaps the staging folder in place of the target. Returns how many files and bytes
    /// were written. An error means the target was left as it was; once the new site is in
    /// place nothing fails the build any more: a previous site that cannot be removed is a
    /// notice (and the next build tries again).
    pub(crate) fn commit(mut self) -> Result<(usize, usize), Error> {
        if let Some(e) = self.failed.lock().ok().and_then(|mut f| f.take()) {
            return Err(e);
        }
        if let Some(previous) = &self.previous {
            keep::keep_folder_times(&self.dir, previous);
        }
        let previous = folder::swap(&self.dir, &self.out)?;
        // Its lock is on the folder now at `out`; what is at its path is the previous site.
        drop(self.folder.take());
        if let Some(previous) = previous
            && let Err(e) = folder::remove_previous(&previous)
        {
            self.tell.say(Notice::PreviousKept(e));
        }
        folder::clean_stale(&self.out, Leftovers::Old, &self.tell);
        Ok((
            self.files.load(std::sync::atomic::Ordering::Relaxed),
            self.bytes.load(std::sync::atomic::Ordering::Relaxed),
        ))
    }
}

impl Drop for Staging {
    fn drop(&mut self) {
        // Not committed: the new site goes, the target stays as it was. A folder that
        // cannot be removed now is marked and unlocked, so the next run removes it.
        if let Some(folder) = self.folder.take() {
            let _ = folder.remove();
        }
    }
}

/// An empty staging folder filled with exactly `output` and the marker; files with the bytes
/// they have in `out` are links to those (see `keep`).
fn fill(output: &Output, staging: &Path, out: &Path) -> Result<(), Error> {
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
        keep::place(&path, bytes, Some(&out.join(&**rel))).map_err(io(&path))
    })?;
    let marker = staging.join(MARKER);
    fs::write(&marker, MARKER_TEXT).map_err(io(&marker))
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

/// The paths whose bytes differ between `output` and the site in the folder (`current`),
/// including the paths it no longer has; every path of `output` when that site is unknown.
fn changed_paths(output: &Output, current: Option<&Output>) -> HashSet<Arc<str>> {
    match current {
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
    }
}

/// How many files one incremental write changed and removed, of how many.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct WriteCounts {
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
/// half-way) it falls back to writing the whole site into a new staging folder, as `build`
/// does.
///
/// Each write holds the output's lock, as `build` does, so a `build` beside a running watch
/// waits for the write (and the watch for the build) instead of interleaving with it. The
/// staging folder it keeps between writes is locked by it, so no other run removes it.
#[derive(Debug)]
pub struct Writer {
    /// The output folder as given.
    out: PathBuf,
    /// The output folder resolved, as of the last write; what is kept below is beside it.
    target: Option<PathBuf>,
    /// This writer's own staging folder, when it has one.
    staging: Option<Folder>,
    /// What `out` holds, and which folder it is, when this writer put it there.
    current: Option<(Arc<Output>, Option<FolderId>)>,
    /// What the staging folder holds (an earlier site), which folder it is, and the paths
    /// that differ between it and `current`.
    spare: Option<Spare>,
    /// Where notices go (waiting for a build, a fallback to writing everything, leftovers).
    tell: Tell,
}

#[derive(Debug)]
struct Spare {
    /// The site it holds (shared with the build that made it: no copy).
    site: Arc<Output>,
    id: Option<FolderId>,
    differs: HashSet<Arc<str>>,
}

impl Writer {
    /// A writer for `out` that says what it has to say (none of it fails a write) to `tell`.
    pub fn new(out: &Path, tell: Tell) -> Writer {
        Writer {
            out: out.to_path_buf(),
            target: None,
            staging: None,
            current: None,
            spare: None,
            tell,
        }
    }

    /// Writes `output` to the output folder, atomically, touching only what changed. An
    /// error means the folder was left as it was.
    pub fn write(&mut self, output: Arc<Output>) -> Result<WriteCounts, Error> {
        let out = folder::resolve(&self.out)?;
        check_target(&out)?;
        let _lock = Lock::acquire(&out, &self.tell)?;
        check_target(&out)?;
        let (current, spare) = self.kept(&out);
        let changed = changed_paths(&output, current.as_deref());
        let counts = WriteCounts {
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
        let staging = self.stage(&out, &output, current.as_deref(), spare, &changed)?;
        let previous = match folder::swap(staging.path(), &out) {
            Ok(previous) => previous,
            Err(e) => {
                // It holds the new site, not a known earlier one: not to be patched.
                let _ = staging.remove();
                return Err(e);
            }
        };
        // Its lock is on the folder now at `out`; the previous site is at `previous`.
        drop(staging);
        let out_id = folder_id(&out);
        self.keep_previous(previous, current, changed);
        self.current = Some((output, out_id));
        Ok(counts)
    }

    /// What is still known of the last writes into `out` (resolved): the site in it and the
    /// spare staging folder, each only if it is still the folder this writer left there.
    fn kept(&mut self, out: &Path) -> (Option<Arc<Output>>, Option<Spare>) {
        if self.target.as_deref() != Some(out) {
            // The first write, or the link now points elsewhere: nothing kept applies.
            self.discard();
            self.current = None;
            folder::clean_stale(out, Leftovers::Staging, &self.tell);
            self.target = Some(out.to_path_buf());
        }
        let current = self
            .current
            .take()
            .filter(|(_, id)| *id == folder_id(out))
            .map(|(o, _)| o);
        let staging_id = self.staging.as_ref().and_then(|f| folder_id(f.path()));
        let spare = self
            .spare
            .take()
            .filter(|s| s.id.is_some() && s.id == staging_id);
        (current, spare)
    }

    /// A staging folder holding exactly `output`: the spare one patched, a copy of `out`
    /// made of hard links and patched, or (when neither works) a new one filled whole.
    fn stage(
        &mut self,
        out: &Path,
        output: &Output,
        current: Option<&Output>,
        spare: Option<Spare>,
        changed: &HashSet<Arc<str>>,
    ) -> Result<Folder, Error> {
        let staged = match (current, spare, &self.staging) {
            (Some(_), Some(spare), Some(staging)) => {
                // The staging folder holds the site before `cur`: redo what changed since.
                let todo: HashSet<&Arc<str>> = changed.iter().chain(&spare.differs).collect();
                let patched = patch(
                    staging.path(),
                    &|p| spare.site.files.contains_key(p),
                    output,
                    todo,
                    out,
                );
                // Usually the last hold on that site: freeing it (thousands of entries) is
                // not what the swap waits for.
                rayon::spawn(move || drop(spare));
                patched
            }
            (Some(cur), _, _) => self.link_from_out(out, cur).and_then(|staging| {
                let had = |p: &str| cur.files.contains_key(p);
                patch(&staging, &had, output, changed.iter().collect(), out)
            }),
            (None, _, _) => Err(None),
        };
        match (staged, self.staging.take()) {
            (Ok(()), Some(staging)) => Ok(staging),
            (staged, kept) => {
                if let Some(kept) = kept
                    && let Err(e) = kept.remove()
                {
                    self.tell.say(Notice::StagingNotRemoved(e));
                }
                if let Err(Some(e)) = staged {
                    // Say why, then fall back to the plain full write.
                    self.tell.say(Notice::WritingAll(e));
                }
                let staging = Folder::create(out, "staging")?;
                if let Err(e) = fill(output, staging.path(), out) {
                    let _ = staging.remove();
                    return Err(e);
                }
                Ok(staging)
            }
        }
    }

    /// After a swap: keeps the folder now holding the previous site as the next staging
    /// folder when this writer knows what it holds (`current`, which differs from the new
    /// site in `changed`), else removes it.
    fn keep_previous(
        &mut self,
        previous: Option<PathBuf>,
        current: Option<Arc<Output>>,
        changed: HashSet<Arc<str>>,
    ) {
        self.staging = previous.map(Folder::adopt);
        self.spare = match (current, &self.staging) {
            (Some(cur), Some(staging)) => Some(Spare {
                site: cur,
                id: folder_id(staging.path()),
                differs: changed,
            }),
            _ => {
                // The previous folder was not ours to know; do not reuse it. The new site is
                // in place, so failing to remove the old one is only worth a notice.
                if let Some(previous) = self.staging.take()
                    && let Err(e) = folder::remove_previous(previous.path())
                {
                    self.tell.say(Notice::PreviousNotRemoved(e));
                }
                None
            }
        };
    }

    /// Readies the staging folder for the next write while nothing else is happening (after
    /// the first build): a copy of `out` made of hard links, so the first save after starting
    /// a watch writes only what it changed, like every later one. Best effort: on failure, or
    /// while another run writes the folder, the next write does the work itself.
    pub(crate) fn prepare(&mut self) {
        let (Some((cur, id)), Some(out)) = (&self.current, self.target.clone()) else {
            return;
        };
        let (cur, id) = (cur.clone(), *id);
        if self.spare.is_some() || id != folder_id(&out) {
            return;
        }
        let Ok(Some(_lock)) = Lock::try_acquire(&out, &self.tell) else {
            return;
        };
        // Checked again under the lock: a build may have replaced it meanwhile.
        if id != folder_id(&out) {
            return;
        }
        if let Ok(staging) = self.link_from_out(&out, &cur) {
            self.spare = Some(Spare {
                site: cur,
                id: folder_id(&staging),
                differs: HashSet::new(),
            });
        }
    }

    /// Removes the kept previous site; call when the watch ends.
    pub fn finish(&mut self) {
        self.discard();
    }

    /// Removes this writer's staging folder and forgets what it held.
    fn discard(&mut self) {
        self.spare = None;
        if let Some(staging) = self.staging.take()
            && let Err(e) = staging.remove()
        {
            self.tell.say(Notice::StagingNotRemoved(e));
        }
    }

    /// A new staging folder whose files are hard links to those of `out` (which holds
    /// `cur`); returns its path.
    fn link_from_out(&mut self, out: &Path, cur: &Output) -> Result<PathBuf, Option<Error>> {
        self.discard();
        let staging = Folder::create(out, "staging").map_err(Some)?;
        let path = staging.path().to_path_buf();
        self.staging = Some(staging);
        let mut dirs: Vec<&Path> = cur
            .files
            .keys()
            .filter_map(|p| Path::new(&**p).parent())
            .collect();
        dirs.sort();
        dirs.dedup();
        for d in dirs {
            let dir = path.join(d);
            fs::create_dir_all(&dir).map_err(|e| Some(io(&dir)(e)))?;
        }
        cur.files
            .keys()
            .map(|p| &**p)
            .chain([MARKER])
            .collect::<Vec<_>>()
            .par_iter()
            .try_for_each(|rel| {
                let to = path.join(rel);
                fs::hard_link(out.join(rel), &to).map_err(|e| Some(io(&to)(e)))
            })?;
        Ok(path)
    }
}

/// Brings a staging folder to `to`, writing or removing the paths in `todo`; `had` says
/// which paths the folder holds now. A path whose bytes are those in `out` (changed by the
/// previous rebuild, not by this one) is linked to that file rather than written (see `keep`).
fn patch(
    staging: &Path,
    had: &dyn Fn(&str) -> bool,
    to: &Output,
    todo: HashSet<&Arc<str>>,
    out: &Path,
) -> Result<(), Option<Error>> {
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
        keep::place(&path, &to.files[&***rel], Some(&out.join(&***rel))).map_err(fail(&path))
    })?;
    let marker = staging.join(MARKER);
    if !marker.is_file() {
        fs::write(&marker, MARKER_TEXT).map_err(fail(&marker))?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn site(index: &str) -> Arc<Output> {
        let mut output = Output::default();
        output.insert("index.html", index.to_string());
        Arc::new(output)
    }

    #[test]
    fn a_staging_folder_that_cannot_be_patched_is_written_whole_and_says_why() {
        let dir = tempfile::TempDir::new().unwrap();
        let out = dir.path().join("public");
        let said = Arc::new(std::sync::Mutex::new(Vec::new()));
        let to = said.clone();
        let mut writer = Writer::new(
            &out,
            Tell::new(move |n| to.lock().unwrap().push(n.to_string())),
        );
        writer.write(site("1")).unwrap();
        writer.prepare();
        // The kept staging folder's page becomes a folder: no file can replace it.
        let staging = writer.staging.as_ref().unwrap().path().to_path_buf();
        fs::remove_file(staging.join("index.html")).unwrap();
        fs::create_dir(staging.join("index.html")).unwrap();
        fs::write(staging.join("index.html").join("x"), "").unwrap();
        let counts = writer.write(site("2")).unwrap();
        assert_eq!(counts.changed, 1);
        assert_eq!(fs::read_to_string(out.join("index.html")).unwrap(), "2");
        let said = said.lock().unwrap().clone();
        assert_eq!(said.len(), 1, "{said:?}");
        assert!(
            said[0].starts_with("note: writing the whole site again: ")
                && said[0].contains("index.html"),
            "{said:?}"
        );
        writer.finish();
    }
}
