//! An incident's status and its components' states over time, and the page's overall
//! indicator: what follows from the updates, never stored in the files.

use std::collections::BTreeMap;

use jiff::Timestamp;

use crate::model::*;

impl Incident {
    /// An incident's status is its last update's.
    pub(crate) fn status(&self) -> Status {
        self.updates
            .last()
            .map_or(Status::Investigating, |u| u.status)
    }

    /// When it was resolved (or the maintenance completed): the time of the last update, when
    /// that update ends it. An incident reopened after a resolution is open again and has no
    /// `resolved_at` until it is resolved again; then it is that last resolution.
    pub(crate) fn resolved_at(&self) -> Option<Timestamp> {
        debug_assert_eq!(
            self.resolved,
            self.find_resolved(),
            "summed_up() was called"
        );
        self.resolved
    }

    fn find_resolved(&self) -> Option<Timestamp> {
        self.updates
            .last()
            .filter(|u| u.status.is_final())
            .map(|u| u.at)
    }

    /// Whether update `i` reopens the incident: a status that does not end it, right after
    /// one that did.
    pub(crate) fn reopens(&self, i: usize) -> bool {
        let status = |i: usize| self.updates.get(i).map(|u| u.status);
        i > 0
            && status(i - 1).is_some_and(Status::is_final)
            && status(i).is_some_and(|s| !s.is_final())
    }

    /// The updates since the incident was last reopened (all of them if it never was): what
    /// "when did it reach monitoring" and the like read, so a reopened incident is not
    /// described by its first round.
    pub(crate) fn since_reopened(&self) -> &[Update] {
        let from = (0..self.updates.len())
            .rev()
            .find(|&i| self.reopens(i))
            .unwrap_or(0);
        &self.updates[from..]
    }

    /// The incident with what is kept from its updates filled in; call when it is made.
    pub(crate) fn summed_up(mut self) -> Incident {
        self.resolved = self.find_resolved();
        self
    }

    pub(crate) fn is_open(&self) -> bool {
        !self.status().is_final()
    }

    /// How long it lasted: to its resolution, or so far; a maintenance from the start of its
    /// work (its first "in progress" update), not from its announcement. The one figure pages
    /// call "open for" (or "work took"); time in each component state is `time_in_states`.
    pub(crate) fn duration(&self, now: Timestamp) -> jiff::SignedDuration {
        let end = self.resolved_at().unwrap_or(now);
        let start = match self.kind {
            Kind::Maintenance => self.work_started_at().unwrap_or(self.started_at),
            Kind::Incident => self.started_at,
        };
        end.duration_since(start)
    }

    /// When a maintenance's work began: its first "in progress" update.
    pub(crate) fn work_started_at(&self) -> Option<Timestamp> {
        self.updates
            .iter()
            .find(|u| u.status == Status::InProgress)
            .map(|u| u.at)
    }

    /// Seconds each listed component spent in each state worse than operational, in the
    /// order of `components`, worst state first: summed from `segments`, which the uptime
    /// bars are counted from too, so the incident page and the component page agree.
    pub(crate) fn time_in_states(&self, now: Timestamp) -> Vec<(String, ComponentState, i64)> {
        let mut out: Vec<(String, ComponentState, i64)> = Vec::new();
        for (c, from, until, s) in self.segments(now) {
            let secs = until.duration_since(from).as_secs();
            match out.iter_mut().find(|(oc, os, _)| *oc == c && *os == s) {
                Some(entry) => entry.2 += secs,
                None => out.push((c, s, secs)),
            }
        }
        let order = |c: &str| self.components.iter().position(|x| x == c);
        out.sort_by(|a, b| order(&a.0).cmp(&order(&b.0)).then(b.1.cmp(&a.1)));
        out
    }

    pub(crate) fn last_update_at(&self) -> Timestamp {
        self.updates.last().map_or(self.started_at, |u| u.at)
    }

    /// The state each listed component has from update `upto` (inclusive) on: the last state
    /// set for it so far. During a maintenance's work, unset components are under maintenance.
    pub(crate) fn states_at(&self, upto: usize) -> Vec<(String, ComponentState)> {
        let mut walk = StateWalk::new(self);
        for u in self.updates.iter().take(upto.saturating_add(1)) {
            walk.apply(u);
        }
        self.listed(&walk, self.updates.get(upto).map(|u| u.status))
    }

    /// The state each listed component has at `now`, as the page shows it: after every
    /// update, read with the status customers are told (`status_now`: a maintenance whose
    /// window opened with no word puts its components under maintenance, as announced).
    pub(crate) fn states_now(&self, now: Timestamp) -> Vec<(String, ComponentState)> {
        let mut walk = StateWalk::new(self);
        for u in &self.updates {
            walk.apply(u);
        }
        self.listed(&walk, Some(self.status_now(now)))
    }

