//! Dates, times, lists and numbers in a language's own forms, from CLDR through ICU4X: candor
//! never writes a month name, a date order or a list separator itself.

use icu_datetime::DateTimeFormatter;
use icu_datetime::fieldsets::{MDE, T, YM, YMD, YMDE};
use icu_datetime::input::{Date, DateTime, Time};
use icu_decimal::DecimalFormatter;
use icu_decimal::input::Decimal;
use icu_list::ListFormatter;
use icu_list::options::{ListFormatterOptions, ListLength};
use icu_locale_core::Locale;

/// One language's formatters, built once per build.
pub(crate) struct Forms {
    /// "20 Nov 2026" (en-GB), "Nov 20, 2026" (en), "2026/11/20" (ja).
    date: DateTimeFormatter<YMD>,
    /// "Friday 20 November 2026".
    long_date: DateTimeFormatter<YMDE>,
    /// "20 November 2026": a deadline.
    long_date_no_weekday: DateTimeFormatter<YMD>,
    /// "November 2026": a month of the history.
    month: DateTimeFormatter<YM>,
    /// "Wed 2 Dec": a day within a week of today, whose year goes without saying.
    weekday: DateTimeFormatter<MDE>,
    /// "Mon 23 Nov 2026".
    weekday_year: DateTimeFormatter<YMDE>,
    /// "09:20" or "9:20 AM", as the language's clock runs.
    time: DateTimeFormatter<T>,
    list: ListFormatter,
    digits: Digits,
}

/// A language's decimal digits and marks: the one form Fluent's sentences need (for the
/// numbers in them), so built alone for those.
pub(crate) struct Digits(DecimalFormatter);

impl Digits {
    pub(crate) fn new(locale: &Locale) -> Digits {
        Digits(
            DecimalFormatter::try_new(locale.into(), Default::default())
                .expect("compiled CLDR data has this field set"),
        )
    }

    /// A decimal already rounded by the caller, written `"99.95"`: the language's digits and
    /// decimal mark, the trailing zeros kept (99.90 stays two places).
    pub(crate) fn decimal(&self, written: &str) -> String {
        match Decimal::try_from_str(written) {
            Ok(d) => self.0.format(&d).to_string(),
            Err(_) => written.to_string(),
        }
    }
}

impl Forms {
    /// The forms of `locale`, whose data ICU4X has (every tag falls back to a parent it has:
    /// `en-150` to `en-001`, an unknown region to the language).
    pub(crate) fn new(locale: &Locale) -> Forms {
        // Compiled CLDR data has every field set for every locale through fallback, so these
        // constructors fail only on a bug in the data.
        let fails = "compiled CLDR data has this field set";
        Forms {
            date: DateTimeFormatter::try_new(locale.into(), YMD::medium()).expect(fails),
            long_date: DateTimeFormatter::try_new(locale.into(), YMDE::long()).expect(fails),
            long_date_no_weekday: DateTimeFormatter::try_new(locale.into(), YMD::long())
                .expect(fails),
            month: DateTimeFormatter::try_new(locale.into(), month_length(locale)).expect(fails),
            weekday: DateTimeFormatter::try_new(locale.into(), MDE::medium()).expect(fails),
            weekday_year: DateTimeFormatter::try_new(locale.into(), YMDE::medium()).expect(fails),
            time: DateTimeFormatter::try_new(locale.into(), T::hm()).expect(fails),
            list: ListFormatter::try_new_and(
                locale.into(),
                ListFormatterOptions::default().with_length(ListLength::Wide),
            )
            .expect(fails),
            digits: Digits::new(locale),
        }
    }

    pub(crate) fn date(&self, d: jiff::civil::Date) -> String {
        self.date.format(&iso(d)).to_string()
    }

    pub(crate) fn long_date(&self, d: jiff::civil::Date) -> String {
        self.long_date.format(&iso(d)).to_string()
    }

    pub(crate) fn long_date_no_weekday(&self, d: jiff::civil::Date) -> String {
        self.long_date_no_weekday.format(&iso(d)).to_string()
    }

