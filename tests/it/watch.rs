//! `candor watch` as a real process on a temp site: edits reach every channel, editor saves
//! and bursts are each one rebuild, a broken file keeps the last good site, and the output
//! folder (inside the site) never triggers a rebuild of its own.

use std::fs;

use crate::common::{NOW, TestSite, snapshot_dir};
use crate::live::{Running, save_by_rename};

fn watch(site: &TestSite, extra: &[&str]) -> Running {
    let mut args = vec!["watch", "--now", NOW];
    args.extend_from_slice(extra);
    let w = Running::start(site, &args);
    w.wait_ready();
    w
}

/// A valid, resolved minor incident with `title`.
fn incident(title: &str) -> String {
    format!(
        "title: {title}\nimpact: minor\nowner: {{ name: A B, role: SRE }}\ncomponents: [search]\n\
         started_at: 2026-11-01T10:00:00Z\nupdates:\n  - {{ at: 2026-11-01T10:05:00Z, status: resolved, author: A B, body: Fixed. }}\n"
    )
}

#[test]
fn an_edit_reaches_the_page_the_feeds_and_the_api() {
    let site = TestSite::new("site");
    let w = watch(&site, &[]);
    assert!(
        site.read("public/index.html")
            .contains("Card payments failing")
    );
    let file = site.path("incidents/payments-down.yaml");
    let text = fs::read_to_string(&file).unwrap();
    fs::write(
        &file,
        text.replace(
            "title: Card payments failing",
            "title: Card payments declined",
        ),
    )
    .unwrap();
    for out in [
        "public/incidents/payments-down/index.html",
        "public/index.html",
        "public/feed.atom",
        "public/feed.rss",
        "public/feed.json",
        "public/api/v2/summary.json",
    ] {
        w.wait_file(&site.path(out), "with the new title", |t| {
            t.contains("Card payments declined") && !t.contains("Card payments failing")
        });
    }
    let line = w.wait_line(" rebuilt in ", 1);
    assert!(
        line.contains("incidents/payments-down.yaml changed"),
        "{line}"
    );
    assert!(line.contains("wrote "), "{line}");
    // Only the files whose bytes changed were written: not the stylesheet, for one.
    assert!(!line.contains(" of 0 "), "{line}");
}

#[test]
fn an_editor_save_by_rename_is_seen_for_incidents_and_the_config() {
    let site = TestSite::new("site");
    let w = watch(&site, &[]);
    let file = site.path("incidents/db-upgrade.yaml");
    let text = fs::read_to_string(&file).unwrap();
    let title = text
        .lines()
        .find_map(|l| l.strip_prefix("title: "))
        .unwrap()
        .to_string();
    save_by_rename(&file, &text.replace(&title, "Renamed into place"));
    w.wait_file(
        &site.path("public/incidents/db-upgrade/index.html"),
        "with the renamed-in title",
        |t| t.contains("Renamed into place"),
    );
    // The config is replaced the same way (Zola #2266: a watch on the file itself is lost).
    let config = site.read("candor.yaml");
    save_by_rename(
        &site.path("candor.yaml"),
        &config.replace("title: Fixture Status", "title: Renamed Status"),
    );
    w.wait_file(
        &site.path("public/index.html"),
        "with the new site title",
        |t| t.contains("Renamed Status"),
    );
    // The temporary files were never taken for inputs.
    assert!(!w.log().contains(".tmp-save"), "{}", w.log());
}

