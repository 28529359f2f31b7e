//! Atom, RSS and JSON Feed, for the whole site and per component. One entry per update (not
//! per incident: readers must see every update) and per published apology, newest first,
//! bounded, with ids that stay the same across rebuilds.

use bytes::Bytes;
use jiff::Timestamp;
use rayon::prelude::*;
use serde::Serialize;

use crate::derive::Outcome;
use crate::diagnostic::Diagnostic;
use crate::locale::Locale;
use crate::model::*;
use crate::render::memo::Shown;
use crate::render::view::component_url;
use crate::render::view::{IncidentView, UpdateView};
use crate::render::{Output, Prepared, Templates};
use crate::text;
use crate::text::escape_xml as escape;
use crate::tr;

/// One feed entry, built once and written in three formats.
#[derive(Debug, Clone)]
pub(crate) struct Entry {
    /// A `tag:` URI: stable across rebuilds and independent of the page layout.
    pub(crate) id: String,
    pub(crate) url: String,
    pub(crate) title: String,
    pub(crate) at: Timestamp,
    pub(crate) author: String,
    pub(crate) content_html: String,
    pub(crate) summary: String,
    /// Components of the incident, for per-component feeds and JSON Feed tags.
    pub(crate) components: Vec<String>,
}

/// `tag:status.acme.example,2026-11-20:card-payments-failing/update-3` (RFC 4151). The date
/// is the incident's start, so an id reused for a later incident never repeats an old tag.
fn tag(base_url: &str, inc: &IncidentView, what: &str) -> String {
    let host = crate::links::host(base_url);
    // The UTC date, so the tag does not change if the site's zone does.
    let date = inc.head.started.instant.strftime("%Y-%m-%d");
    format!("tag:{host},{date}:{}/{what}", inc.head.id)
}

fn update_entry(base: &str, l: &Locale, inc: &IncidentView, u: &UpdateView) -> Entry {
    let url = format!("{base}{}#{}", inc.head.url, u.anchor);
    let mut html = format!(
        "<p><strong>{}</strong> · {}</p>\n{}",
        escape(&u.heading_label()),
        escape(&u.at.full),
        u.body_html
    );
    // Whether this update kept the promise the one before it made: the same fact the page
    // shows, on every channel.
    let previous = inc.updates.iter().find(|p| p.number + 1 == u.number);
    if let Some(p) = previous.and_then(|p| p.promise.as_ref().map(|o| (p, o))) {
        let (prev, outcome) = p;
        // The full date: a feed entry is read days later, when "today" would mislead.
        let by = prev.next_update_by.as_ref().map_or("", |t| t.full.as_str());
        match (outcome.fact, &outcome.late_by) {
            (Outcome::Missed { .. }, Some(late)) => {
                let said = tr!(l, "promise-came-late", late = late.as_str(), by = by);
                html.push_str(&format!("<p>{}</p>\n", escape(&said)))
            }
            (Outcome::Kept, _) => {
                let said = tr!(l, "promise-kept", by = by);
                html.push_str(&format!("<p>{}</p>\n", escape(&said)))
            }
            _ => {}
        }
    }
    if !u.changes.is_empty() {
        html.push_str("<ul>");
        for c in &u.changes {
            html.push_str(&format!(
                "<li>{}: {}</li>",
                escape(&c.name),
                escape(&c.state_label)
            ));
        }
        html.push_str("</ul>\n");
    }
    if let Some(next) = &u.next_update_by {
        let said = tr!(l, "next-update-by", when = next.full.as_str());
        html.push_str(&format!("<p>{}</p>\n", escape(&said)));
    }
    html.push_str(&signature(l, &u.author, &format!("{base}{}", inc.head.url)));
    Entry {
        id: tag(base, inc, &u.anchor),
        url,
        title: tr!(
            l,
            "entry-update-title",
            status = u.heading_label(),
            title = inc.head.title.as_str()
        ),
        at: u.at.instant,
        author: u.author.clone(),
        summary: crate::render::markdown::plain_from_html_len(&u.body_html, 300),
        content_html: html,
        components: inc.components.iter().map(|c| c.id.clone()).collect(),
    }
}

