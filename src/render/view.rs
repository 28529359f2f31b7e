//! The model as templates see it: times formatted in the site's zone (with the zone named),
//! markdown rendered once, labels spelt out. Built once per incident and shared by every page
//! and channel that shows it.

use jiff::Timestamp;
use serde::Serialize;

use crate::derive::{Indicator, Ledger, Outcome, Uptime};
use crate::model::*;
use crate::render::markdown;
use crate::time::{Clock, TimeView, human_duration};

#[derive(Debug, Clone, Serialize)]
pub struct SiteView {
    pub title: String,
    pub description: Option<String>,
    pub base_url: String,
    pub language: String,
    pub timezone: String,
    pub contact: Option<Contact>,
    pub indicator: IndicatorView,
    /// The build's "now".
    pub now: TimeView,
    /// Seconds an update may be late and still keep its promise.
    pub promise_grace: i64,
    /// Whether pages carry the small optional script (overdue promises, reader's zone).
    pub live_script: bool,
}

#[derive(Debug, Clone, Serialize)]
pub struct IndicatorView {
    /// The indicator itself, for channels that say it in their own words (badges).
    #[serde(skip)]
    pub fact: Indicator,
    /// none | minor | major | critical | maintenance
    pub level: &'static str,
    pub description: &'static str,
}

impl From<Indicator> for IndicatorView {
    fn from(i: Indicator) -> Self {
        IndicatorView {
            fact: i,
            level: i.as_str(),
            description: i.description(),
        }
    }
}

#[derive(Debug, Clone, Serialize)]
pub struct PersonView {
    pub name: String,
    pub role: Option<String>,
    pub email: Option<String>,
    /// "MD", to sign updates.
    pub initials: String,
}

impl PersonView {
    pub fn new(p: &Person) -> Self {
        PersonView {
            name: p.name.clone(),
            role: p.role.clone(),
            // Templates make `mailto:` links of it: only a plain address, never one with
            // `?cc=` parameters (`check` refuses those; this holds by itself).
            email: p.email.clone().filter(|e| crate::text::is_plain_address(e)),
            initials: p.initials.clone(),
        }
    }
}

