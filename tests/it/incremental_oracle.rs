//! The oracle for `watch`'s memo (issue 12): every kind of edit, applied in turn to a watched
//! site through the library's incremental rebuild, and after each one every output file (the
//! same paths, the same bytes) equals a fresh build's. A memo key that forgets an input ships
//! a stale file in `watch` only; this is where that shows.

use std::collections::HashSet;

use crate::common::TestSite;
use crate::library::{BuildOptions, Dirty, Incremental, build, rebuild};

/// Where the watched site starts: the tracking maintenance (28 November) is still upcoming.
const START: &str = "2026-11-27T12:00:00Z";

/// One edit: what it changes, and the files it wrote or removed (relative to the site), as
/// the watcher would report them.
struct Edit {
    what: &'static str,
    apply: fn(&TestSite, &mut BuildOptions) -> Vec<String>,
    /// Whether the site fails to build after it (and the next edit repairs it).
    breaks: bool,
}

/// Replaces `from` by `to` in the file `rel`, which must contain it (an edit that changes
/// nothing would prove nothing).
fn replace(site: &TestSite, rel: &str, from: &str, to: &str) -> String {
    let text = site.read(rel);
    assert!(text.contains(from), "{rel} has no {from:?}");
    site.write(rel, &text.replacen(from, to, 1));
    rel.to_string()
}

/// An incident file of the busy year: `n` decides its month and whether it is still open.
fn busy(n: usize) -> String {
    let month = 1 + n % 4;
    let resolved = if n.is_multiple_of(2) {
        format!(
            "\n  - {{ at: 2024-0{month}-10T11:00:00Z, status: resolved, author: Aisha Bello, body: Fixed {n}. }}"
        )
    } else {
        String::new()
    };
    format!(
        "title: Busy incident {n}\nimpact: minor\nowner: {{ name: Aisha Bello, role: Head of Delivery Operations }}\n\
         components: [webhooks]\nstarted_at: 2024-0{month}-10T10:00:00Z\nupdates:\n  \
         - {{ at: 2024-0{month}-10T10:05:00Z, status: investigating, author: Aisha Bello, body: Looking at {n}. }}{resolved}\n"
    )
}

const NEW_OUTAGE: &str = "title: Everything is down\nimpact: critical\n\
    owner: { name: Minter Dial, role: Head of Customer Care }\ncomponents: [storefront]\n\
    started_at: 2026-11-27T09:30:00Z\nupdates:\n  \
    - { at: 2026-11-27T09:35:00Z, status: investigating, author: Minter Dial, body: Looking., next_update_by: 2026-11-27T10:05:00Z }\n";

const CARD: &str = "incidents/card-payments-failing.yaml";
const LOGIN: &str = "incidents/login-outage-november.yaml";
const TRACKING: &str = "incidents/tracking-database-upgrade.yaml";
const CONFIG: &str = "candor.yaml";

fn edit(what: &'static str, apply: fn(&TestSite, &mut BuildOptions) -> Vec<String>) -> Edit {
    Edit {
        what,
        apply,
        breaks: false,
    }
}

/// A file of the built-in theme, as shipped.
fn builtin(rel: &str) -> String {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    std::fs::read_to_string(root.join("themes/default").join(rel)).unwrap()
}

