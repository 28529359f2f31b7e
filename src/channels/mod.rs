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

// Keyed by incident id and page path, looked up thousands of times per `watch` rebuild: a
// fast hasher (the keys come from the user's own files).
use foldhash::HashMap;
use std::sync::{Arc, OnceLock};

use bytes::Bytes;
use jiff::Timestamp;
use rayon::prelude::*;
use tera::{Tera, Value};

use crate::derive::indicator;
use crate::diagnostic::Diagnostic;
use crate::input::theme::Theme;
use crate::model::{Incident, Site};
use crate::render::Output;
use crate::render::view::{IncidentView, LedgerView, RowView, SiteView, incident_view, row_view};
use crate::time::Clock;

/// Everything the channels of one build share, computed once. Full incident views (with
/// rendered markdown) are not kept for every incident: each is built where it is shown, so
/// memory stays bounded by what one page needs, not by the length of the history.
pub struct Prepared<'a> {
    pub model: &'a Site,
    pub clock: Clock,
    pub now: Timestamp,
    pub site: SiteView,
    /// `site` as incident and apology pages see it: without the page indicator, so a change
    /// of the site's overall state (the first incident of an outage) does not make `watch`
    /// render every incident page again. Those pages show their own incident's state.
    pub page_site: Value,
    /// Kept and broken promises over the last 90 days, site-wide (the history page shows it).
    pub ledger_90d: Option<LedgerView>,
    /// Each incident as a list row, in the site's order (newest first).
    pub row_views: Vec<Arc<RowView>>,
    /// The same rows as template values (cheap to clone: reference-counted).
    pub rows: Vec<Value>,
    /// Full views built for the feeds, the API and the index, kept for the rest of the build
    /// (and by `watch`, for the next one). Views built for an incident's own page are not
    /// kept, so memory does not grow with the history.
    views: Vec<OnceLock<Arc<IncidentView>>>,
    /// Each component's current state (index, component pages, badges, API).
    pub states: std::collections::BTreeMap<String, crate::model::ComponentState>,
    /// Each incident's generation: the same number across `watch` rebuilds while the incident
    /// is unchanged, so a page that lists incidents can tell it would come out the same.
    pub gens: Vec<u64>,
    /// The pages of each incident `watch`'s cache already had (unchanged incidents), taken
    /// with its row in the one look-up per incident; `None` for those to render.
    kept_pages: Vec<Option<pages::IncidentPages>>,
    /// Files of the previous build with the key they were made from (`watch` only).
    files_before: Option<HashMap<String, (u64, Bytes)>>,
    files_now: std::sync::Mutex<HashMap<String, (u64, Bytes)>>,
}

pub fn prepare(site: &Site, now: Timestamp) -> Prepared<'_> {
    prepare_with(site, now, None)
}

/// `prepare`; in `watch`, with its cache and the theme: the rows, views and generations of
/// unchanged incidents come from the cache, which is emptied first when anything every page
/// shares (config, site header, theme, "now") changed.
fn prepare_with<'a>(
    site: &'a Site,
    now: Timestamp,
    cache: Option<(&mut RenderCache, &Theme)>,
) -> Prepared<'a> {
    let (site_view, ledger_90d, clock) = site_view(site, now);
    let page_site_json = page_site_json(&site_view);
    let mut cache = cache.map(|(cache, theme)| {
        let shared = hash_of(&[
            format!("{:?}", site.config).as_bytes(),
            page_site_json.to_string().as_bytes(),
            now.to_string().as_bytes(),
            &theme.fingerprint().to_le_bytes(),
        ]);
        if cache.shared != shared {
            *cache = RenderCache {
                shared,
                next_gen: cache.next_gen,
                ..RenderCache::default()
            };
        }
        cache
    });
    let next_gen = cache.as_ref().map_or(0, |c| c.next_gen);
    let memos = cache.as_deref().map(|c| &c.incidents);
    type Rows = (Vec<Arc<RowView>>, Vec<Value>);
    type Kept = (
        (Vec<OnceLock<Arc<IncidentView>>>, Vec<u64>),
        Vec<Option<pages::IncidentPages>>,
    );
    let ((row_views, rows), ((views, gens), kept_pages)): (Rows, Kept) = site
        .incidents
        .par_iter()
        .enumerate()
        .map(|(n, i)| match memos.and_then(|m| memo(m, i)) {
            Some(m) => (
                (m.row_view.clone(), m.row.clone()),
                (
                    (
                        m.view.clone().map(OnceLock::from).unwrap_or_default(),
                        m.generation,
                    ),
                    Some(m.pages.clone()),
                ),
            ),
            None => {
                let view = Arc::new(row_view(i, &clock, now));
                let value = Value::from_serializable(&*view);
                (
                    (view, value),
                    ((OnceLock::new(), next_gen + n as u64), None),
                )
            }
        })
        .unzip();
    let files_before = cache.as_mut().map(|c| {
        // Generations are never reused: the next build numbers its new incidents after these.
        c.next_gen += site.incidents.len() as u64;
        std::mem::take(&mut c.files)
    });
    Prepared {
        model: site,
        states: crate::derive::component_states(site),
        page_site: Value::from_serializable(&page_site_json),
        site: site_view,
        ledger_90d,
        clock,
        now,
        row_views,
        rows,
        views,
        gens,
        kept_pages,
        files_before,
        files_now: Default::default(),
    }
}

