//! Time as candor reads and shows it: every input time carries an offset, and every time
//! shown carries its zone, in the site's zone.

use jiff::civil::{Date, DateTime};
use jiff::tz::TimeZone;
use jiff::{Timestamp, Zoned};
use serde::Serialize;
use std::sync::Arc;

use crate::locale::{Locale, Written};
use crate::tr;

/// The first moment candor accepts, from a file or a flag: the Unix epoch (nothing a status
/// page reports happened before it, and `SOURCE_DATE_EPOCH` counts from it).
pub(crate) const EARLIEST: Timestamp = Timestamp::UNIX_EPOCH;

/// The first moment past what candor accepts: 9000-01-01T00:00:00Z. jiff reaches year 9999;
/// the margin keeps everything derived from an accepted time (the 90-day uptime window, month
/// pages, `+ max_gap`, deadlines, a zone's offset) inside what its arithmetic can represent.
pub(crate) const LATEST: Timestamp = Timestamp::constant(221_845_392_000, 0);

/// The longest duration accepted (`grace`, `max_gap`): a year. A time plus any accepted
/// duration stays inside jiff's range.
pub(crate) const MAX_DURATION: jiff::SignedDuration = jiff::SignedDuration::from_hours(366 * 24);

/// Why `t` is outside the supported range, if it is.
pub(crate) fn out_of_range(t: Timestamp) -> Option<String> {
    (t < EARLIEST || t >= LATEST).then(|| {
        format!(
            "`{t}` is outside the times candor supports ({})",
            range_words()
        )
    })
}

/// The supported range in words, for messages: "1970 to the end of 8999".
pub(crate) fn range_words() -> String {
    format!(
        "{} to the end of {}",
        EARLIEST.strftime("%Y"),
        LATEST.to_zoned(TimeZone::UTC).year() - 1
    )
}

/// Why a time string was refused, with the fix.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct TimeError {
    pub(crate) message: String,
    pub(crate) help: String,
}

/// Parses an RFC 3339 time that must carry a UTC offset (`Z` or `+01:00`).
pub(crate) fn parse_timestamp(s: &str) -> Result<Timestamp, TimeError> {
    let s = s.trim();
    if let Ok(t) = s.parse::<Timestamp>() {
        return match out_of_range(t) {
            None => Ok(t),
            Some(message) => Err(TimeError {
                message,
                help: "check the year".into(),
            }),
        };
    }
    let example = "2026-11-20T09:12:00Z";
    // A bare date also parses as a civil datetime (at midnight), so it is checked first; and
    // a datetime also parses as a date (its time dropped), hence the look for a time part.
    if !s.contains(['T', 't', ' ']) && s.parse::<Date>().is_ok() {
        return Err(TimeError {
            message: format!("`{s}` is a date, but a time with an offset is needed here"),
            help: format!("write the time too, e.g. `{s}T09:00:00Z`"),
        });
    }
    if let Ok(dt) = s.parse::<DateTime>() {
        return Err(TimeError {
            message: format!("time `{s}` has no UTC offset, so it could mean any zone"),
            help: format!(
                "add `Z` for UTC, e.g. `{}Z`, or the offset in force, e.g. `{}+01:00`",
                dt.strftime("%Y-%m-%dT%H:%M:%S"),
                dt.strftime("%Y-%m-%dT%H:%M:%S")
            ),
        });
    }
    Err(TimeError {
        message: format!("`{s}` is not a valid time"),
        help: format!(
            "write it like `{example}`: date, `T`, time, then `Z` for UTC or an offset such as `+01:00`"
        ),
    })
}

