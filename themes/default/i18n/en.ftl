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

## Sentences and lists

# A clause made a sentence: "We promised 7 updates on time and delivered 6."
sentence = { $clause }.
# "Priya Raman, Head of Support".
person-with-role = { $name }, { $role }

## Status words. Values are the ones incident files use (docs/format.md).

kind-incident = Incident
kind-maintenance = Maintenance
impact-none = No impact
impact-minor = Minor
impact-major = Major
impact-critical = Critical
# "Declared impact: major": what the incident was declared as.
declared-impact = Declared impact: { $impact ->
    [minor] minor
    [major] major
    [critical] critical
   *[none] none
}
status-investigating = Investigating
status-identified = Identified
status-monitoring = Monitoring
status-resolved = Resolved
status-scheduled = Scheduled
status-in_progress = In progress
status-verifying = Verifying
status-completed = Completed
# An update that reopens a resolved incident: "Reopened: Investigating".
update-reopened = Reopened: { $status }
# Maintenance whose window speaks for the team, with no update yet.
phase-as-scheduled = Under way as scheduled
phase-unconfirmed = Not confirmed complete
window-note-as-scheduled = The window opened at { $opened }; the work is under way as scheduled.
window-note-unconfirmed = The window closed at { $closed }; the work has not been confirmed complete.
# A component's state, on its own (a badge on the page).
state-operational = Operational
state-under_maintenance = Under maintenance
state-degraded_performance = Degraded performance
state-partial_outage = Partial outage
state-major_outage = Major outage
# The same inside a sentence: "major outage for 1 h 44 min".
state-operational-in-text = operational
state-under_maintenance-in-text = under maintenance
state-degraded_performance-in-text = degraded performance
state-partial_outage-in-text = partial outage
state-major_outage-in-text = major outage
state-for = { $state } for { $duration }
# "Checkout: major outage for 1 h 44 min and partial outage for 20 min".
component-states = { $component }: { $states }
how-automatic = Automatic
how-claim = Claim

## The site's state, as the banner and the API's candor_description say it

indicator-operational = All Systems Operational
indicator-major-outage = Major System Outage
indicator-partial-outage = Partial System Outage
indicator-degraded = Degraded Performance
indicator-investigating = Investigating an Issue
indicator-maintenance = Service Under Maintenance
indicator-monitoring = Operational, Monitoring a Fix

## The badge (badge.svg): its left half, then the state in few words

badge-label = status
badge-operational = operational
badge-major-outage = major system outage
badge-partial-outage = partial system outage
badge-degraded = degraded performance
badge-investigating = investigating an issue
badge-maintenance = service under maintenance
badge-monitoring = operational, monitoring a fix

## How long an incident lasted, said with what it measures

open-for = open for { $duration }
open-for-span = from the first report to its resolution
open-for-so-far = open for { $duration } so far
open-for-so-far-span = since the first report
work-took = work took { $duration }
work-took-span = from its start to its completion
work-so-far = work under way for { $duration } so far
work-so-far-span = since it started

## Uptime, in words beside the percentage

outage-major = { $duration } major outage
outage-partial = { $duration } partial outage
outage-none = no outage
incidents-in-days = { $count ->
    [0] no incidents in { $days } days
    [one] { $count } incident in { $days } days
   *[other] { $count } incidents in { $days } days
}
day-no-incidents = no incidents
# A day of the uptime bars, as text: "20 Nov 2026: major outage for 4 h 28 min".
day-label = { $date }: { $summary }

## Promises of the next update, kept and broken

next-update-by = Next update by { $when }.
promise-came-late = This update came { $late } late: we promised it by { $by }.
promise-kept = Promised by { $by }: kept.
# The promise ledger, as a clause ("we promised 7 updates on time and delivered 6").
ledger-all-kept = { $judged ->
    [1] we promised one update on time and delivered it
    [2] we promised 2 updates on time and delivered both
   *[other] we promised { $judged } updates on time and delivered all { $judged }
}
ledger-the-one-late = we promised 1 update on time; it came { $late } late
ledger-the-one-overdue = we promised 1 update on time; it is { $late } overdue so far
ledger-some-late = we promised { $judged } updates on time and delivered { $kept ->
    [0] none of them on time
   *[other] { $kept }
}; { $missed ->
    [one] one was { $late } late
   *[other] { $missed } were late, the latest by { $late }
}
ledger-some-overdue = we promised { $judged } updates on time and delivered { $kept ->
    [0] none of them on time
   *[other] { $kept }
}; { $overdue ->
    [one] one is
   *[other] { $overdue } are
} overdue, by { $late } so far

## Apologies and remedies

making-it-right = Making it right:
claim-by-email = Make your claim by email to { $address }
claim-on = Make your claim on { $host }
remedy-automatic = automatic
remedy-claim-at = claim at { $link }
remedy-issued-on = , issued on { $date }
remedy-by = , by { $date }
# "10% credit — every customer (automatic, by 31 December 2026)".
remedy-line = { $offer } — { $eligible } ({ $how }{ $when })

## Feeds

