### Les textes de candor en français : chaque phrase que lit un client sur les pages, dans les flux,
### dans la prose de l’API, le badge, le calendrier, l’intégration, les annonces et les notifications.
### Dates, heures, listes et nombres viennent de CLDR : un message ne fait que les placer.
### Un thème remplace n’importe quel message dans themes/<name>/i18n/<language>.ftl.

## Heures

# Une heure avec son fuseau : « 09:20 GMT ».
time-zoned = { $time } { $zone }
# Une date et une heure (avec son fuseau) : « 20 nov. 2026, 09:20 GMT ».
date-and-time = { $date }, { $time }
# Une heure et son jour vus d’aujourd’hui : « 14:30 GMT demain (mer. 2 déc.) » (les pages placent l’heure puis le jour).
time-on-day = { $time } { $day }
day-today = aujourd’hui
day-tomorrow = demain ({ $date })
day-yesterday = hier ({ $date })
day-on = le { $date }

## Durées : « 2 h 28 min », « 3 jours 4 h »

duration-days = { $count ->
    [one] { $count } jour
    [many] { $count } de jours
   *[other] { $count } jours
}
duration-hours = { $count } h
duration-minutes = { $count } min
duration-two-parts = { $first } { $second }
duration-under-a-minute = moins d’une minute
# Le retard d’une mise à jour promise, sous une heure : « 12 minutes ».
late-minutes = { $count ->
    [one] { $count } minute
    [many] { $count } de minutes
   *[other] { $count } minutes
}

## Phrases et listes

# Une proposition devenue phrase : « Nous avons promis 7 mises à jour à heure fixe et en avons livré 6 à temps. »
sentence = { $clause }.
# « Priya Raman, responsable du support ».
person-with-role = { $name }, { $role }

## Mots d’état. Les valeurs sont celles des fichiers d’incident (docs/format.md).

kind-incident = Incident
kind-maintenance = Maintenance
impact-none = Aucun impact
impact-minor = Mineur
impact-major = Majeur
impact-critical = Critique
# « Impact déclaré : majeur » : ce comme quoi l’incident a été déclaré.
declared-impact = Impact déclaré : { $impact ->
    [minor] mineur
    [major] majeur
    [critical] critique
   *[none] aucun
}
status-investigating = Analyse en cours
status-identified = Cause identifiée
status-monitoring = Sous surveillance
status-resolved = Résolu
status-scheduled = Planifiée
status-in_progress = En cours
status-verifying = Vérification en cours
status-completed = Terminée
# Une mise à jour qui rouvre un incident résolu : « Rouvert : Analyse en cours ».
update-reopened = Rouvert : { $status }
# Une maintenance dont la fenêtre parle pour l’équipe, sans mise à jour encore.
phase-as-scheduled = En cours comme prévu
phase-unconfirmed = Fin non confirmée
window-note-as-scheduled = La fenêtre a commencé à { $opened } ; les travaux sont en cours comme prévu.
window-note-unconfirmed = La fenêtre s’est terminée à { $closed } ; la fin des travaux n’a pas été confirmée.
# L’état d’un composant, seul (un badge sur la page).
state-operational = Opérationnel
state-under_maintenance = En maintenance
state-degraded_performance = Performances dégradées
state-partial_outage = Panne partielle
state-major_outage = Panne majeure
# Le même dans une phrase : « panne majeure pendant 1 h 44 min ».
state-operational-in-text = opérationnel
state-under_maintenance-in-text = en maintenance
state-degraded_performance-in-text = performances dégradées
state-partial_outage-in-text = panne partielle
state-major_outage-in-text = panne majeure
state-for = { $state } pendant { $duration }
# « Paiement : panne majeure pendant 1 h 44 min et panne partielle pendant 20 min ».
component-states = { $component } : { $states }
how-automatic = Automatique
how-claim = Sur demande

## L’état du site, tel que le disent la bannière et candor_description de l’API

