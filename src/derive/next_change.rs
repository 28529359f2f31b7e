//! When the site next changes with no edit: the first moment after "now" at which something
//! derived from the clock flips (a promise turns overdue, a maintenance window opens or
//! closes, the day changes in the site's zone, an entry dated ahead comes due). `watch` and
//! `serve` rebuild at that moment instead of on a blind timer.
//!
//! What changes at each moment, and where it is read:
//! - a pending promise turns overdue just after its time plus grace (`Incident::promises`;
//!   pages, feeds, API, the `overdue` warning);
//! - a maintenance window opening or closing (`Incident::phase`: upcoming, under way as
//!   scheduled, not confirmed complete; pages, API, indicator, component states and the
//!   `maintenance-unconfirmed` warning read it);
//! - midnight in the site's zone: uptime's days and its 90-day window, "today" in wording,
//!   remedy deadlines (`remedy-overdue` compares dates);
//! - an update, resolution, apology or postmortem dated after "now": feeds, the API and the
//!   front page leave such entries out until their time.
//!
//! Durations that grow by the minute (how long an open incident has lasted, how late a
//! promise is, uptime percentages) are not events: every rebuild shows them as of its own
//! "now", and the next event or edit moves them on.
//!
//! One pass over the incidents, reading a few fields of each; only updates dated at or after
//! "now" (at the end of an incident's list, which is in time order) are read, so the pass
//! does not grow with the history.

use jiff::{SignedDuration, Timestamp, ToSpan};

use crate::model::Site;
use crate::time::Clock;

/// The earliest moment after `now` at which a time-driven fact of `site` changes, if any
/// does (none only when the calendar runs out).
pub(crate) fn next_change(site: &Site, now: Timestamp) -> Option<Timestamp> {
    let clock = site.config.clock();
    let grace = site.config.promises.grace;
    let mut next = Earliest { now, at: None };
    next.at(next_midnight(&clock, now));
    for inc in &site.incidents {
        next.after(Some(inc.started_at));
        // In time order: the ones dated ahead are at the end.
        for u in inc.updates.iter().rev().take_while(|u| u.at >= now) {
            next.after(Some(u.at));
        }
        if let Some(a) = &inc.apology {
            next.after(Some(a.published_at));
        }
        next.after(inc.postmortem_published_at);
        if !inc.is_open() {
            continue;
        }
        next.after(inc.next_update_due().map(|by| plus(by, grace)));
        if let Some(w) = inc.window {
            next.after(Some(w.from));
            next.after(Some(w.until));
        }
    }
    next.at
}

/// The first instant of the next day in the site's zone (23 or 25 hours away on the days
/// the clocks change).
fn next_midnight(clock: &Clock, now: Timestamp) -> Option<Timestamp> {
    let tomorrow = clock.date(now).checked_add(1.day()).ok()?;
    Some(clock.start_of(tomorrow))
}

fn plus(t: Timestamp, d: SignedDuration) -> Timestamp {
    t.checked_add(d).unwrap_or(Timestamp::MAX)
}

/// The earliest candidate later than `now`.
struct Earliest {
    now: Timestamp,
    at: Option<Timestamp>,
}

impl Earliest {
    /// A moment at which the change has happened.
    fn at(&mut self, t: Option<Timestamp>) {
        if let Some(t) = t.filter(|t| *t > self.now) {
            self.at = Some(self.at.map_or(t, |a| a.min(t)));
        }
    }

    /// A threshold `t`: the change has happened just after it, whether the rule reading it
    /// says `now > t` or `now >= t` (a nanosecond later satisfies both).
    fn after(&mut self, t: Option<Timestamp>) {
        self.at(t.and_then(|t| t.checked_add(SignedDuration::from_nanos(1)).ok()));
    }
}

#[cfg(test)]
mod tests {
    use std::sync::Arc;

    use super::*;
    use crate::model::*;

    fn t(s: &str) -> Timestamp {
        s.parse().unwrap()
    }

    const NS: SignedDuration = SignedDuration::from_nanos(1);

    fn update(at: &str, status: Status, next: Option<&str>) -> Update {
        Update::sample(at, status, next)
    }

    /// A site in `zone` (grace 10 min) with these incidents.
    fn site(zone: &str, incidents: Vec<Incident>) -> Site {
        let config = Config {
            title: "T".into(),
            description: None,
            base_url: "https://status.example/".into(),
            timezone: jiff::tz::TimeZone::get(zone).unwrap(),
            timezone_name: zone.into(),
            language: "en".into(),
            locale: crate::locale::Locale::english(),
            languages: Vec::new(),
            current: 0,
            texts: None,
            theme: "default".into(),
            contact: None,
            components: vec![],
            feed_entries: 50,
            promises: Promises {
                grace: SignedDuration::from_mins(10),
                ..Promises::default()
            },
            people: vec![],
            notify: Default::default(),
            brand: Default::default(),
        };
        Site {
            config,
            incidents: incidents.into_iter().map(Arc::new).collect(),
        }
    }

    fn incident(updates: Vec<Update>) -> Incident {
        let started = updates[0].at;
        Incident::sample("x", started, updates)
    }

