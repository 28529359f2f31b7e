//! `candor update` appends an update and leaves every other byte of the file as it was:
//! comments, layout, quoting and line endings. Each test compares the whole file.

use crate::common::{NOW, TestSite};
use predicates::prelude::*;

const ORIGINAL: &str = "# Owned by customer care; keep the tone plain.
title: Card payments failing
impact: major
owner: { name: Minter Dial, role: Head of Customer Care }
components: [checkout, api]
started_at: 2026-11-20T09:12:00Z
updates:
  # First word out, within 10 minutes.
  - at: 2026-11-20T09:20:00Z
    status: investigating
    author: 'Minter Dial'
    components: { checkout: major_outage }
    next_update_by: 2026-11-20T09:50:00Z
    body: >-
      Card payments are failing.

# Written after the incident.
postmortem: |
  To follow.
";

const ITEM: &str = "  - at: 2026-11-20T09:45:00Z
    status: identified
    author: \"Priya Raman\"
    components: { checkout: partial_outage }
    next_update_by: 2026-11-20T10:15:00Z
    body: |
      We found a bad certificate.

      Rolling back now.
";

fn site_with(text: &str) -> TestSite {
    let site = TestSite::new("site");
    site.write("incidents/payments-down.yaml", text);
    site
}

fn update(site: &TestSite, extra: &[&str]) -> assert_cmd::assert::Assert {
    let mut args = vec![
        "update",
        "payments-down",
        "--status",
        "identified",
        "--body",
        "We found a bad certificate.\n\nRolling back now.",
        "--author",
        "Priya Raman",
        "--at",
        "2026-11-20T09:45:00Z",
    ];
    args.extend_from_slice(extra);
    site.cmd(&args).assert()
}

#[test]
fn appends_after_the_last_update_and_keeps_every_other_byte() {
    let site = site_with(ORIGINAL);
    update(
        &site,
        &["--next", "30m", "--component", "checkout=partial_outage"],
    )
    .success();
    // The item goes right after the last update, before the blank line and the comment that
    // lead into `postmortem` (they belong to what follows).
    let split = ORIGINAL.find("\n\n# Written after").unwrap() + 1;
    let expected = format!("{}{ITEM}{}", &ORIGINAL[..split], &ORIGINAL[split..]);
    assert_eq!(site.read("incidents/payments-down.yaml"), expected);
    site.cmd(&["check", "--now", NOW]).assert().success();
}

#[test]
fn crlf_files_stay_crlf() {
    let original = ORIGINAL.replace('\n', "\r\n");
    let site = site_with(&original);
    update(
        &site,
        &["--next", "30m", "--component", "checkout=partial_outage"],
    )
    .success();
    let split = original.find("\r\n\r\n# Written after").unwrap() + 2;
    let expected = format!(
        "{}{}{}",
        &original[..split],
        ITEM.replace('\n', "\r\n"),
        &original[split..]
    );
    let written = std::fs::read(site.path("incidents/payments-down.yaml")).unwrap();
    assert_eq!(String::from_utf8(written).unwrap(), expected);
}

#[test]
fn appends_at_the_end_when_updates_come_last() {
    let original = ORIGINAL
        .split("\n# Written after")
        .next()
        .unwrap()
        .to_string()
        + "\n";
    let site = site_with(&original);
    update(
        &site,
        &["--next", "10:15", "--component", "checkout=partial_outage"],
    )
    .success();
    // Right after the last update, as everywhere else: the blank line that ended the file
    // still ends it.
    let split = original.len() - 1;
    assert_eq!(
        site.read("incidents/payments-down.yaml"),
        format!("{}{ITEM}{}", &original[..split], &original[split..])
    );
}

#[test]
fn next_defaults_to_the_cadence_policy() {
    let site = site_with(ORIGINAL);
    // A major incident: one hour by default.
    update(&site, &[]).success();
    assert!(
        site.read("incidents/payments-down.yaml")
            .contains("next_update_by: 2026-11-20T10:45:00Z")
    );
}

