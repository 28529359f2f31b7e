//! A static copy of Atlassian Statuspage's public v2 API (`api/v2/*.json`), so the clients
//! people already run against Statuspage (dashboards, exporters, chat integrations) read a
//! candor site unchanged. Same field names, types, vocabularies and shapes as Statuspage;
//! candor's own facts (owner, authors, promises, apology) ride along under `candor_` names that
//! Statuspage never uses. `docs/api.md` documents every field and where it comes from.

use std::collections::BTreeMap;

use bytes::Bytes;
use jiff::Timestamp;
use serde::Serialize;
use sha2::{Digest, Sha256};

use crate::derive::Ledger;
use crate::diagnostic::Diagnostic;
use crate::model::*;
use crate::render::memo::Shown;
use crate::render::view::IncidentView;
use crate::render::{Output, Prepared, Templates};

/// Statuspage's own bound for `incidents.json` and `scheduled-maintenances.json`: the 50 most
/// recent, so the files never grow with the history. The lists of what is open now
/// (`summary.json`, `unresolved.json`, `upcoming.json`, `active.json`) hold at most as many:
/// the most recent unresolved incidents and active maintenances, the soonest upcoming ones,
/// with `candor_total` giving how many there are when the list is cut (10,000 open
/// incidents once made a 106 MB `summary.json`).
pub(crate) const LIST_MAX: usize = 50;

const BASE36: &[u8; 36] = b"0123456789abcdefghijklmnopqrstuvwxyz";

/// A Statuspage-style id (12 characters of `[0-9a-z]`) derived from a candor key such as
/// `incident:card-payments-failing`: the same key always gives the same id, on every build and
/// every machine, so clients that remember ids (to notice new updates) keep working.
pub(crate) fn api_id(key: &str) -> String {
    let digest = Sha256::digest(key.as_bytes());
    let mut head = [0u8; 8];
    head.copy_from_slice(&digest[..8]);
    // 36^12 < 2^64: twelve base-36 digits of the first 64 bits, left-padded with zeros.
    let mut n = u64::from_be_bytes(head) % 36u64.pow(12);
    let mut id = [b'0'; 12];
    for slot in id.iter_mut().rev() {
        *slot = BASE36[(n % 36) as usize];
        n /= 36;
    }
    id.iter().map(|&b| char::from(b)).collect()
}

#[derive(Debug, Clone, Serialize)]
struct PageJson {
    id: String,
    name: String,
    url: String,
    time_zone: String,
    updated_at: String,
}

#[derive(Debug, Clone, Serialize)]
struct StatusJson {
    indicator: &'static str,
    /// Statuspage's words for the indicator, as its clients expect them: English in every
    /// language, as Statuspage's own API writes them, because widgets and scripts compare
    /// this field with those exact strings (a translated value would break them; the
    /// reader's words are `candor_description`).
    description: &'static str,
    /// The banner's own words in the site's language (docs/format.md, "What the status
    /// words mean").
    candor_description: String,
}

#[derive(Debug, Clone, Serialize)]
struct ComponentJson {
    id: String,
    name: String,
    status: &'static str,
    created_at: String,
    updated_at: String,
    position: usize,
    description: Option<String>,
    showcase: bool,
    start_date: Option<String>,
    group_id: Option<String>,
    page_id: String,
    group: bool,
    only_show_if_degraded: bool,
    /// A group's children, by id (Statuspage writes this key on groups only).
    #[serde(skip_serializing_if = "Option::is_none")]
    components: Option<Vec<String>>,
    /// The component's id in `candor.yaml` (groups have none).
    #[serde(skip_serializing_if = "Option::is_none")]
    candor_id: Option<String>,
}

#[derive(Debug, Clone, Serialize)]
struct AffectedJson {
    code: String,
    name: String,
    old_status: &'static str,
    new_status: &'static str,
}

