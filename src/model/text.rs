//! A site in more than one language (`languages: [en-CA, fr-CA]`): each text field of an
//! incident in each language its file gives, and the projection that puts one language's
//! texts into the model's fields. Every channel then renders a language exactly as it renders
//! a one-language site, so the pages, feeds, API and announce text of each language never
//! disagree on anything but the words.

use std::sync::Arc;

use super::{Config, Incident, Person, Site};

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
    /// The role of `people:` entry `i`.
    PersonRole(usize),
    /// The role the incident file gives its owner.
    OwnerRole,
    ApologyAuthorRole,
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
    /// `main` is the site's config and `here` that of language `k`'s pages (`main.in_language
    /// (k)`), whose `people:` roles the people who sign the incident take.
    pub(crate) fn in_language(&self, k: usize, main: &Config, here: &Config) -> Incident {
        let languages = &main.languages;
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
        inc.roles_from(self, main, here);
        inc
    }

    /// The roles of the people who sign the incident, in `here`'s language: a role that came
    /// from `people:` (or, for updates the owner signs, from the owner) is that one's
    /// translation. Compared with `main`'s, since each person is stored with the role taken.
    fn roles_from(&mut self, main_inc: &Incident, main: &Config, here: &Config) {
        let mut roles: Vec<(&str, Option<&String>, Option<String>)> = main
            .people
            .iter()
            .zip(&here.people)
            .map(|(m, h)| (m.name.as_str(), m.role.as_ref(), h.role.clone()))
            .collect();
        roles.push((
            &main_inc.owner.name,
            main_inc.owner.role.as_ref(),
            self.owner.role.clone(),
        ));
        let role = |p: &Person| {
            roles
                .iter()
                .find(|(name, role, _)| *name == p.name && *role == p.role.as_ref())
                .map(|(_, _, here)| here.clone())
        };
        if let Some(r) = role(&main_inc.owner) {
            self.owner.role = r;
        }
        if let (Some(a), Some(main_a)) = (&mut self.apology, &main_inc.apology)
            && let Some(r) = role(&main_a.author)
        {
            a.author.role = r;
        }
        for (u, main_u) in self.updates.iter_mut().zip(&main_inc.updates) {
            if let Some(r) = role(&main_u.author)
                && r != u.author.role
            {
                let mut author = (*u.author).clone();
                author.role = r;
                u.author = Arc::new(author);
            }
        }
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
            Field::OwnerRole => self.owner.role.as_mut(),
            Field::ApologyAuthorRole => self.apology.as_mut()?.author.role.as_mut(),
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

/// "`en-CA`, `fr-CA`": tags as messages list them.
pub(crate) fn tags_listed(tags: &[impl AsRef<str>]) -> String {
    tags.iter()
        .map(|t| format!("`{}`", t.as_ref()))
        .collect::<Vec<_>>()
        .join(", ")
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
            Field::PersonRole(i) => self.people.get_mut(i)?.role.as_mut(),
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
        let here = self.config.in_language(k);
        let incidents = self
            .incidents
            .iter()
            .map(|inc| match (&inc.texts, k) {
                (None, _) | (_, 0) => inc.clone(),
                (Some(_), _) => Arc::new(inc.in_language(k, &self.config, &here)),
            })
            .collect();
        Site {
            config: here,
            incidents,
        }
    }
}
