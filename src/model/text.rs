//! A site in more than one language (`languages: [en-CA, fr-CA]`): each text field of an
//! incident in each language its file gives, and the projection that puts one language's
//! texts into the model's fields. Every channel then renders a language exactly as it renders
//! a one-language site, so the pages, feeds, API and announce text of each language never
//! disagree on anything but the words.

use std::sync::Arc;

use super::{Config, Incident, Site};

/// A text field of an incident file, by where it is in the incident.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Field {
    Title,
    /// The body of update `i` (oldest first, as in the file and the model).
    Body(usize),
    Workaround(usize),
    /// The apology letter.
    Apology,
    Offer(usize),
    Eligible(usize),
    Postmortem,
    /// `candor.yaml`'s `title`.
    SiteTitle,
    SiteDescription,
    ContactName,
    ComponentName(usize),
    ComponentGroup(usize),
    ComponentDescription(usize),
}

impl Field {
    /// Whether pages say, above it, that the field is shown in another language: the texts
    /// of an update, apology or review. A title or a name is only marked with its `lang`.
    pub(crate) fn noted(self) -> bool {
        matches!(
            self,
            Field::Body(_)
                | Field::Workaround(_)
                | Field::Apology
                | Field::Offer(_)
                | Field::Eligible(_)
                | Field::Postmortem
        )
    }
}

/// One language a site is published in.
#[derive(Debug, Clone)]
pub struct SiteLanguage {
    /// A BCP 47 tag in canonical case (`fr-CA`).
    pub tag: String,
    /// Its words and forms, with the theme's overrides.
    pub locale: Arc<crate::locale::Locale>,
    /// Where its pages are, from the site's root: `""` for the main language, else the tag in
    /// lower case and a slash (`fr-ca/`).
    pub folder: String,
}

impl SiteLanguage {
    pub(crate) fn new(tag: String, locale: Arc<crate::locale::Locale>, main: bool) -> Self {
        let folder = match main {
            true => String::new(),
            false => format!("{}/", tag.to_ascii_lowercase()),
        };
        SiteLanguage {
            tag,
            locale,
            folder,
        }
    }
}

/// Every text field of an incident on a site in more than one language, each with its text
/// in each language its file gives: (index into `Config::languages`, text), in the site's
/// order of languages.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Texts {
    pub(crate) fields: Vec<(Field, Vec<(usize, String)>)>,
}

impl Texts {
    pub(crate) fn add(&mut self, field: Field, texts: Vec<(usize, String)>) {
        self.fields.push((field, texts));
    }
}

impl Incident {
    /// The incident in language `k`: each field's text in it, else in the first of the site's
    /// languages that has one, which `untranslated` then names. An incident of a one-language
    /// site has no `texts` and is itself.
    pub(crate) fn in_language(&self, k: usize, languages: &[SiteLanguage]) -> Incident {
        let mut inc = self.clone();
        inc.untranslated.clear();
        let Some(texts) = self.texts.clone() else {
            return inc;
        };
        for (field, given) in &texts.fields {
            let Some((lang, text)) = given.iter().find(|(l, _)| *l == k).or(given.first()) else {
                continue;
            };
            if *lang != k
                && let Some(shown) = languages.get(*lang)
            {
                inc.untranslated.push((*field, shown.clone()));
            }
            if let Some(slot) = inc.slot(*field) {
                text.clone_into(slot);
            }
        }
        inc
    }

    /// Where field `f`'s text is in the model.
    fn slot(&mut self, f: Field) -> Option<&mut String> {
        match f {
            Field::Title => Some(&mut self.title),
            Field::Body(i) => self.updates.get_mut(i).map(|u| &mut u.body),
            Field::Workaround(i) => self.updates.get_mut(i)?.workaround.as_mut(),
            Field::Apology => self.apology.as_mut().map(|a| &mut a.body),
            Field::Offer(i) => Some(&mut self.apology.as_mut()?.remedy.get_mut(i)?.offer),
            Field::Eligible(i) => Some(&mut self.apology.as_mut()?.remedy.get_mut(i)?.eligible),
            Field::Postmortem => self.postmortem.as_mut(),
            _ => None,
        }
    }

    /// The language field `f` is shown in, when it is not the language of the pages it is
    /// on.
    pub(crate) fn untranslated(&self, f: Field) -> Option<&SiteLanguage> {
        self.untranslated
            .iter()
            .find(|(field, _)| *field == f)
            .map(|(_, lang)| lang)
    }
}

