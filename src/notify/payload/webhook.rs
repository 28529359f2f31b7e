//! The generic webhook: the JSON Statuspage sends its webhook subscribers for an incident
//! (`{"meta", "page", "incident"}`, support.atlassian.com/statuspage/docs/enable-webhook-
//! notifications), so a tool that already takes Statuspage's webhooks takes candor's
//! unchanged; and its headers: an idempotency key that stays the same for an entry at a
//! target, and the Standard Webhooks signature (standardwebhooks.com) when a secret is set.
//!
//! The incident is the one `api/v2/` writes (`channels::api::statuspage_objects`), with the
//! keys Statuspage's webhook adds to its API's incident. What each entry sends:
//! - an update: the incident as that update left it (its updates up to that one, newest
//!   first, so `incident_updates[0]` is the update being delivered, as receivers read it,
//!   even when it is delivered late, after later ones);
//! - a post-incident review: the incident, status `postmortem`, with `postmortem_body` and
//!   `postmortem_published_at`, as Statuspage notifies a published postmortem;
//! - a maintenance reminder: the maintenance with `scheduled_remind_prior: true` and
//!   `scheduled_reminded_at`, as Statuspage's own reminder;
//! - an apology (candor's own): the incident as it stands, with `candor_apology`.
//!
//! Every body also says which entry it is in `candor_entry` (its key, kind, label, words and
//! link), which Statuspage never sends and its receivers ignore. The message of
//! `candor notify --test` is about no incident: it sends `meta`, `candor_entry` and a `page`
//! and `incident` whose Statuspage values are null, so a receiver sees it arrive and act on
//! nothing.

use base64::Engine;
use base64::engine::general_purpose::STANDARD as B64;
use hmac::{Hmac, Mac};
use jiff::Timestamp;
use serde_json::{Map, Value, json};
use sha2::{Digest, Sha256};

use super::Body;
use crate::model::Vocabulary;
use crate::notify::entries::Subject;
use crate::notify::message::Message;

/// Where the payload's shape is documented: Statuspage's page, as the shape is Statuspage's.
const DOCUMENTATION: &str =
    "https://support.atlassian.com/statuspage/docs/enable-webhook-notifications/";

pub(crate) fn body(m: &Message) -> Body {
    let sp = m.statuspage.as_deref().cloned().unwrap_or(Value::Null);
    let mut incident = match &sp["incident"] {
        Value::Object(o) => o.clone(),
        _ => Map::new(),
    };
    as_of(&mut incident, m);
    webhook_keys(&mut incident, &sp, m);
    Body::json(json!({
        "meta": {
            // A webhook set up in candor.yaml is left by editing the file; the page is the
            // nearest thing to an unsubscribe link there is.
            "unsubscribe": sp["page"]["url"],
            "documentation": DOCUMENTATION,
            "generated_at": time(m.at),
        },
        "page": {
            "id": sp["page"]["id"],
            "status_indicator": sp["status"]["indicator"],
            // Statuspage's English words, which receivers of its webhook match on; the
            // site's own words are in `candor_entry` and the incident's `candor_*` fields.
            "status_description": sp["status"]["description"],
        },
        "incident": incident,
        "candor_entry": {
            "key": m.key,
            "kind": m.kind.as_str(),
            "label": m.label,
            "body": m.body,
            "author": m.signature(),
            "url": m.url,
        },
    }))
}

/// Statuspage's time format, in UTC.
fn time(t: Timestamp) -> String {
    t.strftime("%Y-%m-%dT%H:%M:%S%.3fZ").to_string()
}

fn when(v: &Value) -> Option<Timestamp> {
    v.as_str()?.parse().ok()
}

/// An update's entry shows the incident as that update left it.
fn as_of(incident: &mut Map<String, Value>, m: &Message) {
    let Subject::Update(i) = m.subject else {
        return;
    };
    let Some(Value::Array(updates)) = incident.get_mut("incident_updates") else {
        return;
    };
    // Newest first: update `i` (oldest first) is at `len - 1 - i`.
    let newer = updates.len().saturating_sub(i + 1);
    updates.drain(..newer);
    let Some(this) = updates.first().cloned() else {
        return;
    };
    let status = this["status"].clone();
    let at = when(&this["created_at"]);
    let is_final = matches!(status.as_str(), Some("resolved" | "completed"));
    incident.insert("status".into(), status);
    incident.insert("updated_at".into(), this["updated_at"].clone());
    // The promise this update made, which later ones may since have kept.
    let next = match is_final {
        true => Value::Null,
        false => this["candor_next_update_by"].clone(),
    };
    incident.insert("candor_next_update_by".into(), next);
    let resolved = if is_final {
        this["created_at"].clone()
    } else {
        Value::Null
    };
    incident.insert("resolved_at".into(), resolved);
    if let Some(v) = incident.get_mut("monitoring_at")
        && when(v) > at
    {
        *v = Value::Null;
    }
}

