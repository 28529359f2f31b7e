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

## Every page: title, navigation, footer

# A page's <title>: "Card payments failing · Acme Status".
page-title = { $page } · { $site }
# The home page's description for search engines and link previews.
site-description = { $status }. { $about }
# A feed's link title: "Acme Status (Atom)", and for a component's "Search · Acme Status (Atom)".
feed-link-title-site = { $site } ({ $format })
feed-link-title = { $page } · { $site } ({ $format })
skip-to-content = Skip to content
nav-site = Site
nav-current-status = Current status
nav-history = History
nav-get-updates = Get updates
nav-breadcrumb = Breadcrumb
nav-years = Years
crumb-status = Status
footer-feeds = Follow every update in a feed reader:
footer-more-ways = More ways to get updates.
footer-times = Times are shown in { $zone }, with the zone after each time. Page built { $built }.
footer-contact = Questions? Contact { $contact }.
footer-help-pages = Our help pages
# Between items the page lists one after another ("Checkout, Public API").
list-separator = {", "}
# The full stop after a sentence that ends in a link.
full-stop = {"."}
# Between groups that already contain commas.
list-separator-strong = {"; "}
# The reader's own time, added by the page's script: "(10:20 CET tomorrow, Wed 2 Dec, your time)".
your-time = ({ $time } { $day }, your time)

## The status page

as-of = As of { $time }.
ongoing-count = { $count ->
    [one] { $count } ongoing incident.
   *[other] { $count } ongoing incidents.
}
ongoing-incidents = Ongoing incidents
more-ongoing-in-history = { $count ->
    [one] { $count } more ongoing incident is in the history.
   *[other] { $count } more ongoing incidents are in the history.
}
maintenance-in-progress = Maintenance in progress
more-in-progress-in-history = { $count ->
    [one] { $count } more in progress is in the history.
   *[other] { $count } more in progress are in the history.
}
components-heading = Components
uptime-hint = Uptime over the last { $days } days. Each bar is a day, oldest on the left; a full-height bar is a day with a problem, listed in words on the component's page.
# "99.97% uptime": $uptime is already written in the language's digits.
uptime-percent = { $uptime }% uptime
for-component = for { $component }
scheduled-maintenance = Scheduled maintenance
more-scheduled = { $count ->
    [one] { $count } more scheduled is in the history and the calendar:
   *[other] { $count } more scheduled are in the history and the calendar:
}
the-calendar = the calendar
our-apologies = Our apologies
apology-row = { $title }: a letter from { $author }
making-it-right-row = what we are doing to make it right
more-apologies-in-history = { $count ->
    [one] { $count } more from the last { $days } days is in the history.
   *[other] { $count } more from the last { $days } days are in the history.
}
recent-incidents = Recent incidents
no-recent-incidents = No incidents resolved in the last { $days } days.
full-incident-history = Full incident history
row-our-apology = our apology

## An incident: its facts first, then its updates

fact-status = Status
fact-affects = { $tense ->
    [present] Affects
   *[past] Affected
}
fact-state-now = State now
fact-next-update = Next update
fact-accountable = Accountable
fact-who-accountable = { $tense ->
    [present] Who is accountable
   *[past] Who was accountable
}
# "Minter Dial, Head of Customer Care owns this incident until it is resolved."
owner-until = { $tense ->
    [present] { $owner } owns this { $kind ->
        [maintenance] maintenance until it is completed
       *[incident] incident until it is resolved
    }
   *[past] { $owner } owned this { $kind ->
        [maintenance] maintenance until it was completed
       *[incident] incident until it was resolved
    }
}.
fact-workaround = Workaround
fact-window = Window
fact-started = Started
fact-ended = { $kind ->
    [maintenance] Completed
   *[incident] Resolved
}
fact-how-long = How long
# "Open for 2 h, from the first report to its resolution".
how-long = { $duration }, { $span }
fact-time-in-states = { $open ->
    [true] Time in each state so far
   *[false] Time in each state
}
# A component and its state: "Checkout: Major outage".
component-in-state = { $component }: { $state }
since = since { $time }
window-from-to = { $from } to { $until }
window-from-to-length = { $from } to { $until } ({ $length })
badge-scheduled-maintenance = Scheduled maintenance
# The promise of an open incident: "Next update by 16:30 GMT today — Priya Raman".
promise-next = Next update by { $when } — { $author }
promise-overdue = This update is { $late } late. We promised it by { $when } — { $author }.
promise-none = No time has been given for the next update.
read-our-apology = { $remedies ->
    [0] Read our apology from { $author }.
   *[other] Read our apology from { $author } and what we are doing to make it right.
}
updates-heading = Updates
changes-label = Component states from this update
# Under an update: the promise it made and what became of it.
promised-next = Next update promised by { $when }{ $outcome ->
    [kept] : kept.
    [missed] : it came { $late } late.
    [overdue] : now { $late } overdue.
   *[pending] .
}
review-heading = Post-incident review
published-at = Published { $time }
incident-description = { $status }: { $summary }

## The apology page

