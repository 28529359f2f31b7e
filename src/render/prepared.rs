//! What every channel of one build reads: the site-wide view, each incident's list row, the
//! full incident views (built on demand), where the incident pages go, and the memo hook.
//! Computed once per build, so the channels never disagree.

use std::collections::BTreeMap;
use std::hash::Hash;
use std::sync::{Arc, OnceLock};

use bytes::Bytes;
use jiff::Timestamp;
use rayon::prelude::*;
use tera::{Context, Value};

use super::memo::{Memo, NoMemo, Shown};
use super::output::Sink;
use super::view::{IncidentView, IndicatorView, RowView, SiteView, incident_view, row_view};
use crate::derive::indicator;
use crate::model::{ComponentState, Incident, Site};
use crate::time::Clock;

/// Everything the channels of one build share. Full incident views (with rendered markdown)
/// are not kept for every incident: each is built where it is shown, so memory stays bounded
/// by what one page needs, not by the length of the history.
pub struct Prepared<'a> {
    pub(crate) model: &'a Site,
    pub(crate) clock: Clock,
    pub(crate) now: Timestamp,
    pub(crate) site: SiteView,
    /// `site` as incident and apology pages see it: without the page indicator (nor its
    /// preview picture), so a change
    /// of the site's overall state (the first incident of an outage) does not make `watch`
    /// render every incident page again. Those pages show their own incident's state.
    pub(crate) page_site: Value,
    /// Each incident as a list row, in the site's order (newest first).
    pub(crate) row_views: Vec<Arc<RowView>>,
    /// The same rows as template values (cheap to clone: reference-counted).
    pub(crate) rows: Vec<Value>,
    /// Full views built for the feeds, the API and the index, kept for the rest of the build
    /// (and by `watch`, for the next one). Views built for an incident's own page are not
    /// kept, so memory does not grow with the history.
    views: Vec<OnceLock<Arc<IncidentView>>>,
    /// Each component's current state (index, component pages, badges, API).
    pub(crate) states: BTreeMap<String, ComponentState>,
    /// Where the incident pages go.
    pub(crate) sink: Sink<'a>,
    /// `watch`'s memo (`NoMemo` otherwise): asked through `memoized` and by the pages.
    pub(crate) memo: &'a dyn Memo,
    /// A hash of the site-wide part above (`site`, `states`), in every memoized file's key.
    site_key: u64,
    /// The fonts badges are measured and pictures drawn with (`brand.font` first).
    pub(crate) fonts: crate::fonts::Fonts,
}

/// The site-wide view of one build, before any incident.
pub(crate) struct Header {
    pub(crate) site: SiteView,
    /// `site` without its indicator (see `Prepared::page_site`), as JSON (whose maps are
    /// ordered, so the same view always gives the same bytes).
    pub(crate) page_site: serde_json::Value,
    pub(crate) clock: Clock,
}

/// One incident as the channels list it, and its full view when one was built already.
pub(crate) struct Row {
    pub(crate) view: Arc<RowView>,
    pub(crate) value: Value,
    pub(crate) full: Option<Arc<IncidentView>>,
}

/// A one-shot build's `Prepared`: every file in memory, nothing memoized.
pub fn prepare(site: &Site, now: Timestamp) -> Prepared<'_> {
    prepare_into(site, now, Sink::Memory)
}

/// `prepare`, with the incident pages going to `sink`.
pub(crate) fn prepare_into<'a>(site: &'a Site, now: Timestamp, sink: Sink<'a>) -> Prepared<'a> {
    let header = header(site, now);
    let rows = site
        .incidents
        .par_iter()
        .map(|i| row(i, &header.clock, now))
        .collect();
    Prepared::new(site, now, header, rows, sink, &NoMemo)
}

pub(crate) fn header(site: &Site, now: Timestamp) -> Header {
    let clock = site.config.clock();
    let c = &site.config;
    let indicator = IndicatorView::new(indicator(site, now), &site.config.locale);
    let view = SiteView {
        og: indicator.card().view(),
        title: c.title.clone(),
        description: c.description.clone(),
        base_url: c.base_url.clone(),
        language: c.language.clone(),
        timezone: c.timezone_name.clone(),
        contact: c.contact.clone(),
        indicator,
        now: clock.view(now),
        promise_grace: c.promises.grace.as_secs(),
        live_script: c.promises.script,
        brand: c.brand.clone(),
        rtl: c.locale.is_right_to_left(),
        languages: super::view::LanguageLink::all(c),
    };
    let mut page_site = serde_json::to_value(&view).expect("views serialise");
    if let Some(map) = page_site.as_object_mut() {
        map.remove("indicator");
        map.remove("og");
    }
    Header {
        site: view,
        page_site,
        clock,
    }
}

