//! The Statuspage-compatible API (`api/v2/*.json`) as a client reads it: the values must be the
//! incident files' values, in Statuspage's shapes, with ids that never change between builds.
//! Expected values are read from the fixture's YAML, so the test checks the mapping, not a copy.

use crate::common::{TestSite, snapshot_dir};
use jiff::Timestamp;
use serde_json::Value;

const FILES: [&str; 8] = [
    "summary.json",
    "status.json",
    "components.json",
    "incidents.json",
    "incidents/unresolved.json",
    "scheduled-maintenances.json",
    "scheduled-maintenances/upcoming.json",
    "scheduled-maintenances/active.json",
];

fn api(site: &TestSite, out: &str, file: &str) -> Value {
    serde_json::from_str(&site.read(&format!("{out}/api/v2/{file}")))
        .unwrap_or_else(|e| panic!("{file} is not JSON: {e}"))
}

fn yaml(site: &TestSite, file: &str) -> serde_yaml::Value {
    serde_yaml::from_str(&site.read(&format!("incidents/{file}"))).unwrap()
}

fn time(v: &Value) -> Timestamp {
    v.as_str()
        .unwrap_or_else(|| panic!("{v} is not a time"))
        .parse()
        .unwrap_or_else(|e| panic!("{v} is not ISO 8601 with an offset: {e}"))
}

fn ytime(v: &serde_yaml::Value) -> Timestamp {
    v.as_str().unwrap().parse().unwrap()
}

fn s(v: &serde_yaml::Value) -> &str {
    v.as_str()
        .unwrap_or_else(|| panic!("{v:?} is not a string"))
}

/// A component of `components.json` by name.
fn component<'a>(components: &'a Value, name: &str) -> &'a Value {
    components
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["name"] == name)
        .unwrap_or_else(|| panic!("no component {name}"))
}

#[test]
fn every_file_has_the_page_and_its_list() {
    let site = TestSite::built();
    let keys = [
        ("summary.json", "components"),
        ("status.json", "status"),
        ("components.json", "components"),
        ("incidents.json", "incidents"),
        ("incidents/unresolved.json", "incidents"),
        ("scheduled-maintenances.json", "scheduled_maintenances"),
        (
            "scheduled-maintenances/upcoming.json",
            "scheduled_maintenances",
        ),
        (
            "scheduled-maintenances/active.json",
            "scheduled_maintenances",
        ),
    ];
    for (file, key) in keys {
        let v = api(&site, "public", file);
        let page = &v["page"];
        assert_eq!(page["name"], "Fixture Status", "{file}");
        assert_eq!(page["url"], "https://status.fixture.example", "{file}");
        assert_eq!(page["time_zone"], "Europe/London", "{file}");
        // The latest update published by NOW (09:45), not the maintenance notice of tomorrow.
        assert_eq!(
            time(&page["updated_at"]),
            "2026-11-20T09:45:00Z".parse().unwrap()
        );
        assert!(!v[key].is_null(), "{file} lacks `{key}`");
    }
}

#[test]
fn status_is_the_worst_open_incident_in_statuspage_words() {
    let site = TestSite::built();
    let status = api(&site, "public", "status.json");
    assert_eq!(status["status"]["indicator"], "major");
    assert_eq!(status["status"]["description"], "Partial System Outage");
    assert_eq!(
        api(&site, "public", "summary.json")["status"],
        status["status"]
    );
}

