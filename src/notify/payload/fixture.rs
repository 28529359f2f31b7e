//! Messages for the payload tests: an update in the example site's words, and the hostile
//! and oversized variants every channel must carry within its limits.

use std::sync::Arc;

use crate::model::notify::EntryKind;
use crate::notify::entries::Subject;
use crate::notify::message::Message;

/// The second update of the example site's card-payments incident.
pub(crate) fn update() -> Message {
    Message {
        locale: crate::locale::Locale::english(),
        key: "card-payments-failing/update/2026-11-23T15:20:00Z".into(),
        kind: EntryKind::Updates,
        subject: Subject::Update(1),
        incident: "card-payments-failing".into(),
        site: "Acme Status".into(),
        host: "status.acme.example".into(),
        title: "Card payments failing at checkout".into(),
        label: "Identified".into(),
        at: "2026-11-23T15:20:00Z".parse().unwrap(),
        when: "23 Nov 2026, 15:20 GMT".into(),
        body: "We've found the cause. At 14:36 GMT we changed a setting in the system that \
               connects our checkout to our card processor.\n\nWe are **undoing that change \
               now**. See [our help page](https://acme.example/help) for what to do.\n\n\
               - Please don't keep retrying\n- PayPal and gift cards work\n"
            .into(),
        author: "Priya Raman".into(),
        role: Some("Payments Engineering Lead".into()),
        affected: vec!["Checkout".into(), "Public API".into()],
        components: vec!["checkout".into(), "api".into()],
        next_update: Some("15:50 GMT".into()),
        url: "https://status.acme.example/incidents/card-payments-failing/#update-2".into(),
        statuspage: Some(Arc::new(statuspage())),
    }
}

/// Every kind of trouble at once: 100 KB of words with links and mentions, a long
/// non-ASCII title, many components.
pub(crate) fn huge() -> Message {
    let mut m = update();
    m.title = format!(
        "Paiements par carte refusés — {}",
        "très long titre ".repeat(40)
    );
    m.site = "Acme Status für alle Kunden".into();
    let para = "Words of the update with a [link](https://acme.example/help?a=1&b=2) and \
                <!channel> @everyone <@U123> <users/all> **bold** _it_ 🚀 in them.";
    m.body = (0..800).map(|_| para).collect::<Vec<_>>().join("\n\n");
    assert!(m.body.len() > 100_000);
    m.affected = (1..=60).map(|n| format!("Component number {n}")).collect();
    m
}

/// What `api/v2/` writes for the example incident, as the webhook receives it (shortened to
/// two updates).
fn statuspage() -> serde_json::Value {
    serde_json::json!({
        "page": {
            "id": "3n8r2k4x7q1z", "name": "Acme Status", "url": "https://status.acme.example",
            "time_zone": "Europe/London", "updated_at": "2026-11-23T15:20:00.000+00:00"
        },
        "status": {
            "indicator": "major", "description": "Partial System Outage",
            "candor_description": "Some systems are down"
        },
        "incident": {
            "id": "9f2kq0x1m3ab", "name": "Card payments failing at checkout",
            "status": "identified",
            "created_at": "2026-11-23T14:48:00.000+00:00",
            "updated_at": "2026-11-23T15:20:00.000+00:00",
            "monitoring_at": null, "resolved_at": null, "impact": "major",
            "shortlink": "https://status.acme.example/incidents/card-payments-failing/",
            "started_at": "2026-11-23T14:40:00.000+00:00", "page_id": "3n8r2k4x7q1z",
            "incident_updates": [
                update_json("u2", "identified", "We've found the cause.", "15:20"),
                update_json("u1", "investigating", "Card payments are declined.", "14:48")
            ],
            "components": [{
                "id": "c0mp0nent001", "name": "Checkout", "status": "major_outage",
                "created_at": "2025-01-01T00:00:00.000+00:00",
                "updated_at": "2026-11-23T15:20:00.000+00:00", "position": 1,
                "description": "Basket and payment", "showcase": true, "start_date": null,
                "group_id": null, "page_id": "3n8r2k4x7q1z", "group": false,
                "only_show_if_degraded": false, "candor_id": "checkout"
            }],
            "candor_id": "card-payments-failing",
            "candor_owner": { "name": "Minter Dial", "role": "Head of Customer Care", "email": null },
            "candor_next_update_by": "2026-11-23T15:50:00.000+00:00",
            "candor_apology": null, "candor_postmortem": null,
            "candor_postmortem_published_at": null,
            "candor_promises": { "kept": 1, "missed": 0, "overdue": 0, "pending": 1, "text": null }
        }
    })
}

fn update_json(id: &str, status: &str, body: &str, at: &str) -> serde_json::Value {
    let at = format!("2026-11-23T{at}:00.000+00:00");
    serde_json::json!({
        "id": id, "status": status, "body": body, "incident_id": "9f2kq0x1m3ab",
        "created_at": at, "updated_at": at, "display_at": at,
        "affected_components": [{
            "code": "c0mp0nent001", "name": "Checkout",
            "old_status": "operational", "new_status": "major_outage"
        }],
        "deliver_notifications": true, "custom_tweet": null, "tweet_id": null,
        "candor_author": "Priya Raman", "candor_next_update_by": null,
        "candor_promise": null, "candor_body_html": "<p>…</p>"
    })
}

/// The message of every entry of the example site (`candor.yaml`, `incidents/`) due at the
/// time the oracles build it, as `candor notify` would make them.
pub(crate) fn example() -> Vec<Message> {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let now: jiff::Timestamp = "2026-11-23T15:45:00Z".parse().unwrap();
    let opts = crate::pipeline::BuildOptions {
        paths: crate::input::SitePaths::new(root, None),
        now,
        strict: false,
        base_url: None,
        fail_on: Vec::new(),
        include_drafts: false,
    };
    let (site, diags) = crate::pipeline::check(&opts);
    let site = site.unwrap_or_else(|| panic!("the example site checks: {diags:?}"));
    let p = crate::render::prepared::prepare(&site, now);
    crate::notify::entries::due(&site, now)
        .iter()
        .map(|e| crate::notify::message::message(&p, e, true))
        .collect()
}

/// A site in French whose theme words the channels' messages (candor ships no French yet):
/// every channel word comes from these, and lists from CLDR's French ("A et B").
pub(crate) fn french() -> Arc<crate::locale::Locale> {
    let words = "\
notify-affected = Concerné
notify-next-update-label = Prochaine mise à jour
notify-next-update = Prochaine mise à jour avant { $when }
next-update-by = Prochaine mise à jour avant { $when }.
affected-line = Concerné : { $components }
notify-signed = Signé
notify-status = Statut
notify-read-full = Lire toute la mise à jour
notify-follow = Suivre cet incident
notify-more-components = { $count } de plus
person-with-role = { $name } ({ $role })
email-read-line = Lire sur la page d'état : { $url }
email-read = Lire sur la page d'état
email-unsubscribe-line = Se désabonner : { $url }
email-unsubscribe = Se désabonner
email-role = courriel
";
    let resource = fluent_bundle::FluentResource::try_new(words.to_string()).unwrap();
    let theme = crate::locale::Override { resource };
    Arc::new(crate::locale::Locale::new("fr", vec![theme]))
}

/// The English channel words that a message in `french()` must not carry.
pub(crate) const ENGLISH_WORDS: &[&str] = &[
    "Affected",
    "Next update",
    "Signed",
    "\"Status\"",
    "Read the full update",
    "Follow this incident",
    "Read it on the status page",
    "Unsubscribe",
    "Payments Engineering Lead\"",
];
