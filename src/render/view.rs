//! The model as templates see it: times formatted in the site's zone (with the zone named),
//! markdown rendered once, labels spelt out. Built once per incident and shared by every page
//! and channel that shows it.

use jiff::Timestamp;
use serde::Serialize;

use crate::derive::{Indicator, Ledger, Outcome, Phase, Uptime};
use crate::model::*;
use crate::render::card::{Card, OgView};
use crate::render::markdown;
use crate::time::{Clock, TimeView, human_duration};

#[derive(Debug, Clone, Serialize)]
pub(crate) struct SiteView {
    pub(crate) title: String,
    pub(crate) description: Option<String>,
    pub(crate) base_url: String,
    pub(crate) language: String,
    pub(crate) timezone: String,
    pub(crate) contact: Option<Contact>,
    pub(crate) indicator: IndicatorView,
    /// The build's "now".
    pub(crate) now: TimeView,
    /// Seconds an update may be late and still keep its promise.
    pub(crate) promise_grace: i64,
    /// Whether pages carry the small optional script (overdue promises, reader's zone).
    pub(crate) live_script: bool,
    /// The logo, accent and favicon every page's head and header show.
    pub(crate) brand: Brand,
    /// The link preview of the pages about the whole site (the site's status).
    pub(crate) og: OgView,
}

#[derive(Debug, Clone, Serialize)]
pub(crate) struct IndicatorView {
    /// The indicator itself, for channels that say it in their own words (badges).
    #[serde(skip)]
    pub(crate) fact: Indicator,
    /// none | minor | major | critical | maintenance
    pub(crate) level: &'static str,
    pub(crate) description: &'static str,
}

impl IndicatorView {
    /// The site's own status, as the link-preview picture of the pages about the whole site
    /// shows it: the banner's words in its level's colour.
    pub(crate) fn card(&self) -> Card {
        Card {
            wording: self.description.to_string(),
            level: self.level,
        }
    }
}

