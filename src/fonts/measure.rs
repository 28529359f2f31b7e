//! How wide a line of text is when drawn with the fonts: the sum of each character's advance
//! width in the first font that has it. Kerning and contextual forms are left out, which
//! changes a width by a few per cent at most; what is drawn is told to fit the measured box
//! (`textLength` on badges), so a viewer's own font can never overflow it.

use skrifa::instance::{LocationRef, Size};
use skrifa::{MetadataProvider, charmap::Charmap, metrics::GlyphMetrics};

use super::Fonts;
use super::coverage::invisible;

/// What a character no font has is counted as, in ems: a square, as an emoji is drawn (the
/// characters that fall through are mostly emoji, which no embedded font carries).
const MISSING_EM: f32 = 1.0;

impl Fonts {
    /// The width of `text` drawn at `px` pixels, in pixels.
    pub(crate) fn width(&self, text: &str, px: f32) -> f32 {
        let size = Size::new(px);
        let fonts: Vec<(Charmap, GlyphMetrics)> = self
            .parsed()
            .map(|f| (f.charmap(), f.glyph_metrics(size, LocationRef::default())))
            .collect();
        let mut after_joiner = false;
        let mut width = 0.0;
        for c in text.chars() {
            // An emoji sequence (👩‍💻) is drawn as one picture: what follows a joiner adds nothing.
            let joined = std::mem::replace(&mut after_joiner, c == '\u{200d}');
            if joined || invisible(c) {
                continue;
            }
            width += fonts
                .iter()
                .find_map(|(map, metrics)| metrics.advance_width(map.map(c)?))
                .unwrap_or(px * MISSING_EM);
        }
        width
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn w(s: &str) -> f32 {
        Fonts::new(None).width(s, 11.0)
    }

    #[test]
    fn widths_come_from_the_font() {
        // Noto Sans: "i" is narrow, "W" wide, a CJK character one em.
        assert!(w("i") < 4.0 && w("W") > 9.0, "{} {}", w("i"), w("W"));
        assert!((w("東") - 11.0).abs() < 0.01, "{}", w("東"));
        assert!(w("تسجيل الدخول") > 40.0, "{}", w("تسجيل الدخول"));
        // A combining accent adds nothing; an emoji counts as a square, a joined one once.
        assert!((w("e\u{301}") - w("e")).abs() < 0.01);
        assert!((w("👩\u{200d}💻") - 11.0).abs() < 0.01);
    }
}
