//! `candor serve` as a real process: the preview serves the last good build with the right
//! types, adds the reload script only to what it serves, overlays the errors of a failed
//! rebuild, and answers every path outside the site with the theme's 404 page.

use std::io::{BufRead, BufReader, Write};
use std::net::TcpStream;

use crate::common::{NOW, TestSite};
use crate::live::{PATIENCE, Running, get, wait_for};

/// Whether the page carries the error overlay, not hidden.
fn overlay_shown(body: &str) -> bool {
    let at = body
        .find("<div id=\"candor-overlay\"")
        .expect("an overlay element");
    let tag = &body[at..at + body[at..].find('>').unwrap()];
    !tag.ends_with(" hidden")
}

/// Waits until the home page, as served, satisfies `pred`.
fn wait_page(
    s: &Running,
    port: u16,
    what: &str,
    pred: impl Fn(&str) -> bool,
) -> crate::live::Reply {
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
        &std::fs::read_to_string(
            crate::common::fixture("site").join("incidents/payments-down.yaml"),
        )
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

/// Sends `request` as written to the preview and reads the answer to its end: the status
/// line and headers, and the body.
fn raw(port: u16, request: &str) -> (String, String) {
    use std::io::Read;
    let mut s = TcpStream::connect(("127.0.0.1", port)).unwrap();
    s.set_read_timeout(Some(PATIENCE)).unwrap();
    s.write_all(request.as_bytes()).unwrap();
    let mut answer = String::new();
    s.read_to_string(&mut answer).unwrap();
    let (head, body) = answer.split_once("\r\n\r\n").unwrap_or((&answer, ""));
    (head.to_string(), body.to_string())
}

/// Issue 11: `serve` answered any `Host`, so a web page whose DNS name was rebound to
/// 127.0.0.1 could read the preview, drafts and diagnostics included. Only the names it is
/// bound to are answered; a foreign page's background requests are refused too.
#[test]
fn a_request_for_another_name_or_from_another_site_is_refused() {
    let site = TestSite::new("site");
    let (_s, port) = serve(&site);
    for host in [
        format!("evil.example:{port}"),
        format!("localhost.evil.example:{port}"),
        format!("127.0.0.1.nip.io:{port}"),
        format!("app.localhost:{port}"),
    ] {
        for path in ["/", "/index.html", "/__candor/events"] {
            let (head, body) = raw(
                port,
                &format!("GET {path} HTTP/1.1\r\nHost: {host}\r\nConnection: close\r\n\r\n"),
            );
            assert!(head.starts_with("HTTP/1.1 421"), "{host}{path}: {head}");
            assert!(!body.contains("Card payments"), "{host}{path}: {body}");
            assert!(body.contains("answers only to localhost"), "{body}");
            assert!(body.len() < 200, "a short message: {body}");
        }
    }
    // No Host at all (HTTP/1.0), and a host named in the request target.
    let (head, _) = raw(port, "GET / HTTP/1.0\r\n\r\n");
    assert!(head.starts_with("HTTP/1.0 421"), "{head}");
    let (head, _) = raw(
        port,
        &format!(
            "GET http://evil.example/ HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nConnection: close\r\n\r\n"
        ),
    );
    assert!(head.contains(" 421 "), "{head}");
    // Its own names are answered, whatever port the browser saw (a tunnel, a port mapping).
    for host in [
        format!("localhost:{port}"),
        format!("127.0.0.1:{port}"),
        "[::1]:9000".to_string(),
    ] {
        let (head, body) = raw(
            port,
            &format!("GET / HTTP/1.1\r\nHost: {host}\r\nConnection: close\r\n\r\n"),
        );
        assert!(head.starts_with("HTTP/1.1 200"), "{host}: {head}");
        assert!(body.contains("Card payments"));
    }
    // Another site's page reading the reload stream or a page in the background.
    for extra in [
        "Origin: http://evil.example\r\n",
        "Origin: null\r\n",
        "Sec-Fetch-Site: cross-site\r\nSec-Fetch-Mode: no-cors\r\nSec-Fetch-Dest: script\r\n",
    ] {
        for path in ["/__candor/events", "/api/v2/summary.json"] {
            let (head, body) = raw(
                port,
                &format!(
                    "GET {path} HTTP/1.1\r\nHost: localhost:{port}\r\n{extra}Connection: close\r\n\r\n"
                ),
            );
            assert!(head.starts_with("HTTP/1.1 403"), "{extra}{path}: {head}");
            assert!(!body.contains("generation"), "{body}");
        }
    }
    // The preview's own page asking for its reload stream.
    let mut s = TcpStream::connect(("127.0.0.1", port)).unwrap();
    s.set_read_timeout(Some(PATIENCE)).unwrap();
    write!(
        s,
        "GET /__candor/events HTTP/1.1\r\nHost: localhost:{port}\r\nOrigin: http://localhost:{port}\r\nSec-Fetch-Site: same-origin\r\n\r\n"
    )
    .unwrap();
    let mut status = String::new();
    BufReader::new(s).read_line(&mut status).unwrap();
    assert!(status.starts_with("HTTP/1.1 200"), "{status}");
}

/// The inline blocks (`script` or `style`) of a page, and their CSP source expressions.
fn hashes(html: &str, tag: &str) -> Vec<String> {
    use base64::Engine as _;
    use sha2::Digest as _;
    let (open, close) = (format!("<{tag}"), format!("</{tag}>"));
    html.match_indices(&open)
        .filter_map(|(i, _)| {
            let body_at = i + html[i..].find('>')? + 1;
            let end = body_at + html[body_at..].find(&close)?;
            let digest = sha2::Sha256::digest(&html.as_bytes()[body_at..end]);
            let b64 = base64::engine::general_purpose::STANDARD.encode(digest);
            Some(format!("'sha256-{b64}'"))
        })
        .collect()
}

/// Issue 11 (defence in depth): every page carries a Content-Security-Policy that allows its
/// inline script by hash (never 'unsafe-inline') and a Referrer-Policy; the preview sends
/// them as headers, with its own injected script and style allowed, and denies framing
/// except for embed.html.
#[test]
fn pages_and_the_preview_carry_a_policy_that_allows_only_their_own_inline_code() {
    let site = TestSite::new("site");
    let (_s, port) = serve(&site);
    // On disk: the policy as a <meta>, its hashes those of the page's own blocks.
    let built = site.read("public/index.html");
    let meta = built
        .lines()
        .find(|l| l.contains("Content-Security-Policy"))
        .expect("a policy in the page");
    assert!(!meta.contains("unsafe-inline"), "{meta}");
    let scripts = hashes(&built, "script");
    assert!(!scripts.is_empty(), "the fixture page has its live script");
    for h in &scripts {
        assert!(meta.contains(h.as_str()), "{h} not in {meta}");
    }
    assert!(built.contains(r#"<meta name="referrer" content="strict-origin-when-cross-origin">"#));
    let embed = site.read("public/embed.html");
    for h in hashes(&embed, "style") {
        assert!(embed.contains(&h), "embed.html's style {h} is not allowed");
    }

    // Served: the policy as a header, allowing the reload script and overlay too.
    let page = get(port, "/");
    let csp = page
        .header("content-security-policy")
        .expect("a policy header");
    assert!(!page.body.contains("http-equiv=\"Content-Security-Policy\""));
    let served = hashes(&page.body, "script");
    assert_eq!(
        served.len(),
        scripts.len() + 1,
        "the reload script is added"
    );
    for h in served.iter().chain(&hashes(&page.body, "style")) {
        assert!(csp.contains(h.as_str()), "{h} not in {csp}");
    }
    assert!(!csp.contains("unsafe-inline"), "{csp}");
    assert!(csp.ends_with("frame-ancestors 'none'"), "{csp}");
    assert_eq!(page.header("referrer-policy"), Some("no-referrer"));
    assert_eq!(page.header("x-content-type-options"), Some("nosniff"));

    let embed = get(port, "/embed.html");
    let csp = embed.header("content-security-policy").unwrap();
    assert!(
        csp.contains("frame-ancestors 'self' http://localhost:*"),
        "embed.html may be framed: {csp}"
    );
    for path in ["/feed.atom", "/no-such-page", "/incidents/payments-down"] {
        let r = get(port, path);
        let csp = r.header("content-security-policy").unwrap_or_default();
        assert!(csp.contains("frame-ancestors 'none'"), "{path}: {csp}");
        assert_eq!(r.header("referrer-policy"), Some("no-referrer"), "{path}");
    }
}

fn open_files(pid: u32) -> usize {
    std::fs::read_dir(format!("/proc/{pid}/fd"))
        .unwrap()
        .count()
}

/// Issue 11 (slowloris): connections that send their headers a byte at a time, or never,
/// held the preview open for good, one descriptor each with no limit. The server keeps at
/// most 128 connections, closes one whose headers are not in within 5 s, and answers again
/// once they are gone. Real sockets to 127.0.0.1, 200 of them, for about ten seconds.
#[test]
fn slow_clients_are_cut_off_and_cannot_exhaust_the_preview() {
    use std::io::Read;
    use std::time::{Duration, Instant};
    const SLOW: usize = 200;
    const CAP: usize = 128;
    let site = TestSite::new("site");
    let (s, port) = serve(&site);
    let pid = s.pid();
    let base = open_files(pid);
    let started = Instant::now();
    // Half send part of a request head, half send nothing at all.
    let mut slow: Vec<TcpStream> = (0..SLOW)
        .map(|i| {
            let mut c = TcpStream::connect(("127.0.0.1", port)).unwrap();
            if i % 2 == 0 {
                c.write_all(b"GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: a")
                    .unwrap();
            }
            c
        })
        .collect();
    // One that keeps dribbling, a byte every 200 ms: activity does not keep it open.
    let dribbler = std::thread::spawn(move || {
        let mut c = TcpStream::connect(("127.0.0.1", port)).unwrap();
        c.write_all(b"GET / HTTP/1.1\r\n").unwrap();
        let t = Instant::now();
        while c.write_all(b"X").is_ok() && t.elapsed() < PATIENCE {
            std::thread::sleep(Duration::from_millis(200));
        }
        t.elapsed()
    });
    // The server takes connections up to its cap, and no more: an uncapped one would hold
    // all of them; the count is watched a while to give it the chance.
    wait_for(
        "the preview to take connections up to its cap",
        || s.log(),
        || (open_files(pid) >= base + CAP).then_some(()),
    );
    let watch_until = Instant::now() + Duration::from_millis(500);
    while Instant::now() < watch_until {
        let n = open_files(pid);
        assert!(
            n <= base + CAP + 4,
            "{n} open files, {base} before {SLOW} connections"
        );
        std::thread::sleep(Duration::from_millis(50));
    }
    // Every slow connection is closed by the server: the first ones after 5 s, the queued
    // ones 5 s after they are taken.
    for c in &mut slow {
        c.set_read_timeout(Some(PATIENCE)).unwrap();
        let mut buf = [0u8; 512];
        loop {
            match c.read(&mut buf) {
                Ok(0) | Err(_) => break,
                Ok(_) => {} // a 408 answer before the close
            }
        }
    }
    let all_closed = started.elapsed();
    assert!(
        all_closed < Duration::from_secs(30),
        "slow connections were held {all_closed:?}"
    );
    let dribbled = dribbler.join().unwrap();
    assert!(
        dribbled < Duration::from_secs(30),
        "a dribbling client was held {dribbled:?}"
    );
    // And the preview answers as before.
    let page = get(port, "/");
    assert_eq!(page.status, 200);
    assert!(page.body.contains("Card payments"));
}

/// Reads a response's status line.
fn status_of(s: &TcpStream) -> String {
    let mut line = String::new();
    BufReader::new(s).read_line(&mut line).unwrap();
    line
}

/// Issue 11 (a connection cap, other member): reload streams stay open as long as their tab,
/// so streams alone could take every connection. At most 64 are served; pages still load, and
/// a stream that ends frees its slot.
#[test]
fn reload_streams_cannot_take_every_connection() {
    let site = TestSite::new("site");
    let (server, port) = serve(&site);
    let open = |port: u16| {
        let mut c = TcpStream::connect(("127.0.0.1", port)).unwrap();
        c.set_read_timeout(Some(PATIENCE)).unwrap();
        write!(
            c,
            "GET /__candor/events HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\n\r\n"
        )
        .unwrap();
        c
    };
    let mut streams: Vec<TcpStream> = (0..64).map(|_| open(port)).collect();
    for s in &streams {
        assert!(status_of(s).starts_with("HTTP/1.1 200"));
    }
    let extra = open(port);
    let refused = status_of(&extra);
    assert!(refused.starts_with("HTTP/1.1 503"), "{refused}");
    let page = get(port, "/");
    assert_eq!(page.status, 200, "pages are still served");
    drop(streams.pop());
    wait_for(
        "a freed stream slot",
        || server.log(),
        || {
            status_of(&open(port))
                .starts_with("HTTP/1.1 200")
                .then_some(())
        },
    );
}