#[test]
fn a_broken_file_keeps_the_last_good_site_and_fixing_it_rebuilds() {
    let site = TestSite::new("site");
    let w = watch(&site, &[]);
    let good = snapshot_dir(&site.path("public"));
    let file = site.path("incidents/payments-down.yaml");
    let text = fs::read_to_string(&file).unwrap();
    fs::write(&file, text.replace("impact: major", "impact: majr")).unwrap();
    let line = w.wait_line(" rebuild failed in ", 1);
    assert!(line.contains("still holds the last good site"), "{line}");
    // Diagnostics in the same format as `build`: path:line:col, the line, help.
    let log = w.log();
    assert!(log.contains("incidents/payments-down.yaml:2:"), "{log}");
    assert!(log.contains("did you mean `major`?"), "{log}");
    assert_eq!(good, snapshot_dir(&site.path("public")), "the site changed");

    // Garbage is no worse: the watcher keeps going.
    fs::write(&file, "\u{0}\u{1}not: [yaml").unwrap();
    w.wait_line(" rebuild failed in ", 2);
    fs::write(
        &file,
        text.replace("title: Card payments failing", "title: Fixed it"),
    )
    .unwrap();
    w.wait_file(
        &site.path("public/incidents/payments-down/index.html"),
        "rebuilt after the fix",
        |t| t.contains("Fixed it"),
    );
    w.wait_line(" rebuilt in ", 1);
}

#[test]
fn a_burst_of_200_files_is_one_rebuild() {
    let site = TestSite::new("site");
    // A long quiet period, so a slow CI machine writing the burst cannot split it.
    let w = watch(&site, &["--debounce", "400"]);
    for i in 0..200 {
        site.write(
            &format!("incidents/burst-{i:03}.yaml"),
            &incident(&format!("Burst {i}")),
        );
    }
    w.wait_file(
        &site.path("public/incidents/burst-199/index.html"),
        "the last file of the burst",
        |t| t.contains("Burst 199"),
    );
    let first = w.wait_line(" rebuilt in ", 1);
    assert!(first.contains("and 198 more changed"), "{first}");
    // A later, single edit is the next rebuild: nothing else came in between.
    site.write("incidents/burst-000.yaml", &incident("After the burst"));
    let second = w.wait_line(" rebuilt in ", 2);
    assert!(
        second.contains("incidents/burst-000.yaml changed;"),
        "{second}"
    );
    assert_eq!(w.rebuilds(), 2, "{}", w.log());
}

#[test]
fn a_save_of_one_file_does_not_wait_for_the_burst_debounce() {
    let site = TestSite::new("site");
    // Ten minutes of quiet would end a burst; a save of one file is built after a few
    // milliseconds all the same (the wait below gives up long before ten minutes).
    let w = watch(&site, &["--debounce", "600000"]);
    let file = site.path("incidents/payments-down.yaml");
    let text = fs::read_to_string(&file).unwrap();
    save_by_rename(
        &file,
        &text.replace("Card payments failing", "Card payments slow"),
    );
    w.wait_file(&site.path("public/index.html"), "with the edit", |t| {
        t.contains("Card payments slow")
    });
    let line = w.wait_line(" rebuilt in ", 1);
    assert!(
        line.contains("incidents/payments-down.yaml changed;"),
        "{line}"
    );
}

#[test]
fn temporary_and_swap_files_are_ignored() {
    let site = TestSite::new("site");
    let w = watch(&site, &[]);
    for junk in [
        "incidents/.payments-down.yaml.swp",
        "incidents/payments-down.yaml~",
        "incidents/4913",
        "incidents/.#payments-down.yaml",
        "incidents/payments-down.yaml.bck",
        "incidents/notes.txt",
        "README.md",
    ] {
        site.write(junk, "not: [valid");
    }
    // The next rebuild is the one for a real edit, and it reads no junk.
    site.write("incidents/new-one.yaml", &incident("A real edit"));
    let line = w.wait_line(" rebuilt in ", 1);
    assert!(line.contains("incidents/new-one.yaml changed;"), "{line}");
    assert_eq!(w.rebuilds(), 1, "{}", w.log());
}

