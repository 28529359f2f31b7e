//! Every word a customer reads, in the site's language: sentences from Fluent files (the
//! default theme's `i18n/<language>.ftl`, compiled in, with a theme's own file overriding
//! message by message), and dates, times, lists and numbers from CLDR through ICU4X.

mod catalog;
#[cfg(test)]
mod coverage;
mod dates;
mod messages;
mod written;

use std::fmt;
use std::sync::Arc;

pub(crate) use catalog::{Override, SHIPPED, english_keys, message_spans, shipped_for};
pub(crate) use fluent_bundle::{FluentArgs, FluentValue};
pub(crate) use written::Written;

/// One language's words and forms.
pub struct Locale {
    /// The site's tag in canonical case (`en-GB`): the pages' `lang`, and CLDR's forms.
    tag: String,
    /// The shipped language whose sentences these are (`en` for `en-GB`).
    shipped: &'static str,
    bundle: messages::Bundle,
    /// English, for a key a theme's file names that a language lacks (never the case for
    /// shipped files: a test holds every one to English's keys).
    english: Option<Arc<messages::Bundle>>,
    forms: dates::Forms,
    /// Messages without arguments, once written (the same words on every page).
    plain: Written<String, String>,
}

impl fmt::Debug for Locale {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Locale").field("tag", &self.tag).finish()
    }
}

/// Which way a language's lines run, for the document's `dir`.
pub(crate) fn is_right_to_left(tag: &str) -> bool {
    // The scripts written right to left among the languages CLDR lists, by language subtag
    // (a tag with an explicit Latin script, `ar-Latn`, reads left to right).
    const RTL: &[&str] = &["ar", "he", "fa", "ur", "ps", "sd", "ug", "yi", "dv", "ckb"];
    let mut parts = tag.split('-');
    let language = parts.next().unwrap_or_default();
    let script = parts.find(|p| p.len() == 4);
    match script {
        Some(s) => matches!(
            s,
            "Arab" | "Hebr" | "Thaa" | "Syrc" | "Nkoo" | "Adlm" | "Rohg"
        ),
        None => RTL.contains(&language),
    }
}

impl Locale {
    /// The words of `tag` (a canonical tag candor ships, see `model::language`), with a
    /// theme's messages over the shipped ones.
    pub(crate) fn new(tag: &str, overrides: Vec<Override>) -> Locale {
        let shipped = catalog::shipped_for(tag).unwrap_or("en");
        let mut files = vec![catalog::parsed(shipped)];
        files.extend(overrides.into_iter().map(|o| o.resource));
        let english = (shipped != "en").then(english_bundle);
        let locale =
            icu_locale_core::Locale::try_from_str(tag).unwrap_or(icu_locale_core::Locale::UNKNOWN);
        Locale {
            tag: tag.to_string(),
            shipped,
            bundle: messages::bundle(tag, files),
            english,
            forms: dates::Forms::new(&locale),
            plain: Written::default(),
        }
    }

    /// English as shipped: for tests and for text with no site behind it.
    pub(crate) fn english() -> Arc<Locale> {
        static EN: std::sync::OnceLock<Arc<Locale>> = std::sync::OnceLock::new();
        EN.get_or_init(|| Arc::new(Locale::new("en", Vec::new())))
            .clone()
    }

    pub(crate) fn shipped(&self) -> &'static str {
        self.shipped
    }

    pub(crate) fn is_right_to_left(&self) -> bool {
        is_right_to_left(&self.tag)
    }

    /// Message `key` with `args`. A key no file has is a bug in candor (the shipped English
    /// file has every key the code asks for, and a test holds every language to it): it shows
    /// as the key itself, never as a panic on a customer's page.
    pub(crate) fn text(&self, key: &str, args: Option<&FluentArgs>) -> String {
        match args {
            // No argument: the same words every time (`Some` of none is what templates' `t()`
            // passes, and formats as `None` does).
            None => self.plain.get_or(key, || self.format(key, None)),
            Some(a) if a.iter().next().is_none() => {
                self.plain.get_or(key, || self.format(key, None))
            }
            Some(_) => self.format(key, args),
        }
    }

    fn format(&self, key: &str, args: Option<&FluentArgs>) -> String {
        messages::format(&self.bundle, key, args)
            .or_else(|| {
                self.english
                    .as_ref()
                    .and_then(|e| messages::format(e, key, args))
            })
            .unwrap_or_else(|| key.to_string())
    }

    /// The tag of the document and its feeds.
    #[allow(dead_code)]
    pub(crate) fn tag(&self) -> &str {
        &self.tag
    }

    pub(crate) fn forms(&self) -> &dates::Forms {
        &self.forms
    }
}

/// The shipped English messages, parsed once per process: every other language's fallback.
fn english_bundle() -> Arc<messages::Bundle> {
    static EN: std::sync::OnceLock<Arc<messages::Bundle>> = std::sync::OnceLock::new();
    EN.get_or_init(|| Arc::new(messages::bundle("en", vec![catalog::parsed("en")])))
        .clone()
}

/// `tr!(locale, "key")`, or `tr!(locale, "key", count = 3, name = title)`: a message with
/// named arguments (numbers pick plural forms and are written in the language's digits).
#[macro_export]
#[doc(hidden)]
macro_rules! tr {
    ($locale:expr, $key:literal) => {
        $locale.text($key, None)
    };
    ($locale:expr, $key:literal, $($name:ident = $value:expr),+ $(,)?) => {{
        let mut args = $crate::locale::FluentArgs::new();
        $( args.set(stringify!($name), $crate::locale::FluentValue::from($value)); )+
        $locale.text($key, Some(&args))
    }};
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_shipped_file_parses_cleanly() {
        for (tag, text) in SHIPPED {
            if let Err((_, errors)) = fluent_syntax::parser::parse(*text) {
                panic!("{tag}.ftl: {errors:?}");
            }
        }
    }

    /// Every shipped language says every message English says, with no variable English does
    /// not give it (a translation may leave one out: "{ $count } days" can be "a day").
    #[test]
    fn every_language_has_every_key_and_no_unknown_variable() {
        let english: std::collections::BTreeMap<_, _> = english_keys().into_iter().collect();
        let mut problems = Vec::new();
        for (tag, text) in SHIPPED.iter().filter(|(t, _)| *t != "en") {
            let theirs: std::collections::BTreeMap<_, _> =
                catalog::keys(text).into_iter().collect();
            for key in english.keys().filter(|k| !theirs.contains_key(*k)) {
                problems.push(format!("{tag}: no `{key}`"));
            }
            for (key, vars) in &theirs {
                let Some(ours) = english.get(key) else {
                    problems.push(format!("{tag}: `{key}` is not an English key"));
                    continue;
                };
                for v in vars.iter().filter(|v| !ours.contains(v)) {
                    problems.push(format!(
                        "{tag}: `{key}` uses ${v}, which English does not give"
                    ));
                }
            }
        }
        assert!(problems.is_empty(), "{}", problems.join("\n"));
    }
}

#[cfg(test)]
mod number_tests {
    use super::*;

    #[test]
    fn numbers_in_sentences_take_the_languages_digits() {
        let en = Locale::english();
        assert_eq!(
            tr!(en, "ongoing-count", count = 1234),
            "1,234\u{a0}ongoing\u{a0}incidents."
        );
        assert_eq!(
            tr!(en, "ongoing-count", count = 1),
            "1\u{a0}ongoing\u{a0}incident."
        );
    }
}
