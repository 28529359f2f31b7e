//! The file formats exactly as people write them: `candor.yaml` and `incidents/*.yaml`.
//! Unknown fields are refused here; values that need checking (times, statuses, component
//! ids) stay strings so that `validate` can report every bad one at once, each with its place.

use std::collections::BTreeMap;

use serde::Deserialize;

/// `candor.yaml`
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawConfig {
    pub title: String,
    #[serde(default)]
    pub description: Option<String>,
    pub base_url: String,
    #[serde(default)]
    pub timezone: Option<String>,
    #[serde(default)]
    pub language: Option<String>,
    #[serde(default)]
    pub theme: Option<String>,
    #[serde(default)]
    pub contact: Option<RawContact>,
    pub components: Vec<RawComponent>,
    #[serde(default)]
    pub feeds: Option<RawFeeds>,
    #[serde(default)]
    pub promises: Option<RawPromises>,
    #[serde(default)]
    pub people: Vec<RawPersonEntry>,
}

/// `promises:` — how promised updates are judged.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawPromises {
    /// `5m`: how late an update may be and still keep its promise.
    #[serde(default)]
    pub grace: Option<String>,
    /// impact → longest gap between updates, e.g. `{ critical: 30m, major: 1h }`.
    #[serde(default)]
    pub max_gap: Option<std::collections::BTreeMap<String, String>>,
    /// `false` leaves the small live script out of the pages.
    #[serde(default)]
    pub script: Option<bool>,
}

/// One entry of `people:`, so files can write `author: md`.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawPersonEntry {
    pub name: String,
    #[serde(default)]
    pub role: Option<String>,
    #[serde(default)]
    pub email: Option<String>,
    #[serde(default)]
    pub initials: Option<String>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawFeeds {
    /// Entries per feed, newest first.
    #[serde(default)]
    pub max_entries: Option<usize>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawContact {
    pub name: String,
    #[serde(default)]
    pub email: Option<String>,
    #[serde(default)]
    pub url: Option<String>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawComponent {
    pub id: String,
    pub name: String,
    #[serde(default)]
    pub group: Option<String>,
    #[serde(default)]
    pub description: Option<String>,
}

/// `incidents/<id>.yaml`
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawIncident {
    #[serde(default)]
    pub id: Option<String>,
    #[serde(default)]
    pub kind: Option<String>,
    pub title: String,
    #[serde(default)]
    pub impact: Option<String>,
    pub owner: RawPerson,
    #[serde(default)]
    pub components: Vec<String>,
    #[serde(default)]
    pub started_at: Option<String>,
    #[serde(default)]
    pub scheduled_for: Option<String>,
    #[serde(default)]
    pub scheduled_until: Option<String>,
    pub updates: Vec<RawUpdate>,
    #[serde(default)]
    pub apology: Option<RawApology>,
    #[serde(default)]
    pub postmortem: Option<String>,
    /// When the post-incident review was published (it gets its own feed entry).
    #[serde(default)]
    pub postmortem_published_at: Option<String>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawPerson {
    pub name: String,
    #[serde(default)]
    pub role: Option<String>,
    #[serde(default)]
    pub email: Option<String>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawUpdate {
    pub at: String,
    pub status: String,
    pub author: String,
    /// Component id → state; a BTreeMap is fine because states are keyed, not ordered.
    #[serde(default)]
    pub components: BTreeMap<String, String>,
    #[serde(default)]
    pub next_update_by: Option<String>,
    pub body: String,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawApology {
    pub author: RawPerson,
    pub published_at: String,
    pub body: String,
    #[serde(default)]
    pub remedy: Vec<RawRemedy>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawRemedy {
    pub offer: String,
    pub eligible: String,
    pub how: String,
    #[serde(default)]
    pub claim_url: Option<String>,
    #[serde(default)]
    pub deadline: Option<String>,
    /// offered | issued
    #[serde(default)]
    pub status: Option<String>,
    /// The date the remedy was paid out or sent (with `status: issued`).
    #[serde(default)]
    pub issued_at: Option<String>,
}