/// "— Priya Raman · Full timeline": who wrote it, and the incident's page.
fn signature(l: &Locale, author: &str, url: &str) -> String {
    format!(
        "<p>— {} · <a href=\"{}\">{}</a></p>\n",
        escape(author),
        escape(url),
        escape(&tr!(l, "full-timeline"))
    )
}

fn apology_entry(base: &str, l: &Locale, inc: &IncidentView) -> Option<Entry> {
    let a = inc.apology.as_ref()?;
    let url = format!("{base}{}", a.url);
    let mut html = a.body_html.clone();
    if !a.remedy.is_empty() {
        let heading = tr!(l, "making-it-right");
        html.push_str(&format!("<p><strong>{}</strong></p><ul>", escape(&heading)));
        for m in &a.remedy {
            let how = match &m.claim_url {
                Some(u) if m.how == "claim" => {
                    let link = format!("<a href=\"{}\">{}</a>", escape(u), escape(u));
                    escape(&tr!(l, "remedy-claim-at", link = "\u{1}")).replace('\u{1}', &link)
                }
                _ => escape(&tr!(l, "remedy-automatic")),
            };
            let when = match (&m.issued, &m.deadline) {
                (Some(i), _) => tr!(l, "remedy-issued-on", date = i.display.as_str()),
                (None, Some(d)) => tr!(l, "remedy-by", date = d.display.as_str()),
                (None, None) => String::new(),
            };
            let item = tr!(
                l,
                "remedy-line",
                offer = m.offer.as_str(),
                eligible = m.eligible.as_str(),
                how = "\u{1}",
                when = when
            );
            html.push_str(&format!(
                "<li>{}</li>",
                escape(&item).replace('\u{1}', &how)
            ));
        }
        html.push_str("</ul>\n");
    }
    let role = a
        .author
        .role
        .as_ref()
        .map(|r| format!(", {}", escape(r)))
        .unwrap_or_default();
    html.push_str(&format!("<p>— {}{role}</p>\n", escape(&a.author.name)));
    Some(Entry {
        id: tag(base, inc, "apology"),
        url,
        title: tr!(l, "entry-apology-title", title = inc.head.title.as_str()),
        at: a.published.instant,
        author: a.author.name.clone(),
        summary: crate::render::markdown::plain_from_html_len(&a.body_html, 300),
        content_html: html,
        components: inc.components.iter().map(|c| c.id.clone()).collect(),
    })
}

/// What an entry is about, before its content is built.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
enum What {
    /// An update, by its index in the incident's updates (oldest first).
    Update(usize),
    Apology,
    Postmortem,
}

#[derive(Debug, Clone, Copy)]
struct Key {
    at: Timestamp,
    /// Index into the site's incidents.
    incident: usize,
    what: What,
}

fn postmortem_entry(base: &str, l: &Locale, inc: &IncidentView) -> Option<Entry> {
    let html = inc.postmortem_html.as_ref()?;
    let published = inc.postmortem_published.as_ref()?;
    Some(Entry {
        id: tag(base, inc, "postmortem"),
        url: format!("{base}{}#postmortem", inc.head.url),
        title: tr!(l, "entry-review-title", title = inc.head.title.as_str()),
        at: published.instant,
        author: inc.owner.name.clone(),
        summary: crate::render::markdown::plain_from_html_len(html, 300),
        content_html: format!(
            "{html}{}",
            signature(l, &inc.owner.name, &format!("{base}{}", inc.head.url))
        ),
        components: inc.components.iter().map(|c| c.id.clone()).collect(),
    })
}

