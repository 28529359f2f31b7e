### Le parole di candor in italiano: ogni frase che un cliente legge nelle pagine, nei feed,
### nei testi dell'API, nel badge, nel calendario, nell'embed, negli annunci e nelle notifiche.
### Date, orari, elenchi e numeri arrivano da CLDR: un messaggio li colloca soltanto.
### Un tema sostituisce qualsiasi messaggio in themes/<nome>/i18n/it.ftl.

## Times

time-zoned = { $time } { $zone }
date-and-time = { $date }, { $time }
time-on-day = { $time } { $day }
day-today = oggi
day-tomorrow = domani, { $date }
day-yesterday = ieri, { $date }
day-on = il { $date }

## Durations: "2 h 28 min", "3 giorni 4 h"

duration-days = { $count ->
    [one] { $count } giorno
   *[other] { $count } giorni
}
duration-hours = { $count } h
duration-minutes = { $count } min
duration-two-parts = { $first } { $second }
duration-under-a-minute = meno di un minuto
late-minutes = { $count ->
    [one] { $count } minuto
   *[other] { $count } minuti
}

## Sentences and lists

sentence = { $clause }.
person-with-role = { $name }, { $role }

## Status words. Values are the ones incident files use (docs/format.md).

kind-incident = Incidente
kind-maintenance = Manutenzione
impact-none = Nessun impatto
impact-minor = Lieve
impact-major = Grave
impact-critical = Critico
declared-impact = Impatto dichiarato: { $impact ->
    [minor] lieve
    [major] grave
    [critical] critico
   *[none] nessuno
}
status-investigating = In analisi
status-identified = Causa individuata
status-monitoring = In monitoraggio
status-resolved = Risolto
status-scheduled = Programmata
status-in_progress = In corso
status-verifying = In verifica
status-completed = Completata
update-reopened = Riaperto: { $status }
phase-as-scheduled = In corso come previsto
phase-unconfirmed = Completamento non confermato
window-note-as-scheduled = La finestra si è aperta alle { $opened }; i lavori sono in corso come previsto.
window-note-unconfirmed = La finestra si è chiusa alle { $closed }; il completamento dei lavori non è ancora stato confermato.
state-operational = Operativo
state-under_maintenance = In manutenzione
state-degraded_performance = Prestazioni ridotte
state-partial_outage = Interruzione parziale
state-major_outage = Interruzione grave
state-operational-in-text = operativo
state-under_maintenance-in-text = in manutenzione
state-degraded_performance-in-text = prestazioni ridotte
state-partial_outage-in-text = interruzione parziale
state-major_outage-in-text = interruzione grave
state-for = { $state } per { $duration }
component-states = { $component }: { $states }
how-automatic = Automatico
how-claim = Su richiesta

## The site's state, as the banner and the API's candor_description say it

indicator-operational = Tutti i sistemi operativi
indicator-major-outage = Interruzione grave dei sistemi
indicator-partial-outage = Interruzione parziale dei sistemi
indicator-degraded = Prestazioni ridotte
indicator-investigating = Problema in analisi
indicator-maintenance = Servizio in manutenzione
indicator-monitoring = Operativo, correzione in monitoraggio

## The badge (badge.svg): its left half, then the state in few words

badge-label = stato
badge-operational = operativo
badge-major-outage = interruzione grave
badge-partial-outage = interruzione parziale
badge-degraded = prestazioni ridotte
badge-investigating = problema in analisi
badge-maintenance = in manutenzione
badge-monitoring = operativo, in monitoraggio

## How long an incident lasted, said with what it measures

open-for = aperto per { $duration }
open-for-span = dalla prima segnalazione alla risoluzione
open-for-so-far = aperto da { $duration }
open-for-so-far-span = dalla prima segnalazione
work-took = i lavori sono durati { $duration }
work-took-span = dall'inizio al completamento
work-so-far = lavori in corso da { $duration }
work-so-far-span = dal loro inizio

## Uptime, in words beside the percentage

outage-major = { $duration } di interruzione grave
outage-partial = { $duration } di interruzione parziale
outage-none = nessuna interruzione
incidents-in-days = { $count ->
    [0] nessun incidente in { $days } giorni
    [one] { $count } incidente in { $days } giorni
   *[other] { $count } incidenti in { $days } giorni
}
day-no-incidents = nessun incidente
day-label = { $date }: { $summary }

