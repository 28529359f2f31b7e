//! `new`, `update` and `apologize` as a person on call uses them (issue 13): one vocabulary
//! of times and flags, a promise never silently moved to tomorrow, a summary of what
//! customers will see after every edit, and no scaffold text ever published.

use crate::common::TestSite;
use predicates::prelude::*;

/// The minimal flags of `candor new` on the fixture site, stamped at `at`.
fn new_args<'a>(title: &'a str, impact: &'a str, at: &'a str) -> Vec<&'a str> {
    vec![
        "new",
        title,
        "--impact",
        impact,
        "--owner",
        "Mei Tanaka",
        "--role",
        "SRE",
        "--component",
        "checkout",
        "--at",
        at,
    ]
}

/// `args` run with the clock at `now` (what an edit says afterwards is as of now).
fn at_clock(site: &TestSite, args: &[&str], now: &str) -> assert_cmd::assert::Assert {
    let secs = now.parse::<jiff::Timestamp>().unwrap().as_second();
    site.cmd(args)
        .env("SOURCE_DATE_EPOCH", secs.to_string())
        .assert()
}

fn stderr(a: &assert_cmd::assert::Assert) -> String {
    String::from_utf8_lossy(&a.get_output().stderr).into_owned()
}

fn stdout(a: &assert_cmd::assert::Assert) -> String {
    String::from_utf8_lossy(&a.get_output().stdout).into_owned()
}

/// Issue 13: `update --next 14:30` at 14:40 promised tomorrow without a word. A time of day
/// already past today (in the site's zone) is refused by `update` and `new` alike, with both
/// readings; `tomorrow 14:30` says tomorrow.
#[test]
fn a_time_of_day_already_past_is_refused_not_moved_to_tomorrow() {
    let site = TestSite::new("site");
    let before = site.read("incidents/payments-down.yaml");
    let update = |next: &str| {
        site.cmd(&[
            "update",
            "payments-down",
            "--status",
            "monitoring",
            "--body",
            "Fixed, watching.",
            "--at",
            "2026-11-20T14:40:00Z",
            "--next",
            next,
        ])
        .assert()
    };
    let refused = update("14:30").code(2);
    let said = stderr(&refused);
    assert!(
        said.contains("`14:30` is 14:30 GMT today, Fri 20 Nov, which has passed (it is 14:40 GMT)"),
        "{said}"
    );
    assert!(said.contains("--next 'tomorrow 14:30'"), "{said}");
    assert_eq!(site.read("incidents/payments-down.yaml"), before);
    // `new` reads `--next` with the same parser and says the same.
    let mut args = new_args("Search down", "minor", "2026-11-20T14:40:00Z");
    args.extend(["--body", "Down.", "--next", "14:30"]);
    let said_new = stderr(&site.cmd(&args).assert().code(2));
    assert!(
        said_new.contains("which has passed (it is 14:40 GMT)"),
        "{said_new}"
    );
    assert!(!site.path("incidents/search-down.yaml").exists());

    // A promise on a resolving update would be dropped without a word.
    site.cmd(&[
        "update",
        "payments-down",
        "--status",
        "resolved",
        "--body",
        "Fixed.",
        "--at",
        "2026-11-20T14:40:00Z",
        "--next",
        "30m",
    ])
    .assert()
    .code(2)
    .stderr(predicate::str::contains(
        "a resolved update promises no further update",
    ));
    assert_eq!(site.read("incidents/payments-down.yaml"), before);
    update("tomorrow 14:30").success();
    let text = site.read("incidents/payments-down.yaml");
    assert!(
        text.contains("next_update_by: 2026-11-21T14:30:00Z"),
        "{text}"
    );
}