indicator-operational = Tous les systèmes sont opérationnels
indicator-major-outage = Panne majeure des systèmes
indicator-partial-outage = Panne partielle des systèmes
indicator-degraded = Performances dégradées
indicator-investigating = Problème en cours d’analyse
indicator-maintenance = Maintenance en cours
indicator-monitoring = Opérationnel, correctif sous surveillance

## Le badge (badge.svg) : sa moitié gauche, puis l’état en quelques mots

badge-label = statut
badge-operational = opérationnel
badge-major-outage = panne majeure
badge-partial-outage = panne partielle
badge-degraded = performances dégradées
badge-investigating = analyse en cours
badge-maintenance = maintenance en cours
badge-monitoring = opérationnel, sous surveillance

## La durée d’un incident, avec ce qu’elle mesure

open-for = ouvert pendant { $duration }
open-for-span = du premier signalement à sa résolution
open-for-so-far = ouvert depuis { $duration }
open-for-so-far-span = depuis le premier signalement
work-took = travaux d’une durée de { $duration }
work-took-span = de leur début à leur fin
work-so-far = travaux en cours depuis { $duration }
work-so-far-span = depuis leur début

## Disponibilité, en mots à côté du pourcentage

outage-major = { $duration } de panne majeure
outage-partial = { $duration } de panne partielle
outage-none = aucune panne
incidents-in-days = { $count ->
    [0] aucun incident en { $days } jours
    [one] { $count } incident en { $days } jours
    [many] { $count } d’incidents en { $days } jours
   *[other] { $count } incidents en { $days } jours
}
day-no-incidents = aucun incident
# Un jour des barres de disponibilité, en texte : « 20 nov. 2026 : panne majeure pendant 4 h 28 min ».
day-label = { $date } : { $summary }

## Promesses de la prochaine mise à jour, tenues et non tenues

next-update-by = Prochaine mise à jour au plus tard à { $when }.
promise-came-late = Cette mise à jour est arrivée avec { $late } de retard : nous l’avions promise pour { $by }.
promise-kept = Promise pour { $by } : tenue.
# Le bilan des promesses, en proposition (« nous avons promis 7 mises à jour à heure fixe et en avons livré 6 à temps »).
ledger-all-kept = { $judged ->
    [1] nous avons promis une mise à jour à heure fixe et l’avons livrée à temps
    [2] nous avons promis 2 mises à jour à heure fixe et les avons livrées toutes les deux à temps
   *[other] nous avons promis { $judged } mises à jour à heure fixe et les avons livrées toutes les { $judged } à temps
}
ledger-the-one-late = nous avons promis 1 mise à jour à heure fixe ; elle est arrivée avec { $late } de retard
ledger-the-one-overdue = nous avons promis 1 mise à jour à heure fixe ; elle a pour l’instant { $late } de retard
ledger-some-late = nous avons promis { $judged } mises à jour à heure fixe et { $kept ->
    [0] n’en avons livré aucune à temps
   *[other] en avons livré { $kept } à temps
} ; { $missed ->
    [one] une est arrivée avec { $late } de retard
   *[other] { $missed } sont arrivées en retard, la plus tardive avec { $late } de retard
}
ledger-some-overdue = nous avons promis { $judged } mises à jour à heure fixe et { $kept ->
    [0] n’en avons livré aucune à temps
   *[other] en avons livré { $kept } à temps
} ; { $overdue ->
    [one] une est en retard
   *[other] { $overdue } sont en retard
}, de { $late } pour l’instant

## Excuses et réparations

making-it-right = Ce que nous faisons pour réparer :
claim-by-email = Faites votre demande par e-mail à { $address }
claim-on = Faites votre demande sur { $host }
remedy-automatic = automatique
remedy-claim-at = demande sur { $link }
remedy-issued-on = , accordé le { $date }
remedy-by = , au plus tard le { $date }
# « 10 % d’avoir — tous les clients (automatique, au plus tard le 31 décembre 2026) ».
remedy-line = { $offer } — { $eligible } ({ $how }{ $when })

## Flux

feed-description = Incidents et maintenances de { $site }
feed-component-title = { $component } — { $site }
feed-component-description = Incidents et maintenances touchant { $component }
entry-update-title = { $status } — { $title }
entry-apology-title = Nos excuses — { $title }
entry-review-title = Analyse post-incident — { $title }
full-timeline = Chronologie complète