## Promises of the next update, kept and broken

next-update-by = Prossimo aggiornamento entro { $when }.
promise-came-late = Questo aggiornamento è arrivato con { $late } di ritardo: lo avevamo promesso entro { $by }.
promise-kept = Promesso entro { $by }: mantenuto.
ledger-all-kept = { $judged ->
    [1] abbiamo promesso un aggiornamento puntuale e l'abbiamo pubblicato
    [2] abbiamo promesso 2 aggiornamenti puntuali e li abbiamo pubblicati entrambi
   *[other] abbiamo promesso { $judged } aggiornamenti puntuali e li abbiamo pubblicati tutti e { $judged }
}
ledger-the-one-late = abbiamo promesso 1 aggiornamento puntuale; è arrivato con { $late } di ritardo
ledger-the-one-overdue = abbiamo promesso 1 aggiornamento puntuale; finora è in ritardo di { $late }
ledger-some-late = abbiamo promesso { $judged } aggiornamenti puntuali e ne abbiamo pubblicati { $kept ->
    [0] nessuno in tempo
   *[other] { $kept } in tempo
}; { $missed ->
    [one] uno è arrivato con { $late } di ritardo
   *[other] { $missed } sono arrivati in ritardo, l'ultimo di { $late }
}
ledger-some-overdue = abbiamo promesso { $judged } aggiornamenti puntuali e ne abbiamo pubblicati { $kept ->
    [0] nessuno in tempo
   *[other] { $kept } in tempo
}; { $overdue ->
    [one] uno è
   *[other] { $overdue } sono
} in ritardo, finora di { $late }

## Apologies and remedies

making-it-right = Come rimediamo:
claim-by-email = Invia la tua richiesta via email a { $address }
claim-on = Invia la tua richiesta su { $host }
remedy-automatic = automatico
remedy-claim-at = richiedilo su { $link }
remedy-issued-on = , emesso il { $date }
remedy-by = , entro il { $date }
remedy-line = { $offer } — { $eligible } ({ $how }{ $when })

## Feeds

feed-description = Incidenti e manutenzioni di { $site }
feed-component-title = { $component } — { $site }
feed-component-description = Incidenti e manutenzioni che riguardano { $component }
entry-update-title = { $status } — { $title }
entry-apology-title = Le nostre scuse — { $title }
entry-review-title = Analisi post-incidente — { $title }
full-timeline = Cronologia completa

## The maintenance calendar (maintenance.ics)

calendar-name = { $site } — manutenzione programmata
calendar-summary = Manutenzione: { $title }
calendar-facts = { $open ->
    [yes] Riguarda
   *[no] Ha riguardato
}: { $affects }
    Stato: { $status }
    Responsabile: { $responsible }

## Every page: title, navigation, footer

page-title = { $page } · { $site }
site-description = { $status }. { $about }
feed-link-title-site = { $site } ({ $format })
feed-link-title = { $page } · { $site } ({ $format })
skip-to-content = Vai al contenuto
nav-site = Sito
nav-current-status = Stato attuale
nav-history = Cronologia
nav-get-updates = Ricevi aggiornamenti
nav-breadcrumb = Percorso di navigazione
nav-years = Anni
crumb-status = Stato
footer-feeds = Segui ogni aggiornamento in un lettore di feed:
footer-more-ways = Altri modi per ricevere aggiornamenti.
footer-times = Gli orari sono indicati in { $zone }, con il fuso dopo ogni orario. Pagina generata il { $built }.
footer-contact = Domande? Contatta { $contact }.
footer-help-pages = Le nostre pagine di assistenza
list-separator = {", "}
full-stop = {"."}
list-separator-strong = {"; "}
your-time = ({ $time } { $day }, ora locale)

## The status page

