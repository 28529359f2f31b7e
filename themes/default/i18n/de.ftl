### Die Texte von candor auf Deutsch: jeder Satz, den Kunden auf den Seiten, in den Feeds,
### im Prosatext der API, im Badge, im Kalender, im Embed, in Ankündigungen und Benachrichtigungen lesen.
### Datum, Uhrzeit, Listen und Zahlen kommen aus CLDR: eine Nachricht setzt sie nur ein.
### Ein Theme überschreibt jede Nachricht in themes/<name>/i18n/<language>.ftl.

## Zeiten

# Eine Uhrzeit mit Zeitzone: „09:20 GMT“.
time-zoned = { $time } { $zone }
# Datum und Uhrzeit (mit Zeitzone): „20.11.2026, 09:20 GMT“.
date-and-time = { $date }, { $time }
# Eine Uhrzeit und ihr Tag von heute aus gesehen: „14:30 GMT morgen (Mi., 2. Dez.)“ (die Seiten setzen Uhrzeit und Tag in dieser Reihenfolge).
time-on-day = { $time } { $day }
day-today = heute
day-tomorrow = morgen ({ $date })
day-yesterday = gestern ({ $date })
day-on = am { $date }

## Dauer: „2 Std. 28 Min.“, „3 Tage 4 Std.“

duration-days = { $count ->
    [one] { $count } Tag
   *[other] { $count } Tage
}
duration-hours = { $count } Std.
duration-minutes = { $count } Min.
duration-two-parts = { $first } { $second }
duration-under-a-minute = unter einer Minute
# Wie spät ein zugesagtes Update ist, unter einer Stunde: „12 Minuten“.
late-minutes = { $count ->
    [one] { $count } Minute
   *[other] { $count } Minuten
}

## Sätze und Listen

# Ein Satzteil als Satz: „Wir haben 7 Updates zugesagt …“.
sentence = { $clause }.
# „Priya Raman, Leiterin Support“.
person-with-role = { $name }, { $role }

## Statuswörter. Die Werte sind die der Vorfalldateien (docs/format.md).

kind-incident = Störung
kind-maintenance = Wartung
impact-none = Keine Auswirkung
impact-minor = Gering
impact-major = Erheblich
impact-critical = Kritisch
# „Eingestufte Auswirkung: erheblich“.
declared-impact = Eingestufte Auswirkung: { $impact ->
    [minor] gering
    [major] erheblich
    [critical] kritisch
   *[none] keine
}
status-investigating = Wird untersucht
status-identified = Ursache gefunden
status-monitoring = Wird beobachtet
status-resolved = Behoben
status-scheduled = Geplant
status-in_progress = In Arbeit
status-verifying = Wird überprüft
status-completed = Abgeschlossen
# Ein Update, das eine behobene Störung wieder eröffnet: „Wieder eröffnet: Wird untersucht“.
update-reopened = Wieder eröffnet: { $status }
# Wartung, für die das Zeitfenster spricht, noch ohne Update.
phase-as-scheduled = Läuft wie geplant
phase-unconfirmed = Abschluss nicht bestätigt
window-note-as-scheduled = Das Wartungsfenster hat um { $opened } begonnen; die Arbeiten laufen wie geplant.
window-note-unconfirmed = Das Wartungsfenster hat um { $closed } geendet; der Abschluss der Arbeiten ist noch nicht bestätigt.
# Der Zustand einer Komponente, für sich (ein Badge auf der Seite).
state-operational = Betriebsbereit
state-under_maintenance = In Wartung
state-degraded_performance = Eingeschränkte Leistung
state-partial_outage = Teilausfall
state-major_outage = Schwerer Ausfall
# Dasselbe im Satz: „schwerer Ausfall für 1 Std. 44 Min.“.
state-operational-in-text = betriebsbereit
state-under_maintenance-in-text = in Wartung
state-degraded_performance-in-text = eingeschränkte Leistung
state-partial_outage-in-text = Teilausfall
state-major_outage-in-text = schwerer Ausfall
state-for = { $state } für { $duration }
# „Checkout: schwerer Ausfall für 1 Std. 44 Min. und Teilausfall für 20 Min.“.
component-states = { $component }: { $states }
how-automatic = Automatisch
how-claim = Auf Antrag

## Der Zustand der Website, wie ihn das Banner und candor_description der API sagen