## Le calendrier des maintenances (maintenance.ics)

calendar-name = { $site } — maintenances planifiées
calendar-summary = Maintenance : { $title }
calendar-facts = { $open ->
    [yes] Concerne
   *[no] Concernait
} : { $affects }
    Statut : { $status }
    Responsable : { $responsible }

## Chaque page : titre, navigation, pied de page

# Le <title> d’une page : « Échec des paiements par carte · Acme Status ».
page-title = { $page } · { $site }
# La description de la page d’accueil pour les moteurs de recherche et les aperçus de liens.
site-description = { $status }. { $about }
# Le titre du lien d’un flux : « Acme Status (Atom) », et pour un composant « Recherche · Acme Status (Atom) ».
feed-link-title-site = { $site } ({ $format })
feed-link-title = { $page } · { $site } ({ $format })
skip-to-content = Aller au contenu
nav-site = Site
nav-current-status = État actuel
nav-history = Historique
nav-get-updates = Être informé
nav-breadcrumb = Fil d’Ariane
nav-years = Années
crumb-status = État
footer-feeds = Suivez chaque mise à jour dans un lecteur de flux :
footer-more-ways = D’autres moyens d’être informé.
footer-times = Les heures sont indiquées en { $zone }, avec le fuseau après chaque heure. Page générée le { $built }.
footer-contact = Des questions ? Contactez { $contact }.
footer-help-pages = Nos pages d’aide
# Entre les éléments que la page énumère (« Paiement, API publique »).
list-separator = {", "}
full-stop = {"."}
# Entre des groupes qui contiennent déjà des virgules.
list-separator-strong = {" ; "}
# L’heure du lecteur, ajoutée par le script de la page : « (10:20 CET demain (mer. 2 déc.), votre heure) ».
your-time = ({ $time } { $day }, votre heure)

## La page d’état

as-of = État au { $time }.
ongoing-count = { $count ->
    [one] { $count } incident en cours.
    [many] { $count } d’incidents en cours.
   *[other] { $count } incidents en cours.
}
ongoing-incidents = Incidents en cours
more-ongoing-in-history = { $count ->
    [one] { $count } autre incident en cours figure dans l’historique.
    [many] { $count } d’autres incidents en cours figurent dans l’historique.
   *[other] { $count } autres incidents en cours figurent dans l’historique.
}
maintenance-in-progress = Maintenance en cours
more-in-progress-in-history = { $count ->
    [one] { $count } autre maintenance en cours figure dans l’historique.
    [many] { $count } d’autres maintenances en cours figurent dans l’historique.
   *[other] { $count } autres maintenances en cours figurent dans l’historique.
}
components-heading = Composants
uptime-hint = Disponibilité sur les { $days } derniers jours. Chaque barre est un jour, le plus ancien à gauche ; une barre pleine hauteur est un jour avec un problème, décrit en toutes lettres sur la page du composant.
# « 99,97 % de disponibilité » : $uptime est déjà écrit avec les chiffres de la langue.
uptime-percent = { $uptime } % de disponibilité
for-component = pour { $component }
scheduled-maintenance = Maintenance planifiée
more-scheduled = { $count ->
    [one] { $count } autre maintenance planifiée figure dans l’historique et le calendrier :
    [many] { $count } d’autres maintenances planifiées figurent dans l’historique et le calendrier :
   *[other] { $count } autres maintenances planifiées figurent dans l’historique et le calendrier :
}
the-calendar = le calendrier
our-apologies = Nos excuses
apology-row = { $title } : une lettre de { $author }
making-it-right-row = ce que nous faisons pour réparer
more-apologies-in-history = { $count ->
    [one] { $count } autre des { $days } derniers jours figure dans l’historique.
    [many] { $count } d’autres des { $days } derniers jours figurent dans l’historique.
   *[other] { $count } autres des { $days } derniers jours figurent dans l’historique.
}
recent-incidents = Incidents récents
no-recent-incidents = Aucun incident résolu au cours des { $days } derniers jours.
full-incident-history = Historique complet des incidents
row-our-apology = nos excuses

