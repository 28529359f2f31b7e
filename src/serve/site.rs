//! Answers a request from the built site in memory: only paths of the site, folders as their
//! `index.html`, the site's own 404 page, and HTML with the live-reload script added.

use axum::extract::State;
use axum::http::{HeaderValue, Method, StatusCode, Uri, header};
use axum::response::{IntoResponse, Response};

use super::guard::security_headers;
use super::live::inject;
use super::{Preview, Shared};
use crate::render::Output;

/// A page of the site (GET or HEAD only); a folder without its slash is redirected to it.
pub(super) async fn page(State(rx): State<Shared>, method: Method, uri: Uri) -> Response {
    if method != Method::GET && method != Method::HEAD {
        return (
            StatusCode::METHOD_NOT_ALLOWED,
            [(header::ALLOW, "GET, HEAD")],
        )
            .into_response();
    }
    let state = rx.borrow().clone();
    let Some(site) = state.site.as_deref() else {
        // The first build failed: nothing to show but the errors.
        let html = b"<!doctype html><html lang=\"en\"><meta charset=\"utf-8\"><title>candor preview</title><body><p>The site has not been built yet.</p></body></html>";
        return respond(&state, StatusCode::SERVICE_UNAVAILABLE, "x.html", html);
    };
    let Some(path) = site_path(uri.path()) else {
        return not_found(&state, site);
    };
    if let Some(bytes) = site.get(&path) {
        return respond(&state, StatusCode::OK, &path, bytes);
    }
    // `/incidents/x` is the folder `/incidents/x/`: redirect, so relative links resolve.
    if !path.ends_with("index.html") && site.get(&format!("{path}/index.html")).is_some() {
        let mut to = format!("{}/", uri.path());
        if let Some(q) = uri.query() {
            to.push('?');
            to.push_str(q);
        }
        return (StatusCode::MOVED_PERMANENTLY, [(header::LOCATION, to)]).into_response();
    }
    not_found(&state, site)
}

fn not_found(state: &Preview, site: &Output) -> Response {
    match site.get("404.html") {
        Some(bytes) => respond(state, StatusCode::NOT_FOUND, "404.html", bytes),
        None => (StatusCode::NOT_FOUND, "not found").into_response(),
    }
}

fn respond(state: &Preview, status: StatusCode, path: &str, bytes: &[u8]) -> Response {
    let ty = content_type(path);
    let (body, policy) = if ty.starts_with("text/html") {
        let html = inject(bytes, state);
        let policy = crate::render::csp::policy(&html);
        (html.into_bytes(), Some(policy))
    } else {
        (bytes.to_vec(), None)
    };
    let mut resp = (status, body).into_response();
    let h = resp.headers_mut();
    h.insert(header::CONTENT_TYPE, HeaderValue::from_static(ty));
    // A preview must never show a stale page from the browser's cache.
    h.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    let framing = if path == "embed.html" {
        EMBED_ANCESTORS
    } else {
        "'none'"
    };
    let csp = match policy {
        Some(p) => format!("{p}; frame-ancestors {framing}"),
        None => format!("frame-ancestors {framing}"),
    };
    security_headers(h, Some(&csp));
    resp
}

/// Who may frame the preview's embed.html: pages of the preview itself and of other local
/// servers (trying the embed in a page of your own app). Every other page may not be framed.
const EMBED_ANCESTORS: &str = "'self' http://localhost:* http://127.0.0.1:* http://[::1]:*";