/// Incident `inc`'s list row, built anew.
pub(crate) fn row(inc: &Incident, clock: &Clock, now: Timestamp) -> Row {
    let view = Arc::new(row_view(inc, clock, now));
    Row {
        value: Value::from_serializable(&*view),
        view,
        full: None,
    }
}

impl<'a> Prepared<'a> {
    /// The build's `Prepared` from its header and its rows (one per incident, in order).
    pub(crate) fn new(
        model: &'a Site,
        now: Timestamp,
        header: Header,
        rows: Vec<Row>,
        sink: Sink<'a>,
        memo: &'a dyn Memo,
    ) -> Self {
        let states = crate::derive::component_states(model, now);
        let site_json = serde_json::to_string(&header.site).expect("views serialise");
        let site_key = crate::hash::of(&(site_json, &states));
        let (mut row_views, mut values, mut views) = (Vec::new(), Vec::new(), Vec::new());
        for r in rows {
            row_views.push(r.view);
            values.push(r.value);
            views.push(r.full.map(OnceLock::from).unwrap_or_default());
        }
        Prepared {
            model,
            clock: header.clock,
            now,
            site: header.site,
            page_site: Value::from_serializable(&header.page_site),
            row_views,
            rows: values,
            views,
            states,
            sink,
            memo,
            site_key,
            fonts: crate::fonts::Fonts::new(model.config.brand.font.as_ref().map(|f| &f.bytes)),
        }
    }

    /// The full view of incident `i`: its timeline with rendered markdown, promises, apology.
    pub(crate) fn view(&self, i: usize) -> Arc<IncidentView> {
        self.views[i]
            .get_or_init(|| Arc::new(self.build_view(i)))
            .clone()
    }

    /// The full view of incident `i` if this build kept one (for `watch` to keep it too).
    pub(crate) fn kept_view(&self, i: usize) -> Option<&Arc<IncidentView>> {
        self.views[i].get()
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

    /// The file at `path`, showing `shown`: the one `watch` made last time from the same
    /// inputs, or `render`'s, which is handed the very inputs the key is made of (so it
    /// renders from them, not from what it could reach around them). The key is `shown` (its
    /// incidents' generations and `rest`) and the site-wide view; what every file shares
    /// beyond that (config, theme, "now") empties the memo when it changes.
    pub(crate) fn memoized<T: Hash, E>(
        &self,
        path: &str,
        shown: Shown<'_, T>,
        render: impl FnOnce(&Shown<'_, T>) -> Result<Bytes, E>,
    ) -> Result<Bytes, E> {
        if !self.memo.active() {
            return render(&shown);
        }
        let gens = crate::hash::of_each(shown.incidents.iter().map(|&i| self.memo.generation(i)));
        let key = crate::hash::of(&(path, self.site_key, gens, &shown.rest));
        if let Some(bytes) = self.memo.recall(path, key) {
            return Ok(bytes);
        }
        let bytes = render(&shown)?;
        self.memo.keep(path, key, &bytes);
        Ok(bytes)
    }

    /// The full view of incident `i` as a template value, for its own pages.
    pub(crate) fn page_value(&self, i: usize) -> Value {
        Value::from_serializable(&*self.view_once(i))
    }

    /// The full view of incident `i` as a template value, for the pages that show it whole.
    pub(crate) fn value(&self, i: usize) -> Value {
        Value::from_serializable(&*self.view(i))
    }

    /// The context every page starts from: the site, the way back to the site's root, and
    /// the page's own address from it (`incidents/x/`; `""` for the index), which its
    /// canonical and `hreflang` links and the language switcher complete.
    pub(crate) fn context(&self, root: &str, path: &str) -> Context {
        let mut ctx = Context::new();
        ctx.insert("site", &self.site);
        ctx.insert("root", root);
        ctx.insert("path", path);
        ctx
    }

    /// The context of an incident's own pages: `site` without the page indicator.
    pub(crate) fn incident_context(&self, root: &str, path: &str) -> Context {
        let mut ctx = Context::new();
        ctx.insert_value("site", self.page_site.clone());
        ctx.insert("root", root);
        ctx.insert("path", path);
        ctx
    }
}
