### De teksten van candor in het Nederlands: elke zin die een klant leest op de pagina's, in de feeds,
### in de proza van de API, de badge, de agenda, de embed, aankondigingen en meldingen.
### Datums, tijden, lijsten en getallen komen uit CLDR: een bericht plaatst ze alleen.
### Een thema overschrijft elk bericht in themes/<name>/i18n/<language>.ftl.

## Tijden

# Een tijdstip met tijdzone: '09:20 GMT'.
time-zoned = { $time } { $zone }
# Een datum en een tijdstip (met tijdzone): '20 nov 2026, 09:20 GMT'.
date-and-time = { $date }, { $time }
# Een tijdstip en de dag, gezien vanaf nu: '14:30 GMT morgen (wo 2 dec)' (de pagina's zetten de tijd voor de dag).
time-on-day = { $time } { $day }
day-today = vandaag
day-tomorrow = morgen ({ $date })
day-yesterday = gisteren ({ $date })
day-on = op { $date }

## Duur: '2 u 28 min', '3 dagen 4 u'

duration-days = { $count ->
    [one] { $count } dag
   *[other] { $count } dagen
}
duration-hours = { $count } u
duration-minutes = { $count } min
duration-two-parts = { $first } { $second }
duration-under-a-minute = minder dan een minuut
# Hoe laat een toegezegde update is, onder het uur: '12 minuten'.
late-minutes = { $count ->
    [one] { $count } minuut
   *[other] { $count } minuten
}

## Zinnen en lijsten

# Een zinsdeel als zin: 'We hebben 7 updates op een vast tijdstip toegezegd en er 6 op tijd geleverd.'
sentence = { $clause }.
# 'Priya Raman, hoofd Support'.
person-with-role = { $name }, { $role }

## Statuswoorden. De waarden zijn die van de incidentbestanden (docs/format.md).

kind-incident = Storing
kind-maintenance = Onderhoud
impact-none = Geen impact
impact-minor = Gering
impact-major = Groot
impact-critical = Kritiek
# 'Vastgestelde impact: groot': hoe de storing is ingeschaald.
declared-impact = Vastgestelde impact: { $impact ->
    [minor] gering
    [major] groot
    [critical] kritiek
   *[none] geen
}
status-investigating = Wordt onderzocht
status-identified = Oorzaak gevonden
status-monitoring = Wordt gevolgd
status-resolved = Opgelost
status-scheduled = Gepland
status-in_progress = Bezig
status-verifying = Wordt gecontroleerd
status-completed = Voltooid
# Een update die een opgeloste storing heropent: 'Heropend: Wordt onderzocht'.
update-reopened = Heropend: { $status }
# Onderhoud waarvoor het tijdvenster spreekt, nog zonder update.
phase-as-scheduled = Bezig volgens planning
phase-unconfirmed = Voltooiing niet bevestigd
window-note-as-scheduled = Het onderhoudsvenster is om { $opened } begonnen; de werkzaamheden verlopen volgens planning.
window-note-unconfirmed = Het onderhoudsvenster is om { $closed } gesloten; de voltooiing van de werkzaamheden is nog niet bevestigd.
# De toestand van een component, op zichzelf (een badge op de pagina).
state-operational = Operationeel
state-under_maintenance = In onderhoud
state-degraded_performance = Verminderde prestaties
state-partial_outage = Gedeeltelijke storing
state-major_outage = Ernstige storing
# Hetzelfde in een zin: 'ernstige storing gedurende 1 u 44 min'.
state-operational-in-text = operationeel
state-under_maintenance-in-text = in onderhoud
state-degraded_performance-in-text = verminderde prestaties
state-partial_outage-in-text = gedeeltelijke storing
state-major_outage-in-text = ernstige storing
state-for = { $state } gedurende { $duration }
# 'Checkout: ernstige storing gedurende 1 u 44 min en gedeeltelijke storing gedurende 20 min'.
component-states = { $component }: { $states }
how-automatic = Automatisch
how-claim = Op aanvraag

