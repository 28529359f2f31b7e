//! The ledger: what `candor notify` has sent where, kept in a file between runs (CI restores
//! it from a cache or a branch). One JSON line per fact, appended and flushed to disk as it
//! happens: a run killed at any moment leaves every send it finished recorded, and a send it
//! started but did not finish recorded as started, so the next run knows which sends may
//! have gone out twice.

use std::collections::{HashMap, HashSet};
use std::fs::{self, File, OpenOptions};
use std::io::{Read, Seek, SeekFrom, Write};
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::error::{Error, io};

/// What the ledger knows of one entry at one target.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub(crate) enum State {
    /// The target was set up after this entry: it is not sent.
    Baseline,
    /// A send began; it may or may not have arrived.
    Sending,
    /// The target took it.
    Sent,
    /// The target refused it (or it never left): it did not arrive, and is sent again.
    Failed,
}

/// One line of the file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub(crate) struct Line {
    pub(crate) target: String,
    /// None on the line that marks a target's first run (its baseline is taken).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) entry: Option<String>,
    /// Many entries in one line, all in `state` (a baseline of thousands is one line).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub(crate) entries: Vec<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) state: Option<State>,
    /// When it was recorded (RFC 3339).
    pub(crate) at: String,
}

impl Line {
    /// The line saying `target` has run before (its baseline is taken).
    pub(crate) fn start(target: &str, at: &str) -> Line {
        Line {
            target: target.to_string(),
            entry: None,
            entries: Vec::new(),
            state: None,
            at: at.to_string(),
        }
    }

    /// `entry` is in `state` at `target`.
    pub(crate) fn one(target: &str, entry: &str, state: State, at: &str) -> Line {
        Line {
            entry: Some(entry.to_string()),
            state: Some(state),
            ..Line::start(target, at)
        }
    }

    /// Each of `entries` is in `state` at `target`.
    pub(crate) fn many(target: &str, entries: Vec<String>, state: State, at: &str) -> Line {
        Line {
            entries,
            state: Some(state),
            ..Line::start(target, at)
        }
    }
}

/// The ledger, open and locked for this run.
#[derive(Debug)]
pub(crate) struct Ledger {
    path: PathBuf,
    /// None for a dry run, which reads the ledger and writes nothing.
    file: Option<File>,
    started: HashSet<String>,
    /// target → entry → state. Looked up for every entry of every target on each run (a
    /// hundred thousand on a large history), so by borrowed keys, with a fast hasher.
    states: HashMap<String, FastMap<Box<str>, State>>,
    /// (target, entry) → how many sends of it were begun and never seen through (a run
    /// killed mid-send; rare), while it is not sent. Each may have arrived.
    open: HashMap<(String, String), u32>,
}

type FastMap<K, V> = foldhash::HashMap<K, V>;

/// A line as read, borrowing from the file's text (most lines are read only to be folded).
#[derive(Deserialize)]
struct LineRef<'a> {
    #[serde(borrow)]
    target: std::borrow::Cow<'a, str>,
    #[serde(default, borrow)]
    entry: Option<std::borrow::Cow<'a, str>>,
    #[serde(default, borrow)]
    entries: Vec<std::borrow::Cow<'a, str>>,
    #[serde(default)]
    state: Option<State>,
}

