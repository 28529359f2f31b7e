//! The site in the shipped nl translation (issue 15, "Languages"): the fixture built with
//! `language: nl` says its banner and headings in that language, and no English heading remains.

use crate::common::TestSite;

const WANT: &[&str] = &[
    "Gedeeltelijke systeemstoring",
    "Lopende storingen",
    "Componenten",
    "Gepland onderhoud",
    "Oorzaak gevonden",
];

#[test]
fn the_fixture_site_reads_in_dutch() {
    let site = TestSite::new("site");
    let config = site.read("candor.yaml");
    site.write(
        "candor.yaml",
        &config.replace("language: en-GB", "language: nl"),
    );
    site.build("public").success();
    let index = site.read("public/index.html");
    assert!(index.contains("<html lang=\"nl\""), "lang attribute");
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
