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

    /// When it was resolved (or the maintenance completed): the time of that update.
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
            .iter()
            .find(|u| u.status.is_final())
            .map(|u| u.at)
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
    /// work (its first "in progress" update), not from its announcement.
    pub(crate) fn duration(&self, now: Timestamp) -> jiff::SignedDuration {
        let end = self.resolved_at().unwrap_or(now);
        let start = match (
            self.kind,
            self.updates.iter().find(|u| u.status == Status::InProgress),
        ) {
            (Kind::Maintenance, Some(u)) => u.at,
            _ => self.started_at,
        };
        end.duration_since(start)
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
        let status = self.updates.get(upto).map(|u| u.status);
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
pub(crate) enum Indicator {
    Impact(Impact),
    Maintenance,
}

impl Indicator {
    pub(crate) fn as_str(self) -> &'static str {
        match self {
            Indicator::Impact(i) => i.as_str(),
            Indicator::Maintenance => "maintenance",
        }
    }

    /// Statuspage's own descriptions, which API clients and people already know.
    pub(crate) fn description(self) -> &'static str {
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
pub(crate) fn indicator(site: &Site) -> Indicator {
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
pub(crate) fn component_states(site: &Site) -> BTreeMap<String, ComponentState> {
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
            author: "Minter Dial".into(),
            components: vec![],
            next_update_by: None,
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
}