/// The newest `max` entries of each feed as cheap keys, newest first: the site's feed
/// (first) and each component's, in the order of `candor.yaml`. Content is built only for
/// the few that make it into a feed. One pass over the history keeps a bounded heap per feed,
/// so nothing is sorted whole and no feed scans the history again. Entries dated after "now"
/// (an apology scheduled for tomorrow) wait for a build after that time.
fn newest(site: &Site, now: Timestamp, max: usize) -> Vec<Vec<Key>> {
    use std::collections::BinaryHeap;
    let feed_of: std::collections::HashMap<&str, usize> = site
        .config
        .components
        .iter()
        .enumerate()
        .map(|(n, c)| (c.id.as_str(), n + 1))
        .collect();
    let mut heaps: Vec<BinaryHeap<Key>> = vec![BinaryHeap::new(); feed_of.len() + 1];
    let mut feeds: Vec<usize> = Vec::new();
    for (i, inc) in site.incidents.iter().enumerate() {
        feeds.clear();
        feeds.push(0);
        feeds.extend(
            inc.components
                .iter()
                .filter_map(|c| feed_of.get(c.as_str())),
        );
        feeds.sort_unstable();
        feeds.dedup();
        // Once its feeds are full of newer entries, an incident is passed over without
        // reading its updates (they are in order: the last is the newest): most of a long
        // history is.
        let newest = inc
            .updates
            .last()
            .map(|u| u.at)
            .max(inc.apology.as_ref().map(|a| a.published_at))
            .max(inc.postmortem_published_at);
        let too_old = |f: &usize| {
            let heap = &heaps[*f];
            heap.len() >= max && heap.peek().is_some_and(|worst| newest < Some(worst.at))
        };
        if feeds.iter().all(too_old) {
            continue;
        }
        let updates = inc.updates.iter().enumerate().map(|(j, u)| Key {
            at: u.at,
            incident: i,
            what: What::Update(j),
        });
        let apology = inc.apology.as_ref().map(|a| Key {
            at: a.published_at,
            incident: i,
            what: What::Apology,
        });
        let review = inc.postmortem_published_at.map(|at| Key {
            at,
            incident: i,
            what: What::Postmortem,
        });
        for key in updates.chain(apology).chain(review) {
            if key.at > now || max == 0 {
                continue;
            }
            for &f in &feeds {
                let heap = &mut heaps[f];
                if heap.len() < max {
                    heap.push(key);
                } else if heap.peek().is_some_and(|worst| key < *worst) {
                    heap.pop();
                    heap.push(key);
                }
            }
        }
    }
    heaps.into_iter().map(BinaryHeap::into_sorted_vec).collect()
}

/// Keys order as their entries appear in a feed: newest first. Ties (two updates in the same
/// second) fall back to the site's order of incidents (itself by start, then id) and the
/// update, so the order never varies between builds.
impl Ord for Key {
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        other
            .at
            .cmp(&self.at)
            .then_with(|| self.incident.cmp(&other.incident))
            .then_with(|| other.what_rank().cmp(&self.what_rank()))
    }
}

