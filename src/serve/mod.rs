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

use std::net::{IpAddr, SocketAddr, TcpListener};
use std::process::ExitCode;
use std::sync::Arc;
use std::time::Duration;

use axum::Router;
use axum::extract::State;
use axum::middleware;
use axum::routing::get;
use tokio::sync::watch;

use crate::console::Console;
use crate::diagnostic::{self, MessageFormat};
use crate::error::Error;
use crate::render::Output;
use crate::watch::{Built, Session, WatchOptions};

mod guard;
mod live;
mod site;

pub(crate) use guard::Names;
use guard::guard;
use live::events;
use site::page;

/// The port tried first when none is given.
pub(crate) const DEFAULT_PORT: u16 = 8000;
/// Where the browser listens for rebuilds (server-sent events).
pub(crate) const EVENTS_PATH: &str = "/__candor/events";
/// A connection that has not sent a whole request head this long after it opened (or after
/// its last response) is closed: a browser sends its headers in one packet.
pub(crate) const HEADER_READ_TIMEOUT: Duration = Duration::from_secs(5);
/// Connections served at once; more wait to be accepted. A browser tab holds one for reloads
/// and opens up to six for a page; this leaves room for many tabs and stays far below the
/// usual limit of 1024 open files, which watch needs for reading the site.
pub(crate) const MAX_CONNECTIONS: usize = 128;
/// Reload streams served at once (one per open tab): half the connections, so that streams
/// held open cannot leave none for pages.
pub(crate) const MAX_EVENT_STREAMS: usize = MAX_CONNECTIONS / 2;

#[derive(Debug, Clone)]
pub(crate) struct ServeOptions {
    pub(crate) watch: WatchOptions,
    pub(crate) bind: IpAddr,
    /// `None`: 8000, or the next free port. `Some(0)`: any free port.
    pub(crate) port: Option<u16>,
    pub(crate) open: bool,
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
pub(crate) fn serve(console: Console, opts: ServeOptions) -> Result<ExitCode, Error> {
    // The port first: a busy one should fail at once, not after the first build.
    let listener = listen(console, opts.bind, opts.port)?;
    let addr = listener
        .local_addr()
        .map_err(|e| Error::Usage(e.to_string()))?;
    let mut session = Session::new(console, opts.watch)?;
    session.stop_on_signal();

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
