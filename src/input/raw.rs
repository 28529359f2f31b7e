//! The file formats exactly as people write them: `candor.yaml` and `incidents/*.yaml`.
//! Unknown fields are refused here; values that need checking (times, statuses, component
//! ids) stay strings so that `check` can report every bad one at once, each with its place.

use std::collections::BTreeMap;

use serde::Deserialize;

/// `candor.yaml`
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawConfig {
    pub(crate) title: String,
    #[serde(default)]
    pub(crate) description: Option<String>,
    pub(crate) base_url: String,
    #[serde(default)]
    pub(crate) timezone: Option<String>,
    #[serde(default)]
    pub(crate) language: Option<String>,
    #[serde(default)]
    pub(crate) theme: Option<String>,
    #[serde(default)]
    pub(crate) contact: Option<RawContact>,
    pub(crate) components: Vec<RawComponent>,
    #[serde(default)]
    pub(crate) feeds: Option<RawFeeds>,
    #[serde(default)]
    pub(crate) promises: Option<RawPromises>,
    #[serde(default)]
    pub(crate) people: Vec<RawPersonEntry>,
    #[serde(default)]
    pub(crate) notify: Option<RawNotify>,
    #[serde(default)]
    pub(crate) brand: Option<RawBrand>,
}

/// `brand:` — the company's own logo, accent colour, favicon and font.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawBrand {
    /// A path inside the site folder: an SVG or PNG file.
    #[serde(default)]
    pub(crate) logo: Option<String>,
    /// The logo's text for people who cannot see it; `""` marks it decorative.
    #[serde(default)]
    pub(crate) alt: Option<String>,
    #[serde(default)]
    pub(crate) accent: Option<RawAccent>,
    /// A path inside the site folder: an SVG, PNG or ICO file.
    #[serde(default)]
    pub(crate) favicon: Option<String>,
    /// A path inside the site folder: a TrueType or OpenType font, drawn before the built-in
    /// ones in the link-preview pictures and measured first on badges.
    #[serde(default)]
    pub(crate) font: Option<String>,
}

/// `accent: "#0752c7"`, or one colour per scheme: `accent: { light: …, dark: … }`.
#[derive(Debug, Clone)]
pub(crate) enum RawAccent {
    One(String),
    PerScheme(RawAccentPair),
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawAccentPair {
    pub(crate) light: String,
    pub(crate) dark: String,
}

/// By hand rather than `#[serde(untagged)]`: a mapping is read as `RawAccentPair`, so a
/// missing `dark` or a misspelt `ligth` is reported as such, not as "no variant matched".
impl<'de> Deserialize<'de> for RawAccent {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct Visitor;
        impl<'de> serde::de::Visitor<'de> for Visitor {
            type Value = RawAccent;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("a colour such as \"#0752c7\", or `{ light: …, dark: … }`")
            }
            fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<RawAccent, E> {
                Ok(RawAccent::One(v.to_string()))
            }
            /// `accent: 123456` (the `#` forgotten): the check says how to write a colour.
            fn visit_u64<E: serde::de::Error>(self, v: u64) -> Result<RawAccent, E> {
                Ok(RawAccent::One(v.to_string()))
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                map: A,
            ) -> Result<RawAccent, A::Error> {
                let de = serde::de::value::MapAccessDeserializer::new(map);
                RawAccentPair::deserialize(de).map(RawAccent::PerScheme)
            }
        }
        d.deserialize_any(Visitor)
    }
}

/// `notify:` — where `candor notify` delivers entries.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawNotify {
    #[serde(default)]
    pub(crate) ledger: Option<String>,
    #[serde(default)]
    pub(crate) send: Option<Vec<String>>,
    #[serde(default)]
    pub(crate) remind_before: Option<String>,
    #[serde(default)]
    pub(crate) signup: Option<String>,
    #[serde(default)]
    pub(crate) retry: Option<RawRetry>,
    #[serde(default)]
    pub(crate) targets: Vec<RawTarget>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawRetry {
    #[serde(default)]
    pub(crate) attempts: Option<u32>,
    #[serde(default)]
    pub(crate) backoff: Option<String>,
}

