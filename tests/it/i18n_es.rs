//! The shipped Spanish words (issue 15): the fixture site built in Spanish reads in Spanish
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
fn i18n_es_the_status_page_reads_in_spanish() {
    let index = index_in("es");
    assert_reads(
        &index,
        "es",
        &[
            "Interrupción parcial del sistema",
            "Incidentes en curso",
            "Componentes",
            "1 incidente en curso.",
            "de disponibilidad",
        ],
    );
}