## De toestand van de site, zoals de banner en candor_description van de API die zeggen

indicator-operational = Alle systemen operationeel
indicator-major-outage = Ernstige systeemstoring
indicator-partial-outage = Gedeeltelijke systeemstoring
indicator-degraded = Verminderde prestaties
indicator-investigating = We onderzoeken een probleem
indicator-maintenance = Onderhoud aan de dienst
indicator-monitoring = Operationeel, oplossing wordt gevolgd

## De badge (badge.svg): de linkerhelft, dan de toestand in een paar woorden

badge-label = status
badge-operational = operationeel
badge-major-outage = ernstige storing
badge-partial-outage = gedeeltelijke storing
badge-degraded = verminderde prestaties
badge-investigating = probleem wordt onderzocht
badge-maintenance = onderhoud
badge-monitoring = operationeel, wordt gevolgd

## Hoe lang een storing duurde, met wat er gemeten wordt

open-for = { $duration } open
open-for-span = van de eerste melding tot de oplossing
open-for-so-far = tot nu toe { $duration } open
open-for-so-far-span = sinds de eerste melding
work-took = werkzaamheden duurden { $duration }
work-took-span = van begin tot voltooiing
work-so-far = werkzaamheden tot nu toe { $duration } bezig
work-so-far-span = sinds het begin

## Beschikbaarheid, in woorden naast het percentage

outage-major = { $duration } ernstige storing
outage-partial = { $duration } gedeeltelijke storing
outage-none = geen storing
incidents-in-days = { $count ->
    [0] geen storingen in { $days } dagen
    [one] { $count } storing in { $days } dagen
   *[other] { $count } storingen in { $days } dagen
}
day-no-incidents = geen storingen
# Een dag van de beschikbaarheidsbalken, als tekst: '20 nov 2026: ernstige storing gedurende 4 u 28 min'.
day-label = { $date }: { $summary }

## Toezeggingen voor de volgende update, nagekomen en niet nagekomen

next-update-by = Volgende update uiterlijk { $when }.
promise-came-late = Deze update kwam { $late } te laat: we hadden hem toegezegd voor { $by }.
promise-kept = Toegezegd voor { $by }: nagekomen.
# Het overzicht van toezeggingen, als zinsdeel ('we hebben 7 updates op een vast tijdstip toegezegd en er 6 op tijd geleverd').
ledger-all-kept = { $judged ->
    [1] we hebben één update op een vast tijdstip toegezegd en die op tijd geleverd
    [2] we hebben 2 updates op een vast tijdstip toegezegd en ze allebei op tijd geleverd
   *[other] we hebben { $judged } updates op een vast tijdstip toegezegd en ze alle { $judged } op tijd geleverd
}
ledger-the-one-late = we hebben 1 update op een vast tijdstip toegezegd; die kwam { $late } te laat
ledger-the-one-overdue = we hebben 1 update op een vast tijdstip toegezegd; die is tot nu toe { $late } te laat
ledger-some-late = we hebben { $judged } updates op een vast tijdstip toegezegd en { $kept ->
    [0] er geen enkele op tijd
   *[other] er { $kept } op tijd
} geleverd; { $missed ->
    [one] één kwam { $late } te laat
   *[other] { $missed } kwamen te laat, de laatste { $late }
}
ledger-some-overdue = we hebben { $judged } updates op een vast tijdstip toegezegd en { $kept ->
    [0] er geen enkele op tijd
   *[other] er { $kept } op tijd
} geleverd; { $overdue ->
    [one] één is
   *[other] { $overdue } zijn
} te laat, tot nu toe met { $late }

## Excuses en compensatie

making-it-right = Zo maken we het goed:
claim-by-email = Dien uw aanvraag in per e-mail aan { $address }
claim-on = Dien uw aanvraag in op { $host }
remedy-automatic = automatisch
remedy-claim-at = aanvragen via { $link }
remedy-issued-on = , verstrekt op { $date }
remedy-by = , uiterlijk { $date }
# '10% tegoed — alle klanten (automatisch, uiterlijk 31 december 2026)'.
remedy-line = { $offer } — { $eligible } ({ $how }{ $when })

