//! The rules: turns the raw files into the checked model, reporting every broken rule with
//! its place and a fix. A file with errors yields no incident, but all its errors are listed.

use std::path::PathBuf;
use std::sync::Arc;

use jiff::Timestamp;
use jiff::tz::TimeZone;

use crate::diagnostic::{Diagnostic, did_you_mean};
use crate::model::*;
use crate::pointer::Pointer;
use crate::ptr;
use crate::yaml::load::Parsed;
use crate::yaml::locate::Locator;
use crate::yaml::parse::resolve;

use crate::input::raw::{RawConfig, RawIncident, RawPerson};
use crate::time::{TimeError, parse_date, parse_timestamp};

pub mod as_of_now;

/// Collects diagnostics about one file.
struct Report {
    diags: Vec<Diagnostic>,
    /// The file's locator, built on the first missing field: one per missing field made a
    /// file with thousands of them quadratic.
    locator: std::cell::OnceCell<Locator>,
}

impl Report {
    fn new() -> Self {
        Report {
            diags: Vec::new(),
            locator: std::cell::OnceCell::new(),
        }
    }

    fn error(&mut self, at: Pointer, message: impl Into<String>) -> &mut Diagnostic {
        self.diags.push(Diagnostic::error(message).at(at));
        self.diags.last_mut().expect("just pushed")
    }

    fn warning(
        &mut self,
        at: Pointer,
        code: &'static str,
        message: impl Into<String>,
    ) -> &mut Diagnostic {
        self.diags
            .push(Diagnostic::warning(message).with_code(code).at(at));
        self.diags.last_mut().expect("just pushed")
    }

    /// An error about the file as a whole (its name), with no line to point at.
    fn file_error(&mut self, message: impl Into<String>) -> &mut Diagnostic {
        self.diags.push(Diagnostic::error(message));
        self.diags.last_mut().expect("just pushed")
    }

    /// A required field that is absent (pointed at the mapping that lacks it) or present with
    /// nothing after the `:` (pointed at the key).
    fn missing(&mut self, source: &str, at: Pointer, what: &str) -> &mut Diagnostic {
        let field = match at.segs.last() {
            Some(crate::pointer::Seg::Key(k)) => k.clone(),
            _ => String::new(),
        };
        let located = self
            .locator
            .get_or_init(|| Locator::new(source))
            .contains(&at);
        let (at, message, label) = if located {
            let label = format!("no value after `{field}:`");
            (at.as_key(), format!("`{field}` is empty"), label)
        } else {
            let mut parent = at;
            parent.segs.pop();
            let message = format!("missing field `{field}` in {what}");
            (parent, message, format!("{what} has no `{field}`"))
        };
        let d = self.error(at, message);
        d.set_label(label);
        d
    }

    fn has_errors(&self) -> bool {
        self.diags.iter().any(Diagnostic::is_error)
    }

    fn time(&mut self, at: Pointer, s: &str) -> Option<Timestamp> {
        parse_timestamp(s)
            .map_err(|TimeError { message, help }| {
                self.error(at, message).help = Some(help);
            })
            .ok()
    }

    /// A word from a fixed vocabulary, with a suggestion when it is misspelt.
    fn word<V: Vocabulary>(
        &mut self,
        at: Pointer,
        what: &str,
        s: &str,
        allowed: &[V],
    ) -> Option<V> {
        match V::parse(s.trim()).filter(|v| allowed.contains(v)) {
            Some(v) => Some(v),
            None => {
                let names: Vec<&str> = allowed.iter().map(|v| v.as_str()).collect();
                let help = match did_you_mean(s, names.iter().copied()) {
                    Some(h) => format!("did you mean `{h}`?"),
                    None => format!("use one of: {}", names.join(", ")),
                };
                let known_elsewhere = V::parse(s.trim()).is_some();
                let message = if known_elsewhere {
                    format!("{what} `{s}` is not allowed here")
                } else {
                    format!("unknown {what} `{s}`")
                };
                self.error(at, message).help = Some(help);
                None
            }
        }
    }

    fn nonempty(&mut self, at: Pointer, what: &str, s: &str) {
        if s.trim().is_empty() {
            self.error(at, format!("{what} is empty")).help =
                Some(format!("write the {what}; customers read it"));
        }
    }
}

/// Entries per feed when `feeds.max_entries` is not set.
pub const DEFAULT_FEED_ENTRIES: usize = 50;

/// `[a-z0-9][a-z0-9-]*`
pub fn is_valid_id(id: &str) -> bool {
    let mut chars = id.chars();
    matches!(chars.next(), Some(c) if c.is_ascii_lowercase() || c.is_ascii_digit())
        && chars.all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
}

/// A suggestion for a malformed id: lower case, dashes for anything else.
pub fn slug(s: &str) -> String {
    let mut out = String::new();
    for c in s.chars() {
        if c.is_ascii_alphanumeric() {
            out.push(c.to_ascii_lowercase());
        } else if !out.ends_with('-') && !out.is_empty() {
            out.push('-');
        }
    }
    out.trim_end_matches('-').to_string()
}

/// One incident file checked on its own against the config: the incident, when the file has
/// no error, and every diagnostic about the file, already pointed at its lines. What a file
/// contributes to the site depends only on its text, the config and "now", so `watch` keeps
/// this between rebuilds and checks again only the files that changed.
#[derive(Debug, Clone)]
pub struct Checked {
    /// Where the file was read from, to point at it again in the rare cross-file error.
    pub path: PathBuf,
    /// The file as shown to people.
    pub file: String,
    /// Whether the id was given with `id:` (rather than taken from the file name).
    pub explicit_id: bool,
    pub incident: Option<Arc<Incident>>,
    pub diagnostics: Vec<Diagnostic>,
}

impl Checked {
    /// A file that could not be read or parsed: its one diagnostic, and no incident.
    pub fn unreadable(path: &std::path::Path, d: Diagnostic) -> Checked {
        Checked {
            path: path.to_path_buf(),
            file: d.file.clone().unwrap_or_default(),
            explicit_id: false,
            incident: None,
            diagnostics: vec![d],
        }
    }
}

/// Checks one parsed incident file: its own rules, then (when it has no error and the config
/// is good) the rules that depend on "now" and the promise policy.
pub fn check_file(p: &Parsed<RawIncident>, cfg: Option<&Config>, now: Timestamp) -> Checked {
    let (incident, mut diags) = check_incident(p, cfg);
    if let (Some(inc), Some(cfg)) = (&incident, cfg) {
        diags.extend(crate::check::as_of_now::check_incident(inc, cfg, now));
    }
    resolve(&mut diags, &p.source, None);
    Checked {
        path: p.source.path.clone(),
        file: p.source.display.clone(),
        explicit_id: p.raw.id.is_some(),
        incident: incident.map(Arc::new),
        diagnostics: diags,
    }
}

