//! The rules for `candor.yaml`: the site's title and address, its time zone, components,
//! contact, promise policy and people. A config with errors yields no `Config`, and incident
//! files are then checked without it.

use jiff::tz::TimeZone;

use crate::diagnostic::{Diagnostic, did_you_mean, proposal};
use crate::input::brand::BrandFiles;
use crate::input::raw::{RawConfig, RawText};
use crate::model::language;
use crate::model::*;
use crate::pointer::Pointer;
use crate::ptr;
use crate::yaml::load::Parsed;

use super::ids::{is_valid_id, slug};
use super::links::{base_url_rule, email_rule, link_rule};
use super::people::people;
use super::report::Report;
use super::text_rules::config_text_rules;
use super::translations::{TextField, Translations, trimmed};

/// A one-line text field of `candor.yaml`.
fn text_field(at: Pointer, what: &str, field: Field) -> TextField<'_> {
    TextField {
        at,
        what,
        field,
        keep: trimmed,
    }
}

/// Entries per feed when `feeds.max_entries` is not set.
pub(crate) const DEFAULT_FEED_ENTRIES: usize = 50;

/// Checks `candor.yaml`: the config when it has no error, and every diagnostic about it.
pub(crate) fn validate_config(
    p: &Parsed<RawConfig>,
    brand_files: &BrandFiles,
    theme_words: &[crate::input::theme::ThemeFile],
) -> (Option<Config>, Vec<Diagnostic>) {
    let raw = &p.raw;
    let mut r = Report::new();
    let reported = config_text_rules(&mut r, p);
    let tags = languages(&mut r, raw, &reported);
    let mut tr = Translations::new(tags.clone()).reading(&p.source.text);
    let title = tr.text(
        &mut r,
        text_field(ptr!["title"], "site title", Field::SiteTitle),
        &raw.title,
    );
    let description = raw.description.as_ref().map(|d| {
        let field = text_field(ptr!["description"], "description", Field::SiteDescription);
        tr.text(&mut r, field, d)
    });
    super::config_placeholders::config_placeholders(&mut r, raw);
    if !super::config_placeholders::is_placeholder(&raw.base_url) {
        base_url_rule(&mut r, &raw.base_url);
    }
    let base_url = raw.base_url.trim();
    let base_url = if base_url.ends_with('/') {
        base_url.to_string()
    } else {
        format!("{base_url}/")
    };
    let tz_name = raw.timezone.clone().unwrap_or_else(|| "UTC".into());
    let timezone = timezone(&mut r, &tz_name);
    let components = components(&mut r, &mut tr, raw);
    let theme = raw.theme.clone().unwrap_or_else(|| "default".into());
    if theme.contains(['/', '\\']) || theme.starts_with('.') || theme.is_empty() {
        r.error(
            ptr!["theme"],
            format!("theme `{theme}` is not a folder name"),
        )
        .help = Some("name a folder under `themes/`, or `default`".into());
    }
    let contact = contact(&mut r, &mut tr, raw);
    let promises = promises(&mut r, raw.promises.as_ref());
    let people = people(&mut r, &mut tr, &raw.people);
    let known = super::notify::Known {
        components: &components,
        languages: &tags,
    };
    let notify = super::notify::notify(&mut r, raw.notify.as_ref(), &known);
    let brand = super::brand::brand(&mut r, raw.brand.as_ref(), brand_files);
    super::glyphs::glyphs(&mut r, raw, &brand);
    let Some(timezone) = timezone.filter(|_| !r.has_errors()) else {
        return (None, r.diags);
    };
    // A theme's words are checked in their own file; the site still builds with candor's.
    let mut words = Vec::new();
    let languages: Vec<SiteLanguage> = tags
        .into_iter()
        .enumerate()
        .map(|(i, tag)| {
            let locale = super::strings::locale(&tag, theme_words, &mut words);
            SiteLanguage::new(tag, locale, i == 0)
        })
        .collect();
    let config = Config {
        title,
        description,
        base_url,
        timezone,
        timezone_name: tz_name,
        locale: languages[0].locale.clone(),
        language: languages[0].tag.clone(),
        languages,
        current: 0,
        texts: tr.finish(),
        theme,
        contact,
        components,
        feed_entries: raw
            .feeds
            .as_ref()
            .and_then(|f| f.max_entries)
            .unwrap_or(DEFAULT_FEED_ENTRIES)
            .max(1),
        promises,
        people,
        notify,
        brand,
    };
    let mut diags = r.diags;
    diags.append(&mut words);
    (Some(config), diags)
}