as-of = Aggiornato: { $time }.
ongoing-count = { $count ->
    [one] { $count } incidente in corso.
   *[other] { $count } incidenti in corso.
}
ongoing-incidents = Incidenti in corso
more-ongoing-in-history = { $count ->
    [one] Nella cronologia c'è { $count } altro incidente in corso.
   *[other] Nella cronologia ci sono altri { $count } incidenti in corso.
}
maintenance-in-progress = Manutenzione in corso
more-in-progress-in-history = { $count ->
    [one] Nella cronologia ce n'è { $count } altra in corso.
   *[other] Nella cronologia ce ne sono altre { $count } in corso.
}
components-heading = Componenti
uptime-hint = Disponibilità negli ultimi { $days } giorni. Ogni barra è un giorno, il più vecchio a sinistra; una barra ad altezza piena è un giorno con un problema, descritto nella pagina del componente.
uptime-percent = { $uptime }% di disponibilità
for-component = per { $component }
scheduled-maintenance = Manutenzione programmata
more-scheduled = { $count ->
    [one] Nella cronologia e nel calendario ce n'è { $count } altra programmata:
   *[other] Nella cronologia e nel calendario ce ne sono altre { $count } programmate:
}
the-calendar = il calendario
our-apologies = Le nostre scuse
apology-row = { $title }: una lettera di { $author }
making-it-right-row = cosa facciamo per rimediare
more-apologies-in-history = { $count ->
    [one] Nella cronologia ce n'è { $count } altra degli ultimi { $days } giorni.
   *[other] Nella cronologia ce ne sono altre { $count } degli ultimi { $days } giorni.
}
recent-incidents = Incidenti recenti
no-recent-incidents = Nessun incidente risolto negli ultimi { $days } giorni.
full-incident-history = Cronologia completa degli incidenti
row-our-apology = le nostre scuse

## An incident: its facts first, then its updates

fact-status = Stato
fact-affects = { $tense ->
    [present] Riguarda
   *[past] Ha riguardato
}
fact-state-now = Stato attuale
fact-next-update = Prossimo aggiornamento
fact-accountable = Responsabile
fact-who-accountable = { $tense ->
    [present] Chi è responsabile
   *[past] Chi era responsabile
}
owner-until = { $tense ->
    [present] { $owner } è responsabile di { $kind ->
        [maintenance] questa manutenzione fino al suo completamento
       *[incident] questo incidente fino alla sua risoluzione
    }
   *[past] { $owner } è stato responsabile di { $kind ->
        [maintenance] questa manutenzione fino al suo completamento
       *[incident] questo incidente fino alla sua risoluzione
    }
}.
fact-workaround = Soluzione temporanea
fact-window = Finestra
fact-started = Inizio
fact-ended = { $kind ->
    [maintenance] Completata
   *[incident] Risolto
}
fact-how-long = Durata
how-long = { $duration }, { $span }
fact-time-in-states = { $open ->
    [true] Tempo in ciascuno stato finora
   *[false] Tempo in ciascuno stato
}
component-in-state = { $component }: { $state }
since = dal { $time }
window-from-to = { $from } – { $until }
window-from-to-length = { $from } – { $until } ({ $length })
badge-scheduled-maintenance = Manutenzione programmata
promise-next = Prossimo aggiornamento entro { $when } — { $author }
promise-overdue = Questo aggiornamento è in ritardo di { $late }. Lo avevamo promesso entro { $when } — { $author }.
promise-none = Non è stato ancora indicato quando arriverà il prossimo aggiornamento.
read-our-apology = { $remedies ->
    [0] Leggi le scuse di { $author }.
   *[other] Leggi le scuse di { $author } e cosa facciamo per rimediare.
}
updates-heading = Aggiornamenti
changes-label = Stato dei componenti in questo aggiornamento
promised-next = Prossimo aggiornamento promesso entro { $when }{ $outcome ->
    [kept] : mantenuto.
    [missed] : è arrivato con { $late } di ritardo.
    [overdue] : ora in ritardo di { $late }.
   *[pending] .
}
review-heading = Analisi post-incidente
published-at = Pubblicato { $time }
incident-description = { $status }: { $summary }

## The apology page

apology-title = Le nostre scuse: { $title }
apology-description = Una lettera di { $author } su { $title } e su cosa facciamo per rimediare.
apology-heading = Ci scusiamo: { $title }
apology-about = { $resolved ->
    [true] per l'incidente del { $started }
   *[false] per l'incidente in corso
}
what-you-get = Cosa ricevi
who-qualifies = Chi ne ha diritto
how-you-get-it = Come ottenerlo
claims-closed-on = Richieste chiuse { $date }
claim-directly = Richiedilo direttamente a noi
automatic-nothing-to-do = Automatico — non devi fare nulla
deadline = Scadenza
deadline-by = { $how ->
    [claim] Richiedilo entro { $date }
   *[automatic] Usalo entro { $date }
}
issued-on = Emesso { $date }
letter-from = Una lettera di { $author }
what-happened = Cosa è successo, aggiornamento per aggiornamento

