//! The HTML pages: index, incident, apology, history, "Get updates", 404. Pages render in parallel from the
//! shared prepared model; nothing here touches the disk.

use std::collections::BTreeMap;

use bytes::Bytes;

use rayon::prelude::*;
use tera::{Context, Value};

use crate::derive::uptime;
use crate::diagnostic::Diagnostic;
use crate::model::*;
use crate::render::memo::{IncidentPages, Shown};
use crate::render::view::component_url;
use crate::render::view::*;
use crate::render::{Output, Prepared, Sink, Templates};

/// How many days of uptime bars the index shows.
pub(crate) const UPTIME_DAYS: i64 = 90;
/// Resolved items shown under "Recent" on the index.
const RECENT_DAYS: i64 = 14;
const RECENT_MAX: usize = 10;

/// Incidents listed on a component's own page.
const COMPONENT_RECENT: usize = 20;
/// At most this many apologies on the index; the history lists every one.
const APOLOGY_MAX: usize = 5;
/// Most cards in each section of the index that lists what is open now (ongoing incidents,
/// maintenance in progress, scheduled maintenance). A card is about 1 KiB; 10,000 open
/// incidents made a 10 MB index, unreadable on a phone in an outage. Past this, the section
/// says how many more there are and where they are listed (the history).
pub(crate) const OPEN_CARDS_MAX: usize = 20;
/// Apologies stay linked from the index this long.
const APOLOGY_DAYS: i64 = 30;

/// For each component (in `candor.yaml` order), the incidents that touched it, newest first:
/// a bounded list, the history has the rest. One pass for all components, which stops once
/// every list is full.
fn recent_by_component(site: &Site) -> Vec<Vec<usize>> {
    let index: std::collections::HashMap<&str, usize> = site
        .config
        .components
        .iter()
        .enumerate()
        .map(|(k, c)| (c.id.as_str(), k))
        .collect();
    let mut recent: Vec<Vec<usize>> = vec![Vec::new(); index.len()];
    let mut open = recent.len();
    for (i, inc) in site.incidents.iter().enumerate() {
        if open == 0 {
            break;
        }
        for c in &inc.components {
            if let Some(&k) = index.get(c.as_str())
                && recent[k].len() < COMPONENT_RECENT
                && recent[k].last() != Some(&i)
            {
                recent[k].push(i);
                open -= usize::from(recent[k].len() == COMPONENT_RECENT);
            }
        }
    }
    recent
}

/// Renders every page of the site: the incident pages go to `p.sink` (those `watch`'s memo
/// holds are not rendered again); the rest to `out`.
pub(crate) fn render(
    p: &Prepared,
    templates: &Templates,
    out: &mut Output,
) -> Result<(), Diagnostic> {
    let site = p.model;
    let run = |name: &str, ctx: &Context| templates.page(name, ctx);
    let mut t = crate::timings::Phases::start("pages");

    // Each component's state and 90-day uptime, for the index and its own page.
    let states = &p.states;
    let uptimes = uptime(site, &p.clock, p.now, UPTIME_DAYS);
    let components: Vec<ComponentView> = site
        .config
        .components
        .iter()
        .map(|c| component_view(c, states[&c.id], &uptimes[&c.id], &p.clock))
        .collect();
    t.mark("component states and uptime");
    out.insert(
        "index.html",
        run("index.html", &index_context(site, p, &components))?,
    );
    t.mark("index");
    out.insert(
        super::subscribe::PATH,
        super::subscribe::page(p, &components, &run)?,
    );
    for (path, page) in component_pages(p, &components, &run)? {
        out.insert(path, page);
    }

    // The incident pages, in the site's order: the bulk of the site, so each is rendered once
    // and, in `watch`, reused while its incident is unchanged.
    t.mark("index, components");
    let incidents: Vec<IncidentPages> = site
        .incidents
        .par_iter()
        .enumerate()
        .map(|(i, inc)| -> Result<IncidentPages, Diagnostic> {
            if p.memo.holds_pages(i) {
                return Ok(Vec::new());
            }
            let value = p.page_value(i);
            let url = incident_url(&inc.id);
            let mut ctx = p.incident_context("../../", &url);
            ctx.insert_value("incident", value.clone());
            let mut pages: IncidentPages = vec![(
                format!("{url}index.html").into(),
                Bytes::from(run("incident.html", &ctx)?),
            )];
            if inc.apology.is_some() {
                let mut ctx = p.incident_context("../../../", &apology_url(&url));
                ctx.insert_value("incident", value);
                pages.push((
                    format!("{}index.html", apology_url(&url)).into(),
                    Bytes::from(run("apology.html", &ctx)?),
                ));
            }
            p.memo.keep_pages(i, &pages);
            if let Sink::Stream(emit) = p.sink {
                for (path, bytes) in pages.drain(..) {
                    emit(&path, &bytes);
                }
            }
            Ok(pages)
        })
        .collect::<Result<_, _>>()?;
    out.extend(incidents.into_iter().flatten());

    t.mark("incidents");
    out.extend(history(p, &run)?);

    t.mark("history");
    // Served at any address: its links are absolute, and it stands for no page of its own.
    let mut ctx = p.context(&p.site.base_url, "");
    ctx.insert("not_found", &true);
    out.insert("404.html", run("404.html", &ctx)?);

    for (path, bytes) in templates.theme.assets() {
        out.insert(path, Bytes::copy_from_slice(bytes));
    }
    // The brand's files after the theme's: a brand's `favicon.svg` replaces the built-in one.
    let brand = &site.config.brand;
    for file in brand.logo.iter().map(|l| &l.file).chain(&brand.favicon) {
        out.insert(file.path.clone(), Bytes::copy_from_slice(&file.bytes));
    }
    Ok(())
}

