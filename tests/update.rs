//! `candor update` appends an update and leaves every other byte of the file as it was:
//! comments, layout, quoting and line endings. Each test compares the whole file.

mod common;

use common::{NOW, TestSite};
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
    // Nothing follows a resolution.
    site.cmd(&[
        "update",
        "payments-down",
        "--status",
        "monitoring",
        "--body",
        "x",
    ])
    .assert()
    .code(1)
    .stderr(predicate::str::contains("already resolved"));
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
        "`in_progress` is not a status an incident can have",
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
    .stderr(predicate::str::contains("earlier than the last one"));
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
