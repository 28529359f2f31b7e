### As palavras do candor em português do Brasil: cada frase que um cliente lê nas páginas, nos
### feeds, nos textos da API, no selo, no calendário, no embed, nos anúncios e nas notificações.
### Datas, horas, listas e números vêm do CLDR: uma mensagem apenas os posiciona.
### Um tema substitui qualquer mensagem em themes/<nome>/i18n/pt-BR.ftl.

## Times

time-zoned = { $time } { $zone }
date-and-time = { $date }, { $time }
time-on-day = { $time } { $day }
day-today = hoje
day-tomorrow = amanhã, { $date }
day-yesterday = ontem, { $date }
day-on = em { $date }

## Durations: "2 h 28 min", "3 dias 4 h"

duration-days = { $count ->
    [one] { $count } dia
   *[other] { $count } dias
}
duration-hours = { $count } h
duration-minutes = { $count } min
duration-two-parts = { $first } { $second }
duration-under-a-minute = menos de um minuto
late-minutes = { $count ->
    [one] { $count } minuto
   *[other] { $count } minutos
}

## Sentences and lists

sentence = { $clause }.
person-with-role = { $name }, { $role }

## Status words. Values are the ones incident files use (docs/format.md).

kind-incident = Incidente
kind-maintenance = Manutenção
impact-none = Sem impacto
impact-minor = Baixo
impact-major = Alto
impact-critical = Crítico
declared-impact = Impacto declarado: { $impact ->
    [minor] baixo
    [major] alto
    [critical] crítico
   *[none] nenhum
}
status-investigating = Investigando
status-identified = Identificado
status-monitoring = Monitorando
status-resolved = Resolvido
status-scheduled = Agendada
status-in_progress = Em andamento
status-verifying = Verificando
status-completed = Concluída
update-reopened = Reaberto: { $status }
phase-as-scheduled = Em andamento conforme o previsto
phase-unconfirmed = Conclusão não confirmada
window-note-as-scheduled = A janela começou às { $opened }; o trabalho está em andamento conforme o previsto.
window-note-unconfirmed = A janela terminou às { $closed }; a conclusão do trabalho ainda não foi confirmada.
state-operational = Operacional
state-under_maintenance = Em manutenção
state-degraded_performance = Desempenho degradado
state-partial_outage = Interrupção parcial
state-major_outage = Interrupção grave
state-operational-in-text = operacional
state-under_maintenance-in-text = em manutenção
state-degraded_performance-in-text = desempenho degradado
state-partial_outage-in-text = interrupção parcial
state-major_outage-in-text = interrupção grave
state-for = { $state } por { $duration }
component-states = { $component }: { $states }
how-automatic = Automático
how-claim = Solicitação

## The site's state, as the banner and the API's candor_description say it

indicator-operational = Todos os sistemas operacionais
indicator-major-outage = Interrupção grave do sistema
indicator-partial-outage = Interrupção parcial do sistema
indicator-degraded = Desempenho degradado
indicator-investigating = Investigando um problema
indicator-maintenance = Serviço em manutenção
indicator-monitoring = Operacional, monitorando uma correção

## The badge (badge.svg): its left half, then the state in few words

badge-label = status
badge-operational = operacional
badge-major-outage = interrupção grave
badge-partial-outage = interrupção parcial
badge-degraded = desempenho degradado
badge-investigating = investigando um problema
badge-maintenance = em manutenção
badge-monitoring = operacional, monitorando

## How long an incident lasted, said with what it measures

open-for = aberto por { $duration }
open-for-span = do primeiro relato até a resolução
open-for-so-far = aberto há { $duration }
open-for-so-far-span = desde o primeiro relato
work-took = o trabalho levou { $duration }
work-took-span = do início até a conclusão
work-so-far = trabalho em andamento há { $duration }
work-so-far-span = desde o início

## Uptime, in words beside the percentage

