//! What watch hears: which folders it watches, which changed paths are inputs, how a burst
//! of events is gathered into one rebuild, and the signals that stop it.

use std::path::{Path, PathBuf};
use std::sync::mpsc::{RecvTimeoutError, Sender};
use std::time::Instant;

use notify::event::{AccessKind, AccessMode};
use notify::{EventKind, RecursiveMode};

use super::{MAX_BURST, Msg, SETTLE, Session, watch_error};
use crate::error::Error;
use crate::input::walk::{is_ignored_name, is_incident_file};

impl Session {
    /// Watches `incidents/` and `themes/` recursively when they exist, again when they were
    /// replaced (a watch follows the folder, not its name).
    pub(super) fn sync_watches(&mut self) -> Result<(), Error> {
        for dir in [self.paths().incidents(), self.paths().themes()] {
            let id = crate::output::folder_id(&dir);
            let known = self.watched.iter().position(|(d, _)| *d == dir);
            match (known, id) {
                (Some(i), Some(id)) if self.watched[i].1 == Some(id) => {}
                (Some(i), _) => {
                    let _ = self.watcher.unwatch(&dir);
                    self.watched.remove(i);
                }
                (None, _) => {}
            }
            if id.is_some() && !self.watched.iter().any(|(d, _)| *d == dir) {
                self.watcher
                    .watch(&dir, RecursiveMode::Recursive)
                    .map_err(|e| watch_error(&dir, e))?;
                self.watched.push((dir, id));
            }
        }
        Ok(())
    }

    /// Whether a changed path is an input of the site.
    fn relevant(&self, path: &Path) -> bool {
        let paths = self.paths();
        let out = &self.opts.out;
        if path.starts_with(out) || self.out_real.as_ref().is_some_and(|r| path.starts_with(r)) {
            return false;
        }
        if path == paths.config {
            return true;
        }
        for (dir, incidents) in [(paths.incidents(), true), (paths.themes(), false)] {
            let Ok(rel) = path.strip_prefix(&dir) else {
                continue;
            };
            if rel
                .components()
                .any(|c| is_ignored_name(&c.as_os_str().to_string_lossy()))
            {
                return false;
            }
            if !incidents {
                return true;
            }
            return match std::fs::metadata(path) {
                Ok(m) if m.is_file() => is_incident_file(path),
                Ok(_) => true,
                // Gone: an incident file, or a folder that held some (moved away whole).
                Err(_) => is_incident_file(path) || self.state.files.holds_under(path),
            };
        }
        false
    }

    /// The relevant paths of one event, or `None` when the event means events were lost.
    fn event_paths(&self, event: &notify::Event) -> Option<Vec<PathBuf>> {
        if event.need_rescan() {
            return None;
        }
        match event.kind {
            EventKind::Access(AccessKind::Close(AccessMode::Write)) => {}
            EventKind::Access(_) => return Some(Vec::new()),
            _ => {}
        }
        Some(
            event
                .paths
                .iter()
                .filter(|p| self.relevant(p))
                .cloned()
                .collect(),
        )
    }

    /// Changes that came in since the burst was gathered (without waiting), and whether
    /// events were lost. A stop request is remembered for the main loop.
    pub(super) fn waiting(&mut self) -> (Vec<PathBuf>, bool) {
        let mut newer = Vec::new();
        let mut lost = false;
        loop {
            match self.rx.try_recv() {
                Ok(Msg::Fs(ev)) => self.take_event(ev, &mut newer, &mut lost),
                Ok(Msg::Stop) => self.stopping = true,
                // Looked at by the main loop once the burst is built.
                Ok(Msg::Clock) => {}
                Err(_) => break,
            }
        }
        (newer, lost)
    }

    /// Gathers the rest of a burst: waits until a quiet period passes with no change to an
    /// input. The period is `SETTLE` while a single file changed and is there (an editor's
    /// save), `--debounce` once several did or one is gone (a checkout, a copy, the middle
    /// of a write-and-rename). Other events (our own output, a log file beside the
    /// incidents) do not extend the wait, and a burst that never pauses is still built after
    /// `MAX_BURST`.
    pub(super) fn gather(&mut self, started: Instant, changed: &mut Vec<PathBuf>, lost: &mut bool) {
        let mut quiet_from = Instant::now();
        loop {
            let quiet = if !*lost && single_file(changed) {
                SETTLE.min(self.opts.debounce)
            } else {
                self.opts.debounce
            };
            let now = Instant::now();
            let until = (quiet_from + quiet).min(started + MAX_BURST);
            let Some(wait) = until.checked_duration_since(now).filter(|w| !w.is_zero()) else {
                return;
            };
            match self.rx.recv_timeout(wait) {
                Ok(Msg::Fs(ev)) => {
                    let before = (changed.len(), *lost);
                    self.take_event(ev, changed, lost);
                    if (changed.len(), *lost) != before {
                        quiet_from = Instant::now();
                    }
                }
                Ok(Msg::Clock) => {}
                Ok(Msg::Stop) | Err(RecvTimeoutError::Disconnected) => {
                    self.stopping = true;
                    return;
                }
                Err(RecvTimeoutError::Timeout) => {}
            }
        }
    }

    pub(super) fn take_event(
        &mut self,
        ev: notify::Result<notify::Event>,
        changed: &mut Vec<PathBuf>,
        lost: &mut bool,
    ) {
        match ev {
            Ok(ev) => {
                self.watcher_error = None;
                match self.event_paths(&ev) {
                    Some(paths) => changed.extend(paths),
                    None => *lost = true,
                }
            }
            // The watcher reports a problem (a watched folder vanished, its queue overflowed):
            // look at everything, and set the watches up again. Said once, not per event.
            Err(e) => {
                let text = e.to_string();
                if self.watcher_error.as_ref() != Some(&text) {
                    self.console.say(format_args!(
                        "warning: file watcher: {text} (looking at every input again)"
                    ));
                    self.watcher_error = Some(text);
                }
                *lost = true;
            }
        }
    }
}

/// Whether the changes are to one file that exists now: a save, not a burst or a rename
/// half done.
fn single_file(changed: &[PathBuf]) -> bool {
    match changed.split_first() {
        Some((first, rest)) => rest.iter().all(|p| p == first) && first.is_file(),
        None => false,
    }
}

/// Ctrl-C and SIGTERM end the watch cleanly, so the kept staging folder is removed.
pub(super) fn stop_on_signal(tx: Sender<Msg>) {
    std::thread::spawn(move || {
        let Ok(rt) = tokio::runtime::Builder::new_current_thread()
            .enable_io()
            .build()
        else {
            return;
        };
        rt.block_on(async {
            #[cfg(unix)]
            {
                use tokio::signal::unix::{SignalKind, signal};
                let Ok(mut term) = signal(SignalKind::terminate()) else {
                    let _ = tokio::signal::ctrl_c().await;
                    return;
                };
                tokio::select! {
                    _ = tokio::signal::ctrl_c() => {}
                    _ = term.recv() => {}
                }
            }
            #[cfg(not(unix))]
            {
                let _ = tokio::signal::ctrl_c().await;
            }
        });
        let _ = tx.send(Msg::Stop);
    });
}