/// `timezone`: a zone name the database knows, with a suggestion for a near miss.
fn timezone(r: &mut Report, tz_name: &str) -> Option<TimeZone> {
    match TimeZone::get(tz_name) {
        Ok(tz) => Some(tz),
        Err(_) => {
            let help = match suggest_zone(tz_name) {
                Some(zone) => proposal(&zone, ""),
                None if looks_like_offset(tz_name) => "name a place, not an offset, so that \
                    summer time is right: e.g. `Europe/London`, `America/New_York`, or `UTC`"
                    .into(),
                None => "use a zone name such as `Europe/London` or `America/New_York`".into(),
            };
            r.error(ptr!["timezone"], format!("unknown time zone `{tz_name}`"))
                .help = Some(help);
            None
        }
    }
}

/// `language`, or `languages` for a site in more than one: the site's languages, the main
/// one first, each once.
fn languages(r: &mut Report, raw: &RawConfig, reported: &[Pointer]) -> Vec<String> {
    let Some(list) = &raw.languages else {
        return vec![language(
            r,
            ptr!["language"],
            raw.language.as_deref(),
            reported,
        )];
    };
    if raw.language.is_some() {
        r.error(
            ptr!["language"].into_key(),
            "both `language` and `languages`",
        )
        .help =
            Some("keep `languages:` with the main language first, and remove `language:`".into());
    }
    if list.is_empty() {
        r.error(ptr!["languages"], "`languages` is empty").help =
            Some("list the site's languages, the main one first, e.g. `[en-CA, fr-CA]`".into());
        return vec!["en".into()];
    }
    let mut tags: Vec<String> = Vec::new();
    for (i, written) in list.iter().enumerate() {
        let at = ptr!["languages", i];
        let tag = language(r, at.clone(), Some(written), reported);
        // A malformed tag is reported; it is no language of the site.
        if parse_tag(written.trim()).is_none() {
            continue;
        }
        if tags.iter().any(|t| t.eq_ignore_ascii_case(&tag)) {
            r.error(at, format!("`{tag}` is listed twice")).help =
                Some("list each language once".into());
        } else {
            tags.push(tag);
        }
    }
    tags
}

/// A language at `at`: a BCP 47 tag, written back in canonical case (`EN-gb` is `en-GB`) for
/// every `lang` and feed language, of a language candor's text is in (see `model::language`).
fn language(r: &mut Report, at: Pointer, written: Option<&str>, reported: &[Pointer]) -> String {
    let Some(written) = written.map(str::trim) else {
        return "en".into();
    };
    let Some(tag) = parse_tag(written) else {
        if !reported.contains(&at) {
            let help = match suggest_tag(written) {
                Some(tag) if language::is_shipped(&tag) => proposal(&tag, &name_of(&tag)),
                Some(tag) => format!(
                    "{}; candor has no words in it yet: write one of {}",
                    proposal(&tag, &name_of(&tag)),
                    shipped_list()
                ),
                None => "write a BCP 47 tag such as `en`, `en-GB` or `en-US`".into(),
            };
            let message = format!("`{}` is not a language tag", crate::text::one_line(written));
            r.error(at, message).help = Some(help);
        }
        return "en".into();
    };
    if !language::is_shipped(&tag) {
        let voice = match name_of(&tag).as_str() {
            "" => format!("the voice for `{tag}`"),
            name => format!("a {name} voice"),
        };
        r.error(at, format!("candor has no words in {} yet", named(&tag)))
            .help = Some(format!(
            "write one of the languages candor ships ({}), or a regional variant of one such as \
             `en-GB` or `fr-CA`: text in another language marked `{tag}` is read aloud by screen \
             readers with {voice}",
            shipped_list()
        ));
    }
    tag
}

/// "`en`, `de`, `fr`, …": the languages candor ships, for help text.
fn shipped_list() -> String {
    crate::locale::SHIPPED
        .iter()
        .map(|(t, _)| format!("`{t}`"))
        .collect::<Vec<_>>()
        .join(", ")
}

/// A well-formed BCP 47 tag in canonical case, or none.
fn parse_tag(s: &str) -> Option<String> {
    icu_locale_core::Locale::try_from_str(s)
        .ok()
        .map(|l| l.to_string())
}

