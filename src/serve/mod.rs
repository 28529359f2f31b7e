//! `candor serve`: `watch`, plus a preview over HTTP that serves the last good build from
//! memory and reloads the browser after every rebuild. When a rebuild fails, the browser shows
//! the diagnostics over the last good page until the file is fixed.
//!
//! The reload script and the overlay are added to HTML as it is served; the site on disk never
//! has them. Only paths of the built site are served: nothing is read from the disk per
//! request, so `..`, encoded slashes or symbolic links cannot reach other files, and such
//! requests are refused outright rather than normalised.
//!
//! The preview holds drafts and diagnostics, so it answers only its own names: a request for
//! any other `Host` is refused (421), so a web page that rebinds its DNS name to 127.0.0.1
//! cannot read it, and requests a foreign page makes in the background (`Origin` or
//! `Sec-Fetch-Site` from another site) are refused too (403). Connections are capped and must
//! send their headers within `HEADER_READ_TIMEOUT`, so a client that opens many connections
//! and sends a byte a minute cannot exhaust the server (or the descriptors watch reads with).

use std::convert::Infallible;
use std::net::{IpAddr, Ipv4Addr, Ipv6Addr, SocketAddr, TcpListener};
use std::process::ExitCode;
use std::sync::Arc;
use std::time::Duration;

use axum::Router;
use axum::extract::{Request, State};
use axum::http::{HeaderMap, HeaderValue, Method, StatusCode, Uri, header};
use axum::middleware::{self, Next};
use axum::response::sse::{Event, KeepAlive, Sse};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use tokio::sync::watch;

use crate::console::Console;
use crate::diagnostic::{self, MessageFormat};
use crate::error::Error;
use crate::render::Output;
use crate::watch::{Built, Session, WatchOptions};

/// The port tried first when none is given.
pub const DEFAULT_PORT: u16 = 8000;
/// Where the browser listens for rebuilds (server-sent events).
pub const EVENTS_PATH: &str = "/__candor/events";
/// A connection that has not sent a whole request head this long after it opened (or after
/// its last response) is closed: a browser sends its headers in one packet.
pub const HEADER_READ_TIMEOUT: Duration = Duration::from_secs(5);
/// Connections served at once; more wait to be accepted. A browser tab holds one for reloads
/// and opens up to six for a page; this leaves room for many tabs and stays far below the
/// usual limit of 1024 open files, which watch needs for reading the site.
pub const MAX_CONNECTIONS: usize = 128;
/// Reload streams served at once (one per open tab): half the connections, so that streams
/// held open cannot leave none for pages.
pub const MAX_EVENT_STREAMS: usize = MAX_CONNECTIONS / 2;

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
fn listen(console: Console, bind: IpAddr, port: Option<u16>) -> Result<TcpListener, Error> {
    let fail = |port: u16, e: std::io::Error| {
        let reason = crate::error::io_reason(&e);
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
                            console.say(format_args!(
                                "warning: port {DEFAULT_PORT} is in use; serving on port {p} INSTEAD"
                            ));
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
pub fn serve(console: Console, opts: ServeOptions) -> Result<ExitCode, Error> {
    // The port first: a busy one should fail at once, not after the first build.
    let listener = listen(console, opts.bind, opts.port)?;
    let addr = listener
        .local_addr()
        .map_err(|e| Error::Usage(e.to_string()))?;
    let mut session = Session::new(console, opts.watch)?;

    let (tx, rx) = watch::channel(Arc::new(Preview::default()));
    let mut sink = preview_sink(tx);
    session.initial_build(&mut sink);

    let names = Names {
        bind: addr.ip(),
        port: addr.port(),
    };
    start(console, listener, app(rx, names))?;
    let url = names.url();
    console.say(format_args!(
        "serving {url} (a preview that reloads after each rebuild; Ctrl-C stops)"
    ));
    if !addr.ip().is_loopback() {
        console.say(format_args!(
            "warning: listening on {}: other machines can see this preview",
            addr.ip()
        ));
    }
    if opts.open {
        open_browser(console, &url);
    }
    session.run(&mut sink)?;
    Ok(ExitCode::from(crate::EXIT_OK))
}

/// What the watch session hands each build to: the new site, with a generation of its own
/// (so open pages reload), or the errors of a failed build over the last good site.
fn preview_sink(tx: watch::Sender<Arc<Preview>>) -> impl FnMut(Built<'_>) {
    let run_id = format!(
        "{}-{}",
        std::process::id(),
        jiff::Timestamp::now().as_millisecond()
    );
    let mut builds = 0u64;
    move |b: Built<'_>| {
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
    }
}

/// The preview's routes: the reload stream and the site, behind the guard.
fn app(rx: Shared, names: Names) -> Router {
    let streams = Arc::new(tokio::sync::Semaphore::new(MAX_EVENT_STREAMS));
    Router::new()
        .route(
            EVENTS_PATH,
            get(move |State(rx): State<Shared>| events(rx, streams.clone())),
        )
        .fallback(page)
        .with_state(rx)
        .layer(middleware::from_fn_with_state(names, guard))
}

/// Serves `app` on `listener` from a thread of its own; returns once it is accepting.
fn start(console: Console, listener: TcpListener, app: Router) -> Result<(), Error> {
    listener
        .set_nonblocking(true)
        .map_err(|e| Error::Usage(e.to_string()))?;
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
            accept(console, listener, app).await;
        });
    });
    ready
        .recv()
        .map_err(|e| e.to_string())
        .and_then(|r| r)
        .map_err(|e| Error::Usage(format!("cannot start the preview server: {e}")))
}

