//! `candor notify` (issue 14) through the binary, against real HTTP receivers on 127.0.0.1:
//! a first run takes a baseline and sends nothing old; each later entry goes to each target
//! once, in order; a failing target is reported by name, exits 1, holds back what follows it
//! and gets it on the next run, while the other targets get theirs; a run killed mid-send is
//! repeated honestly; `--dry-run` sends and records nothing.

use crate::common::TestSite;
use crate::common::receiver::Receiver;

const CONFIG: &str = "title: Notify Status\nbase_url: https://status.example/\n\
    timezone: Europe/London\ncomponents:\n  - { id: checkout, name: Checkout }\n  \
    - { id: search, name: Search }\n";

/// The site with `targets` (YAML flow items) and an old, resolved incident.
fn site(targets: &[&str]) -> TestSite {
    let site = TestSite {
        dir: tempfile::TempDir::new().unwrap(),
    };
    let targets: String = targets.iter().map(|t| format!("    - {t}\n")).collect();
    site.write(
        "candor.yaml",
        &format!(
            "{CONFIG}notify:\n  ledger: state/ledger.jsonl\n  retry: {{ attempts: 2, backoff: 1s }}\n  targets:\n{targets}"
        ),
    );
    site.write(
        "incidents/2026-10-01-old.yaml",
        &incident("Old outage", "checkout", "2026-10-01T08", 2),
    );
    site
}

/// An incident on `component` with `n` updates an hour apart from `start` (`…T08`), the
/// last resolving it when `n` > 1.
fn incident(title: &str, component: &str, start: &str, n: usize) -> String {
    let mut s = format!(
        "title: {title}\nimpact: major\nowner: {{ name: Mei Tanaka, role: SRE }}\n\
         components: [{component}]\nstarted_at: {start}:00:00Z\nupdates:\n"
    );
    let hour: u32 = start[11..13].parse().unwrap();
    for i in 0..n {
        let status = match i {
            _ if i + 1 == n && n > 1 => "resolved",
            0 => "investigating",
            _ => "identified",
        };
        s.push_str(&format!(
            "  - at: {}T{:02}:00:00Z\n    status: {status}\n    author: Mei Tanaka\n    body: Update {} of {title}.\n",
            &start[..10],
            hour + i as u32,
            i + 1
        ));
    }
    s
}

/// The first run (the baseline) on 1 Nov, then a new incident on checkout with `n` updates
/// an hour apart from 08:00 on 30 Nov.
fn baseline_then_incident(site: &TestSite, env: &[(&str, &str)], n: usize) {
    let (ok, _, err) = notify(site, "2026-11-01T00:00:00Z", env);
    assert!(ok, "{err}");
    site.write(
        "incidents/2026-11-30-new.yaml",
        &incident("Checkout failing", "checkout", "2026-11-30T08", n),
    );
}

