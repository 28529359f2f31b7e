//! The fixture site in Arabic (`language: ar`): the index page speaks Arabic, with no
//! English heading left over.

use crate::common::TestSite;

#[test]
fn i18n_ar_the_index_page_is_in_ar() {
    let site = TestSite::new("site");
    let config = site.read("candor.yaml");
    site.write(
        "candor.yaml",
        &config.replace("language: en-GB", "language: ar"),
    );
    site.build("public").success();
    let index = site.read("public/index.html");
    assert!(
        index.contains("dir=\"rtl\""),
        "the Arabic page reads right to left"
    );
    for phrase in [
        "انقطاع جزئي في الأنظمة",
        "الحوادث الجارية",
        "المكوّنات",
        "الحوادث الأخيرة",
    ] {
        assert!(index.contains(phrase), "the index lacks {phrase:?}");
    }
    for english in ["Ongoing incidents", "Recent incidents", "Components"] {
        assert!(
            !index.contains(english),
            "the index still has the English heading {english:?}"
        );
    }
}
