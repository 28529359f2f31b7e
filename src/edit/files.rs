//! How `candor new` and `candor update` touch the disk, so that two people on call at once
//! never lose each other's words: one lock per site held across read, check and write (on the
//! incidents folder, which is never replaced, unlike an incident file, which a rename gives a
//! new inode), a unique temporary file for every write, and new files created without ever
//! replacing one that appeared meanwhile.

use std::fs;
use std::io::{Read, Write};
use std::path::{Path, PathBuf};

use crate::error::Error;

/// Where the lock lives on systems that cannot lock a folder: its leading dot keeps it out of
/// loads and watches.
const LOCK_NAME: &str = ".candor.lock";

use crate::error::io;

/// Held while a command reads, checks and writes incident files; released on drop (and by
/// the system if the process dies: it is an advisory `flock`-style lock, which readers such
/// as `build` never take).
#[derive(Debug)]
pub(crate) struct EditLock {
    _file: fs::File,
}

impl EditLock {
    /// Waits for and takes the site's edit lock on `dir` (the incidents folder): the folder
    /// itself where the system can lock one (Unix), so nothing is left in it; else a lock file
    /// inside it.
    pub(crate) fn acquire(dir: &Path) -> Result<EditLock, Error> {
        let (path, file) = match fs::File::open(dir) {
            Ok(file) if cfg!(unix) => (dir.to_path_buf(), file),
            _ => {
                let path = dir.join(LOCK_NAME);
                let file = fs::OpenOptions::new()
                    .read(true)
                    .write(true)
                    .create(true)
                    .truncate(false)
                    .open(&path)
                    .map_err(io(&path))?;
                (path, file)
            }
        };
        file.lock().map_err(io(&path))?;
        Ok(EditLock { _file: file })
    }
}

/// What went wrong reading a file with a size limit.
#[derive(Debug)]
pub(crate) enum ReadError {
    Io(std::io::Error),
    /// Longer than the limit (only the first `limit + 1` bytes were read).
    TooLarge,
    NotUtf8,
}

/// Reads at most `limit` bytes of UTF-8 text: reading stops one byte past the limit, so a
/// device such as `/dev/zero` or a file still growing cannot make it read without end.
pub(crate) fn read_bounded(path: &Path, limit: u64) -> Result<String, ReadError> {
    let file = fs::File::open(path).map_err(ReadError::Io)?;
    if file.metadata().map_err(ReadError::Io)?.is_dir() {
        return Err(ReadError::Io(std::io::Error::from(
            std::io::ErrorKind::IsADirectory,
        )));
    }
    let mut bytes = Vec::new();
    file.take(limit + 1)
        .read_to_end(&mut bytes)
        .map_err(ReadError::Io)?;
    if bytes.len() as u64 > limit {
        return Err(ReadError::TooLarge);
    }
    String::from_utf8(bytes).map_err(|_| ReadError::NotUtf8)
}

/// A fresh temporary file beside `path`, named so loads and watches ignore it, with the
/// permissions a plain `create` would give (`0o666` less the umask) rather than private ones.
fn temp_beside(path: &Path) -> Result<tempfile::NamedTempFile, Error> {
    let dir = path.parent().unwrap_or(Path::new("."));
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let prefix = format!(".{name}.");
    let mut builder = tempfile::Builder::new();
    builder.prefix(&prefix).suffix(".tmp");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        builder.permissions(fs::Permissions::from_mode(0o666));
    }
    builder.tempfile_in(dir).map_err(io(dir))
}

fn fill(tmp: &mut tempfile::NamedTempFile, bytes: &[u8]) -> Result<(), Error> {
    let path = tmp.path().to_path_buf();
    tmp.write_all(bytes).map_err(io(&path))?;
    tmp.as_file().sync_all().map_err(io(&path))
}

/// Replaces the file at `path` (already resolved past any symbolic link) with `bytes`, in one
/// step that readers see whole, keeping its permissions.
pub(crate) fn replace(path: &Path, bytes: &[u8]) -> Result<(), Error> {
    let perms = fs::metadata(path).map_err(io(path))?.permissions();
    let mut tmp = temp_beside(path)?;
    fill(&mut tmp, bytes)?;
    tmp.as_file()
        .set_permissions(perms)
        .map_err(io(tmp.path()))?;
    tmp.persist(path).map_err(|e| Error::Io {
        path: path.to_path_buf(),
        source: e.error,
    })?;
    Ok(())
}

/// Creates `path` holding `bytes`, or returns `Ok(false)` if a file of that name exists,
/// even one that appeared a moment ago: the name is claimed atomically (a no-replace rename
/// or a hard link), never checked first and written after.
pub(crate) fn create_new(path: &Path, bytes: &[u8]) -> Result<bool, Error> {
    let mut tmp = temp_beside(path)?;
    fill(&mut tmp, bytes)?;
    match tmp.persist_noclobber(path) {
        Ok(_) => Ok(true),
        Err(e) if e.error.kind() == std::io::ErrorKind::AlreadyExists => Ok(false),
        Err(e) => Err(Error::Io {
            path: path.to_path_buf(),
            source: e.error,
        }),
    }
}

/// The real file behind `path`, and whether it lies inside `root` (both resolved past links).
pub(crate) fn resolve_inside(path: &Path, root: &Path) -> Result<(PathBuf, bool), Error> {
    let real = fs::canonicalize(path).map_err(io(path))?;
    let root = fs::canonicalize(root).map_err(io(root))?;
    let inside = real.starts_with(&root);
    Ok((real, inside))
}