/// The tag a malformed `language:` most likely meant: a language's name (`English`,
/// `français`, a near miss such as `Germna`), or a tag with the wrong separators or stray
/// characters (`pt_BR`, `en.GB`, `en!!`).
fn suggest_tag(written: &str) -> Option<String> {
    let name = |s: &str| {
        let letters: String = s
            .chars()
            .map(|c| if c.is_alphabetic() { c } else { ' ' })
            .collect();
        deunicode::deunicode(&letters.to_lowercase())
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
    };
    let wanted = name(written);
    let names: Vec<(String, &str)> = language::NAMES
        .iter()
        .map(|(n, tag)| (name(n), *tag))
        .collect();
    if let Some((_, tag)) = names.iter().find(|(n, _)| *n == wanted) {
        return Some(tag.to_string());
    }
    let subtags: Vec<&str> = written
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|s| !s.is_empty())
        .collect();
    if let Some(tag) = parse_tag(&subtags.join("-")) {
        return Some(tag);
    }
    let near = did_you_mean(&wanted, names.iter().map(|(n, _)| n.as_str()))?;
    names
        .iter()
        .find(|(n, _)| n == near)
        .map(|(_, tag)| tag.to_string())
}

/// "German (`de`)", or "`sw`" for a language `NAMES` does not know.
fn named(tag: &str) -> String {
    match name_of(tag).as_str() {
        "" => format!("`{tag}`"),
        name => format!("{name} (`{tag}`)"),
    }
}

/// "German" for `de-CH`; empty for a language `NAMES` does not know.
fn name_of(tag: &str) -> String {
    language::english_name(tag).map_or(String::new(), capitalised)
}

fn capitalised(name: &str) -> String {
    let mut chars = name.chars();
    chars
        .next()
        .map_or(String::new(), |c| c.to_uppercase().chain(chars).collect())
}

/// `components`: at least one, each with a valid id of its own and a name.
fn components(r: &mut Report, tr: &mut Translations, raw: &RawConfig) -> Vec<Component> {
    let mut components: Vec<Component> = Vec::new();
    for (i, c) in raw.components.iter().enumerate() {
        let at = ptr!["components", i, "id"];
        if !is_valid_id(&c.id) {
            r.error(
                at.clone(),
                format!("component id `{}` is not a valid id", c.id),
            )
            .help = Some(format!(
                "ids use lower-case letters, digits and dashes, e.g. `{}`",
                slug(&c.id)
            ));
        }
        if components.iter().any(|k| k.id == c.id) {
            r.error(at, format!("component `{}` is listed twice", c.id))
                .help = Some("give each component its own id".into());
            continue;
        }
        let at = ptr!["components", i];
        let at = |key: &str, what, field| text_field(at.join(key), what, field);
        let name = tr.text(
            r,
            at("name", "component name", Field::ComponentName(i)),
            &c.name,
        );
        let mut optional = |key, what, field, raw: &Option<RawText>| {
            // An empty group or description is no group or description, in any language.
            let given = raw
                .as_ref()
                .filter(|t| t.texts().any(|s| !s.trim().is_empty()))?;
            Some(tr.text(r, at(key, what, field), given))
        };
        let group = optional("group", "group", Field::ComponentGroup(i), &c.group);
        let description = optional(
            "description",
            "component description",
            Field::ComponentDescription(i),
            &c.description,
        );
        components.push(Component {
            id: c.id.clone(),
            name,
            group,
            description,
        });
    }
    if raw.components.is_empty() {
        r.error(ptr!["components"], "the site has no components")
            .help =
            Some("list what customers use, e.g. `- { id: checkout, name: Checkout }`".into());
    }
    components
}

/// `contact`: a name, and a plain address and a web link when given.
fn contact(r: &mut Report, tr: &mut Translations, raw: &RawConfig) -> Option<Contact> {
    let c = raw.contact.as_ref()?;
    let field = text_field(ptr!["contact", "name"], "contact name", Field::ContactName);
    let name = tr.text(r, field, &c.name);
    if let Some(email) = &c.email {
        email_rule(r, ptr!["contact", "email"], email);
    }
    // The contact link goes on every page: only a web address, never `javascript:`.
    if let Some(url) = &c.url {
        if !crate::links::is_web_address(url) {
            r.error(
                ptr!["contact", "url"],
                format!(
                    "contact url `{}` is not an http(s) address",
                    crate::text::one_line(url)
                ),
            )
            .help = Some("write the full address, e.g. `https://example.com/help`".into());
        }
        link_rule(r, ptr!["contact", "url"], "contact.url", url);
    }
    Some(Contact {
        name,
        email: c.email.clone(),
        url: c.url.clone(),
    })
}

