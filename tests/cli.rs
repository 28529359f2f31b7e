//! The binary as CI and comms staff use it: exit codes, atomic output, determinism, the
//! refusal to replace a folder candor did not make, `new` and `init`.

mod common;

use common::{NOW, TestSite, snapshot_dir};
use predicates::prelude::*;

#[test]
fn example_site_builds_with_every_page() {
    let site = TestSite::example();
    site.build("public").success();
    let index = site.read("public/index.html");
    assert!(
        index.contains("Card payments failing at checkout"),
        "ongoing incident on the index"
    );
    assert!(
        index.contains("Next update by"),
        "the pending promise is shown"
    );
    for page in [
        "public/incidents/card-payments-failing/index.html",
        "public/incidents/login-outage-november/apology/index.html",
        "public/history/index.html",
        "public/404.html",
        "public/favicon.svg",
        "public/.candor-output",
    ] {
        assert!(site.path(page).is_file(), "{page} missing");
    }
}

#[test]
fn builds_are_deterministic() {
    let site = TestSite::example();
    site.build("a").success();
    site.build("b").success();
    let (a, b) = (snapshot_dir(&site.path("a")), snapshot_dir(&site.path("b")));
    assert_eq!(a.keys().collect::<Vec<_>>(), b.keys().collect::<Vec<_>>());
    for (path, bytes) in &a {
        assert!(bytes == &b[path], "{path} differs between two builds");
    }
}

#[test]
fn source_date_epoch_sets_now() {
    let site = TestSite::new("site");
    // 1763632800 is 2025-11-20T10:00:00Z.
    site.cmd(&["build", "--out"])
        .arg(site.path("out"))
        .env("SOURCE_DATE_EPOCH", "1763632800")
        .assert()
        .success();
    let index = site.read("out/index.html");
    assert!(
        index.contains(
            r#"As of <time datetime="2025-11-20T10:00:00+00:00">20 Nov 2025, 10:00 GMT</time>"#
        ),
        "{index}"
    );
}

#[test]
fn failed_build_leaves_the_last_good_site() {
    let site = TestSite::new("site");
    site.build("public").success();
    let before = snapshot_dir(&site.path("public"));
    site.write("incidents/broken.yaml", "title: Broken\nimpact: majr\n");
    site.build("public")
        .code(1)
        .stderr(predicate::str::contains("incidents/broken.yaml"))
        .stderr(predicate::str::contains("left as it was"));
    assert_eq!(
        before,
        snapshot_dir(&site.path("public")),
        "output changed after a failed build"
    );
    // No staging folder is left behind either.
    let leftovers = site.leftovers();
    assert!(leftovers.is_empty(), "{leftovers:?}");
}

#[test]
fn rebuild_replaces_the_site_and_drops_stale_pages() {
    let site = TestSite::new("site");
    site.build("public").success();
    assert!(site.path("public/incidents/old-minor/index.html").is_file());
    std::fs::remove_file(site.path("incidents/old-minor.yaml")).unwrap();
    site.build("public").success();
    assert!(
        !site.path("public/incidents/old-minor/index.html").exists(),
        "stale page kept"
    );
}

#[test]
fn refuses_to_replace_a_folder_it_did_not_make() {
    let site = TestSite::new("site");
    site.write("public/precious.txt", "not candor's");
    site.build("public")
        .code(2)
        .stderr(predicate::str::contains("refusing to replace"))
        .stderr(predicate::str::contains("public"));
    assert_eq!(site.read("public/precious.txt"), "not candor's");
    // An empty folder is fine.
    std::fs::create_dir(site.path("empty")).unwrap();
    site.build("empty").success();
}

#[test]
fn exit_codes_separate_input_from_usage() {
    let site = TestSite::new("site");
    site.cmd(&["check", "--now", NOW]).assert().code(0);
    site.cmd(&["build", "--no-such-flag"]).assert().code(2);
    site.cmd(&["check", "--now", "yesterday"]).assert().code(2);
    site.cmd(&["build", "--base-url", "status.example"])
        .assert()
        .code(2);
    site.write("incidents/bad.yaml", "title: x\n");
    site.cmd(&["check", "--now", NOW]).assert().code(1);
}

#[test]
fn missing_config_is_reported_with_a_fix() {
    let dir = tempfile::TempDir::new().unwrap();
    assert_cmd::Command::cargo_bin("candor")
        .unwrap()
        .args(["check", "--root"])
        .arg(dir.path())
        .assert()
        .code(1)
        .stderr(predicate::str::contains("candor.yaml"))
        .stderr(predicate::str::contains("candor init"));
}

