### Las palabras de candor en español: cada frase que lee un cliente en las páginas, los feeds,
### los textos de la API, la insignia, el calendario, el embed, los anuncios y las notificaciones.
### Fechas, horas, listas y números vienen de CLDR: un mensaje solo los coloca.
### Un tema sustituye cualquier mensaje en themes/<nombre>/i18n/es.ftl.

## Times

time-zoned = { $time } { $zone }
date-and-time = { $date }, { $time }
time-on-day = { $time } { $day }
day-today = hoy
day-tomorrow = mañana, { $date }
day-yesterday = ayer, { $date }
day-on = el { $date }

## Durations: "2 h 28 min", "3 días 4 h"

duration-days = { $count ->
    [one] { $count } día
   *[other] { $count } días
}
duration-hours = { $count } h
duration-minutes = { $count } min
duration-two-parts = { $first } { $second }
duration-under-a-minute = menos de un minuto
late-minutes = { $count ->
    [one] { $count } minuto
   *[other] { $count } minutos
}

## Sentences and lists

sentence = { $clause }.
person-with-role = { $name }, { $role }

## Status words. Values are the ones incident files use (docs/format.md).

kind-incident = Incidente
kind-maintenance = Mantenimiento
impact-none = Sin impacto
impact-minor = Leve
impact-major = Grave
impact-critical = Crítico
declared-impact = Impacto declarado: { $impact ->
    [minor] leve
    [major] grave
    [critical] crítico
   *[none] ninguno
}
status-investigating = Investigando
status-identified = Identificado
status-monitoring = En observación
status-resolved = Resuelto
status-scheduled = Programado
status-in_progress = En curso
status-verifying = Verificando
status-completed = Completado
update-reopened = Reabierto: { $status }
phase-as-scheduled = En curso según lo previsto
phase-unconfirmed = Finalización sin confirmar
window-note-as-scheduled = La ventana se abrió a las { $opened }; los trabajos están en curso según lo previsto.
window-note-unconfirmed = La ventana se cerró a las { $closed }; aún no se ha confirmado que los trabajos hayan terminado.
state-operational = Operativo
state-under_maintenance = En mantenimiento
state-degraded_performance = Rendimiento degradado
state-partial_outage = Interrupción parcial
state-major_outage = Interrupción grave
state-operational-in-text = operativo
state-under_maintenance-in-text = en mantenimiento
state-degraded_performance-in-text = rendimiento degradado
state-partial_outage-in-text = interrupción parcial
state-major_outage-in-text = interrupción grave
state-for = { $state } durante { $duration }
component-states = { $component }: { $states }
how-automatic = Automático
how-claim = Solicitud

## The site's state, as the banner and the API's candor_description say it

indicator-operational = Todos los sistemas operativos
indicator-major-outage = Interrupción grave del sistema
indicator-partial-outage = Interrupción parcial del sistema
indicator-degraded = Rendimiento degradado
indicator-investigating = Investigando un problema
indicator-maintenance = Servicio en mantenimiento
indicator-monitoring = Operativo, supervisando una solución

## The badge (badge.svg): its left half, then the state in few words

badge-label = estado
badge-operational = operativo
badge-major-outage = interrupción grave
badge-partial-outage = interrupción parcial
badge-degraded = rendimiento degradado
badge-investigating = investigando un problema
badge-maintenance = en mantenimiento
badge-monitoring = operativo, en observación

## How long an incident lasted, said with what it measures

open-for = abierto durante { $duration }
open-for-span = desde el primer aviso hasta su resolución
open-for-so-far = abierto desde hace { $duration }
open-for-so-far-span = desde el primer aviso
work-took = los trabajos duraron { $duration }
work-took-span = desde su inicio hasta su finalización
work-so-far = trabajos en curso desde hace { $duration }
work-so-far-span = desde que empezaron

## Uptime, in words beside the percentage

outage-major = { $duration } de interrupción grave
outage-partial = { $duration } de interrupción parcial
outage-none = sin interrupciones
incidents-in-days = { $count ->
    [0] ningún incidente en { $days } días
    [one] { $count } incidente en { $days } días
   *[other] { $count } incidentes en { $days } días
}
day-no-incidents = sin incidentes
day-label = { $date }: { $summary }

