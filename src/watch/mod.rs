//! `candor watch`: build, then rebuild after every change to the config, `incidents/` or
//! `themes/`, through the same in-memory pipeline as `build`, and swap the result in.
//!
//! What Zola and mdBook users trip over, and what this does instead:
//! - Editors save by writing a temporary file and renaming it over the real one (Zola
//!   #2266): the config's *folder* is watched, not the file, and a rename into place counts.
//! - A `git checkout` or a copy of 500 files is one rebuild, not 500: once a second file
//!   changes, events are gathered until `--debounce` ms pass with none (a quiet period over
//!   all paths, not per path as notify-debouncer-full does, which would split a long burst
//!   into several rebuilds). A save of one file waits only `SETTLE`, so the page follows the
//!   editor at once; and a rebuild that finds more changes waiting when it is done is not
//!   written (it is already stale) but folded into the next one, so a burst that pauses
//!   briefly is still one rebuild.
//! - Temporary and swap files (`.swp`, `~`, `4913`, `.#x`, `*.bck`) never trigger a rebuild.
//! - The output folder is never watched, and events inside it are ignored, so writing the
//!   site cannot trigger another rebuild, even when it lives inside `incidents/`.
//! - The site being read (or served) is never rewritten in place (mdBook #383, #862): the
//!   build happens in memory and the output folder is swapped in one rename.
//! - A broken file keeps the last good site and says why; nothing a user saves can stop the
//!   watcher.
//! - Events can be lost (a full inotify queue, network file systems): every few seconds the
//!   inputs' fingerprints are compared with what was built, and `--poll` polls instead of
//!   relying on events at all.
//! - A failure that no edit caused cannot wait for an edit to clear it: a site that could not
//!   be written (the output folder briefly unwritable or replaced, the disk full), and a build
//!   that failed because an input could not be read (too many open files, an I/O error, a
//!   file or folder that vanished mid-read, a watcher that could not be set up) are tried
//!   again, after `RETRY_FIRST` and then twice as long each time up to `RETRY_MAX`, until
//!   they work or a new change supersedes them. Each failure is reported once; the retry that
//!   works says so.
//! - "Now" is not frozen at start-up: each rebuild reads the clock, and the site is rebuilt
//!   by itself when a time-driven fact changes (`clock`), unless `--now` fixes it.

use std::collections::HashSet;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::mpsc::{self, Receiver, RecvTimeoutError, Sender};
use std::time::{Duration, Instant};

use jiff::Timestamp;
use notify::RecursiveMode;

use crate::console::Console;
use crate::diagnostic::Diagnostic;
use crate::error::Error;
use crate::incremental::parse_cache::{Dirty, OtherInputs};
use crate::input::SitePaths;
use crate::output::{Output, Tell, Writer};
use crate::pipeline::{self, BuildOptions};

mod clock;
mod events;
mod retry;
#[cfg(test)]
mod tests;

pub(crate) use clock::Now;
use retry::Retry;

/// How often an idle watch compares the inputs with what was built, for lost events.
pub(crate) const RESCAN: Duration = Duration::from_secs(3);

/// The longest a burst of changes that never pauses waits for its rebuild.
pub(crate) const MAX_BURST: Duration = Duration::from_secs(10);

/// The first retry of a failed write or read comes this long after the failure; each further
/// one twice as long after the last, up to `RETRY_MAX`, for as long as it keeps failing (a
/// retry costs one write of the site, or one read of the files that failed: cheap next to a
/// status page that stays stale).
pub(crate) const RETRY_FIRST: Duration = Duration::from_millis(250);
pub(crate) const RETRY_MAX: Duration = Duration::from_secs(30);

/// Quiet time after a change to a single file that still exists: the events of one save
/// (an editor's write, or write-then-rename) arrive within a millisecond or two.
pub(crate) const SETTLE: Duration = Duration::from_millis(10);

/// How `watch` runs (`serve` uses the same).
#[derive(Debug, Clone)]
pub(crate) struct WatchOptions {
    /// The build; its paths are made absolute by `Session::new`, its `now` set from `now`
    /// before each rebuild.
    pub(crate) build: BuildOptions,
    /// Where each rebuild reads "now".
    pub(crate) now: Now,
    pub(crate) out: PathBuf,
    /// Quiet time that ends a burst of changes to several files (one file waits `SETTLE`).
    pub(crate) debounce: Duration,
    /// Poll the file system instead of waiting for its events.
    pub(crate) poll: bool,
    /// How often, when idle, to look for changes whose events were lost.
    pub(crate) rescan: Duration,
}

