//! The one way candor hashes in memory: what `watch` compares between rebuilds (a theme, the
//! inputs of a memoized file, the config a check ran against). Within one process only, so
//! any stable hasher does; nothing hashed here is ever written out.

use std::hash::{DefaultHasher, Hash, Hasher};

/// A hash of `value`.
pub(crate) fn of<T: Hash + ?Sized>(value: &T) -> u64 {
    let mut h = DefaultHasher::new();
    value.hash(&mut h);
    h.finish()
}

/// A hash of every item in turn, without collecting them first.
pub(crate) fn of_each<T: Hash>(items: impl IntoIterator<Item = T>) -> u64 {
    let mut h = DefaultHasher::new();
    for item in items {
        item.hash(&mut h);
    }
    h.finish()
}

#[cfg(test)]
mod tests {
    #[test]
    fn equal_inputs_hash_alike_and_order_counts() {
        assert_eq!(super::of(&("a", 1)), super::of(&("a", 1)));
        assert_ne!(super::of_each(["a", "b"]), super::of_each(["b", "a"]));
    }
}