#[test]
fn resolving_needs_only_the_body() {
    let site = site_with(ORIGINAL);
    site.cmd(&[
        "update",
        "payments-down",
        "--status",
        "resolved",
        "--body",
        "Payments work again.",
        "--at",
        "2026-11-20T10:00:00Z",
    ])
    .env("CANDOR_AUTHOR", "Priya Raman")
    .assert()
    .success();
    let text = site.read("incidents/payments-down.yaml");
    assert!(text.contains(
        "  - at: 2026-11-20T10:00:00Z\n    status: resolved\n    author: \"Priya Raman\"\n    components: { checkout: operational, api: operational }\n    body: |\n      Payments work again.\n"
    ), "{text}");
    assert!(
        !text.contains("next_update_by: 2026-11-20T1"),
        "no promise after resolution"
    );
    // It is not resolved twice (another status after it reopens it: tests/it/lifecycle.rs).
    site.cmd(&[
        "update",
        "payments-down",
        "--status",
        "resolved",
        "--body",
        "x",
    ])
    .assert()
    .code(1)
    .stderr(predicate::str::contains("the incident is already resolved"));
}

#[test]
fn refuses_bad_input_and_leaves_the_file_alone() {
    let site = site_with(ORIGINAL);
    update(&site, &["--component", "chekout=partial_outage"])
        .code(1)
        .stderr(predicate::str::contains("did you mean `checkout`?"));
    site.cmd(&[
        "update",
        "payments-down",
        "--status",
        "identifed",
        "--body",
        "x",
    ])
    .assert()
    .code(1)
    .stderr(predicate::str::contains("did you mean `identified`?"));
    site.cmd(&[
        "update",
        "payments-down",
        "--status",
        "in_progress",
        "--body",
        "x",
    ])
    .assert()
    .code(1)
    .stderr(predicate::str::contains(
        "`in_progress` is a status for maintenance, not incidents",
    ));
    site.cmd(&[
        "update",
        "payment-down",
        "--status",
        "identified",
        "--body",
        "x",
    ])
    .assert()
    .code(1)
    .stderr(predicate::str::contains("did you mean `payments-down`?"));
    // An update earlier than the last one would break the order.
    site.cmd(&[
        "update",
        "payments-down",
        "--status",
        "identified",
        "--body",
        "x",
        "--at",
        "2026-11-20T09:00:00Z",
    ])
    .assert()
    .code(1)
    .stderr(predicate::str::contains("earlier than the one before it"));
    assert_eq!(site.read("incidents/payments-down.yaml"), ORIGINAL);
}

#[test]
fn flow_style_updates_are_refused_not_rewritten() {
    let text = "title: X\nimpact: minor\nowner: { name: A B, role: SRE }\ncomponents: [api]\nstarted_at: 2026-11-20T09:00:00Z\nupdates: [ { at: 2026-11-20T09:05:00Z, status: investigating, author: A B, body: x } ]\n";
    let site = site_with(text);
    update(&site, &[])
        .code(1)
        .stderr(predicate::str::contains("flow style"));
    assert_eq!(site.read("incidents/payments-down.yaml"), text);
}

// ---- issue 11: nothing lost, nothing leaked, nothing unbounded --------------------------

/// The file's values, read as the loader reads them (serde_yaml).
fn values(text: &str) -> serde_yaml::Value {
    serde_yaml::from_str(text.strip_prefix('\u{feff}').unwrap_or(text)).unwrap()
}

fn bodies(text: &str) -> Vec<String> {
    values(text)["updates"]
        .as_sequence()
        .unwrap()
        .iter()
        .map(|u| u["body"].as_str().unwrap().to_string())
        .collect()
}

/// Starts `candor --root <site> <args>` without waiting for it.
fn spawn(site: &TestSite, args: &[String]) -> std::process::Child {
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    site.process(&args)
        .env_remove("CANDOR_AUTHOR")
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap()
}