/// `new --next` takes every form `update --next` takes (`30m` was a raw parser error, as
/// minutes were a number); the old bare number of minutes still works for scripts.
#[test]
fn new_next_takes_the_same_forms_as_update_next() {
    let site = TestSite::new("site");
    for (i, (next, promised)) in [
        ("30m", "2026-11-20T10:30:00Z"),
        ("1h30m", "2026-11-20T11:30:00Z"),
        ("45", "2026-11-20T10:45:00Z"),
        ("11:15", "2026-11-20T11:15:00Z"),
        ("tomorrow 09:00", "2026-11-21T09:00:00Z"),
        ("2026-11-20T12:00:00+01:00", "2026-11-20T11:00:00Z"),
    ]
    .into_iter()
    .enumerate()
    {
        let id = format!("n{i}");
        let mut args = new_args("Slow", "minor", "2026-11-20T10:00:00Z");
        args.extend(["--body", "Slow.", "--id", &id, "--next", next]);
        site.cmd(&args).assert().success();
        let text = site.read(&format!("incidents/{id}.yaml"));
        assert!(
            text.contains(&format!("next_update_by: {promised}")),
            "{next}: {text}"
        );
    }
    // Without --next: 30 minutes, or sooner when the site's policy for the impact says so.
    let config = site.read("candor.yaml");
    site.write(
        "candor.yaml",
        &format!("{config}promises:\n  max_gap: {{ critical: 15m, major: 1h }}\n"),
    );
    for (impact, promised) in [("critical", "10:15"), ("major", "10:30")] {
        let mut args = new_args(impact, impact, "2026-11-20T10:00:00Z");
        args.extend(["--body", "x"]);
        site.cmd(&args).assert().success();
        let text = site.read(&format!("incidents/{impact}.yaml"));
        assert!(
            text.contains(&format!("next_update_by: 2026-11-20T{promised}:00Z")),
            "{text}"
        );
    }
    site.write("candor.yaml", &config);
    // `--now`, the older name of `--at`, and `--body-file` and `--author` as `update` has them.
    site.write("body.md", "Checkout is slow.\n");
    let body = site.path("body.md");
    site.cmd(&[
        "new",
        "Slow again",
        "--impact",
        "minor",
        "--owner",
        "Mei Tanaka",
        "--role",
        "SRE",
        "--component",
        "checkout",
        "--now",
        "2026-11-20T10:00:00Z",
        "--body-file",
        body.to_str().unwrap(),
        "--author",
        "Priya Raman",
    ])
    .assert()
    .success();
    let text = site.read("incidents/slow-again.yaml");
    assert!(text.contains("author: \"Priya Raman\""), "{text}");
    assert!(text.contains("Checkout is slow."), "{text}");
    assert!(text.contains("at: 2026-11-20T10:00:00Z"), "{text}");
}

/// Every edit ends with what customers will see and the next step, on stderr, and prints
/// the warnings `check` would give; stdout holds the path alone, for scripts.
#[test]
fn edits_say_what_customers_see_and_print_their_warnings() {
    let site = TestSite::new("site");
    let monitoring = [
        "update",
        "payments-down",
        "--status",
        "monitoring",
        "--body",
        "Fixed, watching.",
        "--at",
        "2026-11-20T10:10:00Z",
        "--component",
        "checkout=operational",
        "--next",
        "3h",
    ];
    let before = site.read("incidents/payments-down.yaml");
    let a = at_clock(&site, &monitoring, "2026-11-20T10:10:30Z").success();
    let path = site.path("incidents/payments-down.yaml");
    assert_eq!(stdout(&a), format!("{}\n", path.display()));
    let said = stderr(&a);
    for line in [
        "Update 3 (Monitoring) saved to incidents/payments-down.yaml.",
        // Every listed component, the states carried forward from earlier updates included.
        "Customers will see: Monitoring; Checkout: Operational, Public API: Degraded performance.",
        "Next update promised by 13:10 GMT today (in 3 h).",
        "Not yet public: push, or run `candor build`.",
        // The policy for a major incident is an update within the hour.
        "warning[promise-too-far]",
    ] {
        assert!(said.contains(line), "{line} missing from:\n{said}");
    }
    // The summary comes last: it ends with the next step.
    assert!(said.trim_end().ends_with("run `candor build`."), "{said}");
    // A promise on another day names it.
    let mut args = new_args("Late night", "minor", "2026-11-20T23:50:00Z");
    args.extend(["--body", "Slow.", "--next", "30m"]);
    let said = stderr(&at_clock(&site, &args, "2026-11-20T23:50:00Z").success());
    assert!(
        said.contains("Next update promised by 00:20 GMT tomorrow, Sat 21 Nov (in 30 min)."),
        "{said}"
    );
    // Backdated, it is said as of now: the promise has passed, and check's warning says so.
    site.write("incidents/payments-down.yaml", &before);
    let said = stderr(&at_clock(&site, &monitoring, "2026-11-23T09:00:00Z").success());
    assert!(
        said.contains("Next update promised by 13:10 GMT on Fri 20 Nov (already passed)."),
        "{said}"
    );
    assert!(said.contains("warning[overdue]"), "{said}");
}