impl Heading {
    /// The incident's state, as the link-preview picture of its pages shows it.
    pub(crate) fn card(&self) -> Card {
        Card::of_incident(
            self.status_label,
            self.impact,
            self.is_open,
            self.is_maintenance,
        )
    }
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
pub(crate) struct PersonView {
    pub(crate) name: String,
    pub(crate) role: Option<String>,
    pub(crate) email: Option<String>,
    /// "MD", to sign updates.
    pub(crate) initials: String,
}

impl PersonView {
    pub(crate) fn new(p: &Person) -> Self {
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
pub(crate) struct Named {
    pub(crate) id: String,
    pub(crate) name: String,
}

#[derive(Debug, Clone, Serialize)]
pub(crate) struct StateChange {
    pub(crate) id: String,
    pub(crate) name: String,
    pub(crate) state: &'static str,
    pub(crate) state_label: &'static str,
}

#[derive(Debug, Clone, Serialize)]
pub(crate) struct UpdateView {
    /// 1-based, in the order written; stable across rebuilds, so anchors and feed ids are.
    pub(crate) number: usize,
    pub(crate) anchor: String,
    pub(crate) at: TimeView,
    pub(crate) status: &'static str,
    pub(crate) status_label: &'static str,
    /// It reopens the incident: a status that does not end it, after one that did.
    pub(crate) reopened: bool,
    pub(crate) author: String,
    /// The author's role, when known (the owner, or someone in `people:`).
    pub(crate) author_role: Option<String>,
    pub(crate) initials: String,
    pub(crate) body_html: String,
    pub(crate) changes: Vec<StateChange>,
    pub(crate) next_update_by: Option<TimeView>,
    /// The same promise in words, its day named as seen from the build's "now":
    /// "16:30 GMT tomorrow, Wed 2 Dec" ([`Clock::when`]).
    pub(crate) next_update_when: Option<String>,
    /// What became of this update's promise, if it made one.
    pub(crate) promise: Option<OutcomeView>,
}

#[derive(Debug, Clone, Serialize)]
pub(crate) struct OutcomeView {
    /// The outcome itself, for channels that say it in their own words (feeds).
    #[serde(skip)]
    pub(crate) fact: Outcome,
    /// kept | missed | pending | overdue
    pub(crate) outcome: &'static str,
    /// "12 minutes", for missed and overdue promises.
    pub(crate) late_by: Option<String>,
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
pub(crate) struct PromiseView {
    pub(crate) by: TimeView,
    /// Its day as seen from the build's "now": "today", "tomorrow, Wed 2 Dec", "on Mon 23 Nov
    /// 2026" ([`Clock::day_words`]); pages print it after `by.time`.
    pub(crate) day: String,
    /// `by.time` and `day` together: "14:30 GMT tomorrow, Wed 2 Dec".
    pub(crate) when: String,
    /// Who made the promise: the author of the update that made it.
    pub(crate) author: String,
    /// The time has passed, plus grace, with no update.
    pub(crate) overdue: bool,
    /// "12 minutes" when overdue.
    pub(crate) late_by: Option<String>,
}

/// The promise ledger of an incident, or of the whole site, counted and said in words.
#[derive(Debug, Clone, Serialize, Hash)]
pub(crate) struct LedgerView {
    pub(crate) kept: usize,
    pub(crate) missed: usize,
    pub(crate) overdue: usize,
    /// Promises whose outcome is known.
    pub(crate) judged: usize,
    /// "We promised 7 updates on time and delivered 6; one was 12 minutes late."
    pub(crate) text: String,
    /// The same, as a clause to follow other words: "we promised 7 updates…".
    pub(crate) clause: String,
}

impl LedgerView {
    pub(crate) fn new(l: &Ledger) -> Option<LedgerView> {
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
pub(crate) struct WindowView {
    pub(crate) from: TimeView,
    pub(crate) until: TimeView,
    pub(crate) length: String,
}

#[derive(Debug, Clone, Serialize)]
pub(crate) struct DeadlineView {
    pub(crate) iso: String,
    pub(crate) display: String,
    /// With its weekday, as a date to act by reads: "Thursday 31 December 2026".
    pub(crate) long: String,
}

#[derive(Debug, Clone, Serialize)]
pub(crate) struct RemedyView {
    pub(crate) offer: String,
    pub(crate) eligible: String,
    pub(crate) how: &'static str,
    pub(crate) how_label: &'static str,
    pub(crate) claim_url: Option<String>,
    /// What the claim button does, where it leads: "Make your claim on acme.example".
    pub(crate) claim_label: Option<String>,
    /// A claim whose deadline passed before the build: the page says so, with no button.
    pub(crate) claims_closed: bool,
    pub(crate) deadline: Option<DeadlineView>,
    /// offered | issued: customers can see a credit was actually paid.
    pub(crate) status: &'static str,
    pub(crate) issued: Option<DeadlineView>,
}

#[derive(Debug, Clone, Serialize)]
pub(crate) struct ApologyView {
    pub(crate) url: String,
    pub(crate) author: PersonView,
    pub(crate) published: TimeView,
    pub(crate) body_html: String,
    pub(crate) remedy: Vec<RemedyView>,
}

#[derive(Debug, Clone, Serialize)]
pub(crate) struct IncidentView {
    /// What lists show too (id, title, status, times…); templates see its fields directly.
    #[serde(flatten)]
    pub(crate) head: Heading,
    pub(crate) owner: PersonView,
    pub(crate) components: Vec<Named>,
    /// Open incidents: the state this incident's latest update leaves each component in.
    pub(crate) states_now: Vec<StateChange>,
    /// "Checkout: major outage for 1 h 44 min, partial outage for 20 min", one per component
    /// that was worse than operational: the time in each state, beside the one open time.
    pub(crate) time_in_states: Vec<String>,
    /// Newest first, as readers scan a timeline.
    pub(crate) updates: Vec<UpdateView>,
    pub(crate) latest: Option<UpdateView>,
    /// The promise customers are waiting on: open incidents only.
    pub(crate) next_update: Option<PromiseView>,
    /// Kept and broken promises of this incident.
    pub(crate) ledger: Option<LedgerView>,
    pub(crate) apology: Option<ApologyView>,
    pub(crate) postmortem_html: Option<String>,
    pub(crate) postmortem_published: Option<TimeView>,
    /// Plain-text gist of the latest update, for lists.
    pub(crate) summary: String,
    /// The link preview of its pages: its own state.
    pub(crate) og: OgView,
}

impl UpdateView {
    /// The update's heading word as text channels write it: "Reopened: Investigating" for an
    /// update that reopens the incident (the templates say the same).
    pub(crate) fn heading_label(&self) -> String {
        match self.reopened {
            true => format!("Reopened: {}", self.status_label),
            false => self.status_label.to_string(),
        }
    }
}

pub(crate) fn incident_view(
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
            reopened: inc.reopens(i),
            author: u.author.name.clone(),
            author_role: u.author.role.clone(),
            initials: u.author.initials.clone(),
            // Update bodies sit under an h3 (the update's time on the incident page, the card's
            // title on the index).
            body_html: markdown::render(&u.body, 4),
            changes: u
                .components
                .iter()
                .map(|(c, s)| state_change(config, c.clone(), *s))
                .collect(),
            next_update_by: u.next_update_by.map(|t| clock.view(t)),
            next_update_when: u.next_update_by.map(|t| clock.when(t, now)),
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
                day: clock.day_words(by, now),
                when: clock.when(by, now),
                author: u.author.name.clone(),
                overdue: late_by.is_some(),
                late_by,
            }
        });
    let head = heading(inc, clock, now);
    let url = head.url.clone();
    IncidentView {
        og: head.card().view(),
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
        states_now: if inc.is_open() {
            inc.states_at(inc.updates.len().saturating_sub(1))
                .into_iter()
                .map(|(c, s)| state_change(config, c, s))
                .collect()
        } else {
            Vec::new()
        },
        time_in_states: time_in_states(inc, config, now),
        summary: crate::text::truncate_words(
            &markdown::plain(inc.updates.last().map_or("", |u| &u.body)),
            200,
        ),
        latest: updates.first().cloned(),
        updates,
        next_update,
        ledger: LedgerView::new(&Ledger::of(&promises)),
        apology: inc
            .apology
            .as_ref()
            .map(|a| apology_view(a, &url, clock, clock.date(now))),
        // The review sits under the incident page's h2 "Post-incident review".
        postmortem_html: inc.postmortem.as_ref().map(|p| markdown::render(p, 3)),
        postmortem_published: inc.postmortem_published_at.map(|t| clock.view(t)),
    }
}

fn state_change(config: &Config, id: String, s: ComponentState) -> StateChange {
    StateChange {
        name: component_name(config, &id).to_string(),
        id,
        state: s.as_str(),
        state_label: s.label(),
    }
}

/// One line per component: its time in each state worse than operational, in the words the
/// component page's days use ("major outage for 1 h 44 min").
fn time_in_states(inc: &Incident, config: &Config, now: Timestamp) -> Vec<String> {
    let mut lines: Vec<(String, Vec<String>)> = Vec::new();
    for (c, s, secs) in inc.time_in_states(now) {
        let part = format!("{} for {}", state_words(s), human_duration(secs));
        match lines.last_mut() {
            Some((last, parts)) if *last == c => parts.push(part),
            _ => lines.push((c, vec![part])),
        }
    }
    lines
        .into_iter()
        .map(|(c, parts)| format!("{}: {}", component_name(config, &c), parts.join(", ")))
        .collect()
}

/// An apology as its page shows it: the letter, signed, and each remedy as of `today`.
fn apology_view(
    a: &Apology,
    incident_url: &str,
    clock: &Clock,
    today: jiff::civil::Date,
) -> ApologyView {
    ApologyView {
        url: apology_url(incident_url),
        author: PersonView::new(&a.author),
        published: clock.view(a.published_at),
        // The letter sits under its h2 "A letter from …" on the apology page.
        body_html: markdown::render(&a.body, 3),
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
                claim_label: m
                    .claim_url
                    .as_deref()
                    .filter(|u| crate::links::is_safe_link(u))
                    .map(claim_label),
                claims_closed: m.how == How::Claim && m.deadline.is_some_and(|d| d < today),
                deadline: m.deadline.map(date_view),
                status: m.status.as_str(),
                issued: m.issued_at.map(date_view),
            })
            .collect(),
    }
}

/// An incident as lists show it (index, history, component pages): a few fields and no
/// markdown, built straight from the model, so listing thousands of incidents stays cheap.
#[derive(Debug, Clone, Serialize)]
pub(crate) struct RowView {
    #[serde(flatten)]
    pub(crate) head: Heading,
    pub(crate) apology: Option<RowApology>,
}

/// What every view of an incident shows, in a list row or on its own page.
#[derive(Debug, Clone, Serialize)]
pub(crate) struct Heading {
    pub(crate) id: String,
    /// Relative to the site root, ending in `/`.
    pub(crate) url: String,
    pub(crate) kind: &'static str,
    pub(crate) is_maintenance: bool,
    pub(crate) title: String,
    pub(crate) impact: &'static str,
    pub(crate) impact_label: &'static str,
    /// "Declared impact: major": what the incident was declared as, named so it is not read
    /// as the components' current state (docs/format.md, "What the status words mean").
    pub(crate) impact_words: String,
    pub(crate) status: &'static str,
    pub(crate) status_label: &'static str,
    pub(crate) is_open: bool,
    /// What a maintenance's window says that its updates do not ("The window closed at …
    /// and the work has not been confirmed complete."), or nothing.
    pub(crate) window_note: Option<String>,
    pub(crate) started: TimeView,
    pub(crate) resolved: Option<TimeView>,
    /// "4 h 28 min" for a resolved incident, "so far" figure for an open one.
    pub(crate) duration: String,
    /// The same figure, saying which duration it is; none for maintenance not yet begun.
    pub(crate) open_for: Option<OpenFor>,
    pub(crate) window: Option<WindowView>,
    /// `2026-11`, for grouping by month.
    pub(crate) month: String,
    pub(crate) month_label: String,
    pub(crate) year: i16,
}

/// The name a component is shown by: its `name` in `candor.yaml`, else the id written.
pub(crate) fn component_name<'a>(config: &'a Config, id: &'a str) -> &'a str {
    config.component(id).map_or(id, |c| c.name.as_str())
}

/// A component state inside a sentence or on a badge: "major outage".
pub(crate) fn state_words(s: ComponentState) -> String {
    s.label().to_lowercase()
}

/// Where an incident's page lives, relative to the site root: `incidents/<id>/`.
pub(crate) fn incident_url(id: &str) -> String {
    format!("incidents/{id}/")
}

/// Where a component's own page, feeds and badge live, relative to the site's root.
pub(crate) fn component_url(id: &str) -> String {
    format!("components/{id}/")
}

/// Where the apology for the incident at `incident_url` lives.
pub(crate) fn apology_url(incident_url: &str) -> String {
    format!("{incident_url}apology/")
}

pub(crate) fn heading(inc: &Incident, clock: &Clock, now: Timestamp) -> Heading {
    let z = clock.zoned(inc.started_at);
    Heading {
        id: inc.id.clone(),
        url: incident_url(&inc.id),
        kind: inc.kind.as_str(),
        is_maintenance: inc.kind == Kind::Maintenance,
        title: inc.title.clone(),
        impact: inc.impact.as_str(),
        impact_label: inc.impact.label(),
        impact_words: impact_words(inc.impact),
        status: inc.status_now(now).as_str(),
        status_label: status_words(inc, now),
        is_open: inc.is_open(),
        window_note: window_note(inc, clock, now),
        started: clock.view(inc.started_at),
        resolved: inc.resolved_at().map(|t| clock.view(t)),
        duration: human_duration(inc.duration(now).as_secs()),
        open_for: open_for(inc, now),
        window: inc.window.as_ref().map(|w| window_view(clock, w)),
        month: z.strftime("%Y-%m").to_string(),
        month_label: z.strftime("%B %Y").to_string(),
        year: z.year(),
    }
}

/// An incident's one duration, said with what it measures, so it is never read against the
/// time a component spent in a state (`IncidentView::time_in_states`).
#[derive(Debug, Clone, Serialize)]
pub(crate) struct OpenFor {
    /// "open for 3 h 25 min", "open for 40 min so far", "work took 1 h".
    pub(crate) words: String,
    /// "from the first report to its resolution".
    pub(crate) span: &'static str,
}

fn open_for(inc: &Incident, now: Timestamp) -> Option<OpenFor> {
    let length = human_duration(inc.duration(now).as_secs());
    let closed = inc.resolved_at().is_some();
    let (words, span) = match (inc.kind, closed) {
        (Kind::Incident, true) => (
            format!("open for {length}"),
            "from the first report to its resolution",
        ),
        (Kind::Incident, false) => (
            format!("open for {length} so far"),
            "since the first report",
        ),
        _ if inc.work_started_at().is_none() => return None,
        (Kind::Maintenance, true) => (
            format!("work took {length}"),
            "from its start to its completion",
        ),
        (Kind::Maintenance, false) => (
            format!("work under way for {length} so far"),
            "since it started",
        ),
    };
    Some(OpenFor { words, span })
}

/// "Declared impact: major", "Declared impact: none".
fn impact_words(i: Impact) -> String {
    let level = match i {
        Impact::None => "none".to_string(),
        other => other.label().to_lowercase(),
    };
    format!("Declared impact: {level}")
}

/// The status as customers are told it at `now`: a maintenance's window read with the clock
/// when no update has caught up with it (`derive::Phase`).
pub(crate) fn status_words(inc: &Incident, now: Timestamp) -> &'static str {
    match inc.phase(now) {
        Some(Phase::AsScheduled) => "Under way as scheduled",
        Some(Phase::Unconfirmed) => "Not confirmed complete",
        _ => inc.status().label(),
    }
}