impl Ledger {
    /// Opens (or creates) the ledger at `path` and locks it, so two runs never send the same
    /// entry at once. `write: false` only reads it (a dry run), without creating it.
    pub(crate) fn open(path: &Path, write: bool) -> Result<Ledger, Error> {
        let mut ledger = Ledger {
            path: path.to_path_buf(),
            file: None,
            started: HashSet::new(),
            states: HashMap::new(),
            open: HashMap::new(),
        };
        let text = if write {
            if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
                fs::create_dir_all(dir).map_err(io(dir))?;
            }
            let mut file = OpenOptions::new()
                .read(true)
                .append(true)
                .create(true)
                .open(path)
                .map_err(io(path))?;
            lock(&file, path)?;
            let mut text = String::new();
            file.read_to_string(&mut text).map_err(io(path))?;
            ledger.file = Some(file);
            ledger.mend_torn_tail(&text)?
        } else {
            let text = match fs::read_to_string(path) {
                Ok(t) => t,
                Err(e) if e.kind() == std::io::ErrorKind::NotFound => String::new(),
                Err(e) => return Err(io(path)(e)),
            };
            // A dry run reads past a torn last line, as the next real run will cut it off.
            whole_lines(&text).to_string()
        };
        for (n, line) in text.lines().enumerate() {
            if line.trim().is_empty() {
                continue;
            }
            let l: LineRef = serde_json::from_str(line).map_err(|e| {
                Error::Usage(format!(
                    "{}:{}: this ledger line cannot be read ({e})\nhelp: the ledger records what \
                     was sent; restore it from a backup, or remove the line if you know it was \
                     edited by hand",
                    path.display(),
                    n + 1
                ))
            })?;
            ledger.apply(&l.target, l.entry.as_deref(), l.state);
            for e in &l.entries {
                ledger.apply(&l.target, Some(e), l.state);
            }
        }
        Ok(ledger)
    }

    /// A run killed while appending leaves half a line: it is cut off before anything is
    /// added after it (the send it was recording is then retried, never lost).
    fn mend_torn_tail(&mut self, text: &str) -> Result<String, Error> {
        let whole = whole_lines(text);
        if whole.len() < text.len() {
            let file = self.file.as_mut().expect("open for writing");
            file.set_len(whole.len() as u64).map_err(io(&self.path))?;
            file.seek(SeekFrom::End(0)).map_err(io(&self.path))?;
        }
        Ok(whole.to_string())
    }

    fn apply(&mut self, target: &str, entry: Option<&str>, state: Option<State>) {
        match (entry, state) {
            (None, _) => {
                self.started.insert(target.to_string());
            }
            (Some(e), Some(s)) => {
                if !self.states.contains_key(target) {
                    self.states.insert(target.to_string(), FastMap::default());
                }
                let map = self.states.get_mut(target).expect("inserted above");
                let slot = match map.get_mut(e) {
                    Some(slot) => slot,
                    None => map.entry(e.into()).or_insert(s),
                };
                // Sent and baseline are final: a later line (a re-run's retry) changes nothing.
                if matches!(*slot, State::Sent | State::Baseline) && *slot != s {
                    return;
                }
                *slot = s;
                let key = || (target.to_string(), e.to_string());
                match s {
                    State::Sending => *self.open.entry(key()).or_default() += 1,
                    // The send just begun is settled: refused, so it did not arrive; the ones
                    // killed runs began before it may have.
                    State::Failed => {
                        if let Some(n) = self.open.get_mut(&key()) {
                            *n = n.saturating_sub(1);
                        }
                    }
                    // (Most lines are these, a hundred thousand in a baseline: no key is
                    // built while nothing is open.)
                    State::Sent | State::Baseline if !self.open.is_empty() => {
                        self.open.remove(&key());
                    }
                    State::Sent | State::Baseline => {}
                }
            }
            (Some(_), None) => {}
        }
    }

    /// Whether this target's baseline has been taken (it has run before).
    pub(crate) fn started(&self, target: &str) -> bool {
        self.started.contains(target)
    }

    pub(crate) fn state(&self, target: &str, entry: &str) -> Option<State> {
        self.states.get(target)?.get(entry).copied()
    }

    /// How many sends of `entry` to `target` earlier runs began and never saw through (0 once
    /// it is sent): each may have arrived.
    pub(crate) fn unfinished(&self, target: &str, entry: &str) -> u32 {
        match self.state(target, entry) {
            Some(State::Sending | State::Failed) => {
                let key = (target.to_string(), entry.to_string());
                self.open.get(&key).copied().unwrap_or(0)
            }
            _ => 0,
        }
    }

    /// Appends `lines` and flushes them to disk before returning.
    pub(crate) fn record(&mut self, lines: Vec<Line>) -> Result<(), Error> {
        let Some(file) = self.file.as_mut() else {
            return Ok(());
        };
        let mut text = String::new();
        for l in &lines {
            text.push_str(&serde_json::to_string(l).expect("ledger lines serialise"));
            text.push('\n');
        }
        file.write_all(text.as_bytes()).map_err(io(&self.path))?;
        file.sync_data().map_err(io(&self.path))?;
        for l in lines {
            if l.entries.is_empty() {
                self.apply(&l.target, l.entry.as_deref(), l.state);
            }
            for e in &l.entries {
                self.apply(&l.target, Some(e), l.state);
            }
        }
        Ok(())
    }
}

/// `text` up to the end of its last whole line.
fn whole_lines(text: &str) -> &str {
    &text[..text.rfind('\n').map_or(0, |i| i + 1)]
}

