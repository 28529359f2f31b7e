//! The fixture site in Japanese (`language: ja`): the index page speaks Japanese, with no
//! English heading left over.

use crate::common::TestSite;

#[test]
fn i18n_ja_the_index_page_is_in_ja() {
    let site = TestSite::new("site");
    let config = site.read("candor.yaml");
    site.write(
        "candor.yaml",
        &config.replace("language: en-GB", "language: ja"),
    );
    site.build("public").success();
    let index = site.read("public/index.html");
    for phrase in [
        "システムの一部で障害が発生しています",
        "対応中の障害",
        "コンポーネント",
        "最近の障害",
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