/// The sentence that goes with `status_words` when the window spoke for the team.
fn window_note(inc: &Incident, clock: &Clock, now: Timestamp) -> Option<String> {
    let w = inc.window?;
    match inc.phase(now)? {
        Phase::AsScheduled => Some(format!(
            "The window opened at {}; the work is under way as scheduled.",
            clock.view(w.from).full
        )),
        Phase::Unconfirmed => Some(format!(
            "The window closed at {}; the work has not been confirmed complete.",
            clock.view(w.until).full
        )),
        _ => None,
    }
}

#[derive(Debug, Clone, Serialize)]
pub(crate) struct RowApology {
    pub(crate) url: String,
    pub(crate) author: RowPerson,
    pub(crate) published: TimeView,
    pub(crate) remedy_count: usize,
}

#[derive(Debug, Clone, Serialize)]
pub(crate) struct RowPerson {
    pub(crate) name: String,
}

fn window_view(clock: &Clock, w: &Window) -> WindowView {
    WindowView {
        from: clock.view(w.from),
        until: clock.view(w.until),
        length: human_duration((w.until - w.from).get_seconds()),
    }
}

pub(crate) fn row_view(inc: &Incident, clock: &Clock, now: Timestamp) -> RowView {
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
        long: d.strftime("%A %-d %B %Y").to_string(),
    }
}