#[test]
fn files_created_moved_in_and_deleted_are_seen() {
    let site = TestSite::new("site");
    let w = watch(&site, &[]);
    // Created in a folder that did not exist.
    site.write("incidents/2026/created.yaml", &incident("Created here"));
    w.wait_file(
        &site.path("public/incidents/created/index.html"),
        "for the new file",
        |t| t.contains("Created here"),
    );
    // Moved in from outside the watched folders (same file system, so a rename).
    site.write("elsewhere/moved.yaml", &incident("Moved in"));
    fs::rename(
        site.path("elsewhere/moved.yaml"),
        site.path("incidents/moved.yaml"),
    )
    .unwrap();
    w.wait_file(
        &site.path("public/incidents/moved/index.html"),
        "for the moved-in file",
        |t| t.contains("Moved in"),
    );
    // A whole folder moved away, then a file deleted: their pages go.
    fs::rename(site.path("incidents/2026"), site.path("elsewhere/2026")).unwrap();
    fs::remove_file(site.path("incidents/old-minor.yaml")).unwrap();
    w.wait_gone(&site.path("public/incidents/created"));
    w.wait_gone(&site.path("public/incidents/old-minor"));
}

#[test]
fn a_theme_template_change_rerenders() {
    let site = TestSite::new("site");
    let w = watch(&site, &[]);
    site.write(
        "themes/default/templates/404.html",
        "{% extends \"base.html\" %}{% block content %}<h1>Lost? THEME-EDIT-1</h1>{% endblock content %}",
    );
    w.wait_file(
        &site.path("public/404.html"),
        "with the new template",
        |t| t.contains("THEME-EDIT-1"),
    );
    // A template error is reported at its line; the site stays; fixing it recovers.
    site.write("themes/default/templates/404.html", "<h1>\n{% if %}\n");
    let failed = w.wait_line(" rebuild failed in ", 1);
    assert!(
        failed.contains("themes/default/templates/404.html"),
        "{failed}"
    );
    assert!(
        w.log().contains("themes/default/templates/404.html:2:"),
        "{}",
        w.log()
    );
    assert!(site.read("public/404.html").contains("THEME-EDIT-1"));
    site.write(
        "themes/default/templates/404.html",
        "{% extends \"base.html\" %}{% block content %}<h1>THEME-EDIT-2</h1>{% endblock content %}",
    );
    w.wait_file(&site.path("public/404.html"), "after the fix", |t| {
        t.contains("THEME-EDIT-2")
    });
}

#[test]
fn poll_mode_sees_changes() {
    let site = TestSite::new("site");
    let w = watch(&site, &["--poll"]);
    assert!(w.log().contains("(polling)"), "{}", w.log());
    site.write("incidents/polled.yaml", &incident("Seen by polling"));
    w.wait_file(
        &site.path("public/incidents/polled/index.html"),
        "for the polled file",
        |t| t.contains("Seen by polling"),
    );
}

#[test]
fn writing_the_site_never_triggers_a_rebuild_and_stopping_cleans_up() {
    let site = TestSite::new("site");
    let mut w = watch(&site, &[]);
    for (n, title) in ["First edit", "Second edit", "Third edit"]
        .iter()
        .enumerate()
    {
        site.write("incidents/edited.yaml", &incident(title));
        w.wait_file(
            &site.path("public/incidents/edited/index.html"),
            "with the edit",
            |t| t.contains(title),
        );
        w.wait_line(" rebuilt in ", n + 1);
    }
    // Three edits, three rebuilds: writing `public/` (inside the watched site) added none.
    assert_eq!(w.rebuilds(), 3, "{}", w.log());
    // The output is an ordinary candor folder, the same as `build` makes.
    site.build("expected").success();
    let expected = snapshot_dir(&site.path("expected"));
    assert_eq!(
        expected.keys().collect::<Vec<_>>(),
        snapshot_dir(&site.path("public"))
            .keys()
            .collect::<Vec<_>>()
    );
    assert_eq!(
        expected,
        snapshot_dir(&site.path("public")),
        "incremental writes drifted from a full build"
    );
    assert_eq!(w.stop(), Some(0), "{}", w.log());
    let leftovers = site.leftovers();
    assert!(leftovers.is_empty(), "{leftovers:?}");
}