indicator-operational = Alle Systeme betriebsbereit
indicator-major-outage = Schwerer Systemausfall
indicator-partial-outage = Teilweiser Systemausfall
indicator-degraded = Eingeschränkte Leistung
indicator-investigating = Wir untersuchen ein Problem
indicator-maintenance = Wartungsarbeiten laufen
indicator-monitoring = Betriebsbereit, Lösung wird beobachtet

## Das Badge (badge.svg): die linke Hälfte, dann der Zustand in wenigen Worten

badge-label = Status
badge-operational = betriebsbereit
badge-major-outage = schwerer Ausfall
badge-partial-outage = Teilausfall
badge-degraded = eingeschränkt
badge-investigating = Problem in Prüfung
badge-maintenance = Wartung
badge-monitoring = betriebsbereit, unter Beobachtung

## Wie lange eine Störung dauerte, mit dem, was gemessen wird

open-for = { $duration } lang offen
open-for-span = von der ersten Meldung bis zur Behebung
open-for-so-far = bisher { $duration } offen
open-for-so-far-span = seit der ersten Meldung
work-took = Arbeiten dauerten { $duration }
work-took-span = vom Beginn bis zum Abschluss
work-so-far = Arbeiten laufen bisher { $duration }
work-so-far-span = seit ihrem Beginn

## Verfügbarkeit, in Worten neben dem Prozentwert

outage-major = { $duration } schwerer Ausfall
outage-partial = { $duration } Teilausfall
outage-none = kein Ausfall
incidents-in-days = { $count ->
    [0] keine Störungen in { $days } Tagen
    [one] { $count } Störung in { $days } Tagen
   *[other] { $count } Störungen in { $days } Tagen
}
day-no-incidents = keine Störungen
# Ein Tag der Verfügbarkeitsbalken als Text: „20.11.2026: schwerer Ausfall für 4 Std. 28 Min.“.
day-label = { $date }: { $summary }

## Zusagen für das nächste Update, eingehalten und gebrochen

next-update-by = Nächstes Update bis { $when }.
promise-came-late = Dieses Update kam { $late } zu spät: Wir hatten es bis { $by } zugesagt.
promise-kept = Zugesagt bis { $by }: eingehalten.
# Die Bilanz der Zusagen als Satzteil („wir haben 7 Updates zu einem festen Zeitpunkt zugesagt und 6 pünktlich geliefert“).
ledger-all-kept = { $judged ->
    [1] wir haben ein Update zu einem festen Zeitpunkt zugesagt und es pünktlich geliefert
    [2] wir haben 2 Updates zu einem festen Zeitpunkt zugesagt und beide pünktlich geliefert
   *[other] wir haben { $judged } Updates zu einem festen Zeitpunkt zugesagt und alle { $judged } pünktlich geliefert
}
ledger-the-one-late = wir haben 1 Update zu einem festen Zeitpunkt zugesagt; es kam { $late } zu spät
ledger-the-one-overdue = wir haben 1 Update zu einem festen Zeitpunkt zugesagt; es ist seit { $late } überfällig
ledger-some-late = wir haben { $judged } Updates zu einem festen Zeitpunkt zugesagt und { $kept ->
    [0] keines davon pünktlich
   *[other] { $kept } davon pünktlich
} geliefert; { $missed ->
    [one] eines kam { $late } zu spät
   *[other] { $missed } kamen zu spät, das späteste um { $late }
}
ledger-some-overdue = wir haben { $judged } Updates zu einem festen Zeitpunkt zugesagt und { $kept ->
    [0] keines davon pünktlich
   *[other] { $kept } davon pünktlich
} geliefert; { $overdue ->
    [one] eines ist
   *[other] { $overdue } sind
} überfällig, bisher um { $late }

## Entschuldigungen und Wiedergutmachung

making-it-right = So machen wir es wieder gut:
claim-by-email = Stellen Sie Ihren Antrag per E-Mail an { $address }
claim-on = Stellen Sie Ihren Antrag auf { $host }
remedy-automatic = automatisch
remedy-claim-at = Antrag unter { $link }
remedy-issued-on = , gewährt am { $date }
remedy-by = , bis { $date }
# „10 % Gutschrift – alle Kunden (automatisch, bis 31. Dezember 2026)“.
remedy-line = { $offer } – { $eligible } ({ $how }{ $when })

