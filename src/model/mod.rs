//! The checked model every output is rendered from: typed, ordered and complete. Nothing in
//! it is derived (statuses, promises, uptime live in `derive`), so nothing is stored twice.

use jiff::Timestamp;
use jiff::civil::Date;
use jiff::tz::TimeZone;
use serde::Serialize;

pub(crate) mod language;
pub(crate) mod text;
pub use text::{Field, SiteLanguage, Texts};
pub(crate) mod warning;
pub use warning::WarningCode;

/// A vocabulary of fixed words, each with its file spelling and a reader's label.
pub(crate) trait Vocabulary: Sized + Copy + PartialEq + 'static {
    const ALL: &'static [Self];
    fn as_str(self) -> &'static str;
    fn parse(s: &str) -> Option<Self> {
        Self::ALL.iter().copied().find(|v| v.as_str() == s)
    }
    #[cfg(test)]
    fn names() -> Vec<&'static str> {
        Self::ALL.iter().map(|v| v.as_str()).collect()
    }
}

macro_rules! vocabulary {
    ($name:ident { $($variant:ident => $text:literal / $label:literal),+ $(,)? }) => {
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
        #[serde(rename_all = "snake_case")]
        pub enum $name { $($variant),+ }
        impl Vocabulary for $name {
            const ALL: &'static [Self] = &[$($name::$variant),+];
            fn as_str(self) -> &'static str {
                match self { $($name::$variant => $text),+ }
            }
        }
        impl $name {
            /// How the value reads on the page. (Generated for every vocabulary; not every
            /// one is shown by its label.)
            #[allow(dead_code)]
            pub(crate) fn label(self) -> &'static str {
                match self { $($name::$variant => $label),+ }
            }
        }
    };
    ($name:ident $key:literal { $($variant:ident => $text:literal / $label:literal),+ $(,)? }) => {
        vocabulary!($name { $($variant => $text / $label),+ });
        impl $name {
            /// How the value reads to customers, in `locale`'s words: the message
            #[doc = concat!("`", $key, "-<value>`.")]
            #[allow(dead_code)]
            pub(crate) fn words(self, locale: &crate::locale::Locale) -> String {
                locale.text(&format!(concat!($key, "-{}"), self.as_str()), None)
            }
        }
    };
}

// After the macro: it uses `vocabulary!`.
pub(crate) mod brand;
pub use brand::{Accent, Asset, Brand, Logo, SiteFont};
pub(crate) mod notify;
pub use notify::{EmailTarget, Notify, Security, Target, TargetKind};
pub(crate) mod schema;

vocabulary!(Kind "kind" {
    Incident => "incident" / "Incident",
    Maintenance => "maintenance" / "Maintenance",
});

// Ordered from least to most severe, so `max` is "the worst".
vocabulary!(Impact "impact" {
    None => "none" / "No impact",
    Minor => "minor" / "Minor",
    Major => "major" / "Major",
    Critical => "critical" / "Critical",
});

vocabulary!(Status "status" {
    Investigating => "investigating" / "Investigating",
    Identified => "identified" / "Identified",
    Monitoring => "monitoring" / "Monitoring",
    Resolved => "resolved" / "Resolved",
    Scheduled => "scheduled" / "Scheduled",
    InProgress => "in_progress" / "In progress",
    Verifying => "verifying" / "Verifying",
    Completed => "completed" / "Completed",
});

// Ordered by how bad the state is for a customer: maintenance is announced and expected, so it
// ranks below any unplanned degradation.
vocabulary!(ComponentState "state" {
    Operational => "operational" / "Operational",
    UnderMaintenance => "under_maintenance" / "Under maintenance",
    DegradedPerformance => "degraded_performance" / "Degraded performance",
    PartialOutage => "partial_outage" / "Partial outage",
    MajorOutage => "major_outage" / "Major outage",
});

vocabulary!(RemedyStatus {
    Offered => "offered" / "Offered",
    Issued => "issued" / "Issued",
});

vocabulary!(How "how" {
    Automatic => "automatic" / "Automatic",
    Claim => "claim" / "Claim",
});

impl Kind {
    /// The statuses an update of this kind may have, in their usual order.
    pub(crate) fn statuses(self) -> &'static [Status] {
        match self {
            Kind::Incident => &[
                Status::Investigating,
                Status::Identified,
                Status::Monitoring,
                Status::Resolved,
            ],
            Kind::Maintenance => &[
                Status::Scheduled,
                Status::InProgress,
                Status::Verifying,
                Status::Completed,
            ],
        }
    }
}

impl Status {
    /// Resolved incidents and completed maintenance take no further updates.
    pub(crate) fn is_final(self) -> bool {
        matches!(self, Status::Resolved | Status::Completed)
    }
}