outage-major = { $duration } de interrupção grave
outage-partial = { $duration } de interrupção parcial
outage-none = nenhuma interrupção
incidents-in-days = { $count ->
    [0] nenhum incidente em { $days } dias
    [one] { $count } incidente em { $days } dias
   *[other] { $count } incidentes em { $days } dias
}
day-no-incidents = nenhum incidente
day-label = { $date }: { $summary }

## Promises of the next update, kept and broken

next-update-by = Próxima atualização até { $when }.
promise-came-late = Esta atualização chegou com { $late } de atraso: prometemos publicá-la até { $by }.
promise-kept = Prometida até { $by }: cumprido.
ledger-all-kept = { $judged ->
    [1] prometemos uma atualização no prazo e a publicamos
    [2] prometemos 2 atualizações no prazo e publicamos as duas
   *[other] prometemos { $judged } atualizações no prazo e publicamos todas as { $judged }
}
ledger-the-one-late = prometemos 1 atualização no prazo; ela chegou com { $late } de atraso
ledger-the-one-overdue = prometemos 1 atualização no prazo; até agora ela está { $late } atrasada
ledger-some-late = prometemos { $judged } atualizações no prazo e publicamos { $kept ->
    [0] nenhuma no prazo
   *[other] { $kept } no prazo
}; { $missed ->
    [one] uma chegou com { $late } de atraso
   *[other] { $missed } chegaram atrasadas, a última com { $late } de atraso
}
ledger-some-overdue = prometemos { $judged } atualizações no prazo e publicamos { $kept ->
    [0] nenhuma no prazo
   *[other] { $kept } no prazo
}; { $overdue ->
    [one] uma está atrasada
   *[other] { $overdue } estão atrasadas
}, em { $late } até agora

## Apologies and remedies

making-it-right = Como vamos compensar:
claim-by-email = Faça sua solicitação por e-mail para { $address }
claim-on = Faça sua solicitação em { $host }
remedy-automatic = automático
remedy-claim-at = solicite em { $link }
remedy-issued-on = , emitido em { $date }
remedy-by = , até { $date }
remedy-line = { $offer } — { $eligible } ({ $how }{ $when })

## Feeds

feed-description = Incidentes e manutenções de { $site }
feed-component-title = { $component } — { $site }
feed-component-description = Incidentes e manutenções que afetam { $component }
entry-update-title = { $status } — { $title }
entry-apology-title = Nosso pedido de desculpas — { $title }
entry-review-title = Análise pós-incidente — { $title }
full-timeline = Linha do tempo completa

## The maintenance calendar (maintenance.ics)

calendar-name = { $site } — manutenção programada
calendar-summary = Manutenção: { $title }
calendar-facts = { $open ->
    [yes] Afeta
   *[no] Afetou
}: { $affects }
    Status: { $status }
    Responsável: { $responsible }

## Every page: title, navigation, footer

page-title = { $page } · { $site }
site-description = { $status }. { $about }
feed-link-title-site = { $site } ({ $format })
feed-link-title = { $page } · { $site } ({ $format })
skip-to-content = Pular para o conteúdo
nav-site = Site
nav-current-status = Status atual
nav-history = Histórico
nav-get-updates = Receber atualizações
nav-breadcrumb = Trilha de navegação
nav-years = Anos
crumb-status = Status
footer-feeds = Acompanhe cada atualização em um leitor de feeds:
footer-more-ways = Mais formas de receber atualizações.
footer-times = Os horários são exibidos em { $zone }, com o fuso após cada horário. Página gerada em { $built }.
footer-contact = Dúvidas? Fale com { $contact }.
footer-help-pages = Nossas páginas de ajuda
list-separator = {", "}
full-stop = {"."}
list-separator-strong = {"; "}
your-time = ({ $time } { $day }, no seu horário)

## The status page