#[test]
fn concurrent_updates_to_one_file_all_land() {
    // Issue 11: two people on call updating at once lost an update that exited 0.
    let site = site_with(ORIGINAL);
    let n = 12;
    let children: Vec<_> = (0..n)
        .map(|i| {
            let args = [
                "update",
                "payments-down",
                "--status",
                "identified",
                "--body",
                &format!("Update number {i} from the on-call rota."),
                "--author",
                &format!("Person {i}"),
                "--at",
                "2026-11-20T09:45:00Z",
                "--next",
                "30m",
            ]
            .map(String::from);
            spawn(&site, &args)
        })
        .collect();
    let outputs: Vec<_> = children
        .into_iter()
        .map(|c| c.wait_with_output().unwrap())
        .collect();
    let text = site.read("incidents/payments-down.yaml");
    let bodies = bodies(&text);
    for (i, out) in outputs.iter().enumerate() {
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(out.status.success(), "update {i} failed: {stderr}");
        let mine = format!("Update number {i} from the on-call rota.\n");
        assert_eq!(
            bodies.iter().filter(|b| **b == mine).count(),
            1,
            "update {i} exited 0 but is not in the file once:\n{text}"
        );
    }
    assert_eq!(bodies.len(), 1 + n, "{text}");
    // Nothing left behind: no temporary files, no lock file.
    let names: Vec<_> = std::fs::read_dir(site.path("incidents"))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.starts_with('.') || n.contains("tmp"))
        .collect();
    assert!(names.is_empty(), "{names:?}");
    site.cmd(&["check", "--now", NOW]).assert().success();
}

fn new_args(i: usize, id: Option<&str>) -> Vec<String> {
    let mut args: Vec<String> = [
        "new",
        "Search is down",
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
    ]
    .map(String::from)
    .to_vec();
    args.extend(["--body".into(), format!("Written by writer {i}.")]);
    if let Some(id) = id {
        args.extend(["--id".into(), id.into()]);
    }
    args
}

#[test]
fn concurrent_news_never_report_a_file_holding_another_incident() {
    // Issue 11: `new` twice at once reported success for a file holding the other incident.
    let site = TestSite::new("site");
    let n = 8;
    let children: Vec<_> = (0..n).map(|i| spawn(&site, &new_args(i, None))).collect();
    let mut paths = std::collections::BTreeSet::new();
    for (i, child) in children.into_iter().enumerate() {
        let out = child.wait_with_output().unwrap();
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        let path = String::from_utf8(out.stdout).unwrap().trim().to_string();
        let text = std::fs::read_to_string(&path).unwrap();
        assert_eq!(
            bodies(&text),
            [format!("Written by writer {i}.\n")],
            "{path}"
        );
        assert!(paths.insert(path), "two writers reported one file");
    }

    // With one --id, exactly one wins; the others say why, and the file is the winner's.
    // Several rounds, since a race is a matter of luck in any one of them.
    for round in 0..8 {
        let id = format!("search-outage-{round}");
        let children: Vec<_> = (0..n)
            .map(|i| spawn(&site, &new_args(i, Some(&id))))
            .collect();
        let mut winners = Vec::new();
        for (i, child) in children.into_iter().enumerate() {
            let out = child.wait_with_output().unwrap();
            let stderr = String::from_utf8_lossy(&out.stderr);
            if out.status.success() {
                winners.push(i);
            } else {
                assert_eq!(out.status.code(), Some(1), "{stderr}");
                assert!(
                    stderr.contains(&format!("`{id}` is already used")),
                    "{stderr}"
                );
            }
        }
        assert_eq!(winners.len(), 1, "{winners:?}");
        assert_eq!(
            bodies(&site.read(&format!("incidents/{id}.yaml"))),
            [format!("Written by writer {}.\n", winners[0])]
        );
    }
}

