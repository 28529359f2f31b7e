//! Issue 5's accountability features end to end: named people, remedies over time, reviews
//! with their own feed entry, and the checks that page the owner.

use crate::common::{NOW, TestSite};
use predicates::prelude::*;

const PEOPLE: &str = "people:
  - { name: Minter Dial, role: Head of Customer Care, email: minter.dial@fixture.example }
  - { name: Priya Raman, role: Payments Engineering Lead, initials: pr }
";

fn with_people() -> TestSite {
    let site = TestSite::new("site");
    site.write("candor.yaml", &(site.read("candor.yaml") + PEOPLE));
    site
}

#[test]
fn short_names_resolve_to_people_with_their_roles() {
    let site = with_people();
    let file = site
        .read("incidents/payments-down.yaml")
        .replace("author: Priya Raman", "author: pr");
    site.write("incidents/payments-down.yaml", &file);
    site.build("public").success();
    let page = site.read("public/incidents/payments-down/index.html");
    assert!(
        page.contains(
            "<abbr title=\"Priya Raman\">PR</abbr> · Priya Raman, Payments Engineering Lead"
        ),
        "{page}"
    );
    assert!(page.contains("Minter Dial, Head of Customer Care"));
    assert!(
        site.read("public/feed.atom")
            .contains("<name>Priya Raman</name>")
    );
}

#[test]
fn an_unknown_short_name_is_an_error_with_a_suggestion() {
    let site = with_people();
    let file = site
        .read("incidents/payments-down.yaml")
        .replace("author: Priya Raman", "author: rp");
    site.write("incidents/payments-down.yaml", &file);
    site.cmd(&["check", "--now", NOW, "--message-format", "short"])
        .assert()
        .code(1)
        .stderr(predicate::str::contains(
            "incidents/payments-down.yaml:16:13: error: unknown person `rp`",
        ))
        .stderr(predicate::str::contains("did you mean `pr` (Priya Raman)?"));
}

#[test]
fn a_group_instead_of_a_person_fails_under_strict() {
    let site = TestSite::new("site");
    let file = site
        .read("incidents/payments-down.yaml")
        .replace("author: Priya Raman", "author: The Payments Team");
    site.write("incidents/payments-down.yaml", &file);
    site.cmd(&["check", "--now", NOW])
        .assert()
        .code(0)
        .stderr(predicate::str::contains(
            "warning[unnamed-person]: `The Payments Team` is not a person's name",
        ));
    site.cmd(&["check", "--now", NOW, "--strict"])
        .assert()
        .code(1);
    site.cmd(&["check", "--now", NOW, "--fail-on", "unnamed-person"])
        .assert()
        .code(1);
}

#[test]
fn remedies_show_whether_they_were_issued() {
    let site = TestSite::new("site");
    let file = site.read("incidents/search-slow.yaml").replace(
        "      how: automatic\n      deadline: 2026-12-31\n",
        "      how: automatic\n      deadline: 2026-12-31\n      status: issued\n      issued_at: 2026-11-19\n",
    );
    site.write("incidents/search-slow.yaml", &file);
    site.build("public").success();
    let page = site.read("public/incidents/search-slow-2026/apology/index.html");
    assert!(
        page.contains("Issued on <time datetime=\"2026-11-19\">Thursday, 19 November 2026</time>"),
        "{page}"
    );
    // The voucher is still only offered: its card says nothing of issuing, in no jargon.
    assert_eq!(page.matches("Issued on").count(), 1, "{page}");
    assert!(!page.contains("Offered"));
    assert!(
        site.read("public/feed.json")
            .contains("issued on 19 November 2026")
    );
}