#[test]
fn components_carry_states_and_groups_in_statuspage_shape() {
    let site = TestSite::built();
    let v = api(&site, "public", "components.json");
    let list = &v["components"];
    let page_id = &v["page"]["id"];
    // candor.yaml: Shop (checkout, search), Platform (api); payments-down is open with checkout
    // at partial_outage (its second update) and api at degraded_performance (its first).
    let checkout = component(list, "Checkout");
    assert_eq!(checkout["status"], "partial_outage");
    assert_eq!(checkout["description"], "Basket and payment");
    assert_eq!(checkout["candor_id"], "checkout");
    assert_eq!(checkout["group"], false);
    assert_eq!(checkout["position"], 1);
    assert_eq!(checkout["page_id"], *page_id);
    assert_eq!(component(list, "Search")["status"], "operational");
    assert_eq!(component(list, "Search")["position"], 2);
    assert_eq!(component(list, "Search")["description"], Value::Null);
    assert_eq!(
        component(list, "Public API")["status"],
        "degraded_performance"
    );

    let shop = component(list, "Shop");
    assert_eq!(shop["group"], true);
    assert_eq!(shop["group_id"], Value::Null);
    assert_eq!(shop["position"], 1);
    assert_eq!(
        shop["status"], "partial_outage",
        "a group shows its worst child"
    );
    assert_eq!(
        shop["components"],
        serde_json::json!([checkout["id"], component(list, "Search")["id"]])
    );
    assert_eq!(checkout["group_id"], shop["id"]);
    let platform = component(list, "Platform");
    assert_eq!(platform["position"], 2);
    assert_eq!(platform["status"], "degraded_performance");
    assert_eq!(component(list, "Public API")["group_id"], platform["id"]);

    // Statuspage's key set on every component, with its types.
    for c in list.as_array().unwrap() {
        for key in [
            "id",
            "name",
            "status",
            "created_at",
            "updated_at",
            "page_id",
        ] {
            assert!(c[key].is_string(), "{key} in {c}");
        }
        assert!(c["position"].is_u64());
        for key in ["showcase", "group", "only_show_if_degraded"] {
            assert!(c[key].is_boolean(), "{key} in {c}");
        }
        for key in ["description", "start_date", "group_id"] {
            assert!(c.get(key).is_some(), "{key} missing in {c}");
        }
        assert_eq!(c["components"].is_array(), c["group"] == true);
    }
    // Listed by position, as Statuspage does.
    let positions: Vec<u64> = list
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["position"].as_u64().unwrap())
        .collect();
    assert!(positions.is_sorted(), "{positions:?}");
    assert_eq!(api(&site, "public", "summary.json")["components"], *list);
}

#[test]
fn unresolved_incident_matches_its_file() {
    let site = TestSite::built();
    let file = yaml(&site, "payments-down.yaml");
    let v = api(&site, "public", "incidents/unresolved.json");
    let list = v["incidents"].as_array().unwrap();
    assert_eq!(list.len(), 1, "only payments-down is open");
    let inc = &list[0];
    assert_eq!(inc["name"], s(&file["title"]));
    assert_eq!(inc["impact"], s(&file["impact"]));
    assert_eq!(inc["status"], "identified", "the status of its last update");
    assert_eq!(time(&inc["started_at"]), ytime(&file["started_at"]));
    let updates = file["updates"].as_sequence().unwrap();
    assert_eq!(time(&inc["created_at"]), ytime(&updates[0]["at"]));
    assert_eq!(time(&inc["updated_at"]), ytime(&updates[1]["at"]));
    assert_eq!(inc["monitoring_at"], Value::Null);
    assert_eq!(inc["resolved_at"], Value::Null);
    assert_eq!(
        inc["shortlink"],
        "https://status.fixture.example/incidents/payments-down/"
    );
    assert_eq!(inc["page_id"], v["page"]["id"]);
    assert_eq!(inc["candor_id"], "payments-down");

    // Newest first, each with its file's status, body, author, time and promise.
    let got = inc["incident_updates"].as_array().unwrap();
    assert_eq!(got.len(), updates.len());
    for (json, yaml) in got.iter().zip(updates.iter().rev()) {
        assert_eq!(json["status"], s(&yaml["status"]));
        assert_eq!(json["body"], s(&yaml["body"]).trim_end());
        assert_eq!(json["candor_author"], s(&yaml["author"]));
        assert_eq!(time(&json["display_at"]), ytime(&yaml["at"]));
        assert_eq!(json["created_at"], json["display_at"]);
        assert_eq!(
            time(&json["candor_next_update_by"]),
            ytime(&yaml["next_update_by"])
        );
        assert_eq!(json["incident_id"], inc["id"]);
        assert_eq!(json["deliver_notifications"], true);
        assert_eq!(json["custom_tweet"], Value::Null);
        assert_eq!(json["tweet_id"], Value::Null);
        // Markdown rendered and sanitized, as on the page.
        let html = json["candor_body_html"].as_str().unwrap();
        assert!(
            !html.contains("javascript:") && !html.contains("<b>"),
            "{html}"
        );
    }

    // affected_components: what each update changed, old → new, by Statuspage id.
    let components = api(&site, "public", "components.json")["components"].clone();
    let code = |name: &str| component(&components, name)["id"].clone();
    assert_eq!(
        got[1]["affected_components"],
        serde_json::json!([
            {"code": code("Checkout"), "name": "Checkout",
             "old_status": "operational", "new_status": "major_outage"},
            {"code": code("Public API"), "name": "Public API",
             "old_status": "operational", "new_status": "degraded_performance"},
        ])
    );
    assert_eq!(
        got[0]["affected_components"],
        serde_json::json!([
            {"code": code("Checkout"), "name": "Checkout",
             "old_status": "major_outage", "new_status": "partial_outage"},
        ])
    );
    let names: Vec<&Value> = inc["components"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| &c["name"])
        .collect();
    assert_eq!(names, ["Checkout", "Public API"]);

    // candor's own fields.
    assert_eq!(inc["candor_owner"]["name"], s(&file["owner"]["name"]));
    assert_eq!(inc["candor_owner"]["role"], s(&file["owner"]["role"]));
    assert_eq!(inc["candor_owner"]["email"], s(&file["owner"]["email"]));
    assert_eq!(
        time(&inc["candor_next_update_by"]),
        ytime(&updates[1]["next_update_by"]),
        "the promise customers are waiting on"
    );
    assert_eq!(inc["candor_apology"], Value::Null);

    assert_eq!(
        api(&site, "public", "summary.json")["incidents"],
        v["incidents"]
    );
}