## Feeds

feed-description = Storingen en onderhoud bij { $site }
feed-component-title = { $component } — { $site }
feed-component-description = Storingen en onderhoud die { $component } raken
entry-update-title = { $status } — { $title }
entry-apology-title = Onze excuses — { $title }
entry-review-title = Evaluatie na de storing — { $title }
full-timeline = Volledige tijdlijn

## De onderhoudsagenda (maintenance.ics)

calendar-name = { $site } — gepland onderhoud
calendar-summary = Onderhoud: { $title }
calendar-facts = { $open ->
    [yes] Betreft
   *[no] Betrof
}: { $affects }
    Status: { $status }
    Verantwoordelijk: { $responsible }

## Elke pagina: titel, navigatie, voettekst

# De <title> van een pagina: 'Kaartbetalingen mislukken · Acme Status'.
page-title = { $page } · { $site }
# De beschrijving van de startpagina voor zoekmachines en linkvoorbeelden.
site-description = { $status }. { $about }
# De linktitel van een feed: 'Acme Status (Atom)', en voor een component 'Zoeken · Acme Status (Atom)'.
feed-link-title-site = { $site } ({ $format })
feed-link-title = { $page } · { $site } ({ $format })
skip-to-content = Naar de inhoud
nav-site = Site
nav-current-status = Huidige status
nav-history = Geschiedenis
nav-get-updates = Updates ontvangen
nav-breadcrumb = Kruimelpad
nav-years = Jaren
crumb-status = Status
footer-feeds = Volg elke update in een feedlezer:
footer-more-ways = Meer manieren om updates te ontvangen.
footer-times = Tijden staan in { $zone }, met de tijdzone na elke tijd. Pagina gemaakt op { $built }.
footer-contact = Vragen? Neem contact op met { $contact }.
footer-help-pages = Onze helppagina's
# Tussen items die de pagina na elkaar noemt ('Checkout, Public API').
list-separator = {", "}
full-stop = {"."}
# Tussen groepen die zelf al komma's bevatten.
list-separator-strong = {"; "}
# De eigen tijd van de lezer, toegevoegd door het script van de pagina: '(10:20 CET morgen (wo 2 dec), uw tijd)'.
your-time = ({ $time } { $day }, uw tijd)

## De statuspagina

as-of = Stand van { $time }.
ongoing-count = { $count ->
    [one] { $count } lopende storing.
   *[other] { $count } lopende storingen.
}
ongoing-incidents = Lopende storingen
more-ongoing-in-history = { $count ->
    [one] Nog { $count } lopende storing staat in de geschiedenis.
   *[other] Nog { $count } lopende storingen staan in de geschiedenis.
}
maintenance-in-progress = Onderhoud bezig
more-in-progress-in-history = { $count ->
    [one] Nog { $count } lopend onderhoud staat in de geschiedenis.
   *[other] Nog { $count } lopende onderhoudswerkzaamheden staan in de geschiedenis.
}
components-heading = Componenten
uptime-hint = Beschikbaarheid over de afgelopen { $days } dagen. Elke balk is een dag, de oudste links; een balk over de volle hoogte is een dag met een probleem, in woorden beschreven op de pagina van het component.
# '99,97% beschikbaarheid': $uptime is al in de cijfers van de taal geschreven.
uptime-percent = { $uptime }% beschikbaarheid
for-component = voor { $component }
scheduled-maintenance = Gepland onderhoud
more-scheduled = { $count ->
    [one] Nog { $count } gepland onderhoud staat in de geschiedenis en de agenda:
   *[other] Nog { $count } geplande onderhoudswerkzaamheden staan in de geschiedenis en de agenda:
}
the-calendar = de agenda
our-apologies = Onze excuses
apology-row = { $title }: een brief van { $author }
making-it-right-row = hoe we het goedmaken
more-apologies-in-history = { $count ->
    [one] Nog { $count } uit de afgelopen { $days } dagen staat in de geschiedenis.
   *[other] Nog { $count } uit de afgelopen { $days } dagen staan in de geschiedenis.
}
recent-incidents = Recente storingen
no-recent-incidents = Geen storingen opgelost in de afgelopen { $days } dagen.
full-incident-history = Volledige storingsgeschiedenis
row-our-apology = onze excuses

