//! Hostile and huge inputs (issue 11, "unbounded time and memory"): each is refused with a
//! clear error naming the place and the limit, or handled in time linear in its size. Every
//! test runs the binary under a timeout, so a regression fails fast instead of hanging.

use std::fmt::Write as _;
use std::fs;
use std::time::Duration;

use crate::common::{NOW, TestSite};

/// An incident's head, before its `updates:`.
const HEAD: &str = "title: Card payments failing\nimpact: major\n\
    owner: { name: Minter Dial, role: Head of Customer Care }\n\
    components: [checkout, search, api]\nstarted_at: 2026-11-20T00:00:00Z\n";

/// `candor <args>` on the site, as of `NOW`, under `secs` seconds; stderr and the exit code.
fn run(site: &TestSite, args: &[&str], secs: u64) -> (String, i32) {
    let out = site
        .cmd(args)
        .args(["--now", NOW])
        .timeout(Duration::from_secs(secs))
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
    assert!(!stderr.contains("panicked"), "candor panicked:\n{stderr}");
    let code = out
        .status
        .code()
        .unwrap_or_else(|| panic!("candor was stopped (timeout?):\n{stderr}"));
    (stderr, code)
}

/// The nth second after midnight on the day of `HEAD`.
fn at(n: usize) -> String {
    format!(
        "2026-11-20T{:02}:{:02}:{:02}Z",
        n / 3600 % 24,
        n / 60 % 60,
        n % 60
    )
}

// Issue 11: 10,000 updates aliasing one 100 KB body passed `check` and took `check` to 2 GB
// and `build` past 7 GB: serde_yaml expands every alias in full.
#[test]
fn aliases_that_multiply_a_file_are_refused_at_the_alias() {
    let site = TestSite::new("site");
    let mut text = format!(
        "{HEAD}updates:\n  - {{ at: {}, status: investigating, author: Minter Dial, body: &b {} }}\n",
        at(0),
        "x".repeat(100_000)
    );
    for n in 1..=40 {
        let _ = writeln!(
            text,
            "  - {{ at: {}, status: investigating, author: Minter Dial, body: *b }}",
            at(n)
        );
    }
    site.write("incidents/alias.yaml", &text);
    let (stderr, code) = run(&site, &["check", "--message-format", "short"], 20);
    assert_eq!(code, 1, "{stderr}");
    // The 2 MiB limit is passed at the 21st alias, on line 27.
    assert!(
        stderr.contains(
            "incidents/alias.yaml:27:83: error: the file's text with its aliases expanded is over \
             the 2048 KiB limit"
        ),
        "{stderr}"
    );
}

#[test]
fn more_aliases_than_the_limit_are_refused() {
    let site = TestSite::new("site");
    let mut text = format!("{HEAD}updates: []\nx: &a a\ny:\n");
    for _ in 0..1001 {
        text.push_str("  - *a\n");
    }
    site.write("incidents/aliases.yaml", &text);
    let (stderr, code) = run(&site, &["check", "--message-format", "short"], 20);
    assert_eq!(code, 1, "{stderr}");
    assert!(
        stderr.contains("incidents/aliases.yaml:1009:5: error: more than 1000 aliases"),
        "{stderr}"
    );
}

// Issue 11: 80,000 levels of `[` took 22 s to parse (libyaml and saphyr both walk every open
// flow level for each token), hanging watch and serve.
#[test]
fn deep_flow_nesting_is_refused_at_once() {
    let site = TestSite::new("site");
    let n = 200_000;
    site.write(
        "incidents/deep.yaml",
        &format!("{HEAD}updates: {}{}\n", "[".repeat(n), "]".repeat(n)),
    );
    let (stderr, code) = run(&site, &["check", "--message-format", "short"], 10);
    assert_eq!(code, 1, "{stderr}");
    // saphyr places the event a little ahead in a run of brackets: the line is exact.
    assert!(
        stderr.starts_with("incidents/deep.yaml:6:")
            && stderr.contains(": error: lists and mappings nested more than 64 deep"),
        "{stderr}"
    );
    // Block nesting counts the same way.
    let mut text = format!("{HEAD}updates:\n");
    for depth in 0..100 {
        let _ = writeln!(text, "{}- ", " ".repeat(depth * 2));
    }
    site.write("incidents/deep.yaml", &text);
    let (stderr, code) = run(&site, &["check", "--message-format", "short"], 10);
    assert_eq!(code, 1, "{stderr}");
    assert!(stderr.contains("nested more than 64 deep"), "{stderr}");
}