#[derive(Debug, Clone, Serialize)]
struct UpdateJson {
    id: String,
    status: &'static str,
    body: String,
    incident_id: String,
    created_at: String,
    updated_at: String,
    display_at: String,
    affected_components: Option<Vec<AffectedJson>>,
    deliver_notifications: bool,
    custom_tweet: Option<String>,
    tweet_id: Option<String>,
    candor_author: String,
    candor_next_update_by: Option<String>,
    /// What became of this update's promise: kept | missed | pending | overdue.
    candor_promise: Option<PromiseJson>,
    candor_body_html: String,
}

#[derive(Debug, Clone, Serialize)]
struct PromiseJson {
    outcome: &'static str,
    /// Minutes late, for missed and overdue promises.
    late_minutes: Option<i64>,
}

#[derive(Debug, Clone, Serialize)]
struct LedgerJson {
    kept: usize,
    missed: usize,
    overdue: usize,
    pending: usize,
    /// The same sentence the page shows.
    text: Option<String>,
}

#[derive(Debug, Clone, Serialize)]
struct PersonJson {
    name: String,
    role: Option<String>,
    email: Option<String>,
}

impl From<&Person> for PersonJson {
    fn from(p: &Person) -> Self {
        PersonJson {
            name: p.name.clone(),
            role: p.role.clone(),
            email: p.email.clone(),
        }
    }
}

#[derive(Debug, Clone, Serialize)]
struct RemedyJson {
    offer: String,
    eligible: String,
    how: &'static str,
    claim_url: Option<String>,
    deadline: Option<String>,
    /// offered | issued
    status: &'static str,
    issued_at: Option<String>,
}

#[derive(Debug, Clone, Serialize)]
struct ApologyJson {
    author: PersonJson,
    published_at: String,
    url: String,
    body: String,
    remedy: Vec<RemedyJson>,
}

#[derive(Debug, Clone, Serialize)]
struct IncidentJson {
    id: String,
    name: String,
    status: &'static str,
    created_at: String,
    updated_at: String,
    monitoring_at: Option<String>,
    resolved_at: Option<String>,
    impact: &'static str,
    shortlink: String,
    started_at: String,
    page_id: String,
    /// Newest first, as Statuspage lists them.
    incident_updates: Vec<UpdateJson>,
    components: Vec<ComponentJson>,
    /// Maintenance only, as on Statuspage.
    #[serde(skip_serializing_if = "Option::is_none")]
    scheduled_for: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    scheduled_until: Option<String>,
    candor_id: String,
    candor_owner: PersonJson,
    candor_next_update_by: Option<String>,
    candor_apology: Option<ApologyJson>,
    candor_postmortem: Option<String>,
    candor_postmortem_published_at: Option<String>,
    /// Promises of the next update, kept and broken.
    candor_promises: LedgerJson,
}

/// What every file of one build shares: the page, the components, and each incident once.
struct Api<'a> {
    p: &'a Prepared<'a>,
    page: PageJson,
    status: StatusJson,
    /// Components and groups in Statuspage order (by position).
    components: Vec<ComponentJson>,
    /// candor component id → its JSON, for the `components` of each incident.
    by_candor_id: BTreeMap<String, ComponentJson>,
}

/// Statuspage writes times in the page's zone with milliseconds (`…T09:20:00.000+00:00`).
fn time(p: &Prepared, t: Timestamp) -> String {
    p.clock
        .zoned(t)
        .strftime("%Y-%m-%dT%H:%M:%S.%3f%:z")
        .to_string()
}

impl<'a> Api<'a> {
    fn new(site: &Site, p: &'a Prepared, scan: &Scan) -> Self {
        let page_id = api_id(&format!("page:{}", site.config.base_url));
        // candor keeps no creation date for components: the start of the site's history is
        // the earliest moment the page can speak for, and it is stable from build to build.
        let history_start = scan.history_start.unwrap_or(p.now);
        let updated = scan.updated.unwrap_or(history_start);
        let page = PageJson {
            id: page_id.clone(),
            name: site.config.title.clone(),
            url: site.config.base_url.trim_end_matches('/').to_string(),
            time_zone: site.config.timezone_name.clone(),
            updated_at: time(p, updated),
        };
        let status = StatusJson {
            indicator: p.site.indicator.level,
            description: p.site.indicator.fact.statuspage_words(),
            candor_description: p.site.indicator.description.clone(),
        };
        let components = components(site, p, scan, &page_id, history_start);
        let by_candor_id = components
            .iter()
            .filter_map(|c| c.candor_id.clone().map(|id| (id, c.clone())))
            .collect();
        Api {
            p,
            page,
            status,
            components,
            by_candor_id,
        }
    }