## Feeds

feed-description = Störungen und Wartungen bei { $site }
feed-component-title = { $component } – { $site }
feed-component-description = Störungen und Wartungen, die { $component } betreffen
entry-update-title = { $status } – { $title }
entry-apology-title = Unsere Entschuldigung – { $title }
entry-review-title = Nachbetrachtung – { $title }
full-timeline = Vollständiger Verlauf

## Der Wartungskalender (maintenance.ics)

calendar-name = { $site } – geplante Wartungen
calendar-summary = Wartung: { $title }
calendar-facts = { $open ->
    [yes] Betrifft
   *[no] Betraf
}: { $affects }
    Status: { $status }
    Verantwortlich: { $responsible }

## Jede Seite: Titel, Navigation, Fußzeile

# Der <title> einer Seite: „Kartenzahlungen schlagen fehl · Acme Status“.
page-title = { $page } · { $site }
# Die Beschreibung der Startseite für Suchmaschinen und Link-Vorschauen.
site-description = { $status }. { $about }
# Der Linktitel eines Feeds: „Acme Status (Atom)“, und für eine Komponente „Suche · Acme Status (Atom)“.
feed-link-title-site = { $site } ({ $format })
feed-link-title = { $page } · { $site } ({ $format })
skip-to-content = Zum Inhalt springen
nav-site = Website
nav-current-status = Aktueller Status
nav-history = Verlauf
nav-get-updates = Updates erhalten
nav-breadcrumb = Brotkrümelnavigation
nav-years = Jahre
crumb-status = Status
footer-feeds = Verfolgen Sie jedes Update in einem Feedreader:
footer-more-ways = Weitere Möglichkeiten, Updates zu erhalten.
footer-times = Zeiten in { $zone }, mit der Zeitzone nach jeder Uhrzeit. Stand der Seite: { $built }.
footer-contact = Fragen? Wenden Sie sich an { $contact }.
footer-help-pages = Unsere Hilfeseiten
# Zwischen Einträgen, die die Seite nacheinander aufführt („Checkout, Public API“).
list-separator = {", "}
full-stop = {"."}
# Zwischen Gruppen, die selbst schon Kommas enthalten.
list-separator-strong = {"; "}
# Die Ortszeit des Lesers, vom Skript der Seite ergänzt: „(10:20 MEZ morgen (Mi., 2. Dez.), Ihre Ortszeit)“.
your-time = ({ $time } { $day }, Ihre Ortszeit)

## Die Statusseite

as-of = Stand: { $time }.
ongoing-count = { $count ->
    [one] { $count } laufende Störung.
   *[other] { $count } laufende Störungen.
}
ongoing-incidents = Laufende Störungen
more-ongoing-in-history = { $count ->
    [one] { $count } weitere laufende Störung finden Sie im Verlauf.
   *[other] { $count } weitere laufende Störungen finden Sie im Verlauf.
}
maintenance-in-progress = Laufende Wartung
more-in-progress-in-history = { $count ->
    [one] { $count } weitere laufende Wartung finden Sie im Verlauf.
   *[other] { $count } weitere laufende Wartungen finden Sie im Verlauf.
}
components-heading = Komponenten
uptime-hint = Verfügbarkeit der letzten { $days } Tage. Jeder Balken ist ein Tag, der älteste links; ein Balken in voller Höhe ist ein Tag mit einem Problem, das auf der Seite der Komponente in Worten aufgeführt ist.
# „99,97 % Verfügbarkeit“: $uptime ist bereits in den Ziffern der Sprache geschrieben.
uptime-percent = { $uptime } % Verfügbarkeit
for-component = für { $component }
scheduled-maintenance = Geplante Wartungen
more-scheduled = { $count ->
    [one] { $count } weitere geplante Wartung finden Sie im Verlauf und im Kalender:
   *[other] { $count } weitere geplante Wartungen finden Sie im Verlauf und im Kalender:
}
the-calendar = Kalender
our-apologies = Unsere Entschuldigungen
apology-row = { $title }: ein Brief von { $author }
making-it-right-row = wie wir es wieder gutmachen
more-apologies-in-history = { $count ->
    [one] { $count } weitere aus den letzten { $days } Tagen finden Sie im Verlauf.
   *[other] { $count } weitere aus den letzten { $days } Tagen finden Sie im Verlauf.
}
recent-incidents = Letzte Störungen
no-recent-incidents = In den letzten { $days } Tagen wurden keine Störungen behoben.
full-incident-history = Vollständiger Störungsverlauf
row-our-apology = unsere Entschuldigung