#[test]
fn a_remedy_past_its_deadline_and_still_offered_is_flagged() {
    let site = TestSite::new("site");
    site.cmd(&["check", "--now", "2027-01-05T09:00:00Z", "--message-format", "short"])
        .assert()
        .code(0)
        .stderr(predicate::str::contains(
            "warning[remedy-overdue]: remedy \"A month of free delivery\" is still `offered`, but the date it was due (2026-12-31) has passed — owner Jonas Weber (Platform Lead)",
        ));
    site.cmd(&[
        "check",
        "--now",
        "2027-01-05T09:00:00Z",
        "--fail-on",
        "remedy-overdue",
    ])
    .assert()
    .code(1);
}

#[test]
fn issued_needs_a_date() {
    let site = TestSite::new("site");
    let file = site.read("incidents/search-slow.yaml").replace(
        "      deadline: 2026-12-31\n",
        "      deadline: 2026-12-31\n      status: issued\n",
    );
    site.write("incidents/search-slow.yaml", &file);
    site.cmd(&["check", "--now", NOW])
        .assert()
        .code(1)
        .stderr(predicate::str::contains(
            "an issued remedy needs `issued_at`",
        ));
}

#[test]
fn a_published_review_gets_its_own_anchor_and_feed_entry() {
    let site = TestSite::new("site");
    site.write(
        "incidents/search-slow.yaml",
        &(site.read("incidents/search-slow.yaml")
            + "postmortem_published_at: 2026-11-19T16:00:00Z\n"),
    );
    site.build("public").success();
    let page = site.read("public/incidents/search-slow-2026/index.html");
    assert!(page.contains("id=\"postmortem\""));
    assert!(
        page.contains(
            "Published <time datetime=\"2026-11-19T16:00:00+00:00\">19 Nov 2026, 16:00 GMT</time>"
        ),
        "{page}"
    );
    let atom = site.read("public/feed.atom");
    assert!(
        atom.contains("<title>Post-incident review — Slow search results</title>"),
        "{atom}"
    );
    assert!(atom.contains("https://status.fixture.example/incidents/search-slow-2026/#postmortem"));
}

#[test]
fn no_promise_on_an_open_incident_is_flagged_with_the_owner() {
    let site = TestSite::new("site");
    let file = site
        .read("incidents/payments-down.yaml")
        .replace("    next_update_by: 2026-11-20T10:15:00Z\n", "");
    site.write("incidents/payments-down.yaml", &file);
    site.cmd(&["check", "--now", NOW, "--message-format", "short"])
        .assert()
        .code(0)
        .stderr(predicate::str::contains(
            "warning[no-promise]: open incident has no promise of the next update — owner Minter Dial (Head of Customer Care)",
        ));
    site.cmd(&["check", "--now", NOW, "--fail-on", "no-promise"])
        .assert()
        .code(1);
}

#[test]
fn an_overdue_promise_pages_the_owner_from_ci() {
    let site = TestSite::new("site");
    site.cmd(&["check", "--now", NOW, "--fail-on", "overdue"])
        .assert()
        .code(0);
    site.cmd(&["check", "--now", "2026-11-20T10:27:00Z", "--fail-on", "overdue", "--message-format", "short"])
        .assert()
        .code(1)
        .stderr(predicate::str::contains(
            "incidents/payments-down.yaml:18:21: warning[overdue]: update promised by 10:15 GMT today is 12 minutes overdue — owner Minter Dial (Head of Customer Care)",
        ));
}

#[test]
fn maintenance_promises_are_judged_too() {
    let site = TestSite::new("site");
    site.write(
        "incidents/db-upgrade.yaml",
        &(site.read("incidents/db-upgrade.yaml")
            + "  - at: 2026-11-28T02:00:00Z\n    status: in_progress\n    author: Amara Okafor\n    next_update_by: 2026-11-28T02:30:00Z\n    body: Started.\n"),
    );
    site.cmd(&["build", "--now", "2026-11-28T02:45:00Z", "--out"])
        .arg(site.path("out"))
        .assert()
        .success();
    let index = site.read("out/index.html");
    assert!(index.contains("Maintenance in progress"));
    assert!(index.contains("This update is 15 minutes late."), "{index}");
}