fn notify(site: &TestSite, now: &str, env: &[(&str, &str)]) -> (bool, String, String) {
    let mut cmd = site.cmd(&["notify", "--now", now]);
    for (k, v) in env {
        cmd.env(k, v);
    }
    let out = cmd.output().unwrap();
    (
        out.status.success(),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn a_first_run_sends_nothing_old_and_later_runs_send_each_new_entry_once() {
    let hook = Receiver::start();
    let site = site(&["{ name: partners, kind: webhook, url_env: PARTNER_HOOK }"]);
    let env = [("PARTNER_HOOK", hook.url.as_str())];
    let (ok, _, err) = notify(&site, "2026-11-01T00:00:00Z", &env);
    assert!(ok, "{err}");
    assert!(err.contains("partners: first run: 2 entries"), "{err}");
    assert_eq!(hook.received().len(), 0);

    site.write(
        "incidents/2026-11-30-new.yaml",
        &incident("Checkout failing", "checkout", "2026-11-30T08", 3),
    );
    let (ok, _, err) = notify(&site, "2026-11-30T09:30:00Z", &env);
    assert!(ok, "{err}");
    assert_eq!(hook.received().len(), 2, "{err}");
    assert!(
        err.contains("sent Investigating: Checkout failing"),
        "{err}"
    );
    // Nothing twice; the third update is sent once its time has come.
    let (ok, _, err) = notify(&site, "2026-11-30T09:30:00Z", &env);
    assert!(ok && err.contains("nothing new"), "{err}");
    let (ok, _, err) = notify(&site, "2026-11-30T11:00:00Z", &env);
    assert!(ok, "{err}");
    assert_eq!(hook.received().len(), 3, "{err}");
}

#[test]
fn a_failing_target_is_named_exits_1_and_gets_everything_next_run_in_order() {
    let (good, bad) = (Receiver::start(), Receiver::start());
    let site = site(&[
        "{ name: good, kind: webhook, url_env: GOOD_HOOK }",
        "{ name: flaky, kind: webhook, url_env: BAD_HOOK }",
    ]);
    let env = [
        ("GOOD_HOOK", good.url.as_str()),
        ("BAD_HOOK", bad.url.as_str()),
    ];
    baseline_then_incident(&site, &env, 2);
    // Two tries, both refused with a 503: the first entry fails, the second waits behind it.
    bad.answer(&[503, 503]);
    let (ok, _, err) = notify(&site, "2026-11-30T09:30:00Z", &env);
    assert!(!ok, "{err}");
    assert!(err.contains("error: flaky: could not send"), "{err}");
    assert!(
        err.contains("503") && err.contains("1 entry after it wait"),
        "{err}"
    );
    assert!(err.contains("trying again in"), "{err}");
    assert_eq!((good.received().len(), bad.received().len()), (2, 0));
    let (ok, _, err) = notify(&site, "2026-11-30T09:30:00Z", &env);
    assert!(ok, "{err}");
    assert_eq!(
        (good.received().len(), bad.received().len()),
        (2, 2),
        "{err}"
    );
    // A refusal is not a send that may have arrived: no warning of a copy.
    assert!(
        !err.contains("killed run") && !err.contains("warning"),
        "{err}"
    );
}

#[test]
fn a_target_whose_secret_is_not_set_fails_alone() {
    let good = Receiver::start();
    let site = site(&[
        "{ name: good, kind: webhook, url_env: GOOD_HOOK }",
        "{ name: unset, kind: webhook, url_env: UNSET_HOOK }",
    ]);
    let env = [("GOOD_HOOK", good.url.as_str())];
    baseline_then_incident(&site, &env, 1);
    let (ok, _, err) = notify(&site, "2026-11-30T09:30:00Z", &env);
    assert!(!ok);
    assert!(err.contains("unset: $UNSET_HOOK is not set"), "{err}");
    assert_eq!(good.received().len(), 1);
}

#[test]
fn components_choose_the_targets_an_entry_goes_to() {
    let (all, search) = (Receiver::start(), Receiver::start());
    let site = site(&[
        "{ name: all, kind: webhook, url_env: ALL_HOOK }",
        "{ name: search-team, kind: webhook, url_env: SEARCH_HOOK, components: [search] }",
    ]);
    let env = [
        ("ALL_HOOK", all.url.as_str()),
        ("SEARCH_HOOK", search.url.as_str()),
    ];
    baseline_then_incident(&site, &env, 1);
    site.write(
        "incidents/2026-11-30-search.yaml",
        &incident("Search slow", "search", "2026-11-30T08", 1),
    );
    assert!(notify(&site, "2026-11-30T09:30:00Z", &env).0);
    assert_eq!((all.received().len(), search.received().len()), (2, 1));
    // Widening a target later does not send it the history it was not meant for.
    let config = site
        .read("candor.yaml")
        .replace("components: [search]", "components: [search, checkout]");
    site.write("candor.yaml", &config);
    let (ok, _, err) = notify(&site, "2026-11-30T09:30:00Z", &env);
    assert!(ok && err.contains("nothing new"), "{err}");
    assert_eq!(search.received().len(), 1);
    site.write(
        "incidents/2026-11-30-new2.yaml",
        &incident("Checkout failing again", "checkout", "2026-11-30T09", 1),
    );
    assert!(notify(&site, "2026-11-30T09:30:00Z", &env).0);
    assert_eq!((all.received().len(), search.received().len()), (3, 2));
}

#[test]
fn a_dry_run_sends_and_records_nothing() {
    let hook = Receiver::start();
    let site = site(&["{ name: partners, kind: webhook, url_env: PARTNER_HOOK }"]);
    let env = [("PARTNER_HOOK", hook.url.as_str())];
    baseline_then_incident(&site, &env, 1);
    let ledger = site.read("state/ledger.jsonl");
    let out = site
        .cmd(&["notify", "--dry-run", "--now", "2026-11-30T09:30:00Z"])
        .output()
        .unwrap();
    assert!(out.status.success());
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        stdout.contains("would send 2026-11-30-new/update/2026-11-30T08:00:00Z to partners"),
        "{stdout}"
    );
    // The address is a secret: a preview names its variable, never its value.
    assert!(
        stdout.contains("POST $PARTNER_HOOK") && !stdout.contains(&hook.url),
        "{stdout}"
    );
    assert_eq!(hook.received().len(), 0);
    assert_eq!(site.read("state/ledger.jsonl"), ledger);
}

#[test]
fn a_send_a_killed_run_began_is_made_again_and_said_so() {
    let hook = Receiver::start();
    let site = site(&["{ name: partners, kind: webhook, url_env: PARTNER_HOOK }"]);
    let env = [("PARTNER_HOOK", hook.url.as_str())];
    baseline_then_incident(&site, &env, 1);
    // What a run killed between "sending" and "sent" leaves, torn last line and all.
    let mut ledger = site.read("state/ledger.jsonl");
    ledger.push_str("{\"target\":\"partners\",\"entry\":\"2026-11-30-new/update/2026-11-30T08:00:00Z\",\"state\":\"sending\",\"at\":\"2026-11-30T09:00:00Z\"}\n{\"target\":\"part");
    site.write("state/ledger.jsonl", &ledger);
    let (ok, _, err) = notify(&site, "2026-11-30T09:30:00Z", &env);
    assert!(ok, "{err}");
    assert_eq!(hook.received().len(), 1);
    assert!(err.contains("a killed run had begun this send"), "{err}");
}

#[test]
fn no_targets_or_an_unknown_target_is_a_usage_error() {
    let site = site(&["{ name: partners, kind: webhook, url_env: PARTNER_HOOK }"]);
    let out = site
        .cmd(&[
            "notify",
            "--target",
            "partner",
            "--now",
            "2026-11-01T00:00:00Z",
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("no target named `partner`") && err.contains("partners"),
        "{err}"
    );
}

#[test]
fn a_first_run_cut_short_takes_its_baseline_again_and_sends_nothing_old() {
    // A kill during a long history's baseline (Linux ends a large write early on SIGKILL),
    // or a full disk, leaves only the first lines of it: whichever lines survive, the next
    // run must not take the old entries for new ones and send them.
    let hook = Receiver::start();
    let site = site(&["{ name: partners, kind: webhook, url_env: PARTNER_HOOK }"]);
    let env = [("PARTNER_HOOK", hook.url.as_str())];
    assert!(notify(&site, "2026-11-01T00:00:00Z", &env).0);
    let whole = site.read("state/ledger.jsonl");
    // Each whole line kept, and each line cut in its middle.
    let mut cuts = vec![0];
    for (i, _) in whole.match_indices('\n') {
        let start = cuts.last().copied().unwrap_or(0);
        cuts.push((start + i) / 2);
        cuts.push(i + 1);
    }
    assert!(cuts.len() >= 5, "{whole}");
    for kept in cuts {
        site.write("state/ledger.jsonl", &whole[..kept]);
        let (ok, _, err) = notify(&site, "2026-11-02T00:00:00Z", &env);
        assert!(ok, "{err}");
        assert_eq!(hook.received().len(), 0, "{kept} bytes kept: {err}");
    }
}

#[test]
fn a_dry_run_reads_past_a_torn_last_line() {
    // A torn last line is what a killed run leaves; the next real run cuts it off, so a
    // dry run in between must read past it, not call the ledger unreadable.
    let hook = Receiver::start();
    let site = site(&["{ name: partners, kind: webhook, url_env: PARTNER_HOOK }"]);
    let env = [("PARTNER_HOOK", hook.url.as_str())];
    assert!(notify(&site, "2026-11-01T00:00:00Z", &env).0);
    site.write(
        "incidents/2026-11-30-new.yaml",
        &incident("Checkout failing", "checkout", "2026-11-30T08", 1),
    );
    let torn = format!("{}{{\"target\":\"part", site.read("state/ledger.jsonl"));
    site.write("state/ledger.jsonl", &torn);
    let out = site
        .cmd(&["notify", "--dry-run", "--now", "2026-11-30T09:30:00Z"])
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{err}");
    assert!(
        String::from_utf8_lossy(&out.stdout).contains("would send 2026-11-30-new/update/"),
        "{err}"
    );
    assert_eq!(site.read("state/ledger.jsonl"), torn);
}

#[test]
fn files_unchanged_since_the_last_run_are_not_read_again() {
    let hook = Receiver::start();
    let site = site(&["{ name: partners, kind: webhook, url_env: PARTNER_HOOK }"]);
    for d in 1..=9 {
        site.write(
            &format!("incidents/2026-10-0{d}-old.yaml"),
            &incident("Old outage", "checkout", &format!("2026-10-0{d}T08"), 2),
        );
    }
    let env = [("PARTNER_HOOK", hook.url.as_str())];
    let (ok, _, err) = notify(&site, "2026-11-01T00:00:00Z", &env);
    assert!(ok && err.contains("read 9 incident files"), "{err}");
    site.write(
        "incidents/2026-11-30-new.yaml",
        &incident("Checkout failing", "checkout", "2026-11-30T08", 2),
    );
    let (ok, _, err) = notify(&site, "2026-11-30T08:30:00Z", &env);
    assert!(ok && err.contains("read 1 of 10 incident files"), "{err}");
    assert_eq!(hook.received().len(), 1);
    // The open incident is read again (it shapes the page's status), and its second update,
    // due by now, is sent; the old files still are not read.
    let (ok, _, err) = notify(&site, "2026-11-30T10:00:00Z", &env);
    assert!(ok && err.contains("read 1 of 10 incident files"), "{err}");
    assert_eq!(hook.received().len(), 2);
    // An edit to an old file is seen.
    site.write(
        "incidents/2026-10-01-old.yaml",
        &incident("Old outage", "checkout", "2026-10-01T08", 3),
    );
    let (ok, _, err) = notify(&site, "2026-11-30T10:00:00Z", &env);
    assert!(ok && err.contains("read 1 of 10 incident files"), "{err}");
    assert_eq!(hook.received().len(), 3, "{err}");
}

#[test]
fn a_websub_hub_is_told_which_feeds_changed() {
    let hub = Receiver::start();
    let target = format!("{{ name: feeds, kind: websub, hub: '{}' }}", hub.url);
    let site = site(&[&target]);
    assert!(notify(&site, "2026-11-01T00:00:00Z", &[]).0);
    site.write(
        "incidents/2026-11-30-search.yaml",
        &incident("Search slow", "search", "2026-11-30T08", 1),
    );
    let (ok, _, err) = notify(&site, "2026-11-30T09:30:00Z", &[]);
    assert!(ok, "{err}");
    let topics: Vec<String> = hub
        .received()
        .iter()
        .map(|r| {
            assert_eq!(
                r.header("content-type"),
                Some("application/x-www-form-urlencoded")
            );
            let body = String::from_utf8(r.body.clone()).unwrap();
            assert!(body.starts_with("hub.mode=publish&hub.url="), "{body}");
            body["hub.mode=publish&hub.url=".len()..]
                .replace("%3A", ":")
                .replace("%2F", "/")
        })
        .collect();
    assert_eq!(
        topics,
        [
            "https://status.example/feed.atom",
            "https://status.example/feed.rss",
            "https://status.example/history.atom",
            "https://status.example/history.rss",
            "https://status.example/components/search/feed.atom",
            "https://status.example/components/search/feed.rss",
        ]
    );
}

/// A site with one target of every webhook kind, each on its own path of one receiver.
fn every_hook(hook: &Receiver) -> (TestSite, Vec<(String, String)>) {
    let kinds = ["slack", "teams", "discord", "google-chat", "webhook"];
    let targets: Vec<String> = kinds
        .iter()
        .map(|k| {
            let var = format!("{}_URL", k.to_uppercase().replace('-', "_"));
            let secret = match *k {
                "webhook" => ", secret_env: HOOK_SECRET",
                _ => "",
            };
            format!("{{ name: {k}, kind: {k}, url_env: {var}{secret} }}")
        })
        .collect();
    let refs: Vec<&str> = targets.iter().map(String::as_str).collect();
    let site = site(&refs);
    let mut env: Vec<(String, String)> = kinds
        .iter()
        .map(|k| {
            let var = format!("{}_URL", k.to_uppercase().replace('-', "_"));
            (var, format!("{}/{k}?key=secret-in-the-address", hook.url))
        })
        .collect();
    env.push((
        "HOOK_SECRET".into(),
        "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw".into(),
    ));
    (site, env)
}

#[test]
fn every_channel_gets_the_update_s_words_its_signer_and_the_link() {
    let hook = Receiver::start();
    let (site, env) = every_hook(&hook);
    let env: Vec<(&str, &str)> = env.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
    baseline_then_incident(&site, &env, 1);
    let (ok, _, err) = notify(&site, "2026-11-30T08:30:00Z", &env);
    assert!(ok, "{err}");
    let got = hook.received();
    assert_eq!(got.len(), 5, "{err}");
    for r in &got {
        assert_eq!(r.method, "POST");
        let text = String::from_utf8(r.body.clone()).unwrap();
        let path = r.target.split('?').next().unwrap();
        for needle in [
            "Update 1 of Checkout failing",
            "Mei Tanaka",
            "2026-11-30-new",
        ] {
            assert!(text.contains(needle), "{path}: no {needle:?} in {text}");
        }
        // The address's own query is kept (it is how Google Chat authenticates).
        assert!(
            r.target.contains("key=secret-in-the-address"),
            "{}",
            r.target
        );
        let json = r.json();
        match path {
            "/hook/google-chat" => {
                assert!(
                    r.target.contains("threadKey=2026-11-30-new"),
                    "{}",
                    r.target
                );
            }
            "/hook/discord" => assert_eq!(json["allowed_mentions"]["parse"], serde_json::json!([])),
            "/hook/webhook" => {
                assert_eq!(json["incident"]["name"], "Checkout failing");
                assert_eq!(
                    json["incident"]["incident_updates"][0]["status"],
                    "investigating"
                );
                assert_eq!(r.header("idempotency-key"), r.header("webhook-id"));
                assert_signed(r, b"whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw");
            }
            _ => {}
        }
    }
}

/// The Standard Webhooks signature, computed here from the spec, not by candor's code.
fn assert_signed(r: &crate::common::receiver::Received, secret: &[u8]) {
    use base64::Engine;
    use hmac::Mac;
    let b64 = base64::engine::general_purpose::STANDARD;
    let key = b64.decode(&secret[b"whsec_".len()..]).unwrap();
    let mut mac = hmac::Hmac::<sha2::Sha256>::new_from_slice(&key).unwrap();
    let (id, ts) = (
        r.header("webhook-id").unwrap(),
        r.header("webhook-timestamp").unwrap(),
    );
    mac.update(format!("{id}.{ts}.").as_bytes());
    mac.update(&r.body);
    let expected = format!("v1,{}", b64.encode(mac.finalize().into_bytes()));
    assert_eq!(r.header("webhook-signature"), Some(expected.as_str()));
}

#[test]
fn test_sends_one_plain_test_message_and_records_nothing() {
    let hook = Receiver::start();
    let site = site(&["{ name: ops, kind: slack, url_env: OPS_HOOK }"]);
    let out = site
        .cmd(&["notify", "--test", "ops", "--now", "2026-11-30T09:30:00Z"])
        .env("OPS_HOOK", &hook.url)
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        out.status.success() && err.contains("sent a test message to ops"),
        "{err}"
    );
    let got = hook.received();
    assert_eq!(got.len(), 1);
    let text = String::from_utf8_lossy(&got[0].body);
    assert!(
        text.contains("Test message from Notify Status") && text.contains("candor notify --test"),
        "{text}"
    );
    assert!(
        !site.path("state/ledger.jsonl").exists() || site.read("state/ledger.jsonl").is_empty()
    );
}

#[test]
fn a_site_with_errors_sends_nothing() {
    let hook = Receiver::start();
    let site = site(&["{ name: partners, kind: webhook, url_env: PARTNER_HOOK }"]);
    let env = [("PARTNER_HOOK", hook.url.as_str())];
    assert!(notify(&site, "2026-11-01T00:00:00Z", &env).0);
    let broken = incident("Checkout failing", "checkout", "2026-11-30T08", 1)
        .replace("status: investigating", "status: investigatin");
    site.write("incidents/2026-11-30-new.yaml", &broken);
    let out = site
        .cmd(&["notify", "--now", "2026-11-30T09:30:00Z"])
        .env("PARTNER_HOOK", &hook.url)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("investigatin"), "{err}");
    assert_eq!(hook.received().len(), 0);
}

