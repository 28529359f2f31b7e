//! What has been written in a language, kept by what it was written from: a build writes the
//! same sentence, date or time for many pages (every page says "Subscribe"; an incident's
//! start is its first update's time too), and writing one takes Fluent and CLDR. Safe to share
//! across the rendering threads.

use std::borrow::Borrow;
use std::hash::{BuildHasher as _, Hash};
use std::sync::{Mutex, PoisonError};

/// Values by key, each written once: every value must be a function of its key alone (and of
/// what is fixed for the map's owner: its language, its zone). In shards, so the rendering
/// threads seldom wait for one another.
pub(crate) struct Written<K, V> {
    shards: [Mutex<foldhash::HashMap<K, V>>; 16],
}

impl<K: Hash + Eq, V: Clone> Written<K, V> {
    /// The value of `key`, from `write` the first time it is asked for.
    pub(crate) fn get_or<Q>(&self, key: &Q, write: impl FnOnce() -> V) -> V
    where
        K: Borrow<Q>,
        Q: Hash + Eq + ToOwned<Owned = K> + ?Sized,
    {
        let i = foldhash::fast::FixedState::default().hash_one(key) as usize % self.shards.len();
        // An entry is whole or absent (inserted once written), so a poisoned shard is usable.
        let shard = || {
            self.shards[i]
                .lock()
                .unwrap_or_else(PoisonError::into_inner)
        };
        if let Some(v) = shard().get(key) {
            return v.clone();
        }
        let v = write();
        shard().insert(key.to_owned(), v.clone());
        v
    }
}

impl<K, V> Default for Written<K, V> {
    fn default() -> Self {
        Written {
            shards: std::array::from_fn(|_| Mutex::default()),
        }
    }
}

impl<K, V> std::fmt::Debug for Written<K, V> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Written")
    }
}
