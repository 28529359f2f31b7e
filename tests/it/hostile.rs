//! A site folder set up by someone hostile (or just careless): links out of the site, links to
//! `/`, link "diamonds", named pipes, dangling links. Issue 11, "Host data leaked" and the walk
//! limits: nothing outside the site folder is read or echoed, and no walk runs unbounded.
//! Every run has a timeout, so a regression hangs no one: it fails.
#![cfg(unix)]

use std::fs;
use std::os::unix::fs::symlink;
use std::path::Path;
use std::time::Duration;

use crate::common::{NOW, TestSite};
use crate::library;
use crate::live::Running;
use tempfile::TempDir;

/// What must never appear in anything candor prints or writes.
const SECRET: &str = "CI_DEPLOY_TOKEN=hostile-7f3a9c-do-not-publish";

/// A file outside the site holding the secret (as YAML would have it, so a parser that got
/// to read it would have something to echo).
fn secret_file() -> (TempDir, std::path::PathBuf) {
    let dir = TempDir::new().unwrap();
    let path = dir.path().join("secrets.yaml");
    fs::write(&path, format!("title: {SECRET}\n{SECRET}: [\n")).unwrap();
    (dir, path)
}

struct Run {
    stdout: String,
    stderr: String,
    code: i32,
}

/// `candor <args>` on the site, at most 30 seconds.
fn run(site: &TestSite, args: &[&str]) -> Run {
    run_cmd(site.cmd(args))
}

fn run_cmd(mut cmd: assert_cmd::Command) -> Run {
    let out = cmd.timeout(Duration::from_secs(30)).output().unwrap();
    let run = Run {
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
        code: out.status.code().unwrap_or(-1),
    };
    assert!(
        out.status.code().is_some(),
        "candor was stopped (timeout or signal):\n{}",
        run.stderr
    );
    assert!(!run.stderr.contains("panicked"), "{}", run.stderr);
    run
}

fn check(site: &TestSite) -> Run {
    run(site, &["check", "--message-format", "short", "--now", NOW])
}

/// `candor build` into the site's `out/`.
fn build(site: &TestSite) -> Run {
    let mut cmd = site.cmd(&["build", "--now", NOW, "--out"]);
    cmd.arg(site.path("out"));
    run_cmd(cmd)
}

/// Asserts the secret is in none of the output nor in any file under `out`.
fn assert_not_leaked(site: &TestSite, run: &Run, secret: &str) {
    assert!(!run.stdout.contains(secret), "stdout:\n{}", run.stdout);
    assert!(!run.stderr.contains(secret), "stderr:\n{}", run.stderr);
    let out = site.path("out");
    if out.exists() {
        for (name, bytes) in crate::common::snapshot_dir(&out) {
            assert!(
                !String::from_utf8_lossy(&bytes).contains(secret),
                "{name} holds the secret"
            );
        }
    }
}

#[test]
fn an_incident_linked_out_of_the_site_is_refused_and_never_echoed() {
    let (_dir, secret) = secret_file();
    let site = TestSite::new("site");
    symlink(&secret, site.path("incidents/leak.yaml")).unwrap();
    for run in [check(&site), build(&site)] {
        assert_eq!(run.code, 1, "{}", run.stderr);
        assert!(
            run.stderr.contains(&format!(
                "`incidents/leak.yaml` is a symbolic link to `{}`, outside the site folder",
                secret.display()
            )),
            "{}",
            run.stderr
        );
        assert_not_leaked(&site, &run, SECRET);
    }
}

#[test]
fn a_folder_linked_out_of_the_site_is_not_walked() {
    let (dir, _secret) = secret_file();
    let site = TestSite::new("site");
    symlink(dir.path(), site.path("incidents/shared")).unwrap();
    let run = check(&site);
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert!(
        run.stderr.contains(&format!(
            "`incidents/shared` is a symbolic link to `{}`, outside the site folder",
            dir.path().display()
        )),
        "{}",
        run.stderr
    );
    assert_not_leaked(&site, &run, SECRET);
}

