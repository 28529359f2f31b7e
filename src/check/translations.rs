//! The rule for text fields on a site in more than one language: each text is in one of the
//! site's languages, and a text missing in one of them is a warning (`missing-translation`),
//! since that language's pages then show it in another, saying so.

use crate::diagnostic::did_you_mean;
use crate::input::raw::RawText;
use crate::model::text::{language_named, tags_listed};
use crate::model::{Field, SiteLanguage, Texts, WarningCode};
use crate::pointer::Pointer;

use super::report::Report;

/// One incident file's texts, matched against the site's languages as they are checked.
pub(super) struct Translations {
    /// The site's language tags, the main one first (none without a config: then any text is
    /// taken as it is).
    tags: Vec<String>,
    texts: Texts,
    /// The file's text, to say how an empty value was written (`~`, `null`).
    source: Option<std::sync::Arc<str>>,
}

/// A text field as a rule passes it: where it is, what readers call it, and how its text is
/// kept (`str::trim` for one-line fields).
pub(super) struct TextField<'a> {
    pub(super) at: Pointer,
    pub(super) what: &'a str,
    pub(super) field: Field,
    pub(super) keep: fn(&str) -> String,
}

/// The error for `key`, at `at`, naming a language the site is not in: the tag meant, or the
/// site's languages and what else to do (`otherwise`: "remove this text").
pub(super) fn unknown_language(
    r: &mut Report,
    at: Pointer,
    key: &str,
    tags: &[String],
    otherwise: &str,
) {
    let list = tags_listed(tags);
    let help = match did_you_mean(key, tags.iter().map(String::as_str)) {
        Some(near) => format!("did you mean `{near}`? The site's languages are {list}"),
        None => format!(
            "the site's languages are {list}: add `{key}` to `languages:` in candor.yaml, or \
             {otherwise}"
        ),
    };
    r.error(at, format!("`{key}` is not one of the site's languages"))
        .help = Some(help);
}

/// How a one-line field's text is kept.
pub(super) fn trimmed(s: &str) -> String {
    s.trim().to_string()
}

impl Translations {
    /// Texts matched against `tags`, the site's languages (none without a config).
    pub(super) fn new(tags: Vec<String>) -> Self {
        Translations {
            tags,
            texts: Texts::default(),
            source: None,
        }
    }

    /// The same, reading `source` for how a value is written.
    pub(super) fn reading(self, source: &std::sync::Arc<str>) -> Self {
        Translations {
            source: Some(source.clone()),
            ..self
        }
    }

    /// How the value at `at`, which YAML reads as none, is written: `~`, `null`, or nothing.
    fn spelling(&self, at: &Pointer) -> &str {
        let Some(source) = &self.source else {
            return "";
        };
        let Some(pos) = crate::yaml::locate::Locator::new(source).find(at) else {
            return "";
        };
        let line = source.lines().nth(pos.line.saturating_sub(1)).unwrap_or("");
        let from = line
            .char_indices()
            .nth(pos.col.saturating_sub(1))
            .map_or(line.len(), |(i, _)| i);
        let rest = &line[from..];
        let end = rest
            .find(|c: char| c.is_whitespace() || matches!(c, ',' | '}' | ']' | '#'))
            .unwrap_or(rest.len());
        &rest[..end]
    }

    /// Texts matched against a config's languages.
    pub(super) fn of(cfg: Option<&crate::model::Config>) -> Self {
        let languages: &[SiteLanguage] = cfg.map_or(&[], |c| &c.languages);
        Translations::new(languages.iter().map(|l| l.tag.clone()).collect())
    }

