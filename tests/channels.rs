//! Every channel says the same thing as the page, from the same build: snapshots of the feeds,
//! calendar, badge and ready-to-send text, and an edit that must reach all of them at once.

mod common;

use common::{NOW, TestSite};

fn built() -> TestSite {
    let site = TestSite::new("site");
    site.build("public").success();
    site
}

#[test]
fn feeds_snapshot() {
    let site = built();
    insta::assert_snapshot!("feed.atom", site.read("public/feed.atom"));
    insta::assert_snapshot!("feed.rss", site.read("public/feed.rss"));
    insta::assert_snapshot!("feed.json", site.read("public/feed.json"));
    insta::assert_snapshot!(
        "search.feed.json",
        site.read("public/components/search/feed.json")
    );
}

#[test]
fn calendar_and_badges_snapshot() {
    let site = built();
    insta::assert_snapshot!(
        "maintenance.ics",
        site.read("public/maintenance.ics").replace("\r\n", "\n")
    );
    insta::assert_snapshot!("badge.svg", site.read("public/badge.svg"));
    insta::assert_snapshot!(
        "checkout.badge.svg",
        site.read("public/components/checkout/badge.svg")
    );
}

#[test]
fn announce_snapshots() {
    let site = TestSite::new("site");
    for format in ["email", "sms", "social", "slack"] {
        let out = site
            .cmd(&[
                "announce",
                "payments-down",
                "--format",
                format,
                "--now",
                NOW,
            ])
            .assert()
            .success()
            .get_output()
            .stdout
            .clone();
        let text = String::from_utf8(out).unwrap();
        if matches!(format, "sms" | "social") {
            assert!(text.trim_end().chars().count() <= 280, "{format}: {text}");
        }
        insta::assert_snapshot!(format!("announce.{format}"), text);
    }
    // An earlier update, by number, carries its own promise.
    let first = site
        .cmd(&[
            "announce",
            "payments-down",
            "--update",
            "1",
            "--format",
            "social",
            "--now",
            NOW,
        ])
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let first = String::from_utf8(first).unwrap();
    assert!(
        first.starts_with("Investigating: Card payments failing."),
        "{first}"
    );
    assert!(first.contains("Next update by 09:50 GMT."), "{first}");
    assert!(first.trim_end().ends_with("#update-1"), "{first}");
}

#[test]
fn announce_unknown_incident_suggests_one() {
    let site = TestSite::new("site");
    site.cmd(&["announce", "payment-down", "--now", NOW])
        .assert()
        .code(1)
        .stderr(predicates::str::contains("did you mean `payments-down`?"));
    site.cmd(&["announce", "payments-down", "--update", "9", "--now", NOW])
        .assert()
        .code(1)
        .stderr(predicates::str::contains("has no update 9; it has 2"));
}

/// The "done when": change one incident file, rebuild, and find the change in every
/// channel of that same build.
#[test]
fn one_edit_reaches_every_channel_in_the_same_build() {
    let site = built();
    let token = "Payments restored by rolling back certificate 7f3a";
    let file = site.read("incidents/payments-down.yaml");
    site.write(
        "incidents/payments-down.yaml",
        &format!(
            "{file}  - at: 2026-11-20T09:58:00Z\n    status: monitoring\n    author: Priya Raman\n    components: {{ checkout: operational, api: operational }}\n    next_update_by: 2026-11-20T10:30:00Z\n    body: {token}.\n"
        ),
    );
    site.build("public").success();
    for path in [
        "public/index.html",
        "public/incidents/payments-down/index.html",
        "public/feed.atom",
        "public/feed.rss",
        "public/feed.json",
        "public/components/checkout/feed.atom",
        "public/embed.html",
    ] {
        let text = site.read(path);
        assert!(
            text.contains(token) || text.contains("Monitoring"),
            "{path} lacks the new update"
        );
    }
    for path in [
        "public/feed.atom",
        "public/feed.rss",
        "public/feed.json",
        "public/incidents/payments-down/index.html",
    ] {
        assert!(site.read(path).contains(token), "{path} lacks the new text");
    }
    // The new promise shows wherever promises do.
    for path in ["public/index.html", "public/embed.html"] {
        assert!(
            site.read(path).contains("10:30 GMT"),
            "{path} lacks the new promise"
        );
    }
    // The Statuspage-compatible API says the same, in its own shape.
    let summary = site.read("public/api/v2/summary.json");
    assert!(summary.contains(token), "summary.json lacks the new update");
    assert!(
        summary.contains("\"status\": \"monitoring\""),
        "summary.json lacks the new status"
    );
    // All components operational again: the badges say so.
    assert!(
        site.read("public/components/checkout/badge.svg")
            .contains("operational")
    );
}

/// Entry ids of a built JSON Feed.
fn feed_ids(site: &TestSite, path: &str) -> Vec<String> {
    let feed: serde_json::Value = serde_json::from_str(&site.read(path)).unwrap();
    feed["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|i| i["id"].as_str().unwrap().to_string())
        .collect()
}

#[test]
fn a_short_feed_is_the_start_of_the_long_one_for_the_site_and_each_component() {
    let site = built();
    let feeds = [
        "public/feed.json",
        "public/components/checkout/feed.json",
        "public/components/search/feed.json",
        "public/components/api/feed.json",
    ];
    let long: Vec<Vec<String>> = feeds.iter().map(|f| feed_ids(&site, f)).collect();
    assert!(long[0].len() > 2, "{:?}", long[0]);
    let config = site.read("candor.yaml");
    site.write(
        "candor.yaml",
        &format!("{config}feeds: {{ max_entries: 2 }}\n"),
    );
    site.build("public").success();
    for (path, all) in feeds.iter().zip(&long) {
        let short = feed_ids(&site, path);
        assert_eq!(short, all[..all.len().min(2)], "{path}");
    }
}
