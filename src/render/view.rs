//! The model as templates see it: times formatted in the site's zone (with the zone named),
//! markdown rendered once, labels spelt out. Built once per incident and shared by every page
//! and channel that shows it.

use jiff::Timestamp;
use serde::Serialize;

use crate::derive::{Indicator, Ledger, Outcome, Phase, Uptime};
use crate::model::*;
use crate::render::card::{Card, OgView};
use crate::render::markdown;
use crate::time::{Clock, TimeView};
use crate::tr;

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
    /// The language is written right to left: the document says `dir="rtl"`.
    pub(crate) rtl: bool,
    /// The link preview of the pages about the whole site (the site's status).
    pub(crate) og: OgView,
    /// The site's languages, for the language switcher and each page's `hreflang` links:
    /// empty on a one-language site.
    pub(crate) languages: Vec<LanguageLink>,
}

/// One of the site's languages as a page links to it.
#[derive(Debug, Clone, Serialize)]
pub(crate) struct LanguageLink {
    pub(crate) tag: String,
    /// The language's name in itself ("Français"): `language-name` in its words.
    pub(crate) name: String,
    /// The address of its pages' root.
    pub(crate) url: String,
    /// The way from this language's root to that one's (`fr-ca/`, `../`), for relative links
    /// that work from a folder as they do on the web.
    pub(crate) hop: String,
    /// The page's own language.
    pub(crate) current: bool,
}

impl LanguageLink {
    /// The links of `config`'s pages to each of the site's languages (none for one language).
    pub(crate) fn all(config: &Config) -> Vec<LanguageLink> {
        if config.languages.len() < 2 {
            return Vec::new();
        }
        let back = match config.languages[config.current].folder.is_empty() {
            true => "",
            false => "../",
        };
        config
            .languages
            .iter()
            .enumerate()
            .map(|(k, l)| LanguageLink {
                tag: l.tag.clone(),
                name: l.locale.text("language-name", None),
                url: config.language_url(k),
                hop: format!("{back}{}", l.folder),
                current: k == config.current,
            })
            .collect()
    }
}

/// A text shown in another language than its page's, because the file has it in no other:
/// the language it is in (for `lang`) and the note that says so in the page's words.
#[derive(Debug, Clone, Serialize)]
pub(crate) struct OriginalView {
    pub(crate) lang: String,
    pub(crate) note: String,
}

impl OriginalView {
    /// The first of `fields` of `inc` shown in another language, as the page notes it.
    pub(crate) fn of(inc: &Incident, fields: &[Field], clock: &Clock) -> Option<OriginalView> {
        let shown = fields.iter().find_map(|f| inc.untranslated(*f))?;
        let language = shown.locale.text("language-name", None);
        Some(OriginalView {
            lang: shown.tag.clone(),
            note: tr!(clock.locale, "untranslated", language = language),
        })
    }
}

#[derive(Debug, Clone, Serialize)]
pub(crate) struct IndicatorView {
    /// The indicator itself, for channels that say it in their own words (badges).
    #[serde(skip)]
    pub(crate) fact: Indicator,
    /// none | minor | major | critical | maintenance
    pub(crate) level: &'static str,
    pub(crate) description: String,
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
            &self.status_label,
            self.impact,
            self.is_open,
            self.is_maintenance,
        )
    }
}

