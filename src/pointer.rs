//! A place in a file's structure, by keys and indexes ("updates[2].status"). Rules know only
//! this; a diagnostic carries it until the YAML locator turns it into a line and column.

use std::fmt;

/// One step of a path into a YAML document.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Seg {
    Key(String),
    Index(usize),
}

impl From<&str> for Seg {
    fn from(k: &str) -> Self {
        Seg::Key(k.to_owned())
    }
}

impl From<String> for Seg {
    fn from(k: String) -> Self {
        Seg::Key(k)
    }
}

impl From<&String> for Seg {
    fn from(k: &String) -> Self {
        Seg::Key(k.clone())
    }
}

impl From<usize> for Seg {
    fn from(i: usize) -> Self {
        Seg::Index(i)
    }
}

/// A path to a value (or to a mapping key, with `key`) in a YAML document.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct Pointer {
    pub(crate) segs: Vec<Seg>,
    /// Point at the key itself rather than its value (for unknown or misplaced keys).
    pub(crate) key: bool,
}

impl Pointer {
    pub(crate) fn root() -> Self {
        Pointer::default()
    }

    pub(crate) fn join(&self, seg: impl Into<Seg>) -> Pointer {
        let mut p = self.clone();
        p.segs.push(seg.into());
        p
    }

    pub(crate) fn into_key(mut self) -> Pointer {
        self.key = true;
        self
    }
}

/// `ptr!["updates", 2, "status"]`
#[macro_export]
macro_rules! ptr {
    ($($seg:expr),* $(,)?) => {
        $crate::pointer::Pointer { segs: vec![$($crate::pointer::Seg::from($seg)),*], key: false }
    };
}

impl fmt::Display for Pointer {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, s) in self.segs.iter().enumerate() {
            match s {
                Seg::Key(k) if i == 0 => write!(f, "{k}")?,
                Seg::Key(k) => write!(f, ".{k}")?,
                Seg::Index(n) => write!(f, "[{n}]")?,
            }
        }
        Ok(())
    }
}