/// Issue 13: `new` wrote "…by the time shown below" and it went out verbatim in SMS and
/// mail. Text `candor` writes for a person to replace is marked, `new` says so, and `check`
/// (so `build`) refuses it until it is replaced; the old scaffold sentence is refused too.
#[test]
fn placeholder_text_never_reaches_customers() {
    let site = TestSite::new("site");
    let a = site
        .cmd(&new_args(
            "Checkout down",
            "critical",
            "2026-11-20T10:00:00Z",
        ))
        .assert()
        .success();
    assert!(
        stderr(&a).contains("Not ready to publish: the text is a placeholder"),
        "{}",
        stderr(&a)
    );
    let text = site.read("incidents/checkout-down.yaml");
    assert!(text.contains("TODO(candor)"), "{text}");
    site.cmd(&[
        "check",
        "--now",
        "2026-11-20T10:05:00Z",
        "--message-format",
        "short",
    ])
    .assert()
    .code(1)
    .stderr(predicate::str::contains(
        "incidents/checkout-down.yaml:15:7: error: placeholder text was never replaced",
    ));
    site.build("public").code(1);
    // Replaced, it builds.
    site.write(
        "incidents/checkout-down.yaml",
        &text.replace(
            &text[text.find("TODO(candor)").unwrap()..]
                .lines()
                .next()
                .unwrap()
                .to_string(),
            "Checkout is down for everyone.",
        ),
    );
    site.cmd(&["check", "--now", "2026-11-20T10:05:00Z"])
        .assert()
        .success();
    // The same marker in a later update, an apology or a review, and the old scaffold.
    let old = "We are investigating reports of a problem and will post our next update by the time shown below.";
    let payments = site.read("incidents/payments-down.yaml");
    for (from, to) in [
        (
            "Card payments are failing for most customers. <b>Not bold</b>.",
            old.to_string(),
        ),
        (
            "We found a bad certificate.",
            "TODO(candor): say more".to_string(),
        ),
    ] {
        site.write("incidents/payments-down.yaml", &payments.replace(from, &to));
        site.cmd(&[
            "check",
            "--now",
            "2026-11-20T10:05:00Z",
            "--message-format",
            "short",
        ])
        .assert()
        .code(1)
        .stderr(predicate::str::contains(
            "placeholder text was never replaced",
        ));
    }
}

/// The first state of each component follows the impact (it was `degraded_performance`
/// whatever the impact), unless `--component id=state` gives it.
#[test]
fn first_component_state_follows_the_impact_unless_given() {
    let site = TestSite::new("site");
    for (impact, state) in [
        ("minor", Some("degraded_performance")),
        ("major", Some("partial_outage")),
        ("critical", Some("major_outage")),
        ("none", None),
    ] {
        let mut args = new_args(impact, impact, "2026-11-20T10:00:00Z");
        args.extend(["--body", "x", "--component", "api=degraded_performance"]);
        site.cmd(&args).assert().success();
        let text = site.read(&format!("incidents/{impact}.yaml"));
        let line = match state {
            Some(s) => format!("components: {{ checkout: {s}, api: degraded_performance }}"),
            None => "components: { api: degraded_performance }".to_string(),
        };
        assert!(text.contains(&line), "{impact}: {text}");
        assert!(text.contains("components: [checkout, api]"), "{text}");
    }
    let mut args = new_args("Bad", "major", "2026-11-20T10:00:00Z");
    args.extend(["--body", "x", "--component", "api=down"]);
    site.cmd(&args)
        .assert()
        .code(1)
        .stderr(predicate::str::contains(
            "--component api: unknown component state `down`",
        ));
}

