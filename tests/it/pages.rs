//! Snapshots of the rendered pages of the fixture site, so any change to what customers read
//! is seen in review; and the page facts the issue names, asserted directly.

use crate::common::TestSite;
use crate::library;

#[test]
fn pages_snapshot() {
    let site = TestSite::built();
    for page in [
        "index.html",
        "incidents/payments-down/index.html",
        "incidents/search-slow-2026/index.html",
        "incidents/search-slow-2026/apology/index.html",
        "incidents/db-upgrade/index.html",
        "history/index.html",
        "history/2025/index.html",
        "embed.html",
        "404.html",
    ] {
        // The stylesheet's name carries a hash of the CSS; a change of style alone is not a
        // change of what customers read.
        insta::with_settings!({filters => vec![(r"style\.[0-9a-f]{8}\.css", "style.[hash].css")]}, {
            insta::assert_snapshot!(
                page.replace('/', "__"),
                site.read(&format!("public/{page}"))
            );
        });
    }
}

#[test]
fn index_shows_what_a_customer_needs_first() {
    let site = TestSite::built();
    let index = site.read("public/index.html");
    // Worst impact among unresolved incidents, in Statuspage's words.
    assert!(index.contains("Partial System Outage"));
    // Owner and the promise, with the zone.
    assert!(index.contains("Minter Dial"));
    assert!(
        index.contains(
            "Next update by <time datetime=\"2026-11-20T10:15:00+00:00\">10:15 GMT</time>"
        )
    );
    // Upcoming maintenance with its window.
    assert!(index.contains("Database upgrade"));
    // Component states by group, as text.
    assert!(
        index.contains("Partial outage"),
        "checkout is partially out"
    );
    // Recent resolved incident with its apology linked.
    assert!(index.contains("incidents/search-slow-2026/apology/index.html"));
    // Everything above is in the HTML itself: no JavaScript needed to read it.
}

#[test]
fn the_live_script_is_optional() {
    let site = TestSite::new("site");
    site.write(
        "candor.yaml",
        &(site.read("candor.yaml") + "promises: { script: false }\n"),
    );
    site.build("public").success();
    for page in [
        "index.html",
        "incidents/payments-down/index.html",
        "history/index.html",
    ] {
        assert!(
            !site.read(&format!("public/{page}")).contains("<script"),
            "{page}"
        );
    }
}

#[test]
fn promises_are_judged_as_of_now() {
    let site = TestSite::new("site");
    // 10:00: the promise of 10:15 is pending.
    site.build("pending").success();
    assert!(site.read("pending/index.html").contains(
        "Next update by <time datetime=\"2026-11-20T10:15:00+00:00\">10:15 GMT</time> <span class=\"day\">today</span> \
         (<span class=\"ago\" data-at=\"2026-11-20T10:15:00+00:00\">in 15 minutes</span>) — Priya Raman"
    ));
    // 10:19: late, but within the 5-minute grace: still pending, not overdue.
    site.cmd(&["build", "--now", "2026-11-20T10:19:00Z", "--out"])
        .arg(site.path("grace"))
        .assert()
        .success();
    assert!(
        !site
            .read("grace/index.html")
            .contains("class=\"promise overdue\"")
    );
    // 10:27: overdue, and the page says so honestly, naming who promised.
    site.cmd(&["build", "--now", "2026-11-20T10:27:00Z", "--out"])
        .arg(site.path("late"))
        .assert()
        .success();
    let index = site.read("late/index.html");
    assert!(index.contains("This update is 12 minutes late. We promised it by <time datetime=\"2026-11-20T10:15:00+00:00\">10:15 GMT</time> <span class=\"day\">today</span> — Priya Raman."), "{index}");
    let page = site.read("late/incidents/payments-down/index.html");
    assert!(
        page.contains(
            "We promised 2 updates on time and delivered 1; one is overdue, by 12 minutes so far."
        ),
        "{page}"
    );
    // A resolved incident: the resolution kept the promise before it; one promise was missed.
    let slow = site.read("late/incidents/search-slow-2026/index.html");
    assert!(
        slow.contains("We promised 1 update on time; it came 1 h 35 min late."),
        "{slow}"
    );
}

