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
    /// Seconds in the period whose worst state was a major outage: the figure the percentage
    /// counts in full, shown beside it so a rounded 99.9% cannot hide the hours behind it.
    pub(crate) major_seconds: i64,
    /// Seconds whose worst state was a partial outage (the percentage counts them at 30%).
    pub(crate) partial_seconds: i64,
    /// Incidents that put this component in a state worse than operational within the period.
    /// Maintenance is not counted: it is planned and announced, and its `under_maintenance`
    /// time counts as up in the percentage; an outage a maintenance causes still shows in
    /// the seconds above, as it lowers the percentage.
    pub(crate) incidents: usize,
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
    let mut incidents: BTreeMap<&str, usize> = BTreeMap::new();
    for inc in &site.incidents {
        if inc.resolved_at().is_some_and(|r| r < period_start) {
            continue;
        }
        let mut touched: Vec<&str> = Vec::new();
        for (c, from, until, s) in inc.segments(now) {
            let (from, until) = (from.max(period_start), until.min(now));
            if until > from
                && let Some(id) = site.config.component(&c).map(|k| k.id.as_str())
            {
                by_component.entry(id).or_default().push((from, until, s));
                touched.push(id);
            }
        }
        if inc.kind == Kind::Incident {
            touched.sort_unstable();
            touched.dedup();
            for id in touched {
                *incidents.entry(id).or_insert(0) += 1;
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
            let (mut major_seconds, mut partial_seconds) = (0, 0);
            for (from, until, state) in worst_over_time(&segments) {
                let secs = until.duration_since(from).as_secs();
                match state {
                    ComponentState::MajorOutage => major_seconds += secs,
                    ComponentState::PartialOutage => partial_seconds += secs,
                    _ => {}
                }
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
            // A major outage counts in full, a partial one at 30% (Statuspage's weighting).
            let down = major_seconds as f64 + 0.3 * partial_seconds as f64;
            let percent = (100.0 * (1.0 - down / period)).clamp(0.0, 100.0);
            (
                comp.id.clone(),
                Uptime {
                    days: day_list,
                    percent,
                    major_seconds,
                    partial_seconds,
                    incidents: incidents.get(comp.id.as_str()).copied().unwrap_or(0),
                },
            )
        })
        .collect()
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

#[cfg(test)]
mod figures {
    //! The minutes and the count shown beside the percentage, on a fixture incident set.
    use std::sync::Arc;

    use super::*;

    fn t(s: &str) -> Timestamp {
        s.parse().unwrap()
    }

    /// An update at `at` setting `api` to `state` (none: the incident's own default).
    fn update(at: &str, status: Status, state: Option<ComponentState>) -> Update {
        let mut u = Update::sample(at, status, None);
        u.components = state.map(|s| ("api".to_string(), s)).into_iter().collect();
        u
    }

    fn incident(kind: Kind, updates: Vec<Update>) -> Arc<Incident> {
        let mut inc = Incident::sample("x", updates[0].at, updates);
        inc.kind = kind;
        inc.components = vec!["api".into()];
        Arc::new(inc.summed_up())
    }

    fn site(incidents: Vec<Arc<Incident>>) -> Site {
        let component = Component {
            id: "api".into(),
            name: "API".into(),
            group: None,
            description: None,
        };
        Site {
            config: Config {
                title: "T".into(),
                description: None,
                base_url: "https://status.example/".into(),
                timezone: jiff::tz::TimeZone::UTC,
                timezone_name: "UTC".into(),
                language: "en".into(),
                locale: crate::locale::Locale::english(),
                languages: Vec::new(),
                current: 0,
                texts: None,
                theme: "default".into(),
                contact: None,
                components: vec![component],
                feed_entries: 50,
                promises: Promises::default(),
                people: vec![],
                notify: Default::default(),
                brand: Default::default(),
            },
            incidents,
        }
    }

    #[test]
    fn minutes_of_each_outage_and_the_incidents_in_the_window() {
        use ComponentState::*;
        use Status::*;
        let site = site(vec![
            // Before the window: neither minutes nor a count.
            incident(
                Kind::Incident,
                vec![
                    update("2026-11-10T10:00:00Z", Investigating, Some(MajorOutage)),
                    update("2026-11-10T11:00:00Z", Resolved, None),
                ],
            ),
            // Spans the window's start (21 Nov 00:00): only its 30 minutes inside count.
            incident(
                Kind::Incident,
                vec![
                    update("2026-11-20T23:00:00Z", Investigating, Some(MajorOutage)),
                    update("2026-11-21T00:30:00Z", Resolved, None),
                ],
            ),
            // 65 minutes of partial outage, 22 of them under another incident's major outage:
            // the worst state at each moment counts, once.
            incident(
                Kind::Incident,
                vec![
                    update("2026-11-22T10:00:00Z", Investigating, Some(PartialOutage)),
                    update("2026-11-22T11:05:00Z", Resolved, None),
                ],
            ),
            incident(
                Kind::Incident,
                vec![
                    update("2026-11-22T10:20:00Z", Investigating, Some(MajorOutage)),
                    update("2026-11-22T10:42:00Z", Resolved, None),
                ],
            ),
            // A maintenance: up in the percentage, and not an incident.
            incident(
                Kind::Maintenance,
                vec![
                    update("2026-11-23T02:00:00Z", InProgress, Some(UnderMaintenance)),
                    update("2026-11-23T04:00:00Z", Completed, None),
                ],
            ),
        ]);
        let clock = Clock::english(jiff::tz::TimeZone::UTC);
        let up = &uptime(&site, &clock, t("2026-11-23T12:00:00Z"), 3)["api"];
        assert_eq!(up.major_seconds, (30 + 22) * 60);
        assert_eq!(up.partial_seconds, (65 - 22) * 60);
        assert_eq!(up.incidents, 3);
        // The percentage comes from the same seconds.
        let period = (2 * 24 + 12) * 3600;
        let down = up.major_seconds as f64 + 0.3 * up.partial_seconds as f64;
        assert!((up.percent - 100.0 * (1.0 - down / period as f64)).abs() < 1e-9);
    }
}