as-of = Atualizado: { $time }.
ongoing-count = { $count ->
    [one] { $count } incidente em andamento.
   *[other] { $count } incidentes em andamento.
}
ongoing-incidents = Incidentes em andamento
more-ongoing-in-history = { $count ->
    [one] Há mais { $count } incidente em andamento no histórico.
   *[other] Há mais { $count } incidentes em andamento no histórico.
}
maintenance-in-progress = Manutenção em andamento
more-in-progress-in-history = { $count ->
    [one] Há mais { $count } em andamento no histórico.
   *[other] Há mais { $count } em andamento no histórico.
}
components-heading = Componentes
uptime-hint = Disponibilidade nos últimos { $days } dias. Cada barra é um dia, o mais antigo à esquerda; uma barra de altura total é um dia com problema, descrito na página do componente.
uptime-percent = { $uptime }% de disponibilidade
for-component = de { $component }
scheduled-maintenance = Manutenção programada
more-scheduled = { $count ->
    [one] Há mais { $count } programada no histórico e no calendário:
   *[other] Há mais { $count } programadas no histórico e no calendário:
}
the-calendar = o calendário
our-apologies = Nossos pedidos de desculpas
apology-row = { $title }: uma carta de { $author }
making-it-right-row = o que estamos fazendo para compensar
more-apologies-in-history = { $count ->
    [one] Há mais { $count } dos últimos { $days } dias no histórico.
   *[other] Há mais { $count } dos últimos { $days } dias no histórico.
}
recent-incidents = Incidentes recentes
no-recent-incidents = Nenhum incidente resolvido nos últimos { $days } dias.
full-incident-history = Histórico completo de incidentes
row-our-apology = nosso pedido de desculpas

## An incident: its facts first, then its updates

fact-status = Status
fact-affects = { $tense ->
    [present] Afeta
   *[past] Afetou
}
fact-state-now = Estado atual
fact-next-update = Próxima atualização
fact-accountable = Responsável
fact-who-accountable = { $tense ->
    [present] Quem é responsável
   *[past] Quem foi responsável
}
owner-until = { $tense ->
    [present] { $owner } é responsável por { $kind ->
        [maintenance] esta manutenção até que ela seja concluída
       *[incident] este incidente até que ele seja resolvido
    }
   *[past] { $owner } foi responsável por { $kind ->
        [maintenance] esta manutenção até que ela fosse concluída
       *[incident] este incidente até que ele fosse resolvido
    }
}.
fact-workaround = Solução alternativa
fact-window = Janela
fact-started = Início
fact-ended = { $kind ->
    [maintenance] Concluída
   *[incident] Resolvido
}
fact-how-long = Duração
how-long = { $duration }, { $span }
fact-time-in-states = { $open ->
    [true] Tempo em cada estado até agora
   *[false] Tempo em cada estado
}
component-in-state = { $component }: { $state }
since = desde { $time }
window-from-to = { $from } até { $until }
window-from-to-length = { $from } até { $until } ({ $length })
badge-scheduled-maintenance = Manutenção programada
promise-next = Próxima atualização até { $when } — { $author }
promise-overdue = Esta atualização está { $late } atrasada. Prometemos publicá-la até { $when } — { $author }.
promise-none = Ainda não informamos quando sairá a próxima atualização.
read-our-apology = { $remedies ->
    [0] Leia o pedido de desculpas de { $author }.
   *[other] Leia o pedido de desculpas de { $author } e o que estamos fazendo para compensar.
}
updates-heading = Atualizações
changes-label = Estado dos componentes nesta atualização
promised-next = Próxima atualização prometida até { $when }{ $outcome ->
    [kept] : cumprido.
    [missed] : chegou com { $late } de atraso.
    [overdue] : agora { $late } atrasada.
   *[pending] .
}
review-heading = Análise pós-incidente
published-at = Publicado { $time }
incident-description = { $status }: { $summary }

## The apology page

apology-title = Nosso pedido de desculpas: { $title }
apology-description = Uma carta de { $author } sobre { $title } e o que estamos fazendo para compensar.
apology-heading = Pedimos desculpas: { $title }
apology-about = { $resolved ->
    [true] sobre o incidente de { $started }
   *[false] sobre o incidente em andamento
}
what-you-get = O que você recebe
who-qualifies = Quem tem direito
how-you-get-it = Como receber
claims-closed-on = Prazo para solicitações encerrado: { $date }
claim-directly = Solicite diretamente a nós
automatic-nothing-to-do = Automático — você não precisa fazer nada
deadline = Prazo
deadline-by = { $how ->
    [claim] Solicite até { $date }
   *[automatic] Use até { $date }
}
issued-on = Emissão: { $date }
letter-from = Uma carta de { $author }
what-happened = O que aconteceu, atualização por atualização

