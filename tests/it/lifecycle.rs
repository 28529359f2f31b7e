//! An incident's life as the clock runs (issue 13): a maintenance window the updates have not
//! caught up with is told from the window ("under way as scheduled", "not confirmed
//! complete") with a warning to its owner, and an incident that comes back after `resolved`
//! is open again everywhere (page, API, feeds, uptime), by hand or by `update --reopen`. Every
//! build runs at a fixed `--now`.

use crate::common::TestSite;

const CONFIG: &str = "title: Lifecycle Status\nbase_url: https://status.example/\n\
    timezone: UTC\nlanguage: en-GB\npromises: { grace: 5m }\ncomponents:\n  - { id: checkout, name: Checkout }\n  \
    - { id: search, name: Search }\n";

/// Announced on the 18th for 02:00–04:00 on the 20th; `more` is appended to its updates.
fn maintenance(more: &str) -> String {
    format!(
        "title: Search index upgrade\nkind: maintenance\nowner: {{ name: Amara Okafor, role: DBA }}\n\
         components: [search]\nscheduled_for: 2026-11-20T02:00:00Z\n\
         scheduled_until: 2026-11-20T04:00:00Z\nupdates:\n  - at: 2026-11-18T10:00:00Z\n    \
         status: scheduled\n    author: Amara Okafor\n    body: We will upgrade the search index.\n{more}"
    )
}

/// A major incident on checkout, down 08:00–09:00, resolved at 09:00 (by hand: no states
/// set, a resolution brings every component back); `more` is appended.
fn incident(more: &str) -> String {
    format!(
        "title: Checkout failing\nimpact: major\nowner: {{ name: Mei Tanaka, role: SRE }}\n\
         components: [checkout]\nstarted_at: 2026-11-20T08:00:00Z\nupdates:\n  \
         - at: 2026-11-20T08:00:00Z\n    status: investigating\n    author: Mei Tanaka\n    \
         components: {{ checkout: major_outage }}\n    next_update_by: 2026-11-20T08:30:00Z\n    \
         body: Checkout is failing.\n  - at: 2026-11-20T08:25:00Z\n    status: identified\n    \
         author: Mei Tanaka\n    next_update_by: 2026-11-20T09:30:00Z\n    body: Found it.\n  \
         - at: 2026-11-20T09:00:00Z\n    status: resolved\n    author: Mei Tanaka\n    \
         body: Fixed.\n{more}"
    )
}

fn site(file: &str, text: &str) -> TestSite {
    let dir = tempfile::TempDir::new().unwrap();
    let site = TestSite { dir };
    site.write("candor.yaml", CONFIG);
    site.write(&format!("incidents/{file}.yaml"), text);
    site
}

/// The site built at `now` into `out`; `check`'s warnings at `now` (short form).
fn build_at(site: &TestSite, now: &str, out: &str) -> String {
    site.cmd(&["build", "--now", now, "--out"])
        .arg(site.path(out))
        .assert()
        .success();
    let check = site
        .cmd(&["check", "--message-format", "short", "--now", now])
        .assert()
        .success();
    String::from_utf8_lossy(&check.get_output().stderr).into_owned()
}

fn json(site: &TestSite, path: &str) -> serde_json::Value {
    serde_json::from_str(&site.read(path)).unwrap()
}

/// The maintenance's status in `out`'s API, and whether it is listed as active.
fn api_maintenance(site: &TestSite, out: &str) -> (String, bool) {
    let all = json(site, &format!("{out}/api/v2/scheduled-maintenances.json"));
    let status = all["scheduled_maintenances"][0]["status"]
        .as_str()
        .unwrap()
        .to_string();
    let active = json(
        site,
        &format!("{out}/api/v2/scheduled-maintenances/active.json"),
    );
    let n = active["scheduled_maintenances"].as_array().unwrap().len();
    (status, n == 1)
}

