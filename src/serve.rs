//! `candor serve`: `watch`, plus a preview over HTTP that serves the last good build from
//! memory and reloads the browser after every rebuild. When a rebuild fails, the browser shows
//! the diagnostics over the last good page until the file is fixed.
//!
//! The reload script and the overlay are added to HTML as it is served; the site on disk never
//! has them. Only paths of the built site are served: nothing is read from the disk per
//! request, so `..`, encoded slashes or symbolic links cannot reach other files, and such
//! requests are refused outright rather than normalised.

use std::convert::Infallible;
use std::net::{IpAddr, SocketAddr, TcpListener};
use std::process::ExitCode;
use std::sync::Arc;

use axum::Router;
use axum::extract::State;
use axum::http::{HeaderValue, Method, StatusCode, Uri, header};
use axum::response::sse::{Event, KeepAlive, Sse};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use tokio::sync::watch;

use crate::cli::GlobalArgs;
use crate::diagnostic::{self, MessageFormat};
use crate::error::Error;
use crate::output::Output;
use crate::watch::{Built, Session, WatchOptions};

/// The port tried first when none is given.
pub const DEFAULT_PORT: u16 = 8000;
/// Where the browser listens for rebuilds (server-sent events).
pub const EVENTS_PATH: &str = "/__candor/events";

#[derive(Debug, Clone)]
pub struct ServeOptions {
    pub watch: WatchOptions,
    pub bind: IpAddr,
    /// `None`: 8000, or the next free port. `Some(0)`: any free port.
    pub port: Option<u16>,
    pub open: bool,
}

/// What the preview shows: the last good site, and the errors of the last build if it failed.
#[derive(Debug, Default)]
struct Preview {
    /// Changes with every successful build; a page served with another one is out of date.
    generation: String,
    site: Option<Arc<Output>>,
    errors: Option<String>,
}

type Shared = watch::Receiver<Arc<Preview>>;

/// Listens on `bind:port`; with no port given, moves up from 8000 to the first free one.
fn listen(bind: IpAddr, port: Option<u16>) -> Result<TcpListener, Error> {
    let fail = |port: u16, e: std::io::Error| {
        let reason = crate::source::io_reason(&e);
        Error::Usage(match e.kind() {
            std::io::ErrorKind::AddrInUse => format!(
                "port {port} on {bind} is already in use (another `candor serve`?)\n\
                 help: pass another --port, or --port 0 to take any free port"
            ),
            _ => format!("cannot listen on {}: {reason}", SocketAddr::new(bind, port)),
        })
    };
    match port {
        Some(p) => TcpListener::bind((bind, p)).map_err(|e| fail(p, e)),
        None => {
            let last = DEFAULT_PORT + 100;
            for p in DEFAULT_PORT..last {
                match TcpListener::bind((bind, p)) {
                    Ok(l) => {
                        if p != DEFAULT_PORT {
                            eprintln!(
                                "warning: port {DEFAULT_PORT} is in use; serving on port {p} INSTEAD"
                            );
                        }
                        return Ok(l);
                    }
                    Err(e) if e.kind() == std::io::ErrorKind::AddrInUse => continue,
                    Err(e) => return Err(fail(p, e)),
                }
            }
            Err(Error::Usage(format!(
                "ports {DEFAULT_PORT}–{} on {bind} are all in use\nhelp: pass --port 0 to take any free port",
                last - 1
            )))
        }
    }
}

/// `candor serve`.
pub fn serve(g: &GlobalArgs, opts: ServeOptions) -> Result<ExitCode, Error> {
    // The port first: a busy one should fail at once, not after the first build.
    let listener = listen(opts.bind, opts.port)?;
    let addr = listener
        .local_addr()
        .map_err(|e| Error::Usage(e.to_string()))?;
    let mut session = Session::new(g, opts.watch)?;

    let (tx, rx) = watch::channel(Arc::new(Preview::default()));
    let run_id = format!(
        "{}-{}",
        std::process::id(),
        jiff::Timestamp::now().as_millisecond()
    );
    let mut builds = 0u64;
    let mut sink = |b: Built<'_>| {
        let last = tx.borrow().clone();
        let preview = match b.output {
            Some(site) => {
                builds += 1;
                Preview {
                    generation: format!("{run_id}-{builds}"),
                    site: Some(site),
                    errors: None,
                }
            }
            None => Preview {
                generation: last.generation.clone(),
                site: last.site.clone(),
                errors: Some(diagnostic::render(
                    b.diagnostics,
                    MessageFormat::Human,
                    false,
                )),
            },
        };
        tx.send_replace(Arc::new(preview));
    };
    session.initial_build(&mut sink);

    listener
        .set_nonblocking(true)
        .map_err(|e| Error::Usage(e.to_string()))?;
    let app = Router::new()
        .route(EVENTS_PATH, get(events))
        .fallback(page)
        .with_state(rx);
    let (started, ready) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        let rt = match tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
        {
            Ok(rt) => rt,
            Err(e) => {
                let _ = started.send(Err(e.to_string()));
                return;
            }
        };
        rt.block_on(async move {
            let listener = match tokio::net::TcpListener::from_std(listener) {
                Ok(l) => l,
                Err(e) => {
                    let _ = started.send(Err(e.to_string()));
                    return;
                }
            };
            let _ = started.send(Ok(()));
            if let Err(e) = axum::serve(listener, app).await {
                eprintln!("error: the preview server stopped: {e}");
            }
        });
    });
    ready
        .recv()
        .map_err(|e| e.to_string())
        .and_then(|r| r)
        .map_err(|e| Error::Usage(format!("cannot start the preview server: {e}")))?;

    let host = match addr.ip() {
        IpAddr::V4(ip) if ip.is_unspecified() => "127.0.0.1".to_string(),
        IpAddr::V6(ip) if ip.is_unspecified() => "[::1]".to_string(),
        IpAddr::V6(ip) => format!("[{ip}]"),
        IpAddr::V4(ip) => ip.to_string(),
    };
    let url = format!("http://{host}:{}/", addr.port());
    eprintln!("serving {url} (a preview that reloads after each rebuild; Ctrl-C stops)");
    if !addr.ip().is_loopback() {
        eprintln!(
            "warning: listening on {}: other machines can see this preview",
            addr.ip()
        );
    }
    if opts.open {
        open_browser(&url);
    }
    session.run(&mut sink)?;
    Ok(ExitCode::from(crate::EXIT_OK))
}