## The history

history-of = Histórico de { $period }
incident-history = Histórico de incidentes
incident-history-of = Histórico de incidentes: { $period }
keeping-our-word = Cumprindo nossa palavra: nos últimos { $days } dias, { $clause }.
all-of-year = Todo o ano de { $year }
all-from-month = { $count ->
    [one] { $count } de { $month }
   *[other] Todos os { $count } de { $month }
}
no-incidents-yet = Nenhum incidente até agora.

## A component's page

component-description = { $component }: { $state }. { $uptime }% de disponibilidade em { $days } dias: { $outage }, { $incidents }.
state-now = Agora: { $state }
the-last-days = Os últimos { $days } dias
days-with-incidents = { $count ->
    [one] { $count } dia com incidentes; nos demais dias não houve nenhum.
   *[other] { $count } dias com incidentes; nos demais dias não houve nenhum.
}
col-day = Dia
col-what-happened = O que aconteceu
full-history = Histórico completo
none-yet = Nenhum até agora.
follow-component = Acompanhe { $component }
feeds-of-its-incidents = Feeds dos seus incidentes:
badge-of-its-state = Um selo do seu estado:

## The page for an address with no page (404)

not-found = Página não encontrada
not-found-text = Não há nenhuma página neste endereço.
not-found-status-link = O status atual de todos os serviços
not-found-history-link = Incidentes anteriores, no histórico

## Announce (`candor announce`): text ready to send by email, SMS, a social post or Slack

announce-subject = [{ $status }] { $title }
announce-heading = { $status } — { $when }
affected-line = Afetados: { $components }
follow-line = Acompanhe este incidente: { $url }
short-head-with-site = { $site }: { $title }{ $dash }{ $status }.
short-head = { $status }: { $title }{ $stop }
slack-facts = { $impact } · { $when } · { $open ->
    [yes] afeta
   *[no] afetou
} { $components }

## Notify: chat, email and webhook messages, in the site's language

notify-affected = Afetados
notify-next-update-label = Próxima atualização até
notify-next-update = Próxima atualização até { $when }
notify-signed = Assinado por
notify-status = Status
notify-read-full = Leia a atualização completa
notify-follow = Acompanhe este incidente
notify-more-components = mais { $count }
notify-apology = Nosso pedido de desculpas
notify-review = Análise pós-incidente
notify-reminder = Lembrete: a manutenção começa em breve
notify-reminder-body = A manutenção programada começa às { $from } e deve terminar até { $until }.
notify-remedy-line = - { $offer }: { $eligible } ({ $how }{ $when })
notify-remedy-automatic = automático, você não precisa fazer nada
notify-remedy-claim-at = solicite em <{ $url }>
notify-test-title = Mensagem de teste de { $site }
notify-test-label = Teste
notify-test-body = Este é um teste do destino `{ $target }`, enviado por `candor notify --test`. As atualizações sobre { $site } chegarão aqui assim como esta.
email-read-line = Leia na página de status: { $url }
email-read = Leia na página de status
email-unsubscribe-line = Cancelar inscrição: { $url }
email-unsubscribe = Cancelar inscrição
email-role = e-mail

## Relative times: beside an absolute time, as of the build ("há 12 minutos", "em 25 minutos").
## The live script says the same with the browser's Intl.RelativeTimeFormat: keep these as
## CLDR's long forms say them, so a page reads the same with and without JavaScript.

relative-now = agora
relative-minutes-ago = { $count ->
    [one] há { $count } minuto
   *[other] há { $count } minutos
}
relative-in-minutes = { $count ->
    [one] em { $count } minuto
   *[other] em { $count } minutos
}
relative-hours-ago = { $count ->
    [one] há { $count } hora
   *[other] há { $count } horas
}
relative-in-hours = { $count ->
    [one] em { $count } hora
   *[other] em { $count } horas
}
relative-days-ago = { $count ->
    [one] há { $count } dia
   *[other] há { $count } dias
}
relative-in-days = { $count ->
    [one] em { $count } dia
   *[other] em { $count } dias
}

