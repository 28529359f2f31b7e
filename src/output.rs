//! The rendered site in memory (path → bytes), and writing it so readers never see a half
//! site: write a staging folder beside the target, then swap it in with one rename. candor
//! only ever replaces or deletes a folder that carries its marker file.

use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};

use rayon::prelude::*;

use crate::error::Error;

/// Written into every output folder; a folder without it is never replaced.
pub const MARKER: &str = ".candor-output";
const MARKER_TEXT: &str = "This folder is written by candor and replaced on every build.\n";

#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Output {
    pub files: BTreeMap<String, Vec<u8>>,
}

impl Output {
    pub fn insert(&mut self, path: impl Into<String>, bytes: impl Into<Vec<u8>>) {
        self.files.insert(path.into(), bytes.into());
    }

    pub fn get(&self, path: &str) -> Option<&[u8]> {
        self.files.get(path).map(Vec::as_slice)
    }

    pub fn len(&self) -> usize {
        self.files.len()
    }

    pub fn is_empty(&self) -> bool {
        self.files.is_empty()
    }

    pub fn bytes(&self) -> usize {
        self.files.values().map(Vec::len).sum()
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

/// Writes `output` to `out` atomically: staging folder, then a swap.
pub fn write(output: &Output, out: &Path) -> Result<(), Error> {
    check_target(out)?;
    let staging = sibling(out, "staging");
    if staging.exists() {
        // Left by a build that was killed; it is ours by its name.
        fs::remove_dir_all(&staging).map_err(io(&staging))?;
    }
    fs::create_dir_all(&staging).map_err(io(&staging))?;
    let dirs: std::collections::BTreeSet<PathBuf> = output
        .files
        .keys()
        .filter_map(|p| Path::new(p).parent().map(Path::to_path_buf))
        .filter(|p| !p.as_os_str().is_empty())
        .collect();
    for d in &dirs {
        let path = staging.join(d);
        fs::create_dir_all(&path).map_err(io(&path))?;
    }
    output.files.par_iter().try_for_each(|(rel, bytes)| {
        let path = staging.join(rel);
        fs::write(&path, bytes).map_err(io(&path))
    })?;
    let marker = staging.join(MARKER);
    fs::write(&marker, MARKER_TEXT).map_err(io(&marker))?;
    swap(&staging, out)
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
    if !out.exists() {
        return fs::rename(staging, out).map_err(io(out));
    }
    // One atomic exchange where the OS has it (Linux renameat2): readers of `out` see the old
    // site or the new one, never a gap.
    #[cfg(target_os = "linux")]
    {
        use rustix::fs::{CWD, RenameFlags, renameat_with};
        if renameat_with(CWD, staging, CWD, out, RenameFlags::EXCHANGE).is_ok() {
            return fs::remove_dir_all(staging).map_err(io(staging));
        }
    }
    let old = sibling(out, "old");
    if old.exists() {
        fs::remove_dir_all(&old).map_err(io(&old))?;
    }
    fs::rename(out, &old).map_err(io(out))?;
    fs::rename(staging, out).map_err(io(out))?;
    fs::remove_dir_all(&old).map_err(io(&old))
}