pub(crate) fn parse_date(s: &str) -> Result<Date, TimeError> {
    let s = s.trim();
    let d = s.parse::<Date>().map_err(|_| TimeError {
        message: format!("`{s}` is not a valid date"),
        help: "write a date as YYYY-MM-DD, e.g. `2026-12-31`".into(),
    })?;
    let first = EARLIEST.to_zoned(TimeZone::UTC).date();
    let past = LATEST.to_zoned(TimeZone::UTC).date();
    if d < first || d >= past {
        return Err(TimeError {
            message: format!(
                "`{s}` is outside the dates candor supports ({} to the end of {})",
                first.year(),
                past.year() - 1
            ),
            help: "check the year".into(),
        });
    }
    Ok(d)
}

/// A duration as people write it (`5m`, `1h 30m`), from zero to `MAX_DURATION`.
pub(crate) fn parse_duration(s: &str) -> Result<jiff::SignedDuration, TimeError> {
    match s.trim().parse::<jiff::SignedDuration>() {
        Ok(d) if d >= jiff::SignedDuration::ZERO && d <= MAX_DURATION => Ok(d),
        Ok(d) if d > MAX_DURATION => Err(TimeError {
            message: format!("`{s}` is longer than the longest duration candor takes, a year"),
            help: "write a duration of a year or less, e.g. `1h` or `72h`".into(),
        }),
        _ => Err(TimeError {
            message: format!("`{s}` is not a duration"),
            help: "write it like `5m`, `30m`, `1h` or `1h 30m`".into(),
        }),
    }
}

/// A moment as people write it on a command line (`--next`, `--at`, `--from`, `--until`), read
/// against `at` (the update's time) in the site's zone `tz`: one vocabulary for every command.
///
/// - a duration after `at`: `30m`, `1h30m`, `1h 30m`; a bare number is minutes (what
///   `new --next` took before, kept for scripts);
/// - a time of day today (`14:30`), refused once it has passed: "14:30" said at 14:40 is never
///   silently tomorrow's 14:30;
/// - `tomorrow 14:30` (or `today 14:30`);
/// - a full RFC 3339 time with its offset.
///
/// Messages name `flag` so the help can be copied as it is.
pub(crate) fn parse_when(
    flag: &str,
    s: &str,
    at: Timestamp,
    tz: &TimeZone,
) -> Result<Timestamp, TimeError> {
    let s = s.trim();
    let clock = Clock::english(tz.clone());
    let past_range = || TimeError {
        message: format!(
            "`{s}` after {} is past the times candor supports ({})",
            at.strftime("%Y-%m-%dT%H:%M:%SZ"),
            range_words()
        ),
        help: format!("give a nearer {flag}"),
    };
    // First, a full time (jiff reads a time of day out of one, too), or something meant as
    // one (a date first): its own errors say what is missing, such as the offset.
    if s.get(..10).is_some_and(|d| d.parse::<Date>().is_ok()) {
        return parse_timestamp(s);
    }
    if let Some((days, time)) = day_and_time(s) {
        let date = clock.date(at).checked_add(jiff::Span::new().days(days));
        let dt = date.map_err(|_| past_range())?.to_datetime(time);
        clock_change(s, dt, tz)?;
        let z = dt
            .to_zoned(tz.clone())
            .ok()
            .filter(|z| out_of_range(z.timestamp()).is_none())
            .ok_or_else(past_range)?;
        if days == 0 && z.timestamp() <= at {
            return Err(passed(flag, s, &clock, &z, at));
        }
        return Ok(z.timestamp());
    }
    let d = match s.parse::<u32>() {
        Ok(minutes) => Ok(jiff::SignedDuration::from_mins(i64::from(minutes))),
        Err(_) => s.parse::<jiff::SignedDuration>(),
    };
    let Ok(d) = d else {
        return Err(TimeError {
            message: format!("`{s}` is not a time candor can read"),
            help: format!(
                "write a duration (`{flag} 30m`, `{flag} 1h30m`), a time of day still to come \
                 today (`{flag} 14:30`), `{flag} 'tomorrow 14:30'`, or a full time such as \
                 `{flag} 2026-11-20T14:30:00Z`"
            ),
        });
    };
    if d <= jiff::SignedDuration::ZERO {
        return Err(TimeError {
            message: format!("`{s}` is not a time in the future"),
            help: format!("write how long from now, e.g. `{flag} 30m`"),
        });
    }
    at.checked_add(d)
        .ok()
        .filter(|t| out_of_range(*t).is_none())
        .ok_or_else(past_range)
}