#[test]
fn resolved_incidents_list_newest_first_with_apology_and_postmortem() {
    let site = TestSite::built();
    let v = api(&site, "public", "incidents.json");
    let list = v["incidents"].as_array().unwrap();
    let names: Vec<&str> = list.iter().map(|i| i["name"].as_str().unwrap()).collect();
    assert_eq!(
        names,
        [
            "Card payments failing",
            "Slow search results",
            "Delayed webhooks"
        ],
        "incidents only (no maintenance), newest first"
    );
    let file = yaml(&site, "search-slow.yaml");
    let search = &list[1];
    assert_eq!(search["candor_id"], s(&file["id"]));
    assert_eq!(search["impact"], "critical");
    // Statuspage moves a resolved incident with a published postmortem to `postmortem`.
    assert_eq!(search["status"], "postmortem");
    assert_eq!(
        search["candor_postmortem"],
        s(&file["postmortem"]).trim_end()
    );
    assert_eq!(
        time(&search["resolved_at"]),
        ytime(&file["updates"][1]["at"])
    );
    assert_eq!(
        search["candor_next_update_by"],
        Value::Null,
        "no promise once resolved"
    );
    assert_eq!(
        search["incident_updates"][0]["affected_components"][0]["new_status"],
        "operational"
    );
    let apology = &search["candor_apology"];
    let yapology = &file["apology"];
    assert_eq!(apology["author"]["name"], s(&yapology["author"]["name"]));
    assert_eq!(apology["author"]["role"], s(&yapology["author"]["role"]));
    assert_eq!(
        time(&apology["published_at"]),
        ytime(&yapology["published_at"])
    );
    assert_eq!(
        apology["url"],
        "https://status.fixture.example/incidents/search-slow-2026/apology/"
    );
    assert_eq!(apology["body"], s(&yapology["body"]).trim_end());
    let remedy = apology["remedy"].as_array().unwrap();
    assert_eq!(remedy.len(), 2);
    assert_eq!(remedy[0]["offer"], s(&yapology["remedy"][0]["offer"]));
    assert_eq!(remedy[0]["how"], "automatic");
    assert_eq!(remedy[0]["deadline"], "2026-12-31");
    assert_eq!(remedy[1]["how"], "claim");
    assert_eq!(
        remedy[1]["claim_url"],
        s(&yapology["remedy"][1]["claim_url"])
    );

    let old = &list[2];
    assert_eq!(old["status"], "resolved");
    assert_eq!(old["impact"], "minor");
}