feed-description = Incidents and maintenance for { $site }
feed-component-title = { $component } — { $site }
feed-component-description = Incidents and maintenance affecting { $component }
entry-update-title = { $status } — { $title }
entry-apology-title = Our apology — { $title }
entry-review-title = Post-incident review — { $title }
full-timeline = Full timeline

## The maintenance calendar (maintenance.ics)

calendar-name = { $site } — scheduled maintenance
calendar-summary = Maintenance: { $title }
calendar-facts = { $open ->
    [yes] Affects
   *[no] Affected
}: { $affects }
    Status: { $status }
    Responsible: { $responsible }

## Relative times: beside an absolute time, as of the build ("12 minutes ago", "in 25 minutes").
## The live script says the same with the browser's Intl.RelativeTimeFormat: keep these as
## CLDR's long forms say them, so a page reads the same with and without JavaScript.

# Less than a minute either way.
relative-now = now
relative-minutes-ago = { $count ->
    [one] { $count } minute ago
   *[other] { $count } minutes ago
}
relative-in-minutes = { $count ->
    [one] in { $count } minute
   *[other] in { $count } minutes
}
relative-hours-ago = { $count ->
    [one] { $count } hour ago
   *[other] { $count } hours ago
}
relative-in-hours = { $count ->
    [one] in { $count } hour
   *[other] in { $count } hours
}
relative-days-ago = { $count ->
    [one] { $count } day ago
   *[other] { $count } days ago
}
relative-in-days = { $count ->
    [one] in { $count } day
   *[other] in { $count } days
}

## Embed (embed.html): the status in a small frame on a customer's own page

# The frame's document title: "Acme Status: All Systems Operational".
embed-title = { $site }: { $state }
# A maintenance in progress, after its title: "Maintenance: In progress".
embed-maintenance = Maintenance: { $status }
# The frame's title in the snippet the "Get updates" page offers (screen readers announce it):
# "Current status of Acme Status".
embed-frame-title = Current status of { $site }
# The link to the incidents the frame has no room for.
embed-more = { $count } more on the status page
# When the frame was built: "As of 23 Nov 2026, 15:45 GMT".
embed-as-of = As of { $time }

## Get updates (subscribe/index.html): every way to follow the site. A sentence around a
## link is two messages, before and after it ("-after").

# The page's title: "Get updates · Acme Status".
subscribe-page-title = Get updates · { $site }
# Also the embed's and every page's link to this page.
subscribe-title = Get updates
# The page's meta description; $email is "yes" when the site has an email signup.
subscribe-description = Every way to hear about incidents and maintenance on { $site }: { $email ->
    [yes] feeds, calendar, email, an embed for your own site and an API.
   *[no] feeds, calendar, an embed for your own site and an API.
}
subscribe-intro = You do not need to keep this page open. Choose any of these ways to hear from us when something goes wrong, when it is fixed, and before planned maintenance.
subscribe-email-heading = By email
# "Write to <status@acme.example> to get every update by email."
subscribe-email-write-to = Write to
subscribe-email-write-to-after = to get every update by email.
# "<Sign up for email updates> to get every update in your inbox."
subscribe-email-sign-up = Sign up for email updates
subscribe-email-sign-up-after = to get every update in your inbox.
subscribe-feeds-heading = In a feed reader
subscribe-feeds-intro = A feed gets every update as soon as we post it. Add one of these addresses to your feed reader (or to Slack or Teams, which can follow feeds):
subscribe-feed-atom = Atom feed of every update
subscribe-feed-rss = RSS feed of every update
subscribe-feed-json = JSON Feed of every update
subscribe-component-feeds-heading = Only the services you use
subscribe-component-feeds-intro = Each service has its own feeds, with only the incidents that affect it.
subscribe-component-atom = Atom feed for { $component }
subscribe-component-rss = RSS feed for { $component }
subscribe-calendar-heading = In your calendar
subscribe-calendar-intro = Planned maintenance appears in your calendar and stays up to date.
# "<Subscribe to the maintenance calendar> (opens your calendar app)".
subscribe-calendar-subscribe = Subscribe to the maintenance calendar
subscribe-calendar-subscribe-after = (opens your calendar app)
# "If your calendar app asks for an address, give it <the maintenance calendar file>: webcal://…".
subscribe-calendar-address = If your calendar app asks for an address, give it
subscribe-calendar-file = the maintenance calendar file
subscribe-embed-heading = On your own site
# The line before the embed's code, saying what it is.
subscribe-embed-intro = Show the current status on your own page or intranet. Copy this code into your page:
# "It shows … with a link back here. <See what the embed looks like>."
subscribe-embed-what = It shows the status and any ongoing incident, with a link back here.
subscribe-embed-see = See what the embed looks like
# Before the CSS to add, `color-scheme: light`, shown as code after it.
subscribe-embed-scheme = It has no background of its own and takes your page's light or dark colours. If your page is always light and does not say so in its CSS, add this to the iframe's style:
subscribe-api-heading = For developers
subscribe-api-intro = Our status is also published as JSON in the same format as Atlassian Statuspage's public API, so tools that read Statuspage read it unchanged:
subscribe-api-summary = Summary: status, services and open incidents
subscribe-api-status = Overall status only
subscribe-api-incidents = Recent incidents
subscribe-api-upcoming = Upcoming maintenance