/// A time of day the clocks skip or repeat on that day in the site's zone is refused with
/// its readings, never silently moved: the hour a change to summer time skips does not exist,
/// and the hour a change back repeats comes twice.
fn clock_change(s: &str, dt: DateTime, tz: &TimeZone) -> Result<(), TimeError> {
    use jiff::tz::AmbiguousOffset;
    let day = dt.date().strftime("%a %-d %b");
    let full = |o: jiff::tz::Offset| {
        let m = o.seconds() / 60;
        let sign = if m < 0 { '-' } else { '+' };
        format!(
            "`{}{sign}{:02}:{:02}`",
            dt.strftime("%Y-%m-%dT%H:%M:%S"),
            m.abs() / 60,
            m.abs() % 60
        )
    };
    match tz.to_ambiguous_timestamp(dt).offset() {
        AmbiguousOffset::Unambiguous { .. } => Ok(()),
        AmbiguousOffset::Gap { after, .. } => Err(TimeError {
            message: format!(
                "`{s}` does not exist on {day} in the site's zone: the clocks go forward over it"
            ),
            help: format!(
                "write a time after the change, or a full time such as {}",
                full(after)
            ),
        }),
        AmbiguousOffset::Fold { before, after } => Err(TimeError {
            message: format!(
                "`{s}` comes twice on {day} in the site's zone: the clocks go back over it"
            ),
            help: format!(
                "write the one you mean as a full time: {} (the first) or {} (the second)",
                full(before),
                full(after)
            ),
        }),
    }
}

/// `14:30` (today), `today 14:30`, `tomorrow 14:30` or `14:30 tomorrow`: the days after today
/// and the time of day.
fn day_and_time(s: &str) -> Option<(i64, jiff::civil::Time)> {
    let words: Vec<&str> = s.split_whitespace().collect();
    let (day, time) = match words.as_slice() {
        [time] => ("today", *time),
        [day, time] if time.contains(':') => (*day, *time),
        [time, day] => (*day, *time),
        _ => return None,
    };
    if !time.contains(':') {
        return None;
    }
    let days = match day.to_ascii_lowercase().as_str() {
        "today" => 0,
        "tomorrow" => 1,
        _ => return None,
    };
    time.parse::<jiff::civil::Time>().ok().map(|t| (days, t))
}

/// "`14:30` today has passed": both readings, today's (gone) and tomorrow's (to be asked for).
fn passed(flag: &str, s: &str, clock: &Clock, today: &Zoned, at: Timestamp) -> TimeError {
    let now = clock.zoned(at);
    let hm = today.strftime("%H:%M");
    let tomorrow = today
        .date()
        .tomorrow()
        .map(|d| d.strftime("%a %-d %b").to_string())
        .unwrap_or_default();
    TimeError {
        message: format!(
            "`{s}` is {hm} {} today, {}, which has passed (it is {} {})",
            clock.zone_label(today),
            today.strftime("%a %-d %b"),
            now.strftime("%H:%M"),
            clock.zone_label(&now)
        ),
        help: format!(
            "for {hm} tomorrow ({tomorrow}) write `{flag} 'tomorrow {hm}'`; for a time from \
             now, a duration such as `{flag} 30m`"
        ),
    }
}

/// A time ready for templates: machine form for `<time datetime>`, and readable forms that
/// always name the zone.
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub(crate) struct TimeView {
    /// The moment itself, for channels that format it their own way (feeds): never parsed
    /// back from `iso`.
    #[serde(skip)]
    pub(crate) instant: Timestamp,
    /// RFC 3339 with the site's offset, for `datetime` attributes.
    pub(crate) iso: String,
    /// "20 Nov 2026, 09:20 GMT"
    pub(crate) full: String,
    /// "09:20 GMT"
    pub(crate) time: String,
    /// "20 Nov 2026"
    pub(crate) date: String,
}

