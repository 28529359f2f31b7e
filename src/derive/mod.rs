//! What follows from the incident files, never stored in them: statuses, component states,
//! the page indicator and uptime. Pure functions of the model and "now".

use std::collections::BTreeMap;

use jiff::civil::Date;
use jiff::{Timestamp, ToSpan};

use crate::model::*;
use crate::time::Clock;

impl Incident {
    /// An incident's status is its last update's.
    pub fn status(&self) -> Status {
        self.updates
            .last()
            .map_or(Status::Investigating, |u| u.status)
    }

    /// When it was resolved (or the maintenance completed): the time of that update.
    pub fn resolved_at(&self) -> Option<Timestamp> {
        debug_assert_eq!(
            self.resolved,
            self.find_resolved(),
            "summed_up() was called"
        );
        self.resolved
    }

    fn find_resolved(&self) -> Option<Timestamp> {
        self.updates
            .iter()
            .find(|u| u.status.is_final())
            .map(|u| u.at)
    }

    /// The incident with what is kept from its updates filled in; call when it is made.
    pub(crate) fn summed_up(mut self) -> Incident {
        self.resolved = self.find_resolved();
        self
    }

    pub fn is_open(&self) -> bool {
        !self.status().is_final()
    }

    pub fn last_update_at(&self) -> Timestamp {
        self.updates.last().map_or(self.started_at, |u| u.at)
    }

    /// The time a reader sorts this by: when it started (or the window opens).
    pub fn sort_time(&self) -> Timestamp {
        self.started_at
    }

    /// A maintenance whose work is under way.
    pub fn is_active_maintenance(&self) -> bool {
        self.kind == Kind::Maintenance
            && matches!(self.status(), Status::InProgress | Status::Verifying)
    }

    /// A maintenance announced and not begun whose window has not passed.
    pub fn is_upcoming_maintenance(&self, now: Timestamp) -> bool {
        self.kind == Kind::Maintenance
            && self.status() == Status::Scheduled
            && self.window.is_some_and(|w| w.until > now)
    }

    /// An incident that is still unresolved (maintenance excluded).
    pub fn is_ongoing_incident(&self) -> bool {
        self.kind == Kind::Incident && self.is_open()
    }

    /// The state each listed component has from update `upto` (inclusive) on: the last state
    /// set for it so far. During a maintenance's work, unset components are under maintenance.
    pub fn states_at(&self, upto: usize) -> Vec<(String, ComponentState)> {
        let mut walk = StateWalk::new(self);
        for u in self.updates.iter().take(upto.saturating_add(1)) {
            walk.apply(u);
        }
        let status = self.updates.get(upto).map(|u| u.status);
        self.components
            .iter()
            .enumerate()
            .filter_map(|(j, c)| Some((c.clone(), walk.state(j, status)?)))
            .collect()
    }

    /// `states_at(i)` for every update `i`, oldest first, in one pass over the updates (each
    /// a list in the order of `components`): what the API's per-update changes are read from.
    pub fn state_history(&self) -> Vec<Vec<Option<ComponentState>>> {
        let mut walk = StateWalk::new(self);
        self.updates
            .iter()
            .map(|u| {
                walk.apply(u);
                (0..self.components.len())
                    .map(|j| walk.state(j, Some(u.status)))
                    .collect()
            })
            .collect()
    }

    /// Each component's state over time: `(from, until, state)`, closed at the resolution or
    /// at `now` for an open incident. One pass over the updates: a long incident's history
    /// once cost a pass per update (a valid 1 MB file took minutes to build).
    pub fn segments(&self, now: Timestamp) -> Vec<(String, Timestamp, Timestamp, ComponentState)> {
        let end = self.resolved_at().unwrap_or(now).max(self.started_at);
        let mut walk = StateWalk::new(self);
        let mut current: Vec<Option<(Timestamp, ComponentState)>> =
            vec![None; self.components.len()];
        let mut per_component: Vec<Vec<(Timestamp, Timestamp, ComponentState)>> =
            vec![Vec::new(); self.components.len()];
        for u in &self.updates {
            if u.at >= end {
                break;
            }
            walk.apply(u);
            for (j, cur) in current.iter_mut().enumerate() {
                let state = walk.state(j, Some(u.status));
                if cur.map(|(_, s)| s) != state {
                    if let Some((from, s)) = cur.take() {
                        per_component[j].push((from, u.at, s));
                    }
                    *cur = state.map(|s| (u.at, s));
                }
            }
        }
        let mut out = Vec::new();
        for ((c, segs), cur) in self.components.iter().zip(per_component).zip(current) {
            let closed = cur.map(|(from, s)| (from, end, s));
            for (from, until, s) in segs.into_iter().chain(closed) {
                if until > from && s != ComponentState::Operational {
                    out.push((c.clone(), from, until, s));
                }
            }
        }
        out
    }
}