    fn incident(&self, inc: &Incident, view: &IncidentView) -> IncidentJson {
        let p = self.p;
        let id = api_id(&format!("incident:{}", inc.id));
        let component = |cid: &str| self.by_candor_id.get(cid);
        let monitoring = if inc.kind == Kind::Maintenance {
            Status::Verifying
        } else {
            Status::Monitoring
        };
        let promises = inc.promises(p.now, site_grace(p));
        IncidentJson {
            id: id.clone(),
            name: inc.title.clone(),
            status: status_of(inc, p.now),
            created_at: time(p, inc.updates.first().map_or(inc.started_at, |u| u.at)),
            updated_at: time(p, inc.last_update_at()),
            monitoring_at: inc
                .since_reopened()
                .iter()
                .find(|u| u.status == monitoring)
                .map(|u| time(p, u.at)),
            resolved_at: inc.resolved_at().map(|t| time(p, t)),
            impact: impact_of(inc),
            shortlink: format!("{}{}", p.site.base_url, view.head.url),
            started_at: time(p, inc.started_at),
            page_id: self.page.id.clone(),
            incident_updates: self.updates(inc, view, &promises, &id),
            components: inc
                .components
                .iter()
                .filter_map(|c| component(c).cloned())
                .collect(),
            scheduled_for: inc.window.map(|w| time(p, w.from)),
            scheduled_until: inc.window.map(|w| time(p, w.until)),
            candor_id: inc.id.clone(),
            candor_owner: (&inc.owner).into(),
            // The promise customers are waiting on: open incidents only, as on the page.
            candor_next_update_by: inc.next_update_due().map(|t| time(p, t)),
            candor_apology: apology(p, inc, view),
            candor_postmortem: inc.postmortem.as_ref().map(|s| s.trim_end().to_string()),
            candor_postmortem_published_at: inc.postmortem_published_at.map(|t| time(p, t)),
            candor_promises: {
                let l = Ledger::of(&promises);
                LedgerJson {
                    kept: l.kept,
                    missed: l.missed,
                    overdue: l.overdue,
                    pending: l.pending,
                    text: view.ledger.as_ref().map(|l| l.text.clone()),
                }
            },
        }
    }

    /// The incident's updates, newest first, each with the components it moved and the
    /// promise it made.
    fn updates(
        &self,
        inc: &Incident,
        view: &IncidentView,
        promises: &[crate::derive::Promise],
        id: &str,
    ) -> Vec<UpdateJson> {
        let p = self.p;
        // Read by update, in one pass each: per-update searches made a long incident quadratic.
        let mut promise_of: Vec<Option<&crate::derive::Promise>> = vec![None; inc.updates.len()];
        for q in promises {
            if let Some(slot) = promise_of.get_mut(q.update) {
                *slot = Some(q);
            }
        }
        let html_of: std::collections::HashMap<usize, &str> = view
            .updates
            .iter()
            .map(|v| (v.number, v.body_html.as_str()))
            .collect();
        let history = inc.state_history();
        let mut updates: Vec<UpdateJson> = inc
            .updates
            .iter()
            .enumerate()
            .map(|(i, u)| {
                let number = i + 1;
                let affected = self.affected(inc, &history, i);
                let at = time(p, u.at);
                UpdateJson {
                    id: api_id(&format!("update:{}:{number}", inc.id)),
                    status: u.status.as_str(),
                    body: u.body.trim_end().to_string(),
                    incident_id: id.to_string(),
                    created_at: at.clone(),
                    updated_at: at.clone(),
                    display_at: at,
                    affected_components: (!affected.is_empty()).then_some(affected),
                    // Every update goes out on every channel (feeds, this API) as it is built.
                    deliver_notifications: true,
                    custom_tweet: None,
                    tweet_id: None,
                    candor_author: u.author.name.clone(),
                    candor_next_update_by: u.next_update_by.map(|t| time(p, t)),
                    candor_promise: promise_of[i].map(|q| PromiseJson {
                        outcome: q.outcome.as_str(),
                        late_minutes: q.outcome.late_by().map(crate::time::late_minutes),
                    }),
                    candor_body_html: html_of
                        .get(&number)
                        .map(|h| h.to_string())
                        .unwrap_or_default(),
                }
            })
            .collect();
        updates.reverse();
        updates
    }

