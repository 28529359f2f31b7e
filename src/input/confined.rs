//! The one rule for what candor reads: regular files inside the site folder. A symbolic link
//! is followed only while it stays inside; one that leads out (a theme's `static/env` linked to
//! `/proc/self/environ`) is an error naming the link, so nothing of the build machine is
//! published or echoed in a diagnostic. Named pipes, devices and sockets are never opened for
//! reading (a pipe would hang the build, `/dev/zero` would never end).
//!
//! The site folder is `--root`. The config file is the one input that may live elsewhere:
//! `--config` names it on purpose, so its own folder is allowed for it, and for it alone.
//! Incidents and themes always come from inside `--root`.
//!
//! The check is made on the file opened, not on a path looked at before: the file is reached
//! from the site folder one component at a time with `O_NOFOLLOW`, so a folder swapped for a
//! link between the check and the open makes the open fail rather than read outside.

use std::fs::{self, File, Metadata};
use std::io::{self, Read};
use std::path::{Component, Path, PathBuf};
use std::sync::OnceLock;

use crate::diagnostic::Diagnostic;
use crate::error::io_reason;
use crate::input::dangling_link;

/// The folders a set of inputs may be read from (see the module comment).
#[derive(Debug)]
pub(crate) struct SiteFolder {
    /// As given: what paths to read are found under, lexically.
    roots: Vec<PathBuf>,
    /// The same folders with every link resolved: what a resolved path must lie under.
    real: OnceLock<Vec<PathBuf>>,
}

/// Why a bounded read failed.
#[derive(Debug)]
pub(crate) enum ReadError {
    /// Not read: outside the site, not a regular file, or an I/O error (the diagnostic says).
    Refused(Diagnostic),
    /// More bytes than the limit. `len` is the size the file system reports when that alone
    /// is over the limit (for a message with a number); `None` for a file that grew or that
    /// reports no size.
    TooLarge { len: Option<u64> },
}

impl SiteFolder {
    /// Inputs under `root` only: incidents and themes.
    pub(crate) fn new(root: &Path) -> SiteFolder {
        SiteFolder {
            roots: vec![non_empty(root)],
            real: OnceLock::new(),
        }
    }

    /// The config file's reader: `root`, plus the folder the config file is in when
    /// `--config` names one elsewhere.
    pub(crate) fn for_config(root: &Path, config: &Path) -> SiteFolder {
        let mut site = SiteFolder::new(root);
        let dir = non_empty(config.parent().unwrap_or(Path::new(".")));
        if dir != site.roots[0] {
            site.roots.push(dir);
        }
        site
    }

    fn real_roots(&self) -> &[PathBuf] {
        self.real.get_or_init(|| {
            self.roots
                .iter()
                .filter_map(|r| fs::canonicalize(r).ok())
                .collect()
        })
    }

    /// Whether a fully resolved path lies inside the site.
    pub(crate) fn contains_real(&self, real: &Path) -> bool {
        self.real_roots().iter().any(|r| real.starts_with(r))
    }

    /// A path as shown in messages: relative to the site folder where it is inside it.
    pub(crate) fn display(&self, path: &Path) -> String {
        let shown = path.strip_prefix(&self.roots[0]).unwrap_or(path);
        shown.to_string_lossy().replace('\\', "/")
    }

    /// Resolves every link in `path` and returns the real path, or the error for a link that
    /// leads outside the site, or points at nothing.
    pub(crate) fn resolve(&self, path: &Path, display: &str) -> Result<PathBuf, Diagnostic> {
        let real = fs::canonicalize(path).map_err(|e| {
            dangling_link(path, display).unwrap_or_else(|| cannot_read(display, &e))
        })?;
        if self.contains_real(&real) {
            Ok(real)
        } else {
            Err(self.outside(path, display, &real))
        }
    }

    /// The error for `path` leading outside the site: names the link that leads out and what
    /// it points at (the link's text, not anything read through it).
    fn outside(&self, path: &Path, display: &str, real: &Path) -> Diagnostic {
        let message = match self.culprit(path) {
            Some((link, target)) if link == path => format!(
                "`{display}` is a symbolic link to `{}`, outside the site folder",
                shown(&target)
            ),
            Some((link, target)) => format!(
                "`{display}` is outside the site folder: `{}` is a symbolic link to `{}`",
                self.display(&link),
                shown(&target)
            ),
            None => format!(
                "`{display}` is outside the site folder: it resolves to `{}`",
                shown(real)
            ),
        };
        Diagnostic::error(message)
            .with_file(display)
            .with_help(OUTSIDE_HELP)
    }