fn edits() -> Vec<Edit> {
    vec![
        edit("an incident's title", |s, _| {
            vec![replace(
                s,
                CARD,
                "title: Card payments failing at checkout",
                "title: Card payments declined",
            )]
        }),
        edit(
            "an incident's impact: its badge, on every page that lists it",
            |s, _| vec![replace(s, CARD, "impact: major", "impact: critical")],
        ),
        edit("an update's body", |s, _| {
            vec![replace(s, CARD, "Some good news", "Better news")]
        }),
        edit("a component's state in an update", |s, _| {
            vec![replace(
                s,
                CARD,
                "checkout: partial_outage",
                "checkout: major_outage",
            )]
        }),
        edit("a new update (the usual save in an outage)", |s, _| {
            // Before the one that resolved it: the shipped example has no open incident.
            vec![replace(
                s,
                CARD,
                "  - at: 2026-11-23T16:55:00Z\n",
                "  - at: 2026-11-23T16:40:00Z\n    status: monitoring\n    author: Minter Dial\n    \
                 body: Payments work again.\n  - at: 2026-11-23T16:55:00Z\n",
            )]
        }),
        edit("a promise's time", |s, _| {
            vec![replace(
                s,
                CARD,
                "next_update_by: 2026-11-23T15:50:00Z",
                "next_update_by: 2026-11-23T15:25:00Z",
            )]
        }),
        edit("a component's name in the config", |s, _| {
            vec![replace(
                s,
                CONFIG,
                "name: Search\n",
                "name: Product search\n",
            )]
        }),
        edit("the site's title", |s, _| {
            vec![replace(
                s,
                CONFIG,
                "title: Acme Status",
                "title: Acme Service Status",
            )]
        }),
        edit("a person's role (people:)", |s, _| {
            vec![replace(
                s,
                CONFIG,
                "role: Payments Engineering Lead",
                "role: Head of Payments",
            )]
        }),
        edit("the promise grace", |s, _| {
            vec![replace(s, CONFIG, "grace: 5m", "grace: 30m")]
        }),
        edit("the time zone", |s, _| {
            vec![replace(
                s,
                CONFIG,
                "timezone: Europe/London",
                "timezone: America/New_York",
            )]
        }),
        edit("the number of feed entries", |s, _| {
            vec![replace(
                s,
                CONFIG,
                "promises:\n",
                "feeds: { max_entries: 3 }\npromises:\n",
            )]
        }),
        edit("a WebSub hub and an email signup (notify:)", |s, _| {
            vec![replace(
                s,
                CONFIG,
                "promises:\n",
                "notify:\n  signup: https://acme.example/status-emails\n  targets:\n    - { name: hub, kind: websub, hub: \"https://hub.acme.example/\" }\npromises:\n",
            )]
        }),
        edit("a theme template (history.html)", |s, _| {
            let rel = "themes/default/templates/history.html";
            let page = builtin("templates/history.html");
            assert!(page.contains("<h1>{% if month %}"));
            s.write(
                rel,
                &page.replace("<h1>{% if month %}", "<h1>Past incidents{% if month %}"),
            );
            vec![rel.into()]
        }),
        edit("the theme's own words (i18n/en.ftl)", |s, _| {
            let rel = "themes/default/i18n/en.ftl";
            s.write(
                rel,
                "recent-incidents = Lately\nfull-timeline = Every update\n",
            );
            vec![rel.into()]
        }),
        edit("the site's language", |s, _| {
            vec![replace(s, CONFIG, "language: en-GB", "language: de")]
        }),
        edit("the site's language back", |s, _| {
            vec![replace(s, CONFIG, "language: de", "language: en-GB")]
        }),
        edit("the theme's stylesheet", |s, _| {
            let rel = "themes/default/static/style.css";
            s.write(
                rel,
                &format!("{}\nbody {{ margin: 1px; }}\n", builtin("static/style.css")),
            );
            vec![rel.into()]
        }),
        edit(
            "a new incident that changes the site's indicator",
            |s, _| {
                s.write("incidents/everything-down.yaml", NEW_OUTAGE);
                vec!["incidents/everything-down.yaml".into()]
            },
        ),
        edit("an apology added", |s, _| {
            let text = s.read("incidents/everything-down.yaml");
            s.write(
                "incidents/everything-down.yaml",
                &format!(
                    "{text}apology:\n  author: {{ name: Dana Whitfield, role: Chief Executive }}\n  \
                     published_at: 2026-11-27T11:00:00Z\n  body: We are sorry.\n"
                ),
            );
            vec!["incidents/everything-down.yaml".into()]
        }),
        edit("a postmortem edited", |s, _| {
            let text = s.read(LOGIN);
            let at = text.find("postmortem: |\n").expect("a postmortem") + "postmortem: |\n".len();
            s.write(
                LOGIN,
                &format!("{}  A new first line.\n\n{}", &text[..at], &text[at..]),
            );
            vec![LOGIN.into()]
        }),
        edit("an incident moved to another month", |s, _| {
            vec![replace(
                s,
                "incidents/slow-search-october.yaml",
                "started_at: 2026-10-14T17:50:00Z",
                "started_at: 2026-08-14T17:50:00Z",
            )]
        }),
        edit("a maintenance window moved", |s, _| {
            vec![replace(
                s,
                TRACKING,
                "scheduled_until: 2026-11-28T04:00:00Z",
                "scheduled_until: 2026-11-28T05:00:00Z",
            )]
        }),
        edit("time passing into the maintenance window", |_, o| {
            o.now = "2026-11-28T03:00:00Z".parse().unwrap();
            Vec::new()
        }),
        edit("an incident deleted", |s, _| {
            std::fs::remove_file(s.path("incidents/everything-down.yaml")).unwrap();
            vec!["incidents/everything-down.yaml".into()]
        }),
        edit("a busy year: months split, capped lists, totals", |s, _| {
            (0..120)
                .map(|n| {
                    let rel = format!("incidents/busy-{n}.yaml");
                    s.write(&rel, &busy(n));
                    rel
                })
                .collect()
        }),
        edit(
            "an open incident past the 50 the API lists: capped lists change only their totals",
            |s, _| {
                // Open (odd), and in January, which has no other open one: past the newest 50
                // the API lists, and not before the first incident (the components' start).
                s.write(
                    "incidents/busy-120.yaml",
                    &busy(121).replace("2024-02-", "2024-01-"),
                );
                vec!["incidents/busy-120.yaml".into()]
            },
        ),
        edit("an incident in a split month", |s, _| {
            vec![replace(
                s,
                "incidents/busy-7.yaml",
                "title: Busy incident 7",
                "title: Busy incident seven",
            )]
        }),
        edit("the base URL from the command line", |_, o| {
            o.base_url = Some("https://status.example.net/".into());
            Vec::new()
        }),
        Edit {
            what: "a broken file",
            apply: |s, _| {
                vec![replace(
                    s,
                    "incidents/busy-3.yaml",
                    "impact: minor",
                    "impact: [minor",
                )]
            },
            breaks: true,
        },
        edit("the broken file repaired (as another impact)", |s, _| {
            vec![replace(
                s,
                "incidents/busy-3.yaml",
                "impact: [minor",
                "impact: major",
            )]
        }),
        edit("a day later", |_, o| {
            o.now = "2026-11-29T12:00:00Z".parse().unwrap();
            Vec::new()
        }),
    ]
}