#[test]
fn incident_page_escapes_raw_html_and_drops_unsafe_links() {
    let site = TestSite::built();
    let page = site.read("public/incidents/payments-down/index.html");
    assert!(page.contains("&lt;b&gt;Not bold&lt;/b&gt;"));
    assert!(!page.contains("javascript:"));
    assert!(page.contains(r#"<a href="https://fixture.example/notice">the notice</a>"#));
    // Every time carries its zone.
    assert!(page.contains("20 Nov 2026, 09:45 GMT"));
}

#[test]
fn times_show_the_zone_in_force_that_day() {
    let site = TestSite::built();
    let page = site.read("public/incidents/old-minor/index.html");
    assert!(page.contains("2 Jun 2025, 09:10 BST"), "summer time is BST");
}

#[test]
fn apology_page_puts_what_you_get_first_then_the_signed_letter() {
    let site = TestSite::built();
    let page = site.read("public/incidents/search-slow-2026/apology/index.html");
    assert!(page.contains("Jane Roe"));
    assert!(page.contains("Chief Executive"));
    // Each remedy is a card headed by its offer, before the letter.
    let (get, letter) = (
        page.find(r#"<h2 id="remedy">What you get</h2>"#).unwrap(),
        page.find(r#"<h2 id="letter">A letter from Jane Roe</h2>"#)
            .unwrap(),
    );
    assert!(get < letter);
    assert!(page.contains(r#"<h3 id="remedy-1">A month of free delivery</h3>"#));
    assert!(page.contains("Automatic — nothing to do"));
    // A claim is a button that says what it does and where it leads.
    assert!(page.contains(r#"<a class="button" href="https://fixture.example/claim" aria-describedby="remedy-2">Make your claim on fixture.example</a>"#));
    // The deadline as a date to act by, with its weekday; no bookkeeping words.
    assert!(
        page.contains("Use it by <time datetime=\"2026-12-31\">Thursday, 31 December 2026</time>")
    );
    assert!(!page.contains("Offered") && !page.contains("<table"));
}

/// Once its deadline has passed, a claim's button gives way to the date claims closed; an
/// issued remedy says when, in words.
#[test]
fn a_closed_claim_has_no_button_and_an_issued_remedy_says_when() {
    let site = TestSite::new("site");
    let file = "incidents/search-slow.yaml";
    let yaml = site.read(file);
    let yaml = yaml.replace(
        "claim_url: https://fixture.example/claim",
        "claim_url: https://fixture.example/claim\n      deadline: 2026-11-18\n      status: issued\n      issued_at: 2026-11-19",
    );
    assert!(
        yaml.contains("deadline: 2026-11-18"),
        "the fixture changed: {yaml}"
    );
    site.write(file, &yaml);
    site.build("public").success();
    let page = site.read("public/incidents/search-slow-2026/apology/index.html");
    assert!(page.contains(
        "Claims closed on <time datetime=\"2026-11-18\">Wednesday, 18 November 2026</time>"
    ));
    assert!(!page.contains("class=\"button\""));
    assert!(
        page.contains(
            "Issued on <time datetime=\"2026-11-19\">Thursday, 19 November 2026</time></p>"
        )
    );
}

/// Beside each uptime percentage, the outage it weighs and the incidents behind it, in words
/// (from the same derive as the percentage), on the index and the component's own page.
#[test]
fn uptime_says_the_minutes_of_outage_and_the_incidents() {
    let site = TestSite::built();
    let index = site.read("public/index.html");
    assert!(index.contains(
        "99.97% uptime<span class=\"visually-hidden\"> for Checkout</span> · 25 min major outage and 15 min partial outage · 1 incident in 90 days"
    ));
    assert!(index.contains("· no outage · 1 incident in 90 days"));
    let page = site.read("public/components/search/index.html");
    assert!(page.contains("99.90% uptime · 2 h 5 min major outage · 1 incident in 90 days."));
}

/// `watch` reuses unchanged incident pages; whatever it reuses must equal a fresh build, after
/// an incident edit and after a config edit (which every page shows).
#[test]
fn cached_rebuilds_equal_fresh_builds() {
    use crate::library::{BuildOptions, Dirty, Incremental, build, rebuild};

    let site = TestSite::new("site");
    let opts = site.options();
    let mut cache = Incremental::default();
    let fresh = |opts: &BuildOptions| build(opts).output.unwrap();
    let cached = |opts: &BuildOptions, cache: &mut Incremental| {
        rebuild(opts, cache, &Dirty::All).output.unwrap()
    };
    let first = cached(&opts, &mut cache);
    assert_eq!(first, fresh(&opts));
    site.write(
        "incidents/old-minor.yaml",
        &site
            .read("incidents/old-minor.yaml")
            .replace("Delayed webhooks", "Webhooks delayed"),
    );
    let second = cached(&opts, &mut cache);
    assert_eq!(second, fresh(&opts));
    // Reused, not rendered again: the unchanged incident's page is the very same buffer.
    let page = "incidents/payments-down/index.html";
    assert_eq!(first.files[page].as_ptr(), second.files[page].as_ptr());
    let edited = "incidents/old-minor/index.html";
    assert_ne!(first.files[edited], second.files[edited]);

    // A new outage changes the page indicator, which incident pages do not show: they are
    // still reused, and the index says so.
    site.write(
        "incidents/new-outage.yaml",
        "title: Everything is down\nimpact: critical\nowner: { name: Minter Dial, role: Head of Customer Care }\n\
         components: [api]\nstarted_at: 2026-11-20T09:30:00Z\nupdates:\n  \
         - { at: 2026-11-20T09:35:00Z, status: investigating, author: Minter Dial, body: Looking., next_update_by: 2026-11-20T10:05:00Z }\n",
    );
    let third = cached(&opts, &mut cache);
    assert_eq!(third, fresh(&opts));
    assert_eq!(second.files[page].as_ptr(), third.files[page].as_ptr());
    assert_ne!(second.files["index.html"], third.files["index.html"]);
    site.write(
        "candor.yaml",
        &site
            .read("candor.yaml")
            .replace("name: Public API", "name: Partner API"),
    );
    let after = cached(&opts, &mut cache);
    assert_eq!(after, fresh(&opts));
    let page = String::from_utf8(
        after
            .get("incidents/payments-down/index.html")
            .unwrap()
            .to_vec(),
    )
    .unwrap();
    assert!(
        page.contains("Partner API"),
        "a config change reaches cached pages"
    );
}

/// A long history stays in bounded pages: a year with more than `YEAR_LIST_MAX` incidents
/// links its months, and each month page lists that month's incidents.
#[test]
fn a_busy_year_is_split_into_month_pages() {
    let site = TestSite::new("site");
    let n = library::YEAR_LIST_MAX + 1;
    for i in 0..n {
        let month = 1 + i % 3;
        site.write(
            &format!("incidents/busy-{i}.yaml"),
            &format!(
                "title: Busy incident {i}\nimpact: minor\nowner: {{ name: A B, role: SRE }}\n\
                 components: [search]\nstarted_at: 2024-0{month}-10T10:00:00Z\nupdates:\n  \
                 - {{ at: 2024-0{month}-10T10:05:00Z, status: resolved, author: A B, body: Fixed. }}\n"
            ),
        );
    }
    site.build("public").success();
    let year = site.read("public/history/2024/index.html");
    assert!(
        year.contains("href=\"../../history/2024/02/index.html\""),
        "{year}"
    );
    assert!(
        !year.contains("Busy incident 1<"),
        "the year lists months, not rows"
    );
    let feb = site.read("public/history/2024/02/index.html");
    let listed = (0..n)
        .filter(|i| feb.contains(&format!(">Busy incident {i}<")))
        .count();
    assert_eq!(listed, (0..n).filter(|i| i % 3 == 1).count(), "{feb}");
    // A quiet year is still listed whole on its own page.
    let quiet = site.read("public/history/2025/index.html");
    assert!(quiet.contains("<ul class=\"rows\">"), "{quiet}");
}

/// A component's page lists the newest incidents that touched it, and only those, bounded.
#[test]
fn a_component_page_lists_its_own_newest_incidents() {
    let site = TestSite::new("site");
    // 25 incidents on search, one a day in January 2024: the page keeps the newest 20.
    for day in 1..=25 {
        site.write(
            &format!("incidents/search-{day:02}.yaml"),
            &format!(
                "title: Search incident {day}\nimpact: minor\nowner: {{ name: A B, role: SRE }}\n\
                 components: [search]\nstarted_at: 2024-01-{day:02}T10:00:00Z\nupdates:\n  \
                 - {{ at: 2024-01-{day:02}T10:05:00Z, status: resolved, author: A B, body: Fixed. }}\n"
            ),
        );
    }
    site.build("public").success();
    let search = site.read("public/components/search/index.html");
    let at = |text: &str| search.find(text);
    // Newest first: the fixture's own search incident (2026), then January 25th down to 7th.
    let slow = at("Slow search results").expect("the fixture's search incident");
    let latest = at(">Search incident 25<").expect("the newest January incident");
    assert!(slow < latest);
    for day in (7..25).rev() {
        let (newer, older) = (
            at(&format!(">Search incident {}<", day + 1)).unwrap(),
            at(&format!(">Search incident {day}<")),
        );
        assert!(older.is_some_and(|o| newer < o), "day {day}: {search}");
    }
    for day in 1..7 {
        assert!(
            at(&format!(">Search incident {day}<")).is_none(),
            "day {day} is past the 20 kept"
        );
    }
    // Incidents of other components are not listed.
    assert!(at("Card payments failing").is_none(), "{search}");
    let checkout = site.read("public/components/checkout/index.html");
    assert!(checkout.contains("Card payments failing"), "{checkout}");
    assert!(!checkout.contains("Search incident"), "{checkout}");
}