#[test]
fn refuses_an_output_folder_it_did_not_make() {
    let site = TestSite::new("site");
    site.write("public/precious.txt", "not candor's");
    let mut w = Running::start(&site, &["watch", "--now", NOW]);
    assert_eq!(w.wait_exit(), Some(2));
    assert!(w.log().contains("refusing to replace"), "{}", w.log());
}

/// The incremental writer behind `watch`: after every write the folder holds exactly the new
/// site, as a full write would, and no file a reader may have open is changed in place.
#[test]
fn incremental_writes_equal_full_writes_and_never_edit_live_files() {
    use crate::library::{MARKER, Output, Tell, Writer};
    use std::io::Read;
    use std::sync::Arc;

    let dir = tempfile::TempDir::new().unwrap();
    let out = dir.path().join("public");
    let generations: [&[(&str, &str)]; 6] = [
        &[("index.html", "1"), ("x/b.html", "1"), ("x/y/c.html", "1")],
        &[("index.html", "2"), ("x/b.html", "1")],
        &[("index.html", "2"), ("x/b.html", "3"), ("z/d.html", "1")],
        &[("index.html", "4")],
        &[("index.html", "4"), ("x/y/c.html", "5")],
        &[("index.html", "6"), ("x/y/c.html", "5"), ("x/b.html", "6")],
    ];
    let mut writer = Writer::new(&out, Tell::new(|_| {}));
    let mut open: Option<(std::fs::File, String)> = None;
    for (n, files) in generations.iter().enumerate() {
        let mut output = Output::default();
        for (p, text) in *files {
            output.insert(*p, format!("gen {n}: {text}"));
        }
        let written = writer.write(Arc::new(output.clone())).unwrap();
        assert_eq!(written.total, files.len());
        let mut expected: std::collections::BTreeMap<String, Vec<u8>> = output
            .files
            .iter()
            .map(|(p, b)| (p.to_string(), b.to_vec()))
            .collect();
        expected.insert(MARKER.into(), std::fs::read(out.join(MARKER)).unwrap());
        assert_eq!(snapshot_dir(&out), expected, "generation {n}");
        // Folders emptied by removals are gone too.
        for d in ["x/y", "x", "z"] {
            let used = files.iter().any(|(p, _)| p.starts_with(&format!("{d}/")));
            assert_eq!(out.join(d).exists(), used, "generation {n}: {d}/");
        }
        // The file opened before this write still reads as it did.
        if let Some((mut f, text)) = open.take() {
            let mut now = String::new();
            f.read_to_string(&mut now).unwrap();
            assert_eq!(now, text, "generation {n} edited a live file in place");
        }
        open = Some((
            std::fs::File::open(out.join("index.html")).unwrap(),
            std::fs::read_to_string(out.join("index.html")).unwrap(),
        ));
    }
    writer.finish();
    let names: Vec<String> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert_eq!(names, vec!["public".to_string()]);
}

/// A warning is shown once, not again on every rebuild; a new one is shown when it appears.
#[test]
fn old_warnings_are_not_repeated_on_every_rebuild() {
    let site = TestSite::new("site");
    // An hour after NOW, the payments incident's promise (10:15) is overdue.
    let w = Running::start(&site, &["watch", "--now", "2026-11-20T11:00:00Z"]);
    w.wait_ready();
    assert_eq!(w.count("warning[overdue]"), 1, "{}", w.log());
    let file = site.path("incidents/old-minor.yaml");
    let text = fs::read_to_string(&file).unwrap();
    fs::write(&file, text.replace("Delayed webhooks", "Webhooks delayed")).unwrap();
    w.wait_line(" rebuilt in ", 1);
    let log = w.log();
    assert_eq!(w.count("warning[overdue]"), 1, "{log}");
    assert!(
        log.contains("note: 1 earlier warning still applies"),
        "{log}"
    );
    // A new warning is reported in full.
    let file = site.path("incidents/search-slow.yaml");
    let text = fs::read_to_string(&file).unwrap();
    fs::write(
        &file,
        text.replace("components: [search]", "components: [search, search]"),
    )
    .unwrap();
    w.wait_line(" rebuilt in ", 2);
    assert_eq!(w.count("warning[duplicate-component]"), 1, "{}", w.log());
}

