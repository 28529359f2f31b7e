//! Every way to follow the site, told on one page and reachable from every page (issue 14, "On
//! the page"): the "Get updates" page, Statuspage's `history.atom`/`history.rss`, the WebSub
//! hub in every feed, and each component page advertising its own feed.

use std::path::Path;

use crate::common::TestSite;

const PAGE: &str = "public/subscribe/index.html";
const HUB: &str = "https://hub.fixture.example/";

/// The fixture site with `notify:` added before it is built.
fn built_with(notify: &str) -> TestSite {
    let site = TestSite::new("site");
    let config = site.read("candor.yaml");
    site.write("candor.yaml", &format!("{config}notify:\n{notify}"));
    site.build("public").success();
    site
}

fn websub() -> String {
    format!("  targets:\n    - {{ name: hub, kind: websub, hub: \"{HUB}\" }}\n")
}

#[test]
fn get_updates_page_lists_every_way_to_follow() {
    let site = TestSite::built();
    let page = site.read(PAGE);
    for want in [
        // The site's feeds.
        r#"href="../feed.atom""#,
        r#"href="../feed.rss""#,
        r#"href="../feed.json""#,
        // Each component's, with link text that names it.
        r#"<a href="../components/checkout/feed.atom">Atom feed for Checkout</a>"#,
        r#"href="../components/search/feed.rss""#,
        r#"href="../components/api/feed.atom""#,
        // The calendar as a subscription, and over https for apps that ask for an address.
        r#"href="webcal://status.fixture.example/maintenance.ics""#,
        "https://status.fixture.example/maintenance.ics",
        // The embed as code the reader can select, escaped so it shows as text.
        r#"<pre class="snippet" tabindex="0"><code>"#,
        "&lt;iframe src=&quot;https://status.fixture.example/embed.html&quot; \
         title=&quot;Current status of Fixture Status&quot; width=&quot;100%&quot; \
         height=&quot;150&quot; style=&quot;border:0&quot; loading=&quot;lazy&quot;&gt;&lt;/iframe&gt;",
        // The API, for developers.
        r#"href="../api/v2/summary.json""#,
    ] {
        assert!(page.contains(want), "no {want} in the Get updates page");
    }
    // Headings in order: one h1, then h2s, an h3 only under an h2.
    let levels: Vec<u8> = page
        .match_indices("<h")
        .filter_map(|(i, _)| page[i + 2..].chars().next()?.to_digit(10))
        .map(|d| d as u8)
        .collect();
    assert_eq!(levels.first(), Some(&1), "{levels:?}");
    assert!(levels.windows(2).all(|w| w[1] <= w[0] + 1), "{levels:?}");
    // No email signup unless the config names one.
    assert!(!page.contains(r#"id="email""#), "signup shown unconfigured");
    insta::with_settings!({filters => vec![(r"style\.[0-9a-f]{8}\.css", "style.[hash].css")]}, {
        insta::assert_snapshot!("subscribe__index.html", page);
    });
}

#[test]
fn webcal_link_keeps_a_base_url_path() {
    let site = TestSite::new("site");
    site.cmd(&["build", "--now", crate::common::NOW, "--out"])
        .arg(site.path("public"))
        .args(["--base-url", "https://acme.example/status/"])
        .assert()
        .success();
    let page = site.read(PAGE);
    assert!(
        page.contains(r#"href="webcal://acme.example/status/maintenance.ics""#),
        "{page}"
    );
}

#[test]
fn signup_is_shown_when_configured() {
    let site = built_with("  signup: https://acme.example/status-emails\n");
    let page = site.read(PAGE);
    assert!(
        page.contains(
            r#"<a href="https://acme.example/status-emails">Sign up for email updates</a>"#
        ),
        "{page}"
    );
    let site = built_with("  signup: \"mailto:status-join@lists.fixture.example\"\n");
    let page = site.read(PAGE);
    assert!(
        page.contains(
            r#"<a href="mailto:status-join@lists.fixture.example">status-join@lists.fixture.example</a>"#
        ),
        "{page}"
    );
}

/// The `href` of every `<a>` in `html` whose address ends in `subscribe/index.html`.
fn links_to_page(html: &str) -> Vec<&str> {
    html.split("href=\"")
        .skip(1)
        .filter_map(|s| s.split('"').next())
        .filter(|h| h.ends_with("subscribe/index.html"))
        .collect()
}

#[test]
fn every_page_links_to_get_updates() {
    let site = TestSite::built();
    let public = site.path("public");
    let mut pages = 0;
    for entry in walkdir::WalkDir::new(&public) {
        let path = entry.unwrap().into_path();
        if path.extension().is_none_or(|e| e != "html") {
            continue;
        }
        pages += 1;
        let html = std::fs::read_to_string(&path).unwrap();
        let rel = path.strip_prefix(&public).unwrap();
        let links = links_to_page(&html);
        assert!(
            !links.is_empty(),
            "{} does not link to Get updates",
            rel.display()
        );
        for href in links {
            // Relative links resolve from the page's folder; absolute ones name the site.
            let target = match href.strip_prefix("https://status.fixture.example/") {
                Some(from_root) => public.join(from_root),
                None => path.parent().unwrap().join(href),
            };
            assert!(
                target.canonicalize().ok()
                    == public.join("subscribe/index.html").canonicalize().ok(),
                "{}: {href} does not lead to the page",
                rel.display()
            );
        }
    }
    assert!(pages > 10, "only {pages} pages");
}

/// Each Atom entry's or RSS item's id, title, date and content, in order.
fn entries(xml: &str) -> Vec<Vec<String>> {
    let doc = roxmltree::Document::parse(xml).expect("valid XML");
    let texts = |n: roxmltree::Node, names: &[&str]| -> Vec<String> {
        names
            .iter()
            .map(|name| {
                n.children()
                    .find(|c| c.tag_name().name() == *name)
                    .and_then(|c| c.text())
                    .unwrap_or_default()
                    .to_string()
            })
            .collect()
    };
    doc.descendants()
        .filter_map(|n| match n.tag_name().name() {
            "entry" => Some(texts(n, &["id", "title", "updated", "content"])),
            "item" => Some(texts(n, &["guid", "title", "pubDate", "description"])),
            _ => None,
        })
        .collect()
}

#[test]
fn history_feeds_carry_the_feeds_entries() {
    let site = TestSite::built();
    for kind in ["atom", "rss"] {
        let feed = entries(&site.read(&format!("public/feed.{kind}")));
        let history = entries(&site.read(&format!("public/history.{kind}")));
        assert!(feed.len() > 3, "{kind}: {} entries", feed.len());
        assert_eq!(history, feed, "history.{kind} differs from feed.{kind}");
    }
}

/// The `href` of each `link` (Atom's, or `atom:link` in RSS) of the feed itself (not of its
/// entries), by `rel`.
fn feed_links(xml: &str) -> Vec<(String, String)> {
    let doc = roxmltree::Document::parse(xml).expect("valid XML");
    let feed = doc.root_element();
    let top = match feed.tag_name().name() {
        "rss" => feed.children().find(|c| c.has_tag_name("channel")).unwrap(),
        _ => feed,
    };
    top.children()
        .filter(|c| {
            c.has_tag_name(("http://www.w3.org/2005/Atom", "link")) && c.attribute("rel").is_some()
        })
        .map(|c| {
            let rel = c.attribute("rel").unwrap().to_string();
            (rel, c.attribute("href").unwrap_or_default().to_string())
        })
        .collect()
}

/// Every Atom and RSS feed the build wrote, by its path under `public/`.
fn xml_feeds(public: &Path) -> Vec<String> {
    walkdir::WalkDir::new(public)
        .into_iter()
        .map(|e| e.unwrap().into_path())
        .filter(|p| p.extension().is_some_and(|e| e == "atom" || e == "rss"))
        .map(|p| {
            p.strip_prefix(public)
                .unwrap()
                .to_string_lossy()
                .replace('\\', "/")
        })
        .collect()
}

#[test]
fn every_feed_names_itself_and_the_websub_hub() {
    let site = built_with(&websub());
    let feeds = xml_feeds(&site.path("public"));
    // The site's five and each component's two.
    assert_eq!(feeds.len(), 4 + 3 * 2, "{feeds:?}");
    for rel in feeds {
        let links = feed_links(&site.read(&format!("public/{rel}")));
        let own = format!("https://status.fixture.example/{rel}");
        let of = |rel: &str| -> Vec<&str> {
            links
                .iter()
                .filter(|(r, _)| r == rel)
                .map(|(_, h)| h.as_str())
                .collect()
        };
        assert_eq!(of("self"), [own.as_str()], "{rel}: {links:?}");
        assert_eq!(of("hub"), [HUB], "{rel}: {links:?}");
    }
    let json: serde_json::Value =
        serde_json::from_str(&site.read("public/components/api/feed.json")).unwrap();
    assert_eq!(json["hubs"][0]["url"], HUB);
    assert_eq!(json["hubs"][0]["type"], "WebSub");
}

#[test]
fn no_hub_without_a_websub_target() {
    let site = TestSite::built();
    for rel in xml_feeds(&site.path("public")) {
        let links = feed_links(&site.read(&format!("public/{rel}")));
        assert!(links.iter().all(|(r, _)| r != "hub"), "{rel}: {links:?}");
        assert!(links.iter().any(|(r, _)| r == "self"), "{rel}: {links:?}");
    }
    assert!(!site.read("public/feed.json").contains("hubs"));
}

#[test]
fn component_pages_advertise_their_own_feed() {
    let site = TestSite::built();
    let page = site.read("public/components/search/index.html");
    let head = &page[..page.find("</head>").unwrap()];
    assert!(
        head.contains(r#"<link rel="alternate" type="application/atom+xml" href="feed.atom" title="Search · Fixture Status (Atom)">"#),
        "{head}"
    );
    assert!(
        head.contains(r#"type="application/rss+xml" href="feed.rss""#),
        "{head}"
    );
    // And still the site's.
    assert!(head.contains(r#"href="../../feed.atom""#), "{head}");
}
