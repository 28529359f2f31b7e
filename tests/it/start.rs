//! A new user's first hour (issue 13): `init` writes their own site and no one else's,
//! README's "To start your own site" works as written from an empty folder, `draft: true`
//! keeps an incident or apology out of everything `build` publishes while `check` and the
//! preview show it, and the shipped example tells the truth whatever day it is built.

use std::path::Path;

use predicates::prelude::*;

use crate::common::{NOW, TestSite, snapshot_dir};
use crate::live::Running;

/// The files under `dir` whose text contains `needle`.
fn files_with(dir: &Path, needle: &str) -> Vec<String> {
    snapshot_dir(dir)
        .into_iter()
        .filter(|(_, bytes)| String::from_utf8_lossy(bytes).contains(needle))
        .map(|(path, _)| path)
        .collect()
}

/// An empty temp folder to start a site in.
fn empty() -> TestSite {
    TestSite {
        dir: tempfile::TempDir::new().unwrap(),
    }
}

/// 2026-11-20T10:00:00Z, NOW, as `SOURCE_DATE_EPOCH`: the README's commands read no flag for
/// the time, so the clock is fixed this way.
const EPOCH: &str = "1795168800";

/// The `sh` block of README.md under "To start your own site".
fn readme_block() -> String {
    let readme = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/README.md"))
        .expect("README.md");
    let section = readme
        .split_once("To start your own site")
        .expect("README has \"To start your own site\"")
        .1;
    let block = section.split_once("```sh\n").expect("an sh block").1;
    block
        .split_once("```")
        .expect("the block ends")
        .0
        .to_string()
}

#[test]
fn readme_start_your_own_site_works_as_written_from_an_empty_folder() {
    let site = empty();
    let bin = Path::new(env!("CARGO_BIN_EXE_candor")).parent().unwrap();
    let path = format!(
        "{}:{}",
        bin.display(),
        std::env::var("PATH").unwrap_or_default()
    );
    std::fs::write(site.path("start.sh"), readme_block()).unwrap();
    let out = std::process::Command::new("sh")
        .args(["-e", "start.sh"])
        .current_dir(site.root())
        .env("PATH", path)
        .env("SOURCE_DATE_EPOCH", EPOCH)
        .stdin(std::process::Stdio::null())
        .output()
        .unwrap();
    let log = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "the README's commands failed:\n{log}");
    std::fs::remove_file(site.path("start.sh")).unwrap();
    let index = site.read("public/index.html");
    assert!(index.contains("Example Ltd status"), "{index}");
    assert!(index.contains("Card payments failing at checkout"));
    assert!(log.contains("checked 1 incident: ok"), "{log}");
}

#[test]
fn init_with_flags_writes_only_the_users_site() {
    let site = empty();
    site.cmd(&[
        "init",
        "--title",
        "Ours status",
        "--base-url",
        "https://status.ours.test/",
    ])
    .args(["--timezone", "Asia/Tokyo", "--contact-name", "Ours Help"])
    .args(["--contact-url", "https://ours.test/help"])
    .args(["--component", "Web app", "--component", "Public API"])
    .arg(site.root())
    .assert()
    .success()
    .stderr(predicate::str::contains("nothing is published yet"));
    let config = site.read("candor.yaml");
    assert!(config.contains("id: web-app") && config.contains("timezone: \"Asia/Tokyo\""));
    assert_eq!(
        std::fs::read_dir(site.path("incidents")).unwrap().count(),
        0
    );
    site.build("public").success();
    let public = site.path("public");
    assert!(!files_with(&public, "Ours status").is_empty());
    // Nothing of the shipped example's company, people or outage.
    for fiction in [
        "Acme",
        "Minter Dial",
        "Dana Whitfield",
        "Everyone signed out",
    ] {
        assert_eq!(
            files_with(&public, fiction),
            Vec::<String>::new(),
            "{fiction}"
        );
    }
}

#[test]
fn init_without_flags_or_terminal_writes_placeholders_that_build_refuses() {
    let site = empty();
    site.cmd(&["init"])
        .arg(site.root())
        .assert()
        .success()
        .stderr(predicate::str::contains("To fill in"));
    let config = site.read("candor.yaml");
    assert!(config.contains("TODO(candor)"), "{config}");
    site.cmd(&["check", "--now", NOW])
        .assert()
        .code(1)
        .stderr(predicate::str::contains(
            "site title is still `candor init`'s placeholder",
        ))
        .stderr(predicate::str::contains(
            "address the site is published at is still",
        ))
        .stderr(predicate::str::contains("component name is still"));
    site.build("public").code(1);
    assert!(
        !site.path("public").exists(),
        "a placeholder site was published"
    );
}

