//! The fix for a time written without what makes it one moment, spelt out in the site's own
//! zone: a time with no offset gets the offset in force there on that date (London is
//! `+00:00` in December, `+01:00` in July, and twice one hour when the clocks go back), and a
//! time of day (`14:30`) or a duration (`30m`) gets the full time on the update's own date.

use jiff::Timestamp;
use jiff::civil::{DateTime, Time};
use jiff::tz::{AmbiguousOffset, Offset, TimeZone};

use crate::time::TimeError;

/// The site's zone, as the rules need it for a fix.
#[derive(Debug, Clone)]
pub(super) struct Zone {
    pub(super) tz: TimeZone,
    pub(super) name: String,
}

/// The moment a time is about, and what it is called in messages: the update, for its
/// promise; the update before, for an update's own time.
pub(super) type Near = Option<(Timestamp, &'static str)>;

/// A better fix for `error`, the refusal of `s`, when the site's zone (and the moment the
/// value is about) make one possible.
pub(super) fn better(error: TimeError, s: &str, zone: Option<&Zone>, near: Near) -> TimeError {
    let s = s.trim();
    let Some(zone) = zone else {
        return error;
    };
    if let Ok(dt) = s.parse::<DateTime>()
        && s.contains(['T', 't', ' '])
    {
        return TimeError {
            help: offset_help(dt, zone),
            ..error
        };
    }
    if let Ok(time) = s.parse::<Time>() {
        return time_of_day(s, time, zone, near);
    }
    if let (Ok(d), Some((near, what))) = (crate::time::parse_duration(s), near) {
        return TimeError {
            message: format!("`{s}` is a duration, but a time is needed here"),
            help: match near.checked_add(d) {
                Ok(t) => format!(
                    "write the time it comes to, {s} after {what}: `{}`",
                    written(t, zone)
                ),
                Err(_) => error.help,
            },
        };
    }
    error
}

/// The help for a civil time with no offset: the offset in force in the site's zone then.
fn offset_help(dt: DateTime, zone: &Zone) -> String {
    let at = |o: Offset| format!("`{}{}`", dt.strftime("%Y-%m-%dT%H:%M:%S"), offset(o));
    let name = &zone.name;
    match zone.tz.to_ambiguous_timestamp(dt).offset() {
        AmbiguousOffset::Unambiguous { offset } if offset == Offset::UTC => {
            format!("{name} is on UTC on that date, so add `Z`: {}", at(offset))
        }
        AmbiguousOffset::Unambiguous { offset } => format!(
            "add the offset in force in {name} on that date: {} (or `Z` if you wrote the time \
             in UTC)",
            at(offset)
        ),
        AmbiguousOffset::Fold { before, after } => format!(
            "the clocks in {name} went back that night, so this time came twice: write {} for \
             the first, or {} for the second",
            at(before),
            at(after)
        ),
        AmbiguousOffset::Gap { before, after } => format!(
            "the clocks in {name} went forward that night, so this time never came: it is {} \
             by the clocks before the change, {} by those after",
            at(before),
            at(after)
        ),
    }
}

/// `14:30` alone: the full time on the date of the update it belongs to, in the site's zone.
fn time_of_day(s: &str, time: Time, zone: &Zone, near: Near) -> TimeError {
    let message = format!("`{s}` is a time of day, but a full date and time is needed here");
    let Some((near, what)) = near else {
        return TimeError {
            message,
            help: format!(
                "write the date and the offset in force in {} too, e.g. `2026-11-20T{}Z`",
                zone.name,
                time.strftime("%H:%M:%S"),
            ),
        };
    };
    let day = near.to_zoned(zone.tz.clone()).date();
    let on = |date: jiff::civil::Date| {
        date.to_datetime(time)
            .to_zoned(zone.tz.clone())
            .ok()
            .map(|z| z.timestamp())
    };
    let help = match on(day) {
        Some(t) if t > near => format!(
            "write the full time, on the date of {what}: `{}`",
            written(t, zone)
        ),
        _ => match day.tomorrow().ok().and_then(on) {
            Some(t) => format!(
                "write the full time; {s} on the date of {what} comes before it, so the \
                 next day's: `{}`",
                written(t, zone)
            ),
            None => "write the date too".into(),
        },
    };
    TimeError { message, help }
}

/// A moment as a file writes it: in the site's zone, with its offset (`Z` in UTC).
pub(super) fn written(t: Timestamp, zone: &Zone) -> String {
    let z = t.to_zoned(zone.tz.clone());
    format!("{}{}", z.strftime("%Y-%m-%dT%H:%M:%S"), offset(z.offset()))
}

/// `+01:00`, `-05:30`, and `Z` for none: as RFC 3339 writes an offset.
fn offset(o: Offset) -> String {
    if o == Offset::UTC {
        return "Z".into();
    }
    let secs = o.seconds();
    let sign = if secs < 0 { '-' } else { '+' };
    let mins = secs.unsigned_abs() / 60;
    format!("{sign}{:02}:{:02}", mins / 60, mins % 60)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn zone(name: &str) -> Zone {
        Zone {
            tz: TimeZone::get(name).unwrap(),
            name: name.into(),
        }
    }

    fn help(s: &str, z: &str, near: Option<&str>) -> String {
        let e = crate::time::parse_timestamp(s).unwrap_err();
        better(
            e,
            s,
            Some(&zone(z)),
            near.map(|n| (n.parse().unwrap(), "this update")),
        )
        .help
    }

    #[test]
    fn the_offset_is_the_one_in_force_in_the_site_zone_that_day() {
        assert!(
            help("2026-12-01T09:12:00", "Europe/London", None).contains("`2026-12-01T09:12:00Z`")
        );
        assert!(
            help("2026-07-01T09:12:00", "Europe/London", None)
                .contains("`2026-07-01T09:12:00+01:00`")
        );
        assert!(help("2026-12-01T09:12:00", "Asia/Kolkata", None).contains("+05:30"));
        // The night the clocks go back, 01:30 came twice.
        let fold = help("2026-10-25T01:30:00", "Europe/London", None);
        assert!(
            fold.contains("+01:00") && fold.contains("T01:30:00Z"),
            "{fold}"
        );
    }

    #[test]
    fn a_time_of_day_gets_the_update_date() {
        let near = Some("2026-11-20T09:20:00Z");
        assert_eq!(
            help("14:30", "Europe/London", near),
            "write the full time, on the date of this update: `2026-11-20T14:30:00Z`"
        );
        assert_eq!(
            help("08:00", "Europe/London", near),
            "write the full time; 08:00 on the date of this update comes before it, so the \
             next day's: `2026-11-21T08:00:00Z`"
        );
        assert_eq!(
            help("30m", "America/New_York", near),
            "write the time it comes to, 30m after this update: `2026-11-20T04:50:00-05:00`"
        );
    }
}
