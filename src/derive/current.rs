//! What is current at a build's "now": unresolved incidents, maintenance under way and
//! maintenance to come. The index, the embed and the API list the same incidents because
//! they read them from here.

use std::sync::Arc;

use jiff::Timestamp;

use super::phase::Phase;
use crate::model::*;

impl Incident {
    /// A maintenance under way at `now`: by its updates, or by its window with no word
    /// (under way as scheduled), or past its window with no `completed` (not confirmed
    /// complete: it stays current until someone says it is over).
    pub(crate) fn is_active_maintenance(&self, now: Timestamp) -> bool {
        matches!(
            self.phase(now),
            Some(Phase::AsScheduled | Phase::Underway | Phase::Unconfirmed)
        )
    }

    /// A maintenance announced whose window has not opened.
    pub(crate) fn is_upcoming_maintenance(&self, now: Timestamp) -> bool {
        self.phase(now) == Some(Phase::Upcoming)
    }

    /// An incident that is still unresolved (maintenance excluded).
    pub(crate) fn is_ongoing_incident(&self) -> bool {
        self.kind == Kind::Incident && self.is_open()
    }
}

/// The incidents current at "now", as indexes into `Site::incidents`: whole lists (each
/// channel cuts its own to what it shows, and says how many more there are).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct Current {
    /// Unresolved incidents, in the site's order (newest first).
    pub(crate) ongoing: Vec<usize>,
    /// Maintenance under way (`Incident::is_active_maintenance`), in the site's order.
    pub(crate) active: Vec<usize>,
    /// Maintenance announced whose window has not opened, soonest first.
    pub(crate) upcoming: Vec<usize>,
}

/// What is current at `now` among the site's `incidents`, in one pass.
pub(crate) fn current(incidents: &[Arc<Incident>], now: Timestamp) -> Current {
    let mut c = Current::default();
    for (n, inc) in incidents.iter().enumerate() {
        if inc.is_ongoing_incident() {
            c.ongoing.push(n);
        } else if inc.is_active_maintenance(now) {
            c.active.push(n);
        } else if inc.is_upcoming_maintenance(now) {
            c.upcoming.push(n);
        }
    }
    // Stable: windows opening together keep the site's order.
    c.upcoming.sort_by_key(|&n| incidents[n].started_at);
    c
}

#[cfg(test)]
mod tests {
    use super::*;

    fn t(s: &str) -> Timestamp {
        s.parse().unwrap()
    }

    fn item(kind: Kind, started: &str, status: Status, until: &str) -> Arc<Incident> {
        let update = Update {
            at: t(started),
            status,
            author: std::sync::Arc::new("Minter Dial".into()),
            components: vec![],
            next_update_by: None,
            workaround: None,
            body: "x".into(),
        };
        let mut inc = Incident::sample("x", t(started), vec![update]);
        inc.kind = kind;
        inc.window = (kind == Kind::Maintenance).then(|| Window {
            from: t(started),
            until: t(until),
        });
        Arc::new(inc)
    }

    #[test]
    fn ongoing_active_and_upcoming_soonest_first() {
        use Kind::*;
        use Status::*;
        let now = t("2026-11-20T12:00:00Z");
        let site = [
            // Newest first, as the site holds them.
            item(
                Maintenance,
                "2026-11-25T01:00:00Z",
                Scheduled,
                "2026-11-25T02:00:00Z",
            ),
            item(
                Maintenance,
                "2026-11-22T01:00:00Z",
                Scheduled,
                "2026-11-22T02:00:00Z",
            ),
            item(Incident, "2026-11-20T11:00:00Z", Identified, ""),
            item(
                Maintenance,
                "2026-11-20T10:00:00Z",
                InProgress,
                "2026-11-20T14:00:00Z",
            ),
            // A window that passed without a word: not upcoming any more, but current (not
            // confirmed complete) until someone says it is over.
            item(
                Maintenance,
                "2026-11-19T01:00:00Z",
                Scheduled,
                "2026-11-19T02:00:00Z",
            ),
            item(Incident, "2026-11-18T09:00:00Z", Resolved, ""),
            item(
                Maintenance,
                "2026-11-17T01:00:00Z",
                Completed,
                "2026-11-17T02:00:00Z",
            ),
        ];
        assert_eq!(
            current(&site, now),
            Current {
                ongoing: vec![2],
                active: vec![3, 4],
                upcoming: vec![1, 0],
            }
        );
    }
}