#[derive(Debug, Clone, Serialize)]
pub struct Named {
    pub id: String,
    pub name: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct StateChange {
    pub id: String,
    pub name: String,
    pub state: &'static str,
    pub state_label: &'static str,
}

#[derive(Debug, Clone, Serialize)]
pub struct UpdateView {
    /// 1-based, in the order written; stable across rebuilds, so anchors and feed ids are.
    pub number: usize,
    pub anchor: String,
    pub at: TimeView,
    pub status: &'static str,
    pub status_label: &'static str,
    pub author: String,
    /// The author's role, when known (the owner, or someone in `people:`).
    pub author_role: Option<String>,
    pub initials: String,
    pub body_html: String,
    pub changes: Vec<StateChange>,
    pub next_update_by: Option<TimeView>,
    /// What became of this update's promise, if it made one.
    pub promise: Option<OutcomeView>,
}

#[derive(Debug, Clone, Serialize)]
pub struct OutcomeView {
    /// The outcome itself, for channels that say it in their own words (feeds).
    #[serde(skip)]
    pub fact: Outcome,
    /// kept | missed | pending | overdue
    pub outcome: &'static str,
    /// "12 minutes", for missed and overdue promises.
    pub late_by: Option<String>,
}

impl From<Outcome> for OutcomeView {
    fn from(o: Outcome) -> Self {
        OutcomeView {
            fact: o,
            outcome: o.as_str(),
            late_by: o.late_by().map(crate::time::late_words),
        }
    }
}

#[derive(Debug, Clone, Serialize)]
pub struct PromiseView {
    pub by: TimeView,
    /// Who made the promise: the author of the update that made it.
    pub author: String,
    /// The time has passed, plus grace, with no update.
    pub overdue: bool,
    /// "12 minutes" when overdue.
    pub late_by: Option<String>,
}

/// The promise ledger of an incident, or of the whole site, counted and said in words.
#[derive(Debug, Clone, Serialize, Hash)]
pub struct LedgerView {
    pub kept: usize,
    pub missed: usize,
    pub overdue: usize,
    /// Promises whose outcome is known.
    pub judged: usize,
    /// "We promised 7 updates on time and delivered 6; one was 12 minutes late."
    pub text: String,
    /// The same, as a clause to follow other words: "we promised 7 updates…".
    pub clause: String,
}

impl LedgerView {
    pub fn new(l: &Ledger) -> Option<LedgerView> {
        let judged = l.judged();
        if judged == 0 {
            return None;
        }
        let plural = |n: usize| if n == 1 { "update" } else { "updates" };
        let count = |n: usize| {
            if n == 1 {
                "one".to_string()
            } else {
                n.to_string()
            }
        };
        let late = l
            .worst_late_by
            .map(crate::time::late_words)
            .unwrap_or_default();
        let kept = if l.kept == 0 {
            "none of them on time".to_string()
        } else {
            l.kept.to_string()
        };
        let clause = match (l.missed, l.overdue) {
            (0, 0) => format!(
                "we promised {} {} on time and delivered {}",
                count(judged),
                plural(judged),
                match judged {
                    1 => "it".to_string(),
                    2 => "both".to_string(),
                    n => format!("all {n}"),
                }
            ),
            (1, 0) if judged == 1 => format!("we promised 1 update on time; it came {late} late"),
            (0, 1) if judged == 1 => {
                format!("we promised 1 update on time; it is {late} overdue so far")
            }
            (1, 0) => format!(
                "we promised {judged} {} on time and delivered {kept}; one was {late} late",
                plural(judged)
            ),
            (m, 0) => format!(
                "we promised {judged} {} on time and delivered {kept}; {m} were late, the latest by {late}",
                plural(judged)
            ),
            (_, o) => format!(
                "we promised {judged} {} on time and delivered {kept}; {} {} overdue, by {late} so far",
                plural(judged),
                count(o),
                if o == 1 { "is" } else { "are" }
            ),
        };
        let mut text = clause.clone();
        text[..1].make_ascii_uppercase();
        text.push('.');
        Some(LedgerView {
            kept: l.kept,
            missed: l.missed,
            overdue: l.overdue,
            judged,
            text,
            clause,
        })
    }
}

#[derive(Debug, Clone, Serialize)]
pub struct WindowView {
    pub from: TimeView,
    pub until: TimeView,
    pub length: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct DeadlineView {
    pub iso: String,
    pub display: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct RemedyView {
    pub offer: String,
    pub eligible: String,
    pub how: &'static str,
    pub how_label: &'static str,
    pub claim_url: Option<String>,
    pub deadline: Option<DeadlineView>,
    /// offered | issued: customers can see a credit was actually paid.
    pub status: &'static str,
    pub issued: Option<DeadlineView>,
}

#[derive(Debug, Clone, Serialize)]
pub struct ApologyView {
    pub url: String,
    pub author: PersonView,
    pub published: TimeView,
    pub body_html: String,
    pub remedy: Vec<RemedyView>,
}

#[derive(Debug, Clone, Serialize)]
pub struct IncidentView {
    /// What lists show too (id, title, status, times…); templates see its fields directly.
    #[serde(flatten)]
    pub head: Heading,
    pub owner: PersonView,
    pub components: Vec<Named>,
    /// Newest first, as readers scan a timeline.
    pub updates: Vec<UpdateView>,
    pub latest: Option<UpdateView>,
    /// The promise customers are waiting on: open incidents only.
    pub next_update: Option<PromiseView>,
    /// Kept and broken promises of this incident.
    pub ledger: Option<LedgerView>,
    pub apology: Option<ApologyView>,
    pub postmortem_html: Option<String>,
    pub postmortem_published: Option<TimeView>,
    /// Plain-text gist of the latest update, for lists.
    pub summary: String,
}

pub fn incident_view(
    inc: &Incident,
    config: &Config,
    clock: &Clock,
    now: Timestamp,
) -> IncidentView {
    let name_of = |id: &str| component_name(config, id).to_string();
    let promises = inc.promises(now, config.promises.grace);
    let outcome_of = |i: usize| promises.iter().find(|p| p.update == i).map(|p| p.outcome);
    let mut updates: Vec<UpdateView> = inc
        .updates
        .iter()
        .enumerate()
        .map(|(i, u)| UpdateView {
            number: i + 1,
            anchor: format!("update-{}", i + 1),
            at: clock.view(u.at),
            status: u.status.as_str(),
            status_label: u.status.label(),
            author: u.author.name.clone(),
            author_role: u.author.role.clone(),
            initials: u.author.initials.clone(),
            // Update bodies sit under an h3 (the update's time on the incident page, the card's
            // title on the index).
            body_html: markdown::render(&u.body, 4),
            changes: u
                .components
                .iter()
                .map(|(c, s)| StateChange {
                    id: c.clone(),
                    name: name_of(c),
                    state: s.as_str(),
                    state_label: s.label(),
                })
                .collect(),
            next_update_by: u.next_update_by.map(|t| clock.view(t)),
            promise: outcome_of(i).map(OutcomeView::from),
        })
        .collect();
    updates.reverse();
    let next_update = inc
        .next_update_due()
        .zip(inc.updates.last())
        .map(|(by, u)| {
            let late_by = match outcome_of(inc.updates.len() - 1) {
                Some(Outcome::Overdue { late_by }) => Some(crate::time::late_words(late_by)),
                _ => None,
            };
            PromiseView {
                by: clock.view(by),
                author: u.author.name.clone(),
                overdue: late_by.is_some(),
                late_by,
            }
        });
    let head = heading(inc, clock, now);
    let url = head.url.clone();
    IncidentView {
        head,
        owner: PersonView::new(&inc.owner),
        components: inc
            .components
            .iter()
            .map(|c| Named {
                id: c.clone(),
                name: name_of(c),
            })
            .collect(),
        summary: crate::text::truncate_words(
            &markdown::plain(inc.updates.last().map_or("", |u| &u.body)),
            200,
        ),
        latest: updates.first().cloned(),
        updates,
        next_update,
        ledger: LedgerView::new(&Ledger::of(&promises)),
        apology: inc.apology.as_ref().map(|a| ApologyView {
            url: apology_url(&url),
            author: PersonView::new(&a.author),
            published: clock.view(a.published_at),
            // The letter sits under the apology page's h1.
            body_html: markdown::render(&a.body, 2),
            remedy: a
                .remedy
                .iter()
                .map(|m| RemedyView {
                    offer: m.offer.clone(),
                    eligible: m.eligible.clone(),
                    how: m.how.as_str(),
                    how_label: m.how.label(),
                    // Templates and feeds make a link of it: only a web or mail address
                    // (`check` refuses others; this holds by itself, as for emails).
                    claim_url: m
                        .claim_url
                        .clone()
                        .filter(|u| crate::links::is_safe_link(u)),
                    deadline: m.deadline.map(date_view),
                    status: m.status.as_str(),
                    issued: m.issued_at.map(date_view),
                })
                .collect(),
        }),
        // The review sits under the incident page's h2 "Post-incident review".
        postmortem_html: inc.postmortem.as_ref().map(|p| markdown::render(p, 3)),
        postmortem_published: inc.postmortem_published_at.map(|t| clock.view(t)),
    }
}

/// An incident as lists show it (index, history, component pages): a few fields and no
/// markdown, built straight from the model, so listing thousands of incidents stays cheap.
#[derive(Debug, Clone, Serialize)]
pub struct RowView {
    #[serde(flatten)]
    pub head: Heading,
    pub apology: Option<RowApology>,
}

/// What every view of an incident shows, in a list row or on its own page.
#[derive(Debug, Clone, Serialize)]
pub struct Heading {
    pub id: String,
    /// Relative to the site root, ending in `/`.
    pub url: String,
    pub kind: &'static str,
    pub is_maintenance: bool,
    pub title: String,
    pub impact: &'static str,
    pub impact_label: &'static str,
    pub status: &'static str,
    pub status_label: &'static str,
    pub is_open: bool,
    pub started: TimeView,
    pub resolved: Option<TimeView>,
    /// "4 h 28 min" for a resolved incident, "so far" figure for an open one.
    pub duration: String,
    pub window: Option<WindowView>,
    /// `2026-11`, for grouping by month.
    pub month: String,
    pub month_label: String,
    pub year: i16,
}

/// The name a component is shown by: its `name` in `candor.yaml`, else the id written.
pub fn component_name<'a>(config: &'a Config, id: &'a str) -> &'a str {
    config.component(id).map_or(id, |c| c.name.as_str())
}

/// A component state inside a sentence or on a badge: "major outage".
pub fn state_words(s: ComponentState) -> String {
    s.label().to_lowercase()
}

/// Where an incident's page lives, relative to the site root: `incidents/<id>/`.
pub fn incident_url(id: &str) -> String {
    format!("incidents/{id}/")
}

/// Where the apology for the incident at `incident_url` lives.
pub fn apology_url(incident_url: &str) -> String {
    format!("{incident_url}apology/")
}

pub fn heading(inc: &Incident, clock: &Clock, now: Timestamp) -> Heading {
    let z = clock.zoned(inc.started_at);
    Heading {
        id: inc.id.clone(),
        url: incident_url(&inc.id),
        kind: inc.kind.as_str(),
        is_maintenance: inc.kind == Kind::Maintenance,
        title: inc.title.clone(),
        impact: inc.impact.as_str(),
        impact_label: inc.impact.label(),
        status: inc.status().as_str(),
        status_label: inc.status().label(),
        is_open: inc.is_open(),
        started: clock.view(inc.started_at),
        resolved: inc.resolved_at().map(|t| clock.view(t)),
        duration: human_duration(inc.duration(now).as_secs()),
        window: inc.window.as_ref().map(|w| window_view(clock, w)),
        month: z.strftime("%Y-%m").to_string(),
        month_label: z.strftime("%B %Y").to_string(),
        year: z.year(),
    }
}

#[derive(Debug, Clone, Serialize)]
pub struct RowApology {
    pub url: String,
    pub author: RowPerson,
    pub published: TimeView,
    pub remedy_count: usize,
}

#[derive(Debug, Clone, Serialize)]
pub struct RowPerson {
    pub name: String,
}

fn window_view(clock: &Clock, w: &Window) -> WindowView {
    WindowView {
        from: clock.view(w.from),
        until: clock.view(w.until),
        length: human_duration((w.until - w.from).get_seconds()),
    }
}

pub fn row_view(inc: &Incident, clock: &Clock, now: Timestamp) -> RowView {
    let head = heading(inc, clock, now);
    RowView {
        apology: inc.apology.as_ref().map(|a| RowApology {
            url: apology_url(&head.url),
            author: RowPerson {
                name: a.author.name.clone(),
            },
            published: clock.view(a.published_at),
            remedy_count: a.remedy.len(),
        }),
        head,
    }
}

fn date_view(d: jiff::civil::Date) -> DeadlineView {
    DeadlineView {
        iso: d.to_string(),
        display: d.strftime("%-d %B %Y").to_string(),
    }
}

#[derive(Debug, Clone, Serialize)]
pub struct DayView {
    pub iso: String,
    pub state: &'static str,
    /// "20 Nov 2026"
    pub date: String,
    /// "major outage for 4 h 28 min", or "no incidents".
    pub summary: String,
    /// "20 Nov 2026: major outage for 4 h 28 min" — the day as text, not colour alone.
    pub label: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct ComponentView {
    pub id: String,
    pub name: String,
    pub description: Option<String>,
    pub state: &'static str,
    pub state_label: &'static str,
    /// "99.87"
    pub uptime: String,
    pub days: Vec<DayView>,
    /// Only the days that were not fully operational, for the text summary.
    pub bad_days: Vec<DayView>,
}

#[derive(Debug, Clone, Serialize)]
pub struct GroupView {
    pub name: Option<String>,
    pub components: Vec<ComponentView>,
}

pub fn component_view(c: &Component, state: ComponentState, uptime: &Uptime) -> ComponentView {
    let days: Vec<DayView> = uptime
        .days
        .iter()
        .map(|d| {
            let date = d.date.strftime("%-d %b %Y").to_string();
            let summary = if d.seconds.is_empty() {
                "no incidents".to_string()
            } else {
                d.seconds
                    .iter()
                    .rev()
                    .map(|(s, secs)| format!("{} for {}", state_words(*s), human_duration(*secs)))
                    .collect::<Vec<_>>()
                    .join(", ")
            };
            let label = format!("{date}: {summary}");
            DayView {
                iso: d.date.to_string(),
                state: d.worst.as_str(),
                date,
                summary,
                label,
            }
        })
        .collect();
    let bad_days = uptime
        .days
        .iter()
        .zip(&days)
        .filter(|(d, _)| d.worst != ComponentState::Operational)
        .map(|(_, view)| view.clone())
        .collect();
    ComponentView {
        id: c.id.clone(),
        name: c.name.clone(),
        description: c.description.clone(),
        state: state.as_str(),
        state_label: state.label(),
        uptime: format!("{:.2}", (uptime.percent * 100.0).floor() / 100.0),
        days,
        bad_days,
    }
}