#[test]
fn warnings_fail_only_under_strict() {
    let site = TestSite::new("site");
    // A resolved major incident without an apology is a warning.
    site.write(
        "incidents/no-apology.yaml",
        "title: Outage\nimpact: major\nowner: { name: A B, role: SRE }\ncomponents: [api]\nstarted_at: 2026-11-01T10:00:00Z\nupdates:\n  - { at: 2026-11-01T10:05:00Z, status: resolved, author: A B, body: Fixed. }\n",
    );
    site.cmd(&["check", "--now", NOW])
        .assert()
        .code(0)
        .stderr(predicate::str::contains(
            "warning[missing-apology]: resolved major incident without an apology",
        ));
    site.cmd(&["check", "--strict", "--now", NOW])
        .assert()
        .code(1);
    site.cmd(&["build", "--strict", "--now", NOW, "--out"])
        .arg(site.path("out"))
        .assert()
        .code(1);
    assert!(!site.path("out").exists());
}

#[test]
fn short_message_format_is_one_line_each() {
    let site = TestSite::new("site");
    site.write(
        "incidents/typo.yaml",
        "title: x\nimpact: minor\nowner: { name: A B, role: SRE }\ncomponents: [chekout]\nstarted_at: 2026-11-01T10:00:00Z\nupdates:\n  - { at: 2026-11-01T10:05:00Z, status: identifed, author: A B, body: x }\n",
    );
    site.cmd(&["check", "--message-format", "short", "--now", NOW])
        .assert()
        .code(1)
        .stderr(
            "incidents/typo.yaml:4:14: error: unknown component `chekout` (help: did you mean `checkout`?)\n\
             incidents/typo.yaml:7:41: error: unknown incident status `identifed` (help: did you mean `identified`?)\n",
        );
}

#[test]
fn base_url_flag_overrides_the_config() {
    let site = TestSite::new("site");
    site.cmd(&[
        "build",
        "--now",
        NOW,
        "--base-url",
        "https://preview.example/pr-7",
        "--out",
    ])
    .arg(site.path("out"))
    .assert()
    .success();
    assert!(
        site.read("out/index.html")
            .contains("https://preview.example/pr-7/")
    );
}

#[test]
fn new_writes_a_valid_incident_that_builds() {
    let site = TestSite::new("site");
    let out = site
        .cmd(&[
            "new",
            "Search: results missing",
            "--impact",
            "minor",
            "--owner",
            "Mei Tanaka",
            "--role",
            "SRE On-call",
            "--component",
            "search",
            "--now",
            NOW,
        ])
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let path = String::from_utf8(out).unwrap();
    assert!(
        path.trim()
            .ends_with("incidents/search-results-missing.yaml"),
        "{path}"
    );
    let text = site.read("incidents/search-results-missing.yaml");
    assert!(
        text.contains("title: \"Search: results missing\""),
        "{text}"
    );
    assert!(text.contains("started_at: 2026-11-20T10:00:00Z"), "{text}");
    assert!(
        text.contains("next_update_by: 2026-11-20T10:30:00Z"),
        "{text}"
    );
    site.build("public").success();
    assert!(
        site.read("public/index.html")
            .contains("Search: results missing")
    );
    // The same title again gets a fresh id rather than overwriting.
    site.cmd(&[
        "new",
        "Search: results missing",
        "--impact",
        "minor",
        "--owner",
        "Mei Tanaka",
        "--role",
        "SRE",
        "--component",
        "search",
        "--now",
        NOW,
    ])
    .assert()
    .success()
    .stdout(predicate::str::contains("search-results-missing-2.yaml"));
}

#[test]
fn new_refuses_unknown_components_with_a_suggestion() {
    let site = TestSite::new("site");
    site.cmd(&[
        "new",
        "X",
        "--impact",
        "minor",
        "--owner",
        "A B",
        "--role",
        "SRE",
        "--component",
        "serch",
    ])
    .assert()
    .code(1)
    .stderr(predicate::str::contains("did you mean `search`?"));
    site.cmd(&[
        "new",
        "X",
        "--impact",
        "majr",
        "--owner",
        "A B",
        "--role",
        "SRE",
        "--component",
        "search",
    ])
    .assert()
    .code(1)
    .stderr(predicate::str::contains("did you mean `major`?"));
    assert_eq!(
        std::fs::read_dir(site.path("incidents")).unwrap().count(),
        4,
        "nothing written"
    );
}

