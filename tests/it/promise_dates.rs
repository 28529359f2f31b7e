//! A promise names its day whenever it is not today in the site's zone, on every channel
//! (issue 13, "A promise without its date"): across midnight, across a week, across a change
//! of clocks, and eight days late, in the incident page, the index, the embed, the email, SMS,
//! social and Slack text, the feeds (full dates) and the API (ISO times, unchanged).

use crate::common::TestSite;

/// The fixture site with one open incident only: an update at `at` promising the next by
/// `next`, built as of `now` into `out/`.
fn site(at: &str, next: &str, now: &str) -> TestSite {
    let site = TestSite::new("site");
    for f in ["db-upgrade", "old-minor", "payments-down", "search-slow"] {
        std::fs::remove_file(site.path(&format!("incidents/{f}.yaml"))).unwrap();
    }
    site.write(
        "incidents/promise.yaml",
        &format!(
            "title: Logins failing\nimpact: major\n\
             owner: {{ name: Minter Dial, role: Head of Customer Care }}\n\
             components: [api]\nstarted_at: {at}\nupdates:\n  - at: {at}\n    \
             status: investigating\n    author: Priya Raman\n    \
             components: {{ api: major_outage }}\n    next_update_by: {next}\n    \
             body: Logins are failing.\n"
        ),
    );
    site.cmd(&["build", "--now", now, "--out"])
        .arg(site.path("out"))
        .assert()
        .success();
    site
}

/// What `announce promise --format <format> --now <now>` prints.
fn announce(site: &TestSite, format: &str, now: &str) -> String {
    let out = site
        .cmd(&["announce", "promise", "--format", format, "--now", now])
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    String::from_utf8(out).unwrap()
}

/// Every channel's text says `when` (the time, its zone and its day) for the promise due at
/// `iso` (as the site's offset writes it); the feeds carry `full`, the API the ISO time.
fn every_channel_says(site: &TestSite, now: &str, iso: &str, when: &str, full: &str) {
    let (time, day) = when.split_at(9);
    let page_text = format!("{time}</time> <span class=\"day\">{}</span>", day.trim());
    for page in ["out/index.html", "out/incidents/promise/index.html"] {
        let html = site.read(page);
        assert!(html.contains(&page_text), "{page}: {page_text}\n{html}");
        assert!(html.contains(&format!("datetime=\"{iso}\"")), "{page}");
    }
    let incident = site.read("out/incidents/promise/index.html");
    let promised = format!("Next update promised by <time datetime=\"{iso}\">{when}</time>");
    assert!(incident.contains(&promised), "{promised}\n{incident}");
    // The embed says it in the page's words (blocks.html's `promise`).
    let embed = site.read("out/embed.html");
    assert!(embed.contains(&page_text), "{page_text}\n{embed}");
    for format in ["email", "sms", "social"] {
        let text = announce(site, format, now);
        assert!(
            text.contains(&format!("Next update by {when}.")),
            "{format}: {when}\n{text}"
        );
    }
    let slack = announce(site, "slack", now);
    assert!(
        slack.contains(&format!("*Next update by {when}*")),
        "{slack}"
    );
    for feed in ["out/feed.atom", "out/feed.rss", "out/feed.json"] {
        let text = site.read(feed);
        assert!(
            text.contains(&format!("Next update by {full}.")),
            "{feed}: {full}"
        );
    }
    let api = site.read("out/api/v2/incidents.json");
    let iso_ms = format!(
        "\"candor_next_update_by\": \"{}.000{}\"",
        &iso[..19],
        &iso[19..]
    );
    assert!(api.contains(&iso_ms), "{iso_ms}\n{api}");
}

#[test]
fn a_promise_across_midnight_says_tomorrow() {
    let now = "2026-12-01T23:45:00Z";
    let site = site("2026-12-01T23:40:00Z", "2026-12-02T00:10:00Z", now);
    every_channel_says(
        &site,
        now,
        "2026-12-02T00:10:00+00:00",
        "00:10 GMT tomorrow, Wed 2 Dec",
        "2 Dec 2026, 00:10 GMT",
    );
}

#[test]
fn a_promise_today_says_today() {
    let now = "2026-12-01T09:05:00Z";
    let site = site("2026-12-01T09:00:00Z", "2026-12-01T09:30:00Z", now);
    every_channel_says(
        &site,
        now,
        "2026-12-01T09:30:00+00:00",
        "09:30 GMT today",
        "1 Dec 2026, 09:30 GMT",
    );
}

#[test]
fn a_promise_within_a_week_names_the_weekday_and_beyond_it_the_full_date() {
    let now = "2026-12-01T10:05:00Z";
    let site_ = site("2026-12-01T10:00:00Z", "2026-12-07T14:30:00Z", now);
    every_channel_says(
        &site_,
        now,
        "2026-12-07T14:30:00+00:00",
        "14:30 GMT on Mon 7 Dec",
        "7 Dec 2026, 14:30 GMT",
    );
    let site_ = site("2026-12-01T10:00:00Z", "2026-12-08T14:30:00Z", now);
    every_channel_says(
        &site_,
        now,
        "2026-12-08T14:30:00+00:00",
        "14:30 GMT on Tue, 8 Dec 2026",
        "8 Dec 2026, 14:30 GMT",
    );
}

