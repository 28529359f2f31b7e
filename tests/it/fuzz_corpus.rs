//! Replays the fuzzing corpus (fuzz/corpus/<target>/) and the minimised findings
//! (fuzz/regressions/<target>/) through the same properties the fuzz targets check, so a
//! regression found once by fuzzing fails the normal `cargo test` without a nightly compiler.

#[path = "../../fuzz/src/lib.rs"]
mod props;

use std::panic::{AssertUnwindSafe, catch_unwind};
use std::path::Path;

/// Runs `property` on every file of the target's corpus and regressions; names every file
/// that fails rather than stopping at the first.
fn replay(target: &str, property: fn(&props::Site, &[u8])) {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("fuzz");
    let mut inputs = props::corpus(&root.join("corpus").join(target));
    assert!(!inputs.is_empty(), "no corpus for {target}");
    inputs.extend(props::corpus(&root.join("regressions").join(target)));
    let site = props::Site::new();
    let failed: Vec<String> = inputs
        .iter()
        .filter(|(_, bytes)| catch_unwind(AssertUnwindSafe(|| property(&site, bytes))).is_err())
        .map(|(path, _)| path.display().to_string())
        .collect();
    assert!(
        failed.is_empty(),
        "{} of {} inputs fail `{target}` (replay one with `cargo +nightly fuzz run {target} FILE`):\n{}",
        failed.len(),
        inputs.len(),
        failed.join("\n")
    );
}

#[test]
fn load_check_corpus() {
    replay("load_check", props::load_check);
}

#[test]
fn update_corpus() {
    replay("update", |site, bytes| {
        props::update(site, bytes);
    });
}

/// The update property says most about inputs that are written, so the corpus must hold
/// some: a change that made `update` refuse everything would otherwise pass unseen.
#[test]
fn update_corpus_reaches_the_write() {
    let site = props::Site::new();
    let corpus = Path::new(env!("CARGO_MANIFEST_DIR")).join("fuzz/corpus/update");
    let wrote = props::corpus(&corpus)
        .iter()
        .filter(|(_, bytes)| props::update(&site, bytes) == props::Updated::Wrote)
        .count();
    assert!(wrote >= 3, "only {wrote} update corpus inputs were written");
}
