//! What customers are owed a message about: every update, apology, published review and
//! maintenance reminder that is due as of now, each with a key that stays the same from run
//! to run (the ledger records sends by it), in the order they happened.

use jiff::Timestamp;

use crate::model::notify::EntryKind;
use crate::model::*;

/// What an entry is about, within its incident.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) enum Subject {
    /// The update at this index of `Incident::updates`.
    Update(usize),
    Apology,
    Review,
    /// The maintenance window opens soon.
    Reminder,
}

/// One message owed to customers.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Entry {
    /// Its incident's index in `Site::incidents`.
    pub(crate) incident: usize,
    pub(crate) subject: Subject,
    pub(crate) kind: EntryKind,
    /// When it became due: the update's time, the apology's or review's publication, the
    /// reminder's moment (the window's start less `remind_before`).
    pub(crate) at: Timestamp,
    /// `checkout-outage/update/2026-11-30T10:15:00Z`: by its incident and its own time, not
    /// its position, so an update written in between later does not shift the others.
    pub(crate) key: String,
}

/// Every entry due as of `now`, oldest first, whatever `notify.send` says (an entry of a
/// kind not sent is still recorded as passed, so adding the kind later does not send it).
pub(crate) fn due(site: &Site, now: Timestamp) -> Vec<Entry> {
    let n = &site.config.notify;
    let mut out = Vec::new();
    for (index, inc) in site.incidents.iter().enumerate() {
        if inc.draft {
            continue;
        }
        of_incident(&mut out, index, inc, now, n.remind_before);
    }
    out.sort_by(|a, b| {
        (a.at, &site.incidents[a.incident].id, a.subject).cmp(&(
            b.at,
            &site.incidents[b.incident].id,
            b.subject,
        ))
    });
    out
}

/// The entries of one incident, due as of `now`, in its own order.
pub(crate) fn of_incident(
    out: &mut Vec<Entry>,
    index: usize,
    inc: &Incident,
    now: Timestamp,
    remind_before: jiff::SignedDuration,
) {
    let id = &inc.id;
    let mut push = |subject, kind, at: Timestamp, key: String| {
        if at <= now {
            out.push(Entry {
                incident: index,
                subject,
                kind,
                at,
                key,
            });
        }
    };
    let update_kind = match inc.kind {
        Kind::Incident => EntryKind::Updates,
        Kind::Maintenance => EntryKind::Maintenance,
    };
    for (i, u) in inc.updates.iter().enumerate() {
        // Two updates stamped the same second still get a key each.
        let same = inc.updates[..i].iter().filter(|v| v.at == u.at).count();
        let key = match same {
            0 => format!("{id}/update/{}", u.at),
            k => format!("{id}/update/{}+{k}", u.at),
        };
        push(Subject::Update(i), update_kind, u.at, key);
    }
    if let Some(a) = inc.apology.as_ref().filter(|a| !a.draft) {
        push(
            Subject::Apology,
            EntryKind::Apologies,
            a.published_at,
            format!("{id}/apology"),
        );
    }
    if let (Some(_), Some(at)) = (&inc.postmortem, inc.postmortem_published_at) {
        push(
            Subject::Review,
            EntryKind::Reviews,
            at,
            format!("{id}/review"),
        );
    }
    if let Some(at) = reminder_at(inc, now, remind_before) {
        let from = inc.window.map_or(at, |w| w.from);
        push(
            Subject::Reminder,
            EntryKind::Reminders,
            at,
            format!("{id}/reminder/{from}"),
        );
    }
}

/// When a maintenance window's reminder is due, while it is worth sending: the window has not
/// opened, the work is neither cancelled nor over, and the announcement itself did not come
/// so late that a reminder would follow it at once.
fn reminder_at(inc: &Incident, now: Timestamp, before: jiff::SignedDuration) -> Option<Timestamp> {
    let w = inc.window.filter(|_| inc.kind == Kind::Maintenance)?;
    let at = w.from.checked_sub(before).ok()?;
    let announced = inc.updates.first()?.at;
    let over = inc.updates.last().is_some_and(|u| u.status.is_final());
    (now < w.from && !over && announced < at).then_some(at)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ts(s: &str) -> Timestamp {
        s.parse().unwrap()
    }

    fn maintenance(announced: &str, from: &str) -> Incident {
        let mut inc = Incident::sample(
            "Database upgrade",
            ts(from),
            vec![Update::sample(announced, Status::Scheduled, None)],
        );
        inc.kind = Kind::Maintenance;
        inc.window = Some(Window {
            from: ts(from),
            until: ts(from) + jiff::SignedDuration::from_hours(2),
        });
        inc
    }

    const DAY: jiff::SignedDuration = jiff::SignedDuration::from_hours(24);

    #[test]
    fn a_reminder_is_due_from_its_moment_until_the_window_opens() {
        let inc = maintenance("2026-11-20T10:00:00Z", "2026-12-02T09:00:00Z");
        let at = |now| reminder_at(&inc, ts(now), DAY);
        assert_eq!(at("2026-11-30T09:00:00Z"), Some(ts("2026-12-01T09:00:00Z")));
        assert_eq!(at("2026-12-02T08:59:59Z"), Some(ts("2026-12-01T09:00:00Z")));
        assert_eq!(at("2026-12-02T09:00:00Z"), None);
    }

    #[test]
    fn no_reminder_right_after_a_late_announcement_or_for_work_called_off() {
        let late = maintenance("2026-12-01T20:00:00Z", "2026-12-02T09:00:00Z");
        assert_eq!(reminder_at(&late, ts("2026-12-01T21:00:00Z"), DAY), None);
        let mut off = maintenance("2026-11-20T10:00:00Z", "2026-12-02T09:00:00Z");
        off.updates.push(Update::sample(
            "2026-11-25T10:00:00Z",
            Status::Completed,
            None,
        ));
        assert_eq!(reminder_at(&off, ts("2026-12-01T21:00:00Z"), DAY), None);
    }

    #[test]
    fn keys_follow_times_not_positions_and_future_entries_wait() {
        let mut inc = Incident::sample(
            "Checkout down",
            ts("2026-11-30T10:00:00Z"),
            vec![
                Update::sample("2026-11-30T10:00:00Z", Status::Investigating, None),
                Update::sample("2026-11-30T10:00:00Z", Status::Identified, None),
                Update::sample("2026-11-30T12:00:00Z", Status::Resolved, None),
            ],
        );
        inc.id = "checkout".into();
        let mut out = Vec::new();
        of_incident(&mut out, 0, &inc, ts("2026-11-30T11:00:00Z"), DAY);
        let keys: Vec<&str> = out.iter().map(|e| e.key.as_str()).collect();
        assert_eq!(
            keys,
            [
                "checkout/update/2026-11-30T10:00:00Z",
                "checkout/update/2026-11-30T10:00:00Z+1"
            ]
        );
    }
}