    /// The components update `i` touched: those it set, and those whose state it changed.
    fn affected(
        &self,
        inc: &Incident,
        history: &[Vec<Option<ComponentState>>],
        i: usize,
    ) -> Vec<AffectedJson> {
        let u = &inc.updates[i];
        let before = states_after(inc, history, i.checked_sub(1));
        let after = states_after(inc, history, Some(i));
        let state = |m: &BTreeMap<&str, ComponentState>, c: &str| {
            m.get(c).copied().unwrap_or(ComponentState::Operational)
        };
        inc.components
            .iter()
            .filter(|c| {
                u.components.iter().any(|(set, _)| set == *c)
                    || state(&before, c) != state(&after, c)
            })
            .filter_map(|c| {
                let comp = self.by_candor_id.get(c.as_str())?;
                Some(AffectedJson {
                    code: comp.id.clone(),
                    name: comp.name.clone(),
                    old_status: state(&before, c).as_str(),
                    new_status: state(&after, c).as_str(),
                })
            })
            .collect()
    }
}

/// Statuspage's status word: a resolved incident moves to `postmortem` once one is published;
/// a maintenance whose window opened with no word is `in_progress`, as Statuspage moves it.
fn status_of(inc: &Incident, now: jiff::Timestamp) -> &'static str {
    match (inc.status_now(now), &inc.postmortem) {
        (Status::Resolved, Some(_)) => "postmortem",
        (s, _) => s.as_str(),
    }
}

/// Statuspage's impact for planned work; a maintenance that sets a real impact keeps it, as
/// Statuspage's impact override does.
fn impact_of(inc: &Incident) -> &'static str {
    match (inc.kind, inc.impact) {
        (Kind::Maintenance, Impact::None) => "maintenance",
        (_, i) => i.as_str(),
    }
}

/// The apology, signed, with its remedies.
fn apology(p: &Prepared, inc: &Incident, view: &IncidentView) -> Option<ApologyJson> {
    inc.apology.as_ref().map(|a| ApologyJson {
        author: (&a.author).into(),
        published_at: time(p, a.published_at),
        url: format!(
            "{}{}",
            p.site.base_url,
            view.apology.as_ref().map_or("", |v| v.url.as_str())
        ),
        body: a.body.trim_end().to_string(),
        remedy: a
            .remedy
            .iter()
            .map(|m| RemedyJson {
                offer: m.offer.clone(),
                eligible: m.eligible.clone(),
                how: m.how.as_str(),
                claim_url: m.claim_url.clone(),
                deadline: m.deadline.map(|d| d.to_string()),
                status: m.status.as_str(),
                issued_at: m.issued_at.map(|d| d.to_string()),
            })
            .collect(),
    })
}

/// Each listed component's state once update `upto` is published (`None`: before the first
/// update). A final update (resolved, completed) returns everything to operational, as the
/// page and the uptime do.
fn states_after<'i>(
    inc: &'i Incident,
    history: &[Vec<Option<ComponentState>>],
    upto: Option<usize>,
) -> BTreeMap<&'i str, ComponentState> {
    let Some(i) = upto else {
        return BTreeMap::new();
    };
    if inc.updates[i].status.is_final() {
        return BTreeMap::new();
    }
    inc.components
        .iter()
        .zip(&history[i])
        .filter_map(|(c, s)| Some((c.as_str(), (*s)?)))
        .collect()
}