#[test]
fn a_chat_send_several_killed_runs_began_counts_every_copy_it_may_have_made() {
    // Each killed run may have delivered its copy before it died: after two of them, a chat
    // channel (which cannot drop a copy) may have the message three times, not two.
    let hook = Receiver::start();
    let site = site(&["{ name: ops, kind: slack, url_env: OPS_SLACK }"]);
    let env = [("OPS_SLACK", hook.url.as_str())];
    assert!(notify(&site, "2026-11-01T00:00:00Z", &env).0);
    site.write(
        "incidents/2026-11-30-new.yaml",
        &incident("Checkout failing", "checkout", "2026-11-30T08", 1),
    );
    let sending = "{\"target\":\"ops\",\"entry\":\"2026-11-30-new/update/2026-11-30T08:00:00Z\",\
                   \"state\":\"sending\",\"at\":\"2026-11-30T09:00:00Z\"}\n";
    let ledger = format!("{}{sending}{sending}", site.read("state/ledger.jsonl"));
    site.write("state/ledger.jsonl", &ledger);
    let (ok, _, err) = notify(&site, "2026-11-30T09:30:00Z", &env);
    assert!(ok, "{err}");
    assert_eq!(hook.received().len(), 1);
    assert!(
        err.contains("2 killed runs had begun this send")
            && err.contains("may have been delivered up to 3 times"),
        "{err}"
    );
}
