//! The binary as CI and comms staff use it: exit codes, atomic output, determinism, the
//! refusal to replace a folder candor did not make, `new` and `init`.

use crate::common::{NOW, TestSite, snapshot_dir};
use crate::library;
use predicates::prelude::*;

#[test]
fn example_site_builds_with_every_page() {
    let site = TestSite::example();
    site.build("public").success();
    // The shipped example has no open incident (so it never reads late whenever it is
    // built; tests/it/start.rs); its incidents are in the history.
    let history = site.read("public/history/index.html");
    assert!(
        history.contains("Card payments failing at checkout"),
        "the incident in the history"
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
            "--body",
            "Search returns no results for some queries.",
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
    // Given the site's own facts (without them it writes placeholders: tests/it/start.rs).
    assert_cmd::Command::cargo_bin("candor")
        .unwrap()
        .args([
            "init",
            "--title",
            "Ours",
            "--base-url",
            "https://status.ours.test/",
        ])
        .args(["--contact-name", "Ours Help", "--component", "Web"])
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
            .replace("language: en-GB", "language: en-GB\ntheme: acme"),
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
            .replace("language: en-GB", "language: en-GB\ntheme: nope"),
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
    on_disk.remove(library::MARKER);
    let in_memory: std::collections::BTreeMap<String, Vec<u8>> = library::build(&site.options())
        .output
        .unwrap()
        .files
        .into_iter()
        .map(|(p, b)| (p.to_string(), b.to_vec()))
        .collect();
    assert_eq!(on_disk, in_memory);
}

// ---- Writing the output folder safely (issue 11) ----

use std::process::Stdio;
use std::time::{Duration, Instant};

use crate::live::{PATIENCE, Running};

/// A `candor build --now NOW --out <out>` on `site`, not yet started.
fn build_cmd(site: &TestSite, out: &std::path::Path) -> std::process::Command {
    let mut c = site.process(&["build", "--now", NOW, "--out"]);
    c.arg(out);
    c
}

/// Runs `cmd` to its end, at most `PATIENCE`; its exit code and stderr.
fn finish(cmd: std::process::Command) -> (Option<i32>, String) {
    let mut run = Running::of(cmd);
    (run.wait_exit(), run.log())
}

/// The file names of a built site, to compare with a reference build.
fn file_list(dir: &std::path::Path) -> Vec<String> {
    snapshot_dir(dir).into_keys().collect()
}

/// Holds the lock that candor takes on `<root>/public` (as another build would).
fn hold_lock(site: &TestSite) -> std::fs::File {
    let lock = std::fs::File::create(site.path(".public.candor-lock")).unwrap();
    lock.lock().unwrap();
    lock
}

/// Two CI pushes, a cron build beside a deploy hook: builds into one folder at once each
/// wait their turn, every one exits 0 having swapped in a whole site, and the folder ends
/// with exactly one complete site, its marker, and nothing left beside it. (With one fixed
/// staging folder deleted by whoever came next, nearly every trial lost `index.html`.)
#[test]
fn concurrent_builds_into_one_folder_leave_one_whole_site() {
    let site = TestSite::new("site");
    site.build("reference").success();
    let reference = file_list(&site.path("reference"));
    for round in 0..2 {
        let runs: Vec<Running> = (0..6)
            .map(|_| Running::of(build_cmd(&site, &site.path("public"))))
            .collect();
        for mut run in runs {
            let (code, err) = (run.wait_exit(), run.log());
            assert_eq!(code, Some(0), "round {round}: {err}");
            assert!(err.contains("built "), "round {round}: {err}");
        }
        assert_eq!(file_list(&site.path("public")), reference, "round {round}");
        assert!(site.path("public/index.html").is_file());
        assert!(site.path("public").join(library::MARKER).is_file());
        assert_eq!(
            site.leftovers(),
            Vec::<String>::new(),
            "round {round}: leftovers"
        );
    }
}

/// A build that finds another writing the folder waits for it, says so, and builds once it
/// is done; nothing is written while it waits.
#[test]
fn a_second_build_waits_for_the_first_and_says_so() {
    let site = TestSite::new("site");
    site.build("public").success();
    let before = snapshot_dir(&site.path("public"));
    let held = hold_lock(&site);
    let mut run = Running::of(build_cmd(&site, &site.path("public")));
    run.wait_line("waiting for another candor build into", 1);
    assert_eq!(before, snapshot_dir(&site.path("public")));
    let staged: Vec<String> = site
        .leftovers()
        .into_iter()
        .filter(|n| n.contains("staging"))
        .collect();
    assert!(staged.is_empty(), "staged while waiting: {staged:?}");
    drop(held);
    assert_eq!(run.wait_exit(), Some(0), "{}", run.log());
    assert!(run.log().contains("built "), "{}", run.log());
    assert_eq!(before, snapshot_dir(&site.path("public")));
    assert_eq!(site.leftovers(), Vec::<String>::new());
}

/// `watch` holds the same lock for its writes, so a build beside a running watch cannot
/// interleave with it: here the watch's first write waits for a "build" holding the lock.
#[test]
fn watch_waits_for_a_build_writing_the_same_folder() {
    let site = TestSite::new("site");
    let held = hold_lock(&site);
    let run = Running::start(&site, &["watch", "--now", NOW]);
    run.wait_line("waiting for another candor build into", 1);
    assert!(!site.path("public").exists(), "{}", run.log());
    drop(held);
    run.wait_line("watching ", 1);
    assert!(site.path("public/index.html").is_file(), "{}", run.log());
}

/// A build killed with SIGKILL mid-way leaves its staging folder (marked, unlocked) and the
/// lock file: the next build is not blocked by either, removes the staging folder, and
/// leaves nothing beside the output. The last good site is whole throughout.
#[test]
fn a_killed_build_neither_blocks_nor_litters_the_next() {
    let site = TestSite::example();
    site.build("reference").success();
    let reference = snapshot_dir(&site.path("reference"));
    site.build("public").success();
    let mut caught = false;
    for _ in 0..30 {
        let mut child = build_cmd(&site, &site.path("public"))
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        // Kill it as soon as its staging folder exists.
        let deadline = Instant::now() + PATIENCE;
        loop {
            if site.leftovers().iter().any(|n| n.contains("staging")) {
                child.kill().unwrap();
                caught = true;
                break;
            }
            if child.try_wait().unwrap().is_some() || Instant::now() > deadline {
                break;
            }
            std::thread::sleep(Duration::from_millis(1));
        }
        let _ = child.wait();
        if caught {
            break;
        }
    }
    assert!(caught, "never saw a build's staging folder to kill it");
    // Killed before or just after the swap: either way a whole site (the same inputs).
    assert_eq!(reference, snapshot_dir(&site.path("public")));
    assert!(
        site.leftovers().iter().any(|n| n.contains("staging")),
        "{:?}",
        site.leftovers()
    );
    let (code, err) = finish(build_cmd(&site, &site.path("public")));
    assert_eq!(code, Some(0), "{err}");
    assert!(!err.contains("waiting"), "{err}");
    assert_eq!(reference, snapshot_dir(&site.path("public")));
    assert_eq!(site.leftovers(), Vec::<String>::new());
}

/// Folders with candor's names beside the output are removed only when provably a dead
/// run's: marked and unlocked (or empty). One without the marker, or locked by a live run,
/// or for another output folder, stays; none of them stops the build.
#[test]
fn stale_staging_folders_are_removed_only_when_provably_candors() {
    let site = TestSite::new("site");
    let mk = |name: &str, marker: bool| {
        site.write(&format!("{name}/index.html"), "stale");
        if marker {
            site.write(&format!("{name}/{}", library::MARKER), "");
        }
        site.path(name)
    };
    let dead = mk(".public.candor-staging-4242-0", true);
    let legacy = mk(".public.candor-staging", true);
    let unmarked = mk(".public.candor-staging-4242-1", false);
    let live = mk(".public.candor-staging-4343-0", true);
    let other = mk(".elsewhere.candor-staging-4242-0", true);
    let held = std::fs::File::open(&live).unwrap();
    held.lock().unwrap();
    let (code, err) = finish(build_cmd(&site, &site.path("public")));
    assert_eq!(code, Some(0), "{err}");
    assert!(site.path("public/index.html").is_file());
    assert!(!dead.exists() && !legacy.exists(), "{err}");
    for kept in [&unmarked, &live, &other] {
        assert!(kept.join("index.html").is_file(), "{}", kept.display());
    }
    assert!(
        err.contains("no `.candor-output` file, so it was left alone"),
        "{err}"
    );
}

/// Runs `candor` without the root powers that ignore file permissions, so a read-only
/// folder is read-only to it. `None` (the test is skipped) where that is not possible.
fn without_root(site: &TestSite, out: &std::path::Path) -> Option<std::process::Command> {
    // As an ordinary user permissions apply already.
    let probe = site.path("probe");
    std::fs::create_dir(&probe).unwrap();
    set_mode(&probe, 0o555);
    let bypass = std::fs::write(probe.join("x"), "").is_ok();
    set_mode(&probe, 0o755);
    std::fs::remove_dir_all(&probe).unwrap();
    let inner = build_cmd(site, out);
    if !bypass {
        return Some(inner);
    }
    let caps = "--bounding-set=-dac_override,-dac_read_search,-fowner";
    let works = std::process::Command::new("setpriv")
        .args([caps, "true"])
        .status()
        .is_ok_and(|s| s.success());
    if !works {
        eprintln!("skipped: running as root and `setpriv` cannot drop the capabilities");
        return None;
    }
    let mut c = std::process::Command::new("setpriv");
    c.arg(caps)
        .arg(inner.get_program())
        .args(inner.get_args())
        .env_remove("SOURCE_DATE_EPOCH");
    Some(c)
}

fn set_mode(path: &std::path::Path, mode: u32) {
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(path, std::fs::Permissions::from_mode(mode)).unwrap();
}

/// A read-only output folder: the new site goes in (the swap needs only the parent to be
/// writable), the build exits 0, and the previous (read-only) site is removed, so the next
/// build works as well. (Before, the site was published, then the build exited 2 because
/// the old one could not be removed, and every later build failed on it.)
#[test]
fn a_read_only_output_folder_is_replaced_and_builds_keep_working() {
    let site = TestSite::new("site");
    site.build("reference").success();
    let reference = snapshot_dir(&site.path("reference"));
    site.build("public").success();
    set_mode(&site.path("public"), 0o555);
    set_mode(&site.path("public/incidents"), 0o555);
    for round in 0..2 {
        let Some(cmd) = without_root(&site, &site.path("public")) else {
            return;
        };
        let (code, err) = finish(cmd);
        assert_eq!(code, Some(0), "round {round}: {err}");
        assert!(!err.contains("warning"), "round {round}: {err}");
        assert_eq!(reference, snapshot_dir(&site.path("public")));
        assert_eq!(site.leftovers(), Vec::<String>::new(), "round {round}");
    }
}

/// When the previous site really cannot be removed (a folder in it belongs to someone
/// else), the new site is in place, so the build says so in a warning and exits 0; the
/// leftover stops no later build, and is removed by the first one that can.
#[test]
fn a_previous_site_that_cannot_be_removed_is_a_warning_not_a_failure() {
    let site = TestSite::new("site");
    site.build("reference").success();
    let reference = snapshot_dir(&site.path("reference"));
    site.build("public").success();
    // Someone else's, read-only: not removable without root.
    let theirs = site.path("public/incidents");
    if std::os::unix::fs::chown(&theirs, Some(65534), Some(65534)).is_err() {
        eprintln!("skipped: only root can give a folder to someone else");
        return;
    }
    set_mode(&theirs, 0o555);
    for round in 0..2 {
        let Some(cmd) = without_root(&site, &site.path("public")) else {
            std::os::unix::fs::chown(&theirs, Some(0), Some(0)).ok();
            return;
        };
        let (code, err) = finish(cmd);
        assert_eq!(code, Some(0), "round {round}: {err}");
        assert!(err.contains("warning"), "round {round}: {err}");
        assert_eq!(reference, snapshot_dir(&site.path("public")));
    }
    assert_eq!(site.leftovers().len(), 1, "{:?}", site.leftovers());
    // Once it can be removed, the next build does.
    let leftover = site.path(&site.leftovers()[0]);
    set_mode(&leftover.join("incidents"), 0o755);
    site.build("public").success();
    assert_eq!(site.leftovers(), Vec::<String>::new());
    assert_eq!(reference, snapshot_dir(&site.path("public")));
}

/// A read-only parent folder: nothing can be staged beside the output, so the build stops
/// before any work, names the path, says what to do, and leaves the site as it was; once
/// the folder is writable again, builds work.
#[test]
fn a_read_only_parent_fails_early_with_a_fix_and_keeps_the_site() {
    let site = TestSite::new("site");
    std::fs::create_dir(site.path("www")).unwrap();
    let out = site.path("www/public");
    let (code, err) = finish(build_cmd(&site, &out));
    assert_eq!(code, Some(0), "{err}");
    let before = snapshot_dir(&out);
    set_mode(&site.path("www"), 0o555);
    let Some(cmd) = without_root(&site, &out) else {
        set_mode(&site.path("www"), 0o755);
        return;
    };
    let (code, err) = finish(cmd);
    set_mode(&site.path("www"), 0o755);
    assert_eq!(code, Some(2), "{err}");
    assert!(
        err.contains("www/.public.candor-lock: permission denied\nhelp:")
            && err.contains("www` must be writable"),
        "{err}"
    );
    assert_eq!(before, snapshot_dir(&out));
    let names: Vec<_> = std::fs::read_dir(site.path("www")).unwrap().collect();
    assert_eq!(names.len(), 1, "{names:?}");
    let (code, err) = finish(build_cmd(&site, &out));
    assert_eq!(code, Some(0), "{err}");
}

/// An output folder that is a mount point (a Docker volume) cannot be renamed: candor says
/// so before any work, names it, and says how to mount instead, rather than failing at the
/// end with "Device or resource busy". Needs a private mount namespace (root); skipped
/// where `unshare` is not permitted. The error text itself is unit-tested in `output`.
#[test]
fn a_mount_point_output_is_explained_before_any_work() {
    let site = TestSite::new("site");
    let out = site.path("public");
    std::fs::create_dir(&out).unwrap();
    let mount = "mount -t tmpfs candor-test \"$1\" || exit 99; shift; exec \"$@\"";
    let probe = std::process::Command::new("unshare")
        .args(["-m", "--propagation", "private", "sh", "-c", mount, "sh"])
        .arg(&out)
        .arg("true")
        .stderr(Stdio::null())
        .status();
    if !probe.is_ok_and(|s| s.success()) {
        eprintln!("skipped: cannot mount in a private namespace here");
        return;
    }
    let inner = build_cmd(&site, &out);
    let mut cmd = std::process::Command::new("unshare");
    cmd.args(["-m", "--propagation", "private", "sh", "-c", mount, "sh"])
        .arg(&out)
        .arg(inner.get_program())
        .args(inner.get_args())
        .env_remove("SOURCE_DATE_EPOCH");
    let (code, err) = finish(cmd);
    assert_eq!(code, Some(2), "{err}");
    assert!(
        err.contains("public: it is a mount point")
            && err.contains("help: mount the volume one folder up"),
        "{err}"
    );
    assert!(!err.contains("busy"), "{err}");
    assert_eq!(site.leftovers(), Vec::<String>::new());
}

/// `--out` through a symbolic link replaces the folder it points to; the link stays a link,
/// and the staging folder and lock live beside the real folder.
#[test]
fn an_output_link_replaces_the_folder_it_points_to() {
    let site = TestSite::new("site");
    std::fs::create_dir(site.path("www")).unwrap();
    std::os::unix::fs::symlink("www/real", site.path("public")).unwrap();
    std::fs::create_dir(site.path("www/real")).unwrap();
    for _ in 0..2 {
        site.build("public").success();
        assert!(
            std::fs::symlink_metadata(site.path("public"))
                .unwrap()
                .file_type()
                .is_symlink()
        );
        assert!(site.path("www/real/index.html").is_file());
    }
    let beside: Vec<_> = std::fs::read_dir(site.path("www"))
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert_eq!(beside, vec![std::ffi::OsString::from("real")]);
    assert_eq!(site.leftovers(), Vec::<String>::new());
}

/// `--out` in folders that do not exist yet: they are made, and nothing is left beside it.
#[test]
fn builds_into_a_folder_whose_parents_are_yet_to_be_made() {
    let site = TestSite::new("site");
    site.build("deep/er/public").success();
    assert!(site.path("deep/er/public/index.html").is_file());
    let beside: Vec<_> = std::fs::read_dir(site.path("deep/er"))
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert_eq!(beside, vec![std::ffi::OsString::from("public")]);
}

/// Issue 12: initials are one rule, computed once. An update by someone in `people:` was
/// signed with their short name upper-cased ("AML" for Ana María López, "PR2" for a chosen
/// `initials: pr2`) while the owner line signed the same person "AL"; now every signature
/// is the first letters of the first and last word of the name, as docs/format.md says.
#[test]
fn a_person_is_signed_with_one_rule_for_initials() {
    let site = TestSite::new("site");
    let config = site.read("candor.yaml");
    site.write(
        "candor.yaml",
        &format!(
            "{config}people:\n  - {{ name: Ana María López, role: Duty Manager }}\n  \
             - {{ name: Priya Raman, role: SRE, initials: pr2 }}\n"
        ),
    );
    let incident = site
        .read("incidents/old-minor.yaml")
        .replace(
            "owner: { name: Mei Tanaka, role: SRE On-call }",
            "owner: { name: Ana María López, role: Duty Manager }",
        )
        .replacen("author: Mei Tanaka", "author: aml", 1)
        .replacen("author: Mei Tanaka", "author: pr2", 1);
    site.write("incidents/old-minor.yaml", &incident);
    site.build("public").success();
    let page = site.read("public/incidents/old-minor/index.html");
    assert!(
        page.contains("<abbr title=\"Ana María López\">AL</abbr> · Ana María López, Duty Manager"),
        "{page}"
    );
    assert!(
        page.contains("<abbr title=\"Priya Raman\">PR</abbr> · Priya Raman, SRE"),
        "{page}"
    );
    assert!(!page.contains(">AML<") && !page.contains(">PR2<"), "{page}");
}

/// One URL rule (issue 12): `check` and the pages follow `links.rs`, so a scheme in capitals
/// is the same web address to both, and `javascript:` is refused in any case.
#[test]
fn check_reads_link_schemes_as_the_pages_do() {
    let site = TestSite::new("site");
    let config = site.read("candor.yaml");
    let with_url = |url: &str| {
        config.replace(
            "contact: { name: Fixture Support, email: support@fixture.example }",
            &format!(
                "contact: {{ name: Fixture Support, email: support@fixture.example, url: '{url}' }}"
            ),
        )
    };
    site.write("candor.yaml", &with_url("HTTPS://help.fixture.example/"));
    site.cmd(&["check", "--now", NOW]).assert().success();
    let built = site.build("public");
    built.success();
    assert!(
        site.read("public/index.html")
            .contains("HTTPS://help.fixture.example/")
    );
    site.write("candor.yaml", &with_url("JavaScript:alert(1)"));
    site.cmd(&["check", "--now", NOW])
        .assert()
        .code(1)
        .stderr(predicates::str::contains(
            "contact url `JavaScript:alert(1)` is not an http(s) address",
        ));
}
