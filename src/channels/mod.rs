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
use crate::view::{IncidentView, SiteView, incident_view};

/// Everything the channels of one build share, computed once.
pub struct Prepared {
    pub clock: Clock,
    pub now: Timestamp,
    pub site: SiteView,
    /// One view per incident, in the site's order (newest first).
    pub views: Vec<IncidentView>,
    /// Each incident as a list row, as a template value (cheap to clone: reference-counted).
    /// Full views become template values only for the page that shows them.
    pub rows: Vec<Value>,
}

pub fn prepare(site: &Site, now: Timestamp) -> Prepared {
    let clock = Clock::new(site.config.timezone.clone());
    let views: Vec<IncidentView> = site
        .incidents
        .par_iter()
        .map(|i| incident_view(i, &site.config, &clock, now))
        .collect();
    let rows = views
        .par_iter()
        .map(|v| Value::from_serializable(&v.row()))
        .collect();
    let c = &site.config;
    Prepared {
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
        views,
        rows,
    }
}

/// Renders every channel into memory.
pub fn render(
    site: &Site,
    tera: &Tera,
    theme: &Theme,
    now: Timestamp,
) -> Result<Output, Diagnostic> {
    let p = prepare(site, now);
    let mut out = Output::default();
    pages::render(site, tera, theme, &p, &mut out)?;
    feeds::render(site, &p, &mut out);
    api::render(site, &p, &mut out);
    badge::render(site, &p, &mut out);
    calendar::render(site, &p, &mut out);
    embed::render(site, tera, theme, &p, &mut out)?;
    Ok(out)
}

impl Prepared {
    /// The full view of incident `i` as a template value, for the pages that show it whole.
    pub fn value(&self, i: usize) -> Value {
        Value::from_serializable(&self.views[i])
    }
}