fn promises(r: &mut Report, raw: Option<&crate::input::raw::RawPromises>) -> Promises {
    let mut p = Promises::default();
    let Some(raw) = raw else {
        return p;
    };
    p.script = raw.script.unwrap_or(true);
    if let Some(g) = &raw.grace
        && let Some(d) = r.duration(ptr!["promises", "grace"], g)
    {
        p.grace = d;
    }
    if let Some(gaps) = &raw.max_gap {
        p.max_gap.clear();
        for (impact, gap) in gaps {
            let at = ptr!["promises", "max_gap", impact.as_str()];
            let i = r.word(at.clone().into_key(), "impact", impact, Impact::ALL);
            if let (Some(i), Some(d)) = (i, r.duration(at.clone(), gap)) {
                if d.is_zero() {
                    r.error(at, "a gap of zero would make every update late")
                        .help = Some("give the longest a customer should wait, e.g. `1h`".into());
                    continue;
                }
                p.max_gap.push((i, d));
            }
        }
        p.max_gap.sort_by_key(|g| std::cmp::Reverse(g.0));
    }
    p
}

/// A zone for a near miss: a misspelling (`Europe/Londn`) or a bare city (`london`).
fn suggest_zone(name: &str) -> Option<String> {
    if looks_like_offset(name) {
        return None;
    }
    let names: Vec<String> = jiff::tz::db().available().map(|n| n.to_string()).collect();
    let city = name.trim().replace(' ', "_").to_ascii_lowercase();
    if let Some(n) = names.iter().find(|n| {
        n.rsplit('/').next().map(str::to_ascii_lowercase) == Some(city.clone())
            && n.contains('/')
            && !n.starts_with("Etc/")
    }) {
        return Some(n.clone());
    }
    if let Some(n) = names.iter().find(|n| n.eq_ignore_ascii_case(name.trim())) {
        return Some(n.clone());
    }
    did_you_mean(name, names.iter().map(String::as_str)).map(str::to_string)
}

/// `GMT+1`, `UTC-05:00`, `+01:00`: an offset written where a zone belongs.
fn looks_like_offset(name: &str) -> bool {
    let n = name.trim().to_ascii_uppercase();
    let rest = n
        .strip_prefix("UTC")
        .or_else(|| n.strip_prefix("GMT"))
        .unwrap_or(&n);
    rest.starts_with(['+', '-']) && rest[1..].chars().all(|c| c.is_ascii_digit() || c == ':')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn time_zones_suggest_places() {
        assert_eq!(suggest_zone("london").as_deref(), Some("Europe/London"));
        assert_eq!(
            suggest_zone("Europe/Londn").as_deref(),
            Some("Europe/London")
        );
        assert_eq!(
            suggest_zone("new york").as_deref(),
            Some("America/New_York")
        );
        // An offset is not a near miss of `GMT+0`: it gets its own help.
        assert!(looks_like_offset("GMT+1") && looks_like_offset("+01:00"));
        assert!(!looks_like_offset("GMT"));
        assert_eq!(suggest_zone("UTC+1"), None);
    }

    #[test]
    fn a_name_or_a_near_tag_suggests_the_tag() {
        for (written, tag) in [
            ("English", "en"),
            ("français!!", "fr"),
            ("Francais", "fr"),
            ("Deutsch", "de"),
            ("German", "de"),
            ("Español", "es"),
            ("Portugues do Brasil", "pt-BR"),
            ("Italiano", "it"),
            ("Nederlands", "nl"),
            ("日本語", "ja"),
            ("简体中文", "zh-Hans"),
            ("العربية", "ar"),
            ("pt_BR", "pt-BR"),
            ("en.gb", "en-GB"),
            ("en!!", "en"),
            ("Germna", "de"),
            ("Engilsh", "en"),
        ] {
            assert_eq!(suggest_tag(written).as_deref(), Some(tag), "{written}");
        }
        assert_eq!(suggest_tag("!!!"), None);
    }

    #[test]
    fn a_tag_is_read_in_any_case_and_written_canonical() {
        assert_eq!(parse_tag("EN-gb").as_deref(), Some("en-GB"));
        assert_eq!(parse_tag("zh-hans-cn").as_deref(), Some("zh-Hans-CN"));
        for bad in ["English", "en_GB", "français", "", "en-"] {
            assert_eq!(parse_tag(bad), None, "{bad}");
        }
    }
}