#[cfg(unix)]
#[test]
fn new_writes_nothing_outside_the_site_through_a_linked_incidents_folder() {
    // Issue 11's class "nothing outside the site": the build refuses to read through an
    // `incidents/` linked elsewhere, so `new` must not write through it either.
    let site = TestSite::new("site");
    let outside = tempfile::tempdir().unwrap();
    let incidents = site.path("incidents");
    std::fs::rename(&incidents, outside.path().join("incidents")).unwrap();
    std::os::unix::fs::symlink(outside.path().join("incidents"), &incidents).unwrap();
    let before = std::fs::read_dir(outside.path().join("incidents"))
        .unwrap()
        .count();
    site.cmd(
        &new_args(0, None)
            .iter()
            .map(String::as_str)
            .collect::<Vec<_>>(),
    )
    .assert()
    .code(1)
    .stderr(predicate::str::contains("outside the site folder"));
    let after = std::fs::read_dir(outside.path().join("incidents"))
        .unwrap()
        .count();
    assert_eq!(before, after, "a file was written outside the site");
}

#[test]
fn new_never_replaces_a_file_that_appeared_under_its_name() {
    // A file the loader does not list (a dangling link) still holds the name: never replace it.
    let site = TestSite::new("site");
    #[cfg(unix)]
    std::os::unix::fs::symlink("nowhere.yaml", site.path("incidents/search-outage.yaml")).unwrap();
    #[cfg(unix)]
    {
        let out = site
            .cmd(
                &new_args(0, Some("search-outage"))
                    .iter()
                    .map(String::as_str)
                    .collect::<Vec<_>>(),
            )
            .assert()
            .code(1);
        let _ = out;
        assert!(
            std::fs::symlink_metadata(site.path("incidents/search-outage.yaml"))
                .unwrap()
                .file_type()
                .is_symlink()
        );
    }
}

/// `candor update payments-down --status identified <extra>`.
fn identified(site: &TestSite, extra: &[&str]) -> assert_cmd::assert::Assert {
    let mut args = vec!["update", "payments-down", "--status", "identified"];
    args.extend_from_slice(extra);
    site.cmd(&args).assert()
}

/// The update that follows ORIGINAL-like files in these tests, and what it writes.
fn plain_update(site: &TestSite) -> assert_cmd::assert::Assert {
    identified(
        site,
        &[
            "--body",
            "Found it.",
            "--author",
            "Priya Raman",
            "--at",
            "2026-11-20T09:45:00Z",
            "--next",
            "30m",
        ],
    )
}

const PLAIN_ITEM: &str = "  - at: 2026-11-20T09:45:00Z
    status: identified
    author: \"Priya Raman\"
    next_update_by: 2026-11-20T10:15:00Z
    body: |
      Found it.
";

/// Runs `plain_update` on a site holding `original` and checks that the file is `original`
/// with `item` inserted at byte `at` and nothing else changed; returns the new text.
fn updates_to(original: &str, at: usize, item: &str) -> String {
    let site = site_with(original);
    plain_update(&site).success();
    let text = site.read("incidents/payments-down.yaml");
    assert_eq!(
        text,
        format!("{}{item}{}", &original[..at], &original[at..])
    );
    text
}

#[test]
fn hash_lines_ending_a_body_stay_in_that_body() {
    // Issue 11: a last body line starting with `#` (a heading, #hashtag, #1234) was taken for
    // a comment and moved into the new update.
    for last in ["#hashtag", "#1234", "# Heading"] {
        let original = ORIGINAL.replace(
            "      Card payments are failing.\n",
            &format!("      Card payments are failing.\n      {last}\n"),
        );
        let split = original.find("\n\n# Written after").unwrap() + 1;
        let text = updates_to(&original, split, PLAIN_ITEM);
        assert_eq!(
            bodies(&text)[0],
            format!("Card payments are failing. {last}")
        );
    }
}