/// The outcome of one build, as `serve` needs it.
#[derive(Debug)]
pub(crate) struct Built<'a> {
    /// The new site, or `None` when the build failed (the last good one stays).
    pub(crate) output: Option<Arc<Output>>,
    pub(crate) diagnostics: &'a [Diagnostic],
}

/// What the file watcher and the signal handler send the session.
enum Msg {
    Fs(notify::Result<notify::Event>),
    /// The clock may have moved: look again whether a time-driven change is due (tests move
    /// their clock and say so; the system's clock is watched with timeouts).
    #[cfg_attr(not(test), allow(dead_code))]
    Clock,
    Stop,
}

/// A watch in progress: the file watcher, what was built, and the output writer.
pub(crate) struct Session {
    console: Console,
    opts: WatchOptions,
    /// `out`, resolved through symbolic links, to recognise events inside it by either name.
    out_real: Option<PathBuf>,
    /// The inputs as last read and checked, and the pieces of the last rendering.
    state: crate::incremental::Incremental,
    /// The warnings reported so far (as their one-line form), not repeated on every rebuild.
    warned: HashSet<String>,
    other: OtherInputs,
    writer: Writer,
    rx: Receiver<Msg>,
    /// What the signal handler (and a test) sends the session through.
    tx: Sender<Msg>,
    watcher: Box<dyn notify::Watcher>,
    /// Recursively watched folders (`incidents/`, `themes/`), with the identity they had.
    watched: Vec<(PathBuf, Option<crate::output::FolderId>)>,
    /// A stop request came in while looking for newer changes.
    stopping: bool,
    /// The last good site, when writing it failed: written again until it works.
    unwritten: Option<Retry<Arc<Output>>>,
    /// Inputs the last build could not read (it failed for it): read again until it works.
    unread: Option<Retry<HashSet<PathBuf>>>,
    /// `incidents/` or `themes/` could not be watched: tried again (the rescan covers them
    /// meanwhile).
    unwatched: Option<Retry<()>>,
    /// The file watcher's last error, reported once (it may repeat for every event).
    watcher_error: Option<String>,
    /// When the last site built changes with no edit (`derive::next_change`): rebuilt then.
    next_change: Option<Timestamp>,
    /// "Now" of the last build, once there has been one.
    built_now: Option<Timestamp>,
}

/// What became of a rebuild.
enum Outcome {
    /// Written (or failed and reported).
    Done,
    /// More changes came in while it ran: it was not written; these are the new ones.
    Superseded(Vec<PathBuf>, bool),
}

impl std::fmt::Debug for Session {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Session")
            .field("opts", &self.opts)
            .finish_non_exhaustive()
    }
}

/// The time of day a watch line starts with.
fn clock() -> jiff::fmt::strtime::Display<'static> {
    jiff::Zoned::now().strftime("%H:%M:%S")
}

fn absolute(p: &Path) -> PathBuf {
    std::path::absolute(p).unwrap_or_else(|_| p.to_path_buf())
}

fn watch_error(path: &Path, e: notify::Error) -> Error {
    let hint = match &e.kind {
        notify::ErrorKind::MaxFilesWatch => "; raise fs.inotify.max_user_watches, or pass --poll",
        _ => "; pass --poll to poll for changes instead",
    };
    Error::Io {
        path: path.to_path_buf(),
        source: std::io::Error::other(format!("cannot watch for changes: {e}{hint}")),
    }
}