/// A claim button's words: what it does and where it leads, so it reads alone in a list of
/// links ("Make your claim on acme.example", "Make your claim by email to help@acme.example").
fn claim_label(url: &str) -> String {
    match crate::links::mailto_address(url.trim()) {
        Some(to) => format!(
            "Make your claim by email to {}",
            to.split('?').next().unwrap_or(to)
        ),
        None => format!("Make your claim on {}", crate::links::host(url.trim())),
    }
}

#[derive(Debug, Clone, Serialize)]
pub(crate) struct DayView {
    pub(crate) iso: String,
    pub(crate) state: &'static str,
    /// "20 Nov 2026"
    pub(crate) date: String,
    /// "major outage for 4 h 28 min", or "no incidents".
    pub(crate) summary: String,
    /// "20 Nov 2026: major outage for 4 h 28 min" — the day as text, not colour alone.
    pub(crate) label: String,
}

#[derive(Debug, Clone, Serialize)]
pub(crate) struct ComponentView {
    pub(crate) id: String,
    /// `components/<id>/`: its page, feeds and badge.
    pub(crate) url: String,
    pub(crate) name: String,
    pub(crate) description: Option<String>,
    pub(crate) state: &'static str,
    pub(crate) state_label: &'static str,
    /// "99.87"
    pub(crate) uptime: String,
    /// Beside the percentage, what it weighs: "22 min major outage, 1 h 5 min partial
    /// outage", or "no outage".
    pub(crate) outage: String,
    /// "3 incidents in 90 days", "no incidents in 90 days".
    pub(crate) incidents: String,
    pub(crate) days: Vec<DayView>,
    /// Only the days that were not fully operational, for the text summary.
    pub(crate) bad_days: Vec<DayView>,
    /// The link preview of its page: its state.
    pub(crate) og: OgView,
}

