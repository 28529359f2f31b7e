//! A rebuild leaves files whose bytes did not change untouched (same modification time), so
//! `rsync`, `rclone sync` and `aws s3 sync` upload only what changed (docs/deploy.md).

use std::fs;
use std::path::Path;
use std::time::{Duration, SystemTime};

use crate::common::{NOW, TestSite};

/// A time no build writes: a file that still has it afterwards was not rewritten.
fn long_ago() -> SystemTime {
    SystemTime::UNIX_EPOCH + Duration::from_secs(946_684_800)
}

fn set_long_ago(path: &Path) {
    fs::File::options()
        .write(true)
        .open(path)
        .unwrap()
        .set_modified(long_ago())
        .unwrap();
}

fn modified(path: &Path) -> SystemTime {
    fs::metadata(path).unwrap().modified().unwrap()
}

fn rebuild_after_editing_one_incident(extra: &[&str]) {
    let site = TestSite::new("site");
    let build = || {
        site.cmd(&[&["build", "--now", NOW][..], extra].concat())
            .assert()
            .success();
    };
    build();
    let unrelated = site.path("public/incidents/old-minor/index.html");
    let edited = site.path("public/incidents/db-upgrade/index.html");
    let mut watched = vec![unrelated.clone(), edited.clone()];
    if extra.contains(&"--precompress") {
        watched.push(site.path("public/incidents/old-minor/index.html.gz"));
        watched.push(site.path("public/incidents/old-minor/index.html.br"));
    }
    for p in &watched {
        set_long_ago(p);
    }
    // A folder whose names did not change keeps its time too (rsync -a lists folders).
    let folder = site.path("public/incidents/old-minor");
    fs::File::open(&folder)
        .unwrap()
        .set_modified(long_ago())
        .unwrap();
    let text = site.read("incidents/db-upgrade.yaml");
    site.write(
        "incidents/db-upgrade.yaml",
        &text.replace("We will upgrade", "We shall upgrade"),
    );
    build();
    assert!(
        site.read("public/incidents/db-upgrade/index.html")
            .contains("We shall upgrade")
    );
    assert_ne!(
        modified(&edited),
        long_ago(),
        "the edited incident's page is new"
    );
    for p in watched.iter().filter(|p| **p != edited) {
        assert_eq!(modified(p), long_ago(), "{} was rewritten", p.display());
    }
    assert_eq!(modified(&folder), long_ago(), "the folder's time changed");
    assert!(site.leftovers().is_empty(), "{:?}", site.leftovers());
}

#[test]
fn a_rebuild_keeps_the_mtime_of_pages_whose_bytes_did_not_change() {
    rebuild_after_editing_one_incident(&[]);
}

#[test]
fn a_precompressed_rebuild_keeps_the_mtime_of_unchanged_compressed_copies() {
    rebuild_after_editing_one_incident(&["--precompress"]);
}

/// `watch` and `serve` write through `Writer`, which keeps the previous site as its next
/// staging folder: a file changed by one rebuild and not by the next must keep the time the
/// first gave it, and a new watch over a folder a build wrote must not rewrite it all.
#[test]
fn the_watch_writer_keeps_the_mtime_of_files_the_last_rebuild_did_not_change() {
    use crate::library::{Output, Tell, Writer};
    use std::sync::Arc;

    let dir = tempfile::TempDir::new().unwrap();
    let out = dir.path().join("public");
    let site = |files: &[(&str, &str)]| {
        let mut output = Output::default();
        for (p, text) in files {
            output.insert(*p, text.to_string());
        }
        Arc::new(output)
    };
    let mut writer = Writer::new(&out, Tell::new(|_| {}));
    writer
        .write(site(&[("a.html", "1"), ("x/b.html", "1")]))
        .unwrap();
    writer
        .write(site(&[("a.html", "2"), ("x/b.html", "1")]))
        .unwrap();
    set_long_ago(&out.join("a.html"));
    set_long_ago(&out.join("x/b.html"));
    // The staging folder still holds a.html as "1": it is brought up to date by linking.
    writer
        .write(site(&[("a.html", "2"), ("x/b.html", "3")]))
        .unwrap();
    assert_eq!(modified(&out.join("a.html")), long_ago());
    assert_ne!(modified(&out.join("x/b.html")), long_ago());
    writer.finish();

    // A new writer (a new `watch`) knows nothing of the folder, yet links what is unchanged.
    set_long_ago(&out.join("x/b.html"));
    let mut fresh = Writer::new(&out, Tell::new(|_| {}));
    fresh
        .write(site(&[("a.html", "4"), ("x/b.html", "3")]))
        .unwrap();
    assert_eq!(modified(&out.join("x/b.html")), long_ago());
    assert_eq!(fs::read_to_string(out.join("a.html")).unwrap(), "4");
    fresh.finish();
}
