//! Promises ("next update by") and the ledger of kept and broken ones: what became of each
//! `next_update_by`, judged against the update that followed it.

use jiff::Timestamp;

use crate::model::*;

/// What became of a promise to post the next update by a time.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Outcome {
    /// The next update (or the resolution) came by the promised time, plus grace.
    Kept,
    /// It came, but late by this much (measured from the promised time).
    Missed { late_by: jiff::SignedDuration },
    /// The incident is open and the time, plus grace, has not passed.
    Pending,
    /// The time has passed, plus grace, and no update has come: late by this much so far.
    Overdue { late_by: jiff::SignedDuration },
}

impl Outcome {
    /// The word every channel says it with: kept | missed | pending | overdue (the pages'
    /// class names, the API's `candor_promise.outcome`).
    pub(crate) fn as_str(self) -> &'static str {
        match self {
            Outcome::Kept => "kept",
            Outcome::Missed { .. } => "missed",
            Outcome::Pending => "pending",
            Outcome::Overdue { .. } => "overdue",
        }
    }

    /// How late the update came (missed) or is so far (overdue).
    pub(crate) fn late_by(self) -> Option<jiff::SignedDuration> {
        match self {
            Outcome::Missed { late_by } | Outcome::Overdue { late_by } => Some(late_by),
            Outcome::Kept | Outcome::Pending => None,
        }
    }
}

/// One promise: the update that made it, the time promised, and what became of it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Promise {
    /// Index of the update that made the promise (oldest first).
    pub(crate) update: usize,
    pub(crate) by: Timestamp,
    pub(crate) outcome: Outcome,
}

impl Incident {
    /// The time customers are waiting on: the latest update's `next_update_by`, while the
    /// incident is open (a resolved incident promises nothing more).
    pub(crate) fn next_update_due(&self) -> Option<Timestamp> {
        self.updates
            .last()
            .and_then(|u| u.next_update_by)
            .filter(|_| self.is_open())
    }

    /// The promise ledger: every `next_update_by`, judged against the update that followed
    /// it (the resolution counts), or against `now` while none has.
    pub(crate) fn promises(&self, now: Timestamp, grace: jiff::SignedDuration) -> Vec<Promise> {
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
pub(crate) struct Ledger {
    pub(crate) kept: usize,
    pub(crate) missed: usize,
    pub(crate) overdue: usize,
    pub(crate) pending: usize,
    /// The latest a missed promise was kept, for "one was 12 minutes late".
    pub(crate) worst_late_by: Option<jiff::SignedDuration>,
}

impl Ledger {
    pub(crate) fn add(&mut self, p: &Promise) {
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
    pub(crate) fn judged(&self) -> usize {
        self.kept + self.missed + self.overdue
    }

    pub(crate) fn of(promises: &[Promise]) -> Ledger {
        let mut l = Ledger::default();
        for p in promises {
            l.add(p);
        }
        l
    }
}

/// The ledger over every incident whose promised time fell in the last `days` days.
pub(crate) fn site_ledger(
    site: &Site,
    now: Timestamp,
    grace: jiff::SignedDuration,
    days: i64,
) -> Ledger {
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
mod tests {
    use super::*;

    fn t(s: &str) -> Timestamp {
        s.parse().unwrap()
    }

    fn update(at: &str, status: Status, next: Option<&str>) -> Update {
        Update::sample(at, status, next)
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
    fn outcome_words_and_lateness() {
        let late = jiff::SignedDuration::from_mins(12);
        let said = [
            Outcome::Kept,
            Outcome::Missed { late_by: late },
            Outcome::Pending,
            Outcome::Overdue { late_by: late },
        ]
        .map(|o| (o.as_str(), o.late_by()));
        assert_eq!(
            said,
            [
                ("kept", None),
                ("missed", Some(late)),
                ("pending", None),
                ("overdue", Some(late))
            ]
        );
    }

    #[test]
    fn the_next_update_is_due_only_while_open() {
        use Status::*;
        let mut inc = incident(vec![update(
            "2026-11-20T09:00:00Z",
            Investigating,
            Some("2026-11-20T09:30:00Z"),
        )]);
        assert_eq!(inc.next_update_due(), Some(t("2026-11-20T09:30:00Z")));
        inc.updates.push(update(
            "2026-11-20T09:20:00Z",
            Resolved,
            Some("2026-11-20T10:00:00Z"),
        ));
        assert_eq!(inc.next_update_due(), None);
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