## Promises of the next update, kept and broken

next-update-by = Próxima actualización a más tardar: { $when }.
promise-came-late = Esta actualización llegó con { $late } de retraso: la prometimos para { $by }.
promise-kept = Prometida para { $by }: cumplido.
ledger-all-kept = { $judged ->
    [1] prometimos una actualización a tiempo y la publicamos
    [2] prometimos 2 actualizaciones a tiempo y publicamos ambas
   *[other] prometimos { $judged } actualizaciones a tiempo y publicamos las { $judged }
}
ledger-the-one-late = prometimos 1 actualización a tiempo; llegó con { $late } de retraso
ledger-the-one-overdue = prometimos 1 actualización a tiempo; por ahora lleva { $late } de retraso
ledger-some-late = prometimos { $judged } actualizaciones a tiempo y publicamos { $kept ->
    [0] ninguna a tiempo
   *[other] { $kept } a tiempo
}; { $missed ->
    [one] una llegó con { $late } de retraso
   *[other] { $missed } llegaron tarde, la última con { $late } de retraso
}
ledger-some-overdue = prometimos { $judged } actualizaciones a tiempo y publicamos { $kept ->
    [0] ninguna a tiempo
   *[other] { $kept } a tiempo
}; { $overdue ->
    [one] una lleva
   *[other] { $overdue } llevan
} retraso, de { $late } por ahora

## Apologies and remedies

making-it-right = Cómo lo compensamos:
claim-by-email = Envíe su solicitud por correo electrónico a { $address }
claim-on = Envíe su solicitud en { $host }
remedy-automatic = automático
remedy-claim-at = solicítelo en { $link }
remedy-issued-on = , emitido el { $date }
remedy-by = , hasta el { $date }
remedy-line = { $offer } — { $eligible } ({ $how }{ $when })

## Feeds

feed-description = Incidentes y mantenimientos de { $site }
feed-component-title = { $component } — { $site }
feed-component-description = Incidentes y mantenimientos que afectan a { $component }
entry-update-title = { $status } — { $title }
entry-apology-title = Nuestras disculpas — { $title }
entry-review-title = Análisis posterior al incidente — { $title }
full-timeline = Cronología completa

## The maintenance calendar (maintenance.ics)

calendar-name = { $site } — mantenimiento programado
calendar-summary = Mantenimiento: { $title }
calendar-facts = { $open ->
    [yes] Afecta a
   *[no] Afectó a
}: { $affects }
    Estado: { $status }
    Responsable: { $responsible }

## Every page: title, navigation, footer

page-title = { $page } · { $site }
site-description = { $status }. { $about }
feed-link-title-site = { $site } ({ $format })
feed-link-title = { $page } · { $site } ({ $format })
skip-to-content = Ir al contenido
nav-site = Sitio
nav-current-status = Estado actual
nav-history = Historial
nav-get-updates = Recibir avisos
nav-breadcrumb = Ruta de navegación
nav-years = Años
crumb-status = Estado
footer-feeds = Siga cada actualización en un lector de feeds:
footer-more-ways = Más formas de recibir avisos.
footer-times = Las horas se muestran en { $zone }, con la zona tras cada hora. Página generada el { $built }.
footer-contact = ¿Preguntas? Contacte con { $contact }.
footer-help-pages = Nuestras páginas de ayuda
list-separator = {", "}
full-stop = {"."}
list-separator-strong = {"; "}
your-time = ({ $time } { $day }, su hora)

## The status page

