//! Status words that agree (issue 13): across an incident's life, the banner (index, embed,
//! badge, API) follows the components' current states, the impact badge says it is the declared
//! impact, a closed incident is spoken of in the past tense, and its one duration says what it
//! spans beside the time each component spent in each state. The rule is docs/format.md's
//! "What the status words mean".

use serde_json::Value;

use crate::common::TestSite;

const CONFIG: &str = "\
title: Words Status
base_url: https://status.words.example/
timezone: Europe/London
language: en
components:
  - { id: checkout, name: Checkout }
  - { id: search, name: Search }
";

const HEAD: &str = "\
title: Checkout errors
impact: major
owner: { name: Minter Dial, role: Head of Customer Care }
components: [checkout, search]
started_at: 2026-11-20T09:00:00Z
updates:
";

/// The incident's updates, one stage of its life each: (at, status, component states).
const STAGES: [(&str, &str, &str); 5] = [
    ("09:00", "investigating", ""),
    ("09:30", "identified", "{ checkout: partial_outage }"),
    (
        "09:50",
        "identified",
        "{ checkout: major_outage, search: degraded_performance }",
    ),
    (
        "10:30",
        "monitoring",
        "{ checkout: operational, search: operational }",
    ),
    ("11:00", "resolved", ""),
];

/// The incident file with its first `n` updates.
fn incident(n: usize) -> String {
    let mut text = HEAD.to_string();
    for (at, status, states) in &STAGES[..n] {
        text += &format!(
            "  - at: 2026-11-20T{at}:00Z\n    status: {status}\n    author: Minter Dial\n"
        );
        if !states.is_empty() {
            text += &format!("    components: {states}\n");
        }
        text += "    body: Checkout is failing for some customers.\n";
    }
    text
}

/// What one build says, channel by channel.
struct Said {
    index: String,
    embed: String,
    page: String,
    checkout: String,
    badge: String,
    status: Value,
    summary: Value,
}

/// The site with `incident` written, built at `now` (a time on 20 Nov 2026).
fn build(incident: &str, file: &str, now: &str) -> Said {
    let site = TestSite::new("site");
    std::fs::remove_dir_all(site.path("incidents")).unwrap();
    site.write("candor.yaml", CONFIG);
    site.write(&format!("incidents/{file}.yaml"), incident);
    site.cmd(&["build", "--now", &format!("2026-11-20T{now}:00Z"), "--out"])
        .arg(site.path("public"))
        .assert()
        .success();
    let json = |f: &str| serde_json::from_str(&site.read(&format!("public/api/v2/{f}"))).unwrap();
    Said {
        index: site.read("public/index.html"),
        embed: site.read("public/embed.html"),
        page: site.read(&format!("public/incidents/{file}/index.html")),
        checkout: site.read("public/components/checkout/index.html"),
        badge: site.read("public/badge.svg"),
        status: json("status.json"),
        summary: json("summary.json"),
    }
}

impl Said {
    /// The banner's words and level, checked to be the same in every channel that shows them.
    fn banner(&self) -> (String, String) {
        let words = self.status["status"]["candor_description"]
            .as_str()
            .unwrap();
        let level = self.status["status"]["indicator"].as_str().unwrap();
        assert!(
            self.index
                .contains(&format!("indicator-{level}\" aria-labelledby=\"overall\"")),
            "index colour is not {level}"
        );
        assert!(
            self.index
                .contains(&format!("<h1 id=\"overall\">{words}</h1>")),
            "index banner is not {words}"
        );
        assert!(self.embed.contains(&format!("<h1>{words}</h1>")), "embed");
        let badge = if level == "none" && words == "All Systems Operational" {
            "operational".to_string()
        } else {
            words.to_lowercase()
        };
        assert!(
            self.badge
                .contains(&format!("<title>status: {badge}</title>")),
            "{}",
            self.badge
        );
        assert_eq!(self.summary["status"], self.status["status"]);
        // The banner is never worse, nor better, than the worst component state the API lists.
        let worst = self.summary["components"]
            .as_array()
            .unwrap()
            .iter()
            .map(|c| c["status"].as_str().unwrap())
            .max_by_key(|s| {
                [
                    "operational",
                    "under_maintenance",
                    "degraded_performance",
                    "partial_outage",
                    "major_outage",
                ]
                .iter()
                .position(|x| x == s)
            })
            .unwrap();
        let from_states = match worst {
            "major_outage" => Some("critical"),
            "partial_outage" => Some("major"),
            "degraded_performance" => Some("minor"),
            _ => None,
        };
        if let Some(expected) = from_states {
            assert_eq!(level, expected, "worst component state is {worst}");
        }
        (words.to_string(), level.to_string())
    }

    /// The text of the checkout component's "Now:" state.
    fn checkout_now(&self) -> &str {
        let at = self.checkout.find("<p>Now: ").expect("a Now: line");
        let line = &self.checkout[at..];
        let start = line.find("\">").unwrap() + 2;
        &line[start..line.find("</span>").unwrap()]
    }
}

