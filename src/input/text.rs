//! A text field as files write it: one text, or one per language of a bilingual site
//! (`title: { en: …, fr: … }`). Which languages a site has is the config's to say, so here a
//! text only keeps what was written; `check` matches the languages against `languages:`.

use std::collections::BTreeMap;

use schemars::JsonSchema;
use serde::Deserialize;

use crate::pointer::Pointer;

/// `"Card payments failing"`, or one text per language:
/// `{ en: "Card payments failing", fr: "Échec des paiements par carte" }`.
#[derive(Debug, Clone, PartialEq, Eq, JsonSchema)]
#[schemars(untagged)]
pub enum RawText {
    /// The text in the site's (first) language.
    One(String),
    /// Language tag → the text in that language.
    PerLanguage(BTreeMap<String, String>),
    /// No value: `title:`, `title: ~`, `title: null` (which `check` reports, spelt as written).
    #[schemars(skip)]
    Nothing,
}

impl RawText {
    /// Each text written, with where it is: `at` itself for one text, `at/<tag>` for each
    /// language's.
    pub(crate) fn each(&self, at: &Pointer) -> Vec<(Pointer, &str)> {
        match self {
            RawText::One(s) => vec![(at.clone(), s.as_str())],
            RawText::PerLanguage(map) => map
                .iter()
                .map(|(tag, s)| (at.join(tag.as_str()), s.as_str()))
                .collect(),
            RawText::Nothing => vec![(at.clone(), "")],
        }
    }

    /// Every text written, in any language.
    pub(crate) fn texts(&self) -> impl Iterator<Item = &str> {
        let (one, many) = match self {
            RawText::One(s) => (Some(s.as_str()), None),
            RawText::PerLanguage(map) => (None, Some(map.values().map(String::as_str))),
            RawText::Nothing => (None, None),
        };
        one.into_iter().chain(many.into_iter().flatten())
    }

    /// The single text, when the file wrote one (as `candor new` and `update` do).
    pub(crate) fn single(&self) -> Option<&str> {
        match self {
            RawText::One(s) => Some(s),
            RawText::PerLanguage(_) | RawText::Nothing => None,
        }
    }
}

impl From<String> for RawText {
    fn from(s: String) -> RawText {
        RawText::One(s)
    }
}

impl From<&str> for RawText {
    fn from(s: &str) -> RawText {
        RawText::One(s.to_string())
    }
}

/// By hand rather than `#[serde(untagged)]`: a mapping is read as language → text, so a
/// number where a text belongs is reported at its own key, and a plain scalar (`title: 404`)
/// is a text, as it is for any other text field.
impl<'de> Deserialize<'de> for RawText {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct Visitor;
        impl<'de> serde::de::Visitor<'de> for Visitor {
            type Value = RawText;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("a text, or one text per language such as `{ en: …, fr: … }`")
            }
            fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<RawText, E> {
                Ok(RawText::One(v.to_string()))
            }
            fn visit_string<E: serde::de::Error>(self, v: String) -> Result<RawText, E> {
                Ok(RawText::One(v))
            }
            fn visit_bool<E: serde::de::Error>(self, v: bool) -> Result<RawText, E> {
                Ok(RawText::One(v.to_string()))
            }
            fn visit_i64<E: serde::de::Error>(self, v: i64) -> Result<RawText, E> {
                Ok(RawText::One(v.to_string()))
            }
            fn visit_u64<E: serde::de::Error>(self, v: u64) -> Result<RawText, E> {
                Ok(RawText::One(v.to_string()))
            }
            fn visit_f64<E: serde::de::Error>(self, v: f64) -> Result<RawText, E> {
                Ok(RawText::One(v.to_string()))
            }
            fn visit_unit<E: serde::de::Error>(self) -> Result<RawText, E> {
                Ok(RawText::Nothing)
            }
            fn visit_none<E: serde::de::Error>(self) -> Result<RawText, E> {
                Ok(RawText::Nothing)
            }
            /// A tagged value (`!URGENT checkout is down`): its text, as for any text field;
            /// `check` reports the tag YAML left out (`yaml_text`).
            fn visit_enum<A: serde::de::EnumAccess<'de>>(
                self,
                data: A,
            ) -> Result<RawText, A::Error> {
                use serde::de::VariantAccess;
                let (_tag, value): (String, _) = data.variant()?;
                value.newtype_variant::<String>().map(RawText::One)
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(self, map: A) -> Result<RawText, A::Error> {
                let de = serde::de::value::MapAccessDeserializer::new(map);
                BTreeMap::<String, String>::deserialize(de).map(RawText::PerLanguage)
            }
        }
        d.deserialize_any(Visitor)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_text_or_one_per_language() {
        // JSON here (the YAML reader is a later stage); the files' YAML is read through the
        // same visitor (tests/it/languages.rs).
        let one: RawText = serde_json::from_str(r#""Card payments failing""#).unwrap();
        assert_eq!(one, RawText::One("Card payments failing".into()));
        let number: RawText = serde_json::from_str("404").unwrap();
        assert_eq!(number, RawText::One("404".into()));
        let two: RawText = serde_json::from_str(r#"{"en": "Down", "fr": "En panne"}"#).unwrap();
        let at = crate::ptr!["title"];
        assert_eq!(
            two.each(&at),
            vec![(at.join("en"), "Down"), (at.join("fr"), "En panne")]
        );
        assert_eq!(two.single(), None);
        let wrong = serde_json::from_str::<RawText>(r#"{"en": ["a"]}"#).unwrap_err();
        assert!(wrong.to_string().contains("invalid type"), "{wrong}");
    }
}