/// Each component's own page: its state, uptime and recent incidents.
fn component_pages(
    p: &Prepared,
    components: &[ComponentView],
    run: &(dyn Fn(&str, &Context) -> Result<String, Diagnostic> + Sync),
) -> Result<Vec<(String, String)>, Diagnostic> {
    let site = p.model;
    let recent = recent_by_component(site);
    site.config
        .components
        .par_iter()
        .zip(components)
        .zip(&recent)
        .map(|((c, view), recent)| {
            let mut ctx = p.context("../../", &component_url(&c.id));
            ctx.insert("component", view);
            ctx.insert("uptime_days", &UPTIME_DAYS);
            let rows: Vec<Value> = recent.iter().map(|&i| p.rows[i].clone()).collect();
            ctx.insert_value("incidents", Value::from(rows));
            let page = run("component.html", &ctx)?;
            Ok((format!("{}index.html", component_url(&c.id)), page))
        })
        .collect()
}

fn index_context(site: &Site, p: &Prepared, components: &[ComponentView]) -> Context {
    let mut ctx = p.context("", "");
    let select = |f: &dyn Fn(&Incident) -> bool| -> Vec<usize> {
        (0..site.incidents.len())
            .filter(|&i| f(&site.incidents[i]))
            .collect()
    };
    // Cards show the whole incident; lists only a row.
    let cards =
        |ids: Vec<usize>| Value::from(ids.into_iter().map(|i| p.value(i)).collect::<Vec<_>>());
    let rows = |ids: Vec<usize>| {
        Value::from(
            ids.into_iter()
                .map(|i| p.rows[i].clone())
                .collect::<Vec<_>>(),
        )
    };

    // Each open list is capped (`OPEN_CARDS_MAX`); `<name>_total` is the whole count and
    // `<name>_more` how many are not shown.
    let mut open = |name: &'static str, mut ids: Vec<usize>| {
        ctx.insert(format!("{name}_total"), &ids.len());
        ctx.insert(
            format!("{name}_more"),
            &ids.len().saturating_sub(OPEN_CARDS_MAX),
        );
        ids.truncate(OPEN_CARDS_MAX);
        ctx.insert_value(name, cards(ids));
    };
    let current = crate::derive::current(&site.incidents, p.now);
    open("ongoing", current.ongoing);
    open("maintenance_active", current.active);
    open("maintenance_upcoming", current.upcoming);

    let recent_from = p.now - jiff::SignedDuration::from_hours(24 * RECENT_DAYS);
    let mut recent = select(&|i| {
        i.resolved_at()
            .is_some_and(|r| r >= recent_from && r <= p.now)
    });
    recent.truncate(RECENT_MAX);
    ctx.insert_value("recent", rows(recent));
    ctx.insert("recent_days", &RECENT_DAYS);

    let apology_from = p.now - jiff::SignedDuration::from_hours(24 * APOLOGY_DAYS);
    let mut apologies = select(&|i| {
        i.apology
            .as_ref()
            .is_some_and(|a| a.published_at >= apology_from && a.published_at <= p.now)
    });
    // Newest letters first, and few of them: the index must stay one round trip.
    apologies.sort_by_key(|&i| {
        std::cmp::Reverse(site.incidents[i].apology.as_ref().map(|a| a.published_at))
    });
    ctx.insert(
        "apologies_more",
        &apologies.len().saturating_sub(APOLOGY_MAX),
    );
    apologies.truncate(APOLOGY_MAX);
    ctx.insert_value("apologies", rows(apologies));

    let mut groups: Vec<GroupView> = Vec::new();
    for (c, view) in site.config.components.iter().zip(components) {
        let view = view.clone();
        match groups.iter_mut().find(|g| g.name == c.group) {
            Some(g) => g.components.push(view),
            None => groups.push(GroupView {
                name: c.group.clone(),
                components: vec![view],
            }),
        }
    }
    ctx.insert("groups", &groups);
    ctx.insert("uptime_days", &UPTIME_DAYS);
    ctx
}