fn open_browser(url: &str) {
    let mut cmd = if cfg!(target_os = "macos") {
        std::process::Command::new("open")
    } else if cfg!(windows) {
        let mut c = std::process::Command::new("cmd");
        c.args(["/C", "start", ""]);
        c
    } else {
        std::process::Command::new("xdg-open")
    };
    cmd.arg(url)
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null());
    if let Err(e) = cmd.spawn() {
        eprintln!(
            "warning: could not open a browser ({}); open {url} yourself",
            crate::source::io_reason(&e)
        );
    }
}

/// Server-sent events: the state now, then again after every build.
async fn events(State(rx): State<Shared>) -> impl IntoResponse {
    let stream = futures_util::stream::unfold((rx, true), |(mut rx, first)| async move {
        if !first && rx.changed().await.is_err() {
            return None;
        }
        let state = rx.borrow_and_update().clone();
        let data = serde_json::json!({
            "generation": state.generation,
            "errors": state.errors,
        });
        let event = Event::default().data(data.to_string());
        Some((Ok::<_, Infallible>(event), (rx, false)))
    });
    Sse::new(stream).keep_alive(KeepAlive::default())
}

/// A path of the built site, or `None` for anything that tries to leave it: `..` or `.`
/// segments (plain or percent-encoded), encoded slashes or backslashes, empty segments
/// (`//etc/passwd`), NUL, or text that is not UTF-8.
pub fn site_path(raw: &str) -> Option<String> {
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
pub fn content_type(path: &str) -> &'static str {
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

async fn page(State(rx): State<Shared>, method: Method, uri: Uri) -> Response {
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
    let body = if ty.starts_with("text/html") {
        inject(bytes, state).into_bytes()
    } else {
        bytes.to_vec()
    };
    let mut resp = (status, body).into_response();
    let h = resp.headers_mut();
    h.insert(header::CONTENT_TYPE, HeaderValue::from_static(ty));
    // A preview must never show a stale page from the browser's cache.
    h.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    h.insert(
        header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    );
    resp
}

/// Escapes text for HTML element content and attribute values.
pub fn escape_html(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// The reload script; `GENERATION` is replaced by the build the page comes from.
const SCRIPT: &str = r#"<script id="candor-live-reload">
// Added by `candor serve` (not in the built site): reloads after each rebuild, and shows the
// errors of a failed one over the page.
(() => {
  const built = "GENERATION";
  const overlay = document.getElementById("candor-overlay");
  const events = new EventSource("/__candor/events");
  events.onmessage = (e) => {
    const state = JSON.parse(e.data);
    if (state.errors) {
      overlay.querySelector("pre").textContent = state.errors;
      overlay.hidden = false;
    } else if (state.generation !== built) {
      events.close();
      location.reload();
    } else {
      overlay.hidden = true;
    }
  };
})();
</script>"#;

const OVERLAY_STYLE: &str = "position:fixed;inset:0;z-index:2147483647;overflow:auto;margin:0;\
padding:1.5rem;background:#1b1b1f;color:#f5f5f5;font:14px/1.45 ui-monospace,SFMono-Regular,Menlo,Consolas,monospace";

/// The page with the overlay (shown when the last build failed) and the reload script before
/// `</body>`.
fn inject(html: &[u8], state: &Preview) -> String {
    let html = String::from_utf8_lossy(html);
    let errors = state.errors.as_deref();
    let overlay = format!(
        "<div id=\"candor-overlay\" role=\"alert\" style=\"{OVERLAY_STYLE}\"{hidden}>\
<h2 style=\"margin:0 0 .5rem;color:#ff8a80;font-size:1.2rem\">candor: the last rebuild failed</h2>\
<p style=\"margin:0 0 1rem\">This preview shows the last good build. Fix the file and save: the page reloads by itself.</p>\
<pre style=\"white-space:pre-wrap;margin:0\">{text}</pre></div>",
        hidden = if errors.is_some() { "" } else { " hidden" },
        text = escape_html(errors.unwrap_or("")),
    );
    let script = SCRIPT.replace("GENERATION", &escape_html(&state.generation));
    let at = html
        .to_ascii_lowercase()
        .rfind("</body>")
        .unwrap_or(html.len());
    let mut out = String::with_capacity(html.len() + overlay.len() + script.len());
    out.push_str(&html[..at]);
    out.push_str(&overlay);
    out.push_str(&script);
    out.push_str(&html[at..]);
    out
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

    #[test]
    fn injection_goes_before_the_last_body_end_and_escapes_errors() {
        let state = Preview {
            generation: "g1".into(),
            site: None,
            errors: Some("<script>alert(1)</script>".into()),
        };
        let html = inject(b"<html><body><p>x</p></BODY></html>", &state);
        assert!(html.ends_with("</script></BODY></html>"), "{html}");
        assert!(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
        assert!(!html.contains("<script>alert(1)"));
        assert!(html.contains(r#"const built = "g1";"#));
    }
}