/// Components and their groups, numbered as Statuspage does: top-level items (groups and
/// ungrouped components) 1, 2, 3… in `candor.yaml` order, each group's children 1, 2, 3…
/// within it; listed by position.
fn components(
    site: &Site,
    p: &Prepared,
    scan: &Scan,
    page_id: &str,
    created: Timestamp,
) -> Vec<ComponentJson> {
    let states = &p.states;
    let touched = |cid: &str| scan.touched.get(cid).copied();
    let group_id = |name: &str| api_id(&format!("group:{name}"));
    // Top-level items in order: a group appears where its first component does.
    let mut top: Vec<(Option<&str>, Vec<&Component>)> = Vec::new();
    for c in &site.config.components {
        match c.group.as_deref() {
            Some(g) => match top.iter_mut().find(|(name, _)| *name == Some(g)) {
                Some((_, children)) => children.push(c),
                None => top.push((Some(g), vec![c])),
            },
            None => top.push((None, vec![c])),
        }
    }
    let component = |c: &Component, position: usize, group: Option<&str>| ComponentJson {
        id: api_id(&format!("component:{}", c.id)),
        name: c.name.clone(),
        status: states
            .get(&c.id)
            .copied()
            .unwrap_or(ComponentState::Operational)
            .as_str(),
        created_at: time(p, created),
        updated_at: time(p, touched(&c.id).unwrap_or(created)),
        position,
        description: c.description.clone(),
        // candor shows uptime bars for every component.
        showcase: true,
        start_date: None,
        group_id: group.map(group_id),
        page_id: page_id.to_string(),
        group: false,
        // candor lists every component, whatever its state.
        only_show_if_degraded: false,
        components: None,
        candor_id: Some(c.id.clone()),
    };
    let mut all: Vec<ComponentJson> = Vec::new();
    for (position, (group, children)) in top.iter().enumerate() {
        let position = position + 1;
        match group {
            None => all.extend(children.iter().map(|c| component(c, position, None))),
            Some(name) => {
                let kids: Vec<ComponentJson> = children
                    .iter()
                    .enumerate()
                    .map(|(i, c)| component(c, i + 1, Some(name)))
                    .collect();
                // A group shows its worst child, as on the page.
                let worst = children
                    .iter()
                    .filter_map(|c| states.get(&c.id).copied())
                    .max()
                    .unwrap_or(ComponentState::Operational);
                let updated = children.iter().filter_map(|c| touched(&c.id)).max();
                all.push(ComponentJson {
                    id: group_id(name),
                    name: name.to_string(),
                    status: worst.as_str(),
                    created_at: time(p, created),
                    updated_at: time(p, updated.unwrap_or(created)),
                    position,
                    description: None,
                    showcase: false,
                    start_date: None,
                    group_id: None,
                    page_id: page_id.to_string(),
                    group: true,
                    only_show_if_degraded: false,
                    components: Some(kids.iter().map(|k| k.id.clone()).collect()),
                    candor_id: None,
                });
                all.extend(kids);
            }
        }
    }
    // Statuspage lists by position; ties keep the page's order (a group before its children).
    all.sort_by_key(|c| c.position);
    all
}

#[derive(Serialize)]
struct StatusFile<'a> {
    page: &'a PageJson,
    status: &'a StatusJson,
}

#[derive(Serialize)]
struct ComponentsFile<'a> {
    page: &'a PageJson,
    components: &'a [ComponentJson],
}

#[derive(Serialize)]
struct IncidentsFile<'a> {
    page: &'a PageJson,
    incidents: &'a [IncidentJson],
    /// How many there are, when the list holds only the `LIST_MAX` most recent.
    #[serde(skip_serializing_if = "Option::is_none")]
    candor_total: Option<usize>,
}

#[derive(Serialize)]
struct MaintenancesFile<'a> {
    page: &'a PageJson,
    scheduled_maintenances: &'a [IncidentJson],
    #[serde(skip_serializing_if = "Option::is_none")]
    candor_total: Option<usize>,
}