as-of = Actualizado: { $time }.
ongoing-count = { $count ->
    [one] { $count } incidente en curso.
   *[other] { $count } incidentes en curso.
}
ongoing-incidents = Incidentes en curso
more-ongoing-in-history = { $count ->
    [one] Hay { $count } incidente más en curso en el historial.
   *[other] Hay { $count } incidentes más en curso en el historial.
}
maintenance-in-progress = Mantenimiento en curso
more-in-progress-in-history = { $count ->
    [one] Hay { $count } más en curso en el historial.
   *[other] Hay { $count } más en curso en el historial.
}
components-heading = Componentes
uptime-hint = Disponibilidad en los últimos { $days } días. Cada barra es un día, el más antiguo a la izquierda; una barra de altura completa es un día con un problema, descrito en la página del componente.
uptime-percent = { $uptime } % de disponibilidad
for-component = de { $component }
scheduled-maintenance = Mantenimiento programado
more-scheduled = { $count ->
    [one] Hay { $count } más programado en el historial y en el calendario:
   *[other] Hay { $count } más programados en el historial y en el calendario:
}
the-calendar = el calendario
our-apologies = Nuestras disculpas
apology-row = { $title }: una carta de { $author }
making-it-right-row = cómo lo compensamos
more-apologies-in-history = { $count ->
    [one] Hay { $count } más de los últimos { $days } días en el historial.
   *[other] Hay { $count } más de los últimos { $days } días en el historial.
}
recent-incidents = Incidentes recientes
no-recent-incidents = Ningún incidente resuelto en los últimos { $days } días.
full-incident-history = Historial completo de incidentes
row-our-apology = nuestras disculpas

## An incident: its facts first, then its updates

fact-status = Estado
fact-affects = { $tense ->
    [present] Afecta a
   *[past] Afectó a
}
fact-state-now = Estado actual
fact-next-update = Próxima actualización
fact-accountable = Responsable
fact-who-accountable = { $tense ->
    [present] Quién es responsable
   *[past] Quién fue responsable
}
owner-until = { $tense ->
    [present] { $owner } es responsable de este { $kind ->
        [maintenance] mantenimiento hasta que se complete
       *[incident] incidente hasta que se resuelva
    }
   *[past] { $owner } fue responsable de este { $kind ->
        [maintenance] mantenimiento hasta que se completó
       *[incident] incidente hasta que se resolvió
    }
}.
fact-workaround = Solución provisional
fact-window = Ventana
fact-started = Inicio
fact-ended = { $kind ->
    [maintenance] Completado
   *[incident] Resuelto
}
fact-how-long = Duración
how-long = { $duration }, { $span }
fact-time-in-states = { $open ->
    [true] Tiempo en cada estado hasta ahora
   *[false] Tiempo en cada estado
}
component-in-state = { $component }: { $state }
since = desde el { $time }
window-from-to = { $from } – { $until }
window-from-to-length = { $from } – { $until } ({ $length })
badge-scheduled-maintenance = Mantenimiento programado
promise-next = Próxima actualización a más tardar: { $when } — { $author }
promise-overdue = Esta actualización lleva { $late } de retraso. La prometimos para { $when } — { $author }.
promise-none = No se ha indicado cuándo llegará la próxima actualización.
read-our-apology = { $remedies ->
    [0] Lea nuestras disculpas de parte de { $author }.
   *[other] Lea nuestras disculpas de parte de { $author } y cómo lo compensamos.
}
updates-heading = Actualizaciones
changes-label = Estado de los componentes según esta actualización
promised-next = Próxima actualización prometida para { $when }{ $outcome ->
    [kept] : cumplido.
    [missed] : llegó con { $late } de retraso.
    [overdue] : lleva { $late } de retraso.
   *[pending] .
}
review-heading = Análisis posterior al incidente
published-at = Publicado { $time }
incident-description = { $status }: { $summary }

## The apology page

apology-title = Nuestras disculpas: { $title }
apology-description = Una carta de { $author } sobre { $title } y cómo lo compensamos.
apology-heading = Lo sentimos: { $title }
apology-about = { $resolved ->
    [true] sobre el incidente del { $started }
   *[false] sobre el incidente en curso
}
what-you-get = Qué recibe
who-qualifies = Quién tiene derecho
how-you-get-it = Cómo obtenerlo
claims-closed-on = Plazo de solicitud cerrado el { $date }
claim-directly = Solicítelo directamente
automatic-nothing-to-do = Automático: no tiene que hacer nada
deadline = Fecha límite
deadline-by = { $how ->
    [claim] Solicítelo antes del { $date }
   *[automatic] Úselo antes del { $date }
}
issued-on = Emitido el { $date }
letter-from = Una carta de { $author }
what-happened = Qué pasó, actualización por actualización