## Un incident : d’abord les faits, puis les mises à jour

fact-status = Statut
fact-affects = { $tense ->
    [present] Concerne
   *[past] Concernait
}
fact-state-now = État actuel
fact-next-update = Prochaine mise à jour
fact-accountable = Responsable
fact-who-accountable = { $tense ->
    [present] Qui est responsable
   *[past] Qui était responsable
}
# « Minter Dial, responsable du service client, est responsable de cet incident jusqu’à sa résolution. »
owner-until = { $tense ->
    [present] { $owner } est responsable de { $kind ->
        [maintenance] cette maintenance jusqu’à ce qu’elle soit terminée
       *[incident] cet incident jusqu’à sa résolution
    }
   *[past] { $owner } était responsable de { $kind ->
        [maintenance] cette maintenance jusqu’à ce qu’elle soit terminée
       *[incident] cet incident jusqu’à sa résolution
    }
}.
fact-workaround = Solution de contournement
fact-window = Fenêtre
fact-started = Début
fact-ended = { $kind ->
    [maintenance] Terminée
   *[incident] Résolu
}
fact-how-long = Durée
# « Ouvert pendant 2 h, du premier signalement à sa résolution ».
how-long = { $duration }, { $span }
fact-time-in-states = { $open ->
    [true] Temps passé dans chaque état jusqu’ici
   *[false] Temps passé dans chaque état
}
# Un composant et son état : « Paiement : Panne majeure ».
component-in-state = { $component } : { $state }
since = depuis { $time }
window-from-to = { $from } – { $until }
window-from-to-length = { $from } – { $until } ({ $length })
badge-scheduled-maintenance = Maintenance planifiée
# La promesse d’un incident ouvert : « Prochaine mise à jour au plus tard à 16:30 GMT aujourd’hui — Priya Raman ».
promise-next = Prochaine mise à jour au plus tard à { $when } — { $author }
promise-overdue = Cette mise à jour a { $late } de retard. Nous l’avions promise pour { $when } — { $author }.
promise-none = Aucune heure n’a été annoncée pour la prochaine mise à jour.
read-our-apology = { $remedies ->
    [0] Lisez la lettre d’excuses de { $author }.
   *[other] Lisez la lettre d’excuses de { $author } et ce que nous faisons pour réparer.
}
updates-heading = Mises à jour
changes-label = États des composants selon cette mise à jour
# Sous une mise à jour : la promesse qu’elle a faite et ce qu’il en est advenu.
promised-next = Prochaine mise à jour promise à { $when }{ $outcome ->
    [kept] {"\u00A0"}: tenue.
    [missed] {"\u00A0"}: arrivée avec { $late } de retard.
    [overdue] {"\u00A0"}: { $late } de retard à ce stade.
   *[pending] .
}
review-heading = Analyse post-incident
published-at = Publié { $time }
incident-description = { $status } : { $summary }

## La page d’excuses

apology-title = Nos excuses : { $title }
apology-description = Une lettre de { $author } au sujet de « { $title } », et ce que nous faisons pour réparer.
apology-heading = Nous sommes désolés : { $title }
apology-about = { $resolved ->
    [true] au sujet de l’incident du { $started }
   *[false] au sujet de l’incident en cours
}
what-you-get = Ce que vous recevez
who-qualifies = Qui en bénéficie
how-you-get-it = Comment l’obtenir
claims-closed-on = Demandes closes le { $date }
claim-directly = Demandez-le-nous directement
automatic-nothing-to-do = Automatique — rien à faire
deadline = Date limite
deadline-by = { $how ->
    [claim] À demander au plus tard le { $date }
   *[automatic] À utiliser au plus tard le { $date }
}
issued-on = Accordé le { $date }
letter-from = Une lettre de { $author }
what-happened = Ce qui s’est passé, mise à jour par mise à jour

## L’historique

