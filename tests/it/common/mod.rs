//! Test harness in the manner of mdBook's `BookTest`: copy a fixture site into a temp dir,
//! run candor on it, look at what it wrote.

use std::fs;
use std::path::{Path, PathBuf};

use assert_cmd::Command;
use tempfile::TempDir;

use crate::library;

pub mod receiver;

/// The fixed "now" every test builds at, so output never depends on the clock.
pub const NOW: &str = "2026-11-20T10:00:00Z";

pub fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(name)
}

pub fn copy_dir(from: &Path, to: &Path) {
    for entry in walkdir::WalkDir::new(from) {
        let entry = entry.unwrap();
        let rel = entry.path().strip_prefix(from).unwrap();
        let dest = to.join(rel);
        if entry.file_type().is_dir() {
            fs::create_dir_all(&dest).unwrap();
        } else {
            fs::copy(entry.path(), &dest).unwrap();
        }
    }
}

pub struct TestSite {
    pub dir: TempDir,
}

impl TestSite {
    /// A copy of `tests/fixtures/<name>`.
    pub fn new(name: &str) -> Self {
        let dir = TempDir::new().unwrap();
        copy_dir(&fixture(name), dir.path());
        TestSite { dir }
    }

    /// A copy of `tests/fixtures/site`, built at NOW into `public/`.
    pub fn built() -> Self {
        let site = TestSite::new("site");
        site.build("public").success();
        site
    }

    /// A copy of the shipped example site (candor.yaml + incidents/).
    pub fn example() -> Self {
        let dir = TempDir::new().unwrap();
        let root = Path::new(env!("CARGO_MANIFEST_DIR"));
        fs::copy(root.join("candor.yaml"), dir.path().join("candor.yaml")).unwrap();
        copy_dir(&root.join("incidents"), &dir.path().join("incidents"));
        TestSite { dir }
    }

    pub fn root(&self) -> &Path {
        self.dir.path()
    }

    pub fn path(&self, rel: &str) -> PathBuf {
        self.dir.path().join(rel)
    }

    pub fn write(&self, rel: &str, text: &str) {
        let p = self.path(rel);
        fs::create_dir_all(p.parent().unwrap()).unwrap();
        fs::write(p, text).unwrap();
    }

    pub fn read(&self, rel: &str) -> String {
        fs::read_to_string(self.path(rel)).unwrap_or_else(|e| panic!("{rel}: {e}"))
    }

    /// `candor --root <site> --color never <args>`, to run to its end and assert on.
    pub fn cmd(&self, args: &[&str]) -> Command {
        Command::from_std(self.process(args))
    }

    /// The same command as a plain process, for a test that watches it while it runs. It
    /// runs in the site folder, so reports name files as `incidents/x.yaml` (they name them
    /// from the current folder).
    pub fn process(&self, args: &[&str]) -> std::process::Command {
        let mut c = std::process::Command::new(env!("CARGO_BIN_EXE_candor"));
        c.current_dir(self.root())
            .arg("--root")
            .arg(self.root())
            .args(["--color", "never"])
            .args(args)
            .env_remove("SOURCE_DATE_EPOCH");
        c
    }

    /// The staging or old-site folders candor left beside the output (there should be none).
    pub fn leftovers(&self) -> Vec<String> {
        fs::read_dir(self.root())
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .filter(|n| n.contains("candor-"))
            .collect()
    }

    /// Build options for the library's pipeline on this site, as of NOW.
    pub fn options(&self) -> library::BuildOptions {
        library::BuildOptions {
            paths: library::SitePaths::new(self.root(), None),
            now: NOW.parse().unwrap(),
            strict: false,
            base_url: None,
            fail_on: Vec::new(),
            include_drafts: false,
        }
    }

    /// What `candor announce ID --now NOW` and `extra` flags print; the command must succeed.
    pub fn announce(&self, id: &str, extra: &[&str]) -> String {
        let out = self
            .cmd(&[&["announce", id, "--now", NOW][..], extra].concat())
            .assert()
            .success()
            .get_output()
            .stdout
            .clone();
        String::from_utf8(out).unwrap()
    }

    /// `candor build --now NOW` into `out` (relative to the site).
    pub fn build(&self, out: &str) -> assert_cmd::assert::Assert {
        let out = self.path(out);
        self.cmd(&["build", "--now", NOW, "--out"])
            .arg(out)
            .assert()
    }
}

/// Every file under `dir`, relative path → bytes.
pub fn snapshot_dir(dir: &Path) -> std::collections::BTreeMap<String, Vec<u8>> {
    walkdir::WalkDir::new(dir)
        .into_iter()
        .map(Result::unwrap)
        .filter(|e| e.file_type().is_file())
        .map(|e| {
            (
                e.path()
                    .strip_prefix(dir)
                    .unwrap()
                    .to_string_lossy()
                    .into_owned(),
                fs::read(e.path()).unwrap(),
            )
        })
        .collect()
}
