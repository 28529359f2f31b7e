//! The output folder and what candor keeps beside it while replacing it: which folders it may
//! replace, the lock that lets one candor at a time write there, uniquely named staging
//! folders, the swap, and clearing what a killed run left behind.
//!
//! Everything lives beside the output folder (in its parent), never inside it: the folder is
//! swapped whole, and whatever is inside goes with it. For `--out public`:
//! - `.public.candor-lock`: the lock. `build` holds it from before it reads its inputs until
//!   the new site is in place and the old one is gone; `watch` holds it while it writes. A
//!   second build waits for it. The file is removed when it is released, so nothing is left
//!   beside the output (a killed run leaves it, unlocked, and the next run takes it over).
//! - `.public.candor-staging-<pid>-<n>`: a staging folder, always newly created (never one
//!   that was there), marked with `.candor-output` and locked (`flock` on the folder itself)
//!   by the process writing it for as long as that process keeps it.
//! - `.public.candor-old-<pid>-<n>`: the previous site moved aside, where the file system has
//!   no atomic exchange.
//!
//! A folder with one of these names is removed by another run only when it is provably a dead
//! run's: it carries the marker and nobody holds its lock (or it is empty).

use std::fs::{self, File, TryLockError};
use std::io;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, Instant};

use super::{MARKER, Notice, Tell};
use crate::error::{Error, io, io_reason};

/// How long a run waits quietly for the lock before it says that it is waiting.
const PATIENCE: Duration = Duration::from_millis(800);
const POLL: Duration = Duration::from_millis(20);

/// An I/O failure explained in candor's words (with a `help:` line) rather than the OS's.
fn explained(path: &Path, text: String) -> Error {
    Error::Io {
        path: path.to_path_buf(),
        source: io::Error::other(text),
    }
}

/// The folder the output folder is in (`.` for a bare name).
fn parent_of(out: &Path) -> &Path {
    match out.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    }
}

/// `out` with a hidden, candor-owned sibling name: same folder, so renames are atomic.
pub(super) fn sibling(out: &Path, what: &str) -> PathBuf {
    let name = out
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "public".into());
    parent_of(out).join(format!(".{name}.candor-{what}"))
}

/// The folder `--out` names, as candor operates on it: a symbolic link is followed (the site
/// replaces the folder it points to, and the link keeps pointing there), and `.` or `..`
/// become the folder's own name, since a folder is replaced through its parent.
pub(crate) fn resolve(out: &Path) -> Result<PathBuf, Error> {
    // `public/` and `public/.` name `public` (and a trailing slash would follow a link).
    let out: PathBuf = out.components().collect();
    let out = out.as_path();
    let link = fs::symlink_metadata(out).is_ok_and(|m| m.file_type().is_symlink());
    let resolved = if link || out.file_name().is_none() {
        fs::canonicalize(out).map_err(|e| {
            if link {
                let to = fs::read_link(out).unwrap_or_default();
                explained(
                    out,
                    format!(
                        "it is a symbolic link to `{}`, which cannot be used: {}\nhelp: point the link at a folder, or pass that folder as --out",
                        to.display(),
                        io_reason(&e)
                    ),
                )
            } else {
                io(out)(e)
            }
        })?
    } else {
        out.to_path_buf()
    };
    if resolved.file_name().is_none() {
        return Err(Error::Refused {
            path: resolved,
            reason: "it is the root of the file system".into(),
        });
    }
    Ok(resolved)
}