/// Europe/London goes back from BST to GMT at 02:00 BST on Sun 25 Oct 2026: a promise made on
/// the Saturday (in BST) for the Sunday afternoon shows GMT, the zone in force then.
#[test]
fn a_promise_across_a_change_of_clocks_shows_the_zone_in_force_at_its_time() {
    let now = "2026-10-24T12:05:00Z";
    let site = site("2026-10-24T12:00:00Z", "2026-10-25T14:30:00Z", now);
    every_channel_says(
        &site,
        now,
        "2026-10-25T14:30:00+00:00",
        "14:30 GMT tomorrow, Sun 25 Oct",
        "25 Oct 2026, 14:30 GMT",
    );
    // The update itself, and "now", were in summer time.
    let page = site.read("out/incidents/promise/index.html");
    assert!(page.contains("24 Oct 2026, 13:00 BST"), "{page}");
    let email = announce(&site, "email", now);
    assert!(email.contains("24 Oct 2026, 13:00 BST"), "{email}");
}

/// Eight days late: in days and hours, and the promise with its date.
#[test]
fn a_promise_eight_days_late_says_days_and_hours_and_its_date() {
    let now = "2026-12-01T14:10:00Z";
    let site = site("2026-11-23T16:00:00Z", "2026-11-23T16:30:00Z", now);
    let notice = "This update is 7 days 21 h late. We promised it by \
                  <time datetime=\"2026-11-23T16:30:00+00:00\">16:30 GMT</time> \
                  <span class=\"day\">on Mon, 23 Nov 2026</span> — Priya Raman.";
    for page in ["out/index.html", "out/incidents/promise/index.html"] {
        let html = site.read(page);
        assert!(html.contains(notice), "{page}\n{html}");
        assert!(!html.contains("189 h"), "{page}");
    }
    let incident = site.read("out/incidents/promise/index.html");
    assert!(
        incident.contains("16:30 GMT on Mon, 23 Nov 2026</time>: now 7 days 21 h overdue."),
        "{incident}"
    );
    assert!(
        incident.contains("it is 7 days 21 h overdue so far"),
        "{incident}"
    );
    let embed = site.read("out/embed.html");
    assert!(embed.contains(notice), "{embed}");
    for format in ["email", "sms", "social"] {
        let text = announce(&site, format, now);
        assert!(
            text.contains("Next update by 16:30 GMT on Mon, 23 Nov 2026."),
            "{format}\n{text}"
        );
    }
    // The update that finally comes says in the feeds how late it came, and against which date.
    let file = site.read("incidents/promise.yaml");
    site.write(
        "incidents/promise.yaml",
        &(file
            + "  - at: 2026-12-01T14:10:00Z\n    status: identified\n    author: Priya Raman\n    \
               next_update_by: 2026-12-01T15:00:00Z\n    body: Found it.\n"),
    );
    site.cmd(&["build", "--now", now, "--out"])
        .arg(site.path("out"))
        .assert()
        .success();
    for feed in ["out/feed.atom", "out/feed.rss", "out/feed.json"] {
        let text = site.read(feed);
        assert!(
            text.contains(
                "This update came 7 days 21 h late: we promised it by 23 Nov 2026, 16:30 GMT."
            ),
            "{feed}\n{text}"
        );
    }
    let slack = announce(&site, "slack", now);
    assert!(
        slack.contains("*Next update by 15:00 GMT today*"),
        "{slack}"
    );
}

/// The text of the first promise block (blocks.html's `promise`) in `html`.
fn promise_text(html: &str) -> &str {
    let start = html
        .find("<span class=\"promise-text\">")
        .expect("a promise");
    let end = start + html[start..].find("</p>").expect("the promise's end");
    &html[start..end]
}

#[test]
fn the_embed_says_a_promise_as_the_status_page_does() {
    // Overdue by 25 minutes, then still to come: the status and the words are the page's.
    for (now, words) in [
        ("2026-11-23T16:55:00Z", "This update is 25 minutes late."),
        ("2026-11-23T16:05:00Z", "in 25 minutes"),
    ] {
        let site = site("2026-11-23T16:00:00Z", "2026-11-23T16:30:00Z", now);
        let (page, embed) = (site.read("out/index.html"), site.read("out/embed.html"));
        assert!(promise_text(&page).contains(words), "{page}");
        assert_eq!(promise_text(&embed), promise_text(&page), "{now}");
        assert!(
            embed.contains("Logins failing</a> — Investigating"),
            "{embed}"
        );
    }
}