#[derive(Serialize)]
struct SummaryFile<'a> {
    page: &'a PageJson,
    components: &'a [ComponentJson],
    incidents: &'a [IncidentJson],
    scheduled_maintenances: &'a [IncidentJson],
    status: &'a StatusJson,
    #[serde(skip_serializing_if = "Option::is_none")]
    candor_incidents_total: Option<usize>,
    #[serde(skip_serializing_if = "Option::is_none")]
    candor_scheduled_maintenances_total: Option<usize>,
}

fn json(value: &impl Serialize) -> Vec<u8> {
    let mut bytes = serde_json::to_vec_pretty(value).expect("API files serialise");
    bytes.push(b'\n');
    bytes
}

/// What the API needs from the whole history, gathered in one pass over it (each pass over
/// 10,000 incidents and their updates costs milliseconds in `watch`).
#[derive(Default)]
struct Scan<'s> {
    /// The earliest start or update.
    history_start: Option<Timestamp>,
    /// The latest moment the history records (an update, an apology) up to now: when the
    /// page last changed.
    updated: Option<Timestamp>,
    /// Each component's latest such moment.
    touched: std::collections::HashMap<&'s str, Timestamp>,
    /// Which incidents each file lists, by index, in the site's order (newest first).
    incidents: Vec<usize>,
    unresolved: Vec<usize>,
    maintenances: Vec<usize>,
    active: Vec<usize>,
    /// Soonest first, as the page lists them.
    upcoming: Vec<usize>,
    /// How many unresolved, active and upcoming there are, before the lists were cut.
    totals: Vec<usize>,
}

impl<'s> Scan<'s> {
    fn new(site: &'s Site, now: Timestamp) -> Self {
        let mut scan = Scan::default();
        for (n, inc) in site.incidents.iter().enumerate() {
            // Updates are oldest first (validation sees to it), so the first and the last
            // up to now are at the ends: no need to read them all.
            let first = inc.updates.first().map(|u| u.at);
            let start = first.map_or(inc.started_at, |f| f.min(inc.started_at));
            scan.history_start = Some(scan.history_start.map_or(start, |h| h.min(start)));
            let last = inc.updates.iter().rev().map(|u| u.at).find(|t| *t <= now);
            let apology = inc.apology.as_ref().map(|a| a.published_at);
            if let Some(t) = last.max(apology.filter(|t| *t <= now)) {
                scan.updated = Some(scan.updated.map_or(t, |u| u.max(t)));
                for c in &inc.components {
                    let e = scan.touched.entry(c.as_str()).or_insert(t);
                    *e = (*e).max(t);
                }
            }
            match inc.kind {
                Kind::Incident if scan.incidents.len() < LIST_MAX => scan.incidents.push(n),
                Kind::Maintenance if scan.maintenances.len() < LIST_MAX => {
                    scan.maintenances.push(n)
                }
                _ => {}
            }
        }
        let current = crate::derive::current(&site.incidents, now);
        (scan.unresolved, scan.active, scan.upcoming) =
            (current.ongoing, current.active, current.upcoming);
        // The site is newest first, so the first `LIST_MAX` are the most recent.
        for list in [&mut scan.unresolved, &mut scan.active, &mut scan.upcoming] {
            scan.totals.push(list.len());
            list.truncate(LIST_MAX);
        }
        scan
    }
}

