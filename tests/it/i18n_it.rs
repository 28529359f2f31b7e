//! The shipped Italian words (issue 15): the fixture site built in Italian reads in Italian
//! on its status page, with no English heading left over.

use crate::common::TestSite;

const ENGLISH_HEADINGS: &[&str] = &["Ongoing incidents", "Recent incidents", ">Components<"];

/// The fixture site built with `language: <tag>`: its status page.
fn index_in(tag: &str) -> String {
    let site = TestSite::new("site");
    let config = site.read("candor.yaml");
    site.write(
        "candor.yaml",
        &config.replace("language: en-GB", &format!("language: {tag}")),
    );
    site.build("public").success();
    site.read("public/index.html")
}

fn assert_reads(index: &str, tag: &str, phrases: &[&str]) {
    assert!(
        index.contains(&format!("<html lang=\"{tag}\"")),
        "lang is {tag}"
    );
    for phrase in phrases {
        assert!(index.contains(phrase), "{tag} index lacks {phrase:?}");
    }
    for english in ENGLISH_HEADINGS {
        assert!(
            !index.contains(english),
            "{tag} index still says {english:?}"
        );
    }
}

#[test]
fn i18n_it_the_status_page_reads_in_italian() {
    let index = index_in("it");
    assert_reads(
        &index,
        "it",
        &[
            "Interruzione parziale dei sistemi",
            "Incidenti in corso",
            "Componenti",
            "1 incidente in corso.",
            "di disponibilità",
        ],
    );
}