/// The outage behind an uptime percentage, in words: the worse state first, a state with no
/// time left out.
fn outage_words(uptime: &Uptime) -> String {
    let parts: Vec<String> = [
        (uptime.major_seconds, "major outage"),
        (uptime.partial_seconds, "partial outage"),
    ]
    .into_iter()
    .filter(|&(secs, _)| secs > 0)
    .map(|(secs, what)| format!("{} {what}", human_duration(secs)))
    .collect();
    match parts.is_empty() {
        true => "no outage".to_string(),
        false => parts.join(", "),
    }
}

#[derive(Debug, Clone, Serialize)]
pub(crate) struct GroupView {
    pub(crate) name: Option<String>,
    pub(crate) components: Vec<ComponentView>,
}

pub(crate) fn component_view(
    c: &Component,
    state: ComponentState,
    uptime: &Uptime,
) -> ComponentView {
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
        url: component_url(&c.id),
        name: c.name.clone(),
        description: c.description.clone(),
        state: state.as_str(),
        state_label: state.label(),
        uptime: format!("{:.2}", (uptime.percent * 100.0).floor() / 100.0),
        outage: outage_words(uptime),
        incidents: match uptime.incidents {
            0 => format!("no incidents in {} days", uptime.days.len()),
            1 => format!("1 incident in {} days", uptime.days.len()),
            n => format!("{n} incidents in {} days", uptime.days.len()),
        },
        days,
        bad_days,
        og: Card::of_component(state).view(),
    }
}