/// Takes the ledger's lock, or says which run holds it.
fn lock(file: &File, path: &Path) -> Result<(), Error> {
    use rustix::fs::{FlockOperation, flock};
    match flock(file, FlockOperation::NonBlockingLockExclusive) {
        Ok(()) => Ok(()),
        Err(e) if e == rustix::io::Errno::WOULDBLOCK => Err(Error::Usage(format!(
            "{}: another `candor notify` is using this ledger\nhelp: wait for it to finish; \
             two runs at once could send the same entry twice",
            path.display()
        ))),
        // A file system without locks (some network mounts): runs are not kept apart, as
        // before locks existed; the ledger itself still works.
        Err(_) => Ok(()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn line(target: &str, entry: Option<&str>, state: Option<State>) -> Line {
        match (entry, state) {
            (Some(e), Some(s)) => Line::one(target, e, s, "2026-12-01T00:00:00Z"),
            _ => Line::start(target, "2026-12-01T00:00:00Z"),
        }
    }

    #[test]
    fn what_was_recorded_is_read_back_and_sent_is_final() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("state/ledger.jsonl");
        let mut l = Ledger::open(&path, true).unwrap();
        l.record(vec![
            line("ops", None, None),
            line("ops", Some("a/update/1"), Some(State::Sending)),
            line("ops", Some("a/update/1"), Some(State::Sent)),
            line("ops", Some("a/update/1"), Some(State::Sending)),
            line("ops", Some("a/update/2"), Some(State::Sending)),
            line("ops", Some("a/update/3"), Some(State::Sending)),
            line("ops", Some("a/update/3"), Some(State::Sending)),
        ])
        .unwrap();
        drop(l);
        let l = Ledger::open(&path, false).unwrap();
        assert!(l.started("ops") && !l.started("mail"));
        assert_eq!(l.state("ops", "a/update/1"), Some(State::Sent));
        assert_eq!(l.state("ops", "a/update/2"), Some(State::Sending));
        assert_eq!(l.state("mail", "a/update/1"), None);
        assert_eq!(l.unfinished("ops", "a/update/1"), 0);
        assert_eq!(l.unfinished("ops", "a/update/2"), 1);
        assert_eq!(l.unfinished("ops", "a/update/3"), 2);
    }

    #[test]
    fn a_refused_send_did_not_arrive_but_one_a_killed_run_began_may_have() {
        let dir = tempfile::tempdir().unwrap();
        let mut l = Ledger::open(&dir.path().join("ledger.jsonl"), true).unwrap();
        l.record(vec![
            line("ops", Some("a"), Some(State::Sending)),
            line("ops", Some("a"), Some(State::Failed)),
            line("ops", Some("b"), Some(State::Sending)),
            line("ops", Some("b"), Some(State::Sending)),
            line("ops", Some("b"), Some(State::Failed)),
        ])
        .unwrap();
        assert_eq!(
            (l.state("ops", "a"), l.unfinished("ops", "a")),
            (Some(State::Failed), 0)
        );
        assert_eq!(
            (l.state("ops", "b"), l.unfinished("ops", "b")),
            (Some(State::Failed), 1)
        );
        l.record(vec![line("ops", Some("b"), Some(State::Sent))])
            .unwrap();
        assert_eq!(l.unfinished("ops", "b"), 0);
    }

    #[test]
    fn a_line_of_many_entries_records_each() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("ledger.jsonl");
        let mut l = Ledger::open(&path, true).unwrap();
        let keys = vec!["a/update/1".to_string(), "b/apology".to_string()];
        l.record(vec![Line::many("ops", keys, State::Baseline, "t")])
            .unwrap();
        assert_eq!(l.state("ops", "b/apology"), Some(State::Baseline));
        drop(l);
        let l = Ledger::open(&path, false).unwrap();
        assert_eq!(l.state("ops", "a/update/1"), Some(State::Baseline));
        assert_eq!(fs::read_to_string(&path).unwrap().lines().count(), 1);
    }

    #[test]
    fn a_torn_last_line_is_cut_off_and_the_rest_kept() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("ledger.jsonl");
        let good = serde_json::to_string(&line("ops", Some("a"), Some(State::Sent))).unwrap();
        fs::write(&path, format!("{good}\n{{\"target\":\"ops\",\"ent")).unwrap();
        let mut l = Ledger::open(&path, true).unwrap();
        l.record(vec![line("ops", Some("b"), Some(State::Sent))])
            .unwrap();
        drop(l);
        let text = fs::read_to_string(&path).unwrap();
        assert_eq!(text.lines().count(), 2, "{text}");
        let l = Ledger::open(&path, false).unwrap();
        assert_eq!(l.state("ops", "b"), Some(State::Sent));
    }

    #[test]
    fn a_second_run_is_refused_while_one_holds_the_ledger() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("ledger.jsonl");
        let _first = Ledger::open(&path, true).unwrap();
        let second = Ledger::open(&path, true).unwrap_err().to_string();
        assert!(second.contains("another `candor notify`"), "{second}");
    }

    #[test]
    fn a_dry_run_creates_nothing() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("state/ledger.jsonl");
        Ledger::open(&path, false).unwrap();
        assert!(!path.exists() && !path.parent().unwrap().exists());
    }
}