/// Puts the checked files together into the site: adds the checks across files (ids used
/// twice), and returns the model when nothing is an error. `diags` holds what was found
/// before (the config, files that did not parse); `files` are in the order they were listed.
pub fn assemble<'a>(
    config: Option<Config>,
    mut diags: Vec<Diagnostic>,
    files: impl IntoIterator<Item = &'a Checked>,
) -> (Option<Site>, Vec<Diagnostic>) {
    let files: Vec<&Checked> = files.into_iter().collect();
    let mut incidents: Vec<Arc<Incident>> = Vec::with_capacity(files.len());
    for f in &files {
        diags.extend(f.diagnostics.iter().cloned());
        incidents.extend(f.incident.clone());
    }
    diags.extend(duplicate_ids(&files));
    let ok = config.is_some() && !diags.iter().any(Diagnostic::is_error);
    let site = config.filter(|_| ok).map(|config| {
        // Newest first everywhere; ties broken by id so the order never depends on the disk.
        // Sorted by keys read once, side by side: comparing through 10,000 scattered
        // incidents cost `watch` milliseconds on every save.
        let mut keys: Vec<(std::cmp::Reverse<jiff::Timestamp>, &str, usize)> = incidents
            .iter()
            .enumerate()
            .map(|(n, i)| (std::cmp::Reverse(i.started_at), i.id.as_str(), n))
            .collect();
        keys.sort_unstable();
        let incidents = keys.iter().map(|k| incidents[k.2].clone()).collect();
        Site { config, incidents }
    });
    (site, diags)
}

fn duplicate_ids(files: &[&Checked]) -> Vec<Diagnostic> {
    // Every id of the site, on every `watch` rebuild: a fast hasher.
    let mut seen: foldhash::HashMap<&str, &str> = foldhash::HashMapExt::with_capacity(files.len());
    let mut diags = Vec::new();
    for f in files {
        let Some(inc) = &f.incident else { continue };
        if let Some(first) = seen.insert(&inc.id, &f.file) {
            let mut d = Diagnostic::error(format!(
                "incident id `{}` is already used by `{first}`",
                inc.id
            ))
            .with_file(&f.file)
            .with_help("give this incident an `id:` of its own, or rename the file");
            // An id from `id:` is pointed at; one from the file name has no line to show. The
            // text is read again: keeping every file's text for this rare error would cost
            // memory on every build.
            if f.explicit_id
                && let Ok(source) = crate::input::SourceFile::read(&f.path, f.file.clone())
            {
                d = d
                    .at(ptr!["id"])
                    .with_help("change `id:` here: every incident needs an id of its own");
                resolve(std::slice::from_mut(&mut d), &source, None);
            }
            diags.push(d);
        }
    }
    diags
}

pub fn validate_config(p: &Parsed<RawConfig>) -> (Option<Config>, Vec<Diagnostic>) {
    let raw = &p.raw;
    let mut r = Report::new();
    config_text_rules(&mut r, p);
    r.nonempty(ptr!["title"], "site title", &raw.title);
    base_url_rule(&mut r, &raw.base_url);
    let base_url = raw.base_url.trim();
    let base_url = if base_url.ends_with('/') {
        base_url.to_string()
    } else {
        format!("{base_url}/")
    };
    let tz_name = raw.timezone.clone().unwrap_or_else(|| "UTC".into());
    let timezone = match TimeZone::get(&tz_name) {
        Ok(tz) => Some(tz),
        Err(_) => {
            let help = match suggest_zone(&tz_name) {
                Some(h) => format!("did you mean `{h}`?"),
                None if looks_like_offset(&tz_name) => "name a place, not an offset, so that \
                    summer time is right: e.g. `Europe/London`, `America/New_York`, or `UTC`"
                    .into(),
                None => "use a zone name such as `Europe/London` or `America/New_York`".into(),
            };
            r.error(ptr!["timezone"], format!("unknown time zone `{tz_name}`"))
                .help = Some(help);
            None
        }
    };
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
        r.nonempty(ptr!["components", i, "name"], "component name", &c.name);
        components.push(Component {
            id: c.id.clone(),
            name: c.name.trim().to_string(),
            group: c.group.clone().filter(|g| !g.trim().is_empty()),
            description: c.description.clone().filter(|g| !g.trim().is_empty()),
        });
    }
    if raw.components.is_empty() {
        r.error(ptr!["components"], "the site has no components")
            .help =
            Some("list what customers use, e.g. `- { id: checkout, name: Checkout }`".into());
    }
    let theme = raw.theme.clone().unwrap_or_else(|| "default".into());
    if theme.contains(['/', '\\']) || theme.starts_with('.') || theme.is_empty() {
        r.error(
            ptr!["theme"],
            format!("theme `{theme}` is not a folder name"),
        )
        .help = Some("name a folder under `themes/`, or `default`".into());
    }
    if let Some(c) = &raw.contact {
        r.nonempty(ptr!["contact", "name"], "contact name", &c.name);
        if let Some(email) = &c.email {
            email_rule(&mut r, ptr!["contact", "email"], email);
        }
        // The contact link goes on every page: only a web address, never `javascript:`.
        if let Some(url) = &c.url {
            if !(url.starts_with("https://") || url.starts_with("http://")) {
                r.error(
                    ptr!["contact", "url"],
                    format!(
                        "contact url `{}` is not an http(s) address",
                        crate::text::one_line(url)
                    ),
                )
                .help = Some("write the full address, e.g. `https://example.com/help`".into());
            }
            link_rule(&mut r, ptr!["contact", "url"], "contact.url", url);
        }
    }
    let contact = raw.contact.as_ref().map(|c| Contact {
        name: c.name.trim().to_string(),
        email: c.email.clone(),
        url: c.url.clone(),
    });
    let promises = promises(&mut r, raw.promises.as_ref());
    let people = people(&mut r, &raw.people);
    if r.has_errors() {
        return (None, r.diags);
    }
    let config = Config {
        title: raw.title.trim().to_string(),
        description: raw.description.clone(),
        base_url,
        timezone: timezone.expect("checked above"),
        timezone_name: tz_name,
        language: raw.language.clone().unwrap_or_else(|| "en".into()),
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
    };
    (Some(config), r.diags)
}

/// A duration as people write it: `5m`, `30m`, `1h`, `1h 30m`, `90s`.
fn duration(r: &mut Report, at: Pointer, s: &str) -> Option<jiff::SignedDuration> {
    crate::time::parse_duration(s)
        .map_err(|TimeError { message, help }| r.error(at, message).help = Some(help))
        .ok()
}