/// Issue 13: a window that passed with no update still read "Scheduled". Before the window
/// it is upcoming; while it is open with no update it is under way as scheduled (search under
/// maintenance, the API `in_progress`); once it has closed with no `completed` it is "not
/// confirmed complete"; both times the owner is warned.
#[test]
fn a_window_with_no_update_is_told_by_the_clock() {
    let site = site("search-upgrade", &maintenance(""));
    let page = "incidents/search-upgrade/index.html";

    let warned = build_at(&site, "2026-11-20T01:00:00Z", "before");
    assert!(!warned.contains("no update says the work"), "{warned}");
    let before = site.read(&format!("before/{page}"));
    assert!(
        before.contains("badge status-scheduled\">Scheduled<"),
        "{before}"
    );
    assert!(!before.contains("window-note"), "{before}");
    assert_eq!(
        api_maintenance(&site, "before"),
        ("scheduled".into(), false)
    );

    let warned = build_at(&site, "2026-11-20T03:00:00Z", "during");
    assert!(
        warned.contains("warning[maintenance-unconfirmed]: the maintenance window opened at 02:00 UTC today and no update says the work began — owner Amara Okafor (DBA)"),
        "{warned}"
    );
    let during = site.read(&format!("during/{page}"));
    assert!(during.contains("Under way as scheduled"), "{during}");
    assert!(
        during.contains("the work is under way as scheduled."),
        "{during}"
    );
    // The badge; the timeline keeps its "Scheduled" update.
    assert!(!during.contains("badge status-scheduled"), "{during}");
    let index = site.read("during/index.html");
    assert!(index.contains("Under way as scheduled"), "{index}");
    let search = site.read("during/components/search/index.html");
    assert!(search.contains("Under maintenance"), "{search}");
    assert_eq!(
        api_maintenance(&site, "during"),
        ("in_progress".into(), true)
    );
    let status = json(&site, "during/api/v2/status.json");
    assert_eq!(status["status"]["indicator"], "maintenance");

    let warned = build_at(&site, "2026-11-20T05:00:00Z", "after");
    assert!(
        warned.contains("warning[maintenance-unconfirmed]: the maintenance window closed at 04:00 UTC today and no update says the work is complete — owner Amara Okafor (DBA)"),
        "{warned}"
    );
    let after = site.read(&format!("after/{page}"));
    assert!(after.contains("Not confirmed complete"), "{after}");
    assert!(
        after.contains(
            "The window closed at 20 Nov 2026, 04:00 UTC; the work has not been confirmed complete."
        ),
        "{after}"
    );
    assert!(!after.contains("badge status-scheduled"), "{after}");
    assert!(
        site.read("after/index.html")
            .contains("Not confirmed complete")
    );
    let embed = site.read("after/embed.html");
    assert!(
        embed.contains("— Maintenance: Not confirmed complete"),
        "{embed}"
    );
    // Unfolded (RFC 5545 folds long lines with a line break and a space).
    let calendar = site.read("after/maintenance.ics").replace("\r\n ", "");
    assert!(
        calendar.contains("Status: Not confirmed complete"),
        "{calendar}"
    );
    assert_eq!(
        api_maintenance(&site, "after"),
        ("in_progress".into(), true)
    );
    // `--fail-on` takes the new code, so a scheduled job can page the owner.
    site.cmd(&[
        "check",
        "--now",
        "2026-11-20T05:00:00Z",
        "--fail-on",
        "maintenance-unconfirmed",
    ])
    .assert()
    .failure();
}

/// The same window with its updates: the updates speak, no warning; work still under way
/// after the window is not confirmed complete; `completed` ends it.
#[test]
fn a_window_with_its_updates_is_told_by_them() {
    let started = "  - at: 2026-11-20T02:05:00Z\n    status: in_progress\n    \
        author: Amara Okafor\n    next_update_by: 2026-11-20T04:05:00Z\n    body: Started.\n";
    let done = "  - at: 2026-11-20T03:40:00Z\n    status: completed\n    \
        author: Amara Okafor\n    body: Done.\n";
    let page = "incidents/search-upgrade/index.html";

    let working = site("search-upgrade", &maintenance(started));
    let warned = build_at(&working, "2026-11-20T03:00:00Z", "during");
    assert!(!warned.contains("no update says the work"), "{warned}");
    let during = working.read(&format!("during/{page}"));
    assert!(during.contains(">In progress<"), "{during}");
    assert!(!during.contains("window-note"), "{during}");
    let warned = build_at(&working, "2026-11-20T04:01:00Z", "after");
    assert!(
        warned.contains("no update says the work is complete"),
        "{warned}"
    );
    assert!(
        working
            .read(&format!("after/{page}"))
            .contains("Not confirmed complete")
    );

    let finished = site("search-upgrade", &maintenance(&format!("{started}{done}")));
    let warned = build_at(&finished, "2026-11-20T05:00:00Z", "after");
    assert!(!warned.contains("no update says the work"), "{warned}");
    let after = finished.read(&format!("after/{page}"));
    assert!(after.contains(">Completed<"), "{after}");
    assert!(!after.contains("Not confirmed complete"), "{after}");
    assert_eq!(
        api_maintenance(&finished, "after"),
        ("completed".into(), false)
    );
    let search = finished.read("after/components/search/index.html");
    assert!(search.contains("Operational"), "{search}");
    // The calendar speaks of finished work in the past tense too, as the page does.
    let during = working.read("during/maintenance.ics");
    assert!(during.contains("Affects: "), "{during}");
    let ics = finished.read("after/maintenance.ics");
    assert!(
        ics.contains("Affected: ") && !ics.contains("Affects: "),
        "{ics}"
    );
}

/// The API's incident `id`, as listed in `file`.
fn api_incident(site: &TestSite, out: &str, file: &str) -> Option<serde_json::Value> {
    let list = json(site, &format!("{out}/api/v2/{file}"));
    list["incidents"].as_array().unwrap().first().cloned()
}