/// The incident that made this issue: a theme's static file linked to the environment of the
/// build, published on the public site.
#[cfg(target_os = "linux")]
#[test]
fn a_theme_file_linked_to_the_environment_is_not_published() {
    let site = TestSite::new("site");
    fs::create_dir_all(site.path("themes/default/static")).unwrap();
    symlink(
        "/proc/self/environ",
        site.path("themes/default/static/env.txt"),
    )
    .unwrap();
    let mut cmd = site.cmd(&["build", "--now", NOW, "--out"]);
    cmd.arg(site.path("out"))
        .env("CANDOR_HOSTILE_SECRET", SECRET);
    let run = run_cmd(cmd);
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert!(
        run.stderr.contains(
            "`themes/default/static/env.txt` is a symbolic link to `/proc/self/environ`, outside \
             the site folder"
        ),
        "{}",
        run.stderr
    );
    assert!(!site.path("out").exists(), "nothing is published");
    assert_not_leaked(&site, &run, SECRET);
}

#[test]
fn theme_templates_linked_out_of_the_site_are_not_read() {
    let (dir, _) = secret_file();
    fs::write(dir.path().join("index.html"), SECRET).unwrap();
    let site = TestSite::new("site");
    fs::create_dir_all(site.path("themes/default")).unwrap();
    symlink(dir.path(), site.path("themes/default/templates")).unwrap();
    for run in [check(&site), build(&site)] {
        assert_eq!(run.code, 1, "{}", run.stderr);
        assert!(
            run.stderr
                .contains("`themes/default/templates` is a symbolic link to"),
            "{}",
            run.stderr
        );
        assert_not_leaked(&site, &run, SECRET);
    }
}

#[test]
fn a_config_linked_out_of_the_site_is_refused_but_one_named_by_config_is_read() {
    let site = TestSite::new("site");
    let elsewhere = TempDir::new().unwrap();
    let config = elsewhere.path().join("candor.yaml");
    let text = format!("{}# {SECRET}\n", site.read("candor.yaml"));
    fs::write(&config, &text).unwrap();
    fs::remove_file(site.path("candor.yaml")).unwrap();
    symlink(&config, site.path("candor.yaml")).unwrap();
    let run = check(&site);
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert!(
        run.stderr.contains(&format!(
            "`candor.yaml` is a symbolic link to `{}`, outside the site folder",
            config.display()
        )),
        "{}",
        run.stderr
    );
    assert_not_leaked(&site, &run, SECRET);

    // Named on purpose with --config, the file is read from its own folder...
    let mut cmd = site.cmd(&["--config"]);
    cmd.arg(&config)
        .args(["check", "--message-format", "short", "--now", NOW]);
    let run = run_cmd(cmd);
    assert_eq!((run.code, run.stderr.as_str()), (0, ""));

    // ...which is allowed for the config alone: an incident may not link there.
    fs::rename(
        site.path("incidents/old-minor.yaml"),
        elsewhere.path().join("old-minor.yaml"),
    )
    .unwrap();
    symlink(
        elsewhere.path().join("old-minor.yaml"),
        site.path("incidents/old-minor.yaml"),
    )
    .unwrap();
    let mut cmd = site.cmd(&["--config"]);
    cmd.arg(&config)
        .args(["check", "--message-format", "short", "--now", NOW]);
    let run = run_cmd(cmd);
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert!(
        run.stderr
            .contains("`incidents/old-minor.yaml` is a symbolic link to"),
        "{}",
        run.stderr
    );
}

#[test]
fn a_link_to_the_root_of_the_machine_is_not_walked() {
    let site = TestSite::new("site");
    symlink("/", site.path("incidents/everything")).unwrap();
    let run = check(&site);
    assert_eq!(
        (run.code, run.stderr.as_str()),
        (
            1,
            "incidents/everything: error: `incidents/everything` is a symbolic link to `/`, \
             outside the site folder (help: candor reads only files inside the site folder; copy \
             what the link points at into the site, or remove the link)\n"
        )
    );
}