/// Formats times in one zone and one language; built once per build.
#[derive(Debug, Clone)]
pub(crate) struct Clock {
    pub(crate) tz: TimeZone,
    /// The words and forms times are written in (CLDR's date order, month names, clock).
    pub(crate) locale: Arc<Locale>,
    /// Dates and times of day (with their zone) written so far, shared by the clock's clones
    /// (and so by every thread of a build): a long history has a few hundred days and at most
    /// 1,440 minutes a day, and writing one takes CLDR (and, for a time, a Fluent message).
    dates: Arc<Written<Date, String>>,
    times: Arc<Written<(i8, i8, String), String>>,
    /// Relative times by message and count ("3 days ago"), written so far: a few hundred
    /// sentences serve every update of a long history.
    relatives: Arc<Written<(&'static str, Option<i64>), String>>,
    /// Days in words by the day and today ("tomorrow, Wed 2 Dec"), written so far.
    days: Arc<Written<(Date, Date), String>>,
}

impl Clock {
    pub(crate) fn new(tz: TimeZone, locale: Arc<Locale>) -> Self {
        Clock {
            tz,
            locale,
            dates: Arc::default(),
            times: Arc::default(),
            relatives: Arc::default(),
            days: Arc::default(),
        }
    }

    /// A clock in `tz` that writes English, for text with no site language behind it.
    pub(crate) fn english(tz: TimeZone) -> Self {
        Clock::new(tz, Locale::english())
    }

    #[cfg(test)]
    pub(crate) fn british(tz: TimeZone) -> Self {
        Clock::new(tz, Arc::new(Locale::new("en-GB", Vec::new())))
    }

    pub(crate) fn zoned(&self, t: Timestamp) -> Zoned {
        t.to_zoned(self.tz.clone())
    }

    /// The zone's abbreviation at that moment (GMT, BST), or `UTC+05:30` where the zone has
    /// no letters of its own.
    pub(crate) fn zone_label(&self, z: &Zoned) -> String {
        let abbr = z.strftime("%Z").to_string();
        if abbr.starts_with(['+', '-']) || abbr.is_empty() {
            let off = z.strftime("%:z").to_string();
            if off == "+00:00" {
                "UTC".into()
            } else {
                format!("UTC{off}")
            }
        } else {
            abbr
        }
    }

    /// The moment `t` in the clock's zone and language (written once per clock).
    pub(crate) fn view(&self, t: Timestamp) -> TimeView {
        let z = self.zoned(t);
        let (l, forms) = (&self.locale, self.locale.forms());
        let (d, dt) = (z.date(), z.datetime());
        let date = self.dates.get_or(&d, || forms.date(d));
        let key = (dt.hour(), dt.minute(), self.zone_label(&z));
        let time = self.times.get_or(&key, || {
            tr!(l, "time-zoned", time = forms.time(dt), zone = key.2.clone())
        });
        TimeView {
            instant: t,
            // With the site's offset, not `Z`: the reader's browser can tell whether its own
            // zone differs, and the markup says what the page says.
            iso: z.strftime("%Y-%m-%dT%H:%M:%S%:z").to_string(),
            full: tr!(l, "date-and-time", date = date.clone(), time = time.clone()),
            time,
            date,
        }
    }