#[test]
fn init_refuses_a_bad_flag_and_writes_nothing() {
    let site = empty();
    site.cmd(&[
        "init",
        "--base-url",
        "status.ours.test",
        "--timezone",
        "Mars/Olympus",
    ])
    .arg(site.root())
    .assert()
    .code(1)
    .stderr(predicate::str::contains("--base-url: base_url"))
    .stderr(predicate::str::contains("--timezone: "));
    assert!(!site.path("candor.yaml").exists());
    assert!(!site.path("incidents").exists());
}

const DRAFT_TITLE: &str = "Quokka gateway outage under review";
const DRAFT_LETTER: &str = "Unapproved letter about the quokka";

/// The fixture site with a draft incident and a draft apology (on a resolved incident).
fn with_drafts() -> TestSite {
    let site = TestSite::new("site");
    site.write(
        "incidents/quokka.yaml",
        &format!(
            "title: {DRAFT_TITLE}\nimpact: major\ndraft: true\nowner: {{ name: A B, role: SRE }}\n\
             components: [api]\nstarted_at: 2026-11-20T09:00:00Z\nupdates:\n  - {{ at: 2026-11-20T09:05:00Z, \
             status: investigating, author: A B, body: Looking., next_update_by: 2026-11-20T10:30:00Z }}\n"
        ),
    );
    let slow = site.read("incidents/search-slow.yaml");
    site.write(
        "incidents/search-slow.yaml",
        &slow
            .replace("apology:\n", "apology:\n  draft: true\n")
            .replace("I am sorry. Search was down for two hours.", DRAFT_LETTER),
    );
    site
}

#[test]
fn a_draft_incident_and_apology_appear_nowhere_in_a_build() {
    let site = with_drafts();
    site.cmd(&["check", "--now", NOW])
        .assert()
        .success()
        .stderr(predicate::str::contains(
            "incidents/quokka.yaml: draft incident, checked but not published",
        ))
        .stderr(predicate::str::contains(
            "incidents/search-slow.yaml: draft apology",
        ));
    site.build("public").success();
    for needle in [DRAFT_TITLE, DRAFT_LETTER, "A month of free delivery"] {
        assert_eq!(
            files_with(&site.path("public"), needle),
            Vec::<String>::new(),
            "{needle}"
        );
    }
    // The incident itself is published; only its apology is held back.
    assert!(!files_with(&site.path("public"), "Slow search results").is_empty());
    site.cmd(&["announce", "quokka", "--now", NOW])
        .assert()
        .code(1);
}

#[test]
fn a_draft_is_checked_like_the_rest() {
    let site = with_drafts();
    let text = site.read("incidents/quokka.yaml");
    site.write(
        "incidents/quokka.yaml",
        &text.replace("components: [api]", "components: [apii]"),
    );
    site.cmd(&["check", "--now", NOW])
        .assert()
        .code(1)
        .stderr(predicate::str::contains("apii"));
}

#[test]
fn drafts_appear_in_the_watch_preview() {
    let site = with_drafts();
    let mut w = Running::start(&site, &["watch", "--now", NOW]);
    w.wait_ready();
    for needle in [DRAFT_TITLE, DRAFT_LETTER] {
        assert!(
            !files_with(&site.path("public"), needle).is_empty(),
            "{needle} not in the preview"
        );
    }
    w.stop();
}

#[test]
fn the_example_site_reads_true_whenever_it_is_built() {
    let site = TestSite::example();
    // At release and long after: nothing open, no promise to turn late, no warning at all.
    for now in [
        "2026-12-01T09:00:00Z",
        "2027-06-15T12:00:00Z",
        "2031-01-01T00:00:00Z",
    ] {
        site.cmd(&["check", "--strict", "--now", now])
            .assert()
            .success();
        let out = format!("public-{}", &now[..4]);
        site.cmd(&["build", "--now", now, "--out"])
            .arg(site.path(&out))
            .assert()
            .success();
        let index = site.read(&format!("{out}/index.html"));
        assert!(index.contains("All Systems Operational"), "{now}");
        assert!(
            !index.contains("Next update by"),
            "{now}: a pending promise"
        );
        // The apology awaiting sign-off stays out of what is published.
        assert_eq!(
            files_with(&site.path(&out), "worry of a declined card"),
            Vec::<String>::new()
        );
    }
}