/// `new --kind maintenance --from … --until …` writes a maintenance as docs/format.md shows
/// one: `kind`, the window (`--until` may be the window's length), a `scheduled` first
/// update, no promise needed, and no `started_at`.
#[test]
fn new_writes_a_maintenance_window() {
    let site = TestSite::new("site");
    let a = at_clock(
        &site,
        &[
            "new",
            "Search upgrade",
            "--kind",
            "maintenance",
            "--owner",
            "Leon Marsh",
            "--role",
            "EM",
            "--component",
            "search",
            "--from",
            "tomorrow 01:00",
            "--until",
            "2h",
            "--at",
            "2026-11-20T10:00:00Z",
            "--body",
            "Search is off during the window.",
        ],
        "2026-11-20T10:00:00Z",
    )
    .success();
    let text = site.read("incidents/search-upgrade.yaml");
    for line in [
        "kind: maintenance",
        "scheduled_for: 2026-11-21T01:00:00Z",
        "scheduled_until: 2026-11-21T03:00:00Z",
        "status: scheduled",
    ] {
        assert!(text.contains(line), "{line}: {text}");
    }
    assert!(
        !text.contains("started_at")
            && !text.contains("impact")
            && !text.contains("next_update_by"),
        "{text}"
    );
    let said = stderr(&a);
    assert!(
        said.contains(
            "The window: from 01:00 GMT tomorrow, Sat 21 Nov to 03:00 GMT tomorrow, Sat 21 Nov."
        ),
        "{said}"
    );
    site.build("public").success();
    // The window is required, and only for a maintenance.
    let base = [
        "new",
        "Later",
        "--owner",
        "L M",
        "--role",
        "EM",
        "--component",
        "search",
        "--body",
        "x",
    ];
    site.cmd(
        &[
            &base[..],
            &["--kind", "maintenance", "--from", "tomorrow 01:00"],
        ]
        .concat(),
    )
    .assert()
    .code(2)
    .stderr(predicate::str::contains("a maintenance needs its window"));
    site.cmd(
        &[
            &base[..],
            &[
                "--impact",
                "minor",
                "--from",
                "tomorrow 01:00",
                "--until",
                "2h",
            ],
        ]
        .concat(),
    )
    .assert()
    .code(2)
    .stderr(predicate::str::contains(
        "--from and --until are for --kind maintenance",
    ));
    site.cmd(
        &[
            &base[..],
            &[
                "--kind",
                "maintenance",
                "--from",
                "12:00",
                "--until",
                "11:00",
                "--at",
                "2026-11-20T10:00:00Z",
            ],
        ]
        .concat(),
    )
    .assert()
    .code(1)
    .stderr(predicate::str::contains(
        "the maintenance window ends before it starts",
    ));
}

const RESOLVED: &str = "# Kept by hand.\r
title: Delayed webhooks\r
impact: major\r
owner: { name: Mei Tanaka, role: SRE On-call }\r
components: [api]\r
started_at: 2026-11-20T08:00:00Z\r
updates:\r
  - at: 2026-11-20T08:10:00Z\r
    status: investigating\r
    author: Mei Tanaka\r
    next_update_by: 2026-11-20T08:40:00Z\r
    body: Webhooks are delayed.\r
  - at: 2026-11-20T08:30:00Z\r
    status: resolved\r
    author: Mei Tanaka\r
    body: |\r
      Webhooks are flowing again.\r
\r
# The review follows.\r
";