    /// The day of `t` as seen from `now` in the site's zone, for a time that follows it:
    /// "today", "tomorrow, Wed 2 Dec", "yesterday, Mon 30 Nov", "on Sat 5 Dec" within a week
    /// either way, "on Mon 23 Nov 2026" beyond. The one wording of a day for every channel
    /// (the live script in `blocks.html` says the same in the reader's zone).
    pub(crate) fn day_words(&self, t: Timestamp, now: Timestamp) -> String {
        let (date, today) = (self.date(t), self.date(now));
        self.days.get_or(&(date, today), || {
            let (l, forms) = (&self.locale, self.locale.forms());
            let days = today.until(date).map_or(i32::MAX, |s| s.get_days());
            match days {
                0 => tr!(l, "day-today"),
                1 => tr!(l, "day-tomorrow", date = forms.weekday(date, false)),
                -1 => tr!(l, "day-yesterday", date = forms.weekday(date, false)),
                -6..=6 => tr!(l, "day-on", date = forms.weekday(date, false)),
                _ => tr!(l, "day-on", date = forms.weekday(date, true)),
            }
        })
    }

    /// "14:30 GMT tomorrow, Wed 2 Dec": the time with its zone (the one in force at `t`) and
    /// its day as seen from `now` ([`Clock::day_words`]).
    pub(crate) fn when(&self, t: Timestamp, now: Timestamp) -> String {
        let l = &self.locale;
        tr!(
            l,
            "time-on-day",
            time = self.view(t).time,
            day = self.day_words(t, now)
        )
    }

    /// [`human_duration`] in the clock's language.
    pub(crate) fn duration(&self, seconds: i64) -> String {
        let minutes = (seconds.max(0) + 30) / 60;
        self.duration_minutes(minutes)
    }

    fn duration_minutes(&self, minutes: i64) -> String {
        let l = &self.locale;
        let (d, h, m) = (minutes / 1440, (minutes % 1440) / 60, minutes % 60);
        let mut parts = Vec::new();
        if d > 0 {
            parts.push(tr!(l, "duration-days", count = d));
        }
        if h > 0 {
            parts.push(tr!(l, "duration-hours", count = h));
        }
        if m > 0 && d == 0 {
            parts.push(tr!(l, "duration-minutes", count = m));
        }
        match parts.as_slice() {
            [] => tr!(l, "duration-under-a-minute"),
            [one] => one.clone(),
            [a, b] => tr!(
                l,
                "duration-two-parts",
                first = a.clone(),
                second = b.clone()
            ),
            _ => parts.join(" "),
        }
    }

    /// [`late_words`] in the clock's language.
    pub(crate) fn late(&self, d: jiff::SignedDuration) -> String {
        let minutes = late_minutes(d).max(1);
        if minutes < 60 {
            tr!(self.locale, "late-minutes", count = minutes)
        } else {
            self.duration_minutes(minutes)
        }
    }

    /// "12 minutes ago", "in 25 minutes", "2 days ago", "now": how far `t` is from `now`, in
    /// the largest whole unit (minutes under an hour, hours under a day, then days; cut, never
    /// rounded up, so "in 25 minutes" is never early). Pages print it beside the absolute time
    /// it is computed from, so a page read without JavaScript says it as of the build; the
    /// live script in `blocks.html` says the same from the reader's clock with the browser's
    /// `Intl.RelativeTimeFormat`, whose English these messages match.
    pub(crate) fn relative(&self, t: Timestamp, now: Timestamp) -> String {
        let seconds = now.as_second() - t.as_second();
        let (key, count) = match (seconds > 0, seconds.abs() / 60) {
            (_, 0) => ("relative-now", None),
            (true, m) if m < 60 => ("relative-minutes-ago", Some(m)),
            (false, m) if m < 60 => ("relative-in-minutes", Some(m)),
            (true, m) if m < 1440 => ("relative-hours-ago", Some(m / 60)),
            (false, m) if m < 1440 => ("relative-in-hours", Some(m / 60)),
            (true, m) => ("relative-days-ago", Some(m / 1440)),
            (false, m) => ("relative-in-days", Some(m / 1440)),
        };
        self.relatives.get_or(&(key, count), || {
            let args = count.map(|n| {
                let mut args = crate::locale::FluentArgs::new();
                args.set("count", crate::locale::FluentValue::from(n));
                args
            });
            self.locale.text(key, args.as_ref())
        })
    }