/// Which of `tags` a file's or a command's `key` names: a tag in any case, or a language
/// alone (`fr` for `fr-CA`) when only one of `tags` is in it.
pub(crate) fn language_named(tags: &[impl AsRef<str>], key: &str) -> Option<usize> {
    let primary = |t: &str| t.split('-').next().unwrap_or("").to_ascii_lowercase();
    if let Some(k) = tags
        .iter()
        .position(|t| t.as_ref().eq_ignore_ascii_case(key))
    {
        return Some(k);
    }
    if key.contains('-') {
        return None;
    }
    let mut same =
        (0..tags.len()).filter(|&k| primary(tags[k].as_ref()) == key.to_ascii_lowercase());
    match (same.next(), same.next()) {
        (Some(k), None) => Some(k),
        _ => None,
    }
}

impl Config {
    /// The config of language `k`'s pages: its words, its tag, and its folder's address.
    /// Called on the main language's config.
    pub(crate) fn in_language(&self, k: usize) -> Config {
        let mut c = self.clone();
        for (field, given) in self.texts.iter().flat_map(|t| &t.fields) {
            let text = given.iter().find(|(l, _)| *l == k).or(given.first());
            if let (Some((_, text)), Some(slot)) = (text, c.slot(*field)) {
                text.clone_into(slot);
            }
        }
        let lang = &self.languages[k];
        c.language = lang.tag.clone();
        c.locale = lang.locale.clone();
        c.base_url = format!("{}{}", self.base_url, lang.folder);
        c.current = k;
        c
    }

    /// Where field `f`'s text is in the config.
    fn slot(&mut self, f: Field) -> Option<&mut String> {
        match f {
            Field::SiteTitle => Some(&mut self.title),
            Field::SiteDescription => self.description.as_mut(),
            Field::ContactName => self.contact.as_mut().map(|c| &mut c.name),
            Field::ComponentName(i) => self.components.get_mut(i).map(|c| &mut c.name),
            Field::ComponentGroup(i) => self.components.get_mut(i)?.group.as_mut(),
            Field::ComponentDescription(i) => self.components.get_mut(i)?.description.as_mut(),
            _ => None,
        }
    }

    /// The address of language `k`'s pages.
    pub(crate) fn language_url(&self, k: usize) -> String {
        let root = self
            .base_url
            .strip_suffix(self.languages[self.current].folder.as_str())
            .unwrap_or(&self.base_url);
        format!("{root}{}", self.languages[k].folder)
    }
}

impl Site {
    /// The site as language `k`'s pages show it. The main language's site is the site itself:
    /// `check` puts its texts in the model already.
    pub(crate) fn in_language(&self, k: usize) -> Site {
        Site {
            config: self.config.in_language(k),
            incidents: self
                .incidents
                .iter()
                .map(|inc| match (&inc.texts, k) {
                    (None, _) | (_, 0) => inc.clone(),
                    (Some(_), _) => Arc::new(inc.in_language(k, &self.config.languages)),
                })
                .collect(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Status, Update};

    #[test]
    fn a_language_takes_its_texts_and_names_the_fields_it_lacks() {
        let at = "2026-11-20T09:00:00Z";
        let mut inc = Incident::sample(
            "Card payments failing",
            at.parse().unwrap(),
            vec![
                Update::sample(at, Status::Investigating, None),
                Update::sample(at, Status::Resolved, None),
            ],
        );
        let mut texts = Texts::default();
        texts.add(
            Field::Title,
            vec![
                (0, "Card payments failing".into()),
                (1, "Paiements en échec".into()),
            ],
        );
        texts.add(Field::Body(0), vec![(0, "Looking into it.".into())]);
        texts.add(Field::Body(1), vec![(1, "Réglé.".into())]);
        inc.texts = Some(Arc::new(texts));
        let english = crate::locale::Locale::english();
        let languages = [
            SiteLanguage::new("en".into(), english.clone(), true),
            SiteLanguage::new("fr".into(), english, false),
        ];
        let fr = inc.in_language(1, &languages);
        assert_eq!(fr.title, "Paiements en échec");
        assert_eq!(fr.updates[0].body, "Looking into it.");
        let tag = |l: Option<&SiteLanguage>| l.map(|l| l.tag.clone());
        assert_eq!(tag(fr.untranslated(Field::Body(0))), Some("en".into()));
        assert_eq!(tag(fr.untranslated(Field::Title)), None);
        let en = inc.in_language(0, &languages);
        assert_eq!(en.updates[1].body, "Réglé.");
        assert_eq!(tag(en.untranslated(Field::Body(1))), Some("fr".into()));
        assert_eq!(tag(en.untranslated(Field::Body(0))), None);
    }
}
