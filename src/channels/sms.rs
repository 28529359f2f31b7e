//! How a text message is counted, as the phone network counts it: one SMS segment holds 160
//! characters of the GSM 03.38 alphabet (GSM-7; the extension table's `^ { } \ [ ~ ] | €` take
//! two each), or 70 UTF-16 units once any character outside it is needed (UCS-2; a character
//! beyond the BMP, such as an emoji, takes two). A message over either limit is split into
//! segments of 153 or 67 and billed per segment, and phones may show them out of order, so
//! candor writes one. Typographic punctuation has a GSM-7 equivalent and is written as it, so
//! one curly quote does not cost 90 characters; letters outside GSM-7 (`á`, `ł`, CJK) are kept.
//!
//! The table is written out here rather than taken from a crate: the GSM-7 crates encode and
//! pack PDUs, and candor needs only this fixed list of 128 + 9 characters and a count. Pure
//! functions, so `notify` can count what it sends the same way.

/// The alphabet a text message is sent in, which its words decide.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Alphabet {
    /// GSM 03.38: 160 septets in one segment.
    Gsm7,
    /// UCS-2 (UTF-16 on today's phones): 70 units in one segment.
    Ucs2,
}

/// The GSM 03.38 basic character set, in code order (0x00 to 0x7F; 0x1B, the escape to the
/// extension table, is not a character). Line feed and carriage return are in it too.
const GSM7_BASIC: &str = "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?\
                          ¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";

/// The extension table's printable characters: each is sent as escape + code, two septets.
const GSM7_EXTENSION: &str = "^{}\\[~]|€";

impl Alphabet {
    /// How much one segment holds.
    pub(crate) fn limit(self) -> usize {
        match self {
            Alphabet::Gsm7 => 160,
            Alphabet::Ucs2 => 70,
        }
    }

    /// What `s` costs in this alphabet: septets or UTF-16 units. A character GSM-7 cannot
    /// write costs more than a whole segment, so no text holding one ever fits.
    pub(crate) fn cost(self, s: &str) -> usize {
        match self {
            Alphabet::Gsm7 => s
                .chars()
                .map(|c| gsm7_septets(c).unwrap_or(Alphabet::Gsm7.limit() + 1))
                .sum(),
            Alphabet::Ucs2 => s.encode_utf16().count(),
        }
    }

    /// The mark of a cut, written in this alphabet.
    pub(crate) fn ellipsis(self) -> &'static str {
        match self {
            Alphabet::Gsm7 => "...",
            Alphabet::Ucs2 => "…",
        }
    }
}

/// Septets `c` takes in GSM-7: 1 in the basic set, 2 in the extension table, `None` outside.
pub(crate) fn gsm7_septets(c: char) -> Option<usize> {
    if GSM7_BASIC.contains(c) {
        Some(1)
    } else if GSM7_EXTENSION.contains(c) {
        Some(2)
    } else {
        None
    }
}

/// The alphabet `text` must be sent in, and its length there.
pub(crate) fn measure(text: &str) -> (Alphabet, usize) {
    if text.chars().all(|c| gsm7_septets(c).is_some()) {
        (Alphabet::Gsm7, Alphabet::Gsm7.cost(text))
    } else {
        (Alphabet::Ucs2, Alphabet::Ucs2.cost(text))
    }
}

/// Whether `text` goes as one segment.
pub(crate) fn is_one_segment(text: &str) -> bool {
    let (alphabet, len) = measure(text);
    len <= alphabet.limit()
}

/// `s` with typographic characters written as their GSM-7 equivalents: curly and angle quotes
/// as `'` and `"`, dashes and the minus sign as `-`, the ellipsis as `...`, every Unicode space
/// as a space; soft hyphens and zero-width spaces, which show nothing, are left out. Letters
/// are never touched: `á` stays `á`, and the message goes as UCS-2.
pub(crate) fn typographic_to_gsm7(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '\u{2018}' | '\u{2019}' | '\u{201A}' | '\u{201B}' | '\u{2032}' | '\u{2039}'
            | '\u{203A}' => out.push('\''),
            '\u{201C}' | '\u{201D}' | '\u{201E}' | '\u{201F}' | '\u{2033}' | '\u{00AB}'
            | '\u{00BB}' => out.push('"'),
            '\u{2010}'..='\u{2015}' | '\u{2212}' => out.push('-'),
            '\u{2026}' => out.push_str("..."),
            '\u{00A0}' | '\u{2000}'..='\u{200A}' | '\u{202F}' | '\u{205F}' | '\u{3000}' => {
                out.push(' ')
            }
            '\u{00AD}' | '\u{200B}' | '\u{FEFF}' => {}
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_basic_set_is_the_standard_s_128_characters() {
        // 128 codes less the escape (0x1B), which is not a character.
        assert_eq!(GSM7_BASIC.chars().count(), 127);
        assert_eq!(GSM7_BASIC.chars().nth(0x11), Some('_'));
        assert_eq!(GSM7_BASIC.chars().nth(0x1F - 1), Some('É'));
        assert_eq!(GSM7_BASIC.chars().last(), Some('à'));
    }

    #[test]
    fn gsm7_counts_septets_and_the_extension_table_twice() {
        assert_eq!(measure("Hello @ £5, É ñ ü!"), (Alphabet::Gsm7, 18));
        assert_eq!(measure("a{b}€"), (Alphabet::Gsm7, 8));
        assert_eq!(measure(&"x".repeat(160)).1, 160);
        assert!(is_one_segment(&"x".repeat(160)));
        assert!(!is_one_segment(&"x".repeat(161)));
        // Extension characters fill a segment twice as fast.
        assert!(is_one_segment(&"[".repeat(80)));
        assert!(!is_one_segment(&"[".repeat(81)));
    }

    #[test]
    fn one_character_outside_gsm7_makes_the_message_ucs2() {
        // `ç` (lower case) and the backtick are not in GSM-7; `Ç` is.
        for s in ["façade", "a `b`", "Łódź", "障害", "em — dash"] {
            assert_eq!(measure(s).0, Alphabet::Ucs2, "{s}");
        }
        assert_eq!(measure("Ç").0, Alphabet::Gsm7);
        assert!(is_one_segment(&format!("{}ł", "x".repeat(69))));
        assert!(!is_one_segment(&format!("{}ł", "x".repeat(70))));
    }

    #[test]
    fn a_character_beyond_the_bmp_is_two_utf16_units() {
        assert_eq!(measure("ok 🎉"), (Alphabet::Ucs2, 5));
        assert!(is_one_segment(&format!("{}🎉", "x".repeat(68))));
        assert!(!is_one_segment(&format!("{}🎉", "x".repeat(69))));
    }

    #[test]
    fn typographic_punctuation_becomes_gsm7_and_letters_stay() {
        let s = typographic_to_gsm7("“We couldn’t…” — at 14:40\u{a0}GMT – ‘ok’ «oui» 1\u{2212}2");
        assert_eq!(s, "\"We couldn't...\" - at 14:40 GMT - 'ok' \"oui\" 1-2");
        assert_eq!(measure(&s).0, Alphabet::Gsm7);
        assert_eq!(typographic_to_gsm7("Łódź á"), "Łódź á");
    }
}