    /// The civil date of a moment in the site's zone.
    pub(crate) fn date(&self, t: Timestamp) -> Date {
        self.zoned(t).date()
    }

    /// The first instant of a civil date in the site's zone.
    pub(crate) fn start_of(&self, d: Date) -> Timestamp {
        d.to_zoned(self.tz.clone())
            .map(|z| z.timestamp())
            .unwrap_or_else(|_| {
                d.to_datetime(jiff::civil::Time::midnight())
                    .to_zoned(TimeZone::UTC)
                    .map(|z| z.timestamp())
                    .unwrap_or(Timestamp::UNIX_EPOCH)
            })
    }
}

/// "2 h 28 min", "45 min", "3 days 4 h": how long something lasted, to the minute.
pub(crate) fn human_duration(seconds: i64) -> String {
    let minutes = (seconds.max(0) + 30) / 60;
    let (d, h, m) = (minutes / 1440, (minutes % 1440) / 60, minutes % 60);
    let mut parts = Vec::new();
    if d > 0 {
        parts.push(format!("{d} day{}", if d == 1 { "" } else { "s" }));
    }
    if h > 0 {
        parts.push(format!("{h} h"));
    }
    if m > 0 && d == 0 {
        parts.push(format!("{m} min"));
    }
    if parts.is_empty() {
        "under a minute".into()
    } else {
        parts.join(" ")
    }
}

/// How late, in whole minutes, any part of a minute counting as one (12 min 1 s is 13): a
/// promise missed by seconds was still missed.
pub(crate) fn late_minutes(d: jiff::SignedDuration) -> i64 {
    (d.as_secs() + 59) / 60
}

/// "12 minutes", "1 h 5 min", "7 days 2 h": how late, in words a reader takes in at a glance
/// (past a day, days and hours; the live script in `blocks.html` words it the same way).
pub(crate) fn late_words(d: jiff::SignedDuration) -> String {
    let minutes = late_minutes(d);
    match minutes {
        ..=1 => "1 minute".into(),
        2..=59 => format!("{minutes} minutes"),
        // The minutes counted above (rounded up), not the seconds rounded again.
        _ => human_duration(minutes * 60),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lateness_rounds_up_to_the_minute() {
        let secs = jiff::SignedDuration::from_secs;
        assert_eq!(late_minutes(secs(12 * 60)), 12);
        assert_eq!(late_minutes(secs(12 * 60 + 1)), 13);
        assert_eq!(late_words(secs(12 * 60 + 1)), "13 minutes");
        assert_eq!(late_words(secs(65 * 60)), "1 h 5 min");
        assert_eq!(late_words(secs(60 * 60 + 1)), "1 h 1 min");
        assert_eq!(late_words(secs((189 * 60 + 40) * 60)), "7 days 21 h");
    }

    #[test]
    fn days_are_named_unless_today() {
        let clock = Clock::british(TimeZone::get("Europe/London").unwrap());
        let now: Timestamp = "2026-12-01T23:30:00Z".parse().unwrap();
        let when = |s: &str| clock.when(s.parse().unwrap(), now);
        assert_eq!(when("2026-12-01T23:59:00Z"), "23:59 GMT today");
        assert_eq!(
            when("2026-12-02T00:10:00Z"),
            "00:10 GMT tomorrow, Wed 2 Dec"
        );
        assert_eq!(
            when("2026-11-30T16:30:00Z"),
            "16:30 GMT yesterday, Mon 30 Nov"
        );
        assert_eq!(when("2026-12-07T14:30:00Z"), "14:30 GMT on Mon 7 Dec");
        assert_eq!(when("2026-11-25T14:30:00Z"), "14:30 GMT on Wed 25 Nov");
        assert_eq!(when("2026-12-08T14:30:00Z"), "14:30 GMT on Tue, 8 Dec 2026");
        assert_eq!(
            when("2026-11-23T16:30:00Z"),
            "16:30 GMT on Mon, 23 Nov 2026"
        );
        // The zone shown is the one in force at the time named, not now.
        let oct: Timestamp = "2026-10-24T12:00:00Z".parse().unwrap();
        assert_eq!(
            clock.when("2026-10-25T14:30:00Z".parse().unwrap(), oct),
            "14:30 GMT tomorrow, Sun 25 Oct"
        );
        assert_eq!(
            clock.when("2026-10-24T14:30:00Z".parse().unwrap(), oct),
            "15:30 BST today"
        );
    }

    #[test]
    fn times_need_offsets() {
        assert!(parse_timestamp("2026-11-20T09:12:00Z").is_ok());
        assert!(parse_timestamp("2026-11-20T09:12:00+01:00").is_ok());
        let e = parse_timestamp("2026-11-20T09:12:00").unwrap_err();
        assert!(e.message.contains("no UTC offset"), "{e:?}");
        let e = parse_timestamp("2026-11-20").unwrap_err();
        assert!(e.message.contains("is a date"), "{e:?}");
        assert!(parse_timestamp("yesterday").is_err());
        // Outside the supported range: an error, never a panic later.
        for s in [
            "-000001-11-01T00:00:00Z",
            "9999-12-30T00:00:00Z",
            "9000-01-01T00:00:00Z",
            "1969-12-31T23:59:59Z",
        ] {
            let e = parse_timestamp(s).unwrap_err();
            assert!(e.message.contains("outside the times"), "{e:?}");
        }
        assert!(parse_date("9500-01-01").is_err());
        assert!(parse_duration("99999999h").is_err());
        assert_eq!(
            parse_duration("1h 30m"),
            Ok(jiff::SignedDuration::from_mins(90))
        );
    }

    #[test]
    fn when_reads_durations_clock_times_and_days() {
        let tz = TimeZone::get("Europe/London").unwrap();
        let at: Timestamp = "2026-11-23T15:28:00Z".parse().unwrap();
        let when = |s: &str| parse_when("--next", s, at, &tz);
        let t = |s: &str| s.parse::<Timestamp>().unwrap();
        assert_eq!(when("30m"), Ok(t("2026-11-23T15:58:00Z")));
        assert_eq!(when("30"), Ok(t("2026-11-23T15:58:00Z")));
        assert_eq!(when("1h30m"), Ok(t("2026-11-23T16:58:00Z")));
        assert_eq!(when("1h 30m"), Ok(t("2026-11-23T16:58:00Z")));
        assert_eq!(when("16:30"), Ok(t("2026-11-23T16:30:00Z")));
        assert_eq!(when("tomorrow 09:00"), Ok(t("2026-11-24T09:00:00Z")));
        assert_eq!(when("09:00 Tomorrow"), Ok(t("2026-11-24T09:00:00Z")));
        assert_eq!(when("2026-11-23T17:00:00Z"), Ok(t("2026-11-23T17:00:00Z")));
        assert_eq!(
            when("2026-11-23T17:00:00+01:00"),
            Ok(t("2026-11-23T16:00:00Z"))
        );
        // A clock time already past today is refused with both readings, never tomorrow.
        let e = when("09:00").unwrap_err();
        assert!(
            e.message
                .contains("09:00 GMT today, Mon 23 Nov, which has passed (it is 15:28 GMT)"),
            "{e:?}"
        );
        assert!(e.help.contains("`--next 'tomorrow 09:00'`"), "{e:?}");
        assert!(when("15:28").is_err(), "now itself has passed");
        assert!(
            when("2026-11-23T17:00:00")
                .unwrap_err()
                .message
                .contains("no UTC offset")
        );
        for bad in ["soon", "-30m", "0m", "next week 14:00"] {
            assert!(when(bad).is_err(), "{bad}");
        }
        // Across a DST change, the time of day is read in the zone in force on that day.
        let before: Timestamp = "2026-03-28T12:00:00Z".parse().unwrap();
        assert_eq!(
            parse_when("--next", "tomorrow 14:30", before, &tz),
            Ok(t("2026-03-29T13:30:00Z"))
        );
        // A time the clocks skip or repeat that day is refused with its readings.
        let e = parse_when("--next", "tomorrow 01:30", before, &tz).unwrap_err();
        assert!(e.message.contains("does not exist on Sun 29 Mar"), "{e:?}");
        assert!(e.help.contains("`2026-03-29T01:30:00+01:00`"), "{e:?}");
        let autumn: Timestamp = "2026-10-24T12:00:00Z".parse().unwrap();
        let e = parse_when("--next", "tomorrow 01:30", autumn, &tz).unwrap_err();
        assert!(e.message.contains("comes twice on Sun 25 Oct"), "{e:?}");
        assert!(
            e.help
                .contains("`2026-10-25T01:30:00+01:00` (the first) or `2026-10-25T01:30:00+00:00`"),
            "{e:?}"
        );
        // The last supported instant is just before 9000-01-01T00:00:00Z (`LATEST`).
        let late: Timestamp = "8999-12-31T12:00:00Z".parse().unwrap();
        for next in ["99999999h", "24h", "tomorrow 11:00", "4294967295"] {
            let e = parse_when("--next", next, late, &tz).unwrap_err();
            assert!(
                e.message.contains("past the times candor supports"),
                "{next}: {e:?}"
            );
        }
        assert!(parse_when("--next", "23:00", late, &tz).is_ok());
    }

    #[test]
    fn relative_times_say_the_largest_whole_unit() {
        let clock = Clock::english(TimeZone::UTC);
        let now: Timestamp = "2026-11-23T15:45:00Z".parse().unwrap();
        let at = |s: &str| s.parse::<Timestamp>().unwrap();
        let cases = [
            ("2026-11-23T15:33:00Z", "12 minutes ago"),
            ("2026-11-23T16:10:00Z", "in 25 minutes"),
            ("2026-11-23T15:44:00Z", "1 minute ago"),
            ("2026-11-23T15:45:40Z", "now"),
            ("2026-11-23T15:44:01Z", "now"),
            ("2026-11-23T13:40:00Z", "2 hours ago"),
            ("2026-11-23T16:45:00Z", "in 1 hour"),
            ("2026-11-21T12:00:00Z", "2 days ago"),
            ("2026-11-24T15:45:00Z", "in 1 day"),
        ];
        for (t, words) in cases {
            assert_eq!(clock.relative(at(t), now), words, "{t}");
        }
    }

    #[test]
    fn views_name_the_zone() {
        let clock = Clock::british(TimeZone::get("Europe/London").unwrap());
        let winter = clock.view("2026-11-20T09:20:00Z".parse().unwrap());
        assert_eq!(winter.full, "20 Nov 2026, 09:20 GMT");
        let summer = clock.view("2026-07-01T09:20:00Z".parse().unwrap());
        assert_eq!(summer.time, "10:20 BST");
        // The moment is carried as it is (fractions of a second included), not re-read from
        // the text.
        let t: Timestamp = "2026-07-01T09:20:00.5Z".parse().unwrap();
        assert_eq!(clock.view(t).instant, t);
        assert_eq!(clock.view(t).iso, "2026-07-01T10:20:00+01:00");
        // Dates and times of day are written once per clock: the same time of day in another
        // zone (summer time) or on another day is written anew.
        let winter_later = clock.view("2026-11-21T10:20:00Z".parse().unwrap());
        assert_eq!(winter_later.full, "21 Nov 2026, 10:20 GMT");
        assert_eq!(clock.clone().view(t).full, "1 Jul 2026, 10:20 BST");
        let kolkata = Clock::british(TimeZone::get("Asia/Kolkata").unwrap());
        assert!(kolkata.view(Timestamp::UNIX_EPOCH).time.ends_with("IST"));
        assert_eq!(human_duration(4 * 3600 + 28 * 60), "4 h 28 min");
        assert_eq!(human_duration(45 * 60), "45 min");
    }
}
