//! Every channel a customer may follow: pages, feeds, the Statuspage-compatible API, badges,
//! the maintenance calendar and the embed. All read the same prepared model, in the same build,
//! so they never disagree.

pub mod announce;
pub mod api;
pub mod badge;
pub mod calendar;
pub mod embed;
pub mod feeds;
pub mod pages;

use jiff::Timestamp;
use rayon::prelude::*;
use tera::{Tera, Value};

use crate::derive::indicator;
use crate::diagnostic::Diagnostic;
use crate::model::Site;
use crate::output::Output;
use crate::theme::Theme;
use crate::time::Clock;
use crate::view::{IncidentView, RowView, SiteView, incident_view, row_view};

/// Everything the channels of one build share, computed once. Full incident views (with
/// rendered markdown) are not kept for every incident: each is built where it is shown, so
/// memory stays bounded by what one page needs, not by the length of the history.
pub struct Prepared<'a> {
    pub model: &'a Site,
    pub clock: Clock,
    pub now: Timestamp,
    pub site: SiteView,
    /// Each incident as a list row, in the site's order (newest first).
    pub row_views: Vec<RowView>,
    /// The same rows as template values (cheap to clone: reference-counted).
    pub rows: Vec<Value>,
}

pub fn prepare(site: &Site, now: Timestamp) -> Prepared<'_> {
    let clock = Clock::new(site.config.timezone.clone());
    let row_views: Vec<RowView> = site
        .incidents
        .par_iter()
        .map(|i| row_view(i, &clock, now))
        .collect();
    let rows = row_views.par_iter().map(Value::from_serializable).collect();
    let c = &site.config;
    Prepared {
        model: site,
        site: SiteView {
            title: c.title.clone(),
            description: c.description.clone(),
            base_url: c.base_url.clone(),
            language: c.language.clone(),
            timezone: c.timezone_name.clone(),
            contact: c.contact.clone(),
            indicator: indicator(site).into(),
            now: clock.view(now),
            promise_grace: c.promises.grace.as_secs(),
            live_script: c.promises.script,
            ledger_90d: crate::view::LedgerView::new(&crate::derive::site_ledger(
                site,
                now,
                c.promises.grace,
                90,
            )),
        },
        clock,
        now,
        row_views,
        rows,
    }
}

/// Incident pages of the previous build, kept by `watch` so a save re-renders only the
/// incidents that changed. An entry is reused only while everything its pages are made from
/// is the same: the incident itself, and the config, site header, theme and "now".
#[derive(Debug, Default)]
pub struct PageCache {
    /// Hash of what every page shares; a change empties the cache.
    shared: u64,
    /// Incident id → (hash of the incident, its pages).
    pages: std::collections::HashMap<String, pages::CachedPages>,
}

fn hash_of(parts: &[&[u8]]) -> u64 {
    use std::hash::{Hash, Hasher};
    // In memory only, within one process: any stable hasher will do.
    let mut h = std::collections::hash_map::DefaultHasher::new();
    for p in parts {
        p.hash(&mut h);
    }
    h.finish()
}

/// Renders every channel into memory.
pub fn render(
    site: &Site,
    tera: &Tera,
    theme: &Theme,
    now: Timestamp,
) -> Result<Output, Diagnostic> {
    // A one-shot build neither reads nor fills a cache: keeping a copy of every page would
    // only cost memory and the hashing CPU.
    render_with(site, tera, theme, now, None)
}

/// `render`, reusing the incident pages in `cache` that nothing has changed, and leaving the
/// new ones there for next time.
pub fn render_cached(
    site: &Site,
    tera: &Tera,
    theme: &Theme,
    now: Timestamp,
    cache: &mut PageCache,
) -> Result<Output, Diagnostic> {
    render_with(site, tera, theme, now, Some(cache))
}

fn render_with(
    site: &Site,
    tera: &Tera,
    theme: &Theme,
    now: Timestamp,
    cache: Option<&mut PageCache>,
) -> Result<Output, Diagnostic> {
    let p = prepare(site, now);
    let mut out = Output::default();
    let pages_cache = cache.map(|cache| {
        let shared = hash_of(&[
            format!("{:?}", site.config).as_bytes(),
            &serde_json::to_vec(&p.site).expect("views serialise"),
            now.to_string().as_bytes(),
            &theme
                .files
                .iter()
                .flat_map(|f| f.bytes.iter().copied())
                .collect::<Vec<u8>>(),
        ]);
        if cache.shared != shared {
            *cache = PageCache {
                shared,
                pages: Default::default(),
            };
        }
        &mut cache.pages
    });
    pages::render(site, tera, theme, &p, &mut out, pages_cache)?;
    feeds::render(site, &p, &mut out);
    api::render(site, &p, &mut out);
    badge::render(site, &p, &mut out);
    calendar::render(site, &p, &mut out);
    embed::render(site, tera, theme, &p, &mut out)?;
    Ok(out)
}

impl Prepared<'_> {
    /// The full view of incident `i`: its timeline with rendered markdown, promises, apology.
    pub fn view(&self, i: usize) -> IncidentView {
        incident_view(
            &self.model.incidents[i],
            &self.model.config,
            &self.clock,
            self.now,
        )
    }

    /// The full view of incident `i` as a template value, for the pages that show it whole.
    pub fn value(&self, i: usize) -> Value {
        Value::from_serializable(&self.view(i))
    }
}
