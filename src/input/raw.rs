//! The file formats exactly as people write them: `candor.yaml` and `incidents/*.yaml`.
//! Unknown fields are refused here; values that need checking (times, statuses, component
//! ids) stay strings so that `check` can report every bad one at once, each with its place.
//!
//! The same types are the source of `candor schema` (`model::schema`): each field's doc
//! comment is its description in an editor, and a field whose value is a word from one of the
//! model's vocabularies says which with `x-candor-words` (a string here, since `input` comes
//! before `model`; `model::schema` puts the words in).

use std::collections::BTreeMap;

use schemars::JsonSchema;
use serde::Deserialize;

pub use super::text::RawText;

/// `candor.yaml`: the site's config.
#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawConfig {
    /// The site's name, in page titles and headers (on a site in more than one language, one
    /// per language).
    pub(crate) title: RawText,
    /// One line about the site, for search engines; the title when absent.
    #[serde(default)]
    pub(crate) description: Option<RawText>,
    /// The absolute address the site is published at, e.g. `https://status.example.com/`.
    pub(crate) base_url: String,
    /// The zone times are shown in: an IANA name such as `Europe/London` (default `UTC`).
    #[serde(default)]
    pub(crate) timezone: Option<String>,
    /// The language of the site's text, a BCP 47 tag such as `en` or `en-GB` (default `en`).
    #[serde(default)]
    pub(crate) language: Option<String>,
    /// The languages of a site published in more than one, the main one first, e.g.
    /// `[en-CA, fr-CA]`: each gets its own pages (the others under `fr-ca/`), and text fields
    /// of incident files may give one text per language. Instead of `language`.
    #[serde(default)]
    pub(crate) languages: Option<Vec<String>>,
    /// `default`, or the name of a folder `themes/<name>/` overriding the built-in theme.
    #[serde(default)]
    pub(crate) theme: Option<String>,
    /// Who customers contact, shown on every page.
    #[serde(default)]
    pub(crate) contact: Option<RawContact>,
    /// The parts of the service customers see, in the order the page lists them.
    pub(crate) components: Vec<RawComponent>,
    /// The Atom, RSS and JSON feeds.
    #[serde(default)]
    pub(crate) feeds: Option<RawFeeds>,
    /// How promised updates are judged, and how often updates are due.
    #[serde(default)]
    pub(crate) promises: Option<RawPromises>,
    /// People files may name by a short name (`author: md`).
    #[serde(default)]
    pub(crate) people: Vec<RawPersonEntry>,
    /// Where `candor notify` delivers each new entry.
    #[serde(default)]
    pub(crate) notify: Option<RawNotify>,
    /// The company's logo, accent colour and favicon.
    #[serde(default)]
    pub(crate) brand: Option<RawBrand>,
}

/// `brand:` — the company's own logo, accent colour, favicon and font.
#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawBrand {
    /// A path inside the site folder: an SVG or PNG file.
    #[serde(default)]
    pub(crate) logo: Option<String>,
    /// The logo's text for people who cannot see it; `""` marks it decorative.
    #[serde(default)]
    pub(crate) alt: Option<String>,
    /// The colour of links, focus rings and the bar above the header.
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

/// The colour of links and focus rings: `"#0752c7"` (in quotes), or one per scheme:
/// `{ light: "#996900", dark: "#ffcc00" }`.
#[derive(Debug, Clone, JsonSchema)]
#[schemars(untagged)]
pub(crate) enum RawAccent {
    One(String),
    PerScheme(RawAccentPair),
}

/// One accent colour per colour scheme.
#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawAccentPair {
    /// The colour on the light scheme, e.g. `"#996900"`.
    pub(crate) light: String,
    /// The colour on the dark scheme, e.g. `"#ffcc00"`.
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
#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawNotify {
    /// The ledger of what was sent where, from the site folder
    /// (default `.candor/notify-ledger.jsonl`).
    #[serde(default)]
    pub(crate) ledger: Option<String>,
    /// Which entries are sent (default: all).
    #[serde(default)]
    #[schemars(extend("x-candor-words" = "entry_kind"))]
    pub(crate) send: Option<Vec<String>>,
    /// How long before a maintenance window its reminder goes out, e.g. `24h`.
    #[serde(default)]
    pub(crate) remind_before: Option<String>,
    /// Where customers sign up for email: an https page or a `mailto:`.
    #[serde(default)]
    pub(crate) signup: Option<String>,
    /// Tries of a send in one run, and the first wait between them.
    #[serde(default)]
    pub(crate) retry: Option<RawRetry>,
    /// One per place entries are delivered to.
    #[serde(default)]
    pub(crate) targets: Vec<RawTarget>,
}

/// Tries of a send in one run.
#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawRetry {
    /// Tries in all, the first included (default 3).
    #[serde(default)]
    pub(crate) attempts: Option<u32>,
    /// The wait before the second try, doubled before each one after, e.g. `2s`.
    #[serde(default)]
    pub(crate) backoff: Option<String>,
}