#[test]
fn lone_carriage_returns_are_line_breaks_everywhere() {
    // Issue 11: one lone CR earlier in the file sent the update into the postmortem (exit 0);
    // a file of lone CRs panicked.
    let original = ORIGINAL.replacen(
        "title: Card payments failing\n",
        "title: Card payments failing\r",
        1,
    );
    let split = original.find("\n\n# Written after").unwrap() + 1;
    let text = updates_to(&original, split, PLAIN_ITEM);
    assert_eq!(values(&text)["postmortem"], values(ORIGINAL)["postmortem"]);

    // A file of lone CRs, with and without the opening comment (the loader once read a CR-only
    // file that opens with a comment as "only comments").
    for original in [
        ORIGINAL.replace('\n', "\r"),
        ORIGINAL
            .trim_start_matches("# Owned by customer care; keep the tone plain.\n")
            .replace('\n', "\r"),
    ] {
        let split = original.find("\r\r# Written after").unwrap() + 1;
        updates_to(&original, split, &PLAIN_ITEM.replace('\n', "\r"));
    }
}

#[test]
fn text_in_flags_changes_only_its_own_value() {
    // Issue 11: a --body holding CR, NEL, U+2028 or U+2029 started new top-level YAML (a fake
    // apology was published this way).
    for brk in ["\r", "\u{85}", "\u{2028}", "\u{2029}"] {
        let site = site_with(ORIGINAL);
        let body =
            format!("Sorry.{brk}apology:{brk}  author: {{ name: CEO }}{brk}postmortem: fake");
        let author = format!("Priya{brk}title: hacked");
        identified(&site, &["--body", &body, "--author", &author])
            .code(1)
            .stderr(predicate::str::contains("the author contains a line break"));
        assert_eq!(site.read("incidents/payments-down.yaml"), ORIGINAL);

        let at = ["--author", "Priya Raman", "--at", "2026-11-20T09:45:00Z"];
        identified(&site, &[&["--body", body.as_str()][..], &at].concat()).success();
        let text = site.read("incidents/payments-down.yaml");
        let (old, new) = (values(ORIGINAL), values(&text));
        for key in ["title", "owner", "postmortem", "components", "impact"] {
            assert_eq!(old[key], new[key], "{brk:?}: {key} changed:\n{text}");
        }
        assert!(new.get("apology").is_none(), "{text}");
        let written = bodies(&text).pop().unwrap();
        // CR and NEL are line breaks in a body (NEL no channel can carry); U+2028/9 are kept.
        let wanted = if brk == "\r" || brk == "\u{85}" {
            body.replace(brk, "\n")
        } else {
            body.clone()
        };
        assert_eq!(written.trim_end(), wanted, "{brk:?}");
        site.cmd(&["check", "--now", NOW]).assert().success();
    }
    // A control character is refused, not written.
    let site = site_with(ORIGINAL);
    identified(&site, &["--body", "bell\u{7}"])
        .code(1)
        .stderr(predicate::str::contains("control character U+0007"));
    assert_eq!(site.read("incidents/payments-down.yaml"), ORIGINAL);
}

/// `candor new` with one flag's value replaced.
fn new_with(flag: &str, value: &str) -> Vec<String> {
    let mut args = new_args(0, Some("odd"));
    match flag {
        "title" => args[1] = value.into(),
        _ => match args.iter().position(|a| a == flag) {
            Some(i) => args[i + 1] = value.into(),
            None => args.extend([flag.into(), value.into()]),
        },
    }
    args
}

