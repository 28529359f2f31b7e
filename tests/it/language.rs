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

/// A theme's own words (`themes/<name>/i18n/<language>.ftl`) replace candor's, message by
/// message, on the pages and in the feeds; a site in `en-GB` takes the theme's `en.ftl`, and
/// a file for the exact tag wins over it. Mistakes in the file are pinned in
/// `tests/fixtures/invalid/theme-words*`.
#[test]
fn a_themes_words_replace_candors_message_by_message() {
    let site = TestSite::new("site");
    site.write(
        "themes/default/i18n/en.ftl",
        "recent-incidents = Lately\nfull-timeline = Everything we said\n",
    );
    site.build("public").success();
    let index = site.read("public/index.html");
    assert!(index.contains("<h2 id=\"recent\">Lately</h2>"), "{index}");
    // The rest stays candor's.
    assert!(index.contains("<h2 id=\"components\">Components</h2>"));
    assert!(site.read("public/feed.atom").contains("Everything we said"));
    site.write(
        "themes/default/i18n/en-GB.ftl",
        "recent-incidents = Of late\n",
    );
    site.build("public").success();
    let index = site.read("public/index.html");
    assert!(index.contains("<h2 id=\"recent\">Of late</h2>"), "{index}");
    assert!(!site.read("public/feed.atom").contains("Everything we said"));
}