// Issue 11: 20,000 unknown ids took 17 s to report, each diagnostic rendering the whole file.
#[test]
fn thousands_of_problems_in_a_file_are_cheap_and_capped() {
    let site = TestSite::new("site");
    let ids: Vec<String> = (0..20_000).map(|n| format!("nosuch{n}")).collect();
    let text = HEAD.replace("[checkout, search, api]", &format!("[{}]", ids.join(", ")))
        + &format!(
            "updates:\n  - {{ at: {}, status: investigating, author: Minter Dial, body: b }}\n",
            at(0)
        );
    site.write("incidents/ids.yaml", &text);
    let (stderr, code) = run(&site, &["check"], 20);
    assert_eq!(code, 1);
    assert_eq!(stderr.matches("error: unknown component").count(), 50);
    assert!(
        stderr.contains("note: and 19950 more problems in this file (only the first 50 are shown)"),
        "{}",
        &stderr[stderr.len().saturating_sub(2000)..]
    );
    // The count still says how many there are.
    assert!(
        stderr.ends_with("error: 20000 errors\n"),
        "{}",
        &stderr[stderr.len() - 200..]
    );
    // Each report shows only its own line: the file is one long line of ids here.
    assert!(stderr.len() < 200_000, "{} bytes of report", stderr.len());
}

/// An incident with `n` updates, each changing the state of two components.
fn long_incident(n: usize) -> String {
    let states = [
        "major_outage",
        "partial_outage",
        "degraded_performance",
        "operational",
    ];
    let mut text = format!("{HEAD}updates:\n");
    for i in 0..n {
        let _ = writeln!(
            text,
            "  - {{ at: {}, status: investigating, author: Minter Dial, components: \
             {{ checkout: {}, search: {} }}, next_update_by: {}, body: b }}",
            at(i * 60),
            states[i % 4],
            states[(i + 1) % 4],
            at(i * 60 + 30),
        );
    }
    text
}

// Issue 11: uptime (and the API's per-update states and promises) were quadratic in updates:
// a valid 1 MB file took 3 minutes to build. The largest incident allowed builds in seconds.
#[test]
fn the_longest_incident_allowed_builds_in_linear_time() {
    let site = TestSite::new("site");
    site.write("incidents/long.yaml", &long_incident(1000));
    let out = site.path("public");
    let (stderr, code) = run(&site, &["build", "--out", out.to_str().unwrap()], 60);
    assert_eq!(code, 0, "{stderr}");
    // The fixture's own open incident has two updates.
    let api = site.read("public/api/v2/incidents/unresolved.json");
    assert_eq!(api.matches("\"candor_author\"").count(), 1002);
}

#[test]
fn more_updates_than_the_limit_are_refused() {
    let site = TestSite::new("site");
    site.write("incidents/long.yaml", &long_incident(1001));
    let (stderr, code) = run(&site, &["check", "--message-format", "short"], 30);
    assert_eq!(code, 1, "{stderr}");
    assert!(
        stderr.contains(
            "incidents/long.yaml:1007:5: error: this incident has 1001 updates, over the limit of 1000"
        ),
        "{stderr}"
    );
}

// Issue 11: 10,000 open incidents gave a 106 MB `summary.json`. The lists of what is open
// hold the 50 most recent, and say how many there are.
#[test]
fn the_api_lists_a_bounded_number_of_open_incidents_with_the_count() {
    let site = TestSite::new("site");
    for n in 0..60 {
        site.write(
            &format!("incidents/open-{n:02}.yaml"),
            &(HEAD
                .replace(
                    "2026-11-20T00:00:00Z",
                    &format!("2026-11-19T{:02}:{:02}:00Z", n / 60, n % 60),
                )
                .replace("Card payments failing", &format!("Open number {n}"))
                + "updates:\n  - { at: 2026-11-20T01:00:00Z, status: investigating, \
                   author: Minter Dial, body: b }\n"),
        );
    }
    let out = site.path("public");
    let (stderr, code) = run(&site, &["build", "--out", out.to_str().unwrap()], 60);
    assert_eq!(code, 0, "{stderr}");
    // The fixture has one unresolved incident of its own: 61 in all.
    for (file, list, total) in [
        ("summary.json", "incidents", "candor_incidents_total"),
        ("incidents/unresolved.json", "incidents", "candor_total"),
    ] {
        let json: serde_json::Value =
            serde_json::from_str(&site.read(&format!("public/api/v2/{file}"))).unwrap();
        assert_eq!(json[list].as_array().unwrap().len(), 50, "{file}");
        assert_eq!(json[total], 61, "{file}");
        // The most recent first: the newest of the 60 is listed, the oldest is not.
        let names: Vec<&str> = json[list]
            .as_array()
            .unwrap()
            .iter()
            .map(|i| i["name"].as_str().unwrap())
            .collect();
        assert!(names.contains(&"Open number 59"), "{file}");
        assert!(!names.contains(&"Open number 0"), "{file}");
    }
    // The pages too: 10,000 open incidents made a 10 MB index and a 1.9 MB embed. The index
    // shows 20 cards, counts them all in its banner, and says where the rest are listed.
    let index = site.read("public/index.html");
    assert!(index.contains("61\u{a0}ongoing\u{a0}incidents."), "{index}");
    assert_eq!(
        index.matches("<article class=\"card kind-incident").count(),
        20,
        "{index}"
    );
    assert!(
        index.contains(
            r#"<a href="history/index.html">41 more ongoing incidents are in the history.</a>"#
        ),
        "{index}"
    );
    let embed = site.read("public/embed.html");
    assert_eq!(embed.matches("<li>").count(), 5, "{embed}");
    assert!(embed.contains("56 more on the status page"), "{embed}");
}

