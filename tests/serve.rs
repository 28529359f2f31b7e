//! `candor serve` as a real process: the preview serves the last good build with the right
//! types, adds the reload script only to what it serves, overlays the errors of a failed
//! rebuild, and answers every path outside the site with the theme's 404 page.

mod common;
mod live;

use std::io::{BufRead, BufReader, Write};
use std::net::TcpStream;

use common::{NOW, TestSite};
use live::{PATIENCE, Running, get, wait_for};

/// Whether the page carries the error overlay, not hidden.
fn overlay_shown(body: &str) -> bool {
    let at = body
        .find("<div id=\"candor-overlay\"")
        .expect("an overlay element");
    let tag = &body[at..at + body[at..].find('>').unwrap()];
    !tag.ends_with(" hidden")
}

/// Waits until the home page, as served, satisfies `pred`.
fn wait_page(s: &Running, port: u16, what: &str, pred: impl Fn(&str) -> bool) -> live::Reply {
    wait_for(
        what,
        || s.log(),
        || {
            let r = get(port, "/");
            pred(&r.body).then_some(r)
        },
    )
}

fn serve(site: &TestSite) -> (Running, u16) {
    let s = Running::start(site, &["serve", "--now", NOW, "--port", "0"]);
    let port = s.port();
    (s, port)
}

#[test]
fn the_preview_injects_the_reload_script_and_the_disk_has_none() {
    let site = TestSite::new("site");
    let (s, port) = serve(&site);
    let page = get(port, "/");
    assert_eq!(page.status, 200);
    assert_eq!(
        page.header("content-type"),
        Some("text/html; charset=utf-8")
    );
    assert!(page.body.contains("Card payments failing"));
    assert!(
        page.body.contains("id=\"candor-live-reload\""),
        "{}",
        page.body
    );
    assert!(page.body.contains("/__candor/events"));
    // The overlay is there, hidden, while the build is good.
    assert!(page.body.contains("<div id=\"candor-overlay\""));
    assert!(!overlay_shown(&page.body));
    let script_at = page.body.find("candor-live-reload").unwrap();
    assert!(
        page.body[script_at..].contains("</body>"),
        "the script goes inside the body"
    );

    for entry in walkdir::WalkDir::new(site.path("public")) {
        let entry = entry.unwrap();
        if entry.file_type().is_file() {
            let bytes = std::fs::read(entry.path()).unwrap();
            let text = String::from_utf8_lossy(&bytes);
            assert!(
                !text.contains("candor-live-reload") && !text.contains("__candor"),
                "{} on disk has the preview script",
                entry.path().display()
            );
        }
    }
    drop(s);
}

#[test]
fn every_kind_of_file_has_its_content_type() {
    let site = TestSite::new("site");
    let (_s, port) = serve(&site);
    // The stylesheet's name carries a hash of its content.
    let css = std::fs::read_dir(site.path("public"))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .find(|n| n.ends_with(".css"))
        .expect("a stylesheet");
    let css = format!("/{css}");
    for (path, ty) in [
        ("/index.html", "text/html; charset=utf-8"),
        (css.as_str(), "text/css; charset=utf-8"),
        ("/favicon.svg", "image/svg+xml"),
        ("/feed.atom", "application/atom+xml"),
        ("/feed.rss", "application/rss+xml"),
        ("/feed.json", "application/feed+json"),
        ("/api/v2/summary.json", "application/json"),
        ("/maintenance.ics", "text/calendar; charset=utf-8"),
    ] {
        let r = get(port, path);
        assert_eq!(r.status, 200, "{path}");
        assert_eq!(r.header("content-type"), Some(ty), "{path}");
        if !ty.starts_with("text/html") {
            // Only HTML is touched; everything else is served as built.
            let on_disk = site.read(&format!("public{path}"));
            assert_eq!(r.body, on_disk, "{path}");
        }
    }
    // A folder is its index; a folder without its slash is redirected to it, so relative links
    // in the page resolve.
    let r = get(port, "/incidents/payments-down/");
    assert_eq!(r.status, 200);
    assert!(r.body.contains("Card payments failing"));
    let r = get(port, "/incidents/payments-down");
    assert_eq!(r.status, 301);
    assert_eq!(r.header("location"), Some("/incidents/payments-down/"));
}