/// `d0/{a,b} -> d1`, `d1/{a,b} -> d2`, ...: 2^22 paths to the last folder, 23 real folders.
/// Walked path by path this ran for ever; each real folder is walked once.
#[test]
fn a_diamond_of_folder_links_is_walked_once_per_folder() {
    let site = TestSite::new("site");
    let levels = 22;
    for i in 0..=levels {
        fs::create_dir_all(site.path(&format!("incidents/d/{i}"))).unwrap();
        if i > 0 {
            for side in ["a", "b"] {
                symlink(
                    format!("../{i}"),
                    site.path(&format!("incidents/d/{}/{side}", i - 1)),
                )
                .unwrap();
            }
        }
    }
    // One incident at the bottom, reachable 2^22 ways: read once, so its id is not a duplicate.
    fs::rename(
        site.path("incidents/old-minor.yaml"),
        site.path(&format!("incidents/d/{levels}/old-minor.yaml")),
    )
    .unwrap();
    let run = check(&site);
    assert_eq!((run.code, run.stderr.as_str()), (0, ""));
}

#[test]
fn folders_too_deep_are_an_error_not_a_long_walk() {
    let site = TestSite::new("site");
    let deep = format!("incidents/{}", "x/".repeat(40));
    fs::create_dir_all(site.path(&deep)).unwrap();
    let run = check(&site);
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert!(
        run.stderr.contains(&format!(
            "`incidents/{}x` is more than 32 folders deep inside `incidents`",
            "x/".repeat(32)
        )),
        "{}",
        run.stderr
    );
}

fn mkfifo(path: &Path) {
    use rustix::fs::{CWD, FileType, Mode, mknodat};
    mknodat(CWD, path, FileType::Fifo, Mode::from_raw_mode(0o644), 0).unwrap();
}

#[test]
fn a_named_pipe_is_reported_not_read() {
    let site = TestSite::new("site");
    mkfifo(&site.path("incidents/pipe.yaml"));
    let run = check(&site);
    assert_eq!(
        (run.code, run.stderr.as_str()),
        (
            1,
            "incidents/pipe.yaml: error: `incidents/pipe.yaml` is a named pipe, not a regular file \
             (help: candor reads only regular files; replace it with the file itself, or delete it)\n"
        )
    );

    // `watch` reads a file it was told changed without walking: that read refuses it too, at
    // once (a blocking open would never return: nobody writes to the pipe).
    let paths = library::SitePaths::new(site.root(), None);
    let pipe = site.path("incidents/pipe.yaml");
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        let _ = tx.send(library::read_incident(&paths, &pipe).map(|_| ()));
    });
    let read = rx
        .recv_timeout(Duration::from_secs(10))
        .expect("reading a pipe returns at once");
    assert_eq!(
        read.unwrap_err().message,
        "`incidents/pipe.yaml` is a named pipe, not a regular file"
    );
}

#[test]
fn a_named_pipe_in_a_theme_is_reported_not_published() {
    let site = TestSite::new("site");
    fs::create_dir_all(site.path("themes/default/static")).unwrap();
    mkfifo(&site.path("themes/default/static/feed.xml"));
    let run = build(&site);
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert!(
        run.stderr
            .contains("`themes/default/static/feed.xml` is a named pipe, not a regular file"),
        "{}",
        run.stderr
    );
}