impl PartialOrd for Key {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl PartialEq for Key {
    fn eq(&self, other: &Self) -> bool {
        self.cmp(other).is_eq()
    }
}

impl Eq for Key {}

impl Key {
    fn what_rank(&self) -> usize {
        match self.what {
            What::Update(j) => j,
            What::Apology => usize::MAX - 1,
            What::Postmortem => usize::MAX,
        }
    }
}

fn entry(p: &Prepared, key: &Key) -> Entry {
    let view = p.view(key.incident);
    let (base, l) = (&p.site.base_url, &*p.clock.locale);
    let e = match key.what {
        // Views list updates newest first.
        What::Update(j) => update_entry(base, l, &view, &view.updates[view.updates.len() - 1 - j]),
        What::Apology => apology_entry(base, l, &view).expect("key made from an apology"),
        What::Postmortem => postmortem_entry(base, l, &view).expect("key made from a review"),
    };
    e.scrubbed()
}

impl Entry {
    /// The entry without characters no feed can carry (`check` refuses them; each writer
    /// holds by itself), and with its title and author on one line, as feed readers show them.
    fn scrubbed(self) -> Entry {
        Entry {
            title: text::one_line(&self.title),
            author: text::one_line(&self.author),
            summary: text::scrubbed(self.summary),
            content_html: text::scrubbed(self.content_html),
            ..self
        }
    }
}

/// A feed's identity: where it lives and what it is called.
#[derive(Hash)]
struct FeedMeta {
    /// Path inside the site, ending in `/` (or empty for the root).
    dir: String,
    title: String,
    description: String,
    /// The page the feed is about.
    home: String,
    /// The WebSub hub readers may subscribe at (`notify.hub()`), named in Atom and RSS.
    hub: Option<String>,
    /// Whether this is the site's own feed, which is also written at the paths Statuspage
    /// uses (`history.atom`, `history.rss`), so readers moving from it keep their subscription.
    site: bool,
}

/// The files of one feed: each name with the format written there. The site's feed is also
/// written at Statuspage's paths; every document names its own address as its self link.
fn documents(site: bool) -> &'static [(&'static str, Format)] {
    const COMPONENT: &[(&str, Format)] =
        &[("feed.atom", atom), ("feed.rss", rss), ("feed.json", json)];
    const SITE: &[(&str, Format)] = &[
        ("feed.atom", atom),
        ("feed.rss", rss),
        ("feed.json", json),
        ("history.atom", atom),
        ("history.rss", rss),
    ];
    if site { SITE } else { COMPONENT }
}

/// The Atom and RSS documents an entry about `components` appears in, absolute: the site's
/// and each component's. What a WebSub hub is told changed (the JSON Feed is not a WebSub
/// topic); from the same list the feeds are written by, so the two cannot drift apart.
pub(crate) fn websub_topics(base: &str, components: &[String]) -> Vec<String> {
    let dirs = std::iter::once((String::new(), true))
        .chain(components.iter().map(|c| (component_url(c), false)));
    dirs.flat_map(|(dir, site)| {
        documents(site)
            .iter()
            .filter(|(name, _)| !name.ends_with(".json"))
            .map(move |(name, _)| format!("{base}{dir}{name}"))
    })
    .collect()
}

pub(crate) fn render(p: &Prepared, _: &Templates, out: &mut Output) -> Result<(), Diagnostic> {
    let site = p.model;
    let base = &p.site.base_url;
    let mut newest = newest(site, p.now, site.config.feed_entries).into_iter();
    let hub = site.config.notify.hub().map(str::to_string);
    let mut feeds: Vec<(FeedMeta, Vec<Key>)> = vec![(
        FeedMeta {
            dir: String::new(),
            title: text::one_line(&site.config.title),
            description: text::scrubbed(site.config.description.clone().unwrap_or_else(|| {
                tr!(
                    site.config.locale,
                    "feed-description",
                    site = site.config.title.as_str()
                )
            })),
            home: base.clone(),
            hub: hub.clone(),
            site: true,
        },
        newest.next().unwrap_or_default(),
    )];
    for (c, picked) in site.config.components.iter().zip(newest) {
        let meta = FeedMeta {
            dir: component_url(&c.id),
            title: text::one_line(&tr!(
                site.config.locale,
                "feed-component-title",
                component = c.name.as_str(),
                site = site.config.title.as_str()
            )),
            description: text::one_line(&tr!(
                site.config.locale,
                "feed-component-description",
                component = c.name.as_str()
            )),
            home: base.clone(),
            hub: hub.clone(),
            site: false,
        };
        feeds.push((meta, picked));
    }
    // Each feed is written again only when its entries or its identity changed (`watch`);
    // the entries' content is built only for a feed that is written.
    let files: Vec<(std::sync::Arc<str>, Bytes)> = feeds
        .par_iter()
        .flat_map_iter(|(meta, picked)| {
            let ids: Vec<usize> = picked.iter().map(|k| k.incident).collect();
            let whats: Vec<What> = picked.iter().map(|k| k.what).collect();
            let mut entries: Option<Vec<Entry>> = None;
            documents(meta.site)
                .iter()
                .map(|&(name, write)| {
                    let path = format!("{}{name}", meta.dir);
                    let shown = Shown {
                        incidents: &ids,
                        rest: (&whats, meta),
                    };
                    let bytes = p
                        .memoized(
                            &path,
                            shown,
                            |Shown {
                                 rest: (_, meta), ..
                             }| {
                                let entries = entries.get_or_insert_with(|| {
                                    picked.iter().map(|k| entry(p, k)).collect()
                                });
                                let doc = Doc {
                                    meta,
                                    self_url: &format!("{base}{path}"),
                                };
                                Ok::<_, std::convert::Infallible>(Bytes::from(write(
                                    p, &doc, entries,
                                )))
                            },
                        )
                        .unwrap_or_else(|never| match never {});
                    (path.into(), bytes)
                })
                .collect::<Vec<_>>()
        })
        .collect();
    out.extend(files);
    Ok(())
}

