//! Per-component uptime: each day's worst state and the share of the period without an
//! outage, from the state windows of every incident.

use std::collections::BTreeMap;

use jiff::civil::Date;
use jiff::{Timestamp, ToSpan};

use crate::model::*;
use crate::time::Clock;

/// One day of a component's history.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Day {
    pub(crate) date: Date,
    pub(crate) worst: ComponentState,
    /// Seconds spent in each non-operational state that day.
    pub(crate) seconds: BTreeMap<ComponentState, i64>,
}

/// A component's uptime over the last `days` days (in the site's zone), ending today.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Uptime {
    pub(crate) days: Vec<Day>,
    /// Share of the period without an outage, 0–100: a major outage counts in full, a
    /// partial outage at 30% (Statuspage's weighting); degradation and maintenance count as up.
    pub(crate) percent: f64,
}

/// Per-component uptime from the state windows of every incident, computed at build time.
pub(crate) fn uptime(
    site: &Site,
    clock: &Clock,
    now: Timestamp,
    days: i64,
) -> BTreeMap<String, Uptime> {
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
