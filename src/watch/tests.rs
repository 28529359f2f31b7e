//! The watch session in-process, with a clock the test moves: a promise passes its time
//! plus grace and the site is rebuilt with no file edited. The session is crate-private and
//! its clock is an option of the library, so this drives it directly rather than the binary
//! (which reads the system's clock, or a fixed `--now`); no test sleeps for the clock.

use std::sync::mpsc;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use jiff::Timestamp;

use super::*;
use crate::diagnostic::MessageFormat;

const CONFIG: &str = "title: Clock Status\nbase_url: https://status.example/\ntimezone: UTC\nlanguage: en-GB\n\
    promises: { grace: 5m }\ncomponents:\n  - { id: checkout, name: Checkout }\n";

/// Open, with a promise of the next update by 10:30.
const INCIDENT: &str = "title: Checkout errors\nimpact: major\nowner: { name: A B, role: SRE }\n\
    components: [checkout]\nstarted_at: 2026-11-20T10:00:00Z\nupdates:\n  - at: 2026-11-20T10:00:00Z\n    \
    status: investigating\n    author: A B\n    body: Looking into it.\n    next_update_by: 2026-11-20T10:30:00Z\n";

fn t(s: &str) -> Timestamp {
    s.parse().unwrap()
}

/// A session on a temp site with `incident`, as of the clock in `now`.
fn session(dir: &Path, incident: &str, now: &Arc<Mutex<Timestamp>>) -> Session {
    std::fs::write(dir.join("candor.yaml"), CONFIG).unwrap();
    std::fs::create_dir(dir.join("incidents")).unwrap();
    std::fs::write(dir.join("incidents/checkout.yaml"), incident).unwrap();
    let read = now.clone();
    let opts = WatchOptions {
        build: BuildOptions {
            paths: SitePaths::new(dir, None),
            now: Timestamp::UNIX_EPOCH,
            strict: false,
            base_url: None,
            fail_on: vec![],
            include_drafts: true,
        },
        now: Now::Clock(Arc::new(move || *read.lock().unwrap())),
        out: dir.join("public"),
        debounce: Duration::from_millis(50),
        poll: false,
        // Only the clock (and the test's nudge) may start a rebuild.
        rescan: Duration::from_secs(3600),
    };
    let console = Console::new(MessageFormat::Short, false, &opts.build.paths);
    Session::new(console, opts).unwrap()
}

fn text(out: &Output, path: &str) -> String {
    String::from_utf8_lossy(out.get(path).unwrap()).into_owned()
}

/// What a session on a site with `incident` builds as of `start`, when its next change
/// is due (`derive::next_change`), and after the clock moves to `moved` with no file edited.
fn across(incident: &str, start: &str, moved: &str) -> (Arc<Output>, Timestamp, Arc<Output>) {
    let dir = tempfile::tempdir().unwrap();
    let now = Arc::new(Mutex::new(t(start)));
    let mut session = session(dir.path(), incident, &now);
    let (built, builds) = mpsc::channel::<Arc<Output>>();
    let mut sink = move |b: Built<'_>| {
        let _ = built.send(b.output.expect("the site builds"));
    };
    session.initial_build(&mut sink);
    let first = builds.try_recv().unwrap();
    let due = session.next_change.unwrap();
    let nudge = session.tx.clone();
    let clock = now.clone();
    let moved = t(moved);
    let driver = std::thread::spawn(move || {
        // Nothing is edited: the clock moves, and says so (the system's clock is waited for
        // with timeouts instead).
        *clock.lock().unwrap() = moved;
        nudge.send(Msg::Clock).unwrap();
        let next = builds.recv_timeout(Duration::from_secs(30));
        nudge.send(Msg::Stop).unwrap();
        next
    });
    session.run(&mut sink).unwrap();
    let rebuilt = driver.join().unwrap().expect("a rebuild with no edit");
    // What the rebuild wrote is what is on disk.
    let on_disk = std::fs::read(dir.path().join("public/index.html")).unwrap();
    assert_eq!(on_disk, rebuilt.get("index.html").unwrap());
    (first, due, rebuilt)
}

