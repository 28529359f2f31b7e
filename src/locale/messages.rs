//! A language's sentences, from Fluent files: plural forms and grammar are the translator's,
//! chosen by CLDR's plural rules, and numbers inside a sentence are written in the language's
//! digits by the same CLDR data as dates.

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use intl_memoizer::Memoizable;
use unic_langid::LanguageIdentifier;

pub(crate) type Bundle = FluentBundle<FluentResource>;

/// A bundle of `files` (read in order, a later file's message replacing an earlier one's)
/// for `tag`. The files were parsed and checked by the caller.
pub(crate) fn bundle(tag: &str, files: Vec<FluentResource>) -> Bundle {
    let id: LanguageIdentifier = tag.parse().unwrap_or_default();
    let mut bundle = FluentBundle::new_concurrent(vec![id]);
    // The pages mark direction themselves (`dir` on the document, `<bdi>` around names), so
    // the isolation marks Fluent would put around each value are left out of the text: they
    // would end up inside attributes, feeds and plain-text messages.
    bundle.set_use_isolating(false);
    bundle.set_formatter(Some(number));
    for file in files {
        bundle.add_resource_overriding(file);
    }
    bundle
}

/// The message `key` with `args`; `None` when the bundle lacks it.
pub(crate) fn format(bundle: &Bundle, key: &str, args: Option<&FluentArgs>) -> Option<String> {
    let pattern = bundle.get_message(key)?.value()?;
    let mut errors = Vec::new();
    Some(
        bundle
            .format_pattern(pattern, args, &mut errors)
            .into_owned(),
    )
}

/// Numbers in a sentence in the bundle language's digits and marks (`1 234`, `٣`).
fn number(
    value: &FluentValue,
    memo: &intl_memoizer::concurrent::IntlLangMemoizer,
) -> Option<String> {
    let FluentValue::Number(n) = value else {
        return None;
    };
    let written = n.as_string();
    memo.with_try_get::<Digits, _, _>((), |d| d.0.decimal(&written))
        .ok()
}

/// The language's digits, built once per bundle by Fluent's memoizer.
struct Digits(super::dates::Digits);

impl Memoizable for Digits {
    type Args = ();
    type Error = ();

    fn construct(lang: LanguageIdentifier, _: ()) -> Result<Self, ()> {
        let locale = icu_locale_core::Locale::try_from_str(&lang.to_string()).map_err(|_| ())?;
        Ok(Digits(super::dates::Digits::new(&locale)))
    }
}