/// Issue 13: an incident that came back after `resolved` was refused. Written by hand it is
/// open again: listed as unresolved, `resolved_at` null, the timeline and feeds say
/// "Reopened", and the uptime counts both outages (not the quiet hour between them). Resolved
/// again, `resolved_at` is the last resolution.
#[test]
fn a_reopened_incident_is_open_again_everywhere() {
    let back = "  - at: 2026-11-20T10:00:00Z\n    status: investigating\n    \
        author: Mei Tanaka\n    components: { checkout: major_outage }\n    \
        next_update_by: 2026-11-20T10:30:00Z\n    body: It is back.\n";
    let site = site("checkout-failing", &incident(back));
    let warned = build_at(&site, "2026-11-20T10:20:00Z", "open");
    // Open again: no apology is owed yet, a promise is.
    assert!(!warned.contains("without an apology"), "{warned}");

    let page = site.read("open/incidents/checkout-failing/index.html");
    assert!(page.contains("Reopened: Investigating"), "{page}");
    assert!(page.contains("Next update by"), "{page}");
    let open = api_incident(&site, "open", "incidents/unresolved.json").expect("unresolved");
    assert_eq!(open["status"], "investigating");
    assert!(open["resolved_at"].is_null(), "{open}");
    let status = json(&site, "open/api/v2/status.json");
    // The banner follows the components now (docs/format.md, "What the status words mean"):
    // checkout is in major outage again.
    assert_eq!(status["status"]["indicator"], "critical");
    assert!(
        site.read("open/feed.atom")
            .contains("Reopened: Investigating — Checkout failing")
    );
    // 08:00–09:00 and 10:00–10:20: 1 h 20 min of major outage, not 2 h 20 min.
    let checkout = site.read("open/components/checkout/index.html");
    assert!(
        checkout.contains("major outage for 1 h 20 min"),
        "{checkout}"
    );
    assert!(checkout.contains("Major outage"), "{checkout}");

    let resolved = incident(&format!(
        "{back}  - at: 2026-11-20T10:45:00Z\n    status: resolved\n    author: Mei Tanaka\n    \
         components: {{ checkout: operational }}\n    body: Fixed again.\n"
    ));
    site.write("incidents/checkout-failing.yaml", &resolved);
    let warned = build_at(&site, "2026-11-20T12:00:00Z", "closed");
    // Owed at the last resolution.
    assert!(
        warned.contains("incidents/checkout-failing.yaml:29:"),
        "{warned}"
    );
    assert!(warned.contains("without an apology"), "{warned}");
    assert!(api_incident(&site, "closed", "incidents/unresolved.json").is_none());
    let closed = api_incident(&site, "closed", "incidents.json").unwrap();
    assert_eq!(closed["status"], "resolved");
    assert_eq!(closed["resolved_at"], "2026-11-20T10:45:00.000+00:00");
    let checkout = site.read("closed/components/checkout/index.html");
    assert!(
        checkout.contains("major outage for 1 h 45 min"),
        "{checkout}"
    );
}

fn stderr(a: &assert_cmd::assert::Assert) -> String {
    String::from_utf8_lossy(&a.get_output().stderr).into_owned()
}

/// `update --reopen`: investigating by default, the components as bad as the impact says,
/// and a summary that says it reopened; refused on an open incident, and with a final status.
#[test]
fn update_reopen_writes_the_reopening() {
    let site = site("checkout-failing", &incident(""));
    let reopen = |extra: &[&str]| {
        let args = [
            &[
                "update",
                "checkout-failing",
                "--reopen",
                "--body",
                "It is back.",
            ][..],
            extra,
        ]
        .concat();
        site.cmd(&args).assert()
    };
    let refused = reopen(&["--status", "resolved", "--at", "2026-11-20T10:00:00Z"]).failure();
    assert!(stderr(&refused).contains("a reopening update does not end the incident"));

    let done = reopen(&["--at", "2026-11-20T10:00:00Z", "--next", "30m"]).success();
    assert!(
        stderr(&done).contains("Update 4 (Reopened: Investigating) saved"),
        "{}",
        stderr(&done)
    );
    let file = site.read("incidents/checkout-failing.yaml");
    let added = file
        .split("- at: 2026-11-20T10:00:00Z")
        .nth(1)
        .expect(&file);
    assert!(added.contains("status: investigating"), "{file}");
    assert!(added.contains("checkout: partial_outage"), "{file}");
    assert!(
        added.contains("next_update_by: 2026-11-20T10:30:00Z"),
        "{file}"
    );
    build_at(&site, "2026-11-20T10:10:00Z", "out");
    let open = api_incident(&site, "out", "incidents/unresolved.json").expect("unresolved");
    assert_eq!(open["status"], "investigating");

    let again = reopen(&["--at", "2026-11-20T10:15:00Z"]).failure();
    assert!(
        stderr(&again).contains(
            "--reopen: the incident `checkout-failing` is not over (it is investigating)"
        ),
        "{}",
        stderr(&again)
    );
    // Resolving it again and ending it twice: the second `resolved` is refused.
    let update = |status: &str, at: &str| {
        site.cmd(&[
            "update",
            "checkout-failing",
            "--status",
            status,
            "--body",
            "Fixed.",
            "--at",
            at,
        ])
        .assert()
    };
    update("resolved", "2026-11-20T10:40:00Z").success();
    let twice = update("resolved", "2026-11-20T10:50:00Z").failure();
    assert!(
        stderr(&twice).contains("the incident is already resolved"),
        "{}",
        stderr(&twice)
    );
}