#[test]
fn upcoming_maintenance_matches_its_file() {
    let site = TestSite::built();
    let file = yaml(&site, "db-upgrade.yaml");
    let v = api(&site, "public", "scheduled-maintenances/upcoming.json");
    let list = v["scheduled_maintenances"].as_array().unwrap();
    assert_eq!(list.len(), 1);
    let m = &list[0];
    assert_eq!(m["name"], s(&file["title"]));
    assert_eq!(m["status"], "scheduled");
    assert_eq!(
        m["impact"], "maintenance",
        "a maintenance with no impact of its own"
    );
    assert_eq!(time(&m["scheduled_for"]), ytime(&file["scheduled_for"]));
    assert_eq!(time(&m["scheduled_until"]), ytime(&file["scheduled_until"]));
    assert_eq!(m["incident_updates"][0]["status"], "scheduled");
    assert_eq!(m["incident_updates"][0]["candor_author"], "Amara Okafor");
    assert_eq!(m["incident_updates"][0]["affected_components"], Value::Null);
    assert_eq!(m["candor_owner"]["name"], s(&file["owner"]["name"]));
    assert_eq!(m["components"][0]["name"], "Public API");

    let all = api(&site, "public", "scheduled-maintenances.json");
    assert_eq!(all["scheduled_maintenances"], v["scheduled_maintenances"]);
    let active = api(&site, "public", "scheduled-maintenances/active.json");
    assert_eq!(active["scheduled_maintenances"], serde_json::json!([]));
    let summary = api(&site, "public", "summary.json");
    assert_eq!(
        summary["scheduled_maintenances"],
        v["scheduled_maintenances"]
    );
    // Plain incidents never carry the maintenance window fields.
    let incidents = api(&site, "public", "incidents.json");
    assert!(incidents["incidents"][0].get("scheduled_for").is_none());
}

#[test]
fn maintenance_under_way_moves_to_active() {
    let site = TestSite::new("site");
    let file = site.read("incidents/db-upgrade.yaml");
    site.write(
        "incidents/db-upgrade.yaml",
        &(file
            .replace("2026-11-28T02:00:00Z", "2026-11-20T08:00:00Z")
            .replace("2026-11-28T04:00:00Z", "2026-11-20T12:00:00Z")
            .replace("2026-11-21T11:00:00Z", "2026-11-19T11:00:00Z")
            + "  - at: 2026-11-20T08:00:00Z\n    status: in_progress\n    \
               author: Amara Okafor\n    body: Started.\n"),
    );
    site.build("public").success();
    let active = api(&site, "public", "scheduled-maintenances/active.json");
    let list = active["scheduled_maintenances"].as_array().unwrap();
    assert_eq!(list.len(), 1);
    assert_eq!(list[0]["status"], "in_progress");
    let update = &list[0]["incident_updates"][0];
    assert_eq!(
        update["affected_components"][0]["new_status"], "under_maintenance",
        "work under way puts its components under maintenance"
    );
    let upcoming = api(&site, "public", "scheduled-maintenances/upcoming.json");
    assert_eq!(upcoming["scheduled_maintenances"], serde_json::json!([]));
}

#[test]
fn ids_are_statuspage_shaped_and_stable_across_builds() {
    let site = TestSite::built();
    site.build("again").success();
    let (a, b) = (
        snapshot_dir(&site.path("public/api")),
        snapshot_dir(&site.path("again/api")),
    );
    assert_eq!(a.len(), FILES.len());
    assert_eq!(a, b, "two builds write the same bytes");

    fn ids<'a>(v: &'a Value, key: Option<&str>, out: &mut Vec<&'a str>) {
        match v {
            Value::Object(map) => {
                for (k, v) in map {
                    ids(v, Some(k), out)
                }
            }
            Value::Array(items) => items.iter().for_each(|v| ids(v, key, out)),
            Value::String(s)
                if matches!(
                    key,
                    Some("id" | "page_id" | "incident_id" | "group_id" | "code" | "components")
                ) =>
            {
                out.push(s)
            }
            _ => {}
        }
    }
    let mut all = Vec::new();
    let summary = api(&site, "public", "summary.json");
    let incidents = api(&site, "public", "incidents.json");
    let maintenances = api(&site, "public", "scheduled-maintenances.json");
    for v in [&summary, &incidents, &maintenances] {
        ids(v, None, &mut all);
    }
    assert!(all.len() > 20, "{all:?}");
    for id in &all {
        assert!(
            id.len() == 12
                && id
                    .bytes()
                    .all(|b| b.is_ascii_digit() || b.is_ascii_lowercase()),
            "`{id}` is not a 12-character lowercase id"
        );
    }
    // Distinct things get distinct ids.
    let mut things: Vec<&str> = incidents["incidents"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|i| {
            std::iter::once(i["id"].as_str().unwrap()).chain(
                i["incident_updates"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .map(|u| u["id"].as_str().unwrap()),
            )
        })
        .collect();
    let n = things.len();
    things.sort();
    things.dedup();
    assert_eq!(things.len(), n);
}