/// One feed document: the feed, and the address of the file being written (its self link).
struct Doc<'a> {
    meta: &'a FeedMeta,
    self_url: &'a str,
}

/// Writes one feed in one format.
type Format = fn(&Prepared, &Doc, &[Entry]) -> Vec<u8>;

pub(crate) fn rfc3339(t: Timestamp) -> String {
    t.strftime("%Y-%m-%dT%H:%M:%SZ").to_string()
}

/// The feed's own date: its newest entry, so an unchanged feed keeps the same bytes.
fn feed_updated(p: &Prepared, entries: &[Entry]) -> Timestamp {
    entries.first().map_or(p.now, |e| e.at)
}

fn atom(p: &Prepared, doc: &Doc, entries: &[Entry]) -> Vec<u8> {
    use atom_syndication::{Content, Entry as AEntry, Feed, FixedDateTime, Link, Person, Text};
    let date =
        |t: Timestamp| FixedDateTime::parse_from_rfc3339(&rfc3339(t)).expect("rfc3339 parses");
    let (meta, self_url) = (doc.meta, doc.self_url.to_string());
    let link = |href: &str, rel: &str, mime: Option<&str>| Link {
        href: href.to_string(),
        rel: rel.to_string(),
        mime_type: mime.map(str::to_string),
        ..Default::default()
    };
    let feed = Feed {
        id: self_url.clone(),
        title: Text::plain(meta.title.clone()),
        subtitle: Some(Text::plain(meta.description.clone())),
        updated: date(feed_updated(p, entries)),
        links: [
            Some(link(&self_url, "self", Some("application/atom+xml"))),
            Some(link(&meta.home, "alternate", Some("text/html"))),
            // WebSub discovery (W3C WebSub §4): the hub beside the self link.
            meta.hub.as_deref().map(|hub| link(hub, "hub", None)),
        ]
        .into_iter()
        .flatten()
        .collect(),
        lang: Some(p.site.language.clone()),
        generator: Some(atom_syndication::Generator {
            value: super::GENERATOR.to_string(),
            uri: None,
            version: Some(super::GENERATOR_VERSION.to_string()),
        }),
        entries: entries
            .iter()
            .map(|e| AEntry {
                id: e.id.clone(),
                title: Text::plain(e.title.clone()),
                updated: date(e.at),
                published: Some(date(e.at)),
                authors: vec![Person {
                    name: e.author.clone(),
                    ..Default::default()
                }],
                links: vec![link(&e.url, "alternate", Some("text/html"))],
                summary: Some(Text::plain(e.summary.clone())),
                content: Some(Content {
                    value: Some(e.content_html.clone()),
                    content_type: Some("html".into()),
                    ..Default::default()
                }),
                ..Default::default()
            })
            .collect(),
        ..Default::default()
    };
    xml_bytes(feed.to_string())
}

/// A serialised feed as bytes, without any character XML 1.0 cannot carry: the crates escape
/// markup but pass control characters through, and one of them makes the whole feed
/// unreadable. Dropping a character from serialised XML cannot make markup, so this one pass
/// covers every field, present and future.
fn xml_bytes(xml: String) -> Vec<u8> {
    let mut xml = text::scrubbed(xml).into_bytes();
    xml.push(b'\n');
    xml
}