## Eine Störung: zuerst die Fakten, dann die Updates

fact-status = Status
fact-affects = { $tense ->
    [present] Betrifft
   *[past] Betraf
}
fact-state-now = Aktueller Zustand
fact-next-update = Nächstes Update
fact-accountable = Verantwortlich
fact-who-accountable = { $tense ->
    [present] Wer verantwortlich ist
   *[past] Wer verantwortlich war
}
# „Minter Dial, Head of Customer Care ist für diese Störung verantwortlich, bis sie behoben ist.“
owner-until = { $tense ->
    [present] { $owner } ist für diese { $kind ->
        [maintenance] Wartung verantwortlich, bis sie abgeschlossen ist
       *[incident] Störung verantwortlich, bis sie behoben ist
    }
   *[past] { $owner } war für diese { $kind ->
        [maintenance] Wartung verantwortlich, bis sie abgeschlossen war
       *[incident] Störung verantwortlich, bis sie behoben war
    }
}.
fact-workaround = Umgehungslösung
fact-window = Zeitfenster
fact-started = Beginn
fact-ended = { $kind ->
    [maintenance] Abgeschlossen
   *[incident] Behoben
}
fact-how-long = Dauer
# „2 Std. lang offen, von der ersten Meldung bis zur Behebung“.
how-long = { $duration }, { $span }
fact-time-in-states = { $open ->
    [true] Dauer je Zustand bisher
   *[false] Dauer je Zustand
}
# Eine Komponente und ihr Zustand: „Checkout: Schwerer Ausfall“.
component-in-state = { $component }: { $state }
since = seit { $time }
window-from-to = { $from } bis { $until }
window-from-to-length = { $from } bis { $until } ({ $length })
badge-scheduled-maintenance = Geplante Wartung
# Die Zusage einer offenen Störung: „Nächstes Update bis 16:30 GMT heute – Priya Raman“.
promise-next = Nächstes Update bis { $when } – { $author }
promise-overdue = Dieses Update ist { $late } überfällig. Wir hatten es bis { $when } zugesagt – { $author }.
promise-none = Für das nächste Update wurde noch keine Zeit genannt.
read-our-apology = { $remedies ->
    [0] Lesen Sie unsere Entschuldigung von { $author }.
   *[other] Lesen Sie unsere Entschuldigung von { $author } und wie wir es wieder gutmachen.
}
updates-heading = Updates
changes-label = Zustand der Komponenten laut diesem Update
# Unter einem Update: die Zusage, die es machte, und was daraus wurde.
promised-next = Nächstes Update zugesagt bis { $when }{ $outcome ->
    [kept] : eingehalten.
    [missed] : kam { $late } zu spät.
    [overdue] : jetzt { $late } überfällig.
   *[pending] .
}
review-heading = Nachbetrachtung
published-at = Veröffentlicht { $time }
incident-description = { $status }: { $summary }

## Die Entschuldigungsseite

apology-title = Unsere Entschuldigung: { $title }
apology-description = Ein Brief von { $author } zu { $title } und wie wir es wieder gutmachen.
apology-heading = Es tut uns leid: { $title }
apology-about = { $resolved ->
    [true] zur Störung vom { $started }
   *[false] zur laufenden Störung
}
what-you-get = Was Sie erhalten
who-qualifies = Wer berechtigt ist
how-you-get-it = Wie Sie es erhalten
claims-closed-on = Anträge waren bis { $date } möglich
claim-directly = Beantragen Sie es direkt bei uns
automatic-nothing-to-do = Automatisch – Sie müssen nichts tun
deadline = Frist
deadline-by = { $how ->
    [claim] Beantragen bis { $date }
   *[automatic] Einlösbar bis { $date }
}
issued-on = Gewährt am { $date }
letter-from = Ein Brief von { $author }
what-happened = Was geschah, Update für Update

## Der Verlauf