    /// The first link along `path` (below the site folder it is written under) whose target
    /// lies outside the site, with the target as written in the link.
    fn culprit(&self, path: &Path) -> Option<(PathBuf, PathBuf)> {
        let under = self
            .roots
            .iter()
            .chain(self.real_roots())
            .filter(|r| path.starts_with(r))
            .map(|r| r.components().count())
            .max()?;
        let mut prefix = PathBuf::new();
        for (i, c) in path.components().enumerate() {
            prefix.push(c);
            if i < under {
                continue;
            }
            let is_link = fs::symlink_metadata(&prefix).is_ok_and(|m| m.file_type().is_symlink());
            if is_link
                && fs::canonicalize(&prefix).map_or(true, |r| !self.contains_real(&r))
                && let Ok(target) = fs::read_link(&prefix)
            {
                return Some((prefix, target));
            }
        }
        None
    }

    /// Opens a regular file inside the site for reading (see the module comment).
    pub(crate) fn open(&self, path: &Path, display: &str) -> Result<(File, Metadata), Diagnostic> {
        // The usual case: a path under the site folder with no link in it, opened directly.
        for root in &self.roots {
            if let Some(rel) = plain_relative(path, root) {
                match open_beneath(root, &rel) {
                    Err(Beneath::Link) => break,
                    done => return done.map_err(|b| self.refusal(path, display, b)),
                }
            }
        }
        // A link on the way (or a path written some other way): resolve it, check where it
        // leads, then open that real path from the real site folder, again without links.
        let real = self.resolve(path, display)?;
        let (root, rel) = self
            .real_roots()
            .iter()
            .find_map(|r| plain_relative(&real, r).map(|rel| (r, rel)))
            .ok_or_else(|| self.outside(path, display, &real))?;
        open_beneath(root, &rel).map_err(|b| self.refusal(path, display, b))
    }

    fn refusal(&self, path: &Path, display: &str, b: Beneath) -> Diagnostic {
        match b {
            Beneath::NotRegular(kind) => not_regular(display, kind),
            Beneath::Io(e) => {
                dangling_link(path, display).unwrap_or_else(|| cannot_read(display, &e))
            }
            // Only after the links were resolved: a folder became a link in between.
            Beneath::Link => Diagnostic::error(format!(
                "`{display}` changed while it was being read (a folder on its path became a link)"
            ))
            .with_file(display)
            .with_help("run the command again once the files stop changing"),
        }
    }

    /// Reads a regular file inside the site, at most `limit` bytes: the limit holds however
    /// large the file claims to be or becomes while it is read.
    pub(crate) fn read(
        &self,
        path: &Path,
        display: &str,
        limit: u64,
    ) -> Result<Vec<u8>, ReadError> {
        let (file, meta) = self.open(path, display).map_err(ReadError::Refused)?;
        read_bounded(file, meta.len(), limit).map_err(|e| match e {
            Bounded::Over => ReadError::TooLarge {
                len: (meta.len() > limit).then_some(meta.len()),
            },
            Bounded::Io(e) => ReadError::Refused(cannot_read(display, &e)),
        })
    }
}

/// What helps when a link leads outside the site.
const OUTSIDE_HELP: &str = "candor reads only files inside the site folder; copy what the link points at into the site, or remove the link";

/// A link's target as written, for a message: control characters (a target is any bytes,
/// terminal escapes included) are shown escaped, never sent to the terminal.
pub(crate) fn shown(target: &Path) -> String {
    target
        .to_string_lossy()
        .chars()
        .map(|c| {
            if c.is_control() {
                c.escape_default().to_string()
            } else {
                c.to_string()
            }
        })
        .collect()
}

fn non_empty(p: &Path) -> PathBuf {
    if p.as_os_str().is_empty() {
        PathBuf::from(".")
    } else {
        p.to_path_buf()
    }
}

/// `path` below `root`, when it is written as plain names under it (no `..`, no root).
fn plain_relative(path: &Path, root: &Path) -> Option<PathBuf> {
    let rel = path.strip_prefix(root).ok()?;
    rel.components()
        .all(|c| matches!(c, Component::Normal(_)))
        .then(|| rel.to_path_buf())
}

pub(crate) fn cannot_read(display: &str, e: &io::Error) -> Diagnostic {
    Diagnostic::error(format!("cannot read `{display}`: {}", io_reason(e))).with_file(display)
}

/// What a file that is not a regular file is, in words.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Kind {
    Folder,
    Pipe,
    Socket,
    Device,
    Other,
}

impl Kind {
    pub(crate) fn of(ft: fs::FileType) -> Kind {
        #[cfg(unix)]
        {
            use std::os::unix::fs::FileTypeExt;
            if ft.is_fifo() {
                return Kind::Pipe;
            }
            if ft.is_socket() {
                return Kind::Socket;
            }
            if ft.is_char_device() || ft.is_block_device() {
                return Kind::Device;
            }
        }
        if ft.is_dir() {
            Kind::Folder
        } else {
            Kind::Other
        }
    }
}