## Een storing: eerst de feiten, dan de updates

fact-status = Status
fact-affects = { $tense ->
    [present] Betreft
   *[past] Betrof
}
fact-state-now = Toestand nu
fact-next-update = Volgende update
fact-accountable = Verantwoordelijk
fact-who-accountable = { $tense ->
    [present] Wie verantwoordelijk is
   *[past] Wie verantwoordelijk was
}
# 'Minter Dial, Head of Customer Care is verantwoordelijk voor deze storing tot die is opgelost.'
owner-until = { $tense ->
    [present] { $owner } is verantwoordelijk voor { $kind ->
        [maintenance] dit onderhoud tot het is voltooid
       *[incident] deze storing tot die is opgelost
    }
   *[past] { $owner } was verantwoordelijk voor { $kind ->
        [maintenance] dit onderhoud tot het was voltooid
       *[incident] deze storing tot die was opgelost
    }
}.
fact-workaround = Tijdelijke oplossing
fact-window = Tijdvenster
fact-started = Begonnen
fact-ended = { $kind ->
    [maintenance] Voltooid
   *[incident] Opgelost
}
fact-how-long = Duur
# '2 u open, van de eerste melding tot de oplossing'.
how-long = { $duration }, { $span }
fact-time-in-states = { $open ->
    [true] Tijd in elke toestand tot nu toe
   *[false] Tijd in elke toestand
}
# Een component en de toestand ervan: 'Checkout: Ernstige storing'.
component-in-state = { $component }: { $state }
since = sinds { $time }
window-from-to = { $from } tot { $until }
window-from-to-length = { $from } tot { $until } ({ $length })
badge-scheduled-maintenance = Gepland onderhoud
# De toezegging van een lopende storing: 'Volgende update uiterlijk 16:30 GMT vandaag — Priya Raman'.
promise-next = Volgende update uiterlijk { $when } — { $author }
promise-overdue = Deze update is { $late } te laat. We hadden hem toegezegd voor { $when } — { $author }.
promise-none = Er is nog geen tijdstip voor de volgende update genoemd.
read-our-apology = { $remedies ->
    [0] Lees onze excuses van { $author }.
   *[other] Lees onze excuses van { $author } en hoe we het goedmaken.
}
updates-heading = Updates
changes-label = Toestand van componenten volgens deze update
# Onder een update: de toezegging die erin stond en wat ervan terechtkwam.
promised-next = Volgende update toegezegd voor { $when }{ $outcome ->
    [kept] : nagekomen.
    [missed] : kwam { $late } te laat.
    [overdue] : nu { $late } te laat.
   *[pending] .
}
review-heading = Evaluatie na de storing
published-at = Gepubliceerd { $time }
incident-description = { $status }: { $summary }

## De excuuspagina

apology-title = Onze excuses: { $title }
apology-description = Een brief van { $author } over { $title }, en hoe we het goedmaken.
apology-heading = Het spijt ons: { $title }
apology-about = { $resolved ->
    [true] over de storing van { $started }
   *[false] over de lopende storing
}
what-you-get = Wat u krijgt
who-qualifies = Wie ervoor in aanmerking komt
how-you-get-it = Hoe u het krijgt
claims-closed-on = Aanvragen gesloten op { $date }
claim-directly = Vraag het rechtstreeks bij ons aan
automatic-nothing-to-do = Automatisch — u hoeft niets te doen
deadline = Uiterste datum
deadline-by = { $how ->
    [claim] Aanvragen uiterlijk { $date }
   *[automatic] Te gebruiken tot { $date }
}
issued-on = Verstrekt op { $date }
letter-from = Een brief van { $author }
what-happened = Wat er gebeurde, update na update

## De geschiedenis

