//! Which "now" each rebuild of `watch` and `serve` is built as of, and when the clock alone
//! calls for a rebuild. Left running, a preview must not freeze at start-up (issue 13: "As
//! of 14:11" above an update stamped 14:12, a promise that never turns late): each rebuild
//! reads the clock, and the session rebuilds by itself at the moment `derive::next_change`
//! names (a promise falling due, a window opening or closing, midnight in the site's zone).
//! `--now` fixes it instead, for tests and reproducible previews.

use std::sync::Arc;
use std::time::{Duration, Instant};

use jiff::Timestamp;

/// Where a watch reads "now".
#[derive(Clone)]
pub(crate) enum Now {
    /// The same moment for every rebuild (`--now`, `SOURCE_DATE_EPOCH`).
    Fixed(Timestamp),
    /// Read at every rebuild: the system's clock in the binary, a clock the test moves in
    /// tests.
    Clock(Arc<dyn Fn() -> Timestamp + Send + Sync>),
}

impl std::fmt::Debug for Now {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Now::Fixed(t) => write!(f, "Fixed({t})"),
            Now::Clock(_) => f.write_str("Clock"),
        }
    }
}

impl Now {
    /// The system's clock.
    pub(crate) fn system() -> Now {
        Now::Clock(Arc::new(Timestamp::now))
    }

    /// The "now" of a rebuild. Pages show times to the minute, and everything `watch` keeps
    /// between rebuilds is keyed by "now": the clock is taken to the minute, so saves within
    /// one minute rebuild only what they touched. It never goes back before the last
    /// rebuild's "now" or a change already due (`keep`), unless the clock itself went back
    /// before them: a rebuild for a promise due at 14:40:30 is built as of 14:40:30, not
    /// 14:40, or it would show the promise still pending.
    pub(crate) fn of_rebuild(&self, keep: &[Option<Timestamp>]) -> Timestamp {
        match self {
            Now::Fixed(t) => *t,
            Now::Clock(read) => {
                let t = read();
                let minute = Timestamp::from_second(t.as_second().div_euclid(60) * 60).unwrap_or(t);
                keep.iter()
                    .flatten()
                    .filter(|k| **k <= t)
                    .fold(minute, |a, k| a.max(*k))
            }
        }
    }

    /// When, on this machine's monotonic clock, `at` comes: `None` for a fixed "now", which
    /// never reaches it.
    pub(crate) fn instant_of(&self, at: Timestamp) -> Option<Instant> {
        let Now::Clock(read) = self else {
            return None;
        };
        let wait = Duration::try_from(at.duration_since(read())).unwrap_or(Duration::ZERO);
        Some(Instant::now() + wait)
    }

    /// Whether the clock has reached `at`.
    pub(crate) fn reached(&self, at: Timestamp) -> bool {
        match self {
            Now::Fixed(_) => false,
            Now::Clock(read) => read() >= at,
        }
    }
}

#[cfg(test)]
mod tests {
    use std::sync::Mutex;

    use super::*;

    fn t(s: &str) -> Timestamp {
        s.parse().unwrap()
    }

    fn at(s: &'static str) -> Now {
        Now::Clock(Arc::new(move || t(s)))
    }

    #[test]
    fn a_rebuild_reads_the_clock_to_the_minute_and_never_goes_back() {
        let clock = at("2026-11-20T14:12:40Z");
        assert_eq!(clock.of_rebuild(&[]), t("2026-11-20T14:12:00Z"));
        // The last rebuild, and a change already due, hold it; later ones do not.
        let kept = [Some(t("2026-11-20T14:12:30Z")), None];
        assert_eq!(clock.of_rebuild(&kept), t("2026-11-20T14:12:30Z"));
        let ahead = [Some(t("2026-11-20T14:12:50Z"))];
        assert_eq!(clock.of_rebuild(&ahead), t("2026-11-20T14:12:00Z"));
        let fixed = Now::Fixed(t("2026-11-01T00:00:00Z"));
        assert_eq!(fixed.of_rebuild(&kept), t("2026-11-01T00:00:00Z"));
        assert!(!fixed.reached(t("2000-01-01T00:00:00Z")));
        assert_eq!(fixed.instant_of(t("2000-01-01T00:00:00Z")), None);
    }

    #[test]
    fn a_moved_clock_is_read_again() {
        let now = Arc::new(Mutex::new(t("2026-11-20T14:00:00Z")));
        let read = now.clone();
        let clock = Now::Clock(Arc::new(move || *read.lock().unwrap()));
        let due = t("2026-11-20T14:40:00Z");
        assert!(!clock.reached(due));
        let wait = clock.instant_of(due).unwrap() - Instant::now();
        assert!(wait > Duration::from_secs(39 * 60), "{wait:?}");
        *now.lock().unwrap() = t("2026-11-20T14:41:00Z");
        assert!(clock.reached(due));
        assert!(clock.instant_of(due).unwrap() <= Instant::now());
    }
}