/// The memo of `inc`, if it is of this very incident (an unchanged file keeps its `Arc`).
fn memo<'c>(memos: &'c HashMap<String, Memo>, inc: &Arc<Incident>) -> Option<&'c Memo> {
    memos.get(&inc.id).filter(|m| Arc::ptr_eq(&m.incident, inc))
}

/// The site view without its indicator (see `Prepared::page_site`), as JSON (whose maps are
/// ordered, so the same view always gives the same bytes).
fn page_site_json(view: &SiteView) -> serde_json::Value {
    let mut json = serde_json::to_value(view).expect("views serialise");
    if let Some(map) = json.as_object_mut() {
        map.remove("indicator");
    }
    json
}

fn site_view(site: &Site, now: Timestamp) -> (SiteView, Option<LedgerView>, Clock) {
    let clock = Clock::new(site.config.timezone.clone());
    let c = &site.config;
    let view = SiteView {
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
    };
    let ledger = LedgerView::new(&crate::derive::site_ledger(site, now, c.promises.grace, 90));
    (view, ledger, clock)
}

/// What `watch` keeps of the previous rendering, so a save re-renders only the incidents that
/// changed: each incident's list row and pages, reused while the incident is the very same
/// (an unchanged file keeps its `Arc<Incident>` across rebuilds) and everything its pages
/// share (config, site header, theme, "now") is unchanged.
#[derive(Debug, Default)]
pub struct RenderCache {
    /// Hash of what every page shares; a change empties the cache.
    shared: u64,
    incidents: HashMap<String, Memo>,
    /// Pages that list many incidents, by path, with the key of what they were made from.
    files: HashMap<String, (u64, Bytes)>,
    /// The next incident generation to hand out.
    next_gen: u64,
}