#[test]
fn a_promise_passing_its_time_plus_grace_rebuilds_the_site_with_no_edit() {
    let (first, due, rebuilt) = across(INCIDENT, "2026-11-20T10:12:40Z", "2026-11-20T10:36:20Z");
    let page = text(&first, "incidents/checkout/index.html");
    assert!(
        page.contains("10:30 UTC today</time>.</p>"),
        "pending: {page}"
    );
    // "Now" is the clock's, to the minute.
    assert!(text(&first, "index.html").contains("10:12 UTC"));
    // The next change is the promise: 10:30 plus 5 minutes of grace.
    assert_eq!(
        due,
        t("2026-11-20T10:35:00Z") + jiff::SignedDuration::from_nanos(1)
    );
    let page = text(&rebuilt, "incidents/checkout/index.html");
    assert!(page.contains("overdue.</p>"), "late: {page}");
    // The "As of" line and the page's build time are the rebuild's.
    let index = text(&rebuilt, "index.html");
    assert!(index.contains("10:36 UTC"), "{index}");
    assert!(!index.contains("10:12 UTC"), "{index}");
}

#[test]
fn midnight_in_the_sites_zone_rebuilds_the_site_with_no_edit() {
    // Resolved: nothing but the day is left to change.
    let resolved = INCIDENT.replace("next_update_by: 2026-11-20T10:30:00Z", "")
        + "  - { at: 2026-11-20T11:00:00Z, status: resolved, author: A B, body: Fixed. }\n";
    let (first, due, rebuilt) = across(&resolved, "2026-11-20T23:58:10Z", "2026-11-21T00:00:40Z");
    assert_eq!(due, t("2026-11-21T00:00:00Z"));
    assert!(text(&first, "index.html").contains("20 Nov 2026, 23:58 UTC"));
    let index = text(&rebuilt, "index.html");
    assert!(index.contains("21 Nov 2026, 00:00 UTC"), "{index}");
    // The uptime bars end on the new day.
    let today = "title=\"21 Nov 2026: ";
    assert!(!text(&first, "components/checkout/index.html").contains(today));
    let bars = text(&rebuilt, "components/checkout/index.html");
    assert!(bars.contains(today), "{bars}");
}

/// Issue 13: a maintenance window opening and closing with no update changes the page at
/// those moments (`derive::next_change` has them; the page reads the window with the clock).
#[test]
fn a_maintenance_window_opening_and_closing_rebuilds_the_page_with_no_edit() {
    let window = "title: Checkout upgrade\nkind: maintenance\nowner: { name: A B, role: SRE }\n\
        components: [checkout]\nscheduled_for: 2026-11-20T14:00:00Z\n\
        scheduled_until: 2026-11-20T16:00:00Z\nupdates:\n  - at: 2026-11-20T09:00:00Z\n    \
        status: scheduled\n    author: A B\n    body: We will upgrade checkout.\n";
    let page = "incidents/checkout/index.html";
    let (first, due, opened) = across(window, "2026-11-20T13:50:00Z", "2026-11-20T14:00:30Z");
    assert_eq!(
        due,
        t("2026-11-20T14:00:00Z") + jiff::SignedDuration::from_nanos(1)
    );
    assert!(text(&first, page).contains("status-scheduled\">Scheduled<"));
    let open = text(&opened, page);
    assert!(open.contains("Under way as scheduled"), "{open}");
    let (_, due, closed) = across(window, "2026-11-20T15:00:00Z", "2026-11-20T16:00:30Z");
    assert_eq!(
        due,
        t("2026-11-20T16:00:00Z") + jiff::SignedDuration::from_nanos(1)
    );
    let closed = text(&closed, page);
    assert!(closed.contains("Not confirmed complete"), "{closed}");
}