/// The states set so far in an incident's updates, read one update at a time.
struct StateWalk<'i> {
    kind: Kind,
    /// The last state set for each listed component, by position in `components`.
    explicit: Vec<Option<ComponentState>>,
    /// Where each component id sits in `components` (a name listed twice sits twice).
    positions: std::collections::HashMap<&'i str, Vec<usize>>,
}

impl<'i> StateWalk<'i> {
    fn new(inc: &'i Incident) -> Self {
        let mut positions: std::collections::HashMap<&str, Vec<usize>> = Default::default();
        for (j, c) in inc.components.iter().enumerate() {
            positions.entry(c.as_str()).or_default().push(j);
        }
        StateWalk {
            kind: inc.kind,
            explicit: vec![None; inc.components.len()],
            positions,
        }
    }

    fn apply(&mut self, u: &Update) {
        for (c, s) in &u.components {
            for &j in self.positions.get(c.as_str()).into_iter().flatten() {
                self.explicit[j] = Some(*s);
            }
        }
    }

    /// Component `j`'s state while the incident has `status`.
    fn state(&self, j: usize, status: Option<Status>) -> Option<ComponentState> {
        let explicit = self.explicit[j];
        let implicit = match (self.kind, status) {
            (Kind::Maintenance, Some(Status::InProgress | Status::Verifying)) => {
                Some(ComponentState::UnderMaintenance)
            }
            _ => None,
        };
        match (explicit, implicit) {
            (Some(e), Some(i))
                if self.kind == Kind::Maintenance && e == ComponentState::Operational =>
            {
                Some(i)
            }
            (Some(e), _) => Some(e),
            (None, i) => i,
        }
    }
}

/// The overall indicator, in Statuspage's vocabulary.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Indicator {
    Impact(Impact),
    Maintenance,
}

impl Indicator {
    pub fn as_str(self) -> &'static str {
        match self {
            Indicator::Impact(i) => i.as_str(),
            Indicator::Maintenance => "maintenance",
        }
    }

    /// Statuspage's own descriptions, which API clients and people already know.
    pub fn description(self) -> &'static str {
        match self {
            Indicator::Impact(Impact::None) => "All Systems Operational",
            Indicator::Impact(Impact::Minor) => "Minor Service Outage",
            Indicator::Impact(Impact::Major) => "Partial System Outage",
            Indicator::Impact(Impact::Critical) => "Major System Outage",
            Indicator::Maintenance => "Service Under Maintenance",
        }
    }
}

/// The worst impact among unresolved incidents; maintenance shows only when nothing is wrong.
pub fn indicator(site: &Site) -> Indicator {
    let worst = site
        .incidents
        .iter()
        .filter(|i| i.is_ongoing_incident())
        .map(|i| i.impact)
        .max()
        .unwrap_or(Impact::None);
    if worst == Impact::None && site.incidents.iter().any(|i| i.is_active_maintenance()) {
        Indicator::Maintenance
    } else {
        Indicator::Impact(worst)
    }
}

/// Each component's current state: the worst set by the latest update of every open
/// incident or maintenance, else operational.
pub fn component_states(site: &Site) -> BTreeMap<String, ComponentState> {
    let mut states: BTreeMap<String, ComponentState> = site
        .config
        .components
        .iter()
        .map(|c| (c.id.clone(), ComponentState::Operational))
        .collect();
    for inc in site.incidents.iter().filter(|i| i.is_open()) {
        for (c, s) in inc.states_at(inc.updates.len().saturating_sub(1)) {
            if let Some(cur) = states.get_mut(&c) {
                *cur = (*cur).max(s);
            }
        }
    }
    states
}

