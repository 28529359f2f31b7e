//! The HTML pages: index, incident, apology, history, 404. Pages render in parallel from the
//! shared prepared model; nothing here touches the disk.

use std::collections::{BTreeMap, HashMap};

use rayon::prelude::*;
use tera::{Context, Tera, Value};

use super::Prepared;
use crate::derive::{component_states, uptime};
use crate::diagnostic::Diagnostic;
use crate::model::*;
use crate::output::Output;
use crate::theme::Theme;
use crate::view::*;

/// How many days of uptime bars the index shows.
pub const UPTIME_DAYS: i64 = 90;
/// Resolved items shown under "Recent" on the index.
const RECENT_DAYS: i64 = 14;
const RECENT_MAX: usize = 10;
/// An incident's rendered pages (path, HTML) and the hash of the incident they were made from.
pub type CachedPages = (u64, Vec<(String, String)>);

/// Incidents listed on a component's own page.
const COMPONENT_RECENT: usize = 20;
/// At most this many apologies on the index; the history lists every one.
const APOLOGY_MAX: usize = 5;
/// Apologies stay linked from the index this long.
const APOLOGY_DAYS: i64 = 30;

pub(crate) fn context(p: &Prepared, root: &str) -> Context {
    let mut ctx = Context::new();
    ctx.insert("site", &p.site);
    ctx.insert("root", root);
    ctx
}

/// Renders every page of the site into memory.
pub fn render(
    site: &Site,
    tera: &Tera,
    theme: &Theme,
    p: &Prepared,
    out: &mut Output,
    cache: Option<&mut HashMap<String, CachedPages>>,
) -> Result<(), Diagnostic> {
    let run =
        |name: &str, ctx: &Context| tera.render(name, ctx).map_err(|e| theme.template_error(&e));

    // Each component's state and 90-day uptime, for the index and its own page.
    let states = component_states(site);
    let uptimes = uptime(site, &p.clock, p.now, UPTIME_DAYS);
    let components: Vec<ComponentView> = site
        .config
        .components
        .iter()
        .map(|c| component_view(c, states[&c.id], &uptimes[&c.id]))
        .collect();
    out.insert(
        "index.html",
        run("index.html", &index_context(site, p, &components))?,
    );
    for (c, view) in site.config.components.iter().zip(&components) {
        let mut ctx = context(p, "../../");
        ctx.insert("component", view);
        ctx.insert("uptime_days", &UPTIME_DAYS);
        // The incidents that touched it, newest first: a bounded list, the history has the rest.
        let rows: Vec<Value> = site
            .incidents
            .iter()
            .enumerate()
            .filter(|(_, i)| i.components.contains(&c.id))
            .take(COMPONENT_RECENT)
            .map(|(i, _)| p.rows[i].clone())
            .collect();
        ctx.insert_value("incidents", Value::from(rows));
        out.insert(
            format!("components/{}/index.html", c.id),
            run("component.html", &ctx)?,
        );
    }

    let rendered: Vec<(String, CachedPages)> = site
        .incidents
        .par_iter()
        .enumerate()
        .map(|(i, inc)| -> Result<(String, CachedPages), Diagnostic> {
            // Everything else a page shows is in the cache's shared key.
            let key = if cache.is_none() {
                0
            } else {
                use std::hash::{Hash, Hasher};
                let mut h = std::collections::hash_map::DefaultHasher::new();
                format!("{inc:?}").hash(&mut h);
                h.finish()
            };
            if let Some((k, pages)) = cache.as_ref().and_then(|c| c.get(&inc.id))
                && *k == key
            {
                return Ok((inc.id.clone(), (key, pages.clone())));
            }
            let value = p.value(i);
            let mut ctx = context(p, "../../");
            ctx.insert_value("incident", value.clone());
            let mut pages = vec![(
                format!("incidents/{}/index.html", inc.id),
                run("incident.html", &ctx)?,
            )];
            if inc.apology.is_some() {
                let mut ctx = context(p, "../../../");
                ctx.insert_value("incident", value.clone());
                pages.push((
                    format!("incidents/{}/apology/index.html", inc.id),
                    run("apology.html", &ctx)?,
                ));
            }
            Ok((inc.id.clone(), (key, pages)))
        })
        .collect::<Result<Vec<_>, _>>()?;
    match cache {
        Some(cache) => {
            cache.clear();
            for (id, (key, pages)) in rendered {
                for (path, html) in &pages {
                    out.insert(path.clone(), html.clone());
                }
                cache.insert(id, (key, pages));
            }
        }
        None => {
            for (path, html) in rendered.into_iter().flat_map(|(_, (_, pages))| pages) {
                out.insert(path, html);
            }
        }
    }

    for (path, html) in history(p, &run)? {
        out.insert(path, html);
    }

    let mut ctx = context(p, &p.site.base_url);
    ctx.insert("not_found", &true);
    out.insert("404.html", run("404.html", &ctx)?);

    for (path, bytes) in theme.assets() {
        out.insert(path, bytes);
    }
    Ok(())
}

