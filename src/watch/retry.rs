//! What watch tries again without an edit: a site it could not write, inputs it could not
//! read, folders it could not watch. Each is retried after `RETRY_FIRST`, then twice as long
//! each time up to `RETRY_MAX`, and each failure is reported once.

use std::collections::HashSet;
use std::path::PathBuf;
use std::sync::Arc;
use std::time::{Duration, Instant};

use super::{Built, RETRY_FIRST, RETRY_MAX, Session, clock};
use crate::diagnostic::Diagnostic;
use crate::error::Error;
use crate::incremental::parse_cache::Dirty;
use crate::output::Output;

/// Something to try again, when, and what its failure said (reported once).
pub(super) struct Retry<T> {
    item: T,
    at: Instant,
    delay: Duration,
    attempts: u32,
    reported: String,
}

impl<T> Retry<T> {
    /// The retry after `failure` (the previous one's, when there was one): a failure not seen
    /// before is to be reported (`true`), one seen before is not.
    pub(super) fn after(previous: Option<Retry<T>>, item: T, failure: String) -> (Retry<T>, bool) {
        let (delay, attempts, new) = match previous {
            Some(p) => {
                let new = p.reported != failure;
                ((p.delay * 2).min(RETRY_MAX), p.attempts + 1, new)
            }
            None => (RETRY_FIRST, 1, true),
        };
        let retry = Retry {
            item,
            at: Instant::now() + delay,
            delay,
            attempts,
            reported: failure,
        };
        (retry, new)
    }

    fn due(&self) -> bool {
        Instant::now() >= self.at
    }
}

impl Session {
    /// Remembers a site that could not be written, to write it again; reports the failure
    /// unless it is the one already reported (`loud`: a rebuild the user caused reports it
    /// even then, since its own line points at it).
    pub(super) fn note_unwritten(&mut self, output: Arc<Output>, e: &Error, loud: bool) {
        let (retry, new) = Retry::after(self.unwritten.take(), output, e.to_string());
        if new || loud {
            self.console.say(format_args!(
                "error: {e}\nnote: the site is written again by itself once this is fixed \
                 (retrying every {} s at most)",
                RETRY_MAX.as_secs()
            ));
        }
        self.unwritten = Some(retry);
    }

    /// After a failed build: the inputs it could not read, to read again. An error that
    /// points at no line is about the file, not its text (it could not be read, it vanished
    /// mid-read, a folder could not be listed), so reading again can end it without any edit;
    /// an error in the text waits for the edit that fixes it. With `reset`, the build came
    /// from a change, and the retries start over.
    pub(super) fn note_unread(&mut self, diags: &[Diagnostic], reset: bool) {
        let root = &self.opts.build.paths.root;
        let paths: HashSet<PathBuf> = diags
            .iter()
            .filter(|d| d.is_error() && d.span().is_none())
            .map(|d| match &d.file {
                Some(f) => root.join(f),
                // Somewhere among the incidents: read them all again.
                None => self.paths().incidents(),
            })
            .collect();
        if paths.is_empty() {
            self.unread = None;
            return;
        }
        let failure =
            crate::diagnostic::render(diags, crate::diagnostic::MessageFormat::Short, false);
        let previous = if reset { None } else { self.unread.take() };
        let (retry, _) = Retry::after(previous, paths, failure);
        self.unread = Some(retry);
    }

    /// The next retry that is due, if any, done: the site written again, the unreadable
    /// inputs read again, the watches set up again. Quiet while it fails the same way.
    pub(super) fn retry(&mut self, sink: &mut dyn FnMut(Built<'_>)) {
        if self.unwatched.as_ref().is_some_and(Retry::due) {
            self.watch_again();
        }
        if self.unread.as_ref().is_some_and(Retry::due) {
            if let Some(pending) = self.unread.take() {
                self.read_again(pending, sink);
            }
            return;
        }
        if self.unwritten.as_ref().is_some_and(Retry::due)
            && let Some(pending) = self.unwritten.take()
        {
            self.write_again(pending);
        }
    }

    /// Sets up the watches of `incidents/` and `themes/` again.
    fn watch_again(&mut self) {
        let previous = self.unwatched.take();
        if let Err(e) = self.sync_watches() {
            let (retry, new) = Retry::after(previous, (), e.to_string());
            if new {
                self.console.say(format_args!("warning: {e}"));
            }
            self.unwatched = Some(retry);
        } else {
            self.console
                .say(format_args!("{} watching for changes again", clock()));
        }
    }

    /// Reads again the inputs the last build could not read, and publishes the build.
    fn read_again(&mut self, pending: Retry<HashSet<PathBuf>>, sink: &mut dyn FnMut(Built<'_>)) {
        let started = Instant::now();
        let dirty = Dirty::Paths(pending.item.clone());
        let result = self.run_pipeline(dirty);
        if result.failed() {
            let failure = crate::diagnostic::render(
                &result.diagnostics,
                crate::diagnostic::MessageFormat::Short,
                false,
            );
            if failure == pending.reported {
                // The same failure: nothing new to say; wait longer.
                self.unread = Some(pending);
                self.note_unread(&result.diagnostics, false);
                return;
            }
        }
        let attempts = pending.attempts;
        let (ok, written) = self.publish(result, sink);
        let ms = started.elapsed().as_millis();
        match (ok, written) {
            (true, Some(w)) => self.console.say(format_args!(
                "{} rebuilt in {ms} ms: read again after {attempts} failed attempt{}; wrote {} of {} files",
                clock(),
                if attempts == 1 { "" } else { "s" },
                w.changed,
                w.total
            )),
            (true, None) => self.console.say(format_args!(
                "{} rebuilt in {ms} ms: read again; the site could not be written (see above)",
                clock()
            )),
            (false, _) => self.console.say(format_args!(
                "{} rebuild failed in {ms} ms: read again, and it failed otherwise (see above)",
                clock()
            )),
        }
    }

    /// Writes again the last good site, which could not be written.
    fn write_again(&mut self, pending: Retry<Arc<Output>>) {
        let attempts = pending.attempts;
        let output = pending.item.clone();
        match self.writer.write(output.clone()) {
            Ok(w) => {
                self.written();
                self.console.say(format_args!(
                    "{} wrote the site after {attempts} failed attempt{}: {} of {} files",
                    clock(),
                    if attempts == 1 { "" } else { "s" },
                    w.changed,
                    w.total
                ));
            }
            Err(e) => {
                self.unwritten = Some(pending);
                self.note_unwritten(output, &e, false);
            }
        }
    }

    /// When the next retry is due, if one is waiting.
    pub(super) fn next_retry(&self) -> Option<Instant> {
        [
            self.unwritten.as_ref().map(|r| r.at),
            self.unread.as_ref().map(|r| r.at),
            self.unwatched.as_ref().map(|r| r.at),
        ]
        .into_iter()
        .flatten()
        .min()
    }
}