history-of = Historique : { $period }
incident-history = Historique des incidents
incident-history-of = Historique des incidents : { $period }
keeping-our-word = Tenir parole : sur les { $days } derniers jours, { $clause }.
all-of-year = Toute l’année { $year }
all-from-month = Les { $count } de { $month }
no-incidents-yet = Aucun incident pour l’instant.

## La page d’un composant

component-description = { $component } : { $state }. { $uptime } % de disponibilité sur { $days } jours : { $outage }, { $incidents }.
state-now = Actuellement : { $state }
the-last-days = Les { $days } derniers jours
days-with-incidents = { $count ->
    [one] { $count } jour avec incidents ; aucun les autres jours.
    [many] { $count } de jours avec incidents ; aucun les autres jours.
   *[other] { $count } jours avec incidents ; aucun les autres jours.
}
col-day = Jour
col-what-happened = Ce qui s’est passé
full-history = Historique complet
none-yet = Aucun pour l’instant.
follow-component = Suivre { $component }
feeds-of-its-incidents = Flux de ses incidents :
badge-of-its-state = Un badge de son état :

## La page d’une adresse sans page (404)

not-found = Page introuvable
not-found-text = Il n’y a aucune page à cette adresse.
not-found-status-link = L’état actuel de chaque service
not-found-history-link = Les incidents passés, dans l’historique

## Annonces (`candor announce`) : texte prêt à envoyer par e-mail, SMS, publication sur les réseaux ou Slack

# L’objet de l’e-mail après « Subject: » : « [Cause identifiée] Échec des paiements par carte ».
announce-subject = [{ $status }] { $title }
# La première ligne de l’e-mail : « Cause identifiée — 23 nov. 2026, 15:28 GMT ».
announce-heading = { $status } — { $when }
# Les composants concernés : « Concernés : Paiement et API Paiements ».
affected-line = Concernés : { $components }
# Le lien à la fin de l’e-mail : « Suivre cet incident : https://… ».
follow-line = Suivre cet incident : { $url }
# Un SMS ou une publication : « Acme Status : Échec des paiements par carte — Cause identifiée. » ($dash vaut
# " - " dans un SMS, dont l’alphabet n’a pas le tiret long, et " — " ailleurs).
short-head-with-site = { $site } : { $title }{ $dash }{ $status }.
# La même sans le nom du site : « Cause identifiée : Échec des paiements par carte. » ($stop est le point,
# ou rien après un titre coupé par « … »).
short-head = { $status } : { $title }{ $stop }
# La ligne de Slack sous le titre : « Majeur · 23 nov. 2026, 15:28 GMT · concerne Paiement ».
slack-facts = { $impact } · { $when } · { $open ->
    [yes] concerne
   *[no] concernait
} { $components }

## Notifications : messages de chat, e-mail et webhook, dans la langue du site