fn index_context(site: &Site, p: &Prepared, components: &[ComponentView]) -> Context {
    let mut ctx = context(p, "");
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

    ctx.insert_value("ongoing", cards(select(&|i| i.is_ongoing_incident())));
    ctx.insert_value(
        "maintenance_active",
        cards(select(&|i| i.is_active_maintenance())),
    );
    let mut upcoming = select(&|i| i.is_upcoming_maintenance(p.now));
    upcoming.sort_by_key(|&i| site.incidents[i].started_at);
    ctx.insert_value("maintenance_upcoming", cards(upcoming));

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

#[derive(serde::Serialize)]
struct YearLink {
    year: i16,
    url: String,
    count: usize,
}

/// `history/index.html` (the latest year) and `history/<year>/index.html`, by month: bounded
/// pages whatever the length of the history.
fn history(
    p: &Prepared,
    run: &(dyn Fn(&str, &Context) -> Result<String, Diagnostic> + Sync),
) -> Result<Vec<(String, String)>, Diagnostic> {
    let mut years: BTreeMap<i16, Vec<usize>> = BTreeMap::new();
    for (i, v) in p.row_views.iter().enumerate() {
        years.entry(v.year).or_default().push(i);
    }
    let latest = years.keys().next_back().copied();
    let links = |root: &str| -> Vec<YearLink> {
        years
            .iter()
            .rev()
            .map(|(y, items)| YearLink {
                year: *y,
                url: format!("{root}history/{y}/"),
                count: items.len(),
            })
            .collect()
    };
    let page = |year: Option<i16>, root: &str| -> Result<String, Diagnostic> {
        let mut ctx = context(p, root);
        ctx.insert("years", &links(root));
        ctx.insert("year", &year);
        let mut months: Vec<(String, String, Vec<Value>)> = Vec::new();
        for &i in year
            .and_then(|y| years.get(&y))
            .map_or(&[][..], Vec::as_slice)
        {
            let v = &p.row_views[i];
            match months.last_mut() {
                Some(m) if m.0 == v.month => m.2.push(p.rows[i].clone()),
                _ => months.push((
                    v.month.clone(),
                    v.month_label.clone(),
                    vec![p.rows[i].clone()],
                )),
            }
        }
        let months: Vec<Value> = months
            .into_iter()
            .map(|(key, label, items)| {
                let mut m = tera::Map::new();
                m.insert("key".into(), Value::from(key));
                m.insert("label".into(), Value::from(label));
                m.insert("items".into(), Value::from(items));
                Value::from(m)
            })
            .collect();
        ctx.insert_value("months", Value::from(months));
        run("history.html", &ctx)
    };
    let mut pages = vec![("history/index.html".to_string(), page(latest, "../")?)];
    let per_year: Vec<(String, String)> = years
        .keys()
        .copied()
        .collect::<Vec<_>>()
        .par_iter()
        .map(|y| Ok((format!("history/{y}/index.html"), page(Some(*y), "../../")?)))
        .collect::<Result<_, Diagnostic>>()?;
    pages.extend(per_year);
    Ok(pages)
}
