//! The facts first (issue 15, "Facts first on a phone"): each ongoing incident's card and its
//! page open with a list of facts (status, what it affects, the next update, who is
//! accountable, the workaround) before the long update text. The browser test
//! (`tests/oracles/browser/facts_first.sh`) measures them on a 390×844 screen; these pin the
//! markup and its order, which that measurement rests on.

use crate::common::TestSite;

/// The facts every ongoing incident shows first, by the class of each one's row.
const FACTS: &[&str] = &["fact-affects", "fact-next", "fact-owner", "fact-workaround"];

/// The text of `html` from `start` (included) to the first `end` after it (included).
fn cut<'a>(html: &'a str, start: &str, end: &str) -> &'a str {
    let from = html
        .find(start)
        .unwrap_or_else(|| panic!("no {start:?} in {html}"));
    let to = html[from..]
        .find(end)
        .unwrap_or_else(|| panic!("no {end:?} after {start:?}"));
    &html[from..from + to + end.len()]
}

/// Where `needle` first occurs in `html`, failing the test when it does not.
fn at(html: &str, needle: &str) -> usize {
    html.find(needle)
        .unwrap_or_else(|| panic!("no {needle:?} in {html}"))
}

#[test]
fn the_card_leads_with_its_facts_then_the_update() {
    let site = TestSite::built();
    let index = site.read("public/index.html");
    let card = cut(
        &index,
        "<article class=\"card kind-incident impact-major open\">",
        "</article>",
    );
    let body = at(card, "<div class=\"latest\">");
    for fact in ["fact-status"].iter().chain(FACTS) {
        assert!(
            at(card, &format!("class=\"fact {fact}\"")) < body,
            "{fact} comes after the update's text:\n{card}"
        );
    }
    insta::assert_snapshot!(
        "card_facts",
        cut(card, "<dl class=\"card-facts\">", "</dl>")
    );
}

#[test]
fn the_incident_page_leads_with_its_facts_then_the_timeline() {
    let site = TestSite::built();
    let page = site.read("public/incidents/payments-down/index.html");
    let timeline = at(&page, "<h2 id=\"timeline\">");
    for fact in FACTS {
        assert!(
            at(&page, &format!("class=\"fact {fact}\"")) < timeline,
            "{fact} comes after the timeline"
        );
    }
    // The status is the badge right under the title, before the facts.
    assert!(
        at(&page, "<span class=\"badge status-identified\">") < at(&page, "<dl class=\"facts\">")
    );
    insta::assert_snapshot!(
        "incident_facts",
        cut(&page, "<dl class=\"facts\">", "</dl>")
    );
}

/// The workaround shown is the latest update's, while the incident is open: an update
/// without one shows none (an old workaround may no longer hold), and so does a resolved
/// incident.
#[test]
fn the_workaround_is_the_latest_updates_while_open() {
    let site = TestSite::new("site");
    let file = "incidents/payments-down.yaml";
    let original = site.read(file);
    site.write(
        file,
        &format!(
            "{original}  - at: 2026-11-20T09:55:00Z
    status: identified
    author: Minter Dial
    next_update_by: 2026-11-20T10:30:00Z
    body: Still rolling back.
"
        ),
    );
    site.build("later").success();
    for page in [
        "later/index.html",
        "later/incidents/payments-down/index.html",
    ] {
        let html = site.read(page);
        assert!(!html.contains("fact-workaround"), "{page}");
        assert!(!html.contains("PayPal and gift cards still work"), "{page}");
    }

    site.write(
        file,
        &format!(
            "{original}  - at: 2026-11-20T09:55:00Z
    status: resolved
    author: Minter Dial
    components: {{ checkout: operational, api: operational }}
    workaround: Not needed any more.
    body: Fixed.
"
        ),
    );
    site.build("resolved").success();
    let html = site.read("resolved/incidents/payments-down/index.html");
    assert!(!html.contains("fact-workaround"), "{html}");
}
