//! What `notify` remembers of each incident file between runs, so a history of thousands of
//! incidents is not parsed again to find the one new update: per file, a hash of its bytes,
//! the keys of the entries it had due, and whether it can owe anything without changing
//! (an open incident, a future update or reminder). A file whose bytes are the same, that
//! cannot owe anything new, and whose entries every target has, is not read past its hash.
//! The cache is only a shortcut: without it, or with a stale one, every file is parsed.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use jiff::Timestamp;
use rayon::prelude::*;
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use crate::error::{Error, io};
use crate::input::SitePaths;
use crate::input::paths::incident_files;
use crate::model::{Incident, Kind, Site};

use super::entries;

/// Bumped when what a file owes is worked out differently.
const VERSION: u32 = 2;

#[derive(Debug, Default, Serialize, Deserialize)]
pub(crate) struct Cache {
    version: u32,
    /// The config's bytes and candor's version, hashed: either changing empties the cache.
    config: String,
    files: BTreeMap<String, FileFacts>,
    /// Not the file's: it was missing, unreadable or made for another config.
    #[serde(skip)]
    loaded_stale: bool,
}

/// What one file owed when it was last parsed.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub(crate) struct FileFacts {
    hash: String,
    /// Every target had every entry due then (sent, or recorded as passed).
    settled: bool,
    /// It may owe something later with no edit, or it shapes the page's status: an open
    /// incident, maintenance not over, or an entry due later (`next`).
    live: bool,
    next: Option<Timestamp>,
}

/// The cache's file: beside the ledger.
pub(crate) fn path_for(ledger: &Path) -> PathBuf {
    let mut name = ledger.file_name().unwrap_or_default().to_os_string();
    name.push(".cache.json");
    ledger.with_file_name(name)
}

fn sha(bytes: &[u8]) -> String {
    let d = Sha256::digest(bytes);
    d.iter().map(|b| format!("{b:02x}")).collect()
}

/// Every incident file's hash now, by its shown path (files that cannot be read get none,
/// and are parsed, so their error is reported).
pub(crate) fn hashes(paths: &SitePaths) -> BTreeMap<String, Option<String>> {
    let (files, _) = incident_files(paths);
    files
        .par_iter()
        .map(|p| (paths.display(p), std::fs::read(p).ok().map(|b| sha(&b))))
        .collect()
}

/// The config's identity for the cache.
pub(crate) fn config_key(paths: &SitePaths) -> String {
    let bytes = std::fs::read(&paths.config).unwrap_or_default();
    format!("{}:{}", env!("CARGO_PKG_VERSION"), sha(&bytes))
}

impl Cache {
    /// The cache at `path`, if it was made with this config and version; else an empty one.
    pub(crate) fn load(path: &Path, config: &str) -> Cache {
        let fresh = Cache {
            version: VERSION,
            config: config.to_string(),
            files: BTreeMap::new(),
            loaded_stale: true,
        };
        let Ok(text) = std::fs::read_to_string(path) else {
            return fresh;
        };
        match serde_json::from_str::<Cache>(&text) {
            Ok(c) if c.version == VERSION && c.config == config => c,
            _ => fresh,
        }
    }

    /// Whether `file` owes nothing: its bytes are still `hash`, every target had its entries
    /// last time, and it cannot owe anything new by `now`.
    pub(crate) fn settled(&self, file: &str, hash: Option<&String>, now: Timestamp) -> bool {
        let Some(f) = self.files.get(file) else {
            return false;
        };
        let same = hash.is_some_and(|h| *h == f.hash);
        same && f.settled && !f.live && f.next.is_none_or(|t| t > now)
    }

    /// Records what the parsed files owe now, keeps the facts of the files skipped, and
    /// forgets files that are gone; whether anything changed (the cache is then saved).
    pub(crate) fn update(
        &mut self,
        site: &Site,
        hashes: &BTreeMap<String, Option<String>>,
        now: Timestamp,
        settled: impl Fn(&str) -> bool,
    ) -> bool {
        let before = self.files.len();
        self.files.retain(|f, _| hashes.contains_key(f));
        let mut changed = self.files.len() != before || self.loaded_stale;
        let remind = site.config.notify.remind_before;
        for (index, inc) in site.incidents.iter().enumerate() {
            let Some(Some(hash)) = hashes.get(&inc.file) else {
                continue;
            };
            let mut due = Vec::new();
            entries::of_incident(&mut due, index, inc, now, remind);
            let mut all = Vec::new();
            entries::of_incident(&mut all, index, inc, Timestamp::MAX, remind);
            let next = all.iter().map(|e| e.at).filter(|t| *t > now).min();
            let facts = FileFacts {
                hash: hash.clone(),
                settled: due.iter().all(|e| settled(&e.key)),
                live: live(inc, now),
                next,
            };
            if self.files.get(&inc.file) != Some(&facts) {
                self.files.insert(inc.file.clone(), facts);
                changed = true;
            }
        }
        changed
    }

    /// Writes the cache whole, replacing the old one only once it is complete. The
    /// temporary file has a fixed name (the ledger's lock keeps runs apart), so a run killed
    /// while saving leaves no litter: the next save overwrites it.
    pub(crate) fn save(&self, path: &Path) -> Result<(), Error> {
        let mut tmp = path.as_os_str().to_os_string();
        tmp.push(".tmp");
        let tmp = PathBuf::from(tmp);
        let bytes = serde_json::to_vec(self).expect("the cache serialises");
        std::fs::write(&tmp, bytes).map_err(io(&tmp))?;
        std::fs::rename(&tmp, path).map_err(io(path))?;
        Ok(())
    }
}

/// An incident that is open or a maintenance not over shapes what is said now (the page's
/// status in a webhook), so it is always read.
fn live(inc: &Incident, now: Timestamp) -> bool {
    let window_ahead = inc.kind == Kind::Maintenance && inc.window.is_some_and(|w| w.until > now);
    inc.is_open() || window_ahead
}