impl IndicatorView {
    pub(crate) fn new(i: Indicator, locale: &crate::locale::Locale) -> Self {
        IndicatorView {
            fact: i,
            level: i.as_str(),
            description: i.description(locale),
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
    pub(crate) state_label: String,
}

#[derive(Debug, Clone, Serialize)]
pub(crate) struct UpdateView {
    /// 1-based, in the order written; stable across rebuilds, so anchors and feed ids are.
    pub(crate) number: usize,
    pub(crate) anchor: String,
    pub(crate) at: TimeView,
    pub(crate) status: &'static str,
    pub(crate) status_label: String,
    /// It reopens the incident: a status that does not end it, after one that did.
    pub(crate) reopened: bool,
    /// The update's heading word as text channels write it: "Reopened: Investigating" for an
    /// update that reopens the incident (the templates say the same).
    pub(crate) heading: String,
    pub(crate) author: String,
    /// The author's role, when known (the owner, or someone in `people:`).
    pub(crate) author_role: Option<String>,
    pub(crate) initials: String,
    pub(crate) body_html: String,
    pub(crate) changes: Vec<StateChange>,
    pub(crate) next_update_by: Option<TimeView>,
    /// `at` as seen from the build's "now": "12 minutes ago" ([`Clock::relative`]).
    pub(crate) ago: String,
    /// `workaround:`, what customers can do meanwhile: the facts show the latest update's.
    pub(crate) workaround: Option<String>,
    /// The same promise in words, its day named as seen from the build's "now":
    /// "16:30 GMT tomorrow, Wed 2 Dec" ([`Clock::when`]).
    pub(crate) next_update_when: Option<String>,
    /// What became of this update's promise, if it made one.
    pub(crate) promise: Option<OutcomeView>,
    /// The body or workaround is not in the page's language.
    pub(crate) original: Option<OriginalView>,
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

impl OutcomeView {
    fn new(o: Outcome, clock: &Clock) -> Self {
        OutcomeView {
            fact: o,
            outcome: o.as_str(),
            late_by: o.late_by().map(|d| clock.late(d)),
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
    /// `by` as seen from the build's "now": "in 25 minutes" ([`Clock::relative`]).
    pub(crate) ago: String,
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
    pub(crate) fn new(l: &Ledger, clock: &Clock) -> Option<LedgerView> {
        let judged = l.judged();
        if judged == 0 {
            return None;
        }
        let locale = &clock.locale;
        let late = l.worst_late_by.map(|d| clock.late(d)).unwrap_or_default();
        let (kept, missed, overdue) = (l.kept, l.missed, l.overdue);
        let clause = match (missed, overdue) {
            (0, 0) => tr!(locale, "ledger-all-kept", judged = judged),
            (1, 0) if judged == 1 => tr!(locale, "ledger-the-one-late", late = late),
            (0, 1) if judged == 1 => tr!(locale, "ledger-the-one-overdue", late = late),
            (m, 0) => tr!(
                locale,
                "ledger-some-late",
                judged = judged,
                kept = kept,
                missed = m,
                late = late
            ),
            (_, o) => tr!(
                locale,
                "ledger-some-overdue",
                judged = judged,
                kept = kept,
                overdue = o,
                late = late
            ),
        };
        let text = tr!(
            locale,
            "sentence",
            clause = crate::text::capitalize(&clause)
        );
        Some(LedgerView {
            kept,
            missed,
            overdue,
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
    pub(crate) how_label: String,
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
    /// The letter or a remedy is not in the page's language.
    pub(crate) original: Option<OriginalView>,
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
    /// The review is not in the page's language.
    pub(crate) postmortem_original: Option<OriginalView>,
    /// Plain-text gist of the latest update, for lists.
    pub(crate) summary: String,
    /// The link preview of its pages: its own state.
    pub(crate) og: OgView,
}

impl UpdateView {
    pub(crate) fn heading_label(&self) -> String {
        self.heading.clone()
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
    let mut updates: Vec<UpdateView> = (0..inc.updates.len())
        .map(|i| update_view(inc, i, config, clock, now, outcome_of(i)))
        .collect();
    updates.reverse();
    let next_update = inc
        .next_update_due()
        .zip(inc.updates.last())
        .map(|(by, u)| {
            let late_by = match outcome_of(inc.updates.len() - 1) {
                Some(Outcome::Overdue { late_by }) => Some(clock.late(late_by)),
                _ => None,
            };
            PromiseView {
                by: clock.view(by),
                day: clock.day_words(by, now),
                when: clock.when(by, now),
                author: u.author.name.clone(),
                overdue: late_by.is_some(),
                late_by,
                ago: clock.relative(by, now),
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
                .map(|(c, s)| state_change(config, clock, c, s))
                .collect()
        } else {
            Vec::new()
        },
        time_in_states: time_in_states(inc, config, clock, now),
        summary: crate::text::truncate_words(
            &markdown::plain(inc.updates.last().map_or("", |u| &u.body)),
            200,
        ),
        latest: updates.first().cloned(),
        updates,
        next_update,
        ledger: LedgerView::new(&Ledger::of(&promises), clock),
        apology: inc
            .apology
            .as_ref()
            .map(|a| apology_view(a, &url, clock, clock.date(now)))
            .map(|mut a| {
                a.original = apology_original(inc, clock);
                a
            }),
        // The review sits under the incident page's h2 "Post-incident review".
        postmortem_html: inc.postmortem.as_ref().map(|p| markdown::render(p, 3)),
        postmortem_published: inc.postmortem_published_at.map(|t| clock.view(t)),
        postmortem_original: OriginalView::of(inc, &[Field::Postmortem], clock),
    }
}

/// The note of an apology whose letter or a remedy is not in the page's language.
fn apology_original(inc: &Incident, clock: &Clock) -> Option<OriginalView> {
    let remedies = inc.apology.as_ref().map_or(0, |a| a.remedy.len());
    let fields: Vec<Field> = std::iter::once(Field::Apology)
        .chain((0..remedies).flat_map(|i| [Field::Offer(i), Field::Eligible(i)]))
        .collect();
    OriginalView::of(inc, &fields, clock)
}

/// Update `i` of `inc` (oldest first) as the pages show it, with what became of its promise.
fn update_view(
    inc: &Incident,
    i: usize,
    config: &Config,
    clock: &Clock,
    now: Timestamp,
    outcome: Option<Outcome>,
) -> UpdateView {
    let (u, locale) = (&inc.updates[i], &clock.locale);
    UpdateView {
        number: i + 1,
        anchor: format!("update-{}", i + 1),
        at: clock.view(u.at),
        status: u.status.as_str(),
        status_label: u.status.words(locale),
        reopened: inc.reopens(i),
        heading: match inc.reopens(i) {
            true => tr!(locale, "update-reopened", status = u.status.words(locale)),
            false => u.status.words(locale),
        },
        author: u.author.name.clone(),
        author_role: u.author.role.clone(),
        initials: u.author.initials.clone(),
        // Update bodies sit under an h3 (the update's time on the incident page, the card's
        // title on the index).
        body_html: markdown::render(&u.body, 4),
        changes: u
            .components
            .iter()
            .map(|(c, s)| state_change(config, clock, c.clone(), *s))
            .collect(),
        next_update_by: u.next_update_by.map(|t| clock.view(t)),
        ago: clock.relative(u.at, now),
        workaround: u.workaround.clone(),
        next_update_when: u.next_update_by.map(|t| clock.when(t, now)),
        promise: outcome.map(|o| OutcomeView::new(o, clock)),
        original: OriginalView::of(inc, &[Field::Body(i), Field::Workaround(i)], clock),
    }
}

fn state_change(config: &Config, clock: &Clock, id: String, s: ComponentState) -> StateChange {
    StateChange {
        name: component_name(config, &id).to_string(),
        id,
        state: s.as_str(),
        state_label: s.words(&clock.locale),
    }
}

/// One line per component: its time in each state worse than operational, in the words the
/// component page's days use ("major outage for 1 h 44 min").
fn time_in_states(inc: &Incident, config: &Config, clock: &Clock, now: Timestamp) -> Vec<String> {
    let locale = &clock.locale;
    let mut lines: Vec<(String, Vec<String>)> = Vec::new();
    for (c, s, secs) in inc.time_in_states(now) {
        let part = state_for(clock, s, secs);
        match lines.last_mut() {
            Some((last, parts)) if *last == c => parts.push(part),
            _ => lines.push((c, vec![part])),
        }
    }
    lines
        .into_iter()
        .map(|(c, parts)| {
            let name = component_name(config, &c);
            tr!(
                locale,
                "component-states",
                component = name,
                states = locale.forms().list(&parts)
            )
        })
        .collect()
}

/// "major outage for 1 h 44 min": a state and how long it lasted.
fn state_for(clock: &Clock, s: ComponentState, secs: i64) -> String {
    let state = state_words(s, &clock.locale);
    tr!(
        clock.locale,
        "state-for",
        state = state,
        duration = clock.duration(secs)
    )
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
                how_label: m.how.words(&clock.locale),
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
                    .map(|u| claim_label(clock, u)),
                claims_closed: m.how == How::Claim && m.deadline.is_some_and(|d| d < today),
                deadline: m.deadline.map(|d| date_view(clock, d)),
                status: m.status.as_str(),
                issued: m.issued_at.map(|d| date_view(clock, d)),
            })
            .collect(),
        original: None,
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
    /// The title's language, when it is not the page's (the file has it in no other).
    pub(crate) title_lang: Option<String>,
    pub(crate) impact: &'static str,
    pub(crate) impact_label: String,
    /// "Declared impact: major": what the incident was declared as, named so it is not read
    /// as the components' current state (docs/format.md, "What the status words mean").
    pub(crate) impact_words: String,
    pub(crate) status: &'static str,
    pub(crate) status_label: String,
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
pub(crate) fn state_words(s: ComponentState, locale: &crate::locale::Locale) -> String {
    locale.text(&format!("state-{}-in-text", s.as_str()), None)
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
    let locale = &clock.locale;
    Heading {
        id: inc.id.clone(),
        url: incident_url(&inc.id),
        kind: inc.kind.as_str(),
        is_maintenance: inc.kind == Kind::Maintenance,
        title: inc.title.clone(),
        title_lang: inc.untranslated(Field::Title).map(|l| l.tag.clone()),
        impact: inc.impact.as_str(),
        impact_label: inc.impact.words(locale),
        impact_words: tr!(locale, "declared-impact", impact = inc.impact.as_str()),
        status: inc.status_now(now).as_str(),
        status_label: status_words(inc, now, locale),
        is_open: inc.is_open(),
        window_note: window_note(inc, clock, now),
        started: clock.view(inc.started_at),
        resolved: inc.resolved_at().map(|t| clock.view(t)),
        duration: clock.duration(inc.duration(now).as_secs()),
        open_for: open_for(inc, clock, now),
        window: inc.window.as_ref().map(|w| window_view(clock, w)),
        month: z.strftime("%Y-%m").to_string(),
        month_label: locale.forms().month(z.date()),
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
    pub(crate) span: String,
    /// `words` starting a sentence: "Open for 3 h 25 min".
    pub(crate) lead: String,
}

fn open_for(inc: &Incident, clock: &Clock, now: Timestamp) -> Option<OpenFor> {
    let locale = &clock.locale;
    let length = clock.duration(inc.duration(now).as_secs());
    let closed = inc.resolved_at().is_some();
    let (words, span) = match (inc.kind, closed) {
        (Kind::Incident, true) => ("open-for", "open-for-span"),
        (Kind::Incident, false) => ("open-for-so-far", "open-for-so-far-span"),
        _ if inc.work_started_at().is_none() => return None,
        (Kind::Maintenance, true) => ("work-took", "work-took-span"),
        (Kind::Maintenance, false) => ("work-so-far", "work-so-far-span"),
    };
    let mut args = crate::locale::FluentArgs::new();
    args.set("duration", length);
    let words = locale.text(words, Some(&args));
    Some(OpenFor {
        lead: crate::text::capitalize(&words),
        words,
        span: locale.text(span, None),
    })
}

/// The status as customers are told it at `now`: a maintenance's window read with the clock
/// when no update has caught up with it (`derive::Phase`).
pub(crate) fn status_words(
    inc: &Incident,
    now: Timestamp,
    locale: &crate::locale::Locale,
) -> String {
    match inc.phase(now) {
        Some(Phase::AsScheduled) => tr!(locale, "phase-as-scheduled"),
        Some(Phase::Unconfirmed) => tr!(locale, "phase-unconfirmed"),
        _ => inc.status().words(locale),
    }
}

/// The sentence that goes with `status_words` when the window spoke for the team.
fn window_note(inc: &Incident, clock: &Clock, now: Timestamp) -> Option<String> {
    let w = inc.window?;
    match inc.phase(now)? {
        Phase::AsScheduled => Some(tr!(
            clock.locale,
            "window-note-as-scheduled",
            opened = clock.view(w.from).full
        )),
        Phase::Unconfirmed => Some(tr!(
            clock.locale,
            "window-note-unconfirmed",
            closed = clock.view(w.until).full
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
        length: clock.duration((w.until - w.from).get_seconds()),
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

fn date_view(clock: &Clock, d: jiff::civil::Date) -> DeadlineView {
    let forms = clock.locale.forms();
    DeadlineView {
        iso: d.to_string(),
        display: forms.long_date_no_weekday(d),
        long: forms.long_date(d),
    }
}

/// A claim button's words: what it does and where it leads, so it reads alone in a list of
/// links ("Make your claim on acme.example", "Make your claim by email to help@acme.example").
fn claim_label(clock: &Clock, url: &str) -> String {
    match crate::links::mailto_address(url.trim()) {
        Some(to) => tr!(
            clock.locale,
            "claim-by-email",
            address = to.split('?').next().unwrap_or(to)
        ),
        None => tr!(
            clock.locale,
            "claim-on",
            host = crate::links::host(url.trim())
        ),
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
    pub(crate) state_label: String,
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
fn outage_words(clock: &Clock, uptime: &Uptime) -> String {
    let locale = &clock.locale;
    let parts: Vec<String> = [
        (uptime.major_seconds, "outage-major"),
        (uptime.partial_seconds, "outage-partial"),
    ]
    .into_iter()
    .filter(|&(secs, _)| secs > 0)
    .map(|(secs, key)| {
        let mut args = crate::locale::FluentArgs::new();
        args.set("duration", clock.duration(secs));
        locale.text(key, Some(&args))
    })
    .collect();
    match parts.is_empty() {
        true => tr!(locale, "outage-none"),
        false => locale.forms().list(&parts),
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
    clock: &Clock,
) -> ComponentView {
    let locale = &clock.locale;
    let days: Vec<DayView> = uptime
        .days
        .iter()
        .map(|d| {
            let date = locale.forms().date(d.date);
            let summary = if d.seconds.is_empty() {
                tr!(locale, "day-no-incidents")
            } else {
                let parts: Vec<String> = d
                    .seconds
                    .iter()
                    .rev()
                    .map(|(s, secs)| state_for(clock, *s, *secs))
                    .collect();
                locale.forms().list(&parts)
            };
            let label = tr!(
                locale,
                "day-label",
                date = date.clone(),
                summary = summary.clone()
            );
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
        state_label: state.words(locale),
        uptime: locale
            .forms()
            .decimal(&format!("{:.2}", (uptime.percent * 100.0).floor() / 100.0)),
        outage: outage_words(clock, uptime),
        incidents: tr!(
            locale,
            "incidents-in-days",
            count = uptime.incidents,
            days = uptime.days.len()
        ),
        days,
        bad_days,
        og: Card::of_component(state).view(),
    }
}