    fn listed(&self, walk: &StateWalk, status: Option<Status>) -> Vec<(String, ComponentState)> {
        self.components
            .iter()
            .enumerate()
            .filter_map(|(j, c)| Some((c.clone(), walk.state(j, status)?)))
            .collect()
    }

    /// `states_at(i)` for every update `i`, oldest first, in one pass over the updates (each
    /// a list in the order of `components`): what the API's per-update changes are read from.
    pub(crate) fn state_history(&self) -> Vec<Vec<Option<ComponentState>>> {
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
    pub(crate) fn segments(
        &self,
        now: Timestamp,
    ) -> Vec<(String, Timestamp, Timestamp, ComponentState)> {
        let end = self.resolved_at().unwrap_or(now).max(self.started_at);
        let mut walk = StateWalk::new(self);
        let mut current: Vec<Option<(Timestamp, ComponentState)>> =
            vec![None; self.components.len()];
        let mut per_component: Vec<Vec<(Timestamp, Timestamp, ComponentState)>> =
            vec![Vec::new(); self.components.len()];
        // Each update, then the moment a window opened with no word (read as in progress).
        let steps = self.updates.iter().map(|u| (u.at, Some(u), u.status));
        let unannounced = self
            .unannounced_start(now)
            .map(|at| (at, None, self.status_now(now)));
        for (at, u, status) in steps.chain(unannounced) {
            if at >= end {
                break;
            }
            if let Some(u) = u {
                walk.apply(u);
            }
            for (j, cur) in current.iter_mut().enumerate() {
                let state = walk.state(j, Some(status));
                if cur.map(|(_, s)| s) != state {
                    if let Some((from, s)) = cur.take() {
                        per_component[j].push((from, at, s));
                    }
                    *cur = state.map(|s| (at, s));
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

impl Kind {
    /// The status an update that reopens an incident of this kind has unless told otherwise:
    /// back to the start of the work (`investigating`; a maintenance `in_progress`).
    pub(crate) fn reopening_status(self) -> Status {
        match self {
            Kind::Incident => Status::Investigating,
            Kind::Maintenance => Status::InProgress,
        }
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

    /// Component `j`'s state while the incident has `status`. A final status (resolved,
    /// completed) returns every component to operational, whatever was set before; states
    /// set before it are remembered, so an incident reopened without new states is back
    /// where it was.
    fn state(&self, j: usize, status: Option<Status>) -> Option<ComponentState> {
        if status.is_some_and(Status::is_final) {
            return Some(ComponentState::Operational);
        }
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

/// The overall indicator. Its words follow the components' current states, so the banner
/// never reads worse (or better) than the states listed under it; its level speaks
/// Statuspage's vocabulary (none, minor, major, critical, maintenance) for API clients.
/// The rule is written out in docs/format.md, "What the status words mean".
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Indicator {
    /// Every component operational and nothing open.
    Operational,
    /// The worst current component state: degraded performance, a partial or a major outage.
    Degraded(ComponentState),
    /// An incident is open and not yet monitored, with no component marked worse than
    /// operational: something is wrong, and what it touches is not yet said.
    Investigating,
    /// A component under maintenance (or maintenance under way), nothing worse.
    Maintenance,
    /// Every component operational and every open incident is being monitored.
    Monitoring,
}

impl Indicator {
    /// The level, in Statuspage's five words.
    pub(crate) fn as_str(self) -> &'static str {
        match self {
            Indicator::Operational | Indicator::Monitoring => "none",
            Indicator::Degraded(ComponentState::MajorOutage) => "critical",
            Indicator::Degraded(ComponentState::PartialOutage) => "major",
            Indicator::Degraded(_) | Indicator::Investigating => "minor",
            Indicator::Maintenance => "maintenance",
        }
    }

    /// Statuspage's own words for the level (`as_str`), which its clients and widgets show:
    /// the API's `description`. candor's words for the same moment are `description`.
    pub(crate) fn statuspage_words(self) -> &'static str {
        match self.as_str() {
            "none" => "All Systems Operational",
            "minor" => "Minor Service Outage",
            "major" => "Partial System Outage",
            "critical" => "Major System Outage",
            _ => "Service Under Maintenance",
        }
    }

    /// The message naming this state (`indicator-<key>` for the banner and the API's
    /// `candor_description`, `badge-<key>` for the badge).
    pub(crate) fn key(self) -> &'static str {
        match self {
            Indicator::Operational => "operational",
            Indicator::Degraded(ComponentState::MajorOutage) => "major-outage",
            Indicator::Degraded(ComponentState::PartialOutage) => "partial-outage",
            Indicator::Degraded(_) => "degraded",
            Indicator::Investigating => "investigating",
            Indicator::Maintenance => "maintenance",
            Indicator::Monitoring => "monitoring",
        }
    }

    /// The words the banner and the API's `candor_description` share.
    pub(crate) fn description(self, locale: &crate::locale::Locale) -> String {
        locale.text(&format!("indicator-{}", self.key()), None)
    }
}

/// The indicator from the components' current states first: the worst of them decides;
/// only when every component is operational do open incidents (investigated, then monitored)
/// and maintenance under way at `now` (by its updates or by its window) speak.
pub(crate) fn indicator(site: &Site, now: Timestamp) -> Indicator {
    let worst = component_states(site, now)
        .into_values()
        .max()
        .unwrap_or(ComponentState::Operational);
    let open = || site.incidents.iter().filter(|i| i.is_ongoing_incident());
    match worst {
        ComponentState::Operational | ComponentState::UnderMaintenance
            if open().any(|i| i.status() != Status::Monitoring) =>
        {
            Indicator::Investigating
        }
        ComponentState::UnderMaintenance => Indicator::Maintenance,
        ComponentState::Operational
            if site.incidents.iter().any(|i| i.is_active_maintenance(now)) =>
        {
            Indicator::Maintenance
        }
        ComponentState::Operational if open().next().is_some() => Indicator::Monitoring,
        ComponentState::Operational => Indicator::Operational,
        s => Indicator::Degraded(s),
    }
}

/// Each component's current state: the worst of every open incident or maintenance at `now`
/// (`Incident::states_now`), else operational.
pub(crate) fn component_states(site: &Site, now: Timestamp) -> BTreeMap<String, ComponentState> {
    let mut states: BTreeMap<String, ComponentState> = site
        .config
        .components
        .iter()
        .map(|c| (c.id.clone(), ComponentState::Operational))
        .collect();
    for inc in site.incidents.iter().filter(|i| i.is_open()) {
        for (c, s) in inc.states_now(now) {
            if let Some(cur) = states.get_mut(&c) {
                *cur = (*cur).max(s);
            }
        }
    }
    states
}

#[cfg(test)]
mod tests {
    use super::*;

    fn t(s: &str) -> Timestamp {
        s.parse().unwrap()
    }

    fn update(at: &str, status: Status) -> Update {
        Update {
            at: t(at),
            status,
            author: std::sync::Arc::new("Minter Dial".into()),
            components: vec![],
            next_update_by: None,
            workaround: None,
            body: "x".into(),
        }
    }

    #[test]
    fn duration_to_resolution_or_so_far_and_from_the_work() {
        use Status::*;
        let now = t("2026-11-20T12:00:00Z");
        let hours = |h| jiff::SignedDuration::from_hours(h);
        let open = Incident::sample(
            "x",
            t("2026-11-20T09:00:00Z"),
            vec![update("2026-11-20T09:00:00Z", Investigating)],
        );
        assert_eq!(open.duration(now), hours(3));
        let resolved = Incident::sample(
            "x",
            t("2026-11-20T09:00:00Z"),
            vec![
                update("2026-11-20T09:00:00Z", Investigating),
                update("2026-11-20T10:00:00Z", Resolved),
            ],
        );
        assert_eq!(resolved.duration(now), hours(1));
        // A maintenance announced at 08:00 whose work began at 10:00 lasted from 10:00.
        let mut work = Incident::sample(
            "x",
            t("2026-11-20T08:00:00Z"),
            vec![
                update("2026-11-20T08:00:00Z", Scheduled),
                update("2026-11-20T10:00:00Z", InProgress),
                update("2026-11-20T11:00:00Z", Completed),
            ],
        );
        work.kind = Kind::Maintenance;
        assert_eq!(work.duration(now), hours(1));
    }

    #[test]
    fn time_in_states_sums_each_state_per_component_worst_first() {
        use ComponentState::*;
        use Status::*;
        let now = t("2026-11-20T12:00:00Z");
        let mut first = update("2026-11-20T09:00:00Z", Investigating);
        first.components = vec![("checkout".into(), PartialOutage)];
        let mut worse = update("2026-11-20T09:30:00Z", Identified);
        worse.components = vec![("checkout".into(), MajorOutage)];
        let mut better = update("2026-11-20T10:30:00Z", Monitoring);
        better.components = vec![("checkout".into(), Operational)];
        let mut inc = Incident::sample(
            "x",
            t("2026-11-20T09:00:00Z"),
            vec![
                first,
                worse,
                better,
                update("2026-11-20T11:00:00Z", Resolved),
            ],
        );
        inc.components = vec!["checkout".into()];
        assert_eq!(
            inc.time_in_states(now),
            vec![
                ("checkout".to_string(), MajorOutage, 3600),
                ("checkout".to_string(), PartialOutage, 1800),
            ]
        );
        // Open for two hours; in a worse state for one and a half.
        assert_eq!(inc.duration(now).as_secs(), 7200);
    }
}