#[derive(Debug, Clone)]
pub struct Config {
    pub title: String,
    pub description: Option<String>,
    /// Absolute, ending in `/`.
    pub base_url: String,
    pub timezone: TimeZone,
    pub timezone_name: String,
    /// A BCP 47 tag in canonical case (`en-GB`) of a language candor's text is in.
    pub language: String,
    /// The words and forms of `language`, with the theme's overrides.
    pub locale: std::sync::Arc<crate::locale::Locale>,
    /// Every language the site is published in, the main one first: one for most sites.
    pub languages: Vec<SiteLanguage>,
    /// Which of `languages` this config's pages are in (`Config::in_language`).
    pub current: usize,
    /// On a site in more than one language, the config's texts (title, description, contact,
    /// components) in each language `candor.yaml` gives them in; `None` otherwise.
    pub texts: Option<std::sync::Arc<Texts>>,
    pub theme: String,
    pub contact: Option<Contact>,
    pub components: Vec<Component>,
    /// Entries per feed (default 50): bounded, so a feed never grows with the history.
    pub feed_entries: usize,
    pub promises: Promises,
    /// Named people files may refer to by their initials (`author: md`).
    pub people: Vec<PersonEntry>,
    /// Where `candor notify` delivers entries.
    pub notify: Notify,
    /// The company's logo, accent colour and favicon (`brand:`).
    pub brand: Brand,
}

/// How promises of the next update are judged, and how often updates are due.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Promises {
    /// An update this late still keeps its promise.
    pub grace: jiff::SignedDuration,
    /// The longest a customer should wait between updates, by impact.
    pub max_gap: Vec<(Impact, jiff::SignedDuration)>,
    /// Pages carry a small script that shows a promise as overdue once its time passes, and
    /// times in the reader's zone. Pages are correct as of the build without it.
    pub script: bool,
}

impl Default for Promises {
    fn default() -> Self {
        let m = jiff::SignedDuration::from_mins;
        Promises {
            grace: m(5),
            max_gap: vec![
                (Impact::Critical, m(30)),
                (Impact::Major, m(60)),
                (Impact::Minor, m(240)),
            ],
            script: true,
        }
    }
}

impl Promises {
    pub(crate) fn max_gap(&self, impact: Impact) -> Option<jiff::SignedDuration> {
        self.max_gap
            .iter()
            .find(|(i, _)| *i == impact)
            .map(|(_, d)| *d)
    }
}

#[derive(Debug, Clone, Serialize)]
pub struct PersonEntry {
    pub name: String,
    pub role: Option<String>,
    pub email: Option<String>,
    /// Lower-case short name: given, or the initials of the name.
    pub initials: String,
}

impl Person {
    /// A person as a file names them, signed with the initials of their name.
    pub(crate) fn named(name: &str, role: Option<String>, email: Option<String>) -> Person {
        Person {
            name: name.to_string(),
            role,
            email,
            initials: Person::initials_of(name),
        }
    }

    /// The initials pages sign with, the one rule for them: the first letters of the first
    /// and the last word, upper case ("Minter Dial" → "MD", "Ana María López" → "AL",
    /// "Priya" → "P"), as a reader writes a name's initials. Not the `people:` short name,
    /// which is for files.
    pub(crate) fn initials_of(name: &str) -> String {
        let words: Vec<&str> = name.split_whitespace().collect();
        let pick = |w: &str| {
            w.chars()
                .next()
                .map(|c| c.to_uppercase().to_string())
                .unwrap_or_default()
        };
        match words.as_slice() {
            [] => String::new(),
            [one] => pick(one),
            [first, .., last] => format!("{}{}", pick(first), pick(last)),
        }
    }
}

/// A person known only by name (no role, no address).
impl From<&str> for Person {
    fn from(name: &str) -> Person {
        Person::named(name, None, None)
    }
}

impl Config {
    /// Times as customers read them: the site's zone, in the site's language.
    pub(crate) fn clock(&self) -> crate::time::Clock {
        crate::time::Clock::new(self.timezone.clone(), self.locale.clone())
    }

    /// Times in what candor tells the people running the site (English, like the rest of the
    /// command line), in the site's zone; with the site's conventions when it is in English.
    pub(crate) fn staff_clock(&self) -> crate::time::Clock {
        if self.locale.shipped() == "en" {
            self.clock()
        } else {
            crate::time::Clock::english(self.timezone.clone())
        }
    }

    pub(crate) fn component(&self, id: &str) -> Option<&Component> {
        self.components.iter().find(|c| c.id == id)
    }
}

#[derive(Debug, Clone, Serialize)]
pub struct Contact {
    pub name: String,
    pub email: Option<String>,
    pub url: Option<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct Component {
    pub id: String,
    pub name: String,
    pub group: Option<String>,
    pub description: Option<String>,
}

/// A person as pages name them: resolved once, by `check`, against `people:`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Person {
    pub name: String,
    pub role: Option<String>,
    pub email: Option<String>,
    /// What pages sign with: `Person::initials_of(name)` ("MD").
    pub initials: String,
}