#[test]
fn init_makes_a_site_that_builds() {
    let dir = tempfile::TempDir::new().unwrap();
    let site_dir = dir.path().join("status");
    assert_cmd::Command::cargo_bin("candor")
        .unwrap()
        .arg("init")
        .arg(&site_dir)
        .assert()
        .success();
    assert_cmd::Command::cargo_bin("candor")
        .unwrap()
        .args(["build", "--now", NOW, "--root"])
        .arg(&site_dir)
        .assert()
        .success();
    assert!(site_dir.join("public/index.html").is_file());
    // A second init does not overwrite.
    assert_cmd::Command::cargo_bin("candor")
        .unwrap()
        .arg("init")
        .arg(&site_dir)
        .assert()
        .code(1)
        .stderr(predicate::str::contains("already exists"));
}

#[test]
fn theme_folder_overrides_one_file() {
    let site = TestSite::new("site");
    site.write(
        "candor.yaml",
        &site
            .read("candor.yaml")
            .replace("language: en", "language: en\ntheme: acme"),
    );
    site.write(
        "themes/acme/templates/404.html",
        "{% extends \"base.html\" %}{% block content %}<h1>Lost? ACME-404</h1>{% endblock content %}",
    );
    site.build("public").success();
    assert!(site.read("public/404.html").contains("ACME-404"));
    // Everything else still comes from the built-in theme.
    assert!(site.read("public/index.html").contains("Fixture Status"));
}

#[test]
fn template_errors_point_into_the_template() {
    let site = TestSite::new("site");
    site.write("themes/default/templates/404.html", "<h1>\n{% if %}\n");
    site.build("public")
        .code(1)
        .stderr(predicate::str::contains(
            "themes/default/templates/404.html:2:",
        ));
}

#[test]
fn unknown_theme_is_an_error() {
    let site = TestSite::new("site");
    site.write(
        "candor.yaml",
        &site
            .read("candor.yaml")
            .replace("language: en", "language: en\ntheme: nope"),
    );
    site.build("public")
        .code(1)
        .stderr(predicate::str::contains("theme `nope` not found"));
}

#[test]
fn check_compiles_the_theme_too() {
    let site = TestSite::new("site");
    site.write("themes/default/templates/404.html", "<h1>\n{% if %}\n");
    site.cmd(&["check", "--now", NOW])
        .assert()
        .code(1)
        .stderr(predicate::str::contains(
            "themes/default/templates/404.html:2:",
        ));
}

#[test]
fn contact_links_must_be_web_addresses() {
    let site = TestSite::new("site");
    site.write(
        "candor.yaml",
        &site.read("candor.yaml").replace(
            "contact: { name: Fixture Support, email: support@fixture.example }",
            "contact: { name: Fixture Support, email: support@fixture.example, url: \"javascript:alert(1)\" }",
        ),
    );
    site.cmd(&["check", "--now", NOW, "--message-format", "short"])
        .assert()
        .code(1)
        .stderr(predicate::str::contains(
            "contact url `javascript:alert(1)` is not an http(s) address",
        ));
}

/// `build` writes incident pages to the staging folder while it renders them; a template
/// that fails on one incident, after others were written, still leaves the last good site
/// and no staging folder.
#[test]
fn a_render_error_midway_leaves_the_last_good_site() {
    let site = TestSite::new("site");
    site.build("public").success();
    let before = snapshot_dir(&site.path("public"));
    // Fails only for the incident with an apology: the others render (and are written).
    site.write(
        "themes/default/templates/incident.html",
        "{% if incident.apology %}{{ throw(message=\"no apologies here\") }}{% endif %}<p>{{ incident.title }}</p>\n",
    );
    site.build("public")
        .code(1)
        .stderr(predicate::str::contains("no apologies here"));
    assert_eq!(before, snapshot_dir(&site.path("public")));
    let leftovers = site.leftovers();
    assert!(leftovers.is_empty(), "{leftovers:?}");
}

/// What `build` streams to disk is exactly what the in-memory pipeline renders.
#[test]
fn the_streamed_site_equals_the_rendered_one() {
    let site = TestSite::new("site");
    site.build("public").success();
    let mut on_disk = snapshot_dir(&site.path("public"));
    on_disk.remove(candor::output::MARKER);
    let in_memory: std::collections::BTreeMap<String, Vec<u8>> =
        candor::pipeline::build(&site.options())
            .output
            .unwrap()
            .files
            .into_iter()
            .map(|(p, b)| (p.to_string(), b.to_vec()))
            .collect();
    assert_eq!(on_disk, in_memory);
}
