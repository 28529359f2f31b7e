//! What servers and CDNs cache: `build --precompress` writes `.gz` and `.br` beside the text
//! files (deterministically), and the stylesheet's name follows its content so it can be kept
//! for a year (docs/deploy.md).

use std::io::Read;

use crate::common::{NOW, TestSite, snapshot_dir};

fn build_precompressed(site: &TestSite, out: &str) {
    site.cmd(&["build", "--precompress", "--now", NOW, "--out"])
        .arg(site.path(out))
        .assert()
        .success();
}

fn gunzip(bytes: &[u8]) -> Vec<u8> {
    let mut text = Vec::new();
    flate2::read::GzDecoder::new(bytes)
        .read_to_end(&mut text)
        .unwrap();
    text
}

fn unbrotli(bytes: &[u8]) -> Vec<u8> {
    let mut text = Vec::new();
    brotli::Decompressor::new(bytes, 4096)
        .read_to_end(&mut text)
        .unwrap();
    text
}

// One test for both, because each precompressed build of the example site takes seconds in
// a debug build (Brotli at quality 11 for the root files).
#[test]
fn precompress_writes_gz_and_br_beside_text_files_the_same_every_time() {
    let site = TestSite::example();
    build_precompressed(&site, "public");
    let files = snapshot_dir(&site.path("public"));
    for name in [
        "index.html",
        "feed.atom",
        "feed.rss",
        "feed.json",
        "maintenance.ics",
        "api/v2/summary.json",
        "404.html",
    ] {
        let original = files.get(name).unwrap_or_else(|| panic!("{name} missing"));
        let gz = &files[&format!("{name}.gz")];
        let br = &files[&format!("{name}.br")];
        assert_eq!(&gunzip(gz), original, "{name}.gz");
        assert_eq!(&unbrotli(br), original, "{name}.br");
        assert!(
            gz.len() < original.len() && br.len() < original.len(),
            "{name}"
        );
    }
    // Nothing compressed twice, never a bigger copy.
    for (path, bytes) in &files {
        if let Some(orig) = path.strip_suffix(".gz").or(path.strip_suffix(".br")) {
            let orig = files
                .get(orig)
                .unwrap_or_else(|| panic!("{path} has no original"));
            assert!(bytes.len() < orig.len(), "{path} is not smaller");
            assert!(
                !path.ends_with(".gz.gz") && !path.ends_with(".br.gz"),
                "{path}"
            );
        }
    }
    assert!(!files.contains_key(".candor-output.gz"));

    // Deterministic: a second build gives the same bytes, compressed files included.
    build_precompressed(&site, "again");
    let again = snapshot_dir(&site.path("again"));
    assert_eq!(
        files.keys().collect::<Vec<_>>(),
        again.keys().collect::<Vec<_>>()
    );
    for (path, bytes) in &files {
        assert!(bytes == &again[path], "{path} differs between two builds");
    }
}

#[test]
fn without_the_flag_nothing_is_compressed() {
    let site = TestSite::example();
    site.build("public").success();
    let files = snapshot_dir(&site.path("public"));
    assert!(
        !files
            .keys()
            .any(|p| p.ends_with(".gz") || p.ends_with(".br"))
    );
}

#[test]
fn watch_refuses_precompress() {
    let site = TestSite::example();
    site.cmd(&["watch", "--precompress"])
        .assert()
        .code(2)
        .stderr(predicates::str::contains(
            "--precompress is for `candor build`",
        ));
}

#[test]
fn stylesheet_name_follows_its_content() {
    let site = TestSite::example();
    site.build("a").success();
    let sheets = |out: &str| -> Vec<String> {
        snapshot_dir(&site.path(out))
            .into_keys()
            .filter(|p| p.starts_with("style.") && p.ends_with(".css"))
            .collect()
    };
    let before = sheets("a");
    assert_eq!(before.len(), 1, "{before:?}");
    let name = &before[0];
    let hash = name
        .strip_prefix("style.")
        .and_then(|n| n.strip_suffix(".css"))
        .unwrap();
    assert!(
        hash.len() == 8 && hash.bytes().all(|b| b.is_ascii_hexdigit()),
        "{name}"
    );
    // Every page links it, whatever its depth; the favicon keeps its name.
    for (page, root) in [
        ("a/index.html", ""),
        ("a/history/index.html", "../"),
        ("a/incidents/card-payments-failing/index.html", "../../"),
    ] {
        let html = site.read(page);
        assert!(
            html.contains(&format!(r#"<link rel="stylesheet" href="{root}{name}">"#)),
            "{page}"
        );
        assert!(
            html.contains(&format!(r#"href="{root}favicon.svg""#)),
            "{page}"
        );
    }
    assert!(site.read("a/404.html").contains(&format!("/{name}\">")));
    assert!(site.path("a/favicon.svg").is_file());

    // A theme that changes the stylesheet gets a new name, and the pages follow.
    site.write("themes/default/static/style.css", "body { color: #123; }\n");
    site.build("b").success();
    let after = sheets("b");
    assert_eq!(after.len(), 1);
    assert_ne!(after, before);
    assert_eq!(
        site.read(&format!("b/{}", after[0])),
        "body { color: #123; }\n"
    );
    assert!(site.read("b/index.html").contains(&after[0]));
}