#[test]
fn the_banner_follows_component_states_across_an_incidents_life() {
    let expected = [
        // Nothing marked yet: something is being looked at, no component is said to be down.
        ("Investigating an Issue", "minor", "Operational"),
        ("Partial System Outage", "major", "Partial outage"),
        ("Major System Outage", "critical", "Major outage"),
        // Monitoring with every component operational: not orange, not "outage".
        ("Operational, Monitoring a Fix", "none", "Operational"),
        ("All Systems Operational", "none", "Operational"),
    ];
    for (n, (words, level, checkout)) in expected.into_iter().enumerate() {
        let now = ["09:05", "09:35", "09:55", "10:35", "11:05"][n];
        let said = build(&incident(n + 1), "checkout-errors", now);
        assert_eq!(said.banner(), (words.into(), level.into()), "stage {n}");
        assert_eq!(said.checkout_now(), checkout, "stage {n}");
        // The impact badge says it is the impact declared, on the card and the page alike.
        assert!(
            said.page.contains(">Declared impact: major</span>"),
            "stage {n}"
        );
        assert!(!said.page.contains("Major impact"), "stage {n}");
        if n < 4 {
            assert!(
                said.index.contains(">Declared impact: major</span>"),
                "stage {n}"
            );
        }
    }
}

#[test]
fn an_open_incident_page_says_what_each_component_is_now() {
    let said = build(&incident(4), "checkout-errors", "10:35");
    assert!(
        said.page.contains(
            "<dt>State now</dt><dd>Checkout: <span class=\"state state-operational\">Operational</span>, \
             Search: <span class=\"state state-operational\">Operational</span></dd>"
        ),
        "{}",
        said.page
    );
    assert!(said.page.contains("<dt>Affects</dt>"));
    assert!(said.page.contains("Who is accountable"));
    assert!(
        said.page
            .contains("owns this incident until it is resolved")
    );
    assert!(
        said.page
            .contains("Open for 1 h 35 min so far, since the first report")
    );
}

#[test]
fn a_resolved_incident_is_spoken_of_in_the_past_tense() {
    let said = build(&incident(5), "checkout-errors", "11:05");
    for present in [
        "until it is",
        "owns this",
        "Who is accountable",
        "<dt>Affects<",
        "State now",
    ] {
        assert!(
            !said.page.contains(present),
            "`{present}` on a resolved incident"
        );
    }
    assert!(said.page.contains("Who was accountable"));
    assert!(
        said.page
            .contains("owned this incident until it was resolved.")
    );
    assert!(said.page.contains("<dt>Affected</dt>"));
}

#[test]
fn one_duration_says_what_it_spans_and_the_time_in_each_state_matches_the_component_page() {
    let said = build(&incident(5), "checkout-errors", "11:05");
    // Open from 09:00 to 11:00; Checkout partial from 09:30, major from 09:50 to 10:30.
    assert!(
        said.page.contains(
            "<dt>How long</dt><dd>Open for 2 h, from the first report to its resolution</dd>"
        ),
        "{}",
        said.page
    );
    let per_state = "Checkout: major outage for 40 min and partial outage for 20 min; \
                     Search: degraded performance for 40 min";
    assert!(
        said.page
            .contains(&format!("<dt>Time in each state</dt><dd>{per_state}</dd>")),
        "{}",
        said.page
    );
    // The component page's day row gives the same figures.
    assert!(
        said.checkout
            .contains(">major outage for 40 min and partial outage for 20 min</span>"),
        "{}",
        said.checkout
    );
    // Rows name the duration too, never a bare "lasted".
    assert!(said.index.contains(" · open for 2 h"), "{}", said.index);
    assert!(!said.index.contains("lasted"));
    assert!(!said.checkout.contains("lasted"));
}

const MAINTENANCE: &str = "\
title: Search upgrade
kind: maintenance
owner: { name: Amara Okafor, role: Database Reliability Engineer }
components: [search]
scheduled_for: 2026-11-20T09:00:00Z
scheduled_until: 2026-11-20T11:00:00Z
updates:
  - at: 2026-11-19T09:00:00Z
    status: scheduled
    author: Amara Okafor
    body: We will upgrade search.
  - at: 2026-11-20T09:10:00Z
    status: in_progress
    author: Amara Okafor
    body: The upgrade has begun.
";

#[test]
fn maintenance_says_how_long_the_work_took_and_closes_in_the_past_tense() {
    let said = build(MAINTENANCE, "search-upgrade", "09:40");
    assert_eq!(
        said.banner(),
        ("Service Under Maintenance".into(), "maintenance".into())
    );
    assert!(
        said.page
            .contains("Work under way for 30 min so far, since it started")
    );
    assert!(
        said.page
            .contains("owns this maintenance until it is completed")
    );
    let done = format!(
        "{MAINTENANCE}  - at: 2026-11-20T10:25:00Z\n    status: completed\n    author: Amara Okafor\n    body: Done.\n"
    );
    let said = build(&done, "search-upgrade", "10:30");
    assert_eq!(
        said.banner(),
        ("All Systems Operational".into(), "none".into())
    );
    // Work from 09:10 to 10:25, not from the announcement the day before.
    assert!(
        said.page
            .contains("Work took 1 h 15 min, from its start to its completion"),
        "{}",
        said.page
    );
    assert!(
        said.page
            .contains("owned this maintenance until it was completed.")
    );
    assert!(!said.page.contains("until it is"));
}