history-of = Geschiedenis van { $period }
incident-history = Storingsgeschiedenis
incident-history-of = Storingsgeschiedenis: { $period }
keeping-our-word = Onze toezeggingen van de afgelopen { $days } dagen: { $clause }.
all-of-year = Heel { $year }
all-from-month = Alle { $count } uit { $month }
no-incidents-yet = Nog geen storingen.

## De pagina van een component

component-description = { $component }: { $state }. { $uptime }% beschikbaarheid over { $days } dagen: { $outage }, { $incidents }.
state-now = Nu: { $state }
the-last-days = De afgelopen { $days } dagen
days-with-incidents = { $count ->
    [one] { $count } dag met storingen; alle andere dagen hadden er geen.
   *[other] { $count } dagen met storingen; alle andere dagen hadden er geen.
}
col-day = Dag
col-what-happened = Wat er gebeurde
full-history = Volledige geschiedenis
none-yet = Nog geen.
follow-component = { $component } volgen
feeds-of-its-incidents = Feeds van de storingen:
badge-of-its-state = Een badge van de toestand:

## De pagina voor een adres zonder pagina (404)

not-found = Pagina niet gevonden
not-found-text = Op dit adres staat geen pagina.
not-found-status-link = De huidige status van elke dienst
not-found-history-link = Eerdere storingen, in de geschiedenis

## Aankondigen (`candor announce`): tekst klaar om te versturen per e-mail, sms, social-mediabericht of Slack

# De onderwerpregel van de e-mail na 'Subject: ': '[Oorzaak gevonden] Kaartbetalingen mislukken'.
announce-subject = [{ $status }] { $title }
# De eerste regel van de e-mail: 'Oorzaak gevonden — 23 nov 2026, 15:28 GMT'.
announce-heading = { $status } — { $when }
# De componenten waar een storing over gaat: 'Getroffen: Checkout en Payments API'.
affected-line = Getroffen: { $components }
# De link aan het eind van de e-mail: 'Volg deze storing: https://…'.
follow-line = Volg deze storing: { $url }
# Een sms of bericht: 'Acme Status: Kaartbetalingen mislukken — Oorzaak gevonden.' ($dash is
# ' - ' in een sms, waarvan het alfabet het lange streepje mist, en ' — ' elders).
short-head-with-site = { $site }: { $title }{ $dash }{ $status }.
# Hetzelfde zonder de naam van de site: 'Oorzaak gevonden: Kaartbetalingen mislukken.' ($stop is de
# punt, of niets na een titel die met '…' is ingekort).
short-head = { $status }: { $title }{ $stop }
# Slacks regel onder de titel: 'Groot · 23 nov 2026, 15:28 GMT · betreft Checkout'.
slack-facts = { $impact } · { $when } · { $open ->
    [yes] betreft
   *[no] betrof
} { $components }

## Meldingen: chat-, e-mail- en webhookberichten, in de taal van de site

