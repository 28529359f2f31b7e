//! Which characters of a text no font can draw: a picture would show them as empty boxes
//! ("tofu"), so the checks name them (`missing-glyph`) rather than let that happen silently.

use skrifa::MetadataProvider;
use skrifa::charmap::Charmap;

use super::Fonts;

impl Fonts {
    /// The characters of `text` no font has, each once, in the order they first appear
    /// (characters drawn as nothing — spaces, joiners, variation selectors — are not missing).
    pub(crate) fn missing(&self, text: &str) -> Vec<char> {
        let maps: Vec<Charmap> = self.parsed().map(|f| f.charmap()).collect();
        let mut missing: Vec<char> = Vec::new();
        for c in text.chars() {
            let drawn =
                invisible(c) || c.is_whitespace() || maps.iter().any(|m| m.map(c).is_some());
            if !drawn && !missing.contains(&c) {
                missing.push(c);
            }
        }
        missing
    }
}

/// Characters drawn as nothing: controls, joiners and marks of direction, variation selectors.
pub(super) fn invisible(c: char) -> bool {
    c.is_control()
        || matches!(c,
            '\u{200b}'..='\u{200f}'
            | '\u{2028}'..='\u{202e}'
            | '\u{2060}'..='\u{206f}'
            | '\u{fe00}'..='\u{fe0f}'
            | '\u{feff}'
            | '\u{e0000}'..='\u{e01ef}')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_shipped_script_is_covered_and_emoji_are_not() {
        let f = Fonts::new(None);
        for text in [
            "Störung im Checkout",
            "Ça marche, España, São Paulo",
            "Все системы работают",
            "決済の障害",
            "支付系统部分中断",
            "انقطاع جزئي في النظام",
            "תקלה חלקית",
        ] {
            assert_eq!(f.missing(text), Vec::<char>::new(), "{text}");
        }
        assert_eq!(f.missing("Checkout 🔥🔥 ok\u{fe0f}"), vec!['🔥']);
    }
}