/// Refuses a target that exists and is not a folder candor may replace: a file, a mount
/// point, or a folder that holds something and was not made by candor.
pub(crate) fn check_target(out: &Path) -> Result<(), Error> {
    let out = &resolve(out)?;
    match fs::symlink_metadata(out) {
        Err(e) if e.kind() == io::ErrorKind::NotFound => Ok(()),
        Err(e) => Err(io(out)(e)),
        Ok(meta) if !meta.is_dir() => Err(Error::Refused {
            path: out.to_path_buf(),
            reason: "it is a file, not a folder".into(),
        }),
        Ok(_) => {
            if is_mount_point(out) {
                return Err(mount_point(out));
            }
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

/// Whether `path` is where a file system is mounted (a Docker volume, a bind mount).
fn is_mount_point(path: &Path) -> bool {
    // statx says so directly, bind mounts of a folder of the same file system included.
    // Kernels before 5.8 cannot say: there a btrfs subvolume would look like a mount by its
    // device, so nothing is assumed, and a failed swap still explains itself (`moving`).
    #[cfg(target_os = "linux")]
    {
        use rustix::fs::{AtFlags, CWD, StatxAttributes, StatxFlags, statx};
        statx(
            CWD,
            path,
            AtFlags::SYMLINK_NOFOLLOW | AtFlags::NO_AUTOMOUNT,
            StatxFlags::empty(),
        )
        .is_ok_and(|st| {
            st.stx_attributes_mask.contains(StatxAttributes::MOUNT_ROOT)
                && st.stx_attributes.contains(StatxAttributes::MOUNT_ROOT)
        })
    }
    // Elsewhere: on another device than its parent.
    #[cfg(all(unix, not(target_os = "linux")))]
    {
        use std::os::unix::fs::MetadataExt;
        match (fs::symlink_metadata(path), fs::metadata(parent_of(path))) {
            (Ok(a), Ok(b)) => a.dev() != b.dev(),
            _ => false,
        }
    }
    #[cfg(not(unix))]
    {
        let _ = path;
        false
    }
}

/// Why a mount point cannot be the output folder, and what to do instead.
///
/// Supporting it was considered and rejected. A mount point cannot be renamed, so the only
/// way to change what it holds is file by file, in place: a reader (or a run killed half-way)
/// would see old and new pages mixed, and removed pages would linger for a moment or for
/// good, which is exactly what the swap exists to prevent. Swapping a folder *inside* the
/// mount point would move the site to another address (`/srv/public/site/`), so the server
/// would need changing anyway, which is the same step as mounting one level up, only with a
/// surprise. So candor says so, before doing any work, and names the fix.
pub(crate) fn mount_point(out: &Path) -> Error {
    let name = out
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "public".into());
    let up = parent_of(out).join("site");
    explained(
        out,
        format!(
            "it is a mount point (a Docker volume or a bind mount?), which candor cannot replace: \
             it puts the whole new site in place with one rename, and a mount point cannot be renamed\n\
             help: mount the volume one folder up and build into a folder inside it: e.g. mount it at \
             `{}` and pass `--out {}`, then serve that folder",
            up.display(),
            up.join(name).display()
        ),
    )
}

/// A failure to create something beside the output folder, with what to do when its folder
/// is not writable.
fn beside(out: &Path, path: &Path, e: io::Error) -> Error {
    match e.kind() {
        io::ErrorKind::PermissionDenied | io::ErrorKind::ReadOnlyFilesystem => explained(
            path,
            format!(
                "{}\nhelp: candor writes the new site beside `{}` and swaps it in, so `{}` must be writable; make it so, or pass an --out inside a writable folder",
                io_reason(&e),
                out.display(),
                parent_of(out).display()
            ),
        ),
        _ => io(path)(e),
    }
}

/// A failed rename while swapping the site in.
fn moving(out: &Path, from: &Path, to: &Path, e: io::Error) -> Error {
    if e.kind() == io::ErrorKind::ResourceBusy {
        return mount_point(out);
    }
    explained(
        to,
        format!("cannot move `{}` here: {}", from.display(), io_reason(&e)),
    )
}

/// Whether `file` is (still) the file at `path`: a lock file is removed by the run that
/// held it, so a run that waited on it must take the new one instead.
fn names(file: &File, path: &Path) -> bool {
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        match (file.metadata(), fs::symlink_metadata(path)) {
            (Ok(a), Ok(b)) => (a.dev(), a.ino()) == (b.dev(), b.ino()),
            _ => false,
        }
    }
    #[cfg(not(unix))]
    {
        let _ = (file, path);
        true
    }
}

/// Whether an error means this file system cannot lock at all (some network and FUSE ones).
fn cannot_lock(e: &io::Error) -> bool {
    #[cfg(unix)]
    if let Some(errno) = rustix::io::Errno::from_io_error(e) {
        return matches!(
            errno,
            rustix::io::Errno::NOLCK | rustix::io::Errno::OPNOTSUPP
        );
    }
    e.kind() == io::ErrorKind::Unsupported
}

/// The right to write one output folder: held by `build` across staging and swap, and by
/// `watch` for each write, so two runs never interleave.
#[derive(Debug)]
pub(crate) struct Lock {
    path: PathBuf,
    /// `None` where the file system cannot lock (said once, when taken).
    file: Option<File>,
}

impl Lock {
    /// Takes the lock on `out`, waiting for whoever holds it (saying so after a moment).
    pub(crate) fn acquire(out: &Path, tell: &Tell) -> Result<Lock, Error> {
        let started = Instant::now();
        let mut said = false;
        loop {
            match Lock::attempt(out, true, started, &mut said, tell)? {
                Some(lock) => return Ok(lock),
                None => continue,
            }
        }
    }

    /// Takes the lock on `out` if nobody holds it.
    pub(crate) fn try_acquire(out: &Path, tell: &Tell) -> Result<Option<Lock>, Error> {
        let mut said = false;
        Lock::attempt(out, false, Instant::now(), &mut said, tell)
    }

    /// One try: `None` when the lock is held (and `wait` is off) or the lock file was
    /// replaced while waiting for it (then the caller tries again).
    fn attempt(
        out: &Path,
        wait: bool,
        started: Instant,
        said: &mut bool,
        tell: &Tell,
    ) -> Result<Option<Lock>, Error> {
        let path = sibling(out, "lock");
        // `--out site/public` where `site/` is yet to be made: it is made, as it always was.
        let parent = parent_of(out);
        if !parent.exists() {
            fs::create_dir_all(parent).map_err(|e| beside(out, parent, e))?;
        }
        // A link planted at the lock's name is not followed (it would create a file
        // wherever it points).
        let options = |write: bool| {
            let mut o = fs::OpenOptions::new();
            o.read(true).write(write).create(write).truncate(false);
            #[cfg(unix)]
            {
                use std::os::unix::fs::OpenOptionsExt;
                o.custom_flags(rustix::fs::OFlags::NOFOLLOW.bits() as i32);
            }
            o
        };
        let file = match options(true).open(&path) {
            // Made by another user: locking needs only read access.
            Err(e) if e.kind() == io::ErrorKind::PermissionDenied && path.exists() => {
                options(false).open(&path)
            }
            other => other,
        }
        .map_err(|e| beside(out, &path, e))?;
        match file.try_lock() {
            Ok(()) => {}
            Err(TryLockError::WouldBlock) if !wait => return Ok(None),
            Err(TryLockError::WouldBlock) => {
                if started.elapsed() < PATIENCE {
                    std::thread::sleep(POLL);
                    return Ok(None);
                }
                if !*said {
                    tell.say(Notice::Waiting {
                        out: out.to_path_buf(),
                    });
                    *said = true;
                }
                file.lock().map_err(io(&path))?;
            }
            Err(TryLockError::Error(e)) if cannot_lock(&e) => {
                tell.say(Notice::CannotLock {
                    lock: path.clone(),
                    out: out.to_path_buf(),
                });
                return Ok(Some(Lock { path, file: None }));
            }
            Err(TryLockError::Error(e)) => return Err(io(&path)(e)),
        }
        if !names(&file, &path) {
            // The holder removed it on release; someone may hold a new one.
            return Ok(None);
        }
        Ok(Some(Lock {
            path,
            file: Some(file),
        }))
    }
}

impl Drop for Lock {
    fn drop(&mut self) {
        // Removed while still held, so a waiter that gets this file finds it gone and takes
        // the new one; then closing the file releases it.
        if let Some(file) = self.file.take() {
            if names(&file, &self.path) {
                let _ = fs::remove_file(&self.path);
            }
            drop(file);
        }
    }
}

/// Locks a folder for as long as the returned file is open; `None` when someone else holds
/// it, or folders cannot be locked here (then no other run ever removes it).
fn lock_dir(path: &Path) -> Option<File> {
    #[cfg(unix)]
    {
        let file = File::open(path).ok()?;
        file.try_lock().ok()?;
        Some(file)
    }
    #[cfg(not(unix))]
    {
        let _ = path;
        None
    }
}

/// A folder beside the output that this process made (or moved the previous site into),
/// under a name no other run uses, locked while it is held.
#[derive(Debug)]
pub(crate) struct Folder {
    path: PathBuf,
    _lock: Option<File>,
}

impl Folder {
    /// A new, empty `.<name>.candor-<what>-<pid>-<n>` beside `out`: created here, never one
    /// that was already there.
    pub(crate) fn create(out: &Path, what: &str) -> Result<Folder, Error> {
        static NEXT: AtomicU64 = AtomicU64::new(0);
        let pid = std::process::id();
        let mut tries = 0;
        loop {
            let n = NEXT.fetch_add(1, Ordering::Relaxed);
            let path = sibling(out, &format!("{what}-{pid}-{n}"));
            match fs::create_dir(&path) {
                Ok(()) => return Ok(Folder::adopt(path)),
                // Left by a killed run that had this process id.
                Err(e) if e.kind() == io::ErrorKind::AlreadyExists && tries < 1000 => {
                    tries += 1;
                }
                Err(e) => return Err(beside(out, &path, e)),
            }
        }
    }

    /// Takes over a folder this process just moved under a name of its own (the previous
    /// site, after a swap).
    pub(crate) fn adopt(path: PathBuf) -> Folder {
        Folder {
            _lock: lock_dir(&path),
            path,
        }
    }

    pub(crate) fn path(&self) -> &Path {
        &self.path
    }

    /// Removes the folder; it is this process's own, so nothing is checked.
    pub(crate) fn remove(self) -> Result<(), Error> {
        remove_tree(&self.path).map_err(io(&self.path))
    }
}

/// Removes a folder this process made or moved aside, whatever it holds.
fn remove_tree(path: &Path) -> io::Result<()> {
    match fs::remove_dir_all(path) {
        Err(e) if e.kind() == io::ErrorKind::NotFound => Ok(()),
        // The output folder is often made read-only (by hand, or by a deploy step) and comes
        // back here as the previous site: it is candor's to remove, so make it writable.
        Err(e) if e.kind() == io::ErrorKind::PermissionDenied => {
            #[cfg(unix)]
            {
                use std::os::unix::fs::PermissionsExt;
                for entry in walkdir::WalkDir::new(path).into_iter().flatten() {
                    if entry.file_type().is_dir()
                        && let Ok(meta) = entry.metadata()
                    {
                        let mode = meta.permissions().mode();
                        let _ = fs::set_permissions(
                            entry.path(),
                            fs::Permissions::from_mode(mode | 0o700),
                        );
                    }
                }
            }
            fs::remove_dir_all(path).map_err(|_| e)
        }
        other => other,
    }
}

/// Removes the site that was replaced. It carries the marker, or it was an empty folder the
/// user made: that is removed only while still empty, so nothing put there since is lost.
pub(crate) fn remove_previous(path: &Path) -> Result<(), Error> {
    let result = if path.join(MARKER).is_file() {
        remove_tree(path)
    } else {
        fs::remove_dir(path)
    };
    result.map_err(io(path))
}

/// Puts `staging` in place of `out`. Returns where the previous site is now, if there was
/// one: `staging`'s own path after an atomic exchange, else a new `.<name>.candor-old-…`.
/// On failure `out` is as it was and `staging` still holds the new site.
pub(crate) fn swap(staging: &Path, out: &Path) -> Result<Option<PathBuf>, Error> {
    match fs::symlink_metadata(out) {
        Err(e) if e.kind() == io::ErrorKind::NotFound => {
            return fs::rename(staging, out)
                .map(|()| None)
                .map_err(|e| moving(out, staging, out, e));
        }
        Err(e) => return Err(io(out)(e)),
        Ok(_) => {}
    }
    // One atomic exchange where the OS has it (Linux renameat2): readers of `out` see the old
    // site or the new one, never a gap.
    #[cfg(target_os = "linux")]
    {
        use rustix::fs::{CWD, RenameFlags, renameat_with};
        use rustix::io::Errno;
        match renameat_with(CWD, staging, CWD, out, RenameFlags::EXCHANGE) {
            Ok(()) => return Ok(Some(staging.to_path_buf())),
            // This file system or kernel has no exchange: two renames, below.
            Err(Errno::INVAL | Errno::NOSYS | Errno::OPNOTSUPP) => {}
            Err(e) => return Err(moving(out, staging, out, e.into())),
        }
    }
    swap_by_renames(staging, out)
}

/// `swap` where there is no atomic exchange: `out` is moved aside, then `staging` moved in
/// (readers may find no site for that moment); on failure the previous site is put back.
fn swap_by_renames(staging: &Path, out: &Path) -> Result<Option<PathBuf>, Error> {
    // A name of our own for the previous site (renaming a folder onto an empty one replaces
    // it), so nothing that was there is touched.
    let old = Folder::create(out, "old")?;
    let old = old.path.clone();
    if let Err(e) = fs::rename(out, &old) {
        let _ = fs::remove_dir(&old);
        return Err(moving(out, out, &old, e));
    }
    if let Err(e) = fs::rename(staging, out) {
        // Put the previous site back, so a failed build leaves it in place.
        return Err(match fs::rename(&old, out) {
            Ok(()) => moving(out, staging, out, e),
            Err(back) => explained(
                out,
                format!(
                    "cannot move `{}` here: {}; and the previous site could not be put back from `{}`: {}\nhelp: rename `{}` to `{}` yourself",
                    staging.display(),
                    io_reason(&e),
                    old.display(),
                    io_reason(&back),
                    old.display(),
                    out.display()
                ),
            ),
        });
    }
    Ok(Some(old))
}

/// Which leftovers `clean_stale` looks at.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Leftovers {
    /// Staging folders: before a run stages, so a dead run's do not eat the disk it needs.
    Staging,
    /// Previous sites moved aside: only once a new site is in place, since a run killed
    /// between its two renames leaves the only copy of the site there.
    Old,
}