/// Serves connections until the process ends: at most `MAX_CONNECTIONS` at once (the rest
/// wait in the listen queue), each closed when its request head is not in within
/// `HEADER_READ_TIMEOUT`. `axum::serve` sets neither, so this is hyper's own loop.
async fn accept(console: Console, listener: tokio::net::TcpListener, app: Router) {
    let slots = Arc::new(tokio::sync::Semaphore::new(MAX_CONNECTIONS));
    let mut failing = false;
    loop {
        let Ok(slot) = slots.clone().acquire_owned().await else {
            return;
        };
        let stream = match listener.accept().await {
            Ok((stream, _)) => stream,
            Err(e) => {
                // Out of descriptors, or a connection reset before it was accepted: both
                // pass. Said once, not once per attempt.
                if !failing {
                    console.say(format_args!(
                        "warning: the preview cannot accept a connection: {} (retrying)",
                        crate::error::io_reason(&e)
                    ));
                }
                failing = true;
                tokio::time::sleep(Duration::from_millis(100)).await;
                continue;
            }
        };
        failing = false;
        let service = hyper_util::service::TowerToHyperService::new(app.clone());
        tokio::spawn(async move {
            let _ = hyper::server::conn::http1::Builder::new()
                .timer(hyper_util::rt::TokioTimer::new())
                .header_read_timeout(HEADER_READ_TIMEOUT)
                .max_buf_size(64 * 1024)
                .serve_connection(hyper_util::rt::TokioIo::new(stream), service)
                .await;
            drop(slot);
        });
    }
}

/// The names the preview answers to: where it listens.
#[derive(Debug, Clone, Copy)]
pub struct Names {
    pub bind: IpAddr,
    pub port: u16,
}

impl Names {
    /// Whether a `Host` (or an `Origin`'s host) names this preview. DNS rebinding needs a
    /// DNS name the attacker controls, so the rule is about names, never ports (an SSH
    /// tunnel or `docker run -p 9000:8000` changes the port the browser sees):
    /// - `localhost`, and any loopback address: they cannot be made to point elsewhere;
    /// - the address it is bound to, written as an IP literal;
    /// - bound to every interface (0.0.0.0 or ::), any IP literal: a browser sends an IP as
    ///   the host only when the page's own address is that IP, so the page already is this
    ///   origin and a foreign page cannot read it; this covers every address of the machine
    ///   (and one a NAT or container maps to it) without listing interfaces;
    /// - nothing else: no other DNS name (`*.localhost` included, which some resolvers send
    ///   to DNS), no trailing dot, no missing host.
    pub fn allows(&self, host: &str) -> bool {
        let Some(name) = host_name(host) else {
            return false;
        };
        if name.eq_ignore_ascii_case("localhost") {
            return true;
        }
        let ip = match name.strip_prefix('[').and_then(|n| n.strip_suffix(']')) {
            Some(v6) => v6.parse::<Ipv6Addr>().ok().map(IpAddr::V6),
            None => name.parse::<Ipv4Addr>().ok().map(IpAddr::V4),
        };
        let Some(ip) = ip.map(|ip| ip.to_canonical()) else {
            return false;
        };
        ip.is_loopback() || ip == self.bind.to_canonical() || self.bind.is_unspecified()
    }