apology-title = Our apology: { $title }
apology-description = A letter from { $author } about { $title }, and what we are doing to make it right.
apology-heading = We are sorry: { $title }
apology-about = { $resolved ->
    [true] about the incident of { $started }
   *[false] about the ongoing incident
}
what-you-get = What you get
who-qualifies = Who qualifies
how-you-get-it = How you get it
claims-closed-on = Claims closed on { $date }
claim-directly = Claim it from us directly
automatic-nothing-to-do = Automatic — nothing to do
deadline = Deadline
deadline-by = { $how ->
    [claim] Claim by { $date }
   *[automatic] Use it by { $date }
}
issued-on = Issued on { $date }
letter-from = A letter from { $author }
what-happened = What happened, update by update

## The history

history-of = { $period } history
incident-history = Incident history
incident-history-of = Incident history: { $period }
keeping-our-word = Keeping our word: in the last { $days } days, { $clause }.
all-of-year = All of { $year }
all-from-month = All { $count } from { $month }
no-incidents-yet = No incidents yet.

## A component's page

component-description = { $component }: { $state }. { $uptime }% uptime over { $days } days: { $outage }, { $incidents }.
state-now = Now: { $state }
the-last-days = The last { $days } days
days-with-incidents = { $count ->
    [one] { $count } day with incidents; every other day had none.
   *[other] { $count } days with incidents; every other day had none.
}
col-day = Day
col-what-happened = What happened
full-history = Full history
none-yet = None yet.
follow-component = Follow { $component }
feeds-of-its-incidents = Feeds of its incidents:
badge-of-its-state = A badge of its state:

## The page for an address with no page (404)

not-found = Page not found
not-found-text = There is no page at this address.
not-found-status-link = The current status of every service
not-found-history-link = Past incidents, in the history

## Announce (`candor announce`): text ready to send by email, SMS, a social post or Slack

# The email's subject line after "Subject: ": "[Identified] Card payments failing".
announce-subject = [{ $status }] { $title }
# The email's first line: "Identified — 23 Nov 2026, 15:28 GMT".
announce-heading = { $status } — { $when }
# The components an incident concerns: "Affected: Checkout and Payments API".
affected-line = Affected: { $components }
# The link at the end of the email: "Follow this incident: https://…".
follow-line = Follow this incident: { $url }
# A text message or post: "Acme Status: Card payments failing — Identified." ($dash is
# " - " in a text message, whose alphabet lacks the long dash, and " — " elsewhere).
short-head-with-site = { $site }: { $title }{ $dash }{ $status }.
# The same without the site's name: "Identified: Card payments failing." ($stop is the full
# stop, or nothing after a title cut short with "…").
short-head = { $status }: { $title }{ $stop }
# Slack's line under the title: "Major · 23 Nov 2026, 15:28 GMT · affects Checkout".
slack-facts = { $impact } · { $when } · { $open ->
    [yes] affects
   *[no] affected
} { $components }

## Notify: chat, email and webhook messages, in the site's language

# A label before the components a message concerns, in chat cards: "Affected".
notify-affected = Affected
# A label before the promised time, in chat cards: "Next update by".
notify-next-update-label = Next update by
# In bold in chat messages: "Next update by 16:30 GMT tomorrow, Wed 2 Dec".
notify-next-update = Next update by { $when }
# A label before who signed the update, in Teams' card.
notify-signed = Signed
# A label before the update's status and time, in Discord's card.
notify-status = Status
# The link after words that were cut to fit the channel.
notify-read-full = Read the full update
# The link after words that are all there.
notify-follow = Follow this incident
# The components left out when the list does not fit: "Checkout, Search and 12 more".
notify-more-components = { $count } more
# What an apology's message is.
notify-apology = Our apology
# What a post-incident review's message is.
notify-review = Post-incident review
# What a reminder before maintenance is.
notify-reminder = Reminder: maintenance starts soon
# The reminder's words: "Planned maintenance starts at 02:00 GMT tomorrow, Thu 3 Dec and
# should end by 04:00 GMT today."
notify-reminder-body = Planned maintenance starts at { $from } and should end by { $until }.
# A remedy in an apology's message: "- 10% credit: every customer (automatic, nothing to do)".
notify-remedy-line = - { $offer }: { $eligible } ({ $how }{ $when })
notify-remedy-automatic = automatic, nothing to do
notify-remedy-claim-at = claim at <{ $url }>
# `candor notify --test`: the title, label and words of the test message.
notify-test-title = Test message from { $site }
notify-test-label = Test
notify-test-body = This is a test of the `{ $target }` target, sent by `candor notify --test`. Updates about { $site } will arrive here like this one.
# The link at the end of a mail: "Read it on the status page: https://…" (text part) and
# the link's words (HTML part).
email-read-line = Read it on the status page: { $url }
email-read = Read it on the status page
# The unsubscribe link at the foot of a mail: "Unsubscribe: https://…" and its words.
email-unsubscribe-line = Unsubscribe: { $url }
email-unsubscribe = Unsubscribe
# What a screen reader calls the mail's article (its aria-roledescription).
email-role = email

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

## Sites in more than one language

# The language's name in itself, as the language switcher shows it.
language-name = English
# The label of the language switcher.
nav-languages = Languages
# Above a text the site has not translated into this page's language; $language is the name
# (in itself) of the language it is shown in.
untranslated = Available only in its original language: { $language }.