history-of = Verlauf { $period }
incident-history = Störungsverlauf
incident-history-of = Störungsverlauf: { $period }
keeping-our-word = Unsere Zusagen der letzten { $days } Tage: { $clause }.
all-of-year = Das ganze Jahr { $year }
all-from-month = Alle { $count } aus { $month }
no-incidents-yet = Bisher keine Störungen.

## Die Seite einer Komponente

component-description = { $component }: { $state }. { $uptime } % Verfügbarkeit in { $days } Tagen: { $outage }, { $incidents }.
state-now = Jetzt: { $state }
the-last-days = Die letzten { $days } Tage
days-with-incidents = { $count ->
    [one] { $count } Tag mit Störungen; an allen anderen Tagen gab es keine.
   *[other] { $count } Tage mit Störungen; an allen anderen Tagen gab es keine.
}
col-day = Tag
col-what-happened = Was geschah
full-history = Vollständiger Verlauf
none-yet = Bisher keine.
follow-component = { $component } verfolgen
feeds-of-its-incidents = Feeds ihrer Störungen:
badge-of-its-state = Ein Badge ihres Zustands:

## Die Seite für eine Adresse ohne Seite (404)

not-found = Seite nicht gefunden
not-found-text = Unter dieser Adresse gibt es keine Seite.
not-found-status-link = Der aktuelle Status aller Dienste
not-found-history-link = Frühere Störungen im Verlauf

## Ankündigen (`candor announce`): Text zum Versand per E-Mail, SMS, Social-Media-Beitrag oder Slack

# Die Betreffzeile nach „Subject: “: „[Ursache gefunden] Kartenzahlungen schlagen fehl“.
announce-subject = [{ $status }] { $title }
# Die erste Zeile der E-Mail: „Ursache gefunden – 23.11.2026, 15:28 GMT“.
announce-heading = { $status } – { $when }
# Die betroffenen Komponenten: „Betroffen: Checkout und Payments API“.
affected-line = Betroffen: { $components }
# Der Link am Ende der E-Mail: „Diese Störung verfolgen: https://…“.
follow-line = Diese Störung verfolgen: { $url }
# Eine SMS oder ein Beitrag: „Acme Status: Kartenzahlungen schlagen fehl – Ursache gefunden.“ ($dash ist
# „ - “ in einer SMS, deren Alphabet den langen Strich nicht kennt, sonst „ — “).
short-head-with-site = { $site }: { $title }{ $dash }{ $status }.
# Dasselbe ohne den Namen der Website: „Ursache gefunden: Kartenzahlungen schlagen fehl.“ ($stop ist der
# Punkt, oder nichts nach einem mit „…“ gekürzten Titel).
short-head = { $status }: { $title }{ $stop }
# Slacks Zeile unter dem Titel: „Erheblich · 23.11.2026, 15:28 GMT · betrifft Checkout“.
slack-facts = { $impact } · { $when } · { $open ->
    [yes] betrifft
   *[no] betraf
} { $components }

## Benachrichtigungen: Chat-, E-Mail- und Webhook-Nachrichten in der Sprache der Website