/// The site as `watch` rebuilds it after each edit, against a fresh build of the same files.
#[test]
fn after_every_kind_of_edit_the_watched_site_equals_a_fresh_build() {
    let site = TestSite::example();
    let mut opts = site.options();
    opts.now = START.parse().unwrap();
    let mut state = Incremental::default();
    let first = rebuild(&opts, &mut state, &Dirty::All);
    let mut before = first.output.expect("the example site builds");
    assert_eq!(
        before,
        build(&opts).output.unwrap(),
        "the first watch build"
    );
    for edit in edits() {
        let touched = (edit.apply)(&site, &mut opts);
        let dirty = Dirty::Paths(
            touched
                .iter()
                .map(|rel| site.path(rel))
                .collect::<HashSet<_>>(),
        );
        let watched = rebuild(&opts, &mut state, &dirty);
        let fresh = build(&opts);
        let (watched, fresh) = match (watched.output, fresh.output) {
            (Some(w), Some(f)) if !edit.breaks => (w, f),
            (None, None) if edit.breaks => continue,
            (w, f) => panic!(
                "{}: watched built: {}, fresh built: {}, expected to fail: {}\n{:#?}",
                edit.what,
                w.is_some(),
                f.is_some(),
                edit.breaks,
                fresh
                    .diagnostics
                    .iter()
                    .map(|d| &d.message)
                    .collect::<Vec<_>>()
            ),
        };
        assert!(fresh != before, "{}: the edit changed no output", edit.what);
        let paths = |o: &crate::library::Output| o.files.keys().cloned().collect::<Vec<_>>();
        assert_eq!(
            paths(&watched),
            paths(&fresh),
            "{}: the set of files",
            edit.what
        );
        for (path, bytes) in &fresh.files {
            assert!(
                watched.files[path] == *bytes,
                "{}: {path} differs from a fresh build's",
                edit.what
            );
        }
        before = fresh;
    }
}