/// The error for something that is not a regular file where one is read.
pub(crate) fn not_regular(display: &str, kind: Kind) -> Diagnostic {
    if kind == Kind::Folder {
        return Diagnostic::error(format!("`{display}` is a folder, not a file"))
            .with_file(display);
    }
    let what = match kind {
        Kind::Pipe => "a named pipe",
        Kind::Socket => "a socket",
        Kind::Device => "a device",
        Kind::Folder | Kind::Other => "not a regular file",
    };
    let message = if kind == Kind::Other {
        format!("`{display}` is not a regular file")
    } else {
        format!("`{display}` is {what}, not a regular file")
    };
    Diagnostic::error(message)
        .with_file(display)
        .with_help("candor reads only regular files; replace it with the file itself, or delete it")
}

enum Bounded {
    Over,
    Io(io::Error),
}

/// Reads at most `limit` bytes (one more, to tell "exactly the limit" from "over it").
/// `hint` (the reported size) only sizes the buffer.
fn read_bounded(file: File, hint: u64, limit: u64) -> Result<Vec<u8>, Bounded> {
    let mut bytes = Vec::with_capacity(hint.min(limit) as usize);
    file.take(limit.saturating_add(1))
        .read_to_end(&mut bytes)
        .map_err(Bounded::Io)?;
    if bytes.len() as u64 > limit {
        return Err(Bounded::Over);
    }
    Ok(bytes)
}

/// Why a file could not be opened beneath a folder without following links.
enum Beneath {
    /// A link on the way: resolve it and check where it leads first.
    Link,
    NotRegular(Kind),
    Io(io::Error),
}

/// Opens `root/rel` for reading, following no link below `root`, refusing anything but a
/// regular file before opening it (a device is never opened) and again after (in case it was
/// swapped in between).
#[cfg(unix)]
fn open_beneath(root: &Path, rel: &Path) -> Result<(File, Metadata), Beneath> {
    use rustix::fs::{AtFlags, FileType, Mode, OFlags, open, openat, statat};

    let names: Vec<_> = rel.components().map(Component::as_os_str).collect();
    let Some((last, folders)) = names.split_last() else {
        return Err(Beneath::NotRegular(Kind::Folder));
    };
    let dir_flags = OFlags::RDONLY | OFlags::DIRECTORY | OFlags::CLOEXEC;
    let mut dir = open(root, dir_flags, Mode::empty()).map_err(|e| Beneath::Io(e.into()))?;
    // A failed open is a link when the name is one (ELOOP or ENOTDIR, depending on the
    // system); anything else is the error it is.
    let classify =
        |dir: &rustix::fd::OwnedFd, name: &std::ffi::OsStr, e: rustix::io::Errno| match statat(
            dir,
            name,
            AtFlags::SYMLINK_NOFOLLOW,
        ) {
            Ok(st) if FileType::from_raw_mode(st.st_mode).is_symlink() => Beneath::Link,
            _ => Beneath::Io(e.into()),
        };
    for name in folders {
        dir = openat(&dir, *name, dir_flags | OFlags::NOFOLLOW, Mode::empty())
            .map_err(|e| classify(&dir, name, e))?;
    }
    let st = statat(&dir, *last, AtFlags::SYMLINK_NOFOLLOW).map_err(|e| Beneath::Io(e.into()))?;
    let ft = FileType::from_raw_mode(st.st_mode);
    if ft.is_symlink() {
        return Err(Beneath::Link);
    }
    if !ft.is_file() {
        return Err(Beneath::NotRegular(match ft {
            FileType::Directory => Kind::Folder,
            FileType::Fifo => Kind::Pipe,
            FileType::Socket => Kind::Socket,
            FileType::CharacterDevice | FileType::BlockDevice => Kind::Device,
            _ => Kind::Other,
        }));
    }
    // NONBLOCK: a pipe swapped in after the check must not block the open; NOCTTY: a
    // terminal must not become ours.
    let flags =
        OFlags::RDONLY | OFlags::NOFOLLOW | OFlags::NONBLOCK | OFlags::NOCTTY | OFlags::CLOEXEC;
    let fd = openat(&dir, *last, flags, Mode::empty()).map_err(|e| classify(&dir, last, e))?;
    let file = File::from(fd);
    let meta = file.metadata().map_err(Beneath::Io)?;
    if !meta.is_file() {
        return Err(Beneath::NotRegular(Kind::of(meta.file_type())));
    }
    Ok((file, meta))
}

