### candor's words in English: every sentence a customer reads on the pages, in the feeds,
### the API's prose, the badge, the calendar, the embed, announce text and notify messages.
### Dates, times, lists and numbers come from CLDR: a message only places them.
### A theme overrides any message in themes/<name>/i18n/<language>.ftl.

## Times

# A time of day with its zone: "09:20 GMT".
time-zoned = { $time } { $zone }
# A date and a time (with its zone): "20 Nov 2026, 09:20 GMT".
date-and-time = { $date }, { $time }
# A time and its day as seen from now: "14:30 GMT tomorrow, Wed 2 Dec".
time-on-day = { $time } { $day }
day-today = today
day-tomorrow = tomorrow, { $date }
day-yesterday = yesterday, { $date }
day-on = on { $date }

## Durations: "2 h 28 min", "3 days 4 h"

duration-days = { $count ->
    [one] { $count } day
   *[other] { $count } days
}
duration-hours = { $count } h
duration-minutes = { $count } min
duration-two-parts = { $first } { $second }
duration-under-a-minute = under a minute
# How late a promised update is, under an hour: "12 minutes".
late-minutes = { $count ->
    [one] { $count } minute
   *[other] { $count } minutes
}