#[derive(Debug)]
struct Memo {
    incident: Arc<Incident>,
    generation: u64,
    row_view: Arc<RowView>,
    row: Value,
    view: Option<Arc<IncidentView>>,
    pages: pages::IncidentPages,
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

/// How a rendering keeps what it makes.
pub enum Mode<'a> {
    /// Everything in memory (tests, `announce`).
    Memory,
    /// `watch`: everything in memory, reusing from `cache` the incident rows and pages nothing
    /// has changed, and leaving the new ones there for next time.
    Cached(&'a mut RenderCache),
    /// `build`: each incident page goes to `emit` as soon as it is rendered and is not kept,
    /// so memory does not grow with the history; the rest of the site is returned.
    Stream(&'a (dyn Fn(&str, &[u8]) + Sync)),
}

/// Renders every channel (see `Mode` for where the incident pages go).
pub fn render_with(
    site: &Site,
    tera: &Tera,
    theme: &Theme,
    now: Timestamp,
    mode: Mode,
) -> Result<Output, Diagnostic> {
    let cache = match mode {
        Mode::Cached(cache) => cache,
        Mode::Memory | Mode::Stream(_) => {
            let p = prepare(site, now);
            let sink = match mode {
                Mode::Stream(emit) => pages::Sink::Emit(emit),
                _ => pages::Sink::Keep(&|_| false),
            };
            let (mut out, pages) = render_all(site, tera, theme, &p, sink)?;
            // Empty lists when streamed.
            out.extend(pages.into_iter().flatten());
            return Ok(out);
        }
    };
    let mut t = crate::timings::Phases::start("render");
    let mut p = prepare_with(site, now, Some((&mut *cache, theme)));
    t.mark("header and rows");
    let kept = |i: usize| p.kept_pages[i].is_some();
    let (mut out, pages) = render_all(site, tera, theme, &p, pages::Sink::Keep(&kept))?;
    t.mark("pages, feeds, api, badges, calendar, embed");
    // The pages go into the site, and the memos are updated in place, only where something
    // is new: at 10,000 incidents, building the map anew (or even looking every incident up
    // in it) cost more than the rendering a save needs.
    let kept_pages = std::mem::take(&mut p.kept_pages);
    let mut stale = Vec::new();
    for (i, ((inc, pages), kept)) in site.incidents.iter().zip(pages).zip(kept_pages).enumerate() {
        let view = p.views[i].get();
        if let Some(pages) = kept {
            // Unchanged, and its pages are the memo's (shared); keep a full view built now.
            if let Some(view) = view
                && let Some(m) = cache.incidents.get_mut(inc.id.as_str())
                && m.view.is_none()
            {
                m.view = Some(view.clone());
            }
            out.extend(pages);
            continue;
        }
        out.extend(pages.iter().cloned());
        let memo = Memo {
            incident: inc.clone(),
            generation: p.gens[i],
            row_view: p.row_views[i].clone(),
            row: p.rows[i].clone(),
            view: view.cloned(),
            pages,
        };
        if let Some(old) = cache.incidents.insert(inc.id.clone(), memo) {
            stale.push(old.pages);
        }
    }
    if cache.incidents.len() != site.incidents.len() {
        // Incidents gone (their ids are unique: anything else is an error, and not built).
        let ids: std::collections::HashSet<&str> =
            site.incidents.iter().map(|i| i.id.as_str()).collect();
        cache.incidents.retain(|id, _| ids.contains(id.as_str()));
    }
    // Freeing thousands of small buffers is not what the next page is waiting for.
    rayon::spawn(move || drop(stale));
    cache.files = p.files_now.into_inner().unwrap_or_else(|e| e.into_inner());
    Ok(out)
}

/// Every channel; the incident pages go to `sink` and are returned apart. The pages and the
/// other channels are independent, so they render side by side: in `watch` each half is a
/// few dozen milliseconds of mostly serial work.
fn render_all(
    site: &Site,
    tera: &Tera,
    theme: &Theme,
    p: &Prepared,
    sink: pages::Sink,
) -> Result<(Output, Vec<pages::IncidentPages>), Diagnostic> {
    let (pages, rest) = rayon::join(
        || {
            let mut out = Output::default();
            pages::render(site, tera, theme, p, &mut out, sink).map(|pages| (out, pages))
        },
        || render_rest(site, tera, theme, p, Output::default()),
    );
    let (mut out, pages) = pages?;
    out.extend(rest?.files);
    Ok((out, pages))
}

/// Every channel but the pages.
fn render_rest(
    site: &Site,
    tera: &Tera,
    theme: &Theme,
    p: &Prepared,
    mut out: Output,
) -> Result<Output, Diagnostic> {
    let mut t = crate::timings::Phases::start("channels");
    feeds::render(site, p, &mut out);
    t.mark("feeds");
    api::render(site, p, &mut out);
    t.mark("api");
    badge::render(site, p, &mut out);
    calendar::render(site, p, &mut out);
    embed::render(site, tera, theme, p, &mut out)?;
    t.mark("badges, calendar, embed");
    Ok(out)
}

impl Prepared<'_> {
    /// The full view of incident `i`: its timeline with rendered markdown, promises, apology.
    pub fn view(&self, i: usize) -> Arc<IncidentView> {
        self.views[i]
            .get_or_init(|| Arc::new(self.build_view(i)))
            .clone()
    }

    /// `view`, without keeping it when it is not kept already (for the incident's own pages).
    fn view_once(&self, i: usize) -> Arc<IncidentView> {
        match self.views[i].get() {
            Some(v) => v.clone(),
            None => Arc::new(self.build_view(i)),
        }
    }

    fn build_view(&self, i: usize) -> IncidentView {
        incident_view(
            &self.model.incidents[i],
            &self.model.config,
            &self.clock,
            self.now,
        )
    }

    /// The file at `path`, made by `render` unless the previous `watch` build made it from the
    /// same `key` (a hash of everything it shows that the shared key does not cover).
    pub fn memoized<E>(
        &self,
        path: &str,
        key: u64,
        render: impl FnOnce() -> Result<Bytes, E>,
    ) -> Result<Bytes, E> {
        let Some(before) = &self.files_before else {
            return render();
        };
        let bytes = match before.get(path) {
            Some((k, b)) if *k == key => b.clone(),
            _ => render()?,
        };
        self.files_now
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .insert(path.to_string(), (key, bytes.clone()));
        Ok(bytes)
    }

    /// A key for `memoized`: the generations of the incidents `ids` (indexes) and `extra`.
    pub fn key_of(
        &self,
        ids: impl IntoIterator<Item = usize>,
        extra: &impl std::hash::Hash,
    ) -> u64 {
        use std::hash::{Hash, Hasher};
        let mut h = std::collections::hash_map::DefaultHasher::new();
        for i in ids {
            self.gens[i].hash(&mut h);
        }
        extra.hash(&mut h);
        h.finish()
    }

    /// The full view of incident `i` as a template value, for its own pages.
    pub fn page_value(&self, i: usize) -> Value {
        Value::from_serializable(&*self.view_once(i))
    }

    /// The full view of incident `i` as a template value, for the pages that show it whole.
    pub fn value(&self, i: usize) -> Value {
        Value::from_serializable(&*self.view(i))
    }
}