    /// The address to show and to open.
    fn url(&self) -> String {
        let host = match self.bind {
            IpAddr::V4(ip) if ip.is_unspecified() => "127.0.0.1".to_string(),
            IpAddr::V6(ip) if ip.is_unspecified() => "[::1]".to_string(),
            IpAddr::V6(ip) => format!("[{ip}]"),
            IpAddr::V4(ip) => ip.to_string(),
        };
        format!("http://{host}:{}/", self.port)
    }
}

/// The host of a `Host` value (`name`, `name:port`, `[v6]` or `[v6]:port`), or `None` when
/// it is malformed (a port that is not a number, anything after the port).
fn host_name(host: &str) -> Option<&str> {
    let (name, rest) = match host.strip_prefix('[') {
        Some(_) => host.split_at(host.find(']')? + 1),
        None => host.split_at(host.find(':').unwrap_or(host.len())),
    };
    let port_ok = rest.is_empty()
        || rest.strip_prefix(':').is_some_and(|p| {
            !p.is_empty() && p.len() <= 5 && p.bytes().all(|b| b.is_ascii_digit())
        });
    (!name.is_empty() && port_ok).then_some(name)
}

/// Why a request is refused before it reaches the site, if it is.
pub fn refusal(
    names: &Names,
    method: &Method,
    uri: &Uri,
    headers: &HeaderMap,
) -> Option<(StatusCode, String)> {
    let text = |h: header::HeaderName| headers.get(h).and_then(|v| v.to_str().ok());
    // An absolute request target (`GET http://evil.example/`) names the host too.
    let host = uri
        .authority()
        .map(|a| a.as_str())
        .or_else(|| text(header::HOST));
    let misdirected = || {
        Some((
            StatusCode::MISDIRECTED_REQUEST,
            format!(
                "This candor preview answers only to localhost and its own address: open {}\n",
                names.url()
            ),
        ))
    };
    let Some(host) = host.filter(|h| names.allows(h)) else {
        return misdirected();
    };
    if uri.authority().is_some() && text(header::HOST).is_some_and(|h| !names.allows(h)) {
        return misdirected();
    }
    let foreign = Some((
        StatusCode::FORBIDDEN,
        "This candor preview does not answer requests made by other sites.\n".to_string(),
    ));
    // A page of another origin reading the preview in the background (fetch, EventSource):
    // its browser says where it comes from. Only our own origin, exactly.
    if let Some(origin) = headers.get(header::ORIGIN) {
        let ours = origin
            .to_str()
            .ok()
            .and_then(|o| o.strip_prefix("http://"))
            .is_some_and(|o| o.eq_ignore_ascii_case(host));
        if !ours {
            return foreign;
        }
    }
    // No-cors loads (`<img src>`, `<script src>`) carry no Origin, but Fetch Metadata tells
    // them apart: from another site, only a navigation (a link, or embed.html in an iframe)
    // is answered.
    let site = text(header::HeaderName::from_static("sec-fetch-site"));
    let mode = text(header::HeaderName::from_static("sec-fetch-mode"));
    let dest = text(header::HeaderName::from_static("sec-fetch-dest"));
    if matches!(site, Some("cross-site" | "same-site"))
        && !(mode == Some("navigate")
            && (method == Method::GET || method == Method::HEAD)
            && !matches!(dest, Some("object" | "embed")))
    {
        return foreign;
    }
    None
}

/// Refuses what `refusal` refuses, with a short plain message, before any route runs; gives
/// every answer the security headers (a page's own policy was set by `respond`).
async fn guard(State(names): State<Names>, req: Request, next: Next) -> Response {
    let mut resp = match refusal(&names, req.method(), req.uri(), req.headers()) {
        Some((status, message)) => (status, message).into_response(),
        None => next.run(req).await,
    };
    if !resp.headers().contains_key(header::CONTENT_SECURITY_POLICY) {
        security_headers(resp.headers_mut(), None);
    }
    resp
}

fn open_browser(console: Console, url: &str) {
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
        console.say(format_args!(
            "warning: could not open a browser ({}); open {url} yourself",
            crate::error::io_reason(&e)
        ));
    }
}