    pub(crate) fn month(&self, d: jiff::civil::Date) -> String {
        self.month.format(&iso(d)).to_string()
    }

    /// The weekday, day and month; with the year too when `with_year`.
    pub(crate) fn weekday(&self, d: jiff::civil::Date, with_year: bool) -> String {
        if with_year {
            self.weekday_year.format(&iso(d)).to_string()
        } else {
            self.weekday.format(&iso(d)).to_string()
        }
    }

    /// Hours and minutes, without the zone (the caller adds the zone in force).
    pub(crate) fn time(&self, t: jiff::civil::DateTime) -> String {
        let at = DateTime {
            date: iso(t.date()),
            time: Time::try_new(t.hour() as u8, t.minute() as u8, 0, 0)
                .expect("a civil time is in range"),
        };
        self.time.format(&at).to_string()
    }

    /// "A, B and C" in the language's own conjunction and separators.
    pub(crate) fn list<S: AsRef<str>>(&self, items: &[S]) -> String {
        self.list
            .format(items.iter().map(|s| s.as_ref()))
            .to_string()
    }

    /// [`Digits::decimal`].
    pub(crate) fn decimal(&self, written: &str) -> String {
        self.digits.decimal(written)
    }
}

/// "November 2026" where the data can write it: ICU4X 2.4's Portuguese long year-month
/// pattern wants a number formatter its constructor does not load (it writes a fallback, and
/// panics in a debug build), so Portuguese says "nov. de 2026". `every_form_writes_in_every_
/// shipped_language` holds each shipped language to a form that writes.
fn month_length(locale: &Locale) -> YM {
    match locale.id.language.as_str() {
        "pt" => YM::medium(),
        _ => YM::long(),
    }
}

fn iso(d: jiff::civil::Date) -> Date<icu_calendar::Iso> {
    Date::try_new_iso(i32::from(d.year()), d.month() as u8, d.day() as u8)
        .expect("a civil date is in range")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn forms(tag: &str) -> Forms {
        Forms::new(&Locale::try_from_str(tag).unwrap())
    }

    #[test]
    fn each_language_writes_its_own_forms() {
        let d = jiff::civil::date(2026, 11, 20);
        let t = d.at(9, 20, 0, 0);
        let gb = forms("en-GB");
        assert_eq!(gb.date(d), "20 Nov 2026");
        assert_eq!(gb.time(t), "09:20");
        assert_eq!(gb.long_date(d), "Friday, 20 November 2026");
        assert_eq!(gb.weekday(d, false), "Fri 20 Nov");
        assert_eq!(forms("en").date(d), "Nov 20, 2026");
        assert_eq!(forms("en").time(t), "9:20\u{202f}AM");
        assert_eq!(forms("de").date(d), "20.11.2026");
        assert_eq!(forms("de").list(&["A", "B", "C"]), "A, B und C");
        assert_eq!(forms("fr").decimal("99.95"), "99,95");
        assert_eq!(forms("ja").date(d), "2026/11/20");
        assert_eq!(gb.decimal("99.90"), "99.90");
    }
}

#[cfg(test)]
mod every_language {
    use super::*;

    /// Every form in every shipped language, on dates across a year: ICU4X writes a fallback
    /// (and panics in debug builds) when a pattern's data is missing.
    #[test]
    fn every_form_writes_in_every_shipped_language() {
        for (tag, _) in crate::locale::SHIPPED {
            let f = Forms::new(&Locale::try_from_str(tag).unwrap());
            for month in 1..=12 {
                let d = jiff::civil::date(2026, month, 28);
                for s in [
                    f.date(d),
                    f.long_date(d),
                    f.long_date_no_weekday(d),
                    f.month(d),
                    f.weekday(d, false),
                    f.weekday(d, true),
                    f.time(d.at(9, 5, 0, 0)),
                ] {
                    assert!(!s.is_empty(), "{tag}");
                }
            }
            assert!(!f.list(&["a", "b"]).is_empty());
            assert!(!f.decimal("99.95").is_empty());
        }
    }
}
