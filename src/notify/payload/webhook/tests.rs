//! The generic webhook against Statuspage's documented payload and the Standard Webhooks
//! test vector.

use serde_json::Value;

use super::super::fixture;
use super::*;

/// The documented times that are null until their moment comes (Statuspage's API reference:
/// an incident not yet monitoring or resolved has them null); the sample shows them set.
const NULL_UNTIL_SET: &[&str] = &[".incident.monitoring_at", ".incident.resolved_at"];

/// Every key of `want`, at every depth, is in `got` with the same JSON type; a documented
/// `null` may be null or a string. Arrays: each element of `got` against the first of `want`.
fn same_shape(path: &str, want: &Value, got: &Value, problems: &mut Vec<String>) {
    match (want, got) {
        (Value::Null, Value::Null | Value::String(_)) => {}
        (Value::String(_), Value::Null) if NULL_UNTIL_SET.contains(&path) => {}
        (Value::Object(w), Value::Object(g)) => {
            for (k, wv) in w {
                match g.get(k) {
                    Some(gv) => same_shape(&format!("{path}.{k}"), wv, gv, problems),
                    None => problems.push(format!("{path}.{k} is missing")),
                }
            }
        }
        (Value::Array(w), Value::Array(g)) => {
            if let Some(w0) = w.first() {
                if g.is_empty() {
                    problems.push(format!("{path} is empty, so its items cannot be compared"));
                }
                for (i, gv) in g.iter().enumerate() {
                    same_shape(&format!("{path}[{i}]"), w0, gv, problems);
                }
            }
        }
        (Value::Bool(_), Value::Bool(_))
        | (Value::Number(_), Value::Number(_))
        | (Value::String(_), Value::String(_)) => {}
        _ => problems.push(format!("{path}: documented {want}, sent {got}")),
    }
}

fn documented() -> Value {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/oracles/statuspage-webhook/incident.json"
    );
    serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap()
}

#[test]
fn every_documented_key_is_sent_with_its_type() {
    let want = documented();
    let messages = fixture::example();
    assert!(messages.len() > 10, "the example site has a history");
    for m in &messages {
        let mut problems = Vec::new();
        same_shape("", &want, &body(m).json, &mut problems);
        assert!(problems.is_empty(), "{}:\n{}", m.key, problems.join("\n"));
    }
    // The comparison is not vacuous: a body lacking a key, or with a wrong type, is caught.
    let mut broken = body(&messages[0]).json;
    broken["incident"]
        .as_object_mut()
        .unwrap()
        .remove("backfilled");
    broken["page"]["status_indicator"] = Value::Bool(true);
    let mut problems = Vec::new();
    same_shape("", &want, &broken, &mut problems);
    assert_eq!(problems.len(), 2, "{problems:?}");
}

#[test]
fn an_update_delivered_late_is_still_the_first_of_its_incident_updates() {
    let messages = fixture::example();
    for m in messages
        .iter()
        .filter(|m| matches!(m.subject, Subject::Update(_)))
    {
        let b = body(m).json;
        let Subject::Update(i) = m.subject else {
            unreachable!()
        };
        let updates = b["incident"]["incident_updates"].as_array().unwrap();
        assert_eq!(updates.len(), i + 1, "{}", m.key);
        assert_eq!(b["incident"]["status"], updates[0]["status"], "{}", m.key);
        assert_eq!(b["incident"]["updated_at"], updates[0]["updated_at"]);
        let words = updates[0]["body"].as_str().unwrap();
        assert_eq!(words, m.body.trim_end(), "{}", m.key);
    }
}

#[test]
fn reminders_and_reviews_say_so_as_statuspage_does() {
    let mut m = fixture::update();
    m.subject = Subject::Reminder;
    let b = body(&m).json;
    assert_eq!(b["incident"]["scheduled_remind_prior"], true);
    assert_eq!(
        b["incident"]["scheduled_reminded_at"],
        "2026-11-23T15:20:00.000Z"
    );
    let reviews: Vec<_> = fixture::example()
        .into_iter()
        .filter(|m| m.subject == Subject::Review)
        .collect();
    assert!(!reviews.is_empty(), "the example site publishes a review");
    for m in reviews {
        let b = body(&m).json;
        assert_eq!(b["incident"]["status"], "postmortem", "{}", m.key);
        assert!(b["incident"]["postmortem_body"].is_string(), "{}", m.key);
        assert_eq!(b["candor_entry"]["kind"], "reviews");
    }
}

/// The signing test of Standard Webhooks' reference libraries (`sign function works`).
#[test]
fn the_signature_matches_the_standard_webhooks_test_vector() {
    let key = secret_key("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw").unwrap();
    let sig = sign(
        "msg_p5jXN8AQM9LWM0D4loKWxJek",
        1614265330,
        br#"{"test": 2432232314}"#,
        &key,
    );
    assert_eq!(sig, "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=");
    assert_eq!(secret_key("plain secret").unwrap(), b"plain secret");
    assert!(secret_key("whsec_not base64!").is_err());
}

#[test]
fn headers_carry_a_stable_idempotency_key_and_sign_only_with_a_secret() {
    let m = fixture::update();
    let b = body(&m).bytes();
    let h = headers(&m, "partners", &b, None, 1_700_000_000);
    let get =
        |h: &[(String, String)], k: &str| h.iter().find(|(n, _)| n == k).map(|(_, v)| v.clone());
    let id = get(&h, "webhook-id").unwrap();
    assert!(id.starts_with("msg_") && id.len() == 36, "{id}");
    assert_eq!(get(&h, "Idempotency-Key"), Some(id.clone()));
    assert_eq!(get(&h, "webhook-signature"), None);
    // Same entry, same target: the same id on every try, whatever the time.
    let again = headers(&m, "partners", &b, Some(b"k"), 1_700_000_999);
    assert_eq!(get(&again, "webhook-id"), Some(id.clone()));
    let sig = get(&again, "webhook-signature").unwrap();
    assert_eq!(sig, sign(&id, 1_700_000_999, &b, b"k"));
    // Another target or another entry: another id.
    assert_ne!(
        get(&headers(&m, "ops", &b, None, 0), "webhook-id"),
        Some(id.clone())
    );
    let mut other = m.clone();
    other.key.push('x');
    assert_ne!(
        get(&headers(&other, "partners", &b, None, 0), "webhook-id"),
        Some(id)
    );
}

#[test]
fn snapshot() {
    let m = fixture::example()
        .into_iter()
        .find(|m| m.key == "card-payments-failing/update/2026-11-23T15:20:00Z")
        .expect("the example's second update");
    insta::assert_snapshot!(serde_json::to_string_pretty(&body(&m).json).unwrap());
}