## The history

history-of = Historial de { $period }
incident-history = Historial de incidentes
incident-history-of = Historial de incidentes: { $period }
keeping-our-word = Cumpliendo nuestra palabra: en los últimos { $days } días, { $clause }.
all-of-year = Todo { $year }
all-from-month = { $count ->
    [one] El de { $month }
   *[other] Los { $count } de { $month }
}
no-incidents-yet = Aún no hay incidentes.

## A component's page

component-description = { $component }: { $state }. { $uptime } % de disponibilidad en { $days } días: { $outage }, { $incidents }.
state-now = Ahora: { $state }
the-last-days = Los últimos { $days } días
days-with-incidents = { $count ->
    [one] { $count } día con incidentes; los demás días no hubo ninguno.
   *[other] { $count } días con incidentes; los demás días no hubo ninguno.
}
col-day = Día
col-what-happened = Qué pasó
full-history = Historial completo
none-yet = Aún no hay ninguno.
follow-component = Seguir { $component }
feeds-of-its-incidents = Feeds de sus incidentes:
badge-of-its-state = Una insignia de su estado:

## The page for an address with no page (404)

not-found = Página no encontrada
not-found-text = No hay ninguna página en esta dirección.
not-found-status-link = El estado actual de todos los servicios
not-found-history-link = Incidentes anteriores, en el historial

## Announce (`candor announce`): text ready to send by email, SMS, a social post or Slack

announce-subject = [{ $status }] { $title }
announce-heading = { $status } — { $when }
affected-line = Afectado: { $components }
follow-line = Siga este incidente: { $url }
short-head-with-site = { $site }: { $title }{ $dash }{ $status }.
short-head = { $status }: { $title }{ $stop }
slack-facts = { $impact } · { $when } · { $open ->
    [yes] afecta a
   *[no] afectó a
} { $components }

## Notify: chat, email and webhook messages, in the site's language

notify-affected = Afectado
notify-next-update-label = Próxima actualización a más tardar
notify-next-update = Próxima actualización a más tardar: { $when }
notify-signed = Firmado
notify-status = Estado
notify-read-full = Leer la actualización completa
notify-follow = Seguir este incidente
notify-more-components = { $count } más
notify-apology = Nuestras disculpas
notify-review = Análisis posterior al incidente
notify-reminder = Recordatorio: el mantenimiento empieza pronto
notify-reminder-body = El mantenimiento programado empieza a las { $from } y debería terminar a las { $until }.
notify-remedy-line = - { $offer }: { $eligible } ({ $how }{ $when })
notify-remedy-automatic = automático, no tiene que hacer nada
notify-remedy-claim-at = solicítelo en <{ $url }>
notify-test-title = Mensaje de prueba de { $site }
notify-test-label = Prueba
notify-test-body = Esta es una prueba del destino `{ $target }`, enviada con `candor notify --test`. Las actualizaciones sobre { $site } llegarán aquí como esta.
email-read-line = Léalo en la página de estado: { $url }
email-read = Léalo en la página de estado
email-unsubscribe-line = Cancelar la suscripción: { $url }
email-unsubscribe = Cancelar la suscripción
email-role = correo electrónico

## Relative times: beside an absolute time, as of the build ("hace 12 minutos", "dentro de 25 minutos").
## The live script says the same with the browser's Intl.RelativeTimeFormat: keep these as
## CLDR's long forms say them, so a page reads the same with and without JavaScript.

relative-now = ahora
relative-minutes-ago = { $count ->
    [one] hace { $count } minuto
   *[other] hace { $count } minutos
}
relative-in-minutes = { $count ->
    [one] dentro de { $count } minuto
   *[other] dentro de { $count } minutos
}
relative-hours-ago = { $count ->
    [one] hace { $count } hora
   *[other] hace { $count } horas
}
relative-in-hours = { $count ->
    [one] dentro de { $count } hora
   *[other] dentro de { $count } horas
}
relative-days-ago = { $count ->
    [one] hace { $count } día
   *[other] hace { $count } días
}
relative-in-days = { $count ->
    [one] dentro de { $count } día
   *[other] dentro de { $count } días
}