    /// Checks one text field and returns the text the model holds: the main language's,
    /// else the first language's the file gives. Each language's text is kept for the pages
    /// of the others (`texts`).
    pub(super) fn text(&mut self, r: &mut Report, f: TextField, raw: &RawText) -> String {
        if matches!(raw, RawText::PerLanguage(map) if map.is_empty()) {
            r.nonempty(f.at.clone(), f.what, "");
        }
        for (at, text) in raw.each(&f.at) {
            let written = match raw {
                RawText::Nothing => self.spelling(&at),
                _ => text,
            };
            r.nonempty(at, f.what, written);
        }
        let given: Vec<(usize, String)> = match raw {
            RawText::One(text) => vec![(0, (f.keep)(text))],
            RawText::Nothing => Vec::new(),
            RawText::PerLanguage(map) => {
                let mut given: Vec<(usize, String)> = map
                    .iter()
                    .filter_map(|(tag, text)| {
                        let k = self.language(r, &f.at, tag, map.keys())?;
                        Some((k, (f.keep)(text)))
                    })
                    .collect();
                given.sort_by_key(|(k, _)| *k);
                given
            }
        };
        // A key that names none of the site's languages is an error already.
        let all_named = match raw {
            RawText::PerLanguage(map) => given.len() == map.len(),
            RawText::One(_) | RawText::Nothing => true,
        };
        if all_named {
            self.missing(r, &f, raw, &given);
        }
        let main = given.first().map(|(_, t)| t.clone()).unwrap_or_default();
        if self.tags.len() > 1 {
            self.texts.add(f.field, given);
        }
        main
    }

    /// The index of the site's language a per-language key names: its tag in any case, or a
    /// language alone (`fr` for `fr-CA`) when the site has one such. Reported when none.
    fn language<'k>(
        &self,
        r: &mut Report,
        at: &Pointer,
        key: &str,
        keys: impl Iterator<Item = &'k String>,
    ) -> Option<usize> {
        if self.tags.is_empty() {
            return Some(0);
        }
        if let Some(k) = language_named(&self.tags, key) {
            // `en` and `en-CA` both given: two texts for one language, reported at the second.
            let twice = keys
                .take_while(|o| o.as_str() != key)
                .any(|o| language_named(&self.tags, o) == Some(k));
            if twice {
                r.error(
                    at.join(key).into_key(),
                    format!("two texts in `{}`", self.tags[k]),
                )
                .help = Some(format!("keep one text under `{}:`", self.tags[k]));
                return None;
            }
            return Some(k);
        }
        unknown_language(
            r,
            at.join(key).into_key(),
            key,
            &self.tags,
            "remove this text",
        );
        None
    }

    /// The warning for a text the file gives in only some of the site's languages.
    fn missing(&self, r: &mut Report, f: &TextField, raw: &RawText, given: &[(usize, String)]) {
        if self.tags.len() < 2 {
            return;
        }
        let lacking: Vec<&str> = (0..self.tags.len())
            .filter(|k| !given.iter().any(|(g, _)| g == k))
            .map(|k| self.tags[k].as_str())
            .collect();
        let Some((shown, _)) = given.first() else {
            return;
        };
        if lacking.is_empty() {
            return;
        }
        let shown = &self.tags[*shown];
        let lacking_list = tags_listed(&lacking);
        let example = self
            .tags
            .iter()
            .map(|t| format!("{t}: …"))
            .collect::<Vec<_>>()
            .join(", ");
        let written = match raw {
            RawText::One(_) | RawText::Nothing => {
                format!("has one text, taken as `{shown}`, and none in {lacking_list}")
            }
            RawText::PerLanguage(_) => format!("has no text in {lacking_list}"),
        };
        r.warning(
            f.at.clone().into_key(),
            WarningCode::MissingTranslation,
            format!("the {} {written}", f.what),
            format!(
                "give one text per language, e.g. `{{ {example} }}`; until then the pages in \
                 {lacking_list} show the `{shown}` text{}",
                match f.field.noted() {
                    true => " and say it is not translated",
                    false => "",
                }
            ),
        );
    }

    /// What the incident keeps: every field in each language, on a site in more than one.
    pub(super) fn finish(self) -> Option<std::sync::Arc<Texts>> {
        (self.tags.len() > 1).then(|| std::sync::Arc::new(self.texts))
    }
}