/// One target. Every kind's fields are accepted here, and the check says which belong to
/// which kind; `url`, `password` and `secret` are read only to be refused with a way out.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawTarget {
    pub(crate) name: String,
    pub(crate) kind: String,
    #[serde(default)]
    pub(crate) components: Vec<String>,
    #[serde(default)]
    pub(crate) url_env: Option<String>,
    #[serde(default)]
    pub(crate) secret_env: Option<String>,
    #[serde(default)]
    pub(crate) hub: Option<String>,
    #[serde(default)]
    pub(crate) server: Option<String>,
    #[serde(default)]
    pub(crate) port: Option<u16>,
    #[serde(default)]
    pub(crate) security: Option<String>,
    #[serde(default)]
    pub(crate) username_env: Option<String>,
    #[serde(default)]
    pub(crate) password_env: Option<String>,
    #[serde(default)]
    pub(crate) from: Option<String>,
    #[serde(default)]
    pub(crate) to: Vec<String>,
    #[serde(default)]
    pub(crate) reply_to: Option<String>,
    #[serde(default)]
    pub(crate) unsubscribe: Option<String>,
    #[serde(default)]
    pub(crate) url: Option<String>,
    #[serde(default)]
    pub(crate) password: Option<String>,
    #[serde(default)]
    pub(crate) secret: Option<String>,
}

/// `promises:` — how promised updates are judged.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawPromises {
    /// `5m`: how late an update may be and still keep its promise.
    #[serde(default)]
    pub(crate) grace: Option<String>,
    /// impact → longest gap between updates, e.g. `{ critical: 30m, major: 1h }`.
    #[serde(default)]
    pub(crate) max_gap: Option<std::collections::BTreeMap<String, String>>,
    /// `false` leaves the small live script out of the pages.
    #[serde(default)]
    pub(crate) script: Option<bool>,
}

/// One entry of `people:`, so files can write `author: md`.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawPersonEntry {
    pub(crate) name: String,
    #[serde(default)]
    pub(crate) role: Option<String>,
    #[serde(default)]
    pub(crate) email: Option<String>,
    #[serde(default)]
    pub(crate) initials: Option<String>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawFeeds {
    /// Entries per feed, newest first.
    #[serde(default)]
    pub(crate) max_entries: Option<usize>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawContact {
    pub(crate) name: String,
    #[serde(default)]
    pub(crate) email: Option<String>,
    #[serde(default)]
    pub(crate) url: Option<String>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawComponent {
    pub(crate) id: String,
    pub(crate) name: String,
    #[serde(default)]
    pub(crate) group: Option<String>,
    #[serde(default)]
    pub(crate) description: Option<String>,
}

/// `incidents/<id>.yaml`
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawIncident {
    #[serde(default)]
    pub id: Option<String>,
    #[serde(default)]
    pub(crate) kind: Option<String>,
    pub(crate) title: String,
    #[serde(default)]
    pub(crate) impact: Option<String>,
    pub(crate) owner: RawPerson,
    #[serde(default)]
    pub(crate) components: Vec<String>,
    #[serde(default)]
    pub(crate) started_at: Option<String>,
    #[serde(default)]
    pub(crate) scheduled_for: Option<String>,
    #[serde(default)]
    pub(crate) scheduled_until: Option<String>,
    pub(crate) updates: Vec<RawUpdate>,
    #[serde(default)]
    pub(crate) apology: Option<RawApology>,
    #[serde(default)]
    pub(crate) postmortem: Option<String>,
    /// When the post-incident review was published (it gets its own feed entry).
    #[serde(default)]
    pub(crate) postmortem_published_at: Option<String>,
    /// Checked but not published: shown by `check`, `watch` and `serve`, left out of `build`.
    #[serde(default)]
    pub(crate) draft: bool,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawPerson {
    pub(crate) name: String,
    #[serde(default)]
    pub(crate) role: Option<String>,
    #[serde(default)]
    pub(crate) email: Option<String>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawUpdate {
    pub(crate) at: String,
    pub(crate) status: String,
    pub(crate) author: String,
    /// Component id → state; a BTreeMap is fine because states are keyed, not ordered.
    #[serde(default)]
    pub(crate) components: BTreeMap<String, String>,
    #[serde(default)]
    pub(crate) next_update_by: Option<String>,
    pub(crate) body: String,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawApology {
    pub(crate) author: RawPerson,
    pub(crate) published_at: String,
    pub(crate) body: String,
    #[serde(default)]
    pub(crate) remedy: Vec<RawRemedy>,
    /// Written but not yet approved: checked, previewed, not published.
    #[serde(default)]
    pub(crate) draft: bool,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawRemedy {
    pub(crate) offer: String,
    pub(crate) eligible: String,
    pub(crate) how: String,
    #[serde(default)]
    pub(crate) claim_url: Option<String>,
    #[serde(default)]
    pub(crate) deadline: Option<String>,
    /// offered | issued
    #[serde(default)]
    pub(crate) status: Option<String>,
    /// The date the remedy was paid out or sent (with `status: issued`).
    #[serde(default)]
    pub(crate) issued_at: Option<String>,
}