## Embed (embed.html): the status in a small frame on a customer's own page

embed-title = { $site }: { $state }
embed-maintenance = Mantenimiento: { $status }
embed-frame-title = Estado actual de { $site }
embed-more = { $count } más en la página de estado
embed-as-of = Actualizado: { $time }

## Get updates (subscribe/index.html): every way to follow the site. A sentence around a
## link is two messages, before and after it ("-after").

subscribe-page-title = Recibir avisos · { $site }
subscribe-title = Recibir avisos
subscribe-description = Todas las formas de enterarse de incidentes y mantenimientos de { $site }: { $email ->
    [yes] feeds, calendario, correo electrónico, un embed para su propio sitio y una API.
   *[no] feeds, calendario, un embed para su propio sitio y una API.
}
subscribe-intro = No necesita tener esta página abierta. Elija cualquiera de estas formas de recibir noticias nuestras cuando algo falle, cuando se solucione y antes de un mantenimiento programado.
subscribe-email-heading = Por correo electrónico
subscribe-email-write-to = Escriba a
subscribe-email-write-to-after = para recibir cada actualización por correo electrónico.
subscribe-email-sign-up = Suscríbase a los avisos por correo electrónico
subscribe-email-sign-up-after = para recibir cada actualización en su bandeja de entrada.
subscribe-feeds-heading = En un lector de feeds
subscribe-feeds-intro = Un feed recibe cada actualización en cuanto la publicamos. Añada una de estas direcciones a su lector de feeds (o a Slack o Teams, que pueden seguir feeds):
subscribe-feed-atom = Feed Atom de todas las actualizaciones
subscribe-feed-rss = Feed RSS de todas las actualizaciones
subscribe-feed-json = JSON Feed de todas las actualizaciones
subscribe-component-feeds-heading = Solo los servicios que usa
subscribe-component-feeds-intro = Cada servicio tiene sus propios feeds, solo con los incidentes que lo afectan.
subscribe-component-atom = Feed Atom de { $component }
subscribe-component-rss = Feed RSS de { $component }
subscribe-calendar-heading = En su calendario
subscribe-calendar-intro = El mantenimiento programado aparece en su calendario y se mantiene al día.
subscribe-calendar-subscribe = Suscribirse al calendario de mantenimiento
subscribe-calendar-subscribe-after = (abre su aplicación de calendario)
subscribe-calendar-address = Si su aplicación de calendario le pide una dirección, indique
subscribe-calendar-file = el archivo del calendario de mantenimiento
subscribe-embed-heading = En su propio sitio
subscribe-embed-intro = Muestre el estado actual en su propia página o intranet. Copie este código en su página:
subscribe-embed-what = Muestra el estado y cualquier incidente en curso, con un enlace a esta página.
subscribe-embed-see = Vea cómo se ve el embed
subscribe-embed-scheme = No tiene fondo propio y adopta los colores claros u oscuros de su página. Si su página es siempre clara y no lo indica en su CSS, añada esto al estilo del iframe:
subscribe-api-heading = Para desarrolladores
subscribe-api-intro = Nuestro estado también se publica en JSON con el mismo formato que la API pública de Atlassian Statuspage, así que las herramientas que leen Statuspage lo leen sin cambios:
subscribe-api-summary = Resumen: estado, servicios e incidentes abiertos
subscribe-api-status = Solo el estado general
subscribe-api-incidents = Incidentes recientes
subscribe-api-upcoming = Mantenimiento programado

## Sites in more than one language

# The language's name in itself, as the language switcher shows it.
language-name = Español
# The label of the language switcher.
nav-languages = Idiomas
# Above a text the site has not translated into this page's language; $language is the name
# (in itself) of the language it is shown in.
untranslated = Disponible solo en su idioma original: { $language }.
