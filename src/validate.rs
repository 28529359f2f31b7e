//! The rules: turns the raw files into the checked model, reporting every broken rule with
//! its place and a fix. A file with errors yields no incident, but all its errors are listed.

use std::collections::HashMap;

use jiff::Timestamp;
use jiff::tz::TimeZone;
use rayon::prelude::*;

use crate::diagnostic::{Diagnostic, did_you_mean};
use crate::load::{Loaded, Parsed, resolve};
use crate::locate::Pointer;
use crate::model::*;
use crate::ptr;
use crate::raw::{RawConfig, RawIncident, RawPerson};
use crate::time::{TimeError, parse_date, parse_timestamp};

/// Collects diagnostics about one file.
struct Report {
    diags: Vec<Diagnostic>,
}

impl Report {
    fn new() -> Self {
        Report { diags: Vec::new() }
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

/// Checks the config and every incident; returns the model when there is no error.
pub fn validate(loaded: Loaded) -> (Option<Site>, Vec<Diagnostic>) {
    let mut diags = loaded.diagnostics;
    let config = loaded.config.as_ref().and_then(|p| {
        let (cfg, mut d) = validate_config(p);
        resolve(&mut d, &p.source, None);
        diags.extend(d);
        cfg
    });
    let results: Vec<(Option<Incident>, Vec<Diagnostic>)> = loaded
        .incidents
        .par_iter()
        .map(|p| {
            let (inc, mut d) = check_incident(p, config.as_ref());
            resolve(&mut d, &p.source, None);
            (inc, d)
        })
        .collect();
    let mut incidents = Vec::with_capacity(results.len());
    for (inc, d) in results {
        diags.extend(d);
        incidents.extend(inc);
    }
    diags.extend(duplicate_ids(&loaded.incidents, &incidents));
    let ok = config.is_some() && !diags.iter().any(Diagnostic::is_error);
    let site = config.filter(|_| ok).map(|config| {
        // Newest first everywhere; ties broken by id so the order never depends on the disk.
        incidents.sort_by(|a, b| b.started_at.cmp(&a.started_at).then(a.id.cmp(&b.id)));
        Site { config, incidents }
    });
    (site, diags)
}

fn duplicate_ids(files: &[Parsed<RawIncident>], incidents: &[Incident]) -> Vec<Diagnostic> {
    let mut seen: HashMap<&str, &str> = HashMap::new();
    let mut diags = Vec::new();
    for inc in incidents {
        if let Some(first) = seen.insert(&inc.id, &inc.file) {
            let mut d = Diagnostic::error(format!(
                "incident id `{}` is already used by `{first}`",
                inc.id
            ))
            .with_file(&inc.file)
            .with_help("ids must be unique: rename this file or set a different `id:`");
            if let Some(p) = files.iter().find(|p| p.source.display == inc.file) {
                let at = if p.raw.id.is_some() {
                    ptr!["id"]
                } else {
                    Pointer::root()
                };
                d = d.at(at);
                resolve(std::slice::from_mut(&mut d), &p.source, None);
            }
            diags.push(d);
        }
    }
    diags
}

pub fn validate_config(p: &Parsed<RawConfig>) -> (Option<Config>, Vec<Diagnostic>) {
    let raw = &p.raw;
    let mut r = Report::new();
    r.nonempty(ptr!["title"], "site title", &raw.title);
    let base_url = raw.base_url.trim();
    if !(base_url.starts_with("https://") || base_url.starts_with("http://"))
        || base_url.len() <= "https://".len()
    {
        r.error(
            ptr!["base_url"],
            format!("base_url `{base_url}` is not an absolute http(s) address"),
        )
        .help = Some(
            "write the full address the site is published at, e.g. `https://status.example.com/`"
                .into(),
        );
    }
    let base_url = if base_url.ends_with('/') {
        base_url.to_string()
    } else {
        format!("{base_url}/")
    };
    let tz_name = raw.timezone.clone().unwrap_or_else(|| "UTC".into());
    let timezone = match TimeZone::get(&tz_name) {
        Ok(tz) => Some(tz),
        Err(_) => {
            let names: Vec<String> = jiff::tz::db().available().map(|n| n.to_string()).collect();
            let help = match did_you_mean(&tz_name, names.iter().map(String::as_str)) {
                Some(h) => format!("did you mean `{h}`?"),
                None => {
                    "use an IANA zone name such as `Europe/London` or `America/New_York`".into()
                }
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
    let contact = raw.contact.as_ref().map(|c| Contact {
        name: c.name.clone(),
        email: c.email.clone(),
        url: c.url.clone(),
    });
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
    };
    (Some(config), r.diags)
}

fn person(r: &mut Report, at: Pointer, raw: &RawPerson, what: &str, role_required: bool) -> Person {
    r.nonempty(at.join("name"), &format!("{what}'s name"), &raw.name);
    if role_required && raw.role.as_deref().is_none_or(|s| s.trim().is_empty()) {
        r.error(at.clone(), format!("the {what} has no role")).help = Some(format!(
            "add `role: …` so customers know who {} is, e.g. `role: Head of Customer Care`",
            raw.name.trim()
        ));
    }
    if let Some(email) = &raw.email
        && !email.contains('@')
    {
        r.error(
            at.join("email"),
            format!("`{email}` is not an email address"),
        );
    }
    Person {
        name: raw.name.trim().to_string(),
        role: raw.role.clone().map(|s| s.trim().to_string()),
        email: raw.email.clone(),
    }
}

pub fn check_incident(
    p: &Parsed<RawIncident>,
    cfg: Option<&Config>,
) -> (Option<Incident>, Vec<Diagnostic>) {
    let raw = &p.raw;
    let mut r = Report::new();

    let stem = p
        .source
        .path
        .file_stem()
        .and_then(|s| s.to_str())
        .unwrap_or("")
        .to_string();
    let id = raw.id.clone().unwrap_or(stem);
    if !is_valid_id(&id) {
        let at = if raw.id.is_some() {
            ptr!["id"]
        } else {
            Pointer::root()
        };
        let what = if raw.id.is_some() {
            "`id`"
        } else {
            "file name"
        };
        r.error(
            at,
            format!("incident id `{id}` (from the {what}) is not a valid id"),
        )
        .help = Some(format!(
            "ids use lower-case letters, digits and dashes, e.g. `{}`",
            slug(&id)
        ));
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
            r.error(Pointer::root(), "missing field `impact` in the file")
                .help = Some("add `impact: none | minor | major | critical`".into());
            None
        }
    };
    let owner = person(&mut r, ptr!["owner"], &raw.owner, "owner", true);

    // Components this incident affects: known to the site, each once.
    let known: Vec<&str> = cfg
        .map(|c| c.components.iter().map(|c| c.id.as_str()).collect())
        .unwrap_or_default();
    let mut components: Vec<String> = Vec::new();
    for (i, c) in raw.components.iter().enumerate() {
        if cfg.is_some() && !known.contains(&c.as_str()) {
            unknown_component(&mut r, ptr!["components", i], c, &known, "candor.yaml");
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
                    r.error(Pointer::root(), "missing field `started_at` in the file").help =
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
                    r.error(
                        Pointer::root(),
                        format!("missing field `{key}` in the maintenance"),
                    )
                    .help = Some(format!(
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
    let mut previous: Option<Timestamp> = None;
    let mut final_at: Option<(usize, Status)> = None;
    for (i, u) in raw.updates.iter().enumerate() {
        let at_ptr = ptr!["updates", i];
        let at = r.time(at_ptr.join("at"), &u.at);
        let status = r.word(
            at_ptr.join("status"),
            &format!("{} status", kind.as_str()),
            &u.status,
            kind.statuses(),
        );
        if let Some((j, s)) = final_at {
            r.error(
                at_ptr.join("status"),
                format!("update after the incident was {}", s.as_str()),
            )
            .help = Some(format!(
                "update {} already marked it {}; remove that update or move this one before it",
                j + 1,
                s.as_str()
            ));
        }
        if let (Some(at), Some(prev)) = (at, previous)
            && at < prev
        {
            r.error(
                at_ptr.join("at"),
                "updates are out of order: this one is earlier than the one before",
            )
            .help = Some("list updates oldest first, each with a later `at`".into());
        }
        if let (Some(at), Some(start), Kind::Incident) = (at, started_at, kind)
            && at < start
        {
            r.error(at_ptr.join("at"), "update is earlier than `started_at`")
                .help = Some("fix the update's time, or move `started_at` earlier".into());
        }
        r.nonempty(at_ptr.join("author"), "author", &u.author);
        r.nonempty(at_ptr.join("body"), "update body", &u.body);
        let next = u
            .next_update_by
            .as_ref()
            .and_then(|s| r.time(at_ptr.join("next_update_by"), s));
        if let (Some(next), Some(at)) = (next, at)
            && next <= at
        {
            r.error(
                at_ptr.join("next_update_by"),
                "`next_update_by` is not after the update it belongs to",
            )
            .help = Some("promise a time after this update's `at`, e.g. 30 minutes later".into());
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
            } else if cfg.is_some() && !components.contains(cid) {
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
            previous = Some(a);
        }
        if let (Some(at), Some(status)) = (at, status) {
            updates.push(Update {
                at,
                status,
                author: u.author.trim().to_string(),
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
        let author = person(&mut r, at.join("author"), &a.author, "apology's author", false);
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
            if let Some(how) = how {
                remedy.push(Remedy {
                    offer: m.offer.trim().to_string(),
                    eligible: m.eligible.trim().to_string(),
                    how,
                    claim_url: m.claim_url.clone(),
                    deadline,
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
        r.warning(
            Pointer::root(),
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
    };
    (Some(incident), r.diags)
}

fn unknown_component(r: &mut Report, at: Pointer, id: &str, known: &[&str], config: &str) {
    let help = match did_you_mean(id, known.iter().copied()) {
        Some(h) => format!("did you mean `{h}`?"),
        None => format!("the components in {config} are: {}", known.join(", ")),
    };
    r.error(at, format!("unknown component `{id}`")).help = Some(help);
}
