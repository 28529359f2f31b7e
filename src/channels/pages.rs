//! The HTML pages: index, incident, apology, history, 404. Pages render in parallel from the
//! shared prepared model; nothing here touches the disk.

use std::collections::BTreeMap;

use bytes::Bytes;

use rayon::prelude::*;
use tera::{Context, Tera, Value};

use super::Prepared;
use crate::derive::uptime;
use crate::diagnostic::Diagnostic;
use crate::input::theme::Theme;
use crate::model::*;
use crate::render::Output;
use crate::render::view::*;

/// How many days of uptime bars the index shows.
pub const UPTIME_DAYS: i64 = 90;
/// Resolved items shown under "Recent" on the index.
const RECENT_DAYS: i64 = 14;
const RECENT_MAX: usize = 10;
/// An incident's rendered pages: (path, HTML).
pub type IncidentPages = Vec<(std::sync::Arc<str>, Bytes)>;

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

pub(crate) fn context(p: &Prepared, root: &str) -> Context {
    let mut ctx = Context::new();
    ctx.insert("site", &p.site);
    ctx.insert("root", root);
    ctx
}

/// The context of an incident's own pages: `site` without the page indicator.
fn incident_context(p: &Prepared, root: &str) -> Context {
    let mut ctx = Context::new();
    ctx.insert_value("site", p.page_site.clone());
    ctx.insert("root", root);
    ctx
}

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