    fn maintenance(from: &str, until: &str, status: Status) -> Incident {
        let mut inc = Incident::sample(
            "m",
            t("2026-11-20T09:00:00Z"),
            vec![update("2026-11-20T09:00:00Z", status, None)],
        );
        inc.kind = Kind::Maintenance;
        inc.window = Some(Window {
            from: t(from),
            until: t(until),
        });
        inc
    }

    #[test]
    fn a_promise_turns_late_just_after_its_time_plus_grace() {
        let open = incident(vec![update(
            "2026-11-20T10:00:00Z",
            Status::Investigating,
            Some("2026-11-20T10:30:00Z"),
        )]);
        let s = site("UTC", vec![open]);
        let at = next_change(&s, t("2026-11-20T10:05:00Z"));
        assert_eq!(at, Some(t("2026-11-20T10:40:00Z") + NS));
        // At that moment the promise is overdue: the rebuild shows it late.
        let inc = &s.incidents[0];
        let outcome = inc.promises(at.unwrap(), s.config.promises.grace)[0].outcome;
        assert_eq!(outcome.as_str(), "overdue");
        // Once late, the next change is midnight.
        assert_eq!(
            next_change(&s, t("2026-11-20T11:00:00Z")),
            Some(t("2026-11-21T00:00:00Z"))
        );
    }

    #[test]
    fn a_promise_across_midnight_comes_after_the_midnight_in_the_sites_zone() {
        // 23:50 in New York (UTC-5), promised for 00:20 the next day.
        let open = incident(vec![update(
            "2026-11-21T04:50:00Z",
            Status::Identified,
            Some("2026-11-21T05:20:00Z"),
        )]);
        let s = site("America/New_York", vec![open]);
        let midnight = t("2026-11-21T05:00:00Z");
        assert_eq!(next_change(&s, t("2026-11-21T04:55:00Z")), Some(midnight));
        assert_eq!(
            next_change(&s, midnight),
            Some(t("2026-11-21T05:30:00Z") + NS)
        );
    }

    #[test]
    fn midnight_is_found_across_the_change_of_the_clocks_in_the_sites_zone() {
        let s = site("Europe/London", vec![]);
        // 25 October 2026: BST ends at 02:00 (01:00 UTC); the day has 25 hours.
        assert_eq!(
            next_change(&s, t("2026-10-24T12:00:00Z")),
            Some(t("2026-10-24T23:00:00Z")),
            "midnight BST"
        );
        assert_eq!(
            next_change(&s, t("2026-10-24T23:00:00Z")),
            Some(t("2026-10-26T00:00:00Z")),
            "midnight GMT, 25 hours later"
        );
        // A promise made before the change for after it: its instant is what counts.
        let open = incident(vec![update(
            "2026-10-25T00:30:00Z",
            Status::Investigating,
            Some("2026-10-25T01:30:00Z"),
        )]);
        let s = site("Europe/London", vec![open]);
        assert_eq!(
            next_change(&s, t("2026-10-25T00:45:00Z")),
            Some(t("2026-10-25T01:40:00Z") + NS)
        );
    }

    #[test]
    fn a_maintenance_window_opening_then_closing() {
        let m = maintenance(
            "2026-11-20T14:00:00Z",
            "2026-11-20T16:00:00Z",
            Status::Scheduled,
        );
        let s = site("UTC", vec![m]);
        assert_eq!(
            next_change(&s, t("2026-11-20T10:00:00Z")),
            Some(t("2026-11-20T14:00:00Z") + NS)
        );
        assert_eq!(
            next_change(&s, t("2026-11-20T14:00:00Z") + NS),
            Some(t("2026-11-20T16:00:00Z") + NS)
        );
        // A completed maintenance has no window left to open or close.
        let done = maintenance(
            "2026-11-20T14:00:00Z",
            "2026-11-20T16:00:00Z",
            Status::Completed,
        );
        let s = site("UTC", vec![done]);
        assert_eq!(
            next_change(&s, t("2026-11-20T10:00:00Z")),
            Some(t("2026-11-21T00:00:00Z"))
        );
    }

    #[test]
    fn the_earliest_wins_and_entries_dated_ahead_count() {
        let resolved = incident(vec![
            update("2026-11-20T08:00:00Z", Status::Investigating, None),
            update("2026-11-20T12:15:00Z", Status::Resolved, None),
        ]);
        let promise = incident(vec![update(
            "2026-11-20T11:00:00Z",
            Status::Monitoring,
            Some("2026-11-20T13:00:00Z"),
        )]);
        let m = maintenance(
            "2026-11-20T12:30:00Z",
            "2026-11-20T13:30:00Z",
            Status::Scheduled,
        );
        let s = site("UTC", vec![resolved, promise, m]);
        let now = t("2026-11-20T12:00:00Z");
        // The resolution, dated a quarter of an hour ahead, is first.
        assert_eq!(next_change(&s, now), Some(t("2026-11-20T12:15:00Z") + NS));
        assert_eq!(
            next_change(&s, t("2026-11-20T12:20:00Z")),
            Some(t("2026-11-20T12:30:00Z") + NS)
        );
        assert_eq!(
            next_change(&s, t("2026-11-20T12:31:00Z")),
            Some(t("2026-11-20T13:10:00Z") + NS)
        );
        assert_eq!(
            next_change(&s, t("2026-11-20T13:11:00Z")),
            Some(t("2026-11-20T13:30:00Z") + NS)
        );
    }
}