#[derive(serde::Serialize, Hash)]
struct YearLink {
    year: i16,
    url: String,
    count: usize,
}

/// A year with more incidents than this lists its months with links, each month on its own
/// page, so no history page grows with a long history.
pub const YEAR_LIST_MAX: usize = 100;

/// One month of the history, as a year or month page lists it.
struct Month {
    /// `2026-11`
    key: String,
    label: String,
    /// Incidents (indexes into the site), newest first.
    items: Vec<usize>,
}

/// One history page.
struct Page<'m> {
    path: String,
    root: &'static str,
    year: Option<i16>,
    /// The month, on a month page.
    month: Option<&'m Month>,
    months: &'m [Month],
    /// Whether the months are listed whole (or only linked).
    whole: bool,
    ledger: bool,
}

/// What a history page shows besides its incidents' rows: all of it is in its memo key.
#[derive(Hash)]
struct Shows<'m> {
    root: &'static str,
    year: Option<i16>,
    month: Option<&'m str>,
    years: Vec<YearLink>,
    /// On the front page, the 90-day record (which may be empty).
    ledger: Option<Option<&'m LedgerView>>,
    /// Each month's key, label and count (its rows are the page's incidents, in order).
    months: Vec<(&'m str, &'m str, usize)>,
    /// Whether the months are listed whole (or only linked).
    whole: bool,
}

/// The month part of `2026-11`, for the month page's path.
fn month_dir(key: &str) -> String {
    key.rsplit('-').next().unwrap_or(key).to_string()
}

/// One history page: its incidents' rows (when listed whole) and what `shows`, made again only
/// when `watch`'s memo has nothing made from the same.
fn history_page(
    p: &Prepared,
    run: &(dyn Fn(&str, &Context) -> Result<String, Diagnostic> + Sync),
    page: &Page,
    shows: Shows,
) -> Result<Bytes, Diagnostic> {
    let shown: Vec<usize> = if page.whole {
        page.months
            .iter()
            .flat_map(|m| m.items.iter().copied())
            .collect()
    } else {
        Vec::new()
    };
    let shown = Shown {
        incidents: &shown,
        rest: shows,
    };
    p.memoized(
        &page.path,
        shown,
        |Shown {
             incidents,
             rest: shows,
         }| {
            let mut ctx = p.context(shows.root, page.path.trim_end_matches("index.html"));
            ctx.insert("years", &shows.years);
            ctx.insert("year", &shows.year);
            if let Some(y) = shows.year {
                ctx.insert("year_url", &format!("{}history/{y}/", shows.root));
            }
            ctx.insert("month", &shows.month);
            if let Some(l) = &shows.ledger {
                ctx.insert("ledger_90d", l);
            }
            // The rows, month by month, are the shown incidents in order.
            let mut rows = incidents.iter();
            let months: Vec<Value> = shows
                .months
                .iter()
                .map(|&(key, label, count)| {
                    let mut v = tera::Map::new();
                    v.insert("key".into(), Value::from(key));
                    v.insert("label".into(), Value::from(label));
                    v.insert("count".into(), Value::from(count));
                    v.insert(
                        "url".into(),
                        Value::from(format!(
                            "{}history/{}/{}/",
                            shows.root,
                            shows.year.unwrap_or_default(),
                            month_dir(key)
                        )),
                    );
                    let items: Vec<Value> = if shows.whole {
                        rows.by_ref()
                            .take(count)
                            .map(|&i| p.rows[i].clone())
                            .collect()
                    } else {
                        Vec::new()
                    };
                    v.insert("items".into(), Value::from(items));
                    Value::from(v)
                })
                .collect();
            ctx.insert_value("months", Value::from(months));
            run("history.html", &ctx).map(Bytes::from)
        },
    )
}

