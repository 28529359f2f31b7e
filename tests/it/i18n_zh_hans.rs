//! The fixture site in Simplified Chinese (`language: zh-Hans`): the index page speaks Simplified Chinese, with no
//! English heading left over.

use crate::common::TestSite;

#[test]
fn i18n_zh_hans_the_index_page_is_in_zh_hans() {
    let site = TestSite::new("site");
    let config = site.read("candor.yaml");
    site.write(
        "candor.yaml",
        &config.replace("language: en-GB", "language: zh-Hans"),
    );
    site.build("public").success();
    let index = site.read("public/index.html");
    for phrase in ["系统部分中断", "正在处理的事件", "组件", "近期事件"] {
        assert!(index.contains(phrase), "the index lacks {phrase:?}");
    }
    for english in ["Ongoing incidents", "Recent incidents", "Components"] {
        assert!(
            !index.contains(english),
            "the index still has the English heading {english:?}"
        );
    }
}
