//! The languages candor's own words are written in, and the names people write for a language
//! instead of its tag. `language:` in `candor.yaml` goes into every page's `<html lang>` and
//! every feed's language, so it must name the language the words are in: a tag for a language
//! candor has no text for would have screen readers read English with that language's voice.
//! The languages are those `locale::SHIPPED` has a file for (and `NAMES` names them, for the
//! help that points to them).

/// Language names, in English and in their own script (lower case), and the tag each means:
/// what the help proposes when `language:` holds a name instead of a tag.
pub(crate) const NAMES: &[(&str, &str)] = &[
    ("english", "en"),
    ("german", "de"),
    ("deutsch", "de"),
    ("french", "fr"),
    ("français", "fr"),
    ("francais", "fr"),
    ("spanish", "es"),
    ("español", "es"),
    ("espanol", "es"),
    ("castellano", "es"),
    ("portuguese", "pt"),
    ("português", "pt"),
    ("portugues", "pt"),
    ("brazilian portuguese", "pt-BR"),
    ("português brasileiro", "pt-BR"),
    ("português do brasil", "pt-BR"),
    ("italian", "it"),
    ("italiano", "it"),
    ("dutch", "nl"),
    ("nederlands", "nl"),
    ("flemish", "nl-BE"),
    ("vlaams", "nl-BE"),
    ("japanese", "ja"),
    ("日本語", "ja"),
    ("nihongo", "ja"),
    ("chinese", "zh-Hans"),
    ("simplified chinese", "zh-Hans"),
    ("traditional chinese", "zh-Hant"),
    ("中文", "zh-Hans"),
    ("简体中文", "zh-Hans"),
    ("繁體中文", "zh-Hant"),
    ("arabic", "ar"),
    ("العربية", "ar"),
    ("polish", "pl"),
    ("polski", "pl"),
    ("russian", "ru"),
    ("русский", "ru"),
    ("korean", "ko"),
    ("한국어", "ko"),
    ("swedish", "sv"),
    ("svenska", "sv"),
    ("turkish", "tr"),
    ("türkçe", "tr"),
];

/// Whether candor's text is in the language `tag` (a canonical tag) names.
pub(crate) fn is_shipped(tag: &str) -> bool {
    crate::locale::shipped_for(tag).is_some()
}

/// The English name of the language a tag's first subtag names, when `NAMES` knows it.
pub(crate) fn english_name(tag: &str) -> Option<&'static str> {
    let language = tag.split('-').next()?;
    NAMES
        .iter()
        .find(|(name, t)| name.is_ascii() && t.split('-').next() == Some(language))
        .map(|(name, _)| *name)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shipped_languages_serve_their_regions_and_nothing_else() {
        for tag in [
            "en",
            "en-GB",
            "en-Latn-IN",
            "de-CH",
            "fr-CA",
            "pt-BR",
            "ja",
            "zh-Hans-CN",
            "ar-EG",
        ] {
            assert!(is_shipped(tag), "{tag}");
        }
        // Brazilian Portuguese is not European; Traditional Chinese is not Simplified.
        for tag in ["eng", "pt", "pt-PT", "zh", "zh-Hant", "sw"] {
            assert!(!is_shipped(tag), "{tag}");
        }
    }

    #[test]
    fn a_tag_is_named_in_english() {
        assert_eq!(english_name("de-CH"), Some("german"));
        assert_eq!(english_name("zh-Hant-TW"), Some("chinese"));
        assert_eq!(english_name("sw"), None);
    }

    #[test]
    fn every_named_tag_is_canonical() {
        for (name, tag) in NAMES {
            let parsed = icu_locale_core::Locale::try_from_str(tag)
                .unwrap()
                .to_string();
            assert_eq!(&parsed, tag, "{name}");
            assert_eq!(
                *name,
                name.to_lowercase(),
                "{name} is matched in lower case"
            );
        }
    }
}
