//! The one hook through which a channel asks `watch`'s memo for what it would render again.
//! A one-shot build passes `NoMemo`, which keeps nothing. What the memo keeps, and for how
//! long, is `incremental`'s business; a channel only says what a file shows (`Shown`), and the
//! key is made from that, never by hand.

use std::hash::Hash;
use std::sync::Arc;

use bytes::Bytes;

/// An incident's own pages, as rendered: (path, bytes).
pub(crate) type IncidentPages = Vec<(Arc<str>, Bytes)>;

/// What a memoized file is made from: the incidents it shows, by index (the memo keys on
/// their generations, so an unchanged incident costs one number, not its rendering), and
/// everything else it shows (`rest`, hashed whole and handed to its rendering). The site-wide
/// part of `Prepared` is in every key (see `Prepared::memoized`).
pub(crate) struct Shown<'s, T: Hash> {
    pub(crate) incidents: &'s [usize],
    pub(crate) rest: T,
}

/// `watch`'s memo, as the channels see it. Incidents are indexes into the site being rendered.
pub(crate) trait Memo: Sync {
    /// Whether anything is kept (when not, no key is worth computing).
    fn active(&self) -> bool;
    /// Incident `i`'s generation: the same number across rebuilds while the incident, and
    /// everything its view depends on, is unchanged.
    fn generation(&self, i: usize) -> u64;
    /// The file at `path` if the last rebuild made it from inputs hashing to `key`; it is
    /// then kept for the next one too.
    fn recall(&self, path: &str, key: u64) -> Option<Bytes>;
    /// Keeps `bytes`, made from `key`, as the file at `path` for the next rebuild.
    fn keep(&self, path: &str, key: u64, bytes: &Bytes);
    /// Whether the memo already holds incident `i`'s own pages (so they are not rendered).
    fn holds_pages(&self, i: usize) -> bool;
    /// Keeps incident `i`'s pages, just rendered, for the next rebuild.
    fn keep_pages(&self, i: usize, pages: &IncidentPages);
}

/// The memo of a one-shot build: nothing is kept, everything is rendered.
pub(crate) struct NoMemo;

impl Memo for NoMemo {
    fn active(&self) -> bool {
        false
    }
    fn generation(&self, _: usize) -> u64 {
        0
    }
    fn recall(&self, _: &str, _: u64) -> Option<Bytes> {
        None
    }
    fn keep(&self, _: &str, _: u64, _: &Bytes) {}
    fn holds_pages(&self, _: usize) -> bool {
        false
    }
    fn keep_pages(&self, _: usize, _: &IncidentPages) {}
}