#[test]
fn new_writes_every_flag_as_its_own_value_only() {
    let site = TestSite::new("site");
    for (flag, bad, why) in [
        ("title", "Down\u{2028}postmortem: fake", "line break"),
        ("--owner", "Mei\npostmortem: fake", "line break"),
        ("--role", "SRE\u{85}apology: x", "line break"),
        ("--email", "mei@example.com\rtitle: x", "line break"),
        ("--body", "ok\u{1b}[31m", "control character U+001B"),
    ] {
        let args = new_with(flag, bad);
        site.cmd(&args.iter().map(String::as_str).collect::<Vec<_>>())
            .assert()
            .code(1)
            .stderr(predicate::str::contains(why));
        assert!(!site.path("incidents/odd.yaml").exists(), "{flag}");
    }
    // Quotes, colons, `#` and line breaks of every kind in the body are only text.
    let mut args = new_with("title", "Search: \"down\" # again");
    let body = args.iter().position(|a| a == "--body").unwrap() + 1;
    args[body] = "Line one\u{2028}title: fake\r\n# not a comment\rpostmortem: x".into();
    site.cmd(&args.iter().map(String::as_str).collect::<Vec<_>>())
        .assert()
        .success();
    let v = values(&site.read("incidents/odd.yaml"));
    assert_eq!(v["title"].as_str(), Some("Search: \"down\" # again"));
    assert_eq!(
        v["updates"][0]["body"].as_str(),
        Some("Line one\u{2028}title: fake\n# not a comment\npostmortem: x")
    );
    assert!(v.get("postmortem").is_none());
    site.cmd(&["check", "--now", NOW]).assert().success();
}

#[test]
fn body_files_are_read_with_a_bound() {
    // Issue 11: a --body-file over the size limit made a file that failed every build, and
    // /dev/zero read without end.
    let site = site_with(ORIGINAL);
    let body = |path: &str| identified(&site, &["--body-file", path]);
    #[cfg(unix)]
    body("/dev/zero")
        .code(2)
        .stderr(predicate::str::contains("over 1024 KiB"));
    let big = site.path("big.md");
    std::fs::write(&big, "word ".repeat(220_000)).unwrap();
    body(big.to_str().unwrap())
        .code(2)
        .stderr(predicate::str::contains("over 1024 KiB"));
    // Under the limit alone, over it with the file: refused before writing.
    let line = format!("{}\n", "x".repeat(99));
    std::fs::write(&big, line.repeat(10_470)).unwrap();
    body(big.to_str().unwrap())
        .code(1)
        .stderr(predicate::str::contains("over the 1024 KiB limit"));
    assert_eq!(site.read("incidents/payments-down.yaml"), ORIGINAL);
    // And a body file that fits is taken as it is.
    std::fs::write(&big, "From a file.\n").unwrap();
    body(big.to_str().unwrap()).success();
    assert_eq!(
        bodies(&site.read("incidents/payments-down.yaml"))
            .pop()
            .unwrap(),
        "From a file.\n"
    );
}

#[cfg(unix)]
#[test]
fn links_modes_and_byte_order_marks_are_kept() {
    use std::os::unix::fs::PermissionsExt;
    // Issue 11: update replaced a linked file with a plain one, reset its mode, dropped a BOM.
    let site = TestSite::new("site");
    site.write("archive/payments.yaml", &format!("\u{feff}{ORIGINAL}"));
    let target = site.path("archive/payments.yaml");
    std::fs::set_permissions(&target, std::fs::Permissions::from_mode(0o640)).unwrap();
    let link = site.path("incidents/payments-down.yaml");
    let _ = std::fs::remove_file(&link);
    std::os::unix::fs::symlink("../archive/payments.yaml", &link).unwrap();
    plain_update(&site).success();
    assert!(
        std::fs::symlink_metadata(&link)
            .unwrap()
            .file_type()
            .is_symlink()
    );
    let text = site.read("archive/payments.yaml");
    assert!(text.starts_with('\u{feff}'), "BOM dropped");
    let split = ORIGINAL.find("\n\n# Written after").unwrap() + 1;
    assert_eq!(
        text,
        format!(
            "\u{feff}{}{PLAIN_ITEM}{}",
            &ORIGINAL[..split],
            &ORIGINAL[split..]
        )
    );
    let mode = std::fs::metadata(&target).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode, 0o640);

    // A link out of the site is not written through.
    let outside = tempfile::tempdir().unwrap();
    let theirs = outside.path().join("payments.yaml");
    std::fs::write(&theirs, ORIGINAL).unwrap();
    std::fs::remove_file(&link).unwrap();
    std::os::unix::fs::symlink(&theirs, &link).unwrap();
    plain_update(&site).code(1);
    assert_eq!(std::fs::read_to_string(&theirs).unwrap(), ORIGINAL);
}