## Embed (embed.html): the status in a small frame on a customer's own page

embed-title = { $site }: { $state }
embed-maintenance = Manutenção: { $status }
embed-frame-title = Status atual de { $site }
embed-more = mais { $count } na página de status
embed-as-of = Atualizado: { $time }

## Get updates (subscribe/index.html): every way to follow the site. A sentence around a
## link is two messages, before and after it ("-after").

subscribe-page-title = Receber atualizações · { $site }
subscribe-title = Receber atualizações
subscribe-description = Todas as formas de saber sobre incidentes e manutenções de { $site }: { $email ->
    [yes] feeds, calendário, e-mail, um embed para o seu site e uma API.
   *[no] feeds, calendário, um embed para o seu site e uma API.
}
subscribe-intro = Você não precisa manter esta página aberta. Escolha qualquer uma destas formas de receber notícias nossas quando algo der errado, quando for corrigido e antes de manutenções programadas.
subscribe-email-heading = Por e-mail
subscribe-email-write-to = Escreva para
subscribe-email-write-to-after = para receber cada atualização por e-mail.
subscribe-email-sign-up = Cadastre-se para receber atualizações por e-mail
subscribe-email-sign-up-after = e receba cada atualização na sua caixa de entrada.
subscribe-feeds-heading = Em um leitor de feeds
subscribe-feeds-intro = Um feed recebe cada atualização assim que a publicamos. Adicione um destes endereços ao seu leitor de feeds (ou ao Slack ou ao Teams, que podem acompanhar feeds):
subscribe-feed-atom = Feed Atom de todas as atualizações
subscribe-feed-rss = Feed RSS de todas as atualizações
subscribe-feed-json = JSON Feed de todas as atualizações
subscribe-component-feeds-heading = Apenas os serviços que você usa
subscribe-component-feeds-intro = Cada serviço tem seus próprios feeds, apenas com os incidentes que o afetam.
subscribe-component-atom = Feed Atom de { $component }
subscribe-component-rss = Feed RSS de { $component }
subscribe-calendar-heading = No seu calendário
subscribe-calendar-intro = As manutenções programadas aparecem no seu calendário e ficam sempre atualizadas.
subscribe-calendar-subscribe = Assine o calendário de manutenções
subscribe-calendar-subscribe-after = (abre o seu app de calendário)
subscribe-calendar-address = Se o seu app de calendário pedir um endereço, informe
subscribe-calendar-file = o arquivo do calendário de manutenções
subscribe-embed-heading = No seu próprio site
subscribe-embed-intro = Mostre o status atual na sua própria página ou intranet. Copie este código para a sua página:
subscribe-embed-what = Ele mostra o status e qualquer incidente em andamento, com um link para esta página.
subscribe-embed-see = Veja como o embed fica
subscribe-embed-scheme = Ele não tem fundo próprio e usa as cores claras ou escuras da sua página. Se a sua página é sempre clara e não declara isso no CSS, adicione isto ao estilo do iframe:
subscribe-api-heading = Para desenvolvedores
subscribe-api-intro = Nosso status também é publicado em JSON no mesmo formato da API pública do Atlassian Statuspage, então ferramentas que leem o Statuspage o leem sem alterações:
subscribe-api-summary = Resumo: status, serviços e incidentes abertos
subscribe-api-status = Apenas o status geral
subscribe-api-incidents = Incidentes recentes
subscribe-api-upcoming = Próximas manutenções

## Sites in more than one language

# The language's name in itself, as the language switcher shows it.
language-name = Português (Brasil)
# The label of the language switcher.
nav-languages = Idiomas
# Above a text the site has not translated into this page's language; $language is the name
# (in itself) of the language it is shown in.
untranslated = Disponível apenas no idioma original: { $language }.