fn promises(r: &mut Report, raw: Option<&crate::input::raw::RawPromises>) -> Promises {
    let mut p = Promises::default();
    let Some(raw) = raw else {
        return p;
    };
    p.script = raw.script.unwrap_or(true);
    if let Some(g) = &raw.grace
        && let Some(d) = duration(r, ptr!["promises", "grace"], g)
    {
        p.grace = d;
    }
    if let Some(gaps) = &raw.max_gap {
        p.max_gap.clear();
        for (impact, gap) in gaps {
            let at = ptr!["promises", "max_gap", impact.as_str()];
            let i = r.word(at.clone().as_key(), "impact", impact, Impact::ALL);
            if let (Some(i), Some(d)) = (i, duration(r, at.clone(), gap)) {
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

/// The initials of a name, lower case: "Minter Dial" → "md".
pub fn initials_of(name: &str) -> String {
    name.split_whitespace()
        .filter_map(|w| w.chars().next())
        .flat_map(char::to_lowercase)
        .collect()
}

fn people(r: &mut Report, raw: &[crate::input::raw::RawPersonEntry]) -> Vec<PersonEntry> {
    let mut out: Vec<PersonEntry> = Vec::new();
    for (i, p) in raw.iter().enumerate() {
        r.nonempty(ptr!["people", i, "name"], "person's name", &p.name);
        let initials = p
            .initials
            .clone()
            .map(|s| s.trim().to_lowercase())
            .unwrap_or_else(|| initials_of(&p.name));
        if let Some(other) = out.iter().find(|o| o.initials == initials) {
            r.error(
                ptr!["people", i, "initials"],
                format!("`{initials}` already stands for {}", other.name),
            )
            .help = Some("give one of them different `initials:`".into());
        }
        out.push(PersonEntry {
            name: p.name.trim().to_string(),
            role: p.role.clone(),
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
pub fn is_group_name(name: &str) -> bool {
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
fn resolve_name<'c>(
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
            "unnamed-person",
            format!("`{name}` is not a person's name"),
        )
        .help =
            Some("customers are owed a named person: write who it is, e.g. `Minter Dial`".into());
    } else if looks_short {
        let keys: Vec<&str> = people.iter().map(|p| p.initials.as_str()).collect();
        let help = match did_you_mean(&name.to_lowercase(), keys.iter().copied()) {
            Some(k) => format!(
                "did you mean `{k}` ({})?",
                people
                    .iter()
                    .find(|p| p.initials == k)
                    .map_or("", |p| p.name.as_str())
            ),
            None => format!(
                "the people in candor.yaml are: {}",
                people
                    .iter()
                    .map(|p| format!("{} ({})", p.initials, p.name))
                    .collect::<Vec<_>>()
                    .join(", ")
            ),
        };
        r.error(at, format!("unknown person `{name}`")).help = Some(help);
    }
    (name.to_string(), None)
}

fn person_in(
    r: &mut Report,
    at: Pointer,
    raw: &RawPerson,
    what: &str,
    role_required: bool,
    cfg: Option<&Config>,
) -> Person {
    r.nonempty(at.join("name"), &format!("{what}'s name"), &raw.name);
    let (name, known) = if raw.name.trim().is_empty() {
        (String::new(), None)
    } else {
        resolve_name(r, at.join("name"), &raw.name, cfg)
    };
    // A known person brings their role and email unless the file gives its own.
    let raw = &RawPerson {
        name,
        role: raw
            .role
            .clone()
            .or_else(|| known.and_then(|p| p.role.clone())),
        email: raw
            .email
            .clone()
            .or_else(|| known.and_then(|p| p.email.clone())),
    };
    if role_required && raw.role.as_deref().is_none_or(|s| s.trim().is_empty()) {
        r.error(at.clone().as_key(), format!("the {what} has no role"))
            .help = Some(format!(
            "add `role: …` so customers know who {} is, e.g. `role: Head of Customer Care`",
            raw.name.trim()
        ));
    }
    if let Some(email) = &raw.email {
        email_rule(r, at.join("email"), email);
    }
    Person {
        name: raw.name.trim().to_string(),
        role: raw.role.clone().map(|s| s.trim().to_string()),
        email: raw.email.clone(),
    }
}

/// Updates in one incident. A long incident has dozens; past a thousand, its page, feeds and
/// API entry grow without use, and a follow-up incident reads better.
pub const MAX_UPDATES: usize = 1_000;

/// The limits on one incident's size (the YAML-level ones are checked as it is parsed).
fn limits(r: &mut Report, raw: &RawIncident) {
    if raw.updates.len() > MAX_UPDATES {
        r.error(
            ptr!["updates", MAX_UPDATES],
            format!(
                "this incident has {} updates, over the limit of {MAX_UPDATES}",
                raw.updates.len()
            ),
        )
        .help = Some(
            "resolve this incident and open a follow-up that links to it; `candor new` writes one"
                .into(),
        );
    }
}

pub fn check_incident(
    p: &Parsed<RawIncident>,
    cfg: Option<&Config>,
) -> (Option<Incident>, Vec<Diagnostic>) {
    let raw = &p.raw;
    let mut r = Report::new();
    incident_text_rules(&mut r, p);
    limits(&mut r, raw);

    let stem = p
        .source
        .path
        .file_stem()
        .and_then(|s| s.to_str())
        .unwrap_or("")
        .to_string();
    let id = raw.id.clone().unwrap_or(stem);
    if !is_valid_id(&id) {
        let good = slug(&id);
        if raw.id.is_some() {
            r.error(ptr!["id"], format!("incident id `{id}` is not valid"))
                .help = Some(format!(
                "ids use lower-case letters, digits and dashes, e.g. `{good}`"
            ));
        } else {
            // The id comes from the file name, so the file is the place, not a line in it.
            r.file_error(format!("the file name `{id}` is not a valid incident id"))
                .help = Some(format!(
                "ids use lower-case letters, digits and dashes: rename the file to `{good}.yaml`, or add `id: {good}`"
            ));
        }
    }

    let kind = match &raw.kind {
        Some(k) => r
            .word(ptr!["kind"], "kind", k, Kind::ALL)
            .unwrap_or(Kind::Incident),
        None => Kind::Incident,
    };
    r.nonempty(ptr!["title"], "title", &raw.title);
    let impact = match (&raw.impact, kind) {
        (Some(s), _) => r.word(ptr!["impact"], "impact", s, Impact::ALL),
        (None, Kind::Maintenance) => Some(Impact::None),
        (None, Kind::Incident) => {
            r.missing(&p.source.text, ptr!["impact"], "the file").help =
                Some("add `impact:` with one of none, minor, major, critical".into());
            None
        }
    };
    let owner = person_in(&mut r, ptr!["owner"], &raw.owner, "owner", true, cfg);

    // Components this incident affects: known to the site, each once.
    let known: Vec<&str> = cfg
        .map(|c| c.components.iter().map(|c| c.id.as_str()).collect())
        .unwrap_or_default();
    let mut components: Vec<String> = Vec::new();
    // Components the list meant but misspelt: updates naming them are not reported again.
    let mut meant: Vec<&str> = Vec::new();
    for (i, c) in raw.components.iter().enumerate() {
        if cfg.is_some() && !known.contains(&c.as_str()) {
            meant.extend(unknown_component(
                &mut r,
                ptr!["components", i],
                c,
                &known,
                "candor.yaml",
            ));
        } else if components.contains(c) {
            r.warning(
                ptr!["components", i],
                "duplicate-component",
                format!("component `{c}` is listed twice"),
            );
        } else {
            components.push(c.clone());
        }
    }

    // When: incidents start; maintenance has a window.
    let (started_at, window) = match kind {
        Kind::Incident => {
            for key in ["scheduled_for", "scheduled_until"] {
                let present = if key == "scheduled_for" {
                    &raw.scheduled_for
                } else {
                    &raw.scheduled_until
                };
                if present.is_some() {
                    r.error(
                        ptr![key].as_key(),
                        format!("`{key}` is for maintenance, not incidents"),
                    )
                    .help = Some(
                        "add `kind: maintenance` if this is planned work, or remove the field"
                            .into(),
                    );
                }
            }
            let started = match &raw.started_at {
                Some(s) => r.time(ptr!["started_at"], s),
                None => {
                    r.missing(&p.source.text, ptr!["started_at"], "the file").help =
                        Some("add `started_at:` with the time the problem began, e.g. `2026-11-20T09:12:00Z`".into());
                    None
                }
            };
            (started, None)
        }
        Kind::Maintenance => {
            if raw.started_at.is_some() {
                r.error(
                    ptr!["started_at"].as_key(),
                    "maintenance has `scheduled_for`, not `started_at`",
                )
                .help =
                    Some("rename the field to `scheduled_for` and add `scheduled_until`".into());
            }
            let field = |r: &mut Report, key: &'static str, v: &Option<String>| match v {
                Some(s) => r.time(ptr![key], s),
                None => {
                    r.missing(&p.source.text, ptr![key], "the file").help = Some(format!(
                        "add `{key}:` with a time, e.g. `2026-11-28T02:00:00Z`"
                    ));
                    None
                }
            };
            let from = field(&mut r, "scheduled_for", &raw.scheduled_for);
            let until = field(&mut r, "scheduled_until", &raw.scheduled_until);
            if let (Some(f), Some(u)) = (from, until)
                && u <= f
            {
                r.error(
                    ptr!["scheduled_until"],
                    "the maintenance window ends before it starts",
                )
                .help = Some("`scheduled_until` must be after `scheduled_for`".into());
            }
            (
                from,
                from.zip(until).map(|(from, until)| Window { from, until }),
            )
        }
    };

    // Updates: allowed statuses, in order, nothing after the end.
    if raw.updates.is_empty() {
        r.error(ptr!["updates"], "the incident has no updates").help = Some(
            "add a first update so customers know it is being handled (`candor new` writes one)"
                .into(),
        );
    }
    let mut updates = Vec::with_capacity(raw.updates.len());
    // The previous update's time, and as it was written, for messages.
    let mut previous: Option<(Timestamp, &str)> = None;
    let mut final_at: Option<(usize, Status)> = None;
    for (i, u) in raw.updates.iter().enumerate() {
        let at_ptr = ptr!["updates", i];
        let at = r.time(at_ptr.join("at"), &u.at);
        let status = match Status::parse(u.status.trim()) {
            Some(s) if !kind.statuses().contains(&s) => {
                wrong_kind_status(&mut r, at_ptr.join("status"), kind, s);
                None
            }
            _ => r.word(
                at_ptr.join("status"),
                &format!("{} status", kind.as_str()),
                &u.status,
                kind.statuses(),
            ),
        };
        if let Some((j, s)) = final_at {
            let what = kind.as_str();
            r.error(
                at_ptr.join("status"),
                format!("update after the {what} was {}", s.as_str()),
            )
            .help = Some(format!(
                "the update at {} already marked it {}; \
                 remove this one, or change that status if the {what} is not over",
                raw.updates[j].at.trim(),
                s.as_str()
            ));
        }
        if let (Some(at), Some((prev, prev_text))) = (at, previous)
            && at < prev
        {
            r.error(
                at_ptr.join("at"),
                format!(
                    "updates are out of order: this one is earlier than the one before it ({prev_text})"
                ),
            )
            .help = Some("list updates oldest first, each with a later `at`".into());
        }
        if let (Some(at), Some(start), Kind::Incident) = (at, started_at, kind)
            && at < start
        {
            let start_text = raw.started_at.as_deref().unwrap_or_default().trim();
            r.error(
                at_ptr.join("at"),
                format!("update is earlier than `started_at` ({start_text})"),
            )
            .help = Some("fix the update's time, or move `started_at` earlier".into());
        }
        r.nonempty(at_ptr.join("author"), "author", &u.author);
        let author = if u.author.trim().is_empty() {
            String::new()
        } else {
            resolve_name(&mut r, at_ptr.join("author"), &u.author, cfg).0
        };
        r.nonempty(at_ptr.join("body"), "update body", &u.body);
        let next = u
            .next_update_by
            .as_ref()
            .and_then(|s| r.time(at_ptr.join("next_update_by"), s));
        if let (Some(next), Some(at)) = (next, at)
            && next <= at
        {
            let later = at
                .checked_add(jiff::SignedDuration::from_mins(30))
                .map_or_else(|_| "30 minutes later".into(), |t| format!("`{t}`"));
            r.error(
                at_ptr.join("next_update_by"),
                format!(
                    "`next_update_by` is not after this update's time ({})",
                    u.at.trim()
                ),
            )
            .help = Some(format!(
                "promise the next update for after this one, e.g. {later}"
            ));
        }
        if let (Some(_), Some(s)) = (next, status)
            && s.is_final()
        {
            r.warning(
                at_ptr.join("next_update_by").as_key(),
                "promise-after-end",
                format!("a {} update promises another update", s.as_str()),
            )
            .help = Some("remove `next_update_by`, or keep the incident open".into());
        }
        let mut states = Vec::new();
        for (cid, state) in &u.components {
            let cp = at_ptr.join("components").join(cid.as_str());
            if cfg.is_some() && !known.contains(&cid.as_str()) {
                unknown_component(&mut r, cp.clone().as_key(), cid, &known, "candor.yaml");
            } else if cfg.is_some() && !components.contains(cid) && !meant.contains(&cid.as_str()) {
                r.error(
                    cp.clone().as_key(),
                    format!("component `{cid}` is not in this incident's `components`"),
                )
                .help = Some(format!(
                    "add `{cid}` to the `components:` list at the top of the file"
                ));
            }
            if let Some(s) = r.word(cp, "component state", state, ComponentState::ALL) {
                states.push((cid.clone(), s));
            }
        }
        // Keep states in the order of the incident's component list: deterministic output.
        states.sort_by_key(|(c, _)| components.iter().position(|k| k == c).unwrap_or(usize::MAX));
        if let Some(s) = status
            && s.is_final()
            && final_at.is_none()
        {
            final_at = Some((i, s));
        }
        if let Some(a) = at {
            previous = Some((a, u.at.trim()));
        }
        if let (Some(at), Some(status)) = (at, status) {
            updates.push(Update {
                at,
                status,
                author,
                components: states,
                next_update_by: next,
                body: u.body.clone(),
            });
        }
    }
    let resolved = final_at.is_some();

    // The apology and what makes it right.
    let apology = raw.apology.as_ref().map(|a| {
        let at = ptr!["apology"];
        let author = person_in(&mut r, at.join("author"), &a.author, "apology's author", false, cfg);
        let published_at = r.time(at.join("published_at"), &a.published_at);
        r.nonempty(at.join("body"), "apology letter", &a.body);
        if !resolved {
            r.warning(at.clone().as_key(), "apology-unresolved", "an apology on an incident that is not resolved")
                .help = Some("publish the apology once the incident is resolved; until then, keep customers updated".into());
        }
        let mut remedy = Vec::new();
        for (i, m) in a.remedy.iter().enumerate() {
            let mp = at.join("remedy").join(i);
            r.nonempty(mp.join("offer"), "offer", &m.offer);
            r.nonempty(mp.join("eligible"), "eligibility", &m.eligible);
            let how = r.word(mp.join("how"), "remedy `how`", &m.how, How::ALL);
            if how == Some(How::Claim) && m.claim_url.as_deref().is_none_or(|u| u.trim().is_empty()) {
                r.error(mp.join("how"), "`how: claim` needs a `claim_url`")
                    .help = Some("add `claim_url:` with the page where customers claim, or use `how: automatic`".into());
            }
            if let Some(u) = &m.claim_url
                && !(u.starts_with("https://") || u.starts_with("http://") || u.starts_with("mailto:"))
            {
                r.error(mp.join("claim_url"), format!("claim_url `{u}` is not an absolute link"))
                    .help = Some("write the full address, e.g. `https://example.com/claim`".into());
            }
            let deadline = m.deadline.as_ref().and_then(|d| {
                parse_date(d)
                    .map_err(|TimeError { message, help }| r.error(mp.join("deadline"), message).help = Some(help))
                    .ok()
            });
            let issued_at = m.issued_at.as_ref().and_then(|d| {
                parse_date(d)
                    .map_err(|TimeError { message, help }| r.error(mp.join("issued_at"), message).help = Some(help))
                    .ok()
            });
            let status = match &m.status {
                Some(s) => r.word(mp.join("status"), "remedy status", s, RemedyStatus::ALL),
                None if issued_at.is_some() => Some(RemedyStatus::Issued),
                None => Some(RemedyStatus::Offered),
            };
            if status == Some(RemedyStatus::Issued) && issued_at.is_none() && m.issued_at.is_none() {
                r.error(mp.join("status"), "an issued remedy needs `issued_at`")
                    .help = Some("add `issued_at:` with the date customers received it, e.g. `2026-12-01`".into());
            }
            if status == Some(RemedyStatus::Offered) && m.issued_at.is_some() {
                r.error(mp.join("issued_at"), "`issued_at` on a remedy that is still `offered`")
                    .help = Some("set `status: issued`, or remove `issued_at`".into());
            }
            if let (Some(how), Some(status)) = (how, status) {
                remedy.push(Remedy {
                    offer: m.offer.trim().to_string(),
                    eligible: m.eligible.trim().to_string(),
                    how,
                    claim_url: m.claim_url.clone(),
                    deadline,
                    status,
                    issued_at,
                });
            }
        }
        Apology {
            author,
            published_at: published_at.unwrap_or(Timestamp::UNIX_EPOCH),
            body: a.body.clone(),
            remedy,
        }
    });
    if resolved
        && kind == Kind::Incident
        && apology.is_none()
        && impact.is_some_and(|i| i >= Impact::Major)
    {
        // Pointed at the update that resolved it: that is when the apology became due.
        let at = final_at.map_or_else(Pointer::root, |(j, _)| ptr!["updates", j, "status"]);
        r.warning(
            at,
            "missing-apology",
            format!(
                "resolved {} incident without an apology",
                impact.map(|i| i.as_str()).unwrap_or("")
            ),
        )
        .help =
            Some("add an `apology:` from a named person, with a remedy where one is due".into());
    }
    if let Some(pm) = &raw.postmortem {
        r.nonempty(ptr!["postmortem"], "postmortem", pm);
    }
    let postmortem_published_at = raw
        .postmortem_published_at
        .as_ref()
        .and_then(|s| r.time(ptr!["postmortem_published_at"], s));
    if raw.postmortem_published_at.is_some() && raw.postmortem.is_none() {
        r.error(
            ptr!["postmortem_published_at"].as_key(),
            "`postmortem_published_at` without a `postmortem`",
        )
        .help = Some("add the `postmortem:` text, or remove the date".into());
    }

    if r.has_errors() {
        return (None, r.diags);
    }
    let incident = Incident {
        id,
        file: p.source.display.clone(),
        kind,
        title: raw.title.trim().to_string(),
        impact: impact.expect("no errors"),
        owner,
        components,
        started_at: started_at.expect("no errors"),
        window,
        updates,
        apology,
        postmortem: raw.postmortem.clone(),
        postmortem_published_at,
        resolved: None,
    }
    .summed_up();
    (Some(incident), r.diags)
}

/// Reports an unknown component id; returns the id it was probably meant to be.
fn unknown_component<'a>(
    r: &mut Report,
    at: Pointer,
    id: &str,
    known: &[&'a str],
    config: &str,
) -> Option<&'a str> {
    let hint = did_you_mean(id, known.iter().copied());
    let help = match hint {
        Some(h) => format!("did you mean `{h}`?"),
        None => format!("the components in {config} are: {}", known.join(", ")),
    };
    r.error(at, format!("unknown component `{id}`")).help = Some(help);
    hint
}

/// A status from the other kind's vocabulary: `in_progress` in an incident, `resolved` in a
/// maintenance.
fn wrong_kind_status(r: &mut Report, at: Pointer, kind: Kind, s: Status) {
    let names: Vec<&str> = kind.statuses().iter().map(|v| v.as_str()).collect();
    let help = match (kind, s) {
        (Kind::Maintenance, Status::Resolved) => "maintenance ends with `completed`".to_string(),
        (Kind::Incident, Status::Completed) => "an incident ends with `resolved`".to_string(),
        (Kind::Incident, _) => format!(
            "an incident's statuses are: {}; for planned work, add `kind: maintenance`",
            names.join(", ")
        ),
        (Kind::Maintenance, _) => format!("a maintenance's statuses are: {}", names.join(", ")),
    };
    let (this, that) = match kind {
        Kind::Incident => ("incidents", "maintenance"),
        Kind::Maintenance => ("maintenance", "incidents"),
    };
    r.error(
        at,
        format!("`{}` is a status for {that}, not {this}", s.as_str()),
    )
    .help = Some(help);
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

// Text that breaks its readers. Every writer escapes for its own format; what no format can
// carry (a control character, a line break in a title, a `?cc=` in an address) is refused
// here, with its place, before anything is written.

/// The checks on text of an incident file: no character a channel cannot carry anywhere in
/// the file, one line where a value is one line, plain addresses, clean links.
fn incident_text_rules(r: &mut Report, p: &Parsed<RawIncident>) {
    let raw = &p.raw;
    let reported = unprintable_rule(r, &p.source.text);
    let mut lines: Vec<(Pointer, &str)> = vec![(ptr!["title"], raw.title.as_str())];
    let mut people = vec![(ptr!["owner"], &raw.owner)];
    if let Some(a) = &raw.apology {
        people.push((ptr!["apology", "author"], &a.author));
        for (i, m) in a.remedy.iter().enumerate() {
            if let Some(url) = &m.claim_url {
                let at = ptr!["apology", "remedy", i, "claim_url"];
                link_rule(r, at.clone(), "claim_url", url);
                lines.push((at, url));
            }
        }
    }
    for (at, person) in &people {
        lines.push((at.join("name"), &person.name));
        lines.extend(person.role.as_deref().map(|v| (at.join("role"), v)));
        lines.extend(person.email.as_deref().map(|v| (at.join("email"), v)));
    }
    for (i, u) in raw.updates.iter().enumerate() {
        lines.push((ptr!["updates", i, "author"], &u.author));
    }
    one_line_rule(r, &reported, &lines);
}

/// The checks on text of `candor.yaml` (see `incident_text_rules`); the address and link
/// rules of its own fields are in `validate_config`.
fn config_text_rules(r: &mut Report, p: &Parsed<RawConfig>) {
    let raw = &p.raw;
    let reported = unprintable_rule(r, &p.source.text);
    let mut lines: Vec<(Pointer, &str)> = vec![
        (ptr!["title"], raw.title.as_str()),
        (ptr!["base_url"], raw.base_url.as_str()),
    ];
    let optional = [
        ("language", &raw.language),
        ("timezone", &raw.timezone),
        ("theme", &raw.theme),
    ];
    for (key, v) in optional {
        lines.extend(v.as_deref().map(|v| (ptr![key], v)));
    }
    if let Some(c) = &raw.contact {
        lines.push((ptr!["contact", "name"], &c.name));
        lines.extend(c.email.as_deref().map(|v| (ptr!["contact", "email"], v)));
        lines.extend(c.url.as_deref().map(|v| (ptr!["contact", "url"], v)));
    }
    for (i, c) in raw.components.iter().enumerate() {
        lines.push((ptr!["components", i, "id"], &c.id));
        lines.push((ptr!["components", i, "name"], &c.name));
        lines.extend(
            c.group
                .as_deref()
                .map(|v| (ptr!["components", i, "group"], v)),
        );
    }
    for (i, person) in raw.people.iter().enumerate() {
        let at = ptr!["people", i];
        lines.push((at.join("name"), &person.name));
        lines.extend(person.role.as_deref().map(|v| (at.join("role"), v)));
        lines.extend(person.initials.as_deref().map(|v| (at.join("initials"), v)));
        if let Some(email) = &person.email {
            email_rule(r, at.join("email"), email);
            lines.push((at.join("email"), email));
        }
    }
    one_line_rule(r, &reported, &lines);
    // The language goes into `lang` attributes of pages and feeds: a BCP 47 tag, nothing else.
    if let Some(lang) = &raw.language {
        let tag = lang.trim();
        let ok = !tag.is_empty()
            && tag.split('-').all(|p| {
                !p.is_empty() && p.len() <= 8 && p.chars().all(|c| c.is_ascii_alphanumeric())
            });
        if !ok && !reported.contains(&ptr!["language"]) {
            r.error(
                ptr!["language"],
                format!("`{}` is not a language tag", crate::text::one_line(tag)),
            )
            .help = Some("write a tag such as `en`, `en-GB` or `pt-BR`".into());
        }
    }
}

/// Reports every value (and key) of the file holding a character no channel can carry;
/// returns where it reported, so the one-line rule does not report the same value again.
fn unprintable_rule(r: &mut Report, text: &str) -> Vec<Pointer> {
    let found = unprintable(text);
    for (at, c) in &found {
        let (what, escape) = crate::text::describe(*c);
        let message = if at.key {
            let mut map = at.clone();
            map.segs.pop();
            match map.segs.is_empty() {
                true => format!("a key contains {what}"),
                false => format!("a key in `{}` contains {what}", visible_path(&map)),
            }
        } else {
            format!("`{}` contains {what}", visible_path(at))
        };
        let d = r.error(at.clone(), message);
        d.set_label(if at.key {
            "in this key"
        } else {
            "in this value"
        });
        d.help = Some(format!(
            "delete it (in double quotes it is written `{escape}`): feeds, badges and calendars \
             cannot carry it, and a terminal would act on it"
        ));
    }
    found.into_iter().map(|(at, _)| at).collect()
}

/// Reports each value of `lines` that holds a line break: a title, a name, an address is one
/// line in a mail subject, a calendar entry and a text message, and a break there would
/// start a new header or a new calendar line.
fn one_line_rule(r: &mut Report, reported: &[Pointer], lines: &[(Pointer, &str)]) {
    for (at, value) in lines {
        let Some(c) = value
            .trim()
            .chars()
            .find(|c| crate::text::is_line_break(*c))
        else {
            continue;
        };
        if reported.contains(at) {
            continue;
        }
        let (what, _) = crate::text::describe(c);
        let field = visible_path(at);
        r.error(
            at.clone(),
            format!("`{field}` is one line, but it has {what}"),
        )
        .help = Some(
            "write it on one line: it becomes a mail subject, a calendar entry and a text \
             message, where a line break would start a new header or entry"
                .into(),
        );
    }
}

/// A path as a message shows it: `updates[2].body`, without the characters it reports.
fn visible_path(at: &Pointer) -> String {
    crate::text::one_line(&at.to_string())
}

/// Each scalar of the first document of `text` (keys too) that holds a character no channel
/// can carry, with its path and the first such character. YAML refuses most of them written
/// raw, so they come in through double-quoted escapes (`"\e"`, `"\x0b"`): a text with no
/// backslash and no such character is not parsed again.
fn unprintable(text: &str) -> Vec<(Pointer, char)> {
    use crate::pointer::Seg;
    use saphyr_parser::{Event, Parser};
    if !may_hold_unprintable(text) {
        return Vec::new();
    }
    /// An open mapping (with the key whose value comes next) or sequence (with the index of
    /// the next item), and the step that reached it.
    enum Frame {
        Map(Option<String>),
        Seq(usize),
    }
    let pointer = |stack: &[(Frame, Option<Seg>)], last: Option<Seg>, key: bool| Pointer {
        segs: stack
            .iter()
            .filter_map(|(_, s)| s.clone())
            .chain(last)
            .collect(),
        key,
    };
    let mut stack: Vec<(Frame, Option<Seg>)> = Vec::new();
    let mut found = Vec::new();
    let mut parser = Parser::new_from_str(text);
    // A file saphyr cannot read to the end (libyaml, which serde_yaml uses, is more lenient)
    // is checked up to where it stops; raw forbidden characters past that point stop
    // serde_yaml too.
    while let Some(Ok((event, _))) = parser.next_event() {
        if matches!(
            event,
            Event::MappingEnd | Event::SequenceEnd | Event::StreamEnd | Event::DocumentEnd
        ) {
            if stack.pop().is_none() && matches!(event, Event::StreamEnd | Event::DocumentEnd) {
                break;
            }
            continue;
        }
        if !matches!(
            event,
            Event::Scalar(..)
                | Event::Alias(_)
                | Event::MappingStart(..)
                | Event::SequenceStart(..)
        ) {
            continue;
        }
        // A key: checked, and kept as the step to the value that follows.
        if let Some((Frame::Map(None), _)) = stack.last() {
            let key = match &event {
                Event::Scalar(v, ..) => v.to_string(),
                _ => String::new(),
            };
            if let Some(c) = key.chars().find(|c| crate::text::is_forbidden(*c)) {
                found.push((pointer(&stack, Some(Seg::Key(key.clone())), true), c));
            }
            if let Some((Frame::Map(next), _)) = stack.last_mut() {
                *next = Some(key);
            }
            if let Event::MappingStart(..) | Event::SequenceStart(..) = event {
                // A complex key (serde refuses them): walked, not pointed into.
                stack.push((Frame::Seq(0), None));
            }
            continue;
        }
        // The step from the innermost open container to this node.
        let step = match stack.last_mut() {
            Some((Frame::Map(next), _)) => next.take().map(Seg::Key),
            Some((Frame::Seq(n), _)) => {
                *n += 1;
                Some(Seg::Index(*n - 1))
            }
            None => None,
        };
        match event {
            Event::Scalar(v, ..) => {
                if let Some(c) = v.chars().find(|c| crate::text::is_forbidden(*c)) {
                    found.push((pointer(&stack, step, false), c));
                }
            }
            Event::MappingStart(..) => stack.push((Frame::Map(None), step)),
            Event::SequenceStart(..) => stack.push((Frame::Seq(0), step)),
            _ => {}
        }
    }
    found
}

/// Whether `text` holds a character no channel can carry, raw or as a double-quoted escape
/// that writes one (`\e`, `\0`, `\x1b`, `\uFFFE`…). A cheap scan: most files have no
/// backslash, and a backslash in ordinary text (`C:\temp`, `\n`) names nothing refused, so
/// only files that may really hold such a character are parsed again to find where.
fn may_hold_unprintable(text: &str) -> bool {
    let bytes = text.as_bytes();
    let hex = |from: usize, len: usize| {
        text.get(from..from + len)
            .and_then(|h| u32::from_str_radix(h, 16).ok())
            .and_then(char::from_u32)
            .is_some_and(crate::text::is_forbidden)
    };
    text.match_indices('\\')
        .any(|(i, _)| match bytes.get(i + 1) {
            Some(b'0' | b'a' | b'b' | b'v' | b'f' | b'r' | b'e' | b'N') => true,
            Some(b'x') => hex(i + 2, 2),
            Some(b'u') => hex(i + 2, 4),
            Some(b'U') => hex(i + 2, 8),
            _ => false,
        })
        || raw_forbidden(text)
}

/// A character no channel can carry written as itself (YAML refuses most of them raw, but
/// not C1 controls or noncharacters). A carriage return in the file is a line break, which
/// YAML turns into a line feed, so it never reaches a value. Most files are ASCII: a pass
/// over bytes, without decoding, decides those.
fn raw_forbidden(text: &str) -> bool {
    let forbidden = |c: char| c != '\r' && crate::text::is_forbidden(c);
    if text.is_ascii() {
        // The only ASCII characters refused are controls other than tab and line breaks, and
        // DEL, and the file has passed `load::limits::check_text`, which refuses those raw.
        false
    } else {
        text.chars().any(forbidden)
    }
}

/// An address field: a plain address, or an error saying what to write.
fn email_rule(r: &mut Report, at: Pointer, email: &str) {
    if crate::text::is_plain_address(email.trim()) {
        return;
    }
    let shown = crate::text::one_line(email);
    r.error(at, format!("`{shown}` is not an email address"))
        .help = Some(
        "write only the address, e.g. `support@example.com`: no name, spaces or `?` \
         parameters (it becomes a `mailto:` link)"
            .into(),
    );
}

/// A character no link may hold as written: white space, a control, a quote, an angle
/// bracket, a backslash, braces, `|` or `^` (each would end the link early in an HTML
/// attribute, a calendar line or a Slack link, or is not part of any address).
fn link_char(url: &str) -> Option<char> {
    url.chars().find(|c| {
        c.is_whitespace()
            || crate::text::is_forbidden(*c)
            || matches!(c, '"' | '<' | '>' | '\\' | '`' | '{' | '}' | '|' | '^')
    })
}

/// A link written in a file (`claim_url`, `contact.url`) holds no character a link cannot.
fn link_rule(r: &mut Report, at: Pointer, field: &str, url: &str) {
    let Some(c) = link_char(url.trim()) else {
        return;
    };
    if crate::text::is_forbidden(c) || crate::text::is_line_break(c) {
        // Reported by the rules for all text.
        return;
    }
    let what = match c {
        ' ' => "a space".to_string(),
        c if c.is_whitespace() => format!("white space (U+{:04X})", u32::from(c)),
        c => format!("`{c}`"),
    };
    r.error(
        at,
        format!("`{field}` contains {what}, which a link cannot hold"),
    )
    .help = Some(format!(
        "write the address without it, or encode it (a space is `%20`, `{c}` is `%{:02X}`)",
        u32::from(c)
    ));
}

/// `base_url`: see `base_url_problem`. A control character or line break in it is reported
/// by the rules for all text.
fn base_url_rule(r: &mut Report, raw: &str) {
    let trimmed = raw.trim();
    if trimmed
        .chars()
        .any(|c| crate::text::is_forbidden(c) || crate::text::is_line_break(c))
    {
        return;
    }
    if let Some((problem, help)) = base_url_problem(raw) {
        r.error(ptr!["base_url"], format!("base_url {problem}"))
            .help = Some(help);
    }
}

/// Why `raw` cannot be the address the site is published at, as (what is wrong, how to fix
/// it), for `base_url` and `--base-url`: it must be an absolute http(s) address of a folder,
/// every character one a link can hold, with a host and no user name, query or fragment
/// (pages, feeds and the calendar append paths to it, and write it into lines and
/// attributes).
pub fn base_url_problem(raw: &str) -> Option<(String, String)> {
    let base_url = raw.trim();
    let shown = crate::text::one_line(base_url);
    if !(base_url.starts_with("https://") || base_url.starts_with("http://"))
        || base_url.len() <= "https://".len()
    {
        let help = if base_url.contains('.') && !base_url.contains("://") {
            // A bare host name: the fix is to say how to reach it.
            format!(
                "write the full address, starting with https://: `https://{}/`",
                shown.trim_end_matches('/')
            )
        } else {
            "write the full address the site is published at, e.g. `https://status.example.com/`"
                .into()
        };
        return Some((
            format!("`{shown}` is not an absolute http(s) address"),
            help,
        ));
    }
    if let Some(c) = link_char(base_url) {
        let what = if c == ' ' {
            "a space".to_string()
        } else if c.is_whitespace() || crate::text::is_forbidden(c) {
            crate::text::describe(c).0
        } else {
            format!("`{c}`")
        };
        return Some((
            format!("`{shown}` contains {what}, which a link cannot hold"),
            "write the address without it (a space in a path is `%20`)".into(),
        ));
    }
    let rest = base_url.split_once("://").map_or("", |(_, rest)| rest);
    let host = rest.split('/').next().unwrap_or("");
    let problem = if host.is_empty() || host.starts_with(':') {
        "has no host name"
    } else if host.contains('@') {
        "has a user name in it"
    } else if base_url.contains(['?', '#']) {
        "has a `?` query or a `#` fragment"
    } else {
        return None;
    };
    Some((
        format!("`{shown}` {problem}"),
        "write the address of the folder the site is published at, e.g. \
         `https://status.example.com/`: pages and feeds add their own paths to it"
            .into(),
    ))
}

#[cfg(test)]
mod text_rule_tests {
    use super::*;

    fn found(text: &str) -> Vec<(String, bool, char)> {
        unprintable(text)
            .into_iter()
            .map(|(p, c)| (p.to_string(), p.key, c))
            .collect()
    }

    #[test]
    fn every_scalar_is_found_by_its_path_keys_too() {
        let text = "a: \"x\\e\"\nb:\n  - ok\n  - { c: [1, \"\\0\"], \"k\\v\": v }\n  \
                    - &anchor \"\\x9b\"\n  - *anchor\nd: |\n  fine \\ text\n";
        assert_eq!(
            found(text),
            [
                ("a".to_string(), false, '\x1b'),
                ("b[1].c[1]".to_string(), false, '\0'),
                ("b[1].k\x0b".to_string(), true, '\x0b'),
                ("b[2]".to_string(), false, '\u{9b}'),
            ]
        );
        // No escape that writes a refused character, and nothing raw: not parsed at all.
        assert!(found("a: plain text\nb: [1, 2]\n").is_empty());
        assert!(!may_hold_unprintable(
            "a: C:\\temp\\new \"\\n\\t\\x41\\u00e9\"\n"
        ));
        for text in [
            "\"\\e\"",
            "\"\\x7f\"",
            "\"\\uFFFE\"",
            "\"\\U0010FFFF\"",
            "a\u{9b}",
        ] {
            assert!(may_hold_unprintable(text), "{text}");
        }
    }

    #[test]
    fn addresses_are_plain() {
        for ok in [
            "support@acme.example",
            "first.last+tag@mail.acme.example",
            "zoë@exämple.de",
        ] {
            assert!(crate::text::is_plain_address(ok), "{ok}");
        }
        for bad in [
            "support@acme.example?cc=x@y.example",
            "Support <support@acme.example>",
            "support acme@acme.example",
            "support@localhost",
            "a@b@c.example",
            "support@acme.example&subject=x",
            ".a@acme.example",
            "support",
        ] {
            assert!(!crate::text::is_plain_address(bad), "{bad}");
        }
    }

    #[test]
    fn a_base_url_is_a_folder_any_link_can_hold() {
        assert!(base_url_problem("https://status.acme.example/").is_none());
        assert!(base_url_problem("http://[::1]:8080/status/").is_none());
        for bad in [
            "status.acme.example",
            "https://status.acme.example/\r\nX-Injected: 1",
            "https://status acme.example/",
            "https://status.acme.example/\"onload=\"x",
            "https://status.acme.example/?a=b",
            "https://user@status.acme.example/",
            "https:///path",
        ] {
            assert!(base_url_problem(bad).is_some(), "{bad}");
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diagnostic::render_short;
    use crate::input::SourceFile;
    use crate::yaml::parse::parse;

    fn config() -> Config {
        let text = "title: T\nbase_url: https://status.example/\ncomponents:\n  \
            - { id: checkout, name: Checkout }\n  - { id: api, name: API }\n";
        let source = SourceFile::new("candor.yaml".into(), "candor.yaml".into(), text);
        let raw = parse(&source).unwrap();
        validate_config(&Parsed { source, raw }).0.unwrap()
    }

    /// The short-form diagnostics for an incident file called `file`.
    fn check(file: &str, text: &str) -> Vec<String> {
        let source = SourceFile::new(file.into(), file.into(), text);
        let raw = parse(&source).unwrap();
        let (_, mut diags) = check_incident(
            &Parsed {
                source: source.clone(),
                raw,
            },
            Some(&config()),
        );
        resolve(&mut diags, &source, None);
        diags.iter().map(render_short).collect()
    }

    const HEAD: &str = "title: T\nimpact: major\nowner: { name: A, role: B }\n\
        components: [checkout]\nstarted_at: 2026-11-20T09:00:00Z\nupdates:\n";

    #[test]
    fn a_status_of_the_other_kind_says_which_kind_it_belongs_to() {
        let d = check(
            "a.yaml",
            &format!(
                "{HEAD}  - {{ at: 2026-11-20T09:10:00Z, status: in_progress, author: A, body: b }}\n"
            ),
        );
        assert_eq!(d.len(), 1, "{d:?}");
        assert!(
            d[0].starts_with(
                "a.yaml:7:41: error: `in_progress` is a status for maintenance, not incidents"
            ),
            "{d:?}"
        );
    }

    #[test]
    fn a_misspelt_component_is_reported_once_not_again_in_every_update() {
        let text = HEAD.replace("[checkout]", "[chekout]")
            + "  - at: 2026-11-20T09:10:00Z\n    status: investigating\n    author: A\n    \
               components: { checkout: major_outage }\n    body: b\n";
        let d = check("a.yaml", &text);
        assert_eq!(
            d,
            ["a.yaml:4:14: error: unknown component `chekout` (help: did you mean `checkout`?)"]
        );
    }

    #[test]
    fn a_missing_apology_points_at_the_update_that_resolved_it() {
        let text = format!(
            "{HEAD}  - {{ at: 2026-11-20T09:10:00Z, status: investigating, author: A, body: b }}\n  \
             - at: 2026-11-20T10:10:00Z\n    status: resolved\n    author: A\n    body: b\n"
        );
        let d = check("a.yaml", &text);
        assert_eq!(d.len(), 1, "{d:?}");
        assert!(
            d[0].starts_with("a.yaml:9:13: warning: resolved major incident without an apology"),
            "{d:?}"
        );
    }

    #[test]
    fn an_id_from_the_file_name_points_at_the_file_not_line_one() {
        let text = format!(
            "{HEAD}  - {{ at: 2026-11-20T09:10:00Z, status: investigating, author: A, body: b }}\n"
        );
        let d = check("incidents/Big Outage.yaml", &text);
        assert_eq!(
            d,
            [
                "incidents/Big Outage.yaml: error: the file name `Big Outage` is not a valid incident id \
              (help: ids use lower-case letters, digits and dashes: rename the file to \
              `big-outage.yaml`, or add `id: big-outage`)"
            ]
        );
    }

    #[test]
    fn an_empty_field_points_at_its_key_and_a_missing_one_at_the_file() {
        let update =
            "  - { at: 2026-11-20T09:10:00Z, status: investigating, author: A, body: b }\n";
        let empty = format!("{}{update}", HEAD.replace("impact: major", "impact:"));
        assert!(check("a.yaml", &empty)[0].starts_with("a.yaml:2:1: error: `impact` is empty"));
        let missing = format!("{}{update}", HEAD.replace("impact: major\n", ""));
        assert!(
            check("a.yaml", &missing)[0]
                .starts_with("a.yaml:1:1: error: missing field `impact` in the file")
        );
    }

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
}