# Un libellé avant les composants concernés, dans les cartes de chat : « Concernés ».
notify-affected = Concernés
# Un libellé avant l’heure promise, dans les cartes de chat : « Prochaine mise à jour au plus tard ».
notify-next-update-label = Prochaine mise à jour au plus tard
# En gras dans les messages de chat : « Prochaine mise à jour au plus tard à 16:30 GMT demain (mer. 2 déc.) ».
notify-next-update = Prochaine mise à jour au plus tard à { $when }
# Un libellé avant le signataire de la mise à jour, dans la carte Teams.
notify-signed = Signé
# Un libellé avant le statut et l’heure de la mise à jour, dans la carte Discord.
notify-status = Statut
# Le lien après un texte coupé pour tenir dans le canal.
notify-read-full = Lire la mise à jour complète
# Le lien après un texte complet.
notify-follow = Suivre cet incident
# Les composants omis quand la liste ne tient pas : « Paiement, Recherche et 12 autres ».
notify-more-components = { $count } autres
# Ce qu’est le message d’excuses.
notify-apology = Nos excuses
# Ce qu’est le message d’une analyse post-incident.
notify-review = Analyse post-incident
# Ce qu’est un rappel avant une maintenance.
notify-reminder = Rappel : une maintenance commence bientôt
# Le texte du rappel : « La maintenance planifiée commence à 02:00 GMT demain (jeu. 3 déc.) et
# devrait se terminer au plus tard à 04:00 GMT aujourd’hui. »
notify-reminder-body = La maintenance planifiée commence à { $from } et devrait se terminer au plus tard à { $until }.
# Une réparation dans le message d’excuses : « - 10 % d’avoir : tous les clients (automatique, rien à faire) ».
notify-remedy-line = - { $offer } : { $eligible } ({ $how }{ $when })
notify-remedy-automatic = automatique, rien à faire
notify-remedy-claim-at = demande sur <{ $url }>
# `candor notify --test` : le titre, le libellé et le texte du message de test.
notify-test-title = Message de test de { $site }
notify-test-label = Test
notify-test-body = Ceci est un test de la cible `{ $target }`, envoyé par `candor notify --test`. Les mises à jour concernant { $site } arriveront ici comme celle-ci.
# Le lien à la fin d’un e-mail : « Lire sur la page d’état : https://… » (partie texte) et
# les mots du lien (partie HTML).
email-read-line = Lire sur la page d’état : { $url }
email-read = Lire sur la page d’état
# Le lien de désinscription en bas d’un e-mail : « Se désinscrire : https://… » et ses mots.
email-unsubscribe-line = Se désinscrire : { $url }
email-unsubscribe = Se désinscrire
# Comment un lecteur d’écran nomme l’article de l’e-mail (son aria-roledescription).
email-role = e-mail

## Temps relatifs : à côté d’une heure absolue, au moment de la génération (« il y a 12 minutes », « dans 25 minutes »).
## Le script en direct dit la même chose avec Intl.RelativeTimeFormat du navigateur : garder les formes
## longues de CLDR, pour qu’une page se lise de la même façon avec et sans JavaScript.

# Moins d’une minute dans un sens ou dans l’autre.
relative-now = maintenant
relative-minutes-ago = { $count ->
    [one] il y a { $count } minute
    [many] il y a { $count } de minutes
   *[other] il y a { $count } minutes
}
relative-in-minutes = { $count ->
    [one] dans { $count } minute
    [many] dans { $count } de minutes
   *[other] dans { $count } minutes
}
relative-hours-ago = { $count ->
    [one] il y a { $count } heure
    [many] il y a { $count } d’heures
   *[other] il y a { $count } heures
}
relative-in-hours = { $count ->
    [one] dans { $count } heure
    [many] dans { $count } d’heures
   *[other] dans { $count } heures
}
relative-days-ago = { $count ->
    [one] il y a { $count } jour
    [many] il y a { $count } de jours
   *[other] il y a { $count } jours
}
relative-in-days = { $count ->
    [one] dans { $count } jour
    [many] dans { $count } de jours
   *[other] dans { $count } jours
}

## Intégration (embed.html) : l’état dans un petit cadre sur la page d’un client

# Le titre du document du cadre : « Acme Status : Tous les systèmes sont opérationnels ».
embed-title = { $site } : { $state }
# Une maintenance en cours, après son titre : « Maintenance : En cours ».
embed-maintenance = Maintenance : { $status }
# Le titre du cadre dans le code que propose la page « Être informé » (les lecteurs d’écran l’annoncent) :
# « État actuel de Acme Status ».
embed-frame-title = État actuel de { $site }
# Le lien vers les incidents pour lesquels le cadre manque de place.
embed-more = { $count } de plus sur la page d’état
# Quand le cadre a été généré : « État au 23 nov. 2026, 15:45 GMT ».
embed-as-of = État au { $time }

## Être informé (subscribe/index.html) : tous les moyens de suivre le site. Une phrase autour d’un
## lien est faite de deux messages, avant et après lui (« -after »).