/// Where the incident pages go as they are rendered: `Keep` returns them (one list per
/// incident, in the site's order), `Emit` hands each to a writer and keeps none, so a large
/// site is never held in memory whole.
pub enum Sink<'a> {
    /// Keep them, except those `kept` says the caller already has (by incident index):
    /// their lists come back empty.
    Keep(&'a (dyn Fn(usize) -> bool + Sync)),
    Emit(&'a (dyn Fn(&str, &[u8]) + Sync)),
}

/// Renders every page of the site: the incident pages go to `sink`; the rest to `out`.
pub fn render(
    site: &Site,
    tera: &Tera,
    theme: &Theme,
    p: &Prepared,
    out: &mut Output,
    sink: Sink,
) -> Result<Vec<IncidentPages>, Diagnostic> {
    let run = |name: &str, ctx: &Context| {
        tera.render(name, ctx)
            .map(|html| secure(&html))
            .map_err(|e| theme.template_error(&e))
    };
    let mut t = crate::timings::Phases::start("pages");

    // Each component's state and 90-day uptime, for the index and its own page.
    let states = &p.states;
    let uptimes = uptime(site, &p.clock, p.now, UPTIME_DAYS);
    let components: Vec<ComponentView> = site
        .config
        .components
        .iter()
        .map(|c| component_view(c, states[&c.id], &uptimes[&c.id]))
        .collect();
    t.mark("component states and uptime");
    out.insert(
        "index.html",
        run("index.html", &index_context(site, p, &components))?,
    );
    t.mark("index");
    let recent = recent_by_component(site);
    let component_pages: Vec<(String, String)> = site
        .config
        .components
        .par_iter()
        .zip(&components)
        .zip(&recent)
        .map(|((c, view), recent)| {
            let mut ctx = context(p, "../../");
            ctx.insert("component", view);
            ctx.insert("uptime_days", &UPTIME_DAYS);
            let rows: Vec<Value> = recent.iter().map(|&i| p.rows[i].clone()).collect();
            ctx.insert_value("incidents", Value::from(rows));
            let page = run("component.html", &ctx)?;
            Ok((format!("components/{}/index.html", c.id), page))
        })
        .collect::<Result<_, Diagnostic>>()?;
    for (path, page) in component_pages {
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
            if let Sink::Keep(kept) = &sink
                && kept(i)
            {
                return Ok(Vec::new());
            }
            let value = p.page_value(i);
            let mut ctx = incident_context(p, "../../");
            ctx.insert_value("incident", value.clone());
            let url = incident_url(&inc.id);
            let mut pages: IncidentPages = vec![(
                format!("{url}index.html").into(),
                Bytes::from(run("incident.html", &ctx)?),
            )];
            if inc.apology.is_some() {
                let mut ctx = incident_context(p, "../../../");
                ctx.insert_value("incident", value);
                pages.push((
                    format!("{}index.html", apology_url(&url)).into(),
                    Bytes::from(run("apology.html", &ctx)?),
                ));
            }
            if let Sink::Emit(emit) = &sink {
                for (path, bytes) in pages.drain(..) {
                    emit(&path, &bytes);
                }
            }
            Ok(pages)
        })
        .collect::<Result<_, _>>()?;

    t.mark("incidents");
    out.extend(history(p, &run)?);

    t.mark("history");
    let mut ctx = context(p, &p.site.base_url);
    ctx.insert("not_found", &true);
    out.insert("404.html", run("404.html", &ctx)?);

    for (path, bytes) in theme.assets() {
        out.insert(path, Bytes::copy_from_slice(bytes));
    }
    Ok(incidents)
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
    // The month part of `2026-11`, for the month page's path.
    let month_dir = |key: &str| key.rsplit('-').next().unwrap_or(key).to_string();

    /// What one history page shows.
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
    let render = |page: &Page| -> Result<(String, Bytes), Diagnostic> {
        let shown: Vec<usize> = if page.whole {
            page.months
                .iter()
                .flat_map(|m| m.items.iter().copied())
                .collect()
        } else {
            Vec::new()
        };
        let year_links = links(page.root);
        let ledger = page.ledger.then_some(&p.ledger_90d);
        let counts: Vec<(&str, usize)> = page
            .months
            .iter()
            .map(|m| (m.key.as_str(), m.items.len()))
            .collect();
        let key = p.key_of(
            shown.iter().copied(),
            &(
                &page.path,
                p.site.indicator.level,
                &year_links,
                &counts,
                page.whole,
                ledger.map(|l| format!("{l:?}")),
            ),
        );
        let bytes = p.memoized(&page.path, key, || {
            let mut ctx = context(p, page.root);
            ctx.insert("years", &year_links);
            ctx.insert("year", &page.year);
            if let Some(y) = page.year {
                ctx.insert("year_url", &format!("{}history/{y}/", page.root));
            }
            ctx.insert("month", &page.month.map(|m| &m.label));
            if let Some(l) = ledger {
                ctx.insert("ledger_90d", l);
            }
            let months: Vec<Value> = page
                .months
                .iter()
                .map(|m| {
                    let mut v = tera::Map::new();
                    v.insert("key".into(), Value::from(m.key.clone()));
                    v.insert("label".into(), Value::from(m.label.clone()));
                    v.insert("count".into(), Value::from(m.items.len()));
                    v.insert(
                        "url".into(),
                        Value::from(format!(
                            "{}history/{}/{}/",
                            page.root,
                            page.year.unwrap_or_default(),
                            month_dir(&m.key)
                        )),
                    );
                    let items: Vec<Value> = if page.whole {
                        m.items.iter().map(|&i| p.rows[i].clone()).collect()
                    } else {
                        Vec::new()
                    };
                    v.insert("items".into(), Value::from(items));
                    Value::from(v)
                })
                .collect();
            ctx.insert_value("months", Value::from(months));
            run("history.html", &ctx).map(Bytes::from)
        })?;
        Ok((page.path.clone(), bytes))
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

/// The start of the policy tag `secure` writes; `serve` replaces it with a header that also
/// allows its own injected script.
pub(crate) const CSP_META: &str = r#"<meta http-equiv="Content-Security-Policy" content=""#;

/// A rendered page with its Content-Security-Policy and Referrer-Policy as `<meta>` tags
/// first in `<head>`, so they hold wherever the site is hosted, headers or not (a page with
/// no `<head>` is left as it is). The policy comes from the page itself (see `policy`), so
/// a theme's own inline script keeps working and the build stays deterministic.
/// `frame-ancestors` is ignored in a `<meta>`: it is a header (deploy/nginx.conf, `serve`).
pub(crate) fn secure(html: &str) -> String {
    let Some(at) = head_end(html) else {
        return html.to_string();
    };
    let policy = policy(html);
    let mut out = String::with_capacity(html.len() + policy.len() + 160);
    out.push_str(&html[..at]);
    out.push('\n');
    out.push_str(CSP_META);
    out.push_str(&policy);
    out.push_str("\">\n<meta name=\"referrer\" content=\"strict-origin-when-cross-origin\">");
    out.push_str(&html[at..]);
    out
}

/// Just after the `<head>` start tag, or after the `<meta charset>` that follows it (which
/// must stay in the first 1024 bytes): before any script or style the policy governs.
fn head_end(html: &str) -> Option<usize> {
    let lower = html.to_ascii_lowercase();
    let start = lower.match_indices("<head").map(|(i, _)| i).find(|&i| {
        matches!(
            lower.as_bytes().get(i + 5),
            Some(b'>' | b' ' | b'\t' | b'\n')
        )
    })?;
    let head = start + lower[start..].find('>')? + 1;
    let rest = &lower[head..];
    let first_code = ["<script", "<style", "<link"]
        .iter()
        .filter_map(|t| rest.find(t))
        .min()
        .unwrap_or(rest.len());
    let charset = rest
        .find("<meta charset")
        .filter(|&c| c < first_code)
        .and_then(|c| Some(head + c + rest[c..].find('>')? + 1));
    Some(charset.unwrap_or(head))
}

/// A page's Content-Security-Policy: everything from the site's own origin, and of inline
/// code only the exact `<script>` and `<style>` blocks of this page, each allowed by its
/// SHA-256 (never 'unsafe-inline', so injected markup cannot run). Images may also come from
/// any https address (an incident body may show a graph hosted elsewhere). Inline event
/// handlers and `style` attributes are not allowed: a theme puts them in a block instead.
pub(crate) fn policy(html: &str) -> String {
    let hashes = |tag: &str| -> String {
        inline_blocks(html, tag)
            .map(|body| {
                use base64::Engine as _;
                use sha2::Digest as _;
                let digest = sha2::Sha256::digest(body.as_bytes());
                let b64 = base64::engine::general_purpose::STANDARD.encode(digest);
                format!(" 'sha256-{b64}'")
            })
            .collect()
    };
    format!(
        "default-src 'self'; script-src 'self'{}; style-src 'self'{}; img-src 'self' data: https:; \
         object-src 'none'; base-uri 'self'; form-action 'self'",
        hashes("script"),
        hashes("style"),
    )
}

/// The text of each inline `<tag>` block (one without a `src`), exactly as the browser
/// hashes it. The page is candor's own rendering: its text is escaped, so every `<script`
/// in it is a real tag.
fn inline_blocks<'a>(html: &'a str, tag: &'a str) -> impl Iterator<Item = &'a str> + 'a {
    let lower = html.to_ascii_lowercase();
    let open = format!("<{tag}");
    let close = format!("</{tag}");
    let mut found = Vec::new();
    let mut from = 0;
    while let Some(i) = lower[from..].find(&open).map(|i| i + from) {
        let after = i + open.len();
        let Some(end) = lower[after..].find('>').map(|e| e + after) else {
            break;
        };
        from = end + 1;
        // `<scripts>` or `<style-x>` is another element.
        if !matches!(lower.as_bytes()[after], b'>' | b' ' | b'\t' | b'\n' | b'/') {
            continue;
        }
        let Some(stop) = lower[from..].find(&close).map(|c| c + from) else {
            break;
        };
        let attrs = &lower[after..end];
        if !(tag == "script"
            && attrs
                .split_ascii_whitespace()
                .any(|a| a.starts_with("src=")))
        {
            found.push(&html[from..stop]);
        }
        from = stop + close.len();
    }
    found.into_iter()
}

#[cfg(test)]
mod csp_tests {
    use super::*;

    #[test]
    fn the_policy_allows_each_inline_block_by_its_hash_only() {
        let page = "<!doctype html><html><HEAD><style>p{}</style></head><body>\
            <script src=\"a.js\"></script><script>alert(1)</script></body></html>";
        let html = secure(page);
        // The hashes a browser computes (echo -n 'alert(1)' | sha256sum | xxd -r -p | base64).
        assert!(
            html.contains(
                "script-src 'self' 'sha256-bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF+pI=';"
            ),
            "{html}"
        );
        assert!(html.contains("style-src 'self' 'sha256-"), "{html}");
        assert!(!html.contains("unsafe-inline"));
        // Before the first style it governs.
        assert!(html.find(CSP_META) < html.find("<style>"), "{html}");
        assert!(
            html.contains(r#"<meta name="referrer" content="strict-origin-when-cross-origin">"#)
        );
        assert_eq!(secure(page), html, "deterministic");
    }

    #[test]
    fn a_page_without_head_or_script_is_handled() {
        assert_eq!(secure("<p>x</p>"), "<p>x</p>");
        assert!(policy("<header>").contains("script-src 'self';"));
    }
}
