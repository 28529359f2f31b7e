//! `language:` in `candor.yaml` (issue 15): a BCP 47 tag, written in canonical case wherever
//! candor names the language. The malformed and the unshipped are pinned as error messages in
//! `tests/fixtures/invalid/language-*`.

use crate::common::{TestSite, snapshot_dir};

/// Tags are case-insensitive, so `EN-gb` is a right tag; every page's `lang` and every
/// feed's language say it as `en-GB`, the form the HTML checker and readers expect.
#[test]
fn the_language_is_written_in_canonical_case_everywhere() {
    let site = TestSite::new("site");
    let config = site.read("candor.yaml");
    site.write(
        "candor.yaml",
        &config.replace("language: en-GB", "language: EN-gb"),
    );
    site.build("public").success();
    let files = snapshot_dir(&site.path("public"));
    let mut seen = [0; 3];
    for (name, bytes) in &files {
        let text = String::from_utf8_lossy(bytes);
        let (i, want) = match name.rsplit('.').next() {
            Some("html") => (0, "<html lang=\"en-GB\""),
            Some("atom") => (1, "xml:lang=\"en-GB\""),
            Some("rss") => (2, "<language>en-GB</language>"),
            _ => continue,
        };
        assert!(text.contains(want), "{name} lacks {want}");
        assert!(!text.contains("EN-gb"), "{name} has the tag as written");
        seen[i] += 1;
    }
    assert!(
        seen.iter().all(|n| *n > 0),
        "pages, Atom and RSS feeds: {seen:?}"
    );
}
