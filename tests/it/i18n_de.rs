//! The site in the shipped de translation (issue 15, "Languages"): the fixture built with
//! `language: de` says its banner and headings in that language, and no English heading remains.

use crate::common::TestSite;

const WANT: &[&str] = &[
    "Teilweiser Systemausfall",
    "Laufende Störungen",
    "Komponenten",
    "Geplante Wartungen",
    "Ursache gefunden",
];

#[test]
fn the_fixture_site_reads_in_german() {
    let site = TestSite::new("site");
    let config = site.read("candor.yaml");
    site.write(
        "candor.yaml",
        &config.replace("language: en-GB", "language: de"),
    );
    site.build("public").success();
    let index = site.read("public/index.html");
    assert!(index.contains("<html lang=\"de\""), "lang attribute");
    for want in WANT {
        assert!(index.contains(want), "index lacks {want:?}");
    }
    for english in [
        "Ongoing incidents",
        "Recent incidents",
        "Components",
        "Partial System Outage",
    ] {
        assert!(!index.contains(english), "index still says {english:?}");
    }
}