/// `apologize` writes the `apology:` block into a resolved incident, byte-preserving like
/// `update` (comments, CRLF line endings): the old bytes are all there, before the block.
#[test]
fn apologize_writes_the_apology_block_and_keeps_every_other_byte() {
    let site = TestSite::new("site");
    site.write("incidents/webhooks.yaml", RESOLVED);
    let a = site
        .cmd(&[
            "apologize", "webhooks", "--author", "Jane Roe", "--role", "Chief Executive",
            "--body", "Webhooks were late. That was our fault; I'm sorry.", "--remedy",
            "offer=A month free; with thanks; eligible=Every API customer; claim_url=https://fixture.example/claim; deadline=2026-12-31",
            "--remedy", "offer=Fees refunded; eligible=All; status=issued; issued_at=2026-11-22",
            "--at", "2026-11-21T10:00:00Z",
        ])
        .assert()
        .success();
    let text = site.read("incidents/webhooks.yaml");
    let block = "apology:\r
  author: { name: \"Jane Roe\", role: \"Chief Executive\" }\r
  published_at: 2026-11-21T10:00:00Z\r
  body: |\r
    Webhooks were late. That was our fault; I'm sorry.\r
  remedy:\r
    - offer: \"A month free; with thanks\"\r
      eligible: \"Every API customer\"\r
      how: claim\r
      claim_url: \"https://fixture.example/claim\"\r
      deadline: \"2026-12-31\"\r
    - offer: \"Fees refunded\"\r
      eligible: \"All\"\r
      how: automatic\r
      status: issued\r
      issued_at: \"2026-11-22\"\r
";
    assert_eq!(text, format!("{RESOLVED}{block}"));
    assert!(
        stderr(&a).contains(
            "Apology signed by Jane Roe saved to incidents/webhooks.yaml, with 2 remedies."
        ),
        "{}",
        stderr(&a)
    );
    site.cmd(&["check", "--now", "2026-11-21T11:00:00Z"])
        .assert()
        .success();
    site.build("public").success();
    assert!(
        site.read("public/incidents/webhooks/apology/index.html")
            .contains("A month free; with thanks")
    );

    // Once only; never into an open incident; every flag judged by the build's rules.
    site.cmd(&[
        "apologize",
        "webhooks",
        "--author",
        "Jane Roe",
        "--body",
        "x",
    ])
    .assert()
    .code(1)
    .stderr(predicate::str::contains("already has an apology"));
    let before = site.read("incidents/payments-down.yaml");
    site.cmd(&[
        "apologize",
        "payments-down",
        "--author",
        "Jane Roe",
        "--body",
        "x",
    ])
    .assert()
    .code(1)
    .stderr(predicate::str::contains("is not resolved yet"))
    .stderr(predicate::str::contains(
        "candor update payments-down --status resolved",
    ));
    assert_eq!(site.read("incidents/payments-down.yaml"), before);
    site.write("incidents/webhooks.yaml", RESOLVED);
    for (remedy, said) in [
        ("ofer=x", "did you mean `offer`?"),
        ("offer=x", "needs at least offer=… and eligible=…"),
        (
            "offer=x; eligible=y; how=clam",
            "--remedy 1 (how): unknown remedy `how` `clam`",
        ),
        (
            "offer=x; eligible=y; claim_url=ftp://x",
            "--remedy 1 (claim_url)",
        ),
    ] {
        site.cmd(&[
            "apologize",
            "webhooks",
            "--author",
            "Jane Roe",
            "--body",
            "x",
            "--remedy",
            remedy,
        ])
        .assert()
        .failure()
        .stderr(predicate::str::contains(said));
        assert_eq!(site.read("incidents/webhooks.yaml"), RESOLVED);
    }
    // No letter given: a placeholder that `check` refuses until it is written.
    site.cmd(&[
        "apologize",
        "webhooks",
        "--author",
        "Jane Roe",
        "--at",
        "2026-11-21T10:00:00Z",
    ])
    .assert()
    .success()
    .stderr(predicate::str::contains("the letter is a placeholder"));
    site.cmd(&["check", "--now", "2026-11-21T11:00:00Z"])
        .assert()
        .code(1)
        .stderr(predicate::str::contains(
            "placeholder text was never replaced",
        ));
}

/// A missing required value is asked for only at a terminal; a script (no terminal, as
/// here) fails as it always did, exit 2, naming the flag, and nothing is written.
#[test]
fn missing_values_fail_without_a_terminal() {
    let site = TestSite::new("site");
    let before = site.read("incidents/payments-down.yaml");
    site.cmd(&["update", "payments-down", "--body", "x"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("--status is required"));
    site.cmd(&["update", "payments-down", "--status", "monitoring"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("the update needs text"));
    assert_eq!(site.read("incidents/payments-down.yaml"), before);
    for (drop, flag) in [
        ("--owner", "--owner"),
        ("--impact", "--impact"),
        ("--component", "--component"),
    ] {
        let mut args = new_args("Gone", "minor", "2026-11-20T10:00:00Z");
        let i = args.iter().position(|a| *a == drop).unwrap();
        args.drain(i..i + 2);
        site.cmd(&args)
            .assert()
            .code(2)
            .stderr(predicate::str::contains(format!("{flag} is required")));
    }
    site.cmd(&["apologize", "old-minor", "--body", "Sorry."])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("--author is required"));
    assert!(!site.path("incidents/gone.yaml").exists());
}

/// Issue 15: `new "Störung im Checkout"` made `st-rung-im-checkout.yaml`, and a title in
/// Japanese or Arabic made `incident.yaml`. The id keeps the title's meaning in every script,
/// and the file it names passes `check`.
#[test]
fn new_makes_a_readable_id_from_a_title_in_any_script() {
    let site = TestSite::new("site");
    for (title, id) in [
        ("Störung im Checkout", "stoerung-im-checkout"),
        ("決済の障害", "jue-ji-no-zhang-hai"),
        ("فشل الدفع", "fshl-ldf"),
    ] {
        let mut args = new_args(title, "minor", "2026-11-20T10:00:00Z");
        args.extend(["--body", "Payments fail.", "--next", "30m"]);
        let a = at_clock(&site, &args, "2026-11-20T10:00:30Z").success();
        let path = site.path(&format!("incidents/{}.yaml", id));
        assert_eq!(stdout(&a), format!("{}\n", path.display()), "{title}");
        assert!(site.read(&format!("incidents/{}.yaml", id)).contains(title));
    }
    site.cmd(&["check", "--now", "2026-11-20T10:01:00Z"])
        .assert()
        .success();
}