/// One target. Every kind's fields are accepted here, and the check says which belong to
/// which kind; `url`, `password` and `secret` are read only to be refused with a way out
/// (so the schema leaves them out: an editor flags them as it flags any unknown field).
#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawTarget {
    /// Names the target in reports, `--test` and the ledger; unique.
    pub(crate) name: String,
    /// Where entries go.
    #[schemars(extend("x-candor-words" = "target_kind"))]
    pub(crate) kind: String,
    /// Only entries about these component ids (default: all).
    #[serde(default)]
    pub(crate) components: Vec<String>,
    /// The language its messages are in, one of the site's `languages` (default: the main
    /// one), e.g. `fr-CA` for a list of French-speaking subscribers.
    #[serde(default)]
    pub(crate) language: Option<String>,
    /// The environment variable holding the webhook address (slack, teams, discord,
    /// google-chat, webhook).
    #[serde(default)]
    pub(crate) url_env: Option<String>,
    /// The environment variable holding the secret that signs each webhook post (webhook).
    #[serde(default)]
    pub(crate) secret_env: Option<String>,
    /// The WebSub hub told when the feeds change, an http(s) address (websub).
    #[serde(default)]
    pub(crate) hub: Option<String>,
    /// The SMTP server's host name, without a port (email).
    #[serde(default)]
    pub(crate) server: Option<String>,
    /// The SMTP server's port (email; default from `security`: 587, 465 or 25).
    #[serde(default)]
    pub(crate) port: Option<u16>,
    /// How the mail connection is secured (email; default `starttls`).
    #[serde(default)]
    #[schemars(extend("x-candor-words" = "security"))]
    pub(crate) security: Option<String>,
    /// The environment variable holding the SMTP user name (email; with `password_env`).
    #[serde(default)]
    pub(crate) username_env: Option<String>,
    /// The environment variable holding the SMTP password (email; with `username_env`).
    #[serde(default)]
    pub(crate) password_env: Option<String>,
    /// The sender, e.g. `Acme Status <status@acme.example>` (email).
    #[serde(default)]
    pub(crate) from: Option<String>,
    /// The addresses mail is sent to (email).
    #[serde(default)]
    pub(crate) to: Vec<String>,
    /// Where replies go (email).
    #[serde(default)]
    pub(crate) reply_to: Option<String>,
    /// A `mailto:` or https address for `List-Unsubscribe` (email).
    #[serde(default)]
    pub(crate) unsubscribe: Option<String>,
    #[serde(default)]
    #[schemars(skip)]
    pub(crate) url: Option<String>,
    #[serde(default)]
    #[schemars(skip)]
    pub(crate) password: Option<String>,
    #[serde(default)]
    #[schemars(skip)]
    pub(crate) secret: Option<String>,
}

/// `promises:` — how promised updates are judged.
#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawPromises {
    /// `5m`: how late an update may be and still keep its promise.
    #[serde(default)]
    pub(crate) grace: Option<String>,
    /// impact → longest gap between updates, e.g. `{ critical: 30m, major: 1h }`.
    #[serde(default)]
    #[schemars(extend("x-candor-keys" = "impact"))]
    pub(crate) max_gap: Option<std::collections::BTreeMap<String, String>>,
    /// `false` leaves the small live script out of the pages.
    #[serde(default)]
    pub(crate) script: Option<bool>,
}

/// One entry of `people:`, so files can write `author: md`.
#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawPersonEntry {
    /// The full name, as pages show it.
    pub(crate) name: String,
    /// The job title, shown after the name of every update this person signs (on a site in
    /// more than one language, one per language).
    #[serde(default)]
    pub(crate) role: Option<RawText>,
    /// A plain address, e.g. `minter@acme.example`.
    #[serde(default)]
    pub(crate) email: Option<String>,
    /// The short name files may use instead of `name` (default: the initials, e.g. `md`).
    #[serde(default)]
    pub(crate) initials: Option<String>,
}

/// The Atom, RSS and JSON feeds.
#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawFeeds {
    /// Entries per feed, newest first.
    #[serde(default)]
    pub(crate) max_entries: Option<usize>,
}

/// Who customers contact, shown on every page.
#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawContact {
    /// Shown as "Questions? Contact *name*".
    pub(crate) name: RawText,
    /// A plain address the name links to, e.g. `support@acme.example`.
    #[serde(default)]
    pub(crate) email: Option<String>,
    /// A help page, `https://…`.
    #[serde(default)]
    pub(crate) url: Option<String>,
}

/// A part of the service customers see.
#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawComponent {
    /// The name incident files use: lower-case letters, digits and dashes, e.g. `checkout`.
    pub(crate) id: String,
    /// Shown to readers.
    pub(crate) name: RawText,
    /// A heading the component is listed under.
    #[serde(default)]
    pub(crate) group: Option<RawText>,
    /// Shown after the name.
    #[serde(default)]
    pub(crate) description: Option<RawText>,
}