/// Elsewhere: the resolved path is checked (by the caller) and opened; only the file type is
/// checked on the file opened.
#[cfg(not(unix))]
fn open_beneath(root: &Path, rel: &Path) -> Result<(File, Metadata), Beneath> {
    let path = root.join(rel);
    let meta = fs::symlink_metadata(&path).map_err(Beneath::Io)?;
    if meta.file_type().is_symlink() {
        return Err(Beneath::Link);
    }
    if !meta.is_file() {
        return Err(Beneath::NotRegular(Kind::of(meta.file_type())));
    }
    let file = File::open(&path).map_err(Beneath::Io)?;
    let meta = file.metadata().map_err(Beneath::Io)?;
    if !meta.is_file() {
        return Err(Beneath::NotRegular(Kind::of(meta.file_type())));
    }
    Ok((file, meta))
}

#[cfg(all(test, unix))]
mod tests {
    use super::*;
    use std::os::unix::fs::symlink;

    #[test]
    fn links_inside_are_followed_and_links_outside_are_named() {
        let outside = tempfile::tempdir().unwrap();
        fs::write(outside.path().join("secret"), "SECRET").unwrap();
        let site = tempfile::tempdir().unwrap();
        let root = site.path();
        fs::create_dir_all(root.join("a")).unwrap();
        fs::write(root.join("a/real.yaml"), "x: 1").unwrap();
        symlink("a/real.yaml", root.join("inside.yaml")).unwrap();
        symlink(outside.path().join("secret"), root.join("out.yaml")).unwrap();
        symlink(outside.path(), root.join("dir")).unwrap();
        let s = SiteFolder::new(root);
        let read = |p: &str| s.read(&root.join(p), p, 100);
        assert_eq!(read("inside.yaml").unwrap(), b"x: 1");
        let Err(ReadError::Refused(d)) = read("out.yaml") else {
            panic!("read outside")
        };
        assert_eq!(
            d.message,
            format!(
                "`out.yaml` is a symbolic link to `{}`, outside the site folder",
                outside.path().join("secret").display()
            )
        );
        let Err(ReadError::Refused(d)) = read("dir/secret") else {
            panic!("read outside")
        };
        assert_eq!(
            d.message,
            format!(
                "`dir/secret` is outside the site folder: `dir` is a symbolic link to `{}`",
                outside.path().display()
            )
        );
        assert!(matches!(read("a/real.yaml").map(|_| ()), Ok(())));
        let Err(ReadError::TooLarge { len: Some(4) }) = s.read(&root.join("a/real.yaml"), "r", 3)
        else {
            panic!("over the limit")
        };
    }

    #[test]
    fn the_config_may_sit_in_its_own_folder_but_incidents_may_not_link_there() {
        let elsewhere = tempfile::tempdir().unwrap();
        let config = elsewhere.path().join("candor.yaml");
        fs::write(&config, "title: T").unwrap();
        let site = tempfile::tempdir().unwrap();
        let as_config = SiteFolder::for_config(site.path(), &config);
        assert!(as_config.read(&config, "c", 100).is_ok());
        symlink(&config, site.path().join("x.yaml")).unwrap();
        let only_site = SiteFolder::new(site.path());
        assert!(
            only_site
                .read(&site.path().join("x.yaml"), "x", 100)
                .is_err()
        );
    }

    #[test]
    fn devices_and_folders_are_never_read() {
        let site = tempfile::tempdir().unwrap();
        symlink("/dev/zero", site.path().join("zero")).unwrap();
        // Inside the site folder "/", a device is still not a regular file.
        let s = SiteFolder::new(Path::new("/"));
        let Err(ReadError::Refused(d)) = s.read(Path::new("/dev/zero"), "zero", 10) else {
            panic!("read a device")
        };
        assert_eq!(d.message, "`zero` is a device, not a regular file");
        let Err(ReadError::Refused(d)) = s.read(site.path(), "dir", 10) else {
            panic!("read a folder")
        };
        assert_eq!(d.message, "`dir` is a folder, not a file");
    }

    /// `/proc` files report a size of 0: the limit holds because the read is bounded, not
    /// because the size was looked at first.
    #[cfg(target_os = "linux")]
    #[test]
    fn the_limit_holds_for_a_file_that_reports_no_size() {
        let s = SiteFolder::new(Path::new("/proc"));
        let status = Path::new("/proc/self/status");
        assert_eq!(fs::metadata(status).unwrap().len(), 0);
        assert!(matches!(
            s.read(status, "status", 10),
            Err(ReadError::TooLarge { len: None })
        ));
        assert!(s.read(status, "status", 1 << 20).unwrap().len() > 10);
    }
}