## The history

history-of = Cronologia: { $period }
incident-history = Cronologia degli incidenti
incident-history-of = Cronologia degli incidenti: { $period }
keeping-our-word = Mantenere la parola data: negli ultimi { $days } giorni { $clause }.
all-of-year = Tutto il { $year }
all-from-month = { $count ->
    [one] { $count } di { $month }
   *[other] Tutti i { $count } di { $month }
}
no-incidents-yet = Ancora nessun incidente.

## A component's page

component-description = { $component }: { $state }. { $uptime }% di disponibilità in { $days } giorni: { $outage }, { $incidents }.
state-now = Ora: { $state }
the-last-days = Gli ultimi { $days } giorni
days-with-incidents = { $count ->
    [one] { $count } giorno con incidenti; in tutti gli altri giorni nessuno.
   *[other] { $count } giorni con incidenti; in tutti gli altri giorni nessuno.
}
col-day = Giorno
col-what-happened = Cosa è successo
full-history = Cronologia completa
none-yet = Ancora nessuno.
follow-component = Segui { $component }
feeds-of-its-incidents = Feed dei suoi incidenti:
badge-of-its-state = Un badge del suo stato:

## The page for an address with no page (404)

not-found = Pagina non trovata
not-found-text = Non esiste alcuna pagina a questo indirizzo.
not-found-status-link = Lo stato attuale di tutti i servizi
not-found-history-link = Incidenti passati, nella cronologia

## Announce (`candor announce`): text ready to send by email, SMS, a social post or Slack

announce-subject = [{ $status }] { $title }
announce-heading = { $status } — { $when }
affected-line = Servizi coinvolti: { $components }
follow-line = Segui questo incidente: { $url }
short-head-with-site = { $site }: { $title }{ $dash }{ $status }.
short-head = { $status }: { $title }{ $stop }
slack-facts = { $impact } · { $when } · { $open ->
    [yes] riguarda
   *[no] ha riguardato
} { $components }

## Notify: chat, email and webhook messages, in the site's language

notify-affected = Servizi coinvolti
notify-next-update-label = Prossimo aggiornamento entro
notify-next-update = Prossimo aggiornamento entro { $when }
notify-signed = Firmato
notify-status = Stato
notify-read-full = Leggi l'aggiornamento completo
notify-follow = Segui questo incidente
notify-more-components = altri { $count }
notify-apology = Le nostre scuse
notify-review = Analisi post-incidente
notify-reminder = Promemoria: la manutenzione inizia a breve
notify-reminder-body = La manutenzione programmata inizia alle { $from } e dovrebbe terminare entro le { $until }.
notify-remedy-line = - { $offer }: { $eligible } ({ $how }{ $when })
notify-remedy-automatic = automatico, non devi fare nulla
notify-remedy-claim-at = richiedilo su <{ $url }>
notify-test-title = Messaggio di prova da { $site }
notify-test-label = Prova
notify-test-body = Questa è una prova della destinazione `{ $target }`, inviata da `candor notify --test`. Gli aggiornamenti su { $site } arriveranno qui come questo.
email-read-line = Leggilo sulla pagina di stato: { $url }
email-read = Leggilo sulla pagina di stato
email-unsubscribe-line = Annulla l'iscrizione: { $url }
email-unsubscribe = Annulla l'iscrizione
email-role = email

## Relative times: beside an absolute time, as of the build ("12 minuti fa", "tra 25 minuti").
## The live script says the same with the browser's Intl.RelativeTimeFormat: keep these as
## CLDR's long forms say them, so a page reads the same with and without JavaScript.

relative-now = ora
relative-minutes-ago = { $count ->
    [one] { $count } minuto fa
   *[other] { $count } minuti fa
}
relative-in-minutes = { $count ->
    [one] tra { $count } minuto
   *[other] tra { $count } minuti
}
relative-hours-ago = { $count ->
    [one] { $count } ora fa
   *[other] { $count } ore fa
}
relative-in-hours = { $count ->
    [one] tra { $count } ora
   *[other] tra { $count } ore
}
relative-days-ago = { $count ->
    [one] { $count } giorno fa
   *[other] { $count } giorni fa
}
relative-in-days = { $count ->
    [one] tra { $count } giorno
   *[other] tra { $count } giorni
}