// Issue 11: `--now` near year 9999 looped for ever (the uptime split at midnight stepped back
// to 1970); a negative year passed `check` and then panicked every build.
#[test]
fn times_outside_the_supported_range_are_refused_without_panic_or_hang() {
    let site = TestSite::new("site");
    let out = site
        .cmd(&["build", "--now", "9999-12-30T21:00:00Z"])
        .timeout(Duration::from_secs(10))
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{stderr}");
    assert!(
        stderr.contains(
            "invalid value '9999-12-30T21:00:00Z' for '--now <TIME>': `9999-12-30T21:00:00Z` is \
             outside the times candor supports (1970 to the end of 8999)"
        ),
        "{stderr}"
    );

    for epoch in ["-62000000000", "253402207200"] {
        let out = site
            .cmd(&["check"])
            .env("SOURCE_DATE_EPOCH", epoch)
            .timeout(Duration::from_secs(10))
            .output()
            .unwrap();
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{stderr}");
        assert!(stderr.contains("SOURCE_DATE_EPOCH: `"), "{stderr}");
    }

    let text = fs::read_to_string(site.path("incidents/old-minor.yaml"))
        .unwrap()
        .replace(
            "started_at: 2025-06-02T08:00:00Z",
            "started_at: -000001-06-02T08:00:00Z",
        );
    site.write("incidents/old-minor.yaml", &text);
    let (stderr, code) = run(&site, &["build", "--message-format", "short"], 20);
    assert_eq!(code, 1, "{stderr}");
    assert!(
        stderr.contains(
            "incidents/old-minor.yaml:5:13: error: `-000001-06-02T08:00:00Z` is outside the times \
             candor supports (1970 to the end of 8999)"
        ),
        "{stderr}"
    );
}

#[test]
fn a_duration_too_long_for_the_calendar_is_refused() {
    let site = TestSite::new("site");
    let config = site.read("candor.yaml") + "promises: { grace: 99999999h }\n";
    site.write("candor.yaml", &config);
    let (stderr, code) = run(&site, &["build", "--message-format", "short"], 20);
    assert_eq!(code, 1, "{stderr}");
    assert!(
        stderr.contains("`99999999h` is longer than the longest duration candor takes, a year"),
        "{stderr}"
    );
}

// Issue 11: an incident file linked to `/proc/self/environ` printed the environment in
// diagnostics. A file that is not YAML text is named, with where, and never shown.
#[test]
fn a_file_that_is_not_text_is_not_echoed_back() {
    let site = TestSite::new("site");
    fs::write(
        site.path("incidents/environ.yaml"),
        b"CI_SECRET=hunter2\0PATH=/usr/bin\0HOME=/root\0",
    )
    .unwrap();
    let (stderr, code) = run(&site, &["check"], 10);
    assert_eq!(code, 1, "{stderr}");
    assert!(
        stderr.contains(
            "error: `incidents/environ.yaml` is not a YAML text file (it contains NUL bytes, the \
             first at byte 17)"
        ),
        "{stderr}"
    );
    assert!(
        stderr.contains("--> incidents/environ.yaml:1:18"),
        "{stderr}"
    );
    assert!(!stderr.contains("hunter2"), "{stderr}");

    fs::write(
        site.path("incidents/environ.yaml"),
        b"title: ok\nCI_SECRET: hunter2\x1b[31m\n",
    )
    .unwrap();
    let (stderr, code) = run(&site, &["check"], 10);
    assert_eq!(code, 1, "{stderr}");
    assert!(
        stderr.contains("it contains the control character U+001B"),
        "{stderr}"
    );
    assert!(!stderr.contains("hunter2"), "{stderr}");

    fs::write(
        site.path("incidents/environ.yaml"),
        b"title: ok\nCI_SECRET: hunter2\xff\n",
    )
    .unwrap();
    let (stderr, code) = run(&site, &["check"], 10);
    assert_eq!(code, 1, "{stderr}");
    assert!(stderr.contains("(invalid UTF-8 at byte 28)"), "{stderr}");
    assert!(!stderr.contains("hunter2"), "{stderr}");
}