/// Server-sent events: the state now, then again after every build. A stream holds its
/// connection for as long as the tab is open, so at most `MAX_EVENT_STREAMS` are served: past
/// that a 503 (the browser tries again later), and pages still have connections to be served on.
async fn events(rx: Shared, streams: Arc<tokio::sync::Semaphore>) -> Response {
    let Ok(permit) = streams.try_acquire_owned() else {
        return (
            StatusCode::SERVICE_UNAVAILABLE,
            [(header::RETRY_AFTER, "5")],
            "Too many previews are open: close some tabs.\n",
        )
            .into_response();
    };
    let stream = futures_util::stream::unfold((rx, true), move |(mut rx, first)| {
        // Held by the stream: the slot is free again when the browser goes away.
        let _permit = &permit;
        async move {
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
        }
    });
    Sse::new(stream)
        .keep_alive(KeepAlive::default())
        .into_response()
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
    let (body, policy) = if ty.starts_with("text/html") {
        let html = inject(bytes, state);
        let policy = crate::channels::pages::policy(&html);
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

/// The headers every answer carries. The preview's addresses (and the drafts in them) never
/// go out as a referrer; nothing is sniffed into another type; nothing may frame it unless
/// `csp` says so.
fn security_headers(h: &mut HeaderMap, csp: Option<&str>) {
    h.insert(
        header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    );
    h.insert(
        header::REFERRER_POLICY,
        HeaderValue::from_static("no-referrer"),
    );
    let csp = csp.unwrap_or("default-src 'none'; frame-ancestors 'none'");
    if let Ok(v) = HeaderValue::from_str(csp) {
        h.insert(header::CONTENT_SECURITY_POLICY, v);
    }
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

/// The overlay's look, as a block (its hash goes into the page's policy, like the script's:
/// `style` attributes would need 'unsafe-inline').
const OVERLAY_STYLE: &str = "<style id=\"candor-overlay-style\">\
#candor-overlay{position:fixed;inset:0;z-index:2147483647;overflow:auto;margin:0;padding:1.5rem;\
background:#1b1b1f;color:#f5f5f5;font:14px/1.45 ui-monospace,SFMono-Regular,Menlo,Consolas,monospace}\
#candor-overlay[hidden]{display:none}\
#candor-overlay h2{margin:0 0 .5rem;color:#ff8a80;font-size:1.2rem}\
#candor-overlay p{margin:0 0 1rem}#candor-overlay pre{white-space:pre-wrap;margin:0}</style>";

/// The page with the overlay (shown when the last build failed) and the reload script before
/// `</body>`. The page's own policy tag goes: it does not know the injected script, and the
/// response's policy header (computed over the result) replaces it.
fn inject(html: &[u8], state: &Preview) -> String {
    let html = String::from_utf8_lossy(html);
    let html = strip_policy(&html);
    let errors = state.errors.as_deref();
    let overlay = format!(
        "{OVERLAY_STYLE}<div id=\"candor-overlay\" role=\"alert\"{hidden}>\
<h2>candor: the last rebuild failed</h2>\
<p>This preview shows the last good build. Fix the file and save: the page reloads by itself.</p>\
<pre>{text}</pre></div>",
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

/// The page without the policy tag `pages::secure` put in.
fn strip_policy(html: &str) -> std::borrow::Cow<'_, str> {
    let meta = crate::channels::pages::CSP_META;
    match html
        .find(meta)
        .and_then(|at| Some((at, at + html[at..].find('>')? + 1)))
    {
        Some((at, end)) => format!("{}{}", &html[..at], &html[end..]).into(),
        None => html.into(),
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

    #[test]
    fn only_its_own_names_are_answered() {
        let local = Names {
            bind: IpAddr::V4(Ipv4Addr::LOCALHOST),
            port: 8000,
        };
        for ok in [
            "localhost:8000",
            "LOCALHOST:8000",
            "127.0.0.1:8000",
            "127.0.0.1",
            "[::1]:8000",
            "[::ffff:127.0.0.1]:8000",
            // Another port: an SSH tunnel or a container's port mapping.
            "localhost:9000",
        ] {
            assert!(local.allows(ok), "{ok}");
        }
        for bad in [
            "evil.example:8000",
            "evil.example",
            "localhost.:8000",
            "app.localhost:8000",
            "127.0.0.1.nip.io:8000",
            "localhost.evil.example",
            "10.0.0.5:8000",
            "::1",
            "[::1]x",
            "localhost:80x",
            "localhost:",
            "localhost:8000:1",
            "",
            "[]:8000",
            "2130706433:8000",
        ] {
            assert!(!local.allows(bad), "{bad}");
        }
        // Bound to one address of the LAN: that address too, still no DNS name.
        let lan = Names {
            bind: "192.168.1.20".parse().unwrap(),
            port: 8000,
        };
        assert!(lan.allows("192.168.1.20:8000"));
        assert!(!lan.allows("192.168.1.21:8000"));
        assert!(!lan.allows("my-laptop.lan:8000"));
        // Bound to every interface: any IP literal (the page's origin is that IP itself).
        for any in [
            IpAddr::V4(Ipv4Addr::UNSPECIFIED),
            IpAddr::V6(Ipv6Addr::UNSPECIFIED),
        ] {
            let all = Names {
                bind: any,
                port: 8000,
            };
            assert!(all.allows("10.1.2.3:8000"));
            assert!(all.allows("[fe80::1]:8000"));
            assert!(all.allows("localhost:8000"));
            assert!(!all.allows("my-laptop.lan:8000"));
            assert!(!all.allows("evil.example:8000"));
        }
    }

    #[test]
    fn requests_of_other_sites_are_refused_but_navigations_are_not() {
        let names = Names {
            bind: IpAddr::V4(Ipv4Addr::LOCALHOST),
            port: 8000,
        };
        let req = |uri: &str, pairs: &[(&'static str, &'static str)]| {
            let mut h = HeaderMap::new();
            for (k, v) in pairs {
                h.insert(*k, HeaderValue::from_static(v));
            }
            refusal(&names, &Method::GET, &uri.parse().unwrap(), &h).map(|(s, _)| s.as_u16())
        };
        assert_eq!(req("/", &[("host", "localhost:8000")]), None);
        assert_eq!(req("/", &[]), Some(421), "no Host");
        assert_eq!(req("/", &[("host", "evil.example:8000")]), Some(421));
        assert_eq!(
            req("http://evil.example/", &[("host", "localhost:8000")]),
            Some(421),
            "an absolute target names the host too"
        );
        let own = [
            ("host", "localhost:8000"),
            ("origin", "http://localhost:8000"),
        ];
        assert_eq!(req(EVENTS_PATH, &own), None);
        for origin in [
            "http://evil.example",
            "null",
            "http://localhost:3000",
            "https://localhost:8000",
        ] {
            let mut h = HeaderMap::new();
            h.insert("host", HeaderValue::from_static("localhost:8000"));
            h.insert("origin", HeaderValue::from_str(origin).unwrap());
            let r = refusal(&names, &Method::GET, &EVENTS_PATH.parse().unwrap(), &h);
            assert_eq!(r.map(|(s, _)| s.as_u16()), Some(403), "{origin}");
        }
        let no_cors = [
            ("host", "localhost:8000"),
            ("sec-fetch-site", "cross-site"),
            ("sec-fetch-mode", "no-cors"),
            ("sec-fetch-dest", "image"),
        ];
        assert_eq!(req(EVENTS_PATH, &no_cors), Some(403));
        let framed = [
            ("host", "localhost:8000"),
            ("sec-fetch-site", "cross-site"),
            ("sec-fetch-mode", "navigate"),
            ("sec-fetch-dest", "iframe"),
        ];
        assert_eq!(req("/embed.html", &framed), None, "a link or an iframe");
    }

    #[test]
    fn the_served_policy_allows_the_injected_script_and_style() {
        let page = crate::channels::pages::secure(
            "<!doctype html><html><head><title>x</title></head><body><script>1</script></body></html>",
        );
        let state = Preview {
            generation: "g1".into(),
            site: None,
            errors: None,
        };
        let html = inject(page.as_bytes(), &state);
        assert!(!html.contains(crate::channels::pages::CSP_META), "{html}");
        let policy = crate::channels::pages::policy(&html);
        // The page's own script, the reload script and the overlay's style: three hashes.
        assert_eq!(policy.matches("'sha256-").count(), 3, "{policy}");
        assert!(!html.contains(" style=\""), "no style attributes: {html}");
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