impl Session {
    /// Starts watching (before the first build, so no change made during it is lost).
    pub(crate) fn new(console: Console, mut opts: WatchOptions) -> Result<Session, Error> {
        let paths = &opts.build.paths;
        opts.build.paths = SitePaths {
            root: absolute(&paths.root),
            config: absolute(&paths.config),
        };
        opts.out = absolute(&opts.out);
        crate::output::check_target(&opts.out)?;
        let (tx, rx) = mpsc::channel();
        let events = tx.clone();
        let handler = move |res| {
            let _ = events.send(Msg::Fs(res));
        };
        // notify walks links it is told to follow with no bound (a link to `/` under
        // `incidents/` watched the whole machine): it follows none, and the periodic rescan
        // (`input::walk`, which follows links that stay in the site) sees changes behind them.
        let config = notify::Config::default().with_follow_symlinks(false);
        let watcher: Box<dyn notify::Watcher> = if opts.poll {
            let config = config.with_poll_interval(Duration::from_millis(500));
            Box::new(
                notify::PollWatcher::new(handler, config)
                    .map_err(|e| watch_error(&opts.build.paths.root, e))?,
            )
        } else {
            Box::new(
                <notify::RecommendedWatcher as notify::Watcher>::new(handler, config)
                    .map_err(|e| watch_error(&opts.build.paths.root, e))?,
            )
        };
        let mut session = Session {
            console,
            out_real: None,
            state: Default::default(),
            warned: HashSet::new(),
            other: OtherInputs::default(),
            writer: Writer::new(&opts.out, Tell::new(move |n| console.say(n))),
            opts,
            rx,
            tx,
            watcher,
            watched: Vec::new(),
            stopping: false,
            unwritten: None,
            unread: None,
            unwatched: None,
            watcher_error: None,
            next_change: None,
            built_now: None,
        };
        // The folders holding the config and the site (not recursively): they show the config
        // replaced by a rename, and `incidents/` or `themes/` appearing.
        let paths = session.opts.build.paths.clone();
        let mut flat: Vec<PathBuf> = vec![paths.root.clone()];
        if let Some(dir) = paths.config.parent()
            && dir != paths.root
        {
            flat.push(dir.to_path_buf());
        }
        for dir in flat {
            session
                .watcher
                .watch(&dir, RecursiveMode::NonRecursive)
                .map_err(|e| watch_error(&dir, e))?;
        }
        session.sync_watches()?;
        Ok(session)
    }

    /// Ctrl-C and SIGTERM end the watch cleanly (the binary's sessions; not tests').
    pub(crate) fn stop_on_signal(&self) {
        events::stop_on_signal(self.tx.clone());
    }

    fn paths(&self) -> &SitePaths {
        &self.opts.build.paths
    }

