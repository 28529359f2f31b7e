//! Where a maintenance stands against its announced window at "now": what its updates say,
//! read with the clock, so a window that opens or closes with no word from the team is told
//! as such ("under way as scheduled", "not confirmed complete") instead of "Scheduled" for ever.

use jiff::Timestamp;

use crate::model::*;

/// A maintenance's place at "now". The rules (docs/format.md, "Maintenance windows"): the
/// window opens at `from` and closes just after `until`; only `completed` ends the work.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Phase {
    /// Announced (`scheduled`), and the window has not opened.
    Upcoming,
    /// The window is open and no update says the work began: under way as scheduled.
    AsScheduled,
    /// An update says the work is under way (`in_progress`, `verifying`) and the window is
    /// not over.
    Underway,
    /// The window has closed and no update says the work is complete (from `scheduled` or
    /// from the work under way).
    Unconfirmed,
    /// `completed`.
    Done,
}

impl Incident {
    /// Where a maintenance stands at `now`; `None` for an incident.
    pub(crate) fn phase(&self, now: Timestamp) -> Option<Phase> {
        if self.kind != Kind::Maintenance {
            return None;
        }
        let status = self.status();
        let scheduled = status == Status::Scheduled;
        Some(match self.window {
            _ if status.is_final() => Phase::Done,
            Some(w) if now > w.until => Phase::Unconfirmed,
            Some(w) if scheduled && now >= w.from => Phase::AsScheduled,
            _ if scheduled => Phase::Upcoming,
            _ => Phase::Underway,
        })
    }

    /// The status customers are told at `now`: the latest update's, except that a
    /// maintenance whose window has opened with no update since `scheduled` is read as in
    /// progress, as it was announced (Statuspage moves such a window on by itself too).
    pub(crate) fn status_now(&self, now: Timestamp) -> Status {
        let status = self.status();
        match self.phase(now) {
            Some(Phase::AsScheduled | Phase::Unconfirmed) if status == Status::Scheduled => {
                Status::InProgress
            }
            _ => status,
        }
    }

    /// When the window opened with no word since `scheduled`: the moment the page began
    /// reading the maintenance as in progress (`status_now`), if it has.
    pub(crate) fn unannounced_start(&self, now: Timestamp) -> Option<Timestamp> {
        let last = self.updates.last()?;
        let w = self.window?;
        (self.status_now(now) != self.status()).then(|| w.from.max(last.at))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn t(s: &str) -> Timestamp {
        s.parse().unwrap()
    }

    fn maintenance(statuses: &[Status]) -> Incident {
        let updates = statuses
            .iter()
            .map(|&status| Update {
                at: t("2026-11-20T09:00:00Z"),
                status,
                author: std::sync::Arc::new("Minter Dial".into()),
                components: vec![],
                next_update_by: None,
                workaround: None,
                body: "x".into(),
            })
            .collect();
        let mut m = Incident::sample("m", t("2026-11-20T14:00:00Z"), updates);
        m.kind = Kind::Maintenance;
        m.window = Some(Window {
            from: t("2026-11-20T14:00:00Z"),
            until: t("2026-11-20T16:00:00Z"),
        });
        m
    }

    #[test]
    fn a_window_read_with_the_clock() {
        use Phase::*;
        use Status::*;
        let (before, open, end, after) = (
            t("2026-11-20T13:59:00Z"),
            t("2026-11-20T14:00:00Z"),
            t("2026-11-20T16:00:00Z"),
            t("2026-11-20T16:00:01Z"),
        );
        let scheduled = maintenance(&[Scheduled]);
        let phases: Vec<_> = [before, open, end, after]
            .map(|now| scheduled.phase(now).unwrap())
            .to_vec();
        assert_eq!(phases, [Upcoming, AsScheduled, AsScheduled, Unconfirmed]);
        assert_eq!(scheduled.status_now(before), Scheduled);
        assert_eq!(scheduled.status_now(open), InProgress);
        assert_eq!(scheduled.status_now(after), InProgress);
        let working = maintenance(&[Scheduled, InProgress]);
        assert_eq!(working.phase(before), Some(Underway), "started early");
        assert_eq!(working.phase(after), Some(Unconfirmed));
        assert_eq!(working.status_now(after), InProgress);
        let done = maintenance(&[Scheduled, InProgress, Completed]);
        assert_eq!(done.phase(after), Some(Done));
        assert_eq!(Incident::sample("x", open, vec![]).phase(open), None);
    }
}