/// The keys Statuspage's webhook incident has beyond its API's, with the values candor's facts
/// give them (false and null where candor has no such thing: backfilling, overrides, Twitter).
fn webhook_keys(incident: &mut Map<String, Value>, sp: &Value, m: &Message) {
    let published = incident
        .get("candor_postmortem_published_at")
        .and_then(when)
        .filter(|t| *t <= m.at);
    let postmortem = |key: &str| match published {
        Some(_) => incident.get(key).cloned().unwrap_or(Value::Null),
        None => Value::Null,
    };
    let (body, published_at) = (
        postmortem("candor_postmortem"),
        postmortem("candor_postmortem_published_at"),
    );
    let reminder = m.subject == Subject::Reminder;
    let scheduled = |key: &str| incident.get(key).cloned().unwrap_or(Value::Null);
    let (from, until) = (scheduled("scheduled_for"), scheduled("scheduled_until"));
    for (key, value) in [
        ("backfilled", json!(false)),
        ("impact_override", Value::Null),
        ("postmortem_body", body),
        ("postmortem_body_last_updated_at", published_at.clone()),
        ("postmortem_ignored", json!(false)),
        (
            "postmortem_notified_subscribers",
            json!(published.is_some()),
        ),
        ("postmortem_notified_twitter", json!(false)),
        ("postmortem_published_at", published_at),
        ("scheduled_for", from),
        ("scheduled_until", until),
        ("scheduled_remind_prior", json!(reminder)),
        (
            "scheduled_reminded_at",
            if reminder {
                json!(time(m.at))
            } else {
                Value::Null
            },
        ),
        ("scheduled_auto_transition", json!(false)),
        ("scheduled_auto_in_progress", json!(false)),
        ("scheduled_auto_completed", json!(false)),
        ("organization_id", sp["page"]["id"].clone()),
    ] {
        incident.insert(key.into(), value);
    }
    if let Some(Value::Array(updates)) = incident.get_mut("incident_updates") {
        for u in updates.iter_mut().filter_map(Value::as_object_mut) {
            u.insert("twitter_updated_at".into(), Value::Null);
            u.insert("wants_twitter_update".into(), json!(false));
        }
    }
}

/// The id of this entry at this target: the same on every try and every run, so a receiver
/// that keeps the ids it has seen drops a repeat (`webhook-id`, and `Idempotency-Key`, the
/// header other receivers look for).
pub(crate) fn message_id(m: &Message, target_name: &str) -> String {
    let digest = Sha256::digest(format!("{target_name}\n{}", m.key).as_bytes());
    let hex: String = digest[..16].iter().map(|b| format!("{b:02x}")).collect();
    format!("msg_{hex}")
}

/// The signing key from the secret's text: the base64 after `whsec_` (Standard Webhooks'
/// form), or the text's own bytes when it has no such prefix.
pub(crate) fn secret_key(secret: &str) -> Result<Vec<u8>, String> {
    match secret.strip_prefix("whsec_") {
        Some(b64) => B64.decode(b64.trim()).map_err(|e| {
            format!("the secret starts with `whsec_` but what follows is not base64 ({e})")
        }),
        None => Ok(secret.as_bytes().to_vec()),
    }
}

/// Standard Webhooks' `v1` signature: base64 of HMAC-SHA256 over `id.timestamp.body`.
pub(crate) fn sign(id: &str, timestamp: i64, body: &[u8], key: &[u8]) -> String {
    let mut mac = Hmac::<Sha256>::new_from_slice(key).expect("HMAC takes a key of any length");
    mac.update(format!("{id}.{timestamp}.").as_bytes());
    mac.update(body);
    format!("v1,{}", B64.encode(mac.finalize().into_bytes()))
}

/// The headers of a send of `body` (the exact bytes) at `timestamp` (Unix seconds): the id
/// and time always, the signature when `key` (from `secret_key`) is given.
pub(crate) fn headers(
    m: &Message,
    target_name: &str,
    body: &[u8],
    key: Option<&[u8]>,
    timestamp: i64,
) -> Vec<(String, String)> {
    let id = message_id(m, target_name);
    let mut h = vec![
        ("webhook-id".to_string(), id.clone()),
        ("webhook-timestamp".to_string(), timestamp.to_string()),
        ("Idempotency-Key".to_string(), id.clone()),
    ];
    if let Some(key) = key {
        h.push((
            "webhook-signature".to_string(),
            sign(&id, timestamp, body, key),
        ));
    }
    h
}

#[cfg(test)]
mod tests;