/// Issue 11: the output folder was briefly unusable (here: replaced by a plain file, as a
/// half-done deploy or an unmounted volume leaves it) when a rebuild wanted to write. The
/// site must be written once it is usable again, without waiting for another edit (the
/// inputs have not changed, so neither events nor the rescan would ever write it), and the
/// failure is reported once, not once per retry.
#[test]
fn a_site_that_could_not_be_written_is_written_once_the_folder_is_usable() {
    let site = TestSite::new("site");
    let w = watch(&site, &[]);
    let public = site.path("public");
    fs::remove_dir_all(&public).unwrap();
    fs::write(&public, "not a folder").unwrap();
    let file = site.path("incidents/payments-down.yaml");
    let text = fs::read_to_string(&file).unwrap();
    fs::write(
        &file,
        text.replace("title: Card payments failing", "title: Written later"),
    )
    .unwrap();
    let line = w.wait_line(" rebuilt in ", 1);
    assert!(line.contains("could not be written"), "{line}");
    // Retries happen while it stays unusable (after 0.25 s, 0.5 s more, 1 s more…); give
    // them time to run, then make the folder usable again.
    std::thread::sleep(std::time::Duration::from_millis(1500));
    fs::remove_file(&public).unwrap();
    w.wait_file(
        &site.path("public/incidents/payments-down/index.html"),
        "written by a retry",
        |t| t.contains("Written later"),
    );
    let line = w.wait_line("wrote the site after", 1);
    let attempts: u32 = line
        .split("after ")
        .nth(1)
        .and_then(|r| r.split(' ').next())
        .and_then(|n| n.parse().ok())
        .unwrap_or_else(|| panic!("{line}"));
    assert!(attempts >= 2, "{line}");
    assert_eq!(
        w.count("it is a file, not a folder"),
        1,
        "reported once, not per retry:\n{}",
        w.log()
    );
    assert!(site.read("public/index.html").contains("Written later"));
}

/// Issue 11: a rebuild whose reads failed for a reason outside the files (here: the process
/// out of file descriptors, as a preview flooded with connections can be) failed, and the
/// watch stayed stale for good: the files' fingerprints had not changed, so the rescan saw
/// nothing to do. Reads that failed are tried again until they work.
#[test]
fn reads_that_failed_are_tried_again_without_another_edit() {
    use rustix::process::{Resource, Rlimit, getrlimit, prlimit};
    let site = TestSite::new("site");
    let w = watch(&site, &[]);
    let pid = rustix::process::Pid::from_raw(w.pid() as i32).expect("a pid");
    let open: std::collections::HashSet<u64> =
        fs::read_dir(format!("/proc/{}/fd", pid.as_raw_nonzero()))
            .unwrap()
            .flatten()
            .filter_map(|e| e.file_name().to_str()?.parse().ok())
            .collect();
    let lowest_free = (0..).find(|n| !open.contains(n)).unwrap();
    let before = prlimit(
        Some(pid),
        Resource::Nofile,
        Rlimit {
            current: Some(lowest_free),
            maximum: getrlimit(Resource::Nofile).maximum,
        },
    )
    .expect("lower the watch's open-file limit");
    let file = site.path("incidents/payments-down.yaml");
    let text = fs::read_to_string(&file).unwrap();
    fs::write(
        &file,
        text.replace("title: Card payments failing", "title: Read later"),
    )
    .unwrap();
    let line = w.wait_line(" rebuild failed in ", 1);
    assert!(w.log().contains("cannot read"), "{line}\n{}", w.log());
    prlimit(Some(pid), Resource::Nofile, before).expect("restore the limit");
    w.wait_file(
        &site.path("public/incidents/payments-down/index.html"),
        "rebuilt by a retry",
        |t| t.contains("Read later"),
    );
    let line = w.wait_line("read again after", 1);
    assert!(line.contains(" rebuilt in "), "{line}");
}