# Een label voor de componenten waar een bericht over gaat, in chatkaarten: 'Getroffen'.
notify-affected = Getroffen
# Een label voor het toegezegde tijdstip, in chatkaarten: 'Volgende update uiterlijk'.
notify-next-update-label = Volgende update uiterlijk
# Vetgedrukt in chatberichten: 'Volgende update uiterlijk 16:30 GMT morgen (wo 2 dec)'.
notify-next-update = Volgende update uiterlijk { $when }
# Een label voor wie de update ondertekende, in de kaart van Teams.
notify-signed = Ondertekend
# Een label voor de status en het tijdstip van de update, in de kaart van Discord.
notify-status = Status
# De link na tekst die is ingekort voor het kanaal.
notify-read-full = Lees de volledige update
# De link na tekst die volledig is.
notify-follow = Volg deze storing
# De weggelaten componenten als de lijst niet past: 'Checkout, Zoeken en nog 12'.
notify-more-components = nog { $count }
# Wat het bericht van excuses is.
notify-apology = Onze excuses
# Wat het bericht van een evaluatie na de storing is.
notify-review = Evaluatie na de storing
# Wat een herinnering voor onderhoud is.
notify-reminder = Herinnering: onderhoud begint binnenkort
# De tekst van de herinnering: 'Het geplande onderhoud begint om 02:00 GMT morgen (do 3 dec) en
# is naar verwachting uiterlijk 04:00 GMT vandaag klaar.'
notify-reminder-body = Het geplande onderhoud begint om { $from } en is naar verwachting uiterlijk { $until } klaar.
# Een compensatie in het excuusbericht: '- 10% tegoed: alle klanten (automatisch, u hoeft niets te doen)'.
notify-remedy-line = - { $offer }: { $eligible } ({ $how }{ $when })
notify-remedy-automatic = automatisch, u hoeft niets te doen
notify-remedy-claim-at = aanvragen via <{ $url }>
# `candor notify --test`: de titel, het label en de tekst van het testbericht.
notify-test-title = Testbericht van { $site }
notify-test-label = Test
notify-test-body = Dit is een test van het doel `{ $target }`, verstuurd met `candor notify --test`. Updates over { $site } komen hier net zo binnen als deze.
# De link aan het eind van een e-mail: 'Lees het op de statuspagina: https://…' (tekstdeel) en
# de woorden van de link (HTML-deel).
email-read-line = Lees het op de statuspagina: { $url }
email-read = Lees het op de statuspagina
# De afmeldlink onderaan een e-mail: 'Afmelden: https://…' en de woorden ervan.
email-unsubscribe-line = Afmelden: { $url }
email-unsubscribe = Afmelden
# Hoe een schermlezer het artikel van de e-mail noemt (aria-roledescription).
email-role = e-mail

## Relatieve tijden: naast een absoluut tijdstip, op het moment van bouwen ('12 minuten geleden', 'over 25 minuten').
## Het live-script zegt hetzelfde met Intl.RelativeTimeFormat van de browser: houd de lange vormen
## van CLDR aan, zodat een pagina met en zonder JavaScript hetzelfde leest.

# Minder dan een minuut, in beide richtingen.
relative-now = nu
relative-minutes-ago = { $count ->
    [one] { $count } minuut geleden
   *[other] { $count } minuten geleden
}
relative-in-minutes = { $count ->
    [one] over { $count } minuut
   *[other] over { $count } minuten
}
relative-hours-ago = { $count ->
    [one] { $count } uur geleden
   *[other] { $count } uur geleden
}
relative-in-hours = { $count ->
    [one] over { $count } uur
   *[other] over { $count } uur
}
relative-days-ago = { $count ->
    [one] { $count } dag geleden
   *[other] { $count } dagen geleden
}
relative-in-days = { $count ->
    [one] over { $count } dag
   *[other] over { $count } dagen
}

## Embed (embed.html): de status in een klein kader op de eigen pagina van een klant

# De documenttitel van het kader: 'Acme Status: Alle systemen operationeel'.
embed-title = { $site }: { $state }
# Lopend onderhoud, na de titel: 'Onderhoud: Bezig'.
embed-maintenance = Onderhoud: { $status }
# De titel van het kader in de code die de pagina 'Updates ontvangen' aanbiedt (schermlezers lezen hem voor):
# 'Huidige status van Acme Status'.
embed-frame-title = Huidige status van { $site }
# De link naar de storingen waarvoor het kader geen ruimte heeft.
embed-more = Nog { $count } op de statuspagina
# Wanneer het kader is gemaakt: 'Stand van 23 nov 2026, 15:45 GMT'.
embed-as-of = Stand van { $time }

## Updates ontvangen (subscribe/index.html): alle manieren om de site te volgen. Een zin rond een
## link bestaat uit twee berichten, ervoor en erna ('-after').