# Le titre de la page : « Être informé · Acme Status ».
subscribe-page-title = Être informé · { $site }
# Aussi le lien de l’intégration et de chaque page vers cette page.
subscribe-title = Être informé
# La meta description de la page ; $email vaut « yes » quand le site propose une inscription par e-mail.
subscribe-description = Tous les moyens d’être informé des incidents et maintenances de { $site } : { $email ->
    [yes] flux, calendrier, e-mail, une intégration pour votre propre site et une API.
   *[no] flux, calendrier, une intégration pour votre propre site et une API.
}
subscribe-intro = Inutile de garder cette page ouverte. Choisissez l’un de ces moyens pour être prévenu par nous quand quelque chose ne va pas, quand c’est réparé, et avant une maintenance planifiée.
subscribe-email-heading = Par e-mail
# « Écrivez à <status@acme.example> pour recevoir chaque mise à jour par e-mail. »
subscribe-email-write-to = Écrivez à
subscribe-email-write-to-after = pour recevoir chaque mise à jour par e-mail.
# « <Inscrivez-vous aux mises à jour par e-mail> pour recevoir chaque mise à jour dans votre boîte de réception. »
subscribe-email-sign-up = Inscrivez-vous aux mises à jour par e-mail
subscribe-email-sign-up-after = pour recevoir chaque mise à jour dans votre boîte de réception.
subscribe-feeds-heading = Dans un lecteur de flux
subscribe-feeds-intro = Un flux reçoit chaque mise à jour dès que nous la publions. Ajoutez l’une de ces adresses à votre lecteur de flux (ou à Slack ou Teams, qui peuvent suivre des flux) :
subscribe-feed-atom = Flux Atom de toutes les mises à jour
subscribe-feed-rss = Flux RSS de toutes les mises à jour
subscribe-feed-json = JSON Feed de toutes les mises à jour
subscribe-component-feeds-heading = Uniquement les services que vous utilisez
subscribe-component-feeds-intro = Chaque service a ses propres flux, avec uniquement les incidents qui le concernent.
subscribe-component-atom = Flux Atom pour { $component }
subscribe-component-rss = Flux RSS pour { $component }
subscribe-calendar-heading = Dans votre calendrier
subscribe-calendar-intro = Les maintenances planifiées apparaissent dans votre calendrier et restent à jour.
# « <S’abonner au calendrier des maintenances> (ouvre votre application de calendrier) ».
subscribe-calendar-subscribe = S’abonner au calendrier des maintenances
subscribe-calendar-subscribe-after = (ouvre votre application de calendrier)
# « Si votre application de calendrier demande une adresse, indiquez <le fichier du calendrier des maintenances> : webcal://… ».
subscribe-calendar-address = Si votre application de calendrier demande une adresse, indiquez
subscribe-calendar-file = le fichier du calendrier des maintenances
subscribe-embed-heading = Sur votre propre site
# La ligne avant le code de l’intégration, qui dit ce qu’elle est.
subscribe-embed-intro = Affichez l’état actuel sur votre propre page ou votre intranet. Copiez ce code dans votre page :
# « Elle affiche … avec un lien vers cette page. <Voir à quoi ressemble l’intégration>. »
subscribe-embed-what = Elle affiche l’état et tout incident en cours, avec un lien vers cette page.
subscribe-embed-see = Voir à quoi ressemble l’intégration
# Avant le CSS à ajouter, `color-scheme: light`, affiché ensuite comme code.
subscribe-embed-scheme = Elle n’a pas de fond propre et reprend les couleurs claires ou sombres de votre page. Si votre page est toujours claire sans l’indiquer dans son CSS, ajoutez ceci au style de l’iframe :
subscribe-api-heading = Pour les développeurs
subscribe-api-intro = Notre état est aussi publié en JSON, au même format que l’API publique d’Atlassian Statuspage : les outils qui lisent Statuspage le lisent sans modification :
subscribe-api-summary = Résumé : état, services et incidents ouverts
subscribe-api-status = État global uniquement
subscribe-api-incidents = Incidents récents
subscribe-api-upcoming = Maintenances à venir

## Sites in more than one language

# The language's name in itself, as the language switcher shows it.
language-name = Français
# The label of the language switcher.
nav-languages = Langues
# Above a text the site has not translated into this page's language; $language is the name
# (in itself) of the language it is shown in.
untranslated = Disponible uniquement dans sa langue d’origine : { $language }.
