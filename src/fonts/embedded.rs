//! The fonts compiled into the binary, in the order a character is looked for in them
//! (`themes/default/fonts/`, made by `scripts/subset_fonts.py`; OFL, see `OFL.txt` there).

macro_rules! font {
    ($name:literal) => {
        include_bytes!(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/themes/default/fonts/",
            $name
        ))
    };
}

/// Latin, Greek and Cyrillic first (the digits and punctuation every script shares), then
/// Arabic, Hebrew, and the common-use Chinese and Japanese characters with kana.
pub(super) const FILES: &[&[u8]] = &[
    font!("NotoSans-Regular.ttf"),
    font!("NotoSansArabic-Regular.ttf"),
    font!("NotoSansHebrew-Regular.ttf"),
    font!("NotoSansCJK-Regular.otf"),
];