/// One day of a component's history.
#[derive(Debug, Clone, PartialEq)]
pub struct Day {
    pub date: Date,
    pub worst: ComponentState,
    /// Seconds spent in each non-operational state that day.
    pub seconds: BTreeMap<ComponentState, i64>,
}

/// A component's uptime over the last `days` days (in the site's zone), ending today.
#[derive(Debug, Clone, PartialEq)]
pub struct Uptime {
    pub days: Vec<Day>,
    /// Share of the period without an outage, 0–100: a major outage counts in full, a
    /// partial outage at 30% (Statuspage's weighting); degradation and maintenance count as up.
    pub percent: f64,
}

/// Per-component uptime from the state windows of every incident, computed at build time.
pub fn uptime(site: &Site, clock: &Clock, now: Timestamp, days: i64) -> BTreeMap<String, Uptime> {
    let today = clock.date(now);
    let first = today.checked_sub((days - 1).days()).unwrap_or(today);
    let period_start = clock.start_of(first);
    let mut by_component: BTreeMap<&str, Vec<(Timestamp, Timestamp, ComponentState)>> =
        BTreeMap::new();
    for inc in &site.incidents {
        if inc.resolved_at().is_some_and(|r| r < period_start) {
            continue;
        }
        for (c, from, until, s) in inc.segments(now) {
            let (from, until) = (from.max(period_start), until.min(now));
            if until > from
                && let Some(id) = site.config.component(&c).map(|k| k.id.as_str())
            {
                by_component.entry(id).or_default().push((from, until, s));
            }
        }
    }
    let period = now.duration_since(period_start).as_secs().max(1) as f64;
    site.config
        .components
        .iter()
        .map(|comp| {
            let segments = by_component.remove(comp.id.as_str()).unwrap_or_default();
            let mut day_list: Vec<Day> = (0..days)
                .filter_map(|d| first.checked_add(d.days()).ok())
                .map(|date| Day {
                    date,
                    worst: ComponentState::Operational,
                    seconds: BTreeMap::new(),
                })
                .collect();
            let day_index: std::collections::HashMap<Date, usize> = day_list
                .iter()
                .enumerate()
                .map(|(n, d)| (d.date, n))
                .collect();
            let mut down = 0.0;
            for (from, until, state) in worst_over_time(&segments) {
                down += weight(state) * until.duration_since(from).as_secs() as f64;
                // Split at midnights in the site's zone.
                let mut t = from;
                while t < until {
                    let date = clock.date(t);
                    let next_midnight = date.tomorrow().map(|d| clock.start_of(d)).unwrap_or(until);
                    let stop = next_midnight.min(until);
                    // A midnight that does not move forward (a date at the end of what the
                    // clock can show) ends the split rather than looping on it.
                    if stop <= t {
                        break;
                    }
                    if let Some(day) = day_index.get(&date).map(|&n| &mut day_list[n]) {
                        *day.seconds.entry(state).or_insert(0) += stop.duration_since(t).as_secs();
                        day.worst = day.worst.max(state);
                    }
                    t = stop;
                }
            }
            let percent = (100.0 * (1.0 - down / period)).clamp(0.0, 100.0);
            (
                comp.id.clone(),
                Uptime {
                    days: day_list,
                    percent,
                },
            )
        })
        .collect()
}

fn weight(s: ComponentState) -> f64 {
    match s {
        ComponentState::MajorOutage => 1.0,
        ComponentState::PartialOutage => 0.3,
        _ => 0.0,
    }
}