#[test]
fn requests_outside_the_site_get_the_themes_404() {
    let site = TestSite::new("site");
    // Something worth stealing beside the output folder.
    site.write("secret.txt", "TOP-SECRET");
    let (_s, port) = serve(&site);
    let not_found = site.read("public/404.html");
    let marker = not_found
        .lines()
        .find(|l| l.contains("<h1"))
        .expect("the theme's 404 page has a heading")
        .to_string();
    for path in [
        "/../secret.txt",
        "/../../etc/passwd",
        "/incidents/../../secret.txt",
        "/%2e%2e/secret.txt",
        "/%2E%2E/%2E%2E/etc/passwd",
        "/..%2fsecret.txt",
        "/incidents%2f..%2f..%2fsecret.txt",
        "/..%5csecret.txt",
        "//etc/passwd",
        "/%2fetc%2fpasswd",
        "/.candor-output/../../secret.txt",
        "/no-such-page",
        "/incidents/no-such-incident/",
    ] {
        let r = get(port, path);
        assert_eq!(r.status, 404, "{path}");
        assert!(!r.body.contains("TOP-SECRET"), "{path}");
        assert!(!r.body.contains("root:"), "{path}");
        assert!(r.body.contains(&marker), "{path}: not the theme's 404 page");
    }
}

#[test]
fn a_failed_rebuild_shows_the_errors_over_the_last_good_page_until_fixed() {
    let site = TestSite::new("site");
    let (s, port) = serve(&site);
    let file = site.path("incidents/payments-down.yaml");
    let text = std::fs::read_to_string(&file).unwrap();
    // The broken text carries markup: it must come out escaped.
    std::fs::write(
        &file,
        text.replace("impact: major", "impact: <script>alert(1)</script>"),
    )
    .unwrap();
    let page = wait_page(&s, port, "the overlay", overlay_shown);
    assert_eq!(page.status, 200, "the last good page is still served");
    assert!(page.body.contains("Card payments failing"));
    assert!(
        page.body.contains("incidents/payments-down.yaml:2:"),
        "{}",
        page.body
    );
    assert!(page.body.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
    assert!(!page.body.contains("<script>alert(1)"));

    std::fs::write(
        &file,
        text.replace("title: Card payments failing", "title: Payments back"),
    )
    .unwrap();
    let page = wait_page(&s, port, "the fixed page", |body| {
        body.contains("Payments back")
    });
    assert!(!overlay_shown(&page.body), "the overlay is hidden again");
}

/// `data:` lines of the server-sent event stream, as they come.
fn events(port: u16) -> impl Iterator<Item = serde_json::Value> {
    let mut s = TcpStream::connect(("127.0.0.1", port)).unwrap();
    s.set_read_timeout(Some(PATIENCE)).unwrap();
    write!(
        s,
        "GET /__candor/events HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: text/event-stream\r\n\r\n"
    )
    .unwrap();
    BufReader::new(s)
        .lines()
        .map_while(Result::ok)
        .filter_map(|l| l.strip_prefix("data: ").map(str::to_owned))
        .map(|d| serde_json::from_str(&d).unwrap())
}

#[test]
fn browsers_are_told_after_every_rebuild() {
    let site = TestSite::new("site");
    let (_s, port) = serve(&site);
    let mut stream = events(port);
    let first = stream.next().expect("the current state on connect");
    assert!(first["errors"].is_null());
    let page = get(port, "/");
    let generation = first["generation"].as_str().unwrap();
    assert!(
        page.body.contains(&format!("\"{generation}\"")),
        "the page knows its build"
    );

    site.write("incidents/payments-down.yaml", "title: [");
    let broken = stream.next().unwrap();
    assert!(
        broken["errors"]
            .as_str()
            .unwrap()
            .contains("incidents/payments-down.yaml")
    );
    assert_eq!(
        broken["generation"], first["generation"],
        "no reload for a failed build"
    );

    site.write(
        "incidents/payments-down.yaml",
        &std::fs::read_to_string(common::fixture("site").join("incidents/payments-down.yaml"))
            .unwrap(),
    );
    let fixed = stream.next().unwrap();
    assert!(fixed["errors"].is_null());
    assert_ne!(
        fixed["generation"], first["generation"],
        "a good build reloads"
    );
}

#[test]
fn a_busy_port_is_a_clear_error() {
    let site = TestSite::new("site");
    let taken = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let port = taken.local_addr().unwrap().port().to_string();
    let mut s = Running::start(&site, &["serve", "--now", NOW, "--port", &port]);
    assert_eq!(s.wait_exit(), Some(2), "{}", s.log());
    let log = s.log();
    assert!(
        log.contains(&format!("port {port} on 127.0.0.1 is already in use")),
        "{log}"
    );
    assert!(log.contains("--port 0"), "{log}");
    // It failed before building anything.
    assert!(!site.path("public").exists());
}