## Embed (embed.html): the status in a small frame on a customer's own page

embed-title = { $site }: { $state }
embed-maintenance = Manutenzione: { $status }
embed-frame-title = Stato attuale di { $site }
embed-more = altri { $count } sulla pagina di stato
embed-as-of = Aggiornato: { $time }

## Get updates (subscribe/index.html): every way to follow the site. A sentence around a
## link is two messages, before and after it ("-after").

subscribe-page-title = Ricevi aggiornamenti · { $site }
subscribe-title = Ricevi aggiornamenti
subscribe-description = Tutti i modi per essere informato su incidenti e manutenzioni di { $site }: { $email ->
    [yes] feed, calendario, email, un embed per il tuo sito e un'API.
   *[no] feed, calendario, un embed per il tuo sito e un'API.
}
subscribe-intro = Non serve tenere aperta questa pagina. Scegli uno di questi modi per ricevere notizie da noi quando qualcosa non funziona, quando viene risolto e prima di una manutenzione programmata.
subscribe-email-heading = Via email
subscribe-email-write-to = Scrivi a
subscribe-email-write-to-after = per ricevere ogni aggiornamento via email.
subscribe-email-sign-up = Iscriviti agli aggiornamenti via email
subscribe-email-sign-up-after = per ricevere ogni aggiornamento nella tua casella di posta.
subscribe-feeds-heading = In un lettore di feed
subscribe-feeds-intro = Un feed riceve ogni aggiornamento non appena lo pubblichiamo. Aggiungi uno di questi indirizzi al tuo lettore di feed (o a Slack o Teams, che possono seguire i feed):
subscribe-feed-atom = Feed Atom di tutti gli aggiornamenti
subscribe-feed-rss = Feed RSS di tutti gli aggiornamenti
subscribe-feed-json = JSON Feed di tutti gli aggiornamenti
subscribe-component-feeds-heading = Solo i servizi che usi
subscribe-component-feeds-intro = Ogni servizio ha i propri feed, solo con gli incidenti che lo riguardano.
subscribe-component-atom = Feed Atom per { $component }
subscribe-component-rss = Feed RSS per { $component }
subscribe-calendar-heading = Nel tuo calendario
subscribe-calendar-intro = Le manutenzioni programmate compaiono nel tuo calendario e restano sempre aggiornate.
subscribe-calendar-subscribe = Iscriviti al calendario delle manutenzioni
subscribe-calendar-subscribe-after = (apre l'app del calendario)
subscribe-calendar-address = Se l'app del calendario chiede un indirizzo, indica
subscribe-calendar-file = il file del calendario delle manutenzioni
subscribe-embed-heading = Sul tuo sito
subscribe-embed-intro = Mostra lo stato attuale sulla tua pagina o intranet. Copia questo codice nella tua pagina:
subscribe-embed-what = Mostra lo stato e qualsiasi incidente in corso, con un link a questa pagina.
subscribe-embed-see = Guarda come appare l'embed
subscribe-embed-scheme = Non ha uno sfondo proprio e usa i colori chiari o scuri della tua pagina. Se la tua pagina è sempre chiara e non lo dichiara nel suo CSS, aggiungi questo allo stile dell'iframe:
subscribe-api-heading = Per sviluppatori
subscribe-api-intro = Il nostro stato è pubblicato anche in JSON nello stesso formato dell'API pubblica di Atlassian Statuspage, quindi gli strumenti che leggono Statuspage lo leggono senza modifiche:
subscribe-api-summary = Riepilogo: stato, servizi e incidenti aperti
subscribe-api-status = Solo lo stato generale
subscribe-api-incidents = Incidenti recenti
subscribe-api-upcoming = Manutenzioni in programma

## Sites in more than one language

# The language's name in itself, as the language switcher shows it.
language-name = Italiano
# The label of the language switcher.
nav-languages = Lingue
# Above a text the site has not translated into this page's language; $language is the name
# (in itself) of the language it is shown in.
untranslated = Disponibile solo nella lingua originale: { $language }.