/// Overlapping windows from several incidents, flattened into the worst state at each moment:
/// one sweep over the sorted starts and ends, counting the windows open in each state.
fn worst_over_time(
    segments: &[(Timestamp, Timestamp, ComponentState)],
) -> Vec<(Timestamp, Timestamp, ComponentState)> {
    let mut edges: Vec<(Timestamp, bool, ComponentState)> = segments
        .iter()
        .filter(|&&(f, u, _)| f < u)
        .flat_map(|&(f, u, s)| [(f, true, s), (u, false, s)])
        .collect();
    edges.sort_unstable_by_key(|e| e.0);
    let mut open: BTreeMap<ComponentState, usize> = BTreeMap::new();
    let mut out: Vec<(Timestamp, Timestamp, ComponentState)> = Vec::new();
    let mut i = 0;
    while i < edges.len() {
        let a = edges[i].0;
        while i < edges.len() && edges[i].0 == a {
            let (_, starts, s) = edges[i];
            if starts {
                *open.entry(s).or_insert(0) += 1;
            } else if let Some(n) = open.get_mut(&s) {
                *n -= 1;
                if *n == 0 {
                    open.remove(&s);
                }
            }
            i += 1;
        }
        let (Some(&(b, _, _)), Some((&s, _))) = (edges.get(i), open.last_key_value()) else {
            continue;
        };
        match out.last_mut() {
            Some(last) if last.1 == a && last.2 == s => last.1 = b,
            _ => out.push((a, b, s)),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn t(s: &str) -> Timestamp {
        s.parse().unwrap()
    }

    #[test]
    fn overlapping_windows_take_the_worst_state() {
        use ComponentState::*;
        let segs = [
            (
                t("2026-01-01T00:00:00Z"),
                t("2026-01-01T02:00:00Z"),
                DegradedPerformance,
            ),
            (
                t("2026-01-01T01:00:00Z"),
                t("2026-01-01T01:30:00Z"),
                MajorOutage,
            ),
        ];
        let flat = worst_over_time(&segs);
        assert_eq!(
            flat,
            vec![
                (
                    t("2026-01-01T00:00:00Z"),
                    t("2026-01-01T01:00:00Z"),
                    DegradedPerformance
                ),
                (
                    t("2026-01-01T01:00:00Z"),
                    t("2026-01-01T01:30:00Z"),
                    MajorOutage
                ),
                (
                    t("2026-01-01T01:30:00Z"),
                    t("2026-01-01T02:00:00Z"),
                    DegradedPerformance
                ),
            ]
        );
    }
}

/// What became of a promise to post the next update by a time.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    /// The next update (or the resolution) came by the promised time, plus grace.
    Kept,
    /// It came, but late by this much (measured from the promised time).
    Missed { late_by: jiff::SignedDuration },
    /// The incident is open and the time, plus grace, has not passed.
    Pending,
    /// The time has passed, plus grace, and no update has come: late by this much so far.
    Overdue { late_by: jiff::SignedDuration },
}

/// One promise: the update that made it, the time promised, and what became of it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Promise {
    /// Index of the update that made the promise (oldest first).
    pub update: usize,
    pub by: Timestamp,
    pub outcome: Outcome,
}

impl Incident {
    /// The promise ledger: every `next_update_by`, judged against the update that followed
    /// it (the resolution counts), or against `now` while none has.
    pub fn promises(&self, now: Timestamp, grace: jiff::SignedDuration) -> Vec<Promise> {
        self.updates
            .iter()
            .enumerate()
            .filter_map(|(i, u)| {
                let by = u.next_update_by?;
                // A final update promises nothing more; validation warns about it.
                if u.status.is_final() {
                    return None;
                }
                // Checked: a time near the end of the calendar plus grace is still "later".
                let due = by.checked_add(grace).unwrap_or(Timestamp::MAX);
                let outcome = match self.updates.get(i + 1) {
                    Some(next) if next.at <= due => Outcome::Kept,
                    Some(next) => Outcome::Missed {
                        late_by: next.at.duration_since(by),
                    },
                    None if now <= due => Outcome::Pending,
                    None => Outcome::Overdue {
                        late_by: now.duration_since(by),
                    },
                };
                Some(Promise {
                    update: i,
                    by,
                    outcome,
                })
            })
            .collect()
    }
}

/// Kept and broken promises, counted: "We promised 7 updates on time and delivered 6".
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Ledger {
    pub kept: usize,
    pub missed: usize,
    pub overdue: usize,
    pub pending: usize,
    /// The latest a missed promise was kept, for "one was 12 minutes late".
    pub worst_late_by: Option<jiff::SignedDuration>,
}