/// A path of the built site, or `None` for anything that tries to leave it: `..` or `.`
/// segments (plain or percent-encoded), encoded slashes or backslashes, empty segments
/// (`//etc/passwd`), NUL, or text that is not UTF-8.
pub(crate) fn site_path(raw: &str) -> Option<String> {
    let rest = raw.strip_prefix('/')?;
    let segments: Vec<&str> = rest.split('/').collect();
    let mut out = Vec::with_capacity(segments.len());
    for (i, seg) in segments.iter().enumerate() {
        if seg.is_empty() {
            if i + 1 == segments.len() {
                break; // a trailing slash: a folder
            }
            return None;
        }
        let decoded = percent_decode(seg)?;
        if decoded == "."
            || decoded == ".."
            || decoded.contains(['/', '\\', '\0'])
            || (i == 0 && decoded.contains(':'))
        {
            return None;
        }
        out.push(decoded);
    }
    let mut path = out.join("/");
    if path.is_empty() || raw.ends_with('/') {
        if !path.is_empty() {
            path.push('/');
        }
        path.push_str("index.html");
    }
    Some(path)
}

fn percent_decode(s: &str) -> Option<String> {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' {
            let hex = s.get(i + 1..i + 3)?;
            out.push(u8::from_str_radix(hex, 16).ok()?);
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8(out).ok()
}

/// The media type of a file of the site, by its name.
pub(crate) fn content_type(path: &str) -> &'static str {
    let name = path.rsplit('/').next().unwrap_or(path);
    if name == "feed.json" {
        return "application/feed+json";
    }
    let ext = name.rsplit_once('.').map_or("", |(_, e)| e);
    match ext.to_ascii_lowercase().as_str() {
        "html" | "htm" => "text/html; charset=utf-8",
        "css" => "text/css; charset=utf-8",
        "js" | "mjs" => "text/javascript; charset=utf-8",
        "svg" => "image/svg+xml",
        "atom" => "application/atom+xml",
        "rss" => "application/rss+xml",
        "json" => "application/json",
        "ics" => "text/calendar; charset=utf-8",
        "xml" => "application/xml",
        "txt" => "text/plain; charset=utf-8",
        "webmanifest" => "application/manifest+json",
        "png" => "image/png",
        "jpg" | "jpeg" => "image/jpeg",
        "gif" => "image/gif",
        "webp" => "image/webp",
        "avif" => "image/avif",
        "ico" => "image/vnd.microsoft.icon",
        "woff" => "font/woff",
        "woff2" => "font/woff2",
        "pdf" => "application/pdf",
        _ => "application/octet-stream",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_outside_the_site_are_refused() {
        for bad in [
            "/../etc/passwd",
            "/incidents/../../etc/passwd",
            "/%2e%2e/etc/passwd",
            "/%2E%2E/x",
            "/incidents%2f..%2f..%2fetc",
            "/a/%2fetc",
            "/..%5c..%5cwindows",
            "//etc/passwd",
            "/./index.html",
            "/C:/Windows/win.ini",
            "/a%00b",
            "/%zz",
            "/%ff",
            "etc/passwd",
        ] {
            assert_eq!(site_path(bad), None, "{bad}");
        }
    }

    #[test]
    fn folders_are_their_index() {
        assert_eq!(site_path("/").as_deref(), Some("index.html"));
        assert_eq!(
            site_path("/incidents/x/").as_deref(),
            Some("incidents/x/index.html")
        );
        assert_eq!(site_path("/feed.atom").as_deref(), Some("feed.atom"));
        assert_eq!(
            site_path("/a%20b.html").as_deref(),
            Some("a b.html"),
            "ordinary escapes are decoded"
        );
    }

    #[test]
    fn content_types() {
        assert_eq!(content_type("feed.json"), "application/feed+json");
        assert_eq!(
            content_type("components/api/feed.json"),
            "application/feed+json"
        );
        assert_eq!(content_type("api/v2/summary.json"), "application/json");
        assert_eq!(content_type("feed.atom"), "application/atom+xml");
        assert_eq!(content_type("feed.rss"), "application/rss+xml");
        assert_eq!(
            content_type("maintenance.ics"),
            "text/calendar; charset=utf-8"
        );
        assert_eq!(content_type("badge.svg"), "image/svg+xml");
    }
}