#[test]
fn a_new_update_shows_in_the_api_of_the_same_build() {
    let site = TestSite::built();
    let before = api(&site, "public", "incidents/unresolved.json");
    let file = site.read("incidents/payments-down.yaml");
    site.write(
        "incidents/payments-down.yaml",
        &(file
            + "  - at: 2026-11-20T09:58:00Z\n    status: monitoring\n    author: Priya Raman\n    \
               components: { checkout: operational, api: operational }\n    \
               next_update_by: 2026-11-20T10:30:00Z\n    body: A fix is live.\n"),
    );
    site.build("public").success();
    let after = api(&site, "public", "incidents/unresolved.json");
    let inc = &after["incidents"][0];
    assert_eq!(
        inc["id"], before["incidents"][0]["id"],
        "the incident keeps its id"
    );
    assert_eq!(inc["status"], "monitoring");
    assert_eq!(
        time(&inc["monitoring_at"]),
        "2026-11-20T09:58:00Z".parse().unwrap()
    );
    assert_eq!(inc["incident_updates"][0]["body"], "A fix is live.");
    assert_eq!(
        inc["incident_updates"][1]["id"], before["incidents"][0]["incident_updates"][0]["id"],
        "older updates keep their ids"
    );
    let status = api(&site, "public", "status.json");
    // Monitoring with every component operational: the indicator follows the components
    // (issue 13, docs/format.md "What the status words mean"), and says a fix is watched.
    assert_eq!(status["status"]["indicator"], "none");
    assert_eq!(
        status["status"]["candor_description"],
        "Operational, Monitoring a Fix"
    );
    // Statuspage's own words for the level, which its clients show.
    assert_eq!(status["status"]["description"], "All Systems Operational");
    let components = api(&site, "public", "components.json");
    assert_eq!(
        component(&components["components"], "Checkout")["status"],
        "operational"
    );
    assert_eq!(
        time(&status["page"]["updated_at"]),
        "2026-11-20T09:58:00Z".parse().unwrap()
    );
}

#[test]
fn now_is_the_only_clock() {
    // A build at a later moment (not the harness's NOW) sees the window as passed.
    let site = TestSite::new("site");
    site.cmd(&["build", "--now", "2026-11-29T00:00:00Z", "--out"])
        .arg(site.path("later"))
        .assert()
        .success();
    let later = api(&site, "later", "scheduled-maintenances/upcoming.json");
    assert_eq!(
        later["scheduled_maintenances"],
        serde_json::json!([]),
        "a window that has passed is no longer upcoming"
    );
}

#[test]
fn promise_facts_ride_along_as_on_the_page() {
    let site = TestSite::new("site");
    site.cmd(&["build", "--now", "2026-11-20T10:27:00Z", "--out"])
        .arg(site.path("late"))
        .assert()
        .success();
    let unresolved = api(&site, "late", "incidents/unresolved.json");
    let inc = &unresolved["incidents"][0];
    assert_eq!(inc["candor_promises"]["kept"], 1);
    assert_eq!(inc["candor_promises"]["overdue"], 1);
    assert_eq!(
        inc["candor_promises"]["text"],
        "We promised 2 updates on time and delivered 1; one is overdue, by 12 minutes so far."
    );
    // Newest update first: its promise is overdue by 12 minutes; the first one was kept.
    let updates = inc["incident_updates"].as_array().unwrap();
    assert_eq!(updates[0]["candor_promise"]["outcome"], "overdue");
    assert_eq!(updates[0]["candor_promise"]["late_minutes"], 12);
    assert_eq!(updates[1]["candor_promise"]["outcome"], "kept");
}