/// `incidents/<id>.yaml`: one incident or maintenance.
#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawIncident {
    /// The incident's id and address, `incidents/<id>/` (default: the file name).
    #[serde(default)]
    pub id: Option<String>,
    /// An unplanned incident or planned maintenance (default `incident`).
    #[serde(default)]
    #[schemars(extend("x-candor-words" = "kind"))]
    pub(crate) kind: Option<String>,
    /// The headline readers see; plain text (on a bilingual site, one per language).
    pub(crate) title: RawText,
    /// How bad it is for customers (required for incidents).
    #[serde(default)]
    #[schemars(extend("x-candor-words" = "impact"))]
    pub(crate) impact: Option<String>,
    /// The named person accountable until it is resolved.
    pub(crate) owner: RawPerson,
    /// The component ids this affects, from `candor.yaml`.
    #[serde(default)]
    pub(crate) components: Vec<String>,
    /// When the problem began, with its offset, e.g. `2026-11-20T09:12:00Z` (incidents).
    #[serde(default)]
    pub(crate) started_at: Option<String>,
    /// The start of the maintenance window, e.g. `2026-11-28T02:00:00Z` (maintenance).
    #[serde(default)]
    pub(crate) scheduled_for: Option<String>,
    /// The end of the maintenance window (maintenance).
    #[serde(default)]
    pub(crate) scheduled_until: Option<String>,
    /// The timeline, oldest first.
    pub(crate) updates: Vec<RawUpdate>,
    /// A signed letter to customers, for resolved incidents.
    #[serde(default)]
    pub(crate) apology: Option<RawApology>,
    /// The post-incident review (markdown).
    #[serde(default)]
    pub(crate) postmortem: Option<RawText>,
    /// When the post-incident review was published (it gets its own feed entry).
    #[serde(default)]
    pub(crate) postmortem_published_at: Option<String>,
    /// Checked but not published: shown by `check`, `watch` and `serve`, left out of `build`.
    #[serde(default)]
    pub(crate) draft: bool,
}

/// A named person: a name, not a team.
#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawPerson {
    /// A person's full name, or their short name from `people:` (`md`).
    pub(crate) name: String,
    /// Their job title, so readers know who they are (on a site in more than one language,
    /// one per language).
    #[serde(default)]
    pub(crate) role: Option<RawText>,
    /// A person's own address, not a shared inbox.
    #[serde(default)]
    pub(crate) email: Option<String>,
}

/// One update of the timeline.
#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawUpdate {
    /// When it was posted, with its offset, e.g. `2026-11-20T09:20:00Z`.
    pub(crate) at: String,
    /// The status from this update on.
    // Its words depend on the file's `kind`: `model::schema` gives them by kind.
    pub(crate) status: String,
    /// Who wrote it: a person's name, or a short name from `people:`.
    pub(crate) author: String,
    /// Component id → state, from this update on, e.g. `{ checkout: major_outage }`.
    // A BTreeMap is fine because states are keyed, not ordered.
    #[serde(default)]
    #[schemars(extend("x-candor-words" = "component_state"))]
    pub(crate) components: BTreeMap<String, String>,
    /// When customers will hear next, e.g. `2026-11-20T09:50:00Z`.
    #[serde(default)]
    pub(crate) next_update_by: Option<String>,
    /// What customers can do meanwhile, in one line: the first thing the pages show.
    #[serde(default)]
    pub(crate) workaround: Option<RawText>,
    /// What readers need to know (markdown).
    pub(crate) body: RawText,
}

/// A signed letter to customers, on its own page.
#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawApology {
    /// Who signs the letter (not looked up in `people:`).
    pub(crate) author: RawPerson,
    /// The date on the letter, a time with its offset.
    pub(crate) published_at: String,
    /// The letter (markdown).
    pub(crate) body: RawText,
    /// What is offered to make it right.
    #[serde(default)]
    pub(crate) remedy: Vec<RawRemedy>,
    /// Written but not yet approved: checked, previewed, not published.
    #[serde(default)]
    pub(crate) draft: bool,
}

/// One thing offered to make it right.
#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawRemedy {
    /// What customers get; plain text.
    pub(crate) offer: RawText,
    /// Who gets it; plain text.
    pub(crate) eligible: RawText,
    /// `automatic`: nothing to do; `claim`: customers claim at `claim_url`.
    #[schemars(extend("x-candor-words" = "how"))]
    pub(crate) how: String,
    /// Where to claim (with `how: claim`): `https://…` or `mailto:…`.
    #[serde(default)]
    pub(crate) claim_url: Option<String>,
    /// The last day to claim or use the offer, `YYYY-MM-DD`.
    #[serde(default)]
    pub(crate) deadline: Option<String>,
    /// Whether customers have received it (default `issued` with `issued_at`, else `offered`).
    #[serde(default)]
    #[schemars(extend("x-candor-words" = "remedy_status"))]
    pub(crate) status: Option<String>,
    /// The date the remedy was paid out or sent (with `status: issued`).
    #[serde(default)]
    pub(crate) issued_at: Option<String>,
}