#[test]
fn keep_chomped_bodies_keep_their_trailing_lines() {
    // Issue 11: a `|+` body lost its trailing lines when an update was appended after it.
    let original = ORIGINAL.replace(
        "    body: >-\n      Card payments are failing.\n",
        "    body: |+\n      Card payments are failing.\n\n",
    );
    // After the blank lines, which are the body's; before the comment, which is not.
    let split = original.find("# Written after").unwrap();
    let text = updates_to(&original, split, PLAIN_ITEM);
    assert_eq!(bodies(&text)[0], "Card payments are failing.\n\n\n");
}

#[test]
fn times_past_what_a_file_can_hold_are_usage_errors() {
    // Issue 11: `--next 99999999h` panicked. Every time a flag makes is checked the same way.
    let site = site_with(ORIGINAL);
    let update = |extra: &[&str]| identified(&site, &[&["--body", "x"][..], extra].concat());
    for extra in [
        &["--next", "99999999h"][..],
        &["--at", "8999-12-31T21:00:00Z", "--next", "4h"],
        &["--at", "8999-12-31T21:00:00Z", "--next", "tomorrow 12:00"],
        &["--at", "8999-12-31T23:30:00Z"],
    ] {
        update(extra)
            .code(2)
            .stderr(predicate::str::contains("past the times candor supports"))
            .stderr(predicate::str::contains("panicked").not());
    }
    for at in ["--at=-000001-01-01T00:00:00Z", "--at=9999-12-30T21:00:00Z"] {
        update(&[at]).code(2).stderr(predicate::str::contains(
            "outside the times candor supports",
        ));
    }
    assert_eq!(site.read("incidents/payments-down.yaml"), ORIGINAL);

    for (flag, value) in [("--now", "8999-12-31T23:59:00Z"), ("--next", "4294967295")] {
        let mut args = new_args(0, Some("far"));
        match args.iter().position(|a| a == flag) {
            Some(i) => args[i + 1] = value.into(),
            None => args.extend([flag.into(), value.into()]),
        }
        site.cmd(&args.iter().map(String::as_str).collect::<Vec<_>>())
            .assert()
            .code(2)
            .stderr(predicate::str::contains("past the times candor supports"))
            .stderr(predicate::str::contains("panicked").not());
        assert!(!site.path("incidents/far.yaml").exists());
    }
}

/// `--workaround` writes the update's one-line `workaround:`, after the promise and before the
/// body, and the page shows it first among the facts; one with a line break is refused
/// before anything is written.
#[test]
fn workaround_is_written_and_shown_first() {
    let site = site_with(ORIGINAL);
    update(
        &site,
        &[
            "--next",
            "30m",
            "--component",
            "checkout=partial_outage",
            "--workaround",
            "Pay with PayPal: it works.",
        ],
    )
    .success();
    let item = ITEM.replace(
        "    body: |",
        "    workaround: \"Pay with PayPal: it works.\"\n    body: |",
    );
    let split = ORIGINAL.find("\n\n# Written after").unwrap() + 1;
    let expected = format!("{}{item}{}", &ORIGINAL[..split], &ORIGINAL[split..]);
    assert_eq!(site.read("incidents/payments-down.yaml"), expected);
    site.cmd(&["build", "--now", "2026-11-20T09:50:00Z"])
        .assert()
        .success();
    let page = site.read("public/incidents/payments-down/index.html");
    assert!(page.contains(
        "<div class=\"fact fact-workaround\"><dt>Workaround</dt><dd>Pay with PayPal: it works.</dd></div>"
    ));

    let site = site_with(ORIGINAL);
    update(&site, &["--workaround", "Pay with PayPal.\nOr later."])
        .code(1)
        .stderr(predicate::str::contains("the workaround"));
    assert_eq!(site.read("incidents/payments-down.yaml"), ORIGINAL);
}