fn rfc822(t: Timestamp) -> String {
    jiff::fmt::rfc2822::to_string(&t.to_zoned(jiff::tz::TimeZone::UTC)).expect("formats")
}

fn rss(p: &Prepared, doc: &Doc, entries: &[Entry]) -> Vec<u8> {
    use rss::extension::atom::{AtomExtension, Link};
    use rss::extension::dublincore::DublinCoreExtension;
    use rss::{Channel, Guid, Item};
    let meta = doc.meta;
    let link = |href: &str, rel: &str, mime: Option<&str>| Link {
        href: href.to_string(),
        rel: rel.to_string(),
        mime_type: mime.map(str::to_string),
        ..Default::default()
    };
    let channel = Channel {
        title: meta.title.clone(),
        link: meta.home.clone(),
        description: meta.description.clone(),
        language: Some(p.site.language.clone()),
        last_build_date: Some(rfc822(feed_updated(p, entries))),
        generator: Some(format!("{} {}", super::GENERATOR, super::GENERATOR_VERSION)),
        atom_ext: Some(AtomExtension {
            links: [
                Some(link(doc.self_url, "self", Some("application/rss+xml"))),
                meta.hub.as_deref().map(|hub| link(hub, "hub", None)),
            ]
            .into_iter()
            .flatten()
            .collect(),
        }),
        items: entries
            .iter()
            .map(|e| Item {
                title: Some(e.title.clone()),
                link: Some(e.url.clone()),
                description: Some(e.content_html.clone()),
                // RSS's <author> wants an email; Dublin Core's creator carries a plain name.
                dublin_core_ext: Some(DublinCoreExtension {
                    creators: vec![e.author.clone()],
                    ..Default::default()
                }),
                guid: Some(Guid {
                    value: e.id.clone(),
                    permalink: false,
                }),
                pub_date: Some(rfc822(e.at)),
                ..Default::default()
            })
            .collect(),
        ..Default::default()
    };
    xml_bytes(channel.to_string())
}

#[derive(Serialize)]
struct JsonFeed<'a> {
    version: &'static str,
    title: &'a str,
    home_page_url: &'a str,
    feed_url: String,
    description: &'a str,
    language: &'a str,
    /// The WebSub hub, as JSON Feed 1.1 names it.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    hubs: Vec<JsonHub<'a>>,
    items: Vec<JsonItem<'a>>,
}

#[derive(Serialize)]
struct JsonHub<'a> {
    #[serde(rename = "type")]
    kind: &'static str,
    url: &'a str,
}

#[derive(Serialize)]
struct JsonItem<'a> {
    id: &'a str,
    url: &'a str,
    title: &'a str,
    content_html: &'a str,
    summary: &'a str,
    date_published: String,
    authors: [JsonAuthor<'a>; 1],
    tags: &'a [String],
}

#[derive(Serialize)]
struct JsonAuthor<'a> {
    name: &'a str,
}

fn json(p: &Prepared, doc: &Doc, entries: &[Entry]) -> Vec<u8> {
    let meta = doc.meta;
    let feed = JsonFeed {
        version: "https://jsonfeed.org/version/1.1",
        title: &meta.title,
        home_page_url: &meta.home,
        feed_url: doc.self_url.to_string(),
        description: &meta.description,
        language: &p.site.language,
        hubs: (meta.hub.iter())
            .map(|url| JsonHub {
                kind: "WebSub",
                url,
            })
            .collect(),
        items: entries
            .iter()
            .map(|e| JsonItem {
                id: &e.id,
                url: &e.url,
                title: &e.title,
                content_html: &e.content_html,
                summary: &e.summary,
                date_published: rfc3339(e.at),
                authors: [JsonAuthor { name: &e.author }],
                tags: &e.components,
            })
            .collect(),
    };
    let mut bytes = serde_json::to_vec_pretty(&feed).expect("feeds serialise");
    bytes.push(b'\n');
    bytes
}
