//! People: the `people:` list of `candor.yaml` (initials, each standing for one person), and
//! names in incident files, resolved against it (`md` → "Minter Dial"), with the warning for a
//! group's name where customers are owed a person's.

use crate::diagnostic::suggest_glossed;
use crate::input::raw::{RawPerson, RawPersonEntry};
use crate::model::*;
use crate::pointer::Pointer;
use crate::ptr;

use super::links::email_rule;
use super::report::Report;
use super::translations::{TextField, Translations, trimmed};

/// The short name a person in `people:` has when they are given none: the first letter of
/// each word, lower case ("Minter Dial" → "md", "Mary Ann Lee" → "mal"). Files use it; pages
/// sign with `Person::initials_of`.
pub(crate) fn short_name_of(name: &str) -> String {
    name.split_whitespace()
        .filter_map(|w| w.chars().next())
        .flat_map(char::to_lowercase)
        .collect()
}

pub(super) fn people(
    r: &mut Report,
    tr: &mut Translations,
    raw: &[RawPersonEntry],
) -> Vec<PersonEntry> {
    let mut out: Vec<PersonEntry> = Vec::new();
    for (i, p) in raw.iter().enumerate() {
        r.nonempty(ptr!["people", i, "name"], "person's name", &p.name);
        let initials = p
            .initials
            .clone()
            .map(|s| s.trim().to_lowercase())
            .unwrap_or_else(|| short_name_of(&p.name));
        if let Some(other) = out.iter().find(|o| o.initials == initials) {
            r.error(
                ptr!["people", i, "initials"],
                format!("`{initials}` already stands for {}", other.name),
            )
            .help = Some("give one of them different `initials:`".into());
        }
        let role = p.role.as_ref().map(|role| {
            let at = ptr!["people", i, "role"];
            let field = TextField {
                at,
                what: "role",
                field: Field::PersonRole(i),
                keep: trimmed,
            };
            tr.text(r, field, role)
        });
        out.push(PersonEntry {
            name: p.name.trim().to_string(),
            role,
            email: p.email.clone(),
            initials,
        });
    }
    out
}

/// Words that name a group, not a person: customers are owed a name, not "the team".
const GROUP_WORDS: &[&str] = &[
    "team",
    "support",
    "staff",
    "ops",
    "operations",
    "engineering",
    "admin",
    "administrator",
    "helpdesk",
    "desk",
    "department",
    "we",
    "us",
    "everyone",
    "sre",
    "oncall",
    "on-call",
    "customer care",
    "customer service",
    "status",
];

/// Whether a name is a group's rather than a person's ("The Team", "Support").
pub(crate) fn is_group_name(name: &str) -> bool {
    let lower = name.trim().to_lowercase();
    let words: Vec<&str> = lower
        .split(|c: char| !c.is_alphanumeric() && c != '-')
        .filter(|w| !w.is_empty())
        .collect();
    GROUP_WORDS.iter().any(|g| {
        if g.contains(' ') {
            lower.contains(g)
        } else {
            words.contains(g)
        }
    })
}

/// A name as written, resolved against `people:` (`md` → "Minter Dial"). An unknown short
/// name is an error with a suggestion; a group's name is a warning (`--strict` fails on it).
pub(super) fn resolve_name<'c>(
    r: &mut Report,
    at: Pointer,
    name: &str,
    cfg: Option<&'c Config>,
) -> (String, Option<&'c PersonEntry>) {
    let name = name.trim();
    let people = cfg.map_or(&[][..], |c| c.people.as_slice());
    if let Some(p) = people
        .iter()
        .find(|p| p.name == name || p.initials == name.to_lowercase())
    {
        return (p.name.clone(), Some(p));
    }
    // A short name is how people are referred to by their initials: a lower-case word of a few
    // letters ("md"). "Ana" or "Li" written as names stay names.
    let looks_short = !people.is_empty()
        && !name.is_empty()
        && name.chars().count() <= 4
        && name.chars().all(|c| c.is_lowercase());
    if is_group_name(name) {
        r.warning(
            at,
            WarningCode::UnnamedPerson,
            format!("`{name}` is not a person's name"),
            "customers are owed a named person: write who it is, e.g. `Minter Dial`",
        );
    } else if looks_short {
        let known: Vec<(&str, &str)> = people
            .iter()
            .map(|p| (p.initials.as_str(), p.name.as_str()))
            .collect();
        let help = suggest_glossed(&name.to_lowercase(), &known)
            .unwrap_or_else(|| "use the initials of someone in `people:` in candor.yaml".into());
        r.error(at, format!("unknown person `{name}`")).help = Some(help);
    }
    (name.to_string(), None)
}

/// A person an incident file names, as `person_in` checks them.
pub(super) struct Named<'a> {
    pub(super) at: Pointer,
    pub(super) raw: &'a RawPerson,
    /// How messages call them: "owner", "apology's author".
    pub(super) what: &'a str,
    pub(super) role_required: bool,
    /// Their role as a text field, on a site in more than one language.
    pub(super) role_field: Field,
}

pub(super) fn person_in(
    r: &mut Report,
    tr: &mut Translations,
    n: Named,
    cfg: Option<&Config>,
) -> Person {
    let Named { at, raw, what, .. } = n;
    r.nonempty(at.join("name"), &format!("{what}'s name"), &raw.name);
    let (name, known) = if raw.name.trim().is_empty() {
        (String::new(), None)
    } else {
        resolve_name(r, at.join("name"), &raw.name, cfg)
    };
    // A known person brings their role and email unless the file gives its own.
    let role_of = format!("{what}'s role");
    let written = raw.role.as_ref().map(|role| {
        let field = TextField {
            at: at.join("role"),
            what: &role_of,
            field: n.role_field,
            keep: trimmed,
        };
        tr.text(r, field, role)
    });
    let role = written.or_else(|| known.and_then(|p| p.role.clone()));
    let email = raw
        .email
        .clone()
        .or_else(|| known.and_then(|p| p.email.clone()));
    if n.role_required && role.as_deref().is_none_or(|s| s.trim().is_empty()) {
        r.error(at.clone().into_key(), format!("the {what} has no role"))
            .help = Some(format!(
            "add `role: …` so customers know who {} is, e.g. `role: Head of Customer Care`",
            name.trim()
        ));
    }
    if let Some(email) = &email {
        email_rule(r, at.join("email"), email);
    }
    Person::named(name.trim(), role.map(|s| s.trim().to_string()), email)
}

/// An update's author, resolved once: the name (a short name from `people:` becomes the
/// full one), with the role `people:` gives, else the owner's when the owner wrote it.
pub(super) fn author(
    r: &mut Report,
    at: Pointer,
    raw: &str,
    cfg: Option<&Config>,
    owner: &Person,
) -> Person {
    r.nonempty(at.clone(), "author", raw);
    if raw.trim().is_empty() {
        return Person::named("", None, None);
    }
    let (name, known) = resolve_name(r, at, raw, cfg);
    let role = known
        .and_then(|p| p.role.clone())
        .or_else(|| (owner.name == name).then(|| owner.role.clone()).flatten());
    Person::named(&name, role, known.and_then(|p| p.email.clone()))
}
