//! Files whose bytes did not change keep their modification time: a file of the new site that
//! has the same bytes as the same path in the site being replaced is a hard link to that file
//! (same inode, same mtime), not a fresh copy. `rsync`, `rclone sync` and `aws s3 sync` decide
//! what to upload by size and modification time, so after a rebuild they upload only what
//! changed (docs/deploy.md, "Upload only what changed").
//!
//! Safe because no candor code ever writes into an existing file of a site: `create` below
//! refuses a path that exists, and `Writer::patch` unlinks before it writes. So sharing an
//! inode between the old and the new site never lets one change the other; the swap stays one
//! rename, and the new site's bytes are exactly what was rendered.

use std::fs::{self, OpenOptions};
use std::io::{self, Write};
use std::path::Path;

/// Puts `bytes` at `path` (whose folder must exist, and which must not exist yet): a hard link
/// to `previous` when that is a regular file with exactly these bytes, else a new file.
pub(super) fn place(path: &Path, bytes: &[u8], previous: Option<&Path>) -> io::Result<()> {
    put(path, bytes, unchanged(previous, bytes))
}

/// `previous` if it is a regular file with exactly `bytes`: the file to link to. Asked once per
/// file (it reads the file), also when the first `put` finds the folder missing.
pub(super) fn unchanged<'a>(previous: Option<&'a Path>, bytes: &[u8]) -> Option<&'a Path> {
    previous.filter(|old| same_bytes(old, bytes))
}

/// `place`, told already whether the file is `unchanged`.
pub(super) fn put(path: &Path, bytes: &[u8], unchanged: Option<&Path>) -> io::Result<()> {
    if let Some(old) = unchanged
        && fs::hard_link(old, path).is_ok()
    {
        return Ok(());
    }
    // A link that failed (a file system without them) falls back to writing, as before.
    create(path, bytes)
}

/// Writes a new file, refusing to open one that exists: it may be a hard link into the site
/// readers see, which must never change in place.
fn create(path: &Path, bytes: &[u8]) -> io::Result<()> {
    let mut file = OpenOptions::new().write(true).create_new(true).open(path)?;
    file.write_all(bytes)
}

/// Whether `old` is a regular file (not a link to somewhere else) holding exactly `bytes`.
/// The size is compared first, so a changed page is usually told apart without reading it.
fn same_bytes(old: &Path, bytes: &[u8]) -> bool {
    use std::io::Read as _;
    // Read into one buffer per thread: a rebuild reads back every file of the last site.
    thread_local! {
        static READ: std::cell::RefCell<Vec<u8>> = const { std::cell::RefCell::new(Vec::new()) };
    }
    match fs::symlink_metadata(old) {
        Ok(meta) if meta.is_file() && meta.len() == bytes.len() as u64 => {
            READ.with_borrow_mut(|buf| {
                buf.clear();
                let read =
                    fs::File::open(old).and_then(|f| f.take(meta.len() + 1).read_to_end(buf));
                read.is_ok() && buf[..] == *bytes
            })
        }
        _ => false,
    }
}

/// Gives each folder of `staging` that holds the same names as its counterpart in `previous`
/// that folder's modification time: every folder of a staging folder is new, and `rsync -a`
/// would otherwise list each one (a 10,000-incident site has as many folders as incidents).
/// Best effort: a time that cannot be set (Windows cannot open a folder as a file) only
/// costs a listed folder. Call it once nothing more is written into `staging`.
pub(super) fn keep_folder_times(staging: &Path, previous: &Path) {
    use rayon::prelude::*;
    let folders: Vec<_> = walkdir::WalkDir::new(staging)
        .into_iter()
        .filter_map(Result::ok)
        .filter(|e| e.file_type().is_dir())
        .map(walkdir::DirEntry::into_path)
        .collect();
    folders.par_iter().for_each(|folder| {
        let Ok(rel) = folder.strip_prefix(staging) else {
            return;
        };
        let old = previous.join(rel);
        let same = names(folder).is_some_and(|n| names(&old).as_ref() == Some(&n));
        if same && let Ok(time) = fs::metadata(&old).and_then(|m| m.modified()) {
            let _ = fs::File::open(folder).and_then(|f| f.set_modified(time));
        }
    });
}

/// The names in a folder, sorted.
fn names(folder: &Path) -> Option<std::collections::BTreeSet<std::ffi::OsString>> {
    fs::read_dir(folder)
        .ok()?
        .map(|e| e.map(|e| e.file_name()))
        .collect::<io::Result<_>>()
        .ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_same_bytes_are_linked_other_bytes_written_and_nothing_is_overwritten() {
        let dir = tempfile::tempdir().unwrap();
        let old = dir.path().join("old");
        fs::write(&old, "page").unwrap();
        let same = dir.path().join("same");
        place(&same, b"page", Some(&old)).unwrap();
        let other = dir.path().join("other");
        place(&other, b"changed", Some(&old)).unwrap();
        #[cfg(unix)]
        {
            use std::os::unix::fs::MetadataExt;
            let ino = |p: &Path| fs::metadata(p).unwrap().ino();
            assert_eq!(ino(&same), ino(&old));
            assert_ne!(ino(&other), ino(&old));
        }
        assert_eq!(fs::read(&other).unwrap(), b"changed");
        // Writing again at a linked path would change the old site too: refused.
        assert!(place(&same, b"page!", None).is_err());
        assert_eq!(fs::read(&old).unwrap(), b"page");
    }
}