/// Removes what killed runs left beside `out`: folders that carry the marker and that no
/// live run holds (or that are empty). Call it holding the output lock, so no run is between
/// creating a folder and locking it. Failures are notices.
pub(crate) fn clean_stale(out: &Path, which: Leftovers, tell: &Tell) {
    let Some(name) = out.file_name().map(|n| n.to_string_lossy().into_owned()) else {
        return;
    };
    let prefix = format!(".{name}.candor-");
    let Ok(entries) = fs::read_dir(parent_of(out)) else {
        return;
    };
    for entry in entries.flatten() {
        let file_name = entry.file_name();
        let Some(rest) = file_name.to_str().and_then(|n| n.strip_prefix(&prefix)) else {
            continue;
        };
        // (`staging` and `old` alone are the fixed names earlier versions used.)
        let kind = match which {
            Leftovers::Staging => "staging",
            Leftovers::Old => "old",
        };
        if !rest.starts_with(kind) || !entry.file_type().is_ok_and(|t| t.is_dir()) {
            continue;
        }
        let path = entry.path();
        // A live build or watch keeps its folder locked.
        let Some(_held) = lock_dir(&path) else {
            continue;
        };
        if path.join(MARKER).is_file() {
            if let Err(e) = remove_tree(&path) {
                tell.say(Notice::LeftoverNotRemoved {
                    reason: io_reason(&e),
                    path,
                });
            }
        } else if fs::remove_dir(&path).is_err() {
            tell.say(Notice::LeftoverUnmarked { path });
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_busy_rename_is_explained_as_a_mount_point_with_a_fix() {
        let out = Path::new("/srv/public");
        let e = moving(
            out,
            Path::new("/srv/.public.candor-staging-1-0"),
            out,
            io::Error::from(io::ErrorKind::ResourceBusy),
        );
        let text = e.to_string();
        assert!(
            text.starts_with("/srv/public: it is a mount point"),
            "{text}"
        );
        assert!(
            text.contains("\nhelp: mount the volume one folder up")
                && text.contains("`--out /srv/site/public`"),
            "{text}"
        );
    }

    #[test]
    fn other_rename_failures_name_both_paths() {
        let e = moving(
            Path::new("/srv/public"),
            Path::new("/srv/.public.candor-staging-1-0"),
            Path::new("/srv/public"),
            io::Error::from(io::ErrorKind::PermissionDenied),
        );
        assert_eq!(
            e.to_string(),
            "/srv/public: cannot move `/srv/.public.candor-staging-1-0` here: permission denied"
        );
    }

    #[test]
    fn an_unwritable_parent_says_it_must_be_writable() {
        let e = beside(
            Path::new("site/public"),
            Path::new("site/.public.candor-lock"),
            io::Error::from(io::ErrorKind::PermissionDenied),
        );
        let text = e.to_string();
        assert!(
            text.starts_with("site/.public.candor-lock: permission denied\nhelp:")
                && text.contains("`site` must be writable"),
            "{text}"
        );
    }

    #[test]
    fn siblings_are_beside_the_folder_even_for_a_bare_name() {
        assert_eq!(
            sibling(Path::new("public"), "lock"),
            Path::new("./.public.candor-lock")
        );
        assert_eq!(
            sibling(Path::new("/a/b/out"), "staging-1-2"),
            Path::new("/a/b/.out.candor-staging-1-2")
        );
    }

    /// A staging folder and an output folder holding `tag` in `index.html`.
    fn two_sites(dir: &Path) -> (PathBuf, PathBuf) {
        let (staging, out) = (dir.join(".public.candor-staging-1-0"), dir.join("public"));
        for (d, tag) in [(&staging, "new"), (&out, "old")] {
            fs::create_dir(d).unwrap();
            fs::write(d.join("index.html"), tag).unwrap();
            fs::write(d.join(MARKER), "").unwrap();
        }
        (staging, out)
    }

    #[test]
    fn swap_exchanges_and_returns_where_the_previous_site_is() {
        let dir = tempfile::TempDir::new().unwrap();
        let (staging, out) = two_sites(dir.path());
        let previous = swap(&staging, &out).unwrap().unwrap();
        assert_eq!(fs::read_to_string(out.join("index.html")).unwrap(), "new");
        assert_eq!(
            fs::read_to_string(previous.join("index.html")).unwrap(),
            "old"
        );
        remove_previous(&previous).unwrap();
        // Into a folder that is not there yet: a plain rename, nothing to remove.
        let staging = dir.path().join(".x.candor-staging-1-1");
        fs::create_dir(&staging).unwrap();
        assert_eq!(swap(&staging, &dir.path().join("x")).unwrap(), None);
        assert!(dir.path().join("x").is_dir() && !staging.exists());
    }

    #[test]
    fn swap_by_renames_moves_the_old_site_to_a_name_of_its_own() {
        let dir = tempfile::TempDir::new().unwrap();
        let (staging, out) = two_sites(dir.path());
        let previous = swap_by_renames(&staging, &out).unwrap().unwrap();
        let name = previous.file_name().unwrap().to_string_lossy().into_owned();
        assert!(name.starts_with(".public.candor-old-"), "{name}");
        assert_eq!(fs::read_to_string(out.join("index.html")).unwrap(), "new");
        assert_eq!(
            fs::read_to_string(previous.join("index.html")).unwrap(),
            "old"
        );
        assert!(!staging.exists());
    }

    #[test]
    fn swap_by_renames_puts_the_previous_site_back_when_the_new_one_cannot_go_in() {
        let dir = tempfile::TempDir::new().unwrap();
        let (_, out) = two_sites(dir.path());
        let missing = dir.path().join(".public.candor-staging-9-9");
        let e = swap_by_renames(&missing, &out).unwrap_err().to_string();
        assert!(
            e.contains("cannot move") && e.contains("no such file"),
            "{e}"
        );
        assert_eq!(fs::read_to_string(out.join("index.html")).unwrap(), "old");
        let names: Vec<_> = fs::read_dir(dir.path()).unwrap().collect();
        assert_eq!(names.len(), 2, "{names:?}");
    }

    #[test]
    fn a_trailing_slash_or_dot_names_the_folder_itself() {
        assert_eq!(
            resolve(Path::new("site/public/")).unwrap(),
            Path::new("site/public")
        );
        assert_eq!(
            resolve(Path::new("site/public/.")).unwrap(),
            Path::new("site/public")
        );
    }

    #[test]
    fn the_lock_is_exclusive_and_removed_on_release() {
        let dir = tempfile::TempDir::new().unwrap();
        let out = dir.path().join("public");
        let held = Lock::acquire(&out, &Tell::new(|_| {})).unwrap();
        assert!(sibling(&out, "lock").exists());
        assert!(
            Lock::try_acquire(&out, &Tell::new(|_| {}))
                .unwrap()
                .is_none()
        );
        drop(held);
        assert!(!sibling(&out, "lock").exists());
        let again = Lock::try_acquire(&out, &Tell::new(|_| {})).unwrap();
        assert!(again.is_some());
    }

    #[test]
    fn a_link_at_the_locks_name_is_not_followed() {
        let dir = tempfile::TempDir::new().unwrap();
        let out = dir.path().join("public");
        let target = dir.path().join("elsewhere");
        std::os::unix::fs::symlink(&target, sibling(&out, "lock")).unwrap();
        let e = Lock::acquire(&out, &Tell::new(|_| {}))
            .unwrap_err()
            .to_string();
        assert!(e.contains(".public.candor-lock"), "{e}");
        assert!(!target.exists());
    }

    #[test]
    fn stale_folders_go_only_when_marked_and_unlocked() {
        let dir = tempfile::TempDir::new().unwrap();
        let out = dir.path().join("public");
        let mk = |name: &str, marker: bool, extra: bool| {
            let p = dir.path().join(name);
            fs::create_dir(&p).unwrap();
            if marker {
                fs::write(p.join(MARKER), "").unwrap();
            }
            if extra {
                fs::write(p.join("index.html"), "x").unwrap();
            }
            p
        };
        let dead = mk(".public.candor-staging-7-0", true, true);
        let old = mk(".public.candor-old-7-1", true, true);
        let legacy = mk(".public.candor-staging", true, true);
        let empty = mk(".public.candor-staging-7-2", false, false);
        let unmarked = mk(".public.candor-staging-7-3", false, true);
        let live = mk(".public.candor-staging-8-0", true, true);
        let other = mk(".other.candor-staging-7-0", true, true);
        let _held = lock_dir(&live).unwrap();
        let said = std::sync::Arc::new(std::sync::Mutex::new(Vec::new()));
        let to = said.clone();
        let tell = Tell::new(move |n| to.lock().unwrap().push(n.to_string()));
        clean_stale(&out, Leftovers::Staging, &tell);
        // The unmarked folder is named, not removed; nothing else is worth a word.
        assert_eq!(
            *said.lock().unwrap(),
            [format!(
                "note: `{}` has a candor name but no `{MARKER}` file, so it was left alone; delete it yourself if nothing needs it",
                unmarked.display()
            )]
        );
        assert!(
            old.exists(),
            "previous sites wait until a new one is in place"
        );
        clean_stale(&out, Leftovers::Old, &Tell::new(|_| {}));
        for gone in [&dead, &old, &legacy, &empty] {
            assert!(!gone.exists(), "{}", gone.display());
        }
        for kept in [&unmarked, &live, &other] {
            assert!(kept.join("index.html").exists(), "{}", kept.display());
        }
    }
}