    /// The first build. A failure is reported; the watch goes on.
    pub(crate) fn initial_build(&mut self, sink: &mut dyn FnMut(Built<'_>)) {
        let started = Instant::now();
        let result = self.run_pipeline(Dirty::All);
        let (ok, written) = self.publish(result, sink);
        if ok {
            let what = match written {
                Some(w) => format!(
                    "built {} files into `{}` in {} ms",
                    w.total,
                    self.opts.out.display(),
                    started.elapsed().as_millis()
                ),
                None => "built the site, but could not write it (see above)".to_string(),
            };
            self.console.say(what);
        } else {
            self.console.say(format_args!(
                "error: build failed; `{}` was left as it was",
                self.opts.out.display()
            ));
        }
        self.out_real = std::fs::canonicalize(&self.opts.out).ok();
        self.writer.prepare();
        let times = match self.opts.now {
            Now::Fixed(t) => format!(
                "pages show times as of {}, fixed by --now",
                t.to_zoned(jiff::tz::TimeZone::system())
                    .strftime("%Y-%m-%d %H:%M %Z")
            ),
            Now::Clock(_) => "pages follow the clock, and are rebuilt by themselves when a \
                              promise falls due, a maintenance window opens or closes, and at \
                              midnight"
                .to_string(),
        };
        self.console.say(format_args!(
            "watching {} for changes{}; {times}; Ctrl-C stops",
            self.describe_inputs(),
            if self.opts.poll { " (polling)" } else { "" },
        ));
    }

    fn describe_inputs(&self) -> String {
        let p = self.paths();
        format!(
            "`{}`, `{}/` and `{}/`",
            self.shown(&p.config),
            self.shown(&p.incidents()),
            self.shown(&p.themes())
        )
    }

    /// A path as every line for the person names it: from the current folder, as reports do.
    fn shown(&self, path: &Path) -> String {
        self.console.path(path)
    }

    /// Reads what changed and runs the pipeline, as of the clock (or the fixed "now").
    fn run_pipeline(&mut self, dirty: Dirty) -> pipeline::BuildResult {
        let other = OtherInputs::take(self.paths());
        let mut t = crate::timings::Phases::start("watch");
        self.opts.build.now = self
            .opts
            .now
            .of_rebuild(&[self.built_now, self.next_change]);
        let result = pipeline::rebuild(&self.opts.build, &mut self.state, &dirty);
        self.other = other;
        t.mark("build");
        result
    }

    /// Reports a build and writes its site; says what happened.
    fn publish(
        &mut self,
        result: pipeline::BuildResult,
        sink: &mut dyn FnMut(Built<'_>),
    ) -> (bool, Option<crate::output::WriteCounts>) {
        let mut t = crate::timings::Phases::start("watch");
        self.report(&result.diagnostics);
        t.mark("report");
        // The site shown is this build's, or the last good one, whose facts were already as
        // of an earlier "now"; a failed build has no time-driven change to wait for.
        self.built_now = Some(self.opts.build.now);
        self.next_change = result.next_change;
        let Some(output) = result.output else {
            sink(Built {
                output: None,
                diagnostics: &result.diagnostics,
            });
            self.note_unread(&result.diagnostics, true);
            return (false, None);
        };
        self.unread = None;
        let output = Arc::new(output);
        sink(Built {
            output: Some(output.clone()),
            diagnostics: &result.diagnostics,
        });
        t.mark("sink");
        let written = self.writer.write(output.clone());
        t.mark("write");
        match written {
            Ok(w) => {
                self.written();
                (true, Some(w))
            }
            Err(e) => {
                // The disk is full, the folder went read-only…: say so, keep watching, and
                // write this site again until it works.
                self.note_unwritten(output, &e, true);
                (true, None)
            }
        }
    }

    /// After a successful write: nothing is left to write, and the output folder's real name
    /// is known even when the first write failed (events inside it are then ignored).
    fn written(&mut self) {
        self.unwritten = None;
        if self.out_real.is_none() {
            self.out_real = std::fs::canonicalize(&self.opts.out).ok();
        }
    }

    /// Reports errors, and warnings not reported before: a site with a thousand old warnings
    /// would otherwise bury the one the last save caused. A count says what was left out.
    fn report(&mut self, diags: &[Diagnostic]) {
        let mut seen = HashSet::with_capacity(diags.len());
        let mut repeated = 0;
        let shown: Vec<Diagnostic> = diags
            .iter()
            .filter(|d| {
                let line = crate::diagnostic::render_short(d);
                let new = d.is_error() || !self.warned.contains(&line);
                seen.insert(line);
                repeated += usize::from(!new);
                new
            })
            .cloned()
            .collect();
        self.console.report(&shown);
        if repeated > 0 {
            self.console.tell(format_args!(
                "note: {repeated} earlier warning{} still appl{} (not shown again; `candor check` lists every one)",
                if repeated == 1 { "" } else { "s" },
                if repeated == 1 { "ies" } else { "y" },
            ));
        }
        self.warned = seen;
    }

    /// One rebuild, with its line: when, how long, what changed, what was written. With
    /// `supersede`, a build that finds newer changes waiting when it is done gives way to
    /// them: it is neither reported nor written (it is already stale).
    fn rebuild(
        &mut self,
        dirty: Dirty,
        what: &str,
        sink: &mut dyn FnMut(Built<'_>),
        supersede: bool,
    ) -> Outcome {
        let started = Instant::now();
        let result = self.run_pipeline(dirty);
        if supersede {
            let (newer, lost) = self.waiting();
            if !newer.is_empty() || lost {
                return Outcome::Superseded(newer, lost);
            }
        }
        let (ok, written) = self.publish(result, sink);
        let ms = started.elapsed().as_millis();
        let clock = clock();
        match (ok, written) {
            (true, Some(w)) => {
                let files = match (w.changed, w.removed) {
                    (0, 0) => "no file changed".to_string(),
                    (c, 0) => format!("wrote {c} of {} files", w.total),
                    (c, r) => format!("wrote {c} and removed {r} of {} files", w.total),
                };
                self.console
                    .say(format_args!("{clock} rebuilt in {ms} ms: {what}; {files}"));
            }
            (true, None) => self.console.say(format_args!(
                "{clock} rebuilt in {ms} ms: {what}; the site could not be written (see above)"
            )),
            (false, _) => self.console.say(format_args!(
                "{clock} rebuild failed in {ms} ms: {what}; `{}` still holds the last good site",
                self.shown(&self.opts.out)
            )),
        }
        Outcome::Done
    }

    fn describe_changes(&self, changed: &[PathBuf]) -> String {
        let mut shown: Vec<String> = Vec::new();
        for p in changed {
            let s = self.shown(p);
            if !shown.contains(&s) {
                shown.push(s);
            }
        }
        match shown.len() {
            0 => "inputs changed".to_string(),
            1 => format!("{} changed", shown[0]),
            2 => format!("{} and {} changed", shown[0], shown[1]),
            n => format!("{}, {} and {} more changed", shown[0], shown[1], n - 2),
        }
    }

    /// Rebuilds with no edit when the clock has reached the next time-driven change of the
    /// site (`derive::next_change`): a promise falling due, a maintenance window opening or
    /// closing, midnight in the site's zone, an entry dated ahead coming due.
    fn rebuild_if_due(&mut self, sink: &mut dyn FnMut(Built<'_>)) {
        let Some(at) = self.next_change.filter(|at| self.opts.now.reached(*at)) else {
            return;
        };
        let when = at
            .to_zoned(jiff::tz::TimeZone::system())
            .strftime("%H:%M:%S");
        let what = format!(
            "no file changed, but the site changes at {when} (a promise falling due, a \
             maintenance window, midnight or an entry dated ahead)"
        );
        self.rebuild(Dirty::Paths(HashSet::new()), &what, sink, false);
    }

    /// Inputs that differ from what the last build read, found without events.
    fn rescan(&self) -> Vec<PathBuf> {
        let mut changed = self.state.files.changed_on_disk(self.paths());
        changed.extend(OtherInputs::take(self.paths()).diff(&self.other));
        changed
    }

    /// Rebuilds after every burst of changes until stopped (Ctrl-C or SIGTERM).
    pub(crate) fn run(mut self, sink: &mut dyn FnMut(Built<'_>)) -> Result<(), Error> {
        let mut next_rescan = Instant::now() + self.opts.rescan;
        while !self.stopping {
            if self.next_retry().is_some_and(|at| at <= Instant::now()) {
                self.retry(sink);
            }
            self.rebuild_if_due(sink);
            // The time-driven change is looked for again at least every rescan too: the
            // monotonic clock a timeout runs on stops while the machine sleeps, and the
            // system's clock can be set.
            let event = self.next_change.and_then(|at| self.opts.now.instant_of(at));
            let until = [self.next_retry(), event]
                .into_iter()
                .flatten()
                .fold(next_rescan, Instant::min);
            let wait = until.saturating_duration_since(Instant::now());
            let first = match self.rx.recv_timeout(wait) {
                Ok(Msg::Stop) | Err(RecvTimeoutError::Disconnected) => break,
                Ok(Msg::Fs(ev)) => ev,
                Ok(Msg::Clock) => continue,
                // A retry or a time-driven change is due: done at the top of the loop.
                Err(RecvTimeoutError::Timeout) if Instant::now() < next_rescan => continue,
                Err(RecvTimeoutError::Timeout) => {
                    next_rescan = Instant::now() + self.opts.rescan;
                    let changed = self.rescan();
                    if !changed.is_empty() {
                        let dirty = Dirty::Paths(changed.iter().cloned().collect());
                        let what = self.describe_changes(&changed);
                        self.rebuild(dirty, &what, sink, false);
                    }
                    continue;
                }
            };
            let mut changed: Vec<PathBuf> = Vec::new();
            let mut lost = false;
            self.take_event(first, &mut changed, &mut lost);
            if changed.is_empty() && !lost {
                continue;
            }
            let started = Instant::now();
            // Paths already read by a superseded build of this burst.
            let mut read = 0;
            loop {
                self.gather(started, &mut changed, &mut lost);
                if self.stopping {
                    break;
                }
                match self.sync_watches() {
                    Ok(()) => self.unwatched = None,
                    Err(e) => {
                        let (retry, new) = Retry::after(self.unwatched.take(), (), e.to_string());
                        if new {
                            self.console.say(format_args!("warning: {e}"));
                        }
                        self.unwatched = Some(retry);
                    }
                }
                let dirty = if lost {
                    changed.extend(self.rescan());
                    Dirty::All
                } else {
                    Dirty::Paths(changed[read..].iter().cloned().collect::<HashSet<_>>())
                };
                // A burst that never pauses is still written every `MAX_BURST`.
                let supersede = started.elapsed() < MAX_BURST;
                let what = self.describe_changes(&changed);
                match self.rebuild(dirty, &what, sink, supersede) {
                    Outcome::Done => break,
                    Outcome::Superseded(newer, newly_lost) => {
                        read = changed.len();
                        changed.extend(newer);
                        lost = newly_lost;
                    }
                }
            }
            next_rescan = Instant::now() + self.opts.rescan;
        }
        self.writer.finish();
        Ok(())
    }
}

/// `candor watch`.
pub(crate) fn watch(console: Console, opts: WatchOptions) -> Result<(), Error> {
    let mut session = Session::new(console, opts)?;
    session.stop_on_signal();
    let mut sink = |_: Built<'_>| {};
    session.initial_build(&mut sink);
    session.run(&mut sink)
}
