//! The rendered site in memory: every channel adds its files here, and the output stage
//! writes the whole of it at once.

use std::collections::BTreeMap;
use std::sync::Arc;

use bytes::Bytes;

/// The site as path → bytes. Paths and bytes are shared (`Arc<str>`, `Bytes`), so `watch`
/// keeps a page from one rebuild to the next without copying or allocating (14,000 of them
/// at 10,000 incidents), and tells an unchanged page by its address.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Output {
    pub files: BTreeMap<Arc<str>, Bytes>,
}

impl Output {
    pub fn insert(&mut self, path: impl Into<Arc<str>>, bytes: impl Into<Bytes>) {
        self.files.insert(path.into(), bytes.into());
    }

    pub(crate) fn extend(&mut self, files: impl IntoIterator<Item = (Arc<str>, Bytes)>) {
        self.files.extend(files);
    }

    pub fn get(&self, path: &str) -> Option<&[u8]> {
        self.files.get(path).map(|b| &b[..])
    }

    pub(crate) fn len(&self) -> usize {
        self.files.len()
    }
}

/// Where the rendered incident pages go (the bulk of a large site); every other file goes
/// into the returned `Output`.
#[derive(Clone, Copy)]
pub enum Sink<'a> {
    /// Into the `Output` with the rest (`watch`, tests, `announce`).
    Memory,
    /// `build`: each page to this writer as soon as it is rendered, and not kept, so memory
    /// does not grow with the history.
    Stream(&'a (dyn Fn(&str, &[u8]) + Sync)),
}