#[derive(Debug, Clone)]
pub struct Incident {
    pub id: String,
    /// The file it came from, as shown to people.
    pub file: String,
    pub kind: Kind,
    pub title: String,
    pub impact: Impact,
    pub owner: Person,
    pub components: Vec<String>,
    /// When the incident began; for maintenance, the start of its window.
    pub started_at: Timestamp,
    /// The planned window of a maintenance.
    pub window: Option<Window>,
    /// Oldest first.
    pub updates: Vec<Update>,
    pub apology: Option<Apology>,
    pub postmortem: Option<String>,
    pub postmortem_published_at: Option<Timestamp>,
    /// Kept from construction (`Incident::resolved_at`): every page that sums up the
    /// history asks each of thousands of incidents for it on every `watch` rebuild, and
    /// finding it means reading all of the incident's updates.
    pub resolved: Option<Timestamp>,
    /// `draft: true`: checked and previewed, never published (`Site::published`).
    pub draft: bool,
    /// On a site in more than one language, every text field in each language the file gives
    /// it in (`Incident::in_language`); `None` on a one-language site.
    pub texts: Option<std::sync::Arc<Texts>>,
    /// The fields shown in another language than the pages', each with that language.
    pub untranslated: Vec<(Field, SiteLanguage)>,
}

#[derive(Debug, Clone, Copy)]
pub struct Window {
    pub from: Timestamp,
    pub until: Timestamp,
}

#[derive(Debug, Clone)]
pub struct Update {
    pub at: Timestamp,
    pub status: Status,
    /// Who wrote it, resolved by `check`: a short name from `people:` is the full name,
    /// with the role `people:` gives (else the owner's, when the owner wrote it).
    /// Shared by the updates of one incident that one person signed (an incident's history
    /// has many updates and few authors).
    pub author: std::sync::Arc<Person>,
    /// States set from this update on, in the order of the incident's `components`.
    pub components: Vec<(String, ComponentState)>,
    pub next_update_by: Option<Timestamp>,
    /// `workaround:`, what customers can do meanwhile (one line, trimmed): shown first, before
    /// the body, while this is the incident's latest update.
    pub workaround: Option<String>,
    pub body: String,
}

#[derive(Debug, Clone)]
pub struct Apology {
    pub author: Person,
    pub published_at: Timestamp,
    pub body: String,
    pub remedy: Vec<Remedy>,
    /// `draft: true`: an apology awaiting approval, left out of what is published.
    pub draft: bool,
}

#[derive(Debug, Clone)]
pub struct Remedy {
    pub offer: String,
    pub eligible: String,
    pub how: How,
    pub claim_url: Option<String>,
    pub deadline: Option<Date>,
    /// Whether customers have actually received it.
    pub status: RemedyStatus,
    pub issued_at: Option<Date>,
}

#[cfg(test)]
impl Update {
    /// An update signed by Minter Dial with body "x", for unit tests: `at` and `next` are
    /// RFC 3339 times.
    pub(crate) fn sample(at: &str, status: Status, next: Option<&str>) -> Update {
        let t = |s: &str| s.parse::<Timestamp>().expect("a test time");
        Update {
            at: t(at),
            status,
            author: std::sync::Arc::new("Minter Dial".into()),
            components: vec![],
            next_update_by: next.map(t),
            workaround: None,
            body: "x".into(),
        }
    }
}

#[cfg(test)]
impl Incident {
    /// A major incident `x` owned by Minter Dial, for unit tests to adjust.
    pub(crate) fn sample(title: &str, started_at: Timestamp, updates: Vec<Update>) -> Incident {
        Incident {
            id: "x".into(),
            file: "x.yaml".into(),
            kind: Kind::Incident,
            title: title.into(),
            impact: Impact::Major,
            owner: Person::from("Minter Dial"),
            components: vec![],
            started_at,
            window: None,
            updates,
            apology: None,
            postmortem: None,
            postmortem_published_at: None,
            resolved: None,
            draft: false,
            texts: None,
            untranslated: Vec::new(),
        }
        .summed_up()
    }
}

/// A whole site: the config and every incident, newest first.
#[derive(Debug, Clone)]
pub struct Site {
    pub config: Config,
    /// Shared, so `watch` keeps the incidents of unchanged files from one rebuild to the next
    /// without copying them.
    pub incidents: Vec<std::sync::Arc<Incident>>,
}

impl Site {
    /// What a published build shows: no draft incident, no draft apology. `check` and the
    /// preview keep the whole site, so a draft is checked and seen before it goes out.
    pub(crate) fn published(mut self) -> Site {
        use std::sync::Arc;
        self.incidents.retain(|i| !i.draft);
        for inc in &mut self.incidents {
            if inc.apology.as_ref().is_some_and(|a| a.draft) {
                Arc::make_mut(inc).apology = None;
            }
        }
        self
    }

    /// The drafts in the site, as `check` lists them: (file, what is a draft).
    pub(crate) fn drafts(&self) -> Vec<(&str, &'static str)> {
        let mut drafts = Vec::new();
        for inc in &self.incidents {
            if inc.draft {
                drafts.push((inc.file.as_str(), "incident"));
            } else if inc.apology.as_ref().is_some_and(|a| a.draft) {
                drafts.push((inc.file.as_str(), "apology"));
            }
        }
        drafts
    }
}