/// The history pages, all bounded whatever the length of the history:
/// - `history/<year>/<month>/index.html`: every incident of the month;
/// - `history/<year>/index.html`: every incident of the year, by month, or (in a year with
///   more than `YEAR_LIST_MAX`) its months with links;
/// - `history/index.html`: the latest year's page, with the 90-day promise record.
fn history(
    p: &Prepared,
    run: &(dyn Fn(&str, &Context) -> Result<String, Diagnostic> + Sync),
) -> Result<Vec<(std::sync::Arc<str>, Bytes)>, Diagnostic> {
    let mut years: BTreeMap<i16, Vec<Month>> = BTreeMap::new();
    for (i, v) in p.row_views.iter().enumerate() {
        let months = years.entry(v.head.year).or_default();
        match months.last_mut() {
            Some(m) if m.key == v.head.month => m.items.push(i),
            _ => months.push(Month {
                key: v.head.month.clone(),
                label: v.head.month_label.clone(),
                items: vec![i],
            }),
        }
    }
    let count = |months: &[Month]| months.iter().map(|m| m.items.len()).sum::<usize>();
    let links = |root: &str| -> Vec<YearLink> {
        years
            .iter()
            .rev()
            .map(|(y, months)| YearLink {
                year: *y,
                url: format!("{root}history/{y}/"),
                count: count(months),
            })
            .collect()
    };
    // Kept and broken promises over the last 90 days, site-wide: the front page shows it.
    let ledger_90d = LedgerView::new(
        &crate::derive::site_ledger(p.model, p.now, p.model.config.promises.grace, 90),
        &p.clock,
    );
    let render = |page: &Page| {
        let shows = Shows {
            root: page.root,
            year: page.year,
            month: page.month.map(|m| m.label.as_str()),
            years: links(page.root),
            ledger: page.ledger.then_some(ledger_90d.as_ref()),
            months: page
                .months
                .iter()
                .map(|m| (m.key.as_str(), m.label.as_str(), m.items.len()))
                .collect(),
            whole: page.whole,
        };
        history_page(p, run, page, shows).map(|bytes| (page.path.clone(), bytes))
    };

    // The front page is the latest year's (or, with no history, an empty one).
    let latest = years.iter().next_back();
    let front_months = latest.map_or(&[][..], |(_, m)| m.as_slice());
    let mut pages: Vec<Page> = vec![Page {
        path: "history/index.html".into(),
        root: "../",
        year: latest.map(|(y, _)| *y),
        month: None,
        months: front_months,
        whole: count(front_months) <= YEAR_LIST_MAX,
        ledger: true,
    }];
    for (y, months) in &years {
        pages.push(Page {
            path: format!("history/{y}/index.html"),
            root: "../../",
            year: Some(*y),
            month: None,
            months,
            whole: count(months) <= YEAR_LIST_MAX,
            ledger: false,
        });
        for m in months {
            pages.push(Page {
                path: format!("history/{y}/{}/index.html", month_dir(&m.key)),
                root: "../../../",
                year: Some(*y),
                month: Some(m),
                months: std::slice::from_ref(m),
                whole: true,
                ledger: false,
            });
        }
    }
    pages
        .par_iter()
        .map(|page| render(page).map(|(path, bytes)| (path.into(), bytes)))
        .collect()
}