# Eine Beschriftung vor den betroffenen Komponenten in Chat-Karten: „Betroffen“.
notify-affected = Betroffen
# Eine Beschriftung vor der zugesagten Zeit in Chat-Karten: „Nächstes Update bis“.
notify-next-update-label = Nächstes Update bis
# Fett in Chat-Nachrichten: „Nächstes Update bis 16:30 GMT morgen (Mi., 2. Dez.)“.
notify-next-update = Nächstes Update bis { $when }
# Eine Beschriftung vor dem Unterzeichner des Updates, in der Teams-Karte.
notify-signed = Unterzeichnet
# Eine Beschriftung vor Status und Zeit des Updates, in der Discord-Karte.
notify-status = Status
# Der Link nach Text, der für den Kanal gekürzt wurde.
notify-read-full = Vollständiges Update lesen
# Der Link nach vollständigem Text.
notify-follow = Diese Störung verfolgen
# Die ausgelassenen Komponenten, wenn die Liste nicht passt: „Checkout, Suche und 12 weitere“.
notify-more-components = { $count } weitere
# Was die Nachricht einer Entschuldigung ist.
notify-apology = Unsere Entschuldigung
# Was die Nachricht einer Nachbetrachtung ist.
notify-review = Nachbetrachtung
# Was eine Erinnerung vor einer Wartung ist.
notify-reminder = Erinnerung: Wartung beginnt in Kürze
# Der Text der Erinnerung: „Beginn der geplanten Wartung: 02:00 GMT morgen (Do., 3. Dez.);
# voraussichtliches Ende: spätestens 04:00 GMT heute.“
notify-reminder-body = Beginn der geplanten Wartung: { $from }; voraussichtliches Ende: spätestens { $until }.
# Eine Wiedergutmachung in der Nachricht einer Entschuldigung: „- 10 % Gutschrift: alle Kunden (automatisch, Sie müssen nichts tun)“.
notify-remedy-line = - { $offer }: { $eligible } ({ $how }{ $when })
notify-remedy-automatic = automatisch, Sie müssen nichts tun
notify-remedy-claim-at = Antrag unter <{ $url }>
# `candor notify --test`: Titel, Beschriftung und Text der Testnachricht.
notify-test-title = Testnachricht von { $site }
notify-test-label = Test
notify-test-body = Dies ist ein Test des Ziels `{ $target }`, gesendet mit `candor notify --test`. Updates zu { $site } kommen hier so an wie diese Nachricht.
# Der Link am Ende einer E-Mail: „Auf der Statusseite lesen: https://…“ (Textteil) und
# die Worte des Links (HTML-Teil).
email-read-line = Auf der Statusseite lesen: { $url }
email-read = Auf der Statusseite lesen
# Der Abmeldelink am Fuß einer E-Mail: „Abmelden: https://…“ und seine Worte.
email-unsubscribe-line = Abmelden: { $url }
email-unsubscribe = Abmelden
# Wie ein Screenreader den Artikel der E-Mail nennt (aria-roledescription).
email-role = E-Mail

## Relative Zeiten: neben einer absoluten Zeit, zum Zeitpunkt der Erstellung („vor 12 Minuten“, „in 25 Minuten“).
## Das Live-Skript sagt dasselbe mit Intl.RelativeTimeFormat des Browsers: so wie die langen Formen
## von CLDR, damit eine Seite mit und ohne JavaScript gleich lautet.

# Weniger als eine Minute in beide Richtungen.
relative-now = jetzt
relative-minutes-ago = { $count ->
    [one] vor { $count } Minute
   *[other] vor { $count } Minuten
}
relative-in-minutes = { $count ->
    [one] in { $count } Minute
   *[other] in { $count } Minuten
}
relative-hours-ago = { $count ->
    [one] vor { $count } Stunde
   *[other] vor { $count } Stunden
}
relative-in-hours = { $count ->
    [one] in { $count } Stunde
   *[other] in { $count } Stunden
}
relative-days-ago = { $count ->
    [one] vor { $count } Tag
   *[other] vor { $count } Tagen
}
relative-in-days = { $count ->
    [one] in { $count } Tag
   *[other] in { $count } Tagen
}

## Embed (embed.html): der Status in einem kleinen Rahmen auf der Seite eines Kunden

# Der Dokumenttitel des Rahmens: „Acme Status: Alle Systeme betriebsbereit“.
embed-title = { $site }: { $state }
# Eine laufende Wartung, nach ihrem Titel: „Wartung: In Arbeit“.
embed-maintenance = Wartung: { $status }
# Der Titel des Rahmens im Code, den die Seite „Updates erhalten“ anbietet (Screenreader lesen ihn vor):
# „Aktueller Status von Acme Status“.
embed-frame-title = Aktueller Status von { $site }
# Der Link zu den Störungen, für die im Rahmen kein Platz ist.
embed-more = { $count } weitere auf der Statusseite
# Wann der Rahmen erstellt wurde: „Stand: 23.11.2026, 15:45 GMT“.
embed-as-of = Stand: { $time }

## Updates erhalten (subscribe/index.html): alle Wege, der Website zu folgen. Ein Satz um einen
## Link besteht aus zwei Nachrichten, davor und danach („-after“).