/// Writes the eight files of `api/v2/`.
pub(crate) fn render(p: &Prepared, _: &Templates, out: &mut Output) -> Result<(), Diagnostic> {
    let site = p.model;
    // Which incidents each file lists, before building any JSON: `watch` writes a file again
    // only when these or the page's own state changed.
    let scan = Scan::new(site, p.now);
    let api = Api::new(site, p, &scan);
    let page = &api.page;
    let (incidents, unresolved, maintenances) =
        (&scan.incidents, &scan.unresolved, &scan.maintenances);
    let (active, upcoming, totals) = (&scan.active, &scan.upcoming, &scan.totals);
    let (unresolved_total, active_total, upcoming_total) = (totals[0], totals[1], totals[2]);
    // Only a cut list carries its total, so files under the bound are Statuspage's exactly.
    let total = |shown: usize, all: usize| (all > shown).then_some(all);
    let current: Vec<usize> = active.iter().chain(upcoming).copied().collect();
    let current_total = active_total + upcoming_total;

    let head =
        serde_json::to_string(&(page, &api.status, &api.components)).expect("API files serialise");
    let jsons = |ids: &[usize]| -> Vec<IncidentJson> {
        ids.iter()
            .map(|&n| api.incident(&site.incidents[n], &p.view(n)))
            .collect()
    };
    let mut file = |name: &str, ids: &[usize], make: &dyn Fn() -> Vec<u8>| {
        let path = format!("api/v2/{name}");
        // The totals are shown: a cut list changes when only its total does.
        let shown = Shown {
            incidents: ids,
            rest: (&head, totals),
        };
        let bytes = p
            .memoized(&path, shown, |_| {
                Ok::<_, std::convert::Infallible>(Bytes::from(make()))
            })
            .unwrap_or_else(|never| match never {});
        out.insert(path, bytes);
    };
    let both: Vec<usize> = unresolved.iter().chain(&current).copied().collect();
    file("summary.json", &both, &|| {
        json(&SummaryFile {
            page,
            components: &api.components,
            incidents: &jsons(unresolved),
            scheduled_maintenances: &jsons(&current),
            status: &api.status,
            candor_incidents_total: total(unresolved.len(), unresolved_total),
            candor_scheduled_maintenances_total: total(current.len(), current_total),
        })
    });
    file("status.json", &[], &|| {
        json(&StatusFile {
            page,
            status: &api.status,
        })
    });
    file("components.json", &[], &|| {
        json(&ComponentsFile {
            page,
            components: &api.components,
        })
    });
    file("incidents.json", incidents, &|| {
        json(&IncidentsFile {
            page,
            incidents: &jsons(incidents),
            candor_total: None,
        })
    });
    file("incidents/unresolved.json", unresolved, &|| {
        json(&IncidentsFile {
            page,
            incidents: &jsons(unresolved),
            candor_total: total(unresolved.len(), unresolved_total),
        })
    });
    for (name, list, all) in [
        (
            "scheduled-maintenances.json",
            maintenances,
            maintenances.len(),
        ),
        (
            "scheduled-maintenances/upcoming.json",
            upcoming,
            upcoming_total,
        ),
        ("scheduled-maintenances/active.json", active, active_total),
    ] {
        file(name, list, &|| {
            json(&MaintenancesFile {
                page,
                scheduled_maintenances: &jsons(list),
                candor_total: total(list.len(), all),
            })
        });
    }
    Ok(())
}

/// The page, its status and incident `index`, exactly as `api/v2/` writes them as of `p.now`:
/// `{"page": …, "status": …, "incident": …}`. `candor notify` builds the generic webhook (the
/// shape Statuspage sends its webhook subscribers) from these, so the two never disagree.
pub(crate) fn statuspage_objects(p: &Prepared, index: usize) -> serde_json::Value {
    let scan = Scan::new(p.model, p.now);
    let api = Api::new(p.model, p, &scan);
    let incident = api.incident(&p.model.incidents[index], &p.view(index));
    serde_json::json!({ "page": api.page, "status": api.status, "incident": incident })
}

/// The grace the site judges promises with, as the pages use it.
fn site_grace(p: &Prepared) -> jiff::SignedDuration {
    jiff::SignedDuration::from_secs(p.site.promise_grace)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_twelve_base36_characters_and_stable() {
        let id = api_id("incident:card-payments-failing");
        assert_eq!(id.len(), 12);
        assert!(
            id.bytes()
                .all(|b| b.is_ascii_digit() || b.is_ascii_lowercase())
        );
        assert_eq!(id, api_id("incident:card-payments-failing"));
        assert_ne!(id, api_id("incident:card-payments-failing-2"));
    }
}