impl Ledger {
    pub fn add(&mut self, p: &Promise) {
        match p.outcome {
            Outcome::Kept => self.kept += 1,
            Outcome::Missed { late_by } => {
                self.missed += 1;
                self.worst_late_by = Some(self.worst_late_by.map_or(late_by, |w| w.max(late_by)));
            }
            Outcome::Overdue { late_by } => {
                self.overdue += 1;
                self.worst_late_by = Some(self.worst_late_by.map_or(late_by, |w| w.max(late_by)));
            }
            Outcome::Pending => self.pending += 1,
        }
    }

    /// Promises whose outcome is known (pending ones are not judged yet).
    pub fn judged(&self) -> usize {
        self.kept + self.missed + self.overdue
    }

    pub fn of(promises: &[Promise]) -> Ledger {
        let mut l = Ledger::default();
        for p in promises {
            l.add(p);
        }
        l
    }
}

/// The ledger over every incident whose promised time fell in the last `days` days.
pub fn site_ledger(site: &Site, now: Timestamp, grace: jiff::SignedDuration, days: i64) -> Ledger {
    let from = now
        .checked_sub(jiff::SignedDuration::from_hours(24 * days))
        .unwrap_or(Timestamp::MIN);
    let mut ledger = Ledger::default();
    for inc in &site.incidents {
        if inc.resolved_at().is_some_and(|r| r < from) {
            continue;
        }
        for p in inc
            .promises(now, grace)
            .iter()
            .filter(|p| p.by >= from && p.by <= now)
        {
            ledger.add(p);
        }
    }
    ledger
}

#[cfg(test)]
mod promise_tests {
    use super::*;

    fn t(s: &str) -> Timestamp {
        s.parse().unwrap()
    }

    fn update(at: &str, status: Status, next: Option<&str>) -> Update {
        Update {
            at: t(at),
            status,
            author: "Minter Dial".into(),
            components: vec![],
            next_update_by: next.map(t),
            body: "x".into(),
        }
    }

    fn incident(updates: Vec<Update>) -> Incident {
        Incident::sample("x", t("2026-11-20T09:00:00Z"), updates)
    }

    const GRACE: jiff::SignedDuration = jiff::SignedDuration::from_mins(5);

    #[test]
    fn kept_missed_pending_overdue() {
        use Status::*;
        let inc = incident(vec![
            update(
                "2026-11-20T09:00:00Z",
                Investigating,
                Some("2026-11-20T09:30:00Z"),
            ),
            // 3 minutes late: within grace, kept.
            update(
                "2026-11-20T09:33:00Z",
                Identified,
                Some("2026-11-20T10:00:00Z"),
            ),
            // 12 minutes late: missed.
            update(
                "2026-11-20T10:12:00Z",
                Monitoring,
                Some("2026-11-20T11:00:00Z"),
            ),
        ]);
        let at = |now: &str| {
            inc.promises(t(now), GRACE)
                .into_iter()
                .map(|p| p.outcome)
                .collect::<Vec<_>>()
        };
        let twelve = jiff::SignedDuration::from_mins(12);
        assert_eq!(
            at("2026-11-20T10:30:00Z"),
            vec![
                Outcome::Kept,
                Outcome::Missed { late_by: twelve },
                Outcome::Pending
            ]
        );
        // Within grace of the last promise: still pending.
        assert_eq!(at("2026-11-20T11:04:00Z")[2], Outcome::Pending);
        assert_eq!(
            at("2026-11-20T11:12:00Z")[2],
            Outcome::Overdue { late_by: twelve }
        );
        let ledger = Ledger::of(&inc.promises(t("2026-11-20T11:12:00Z"), GRACE));
        assert_eq!((ledger.kept, ledger.missed, ledger.overdue), (1, 1, 1));
    }

    #[test]
    fn resolution_keeps_the_last_promise() {
        use Status::*;
        let inc = incident(vec![
            update(
                "2026-11-20T09:00:00Z",
                Investigating,
                Some("2026-11-20T09:30:00Z"),
            ),
            update("2026-11-20T09:20:00Z", Resolved, None),
        ]);
        let p = inc.promises(t("2026-11-21T00:00:00Z"), GRACE);
        assert_eq!(p.len(), 1);
        assert_eq!(p[0].outcome, Outcome::Kept);
    }
}