# Der Titel der Seite: „Updates erhalten · Acme Status“.
subscribe-page-title = Updates erhalten · { $site }
# Auch der Link des Embeds und jeder Seite auf diese Seite.
subscribe-title = Updates erhalten
# Die Meta-Beschreibung der Seite; $email ist „yes“, wenn die Website eine E-Mail-Anmeldung hat.
subscribe-description = Alle Wege, von Störungen und Wartungen bei { $site } zu erfahren: { $email ->
    [yes] Feeds, Kalender, E-Mail, ein Embed für Ihre eigene Website und eine API.
   *[no] Feeds, Kalender, ein Embed für Ihre eigene Website und eine API.
}
subscribe-intro = Sie müssen diese Seite nicht geöffnet lassen. Wählen Sie einen dieser Wege, um von uns zu hören, wenn etwas nicht funktioniert, wenn es behoben ist und vor geplanten Wartungen.
subscribe-email-heading = Per E-Mail
# „Schreiben Sie an <status@acme.example> und erhalten Sie jedes Update per E-Mail.“
subscribe-email-write-to = Schreiben Sie an
subscribe-email-write-to-after = und erhalten Sie jedes Update per E-Mail.
# „<Für E-Mail-Updates anmelden> und jedes Update direkt im Postfach erhalten.“
subscribe-email-sign-up = Für E-Mail-Updates anmelden
subscribe-email-sign-up-after = und jedes Update direkt im Postfach erhalten.
subscribe-feeds-heading = In einem Feedreader
subscribe-feeds-intro = Ein Feed erhält jedes Update, sobald wir es veröffentlichen. Fügen Sie eine dieser Adressen Ihrem Feedreader hinzu (oder Slack oder Teams, die Feeds folgen können):
subscribe-feed-atom = Atom-Feed aller Updates
subscribe-feed-rss = RSS-Feed aller Updates
subscribe-feed-json = JSON Feed aller Updates
subscribe-component-feeds-heading = Nur die Dienste, die Sie nutzen
subscribe-component-feeds-intro = Jeder Dienst hat eigene Feeds, nur mit den Störungen, die ihn betreffen.
subscribe-component-atom = Atom-Feed für { $component }
subscribe-component-rss = RSS-Feed für { $component }
subscribe-calendar-heading = In Ihrem Kalender
subscribe-calendar-intro = Geplante Wartungen erscheinen in Ihrem Kalender und bleiben aktuell.
# „<Wartungskalender abonnieren> (öffnet Ihre Kalender-App)“.
subscribe-calendar-subscribe = Wartungskalender abonnieren
subscribe-calendar-subscribe-after = (öffnet Ihre Kalender-App)
# „Wenn Ihre Kalender-App nach einer Adresse fragt, verwenden Sie <die Datei des Wartungskalenders>: webcal://…“.
subscribe-calendar-address = Wenn Ihre Kalender-App nach einer Adresse fragt, verwenden Sie
subscribe-calendar-file = die Datei des Wartungskalenders
subscribe-embed-heading = Auf Ihrer eigenen Website
# Die Zeile vor dem Code des Embeds, die sagt, was er ist.
subscribe-embed-intro = Zeigen Sie den aktuellen Status auf Ihrer eigenen Seite oder im Intranet. Kopieren Sie diesen Code in Ihre Seite:
# „Es zeigt … mit einem Link hierher. <So sieht das Embed aus>.“
subscribe-embed-what = Es zeigt den Status und jede laufende Störung, mit einem Link hierher.
subscribe-embed-see = So sieht das Embed aus
# Vor dem CSS, das ergänzt werden soll, `color-scheme: light`, danach als Code gezeigt.
subscribe-embed-scheme = Es hat keinen eigenen Hintergrund und übernimmt die hellen oder dunklen Farben Ihrer Seite. Wenn Ihre Seite immer hell ist und das nicht in ihrem CSS angibt, ergänzen Sie dies im Stil des iframes:
subscribe-api-heading = Für Entwickler
subscribe-api-intro = Unser Status wird auch als JSON im selben Format wie die öffentliche API von Atlassian Statuspage veröffentlicht, sodass Tools, die Statuspage lesen, ihn unverändert lesen:
subscribe-api-summary = Zusammenfassung: Status, Dienste und offene Störungen
subscribe-api-status = Nur der Gesamtstatus
subscribe-api-incidents = Letzte Störungen
subscribe-api-upcoming = Anstehende Wartungen

## Sites in more than one language

# The language's name in itself, as the language switcher shows it.
language-name = Deutsch
# The label of the language switcher.
nav-languages = Sprachen
# Above a text the site has not translated into this page's language; $language is the name
# (in itself) of the language it is shown in.
untranslated = Nur in der Originalsprache verfügbar: { $language }.