# De titel van de pagina: 'Updates ontvangen · Acme Status'.
subscribe-page-title = Updates ontvangen · { $site }
# Ook de link van de embed en van elke pagina naar deze pagina.
subscribe-title = Updates ontvangen
# De metabeschrijving van de pagina; $email is 'yes' als de site aanmelding per e-mail heeft.
subscribe-description = Alle manieren om te horen over storingen en onderhoud bij { $site }: { $email ->
    [yes] feeds, agenda, e-mail, een embed voor uw eigen site en een API.
   *[no] feeds, agenda, een embed voor uw eigen site en een API.
}
subscribe-intro = U hoeft deze pagina niet open te houden. Kies een van deze manieren om van ons te horen als er iets misgaat, als het is opgelost en voor gepland onderhoud.
subscribe-email-heading = Per e-mail
# 'Schrijf naar <status@acme.example> om elke update per e-mail te ontvangen.'
subscribe-email-write-to = Schrijf naar
subscribe-email-write-to-after = om elke update per e-mail te ontvangen.
# '<Meld u aan voor e-mailupdates> om elke update in uw inbox te ontvangen.'
subscribe-email-sign-up = Meld u aan voor e-mailupdates
subscribe-email-sign-up-after = om elke update in uw inbox te ontvangen.
subscribe-feeds-heading = In een feedlezer
subscribe-feeds-intro = Een feed ontvangt elke update zodra we die publiceren. Voeg een van deze adressen toe aan uw feedlezer (of aan Slack of Teams, die feeds kunnen volgen):
subscribe-feed-atom = Atom-feed van elke update
subscribe-feed-rss = RSS-feed van elke update
subscribe-feed-json = JSON Feed van elke update
subscribe-component-feeds-heading = Alleen de diensten die u gebruikt
subscribe-component-feeds-intro = Elke dienst heeft eigen feeds, met alleen de storingen die de dienst raken.
subscribe-component-atom = Atom-feed voor { $component }
subscribe-component-rss = RSS-feed voor { $component }
subscribe-calendar-heading = In uw agenda
subscribe-calendar-intro = Gepland onderhoud verschijnt in uw agenda en blijft actueel.
# '<Abonneer op de onderhoudsagenda> (opent uw agenda-app)'.
subscribe-calendar-subscribe = Abonneer op de onderhoudsagenda
subscribe-calendar-subscribe-after = (opent uw agenda-app)
# 'Als uw agenda-app om een adres vraagt, gebruik dan <het bestand van de onderhoudsagenda>: webcal://…'.
subscribe-calendar-address = Als uw agenda-app om een adres vraagt, gebruik dan
subscribe-calendar-file = het bestand van de onderhoudsagenda
subscribe-embed-heading = Op uw eigen site
# De regel voor de code van de embed, die zegt wat het is.
subscribe-embed-intro = Toon de huidige status op uw eigen pagina of intranet. Kopieer deze code naar uw pagina:
# 'Het toont … met een link hierheen. <Bekijk hoe de embed eruitziet>.'
subscribe-embed-what = Het toont de status en elke lopende storing, met een link hierheen.
subscribe-embed-see = Bekijk hoe de embed eruitziet
# Voor de CSS om toe te voegen, `color-scheme: light`, daarna als code getoond.
subscribe-embed-scheme = Het heeft geen eigen achtergrond en neemt de lichte of donkere kleuren van uw pagina over. Is uw pagina altijd licht en staat dat niet in de CSS, voeg dan dit toe aan de stijl van het iframe:
subscribe-api-heading = Voor ontwikkelaars
subscribe-api-intro = Onze status wordt ook als JSON gepubliceerd, in hetzelfde formaat als de openbare API van Atlassian Statuspage, zodat tools die Statuspage lezen hem ongewijzigd kunnen lezen:
subscribe-api-summary = Samenvatting: status, diensten en lopende storingen
subscribe-api-status = Alleen de algemene status
subscribe-api-incidents = Recente storingen
subscribe-api-upcoming = Gepland onderhoud

## Sites in more than one language

# The language's name in itself, as the language switcher shows it.
language-name = Nederlands
# The label of the language switcher.
nav-languages = Talen
# Above a text the site has not translated into this page's language; $language is the name
# (in itself) of the language it is shown in.
untranslated = Alleen beschikbaar in de oorspronkelijke taal: { $language }.