#[test]
fn dangling_links_are_named_with_where_they_point() {
    let site = TestSite::new("site");
    fs::create_dir_all(site.path("themes/default/static")).unwrap();
    symlink("gone.css", site.path("themes/default/static/print.css")).unwrap();
    let run = build(&site);
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert!(
        run.stderr.contains(
            "`themes/default/static/print.css` is a symbolic link to `gone.css`, which does not \
             exist"
        ),
        "{}",
        run.stderr
    );
    symlink("nowhere.yaml", site.path("incidents/x.yaml")).unwrap();
    // A target is any bytes: a terminal escape in one is shown escaped, not sent.
    symlink("\x1b]0;pwned\x07", site.path("incidents/y.yaml")).unwrap();
    let run = check(&site);
    assert!(
        run.stderr.contains(
            "`incidents/x.yaml` is a symbolic link to `nowhere.yaml`, which does not exist"
        ),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr.contains(
            "`incidents/y.yaml` is a symbolic link to `\\u{1b}]0;pwned\\u{7}`, which does not exist"
        ),
        "{}",
        run.stderr
    );
    assert!(!run.stderr.contains('\x1b'), "{}", run.stderr);
}

/// The rule is about where a link leads, not about links: inside the site they work.
#[test]
fn links_that_stay_inside_the_site_still_work() {
    let site = TestSite::new("site");
    fs::rename(site.path("incidents"), site.path("data")).unwrap();
    // `incidents` is a link to a folder of the site, and one file links to another place in it.
    symlink("data", site.path("incidents")).unwrap();
    fs::create_dir_all(site.path("archive")).unwrap();
    fs::rename(
        site.path("data/old-minor.yaml"),
        site.path("archive/old-minor.yaml"),
    )
    .unwrap();
    symlink(
        site.path("archive/old-minor.yaml"),
        site.path("data/old-minor.yaml"),
    )
    .unwrap();
    fs::create_dir_all(site.path("themes/default/static")).unwrap();
    fs::write(site.path("shared.css"), "body{}").unwrap();
    symlink(
        "../../../shared.css",
        site.path("themes/default/static/extra.css"),
    )
    .unwrap();
    let run = build(&site);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert_eq!(site.read("out/extra.css"), "body{}");
    assert!(site.path("out/incidents/old-minor/index.html").exists());
}

/// Theme files are held in memory and copied into every build: each is read with a bound, so
/// a huge file (here sparse: it claims its size without taking the disk) stops at the limit.
#[test]
fn theme_files_over_their_limits_are_refused() {
    let site = TestSite::new("site");
    fs::create_dir_all(site.path("themes/default/static")).unwrap();
    let big = fs::File::create(site.path("themes/default/static/video.mp4")).unwrap();
    big.set_len(17 << 20).unwrap();
    let run = build(&site);
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert!(
        run.stderr.contains(
            "theme file `themes/default/static/video.mp4` is over the 16 MiB limit for a theme file"
        ),
        "{}",
        run.stderr
    );
    big.set_len(15 << 20).unwrap();
    for i in 0..4 {
        fs::File::create(site.path(&format!("themes/default/static/{i}.mp4")))
            .unwrap()
            .set_len(15 << 20)
            .unwrap();
    }
    let run = build(&site);
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert!(
        run.stderr
            .contains("theme `default` is over the 64 MiB limit for a whole theme"),
        "{}",
        run.stderr
    );
}

/// `watch` sets up its file watches before the first build: those must not follow a link to
/// `/` either (they did, and `watch` sat there adding watches for the whole machine).
#[test]
fn watch_starts_at_once_beside_a_link_to_the_root_of_the_machine() {
    let site = TestSite::new("site");
    symlink("/", site.path("incidents/everything")).unwrap();
    let mut cmd = site.process(&["watch", "--now", NOW, "--out"]);
    cmd.arg(site.path("out"));
    let run = Running::of(cmd);
    // Its own bound, well under `PATIENCE`: the point is that watch starts at once.
    let deadline = std::time::Instant::now() + Duration::from_secs(20);
    while run.count("watching ") == 0 && std::time::Instant::now() < deadline {
        std::thread::sleep(Duration::from_millis(20));
    }
    let seen = run.log();
    assert!(seen.contains("watching "), "watch did not start:\n{seen}");
    assert!(
        seen.contains("`incidents/everything` is a symbolic link to `/`, outside the site folder"),
        "{seen}"
    );
}
