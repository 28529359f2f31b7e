### candor 的简体中文：页面、订阅源、API 说明文字、徽章、日历、嵌入组件、
### announce 文本和 notify 消息中客户读到的每一句话。
### 日期、时间、列表和数字已由 CLDR 格式化，消息只负责放置它们。
### 主题可在 themes/<name>/i18n/<language>.ftl 中覆盖任何消息。

## Times

# 带时区的时间：“09:20 GMT+8”。
time-zoned = { $time } { $zone }
# 日期和时间：“2026年11月20日 09:20 GMT+8”。
date-and-time = { $date } { $time }
# 相对今天的日期和时间：“明天（12月2日周三）14:30 GMT+8”。
time-on-day = { $day } { $time }
day-today = 今天
day-tomorrow = 明天（{ $date }）
day-yesterday = 昨天（{ $date }）
day-on = { $date }

## Durations: "2 h 28 min", "3 days 4 h"

duration-days = { $count }天
duration-hours = { $count }小时
duration-minutes = { $count }分钟
duration-two-parts = { $first }{ $second }
duration-under-a-minute = 不到1分钟
# 承诺的更新迟到多久（不到一小时）：“12 分钟”。
late-minutes = { $count }分钟

## Sentences and lists

sentence = { $clause }。
person-with-role = { $name }（{ $role }）

## Status words. Values are the ones incident files use (docs/format.md).

kind-incident = 事件
kind-maintenance = 维护
impact-none = 无影响
impact-minor = 轻微
impact-major = 严重
impact-critical = 危急
declared-impact = 公布的影响级别：{ $impact ->
    [minor] 轻微
    [major] 严重
    [critical] 危急
   *[none] 无
}
status-investigating = 调查中
status-identified = 已确定原因
status-monitoring = 监控中
status-resolved = 已解决
status-scheduled = 已计划
status-in_progress = 进行中
status-verifying = 验证中
status-completed = 已完成
update-reopened = 已重新打开：{ $status }
phase-as-scheduled = 按计划进行中
phase-unconfirmed = 尚未确认完成
window-note-as-scheduled = 维护时段已于 { $opened } 开始；工作正按计划进行。
window-note-unconfirmed = 维护时段已于 { $closed } 结束；工作尚未确认完成。
state-operational = 运行正常
state-under_maintenance = 维护中
state-degraded_performance = 性能下降
state-partial_outage = 部分中断
state-major_outage = 严重中断
state-operational-in-text = 运行正常
state-under_maintenance-in-text = 维护中
state-degraded_performance-in-text = 性能下降
state-partial_outage-in-text = 部分中断
state-major_outage-in-text = 严重中断
state-for = { $state } { $duration }
component-states = { $component }：{ $states }
how-automatic = 自动发放
how-claim = 需申请

## The site's state, as the banner and the API's candor_description say it

indicator-operational = 所有系统运行正常
indicator-major-outage = 系统严重中断
indicator-partial-outage = 系统部分中断
indicator-degraded = 性能下降
indicator-investigating = 正在调查问题
indicator-maintenance = 服务维护中
indicator-monitoring = 运行正常，正在监控修复效果

## The badge (badge.svg): its left half, then the state in few words

badge-label = 状态
badge-operational = 运行正常
badge-major-outage = 系统严重中断
badge-partial-outage = 系统部分中断
badge-degraded = 性能下降
badge-investigating = 正在调查问题
badge-maintenance = 服务维护中
badge-monitoring = 正常，监控修复中

## How long an incident lasted, said with what it measures

open-for = 持续{ $duration }
open-for-span = 从首次报告到解决
open-for-so-far = 目前已持续{ $duration }
open-for-so-far-span = 自首次报告起
work-took = 工作用时{ $duration }
work-took-span = 从开始到完成
work-so-far = 工作目前已进行{ $duration }
work-so-far-span = 自开始起

## Uptime, in words beside the percentage

outage-major = 严重中断{ $duration }
outage-partial = 部分中断{ $duration }
outage-none = 无中断
incidents-in-days = { $count ->
    [0] { $days }天内无事件
   *[other] { $days }天内{ $count }起事件
}
day-no-incidents = 无事件
day-label = { $date }：{ $summary }

## Promises of the next update, kept and broken

next-update-by = 下次更新将不晚于 { $when }。
promise-came-late = 本次更新迟到了{ $late }：我们曾承诺在 { $by } 前发布。
promise-kept = 承诺在 { $by } 前更新：已兑现。
ledger-all-kept = { $judged ->
    [1] 我们承诺按时发布1次更新，并按时发布了
    [2] 我们承诺按时发布2次更新，两次都按时发布了
   *[other] 我们承诺按时发布{ $judged }次更新，全部{ $judged }次都按时发布了
}
ledger-the-one-late = 我们承诺按时发布1次更新；它迟到了{ $late }
ledger-the-one-overdue = 我们承诺按时发布1次更新；它目前已逾期{ $late }
ledger-some-late = 我们承诺按时发布{ $judged }次更新，{ $kept ->
    [0] 没有一次按时发布
   *[other] 按时发布了{ $kept }次
}；{ $missed ->
    [1] 有1次迟到了{ $late }
   *[other] 有{ $missed }次迟到，最长迟到{ $late }
}
ledger-some-overdue = 我们承诺按时发布{ $judged }次更新，{ $kept ->
    [0] 没有一次按时发布
   *[other] 按时发布了{ $kept }次
}；有{ $overdue }次目前已逾期，最长{ $late }

## Apologies and remedies

making-it-right = 我们的补偿：
claim-by-email = 请发送电子邮件至 { $address } 申请
claim-on = 请在 { $host } 申请
remedy-automatic = 自动发放
remedy-claim-at = 在 { $link } 申请
remedy-issued-on = ，已于 { $date } 发放
remedy-by = ，截止 { $date }
remedy-line = { $offer } — { $eligible }（{ $how }{ $when }）

## Feeds

feed-description = { $site } 的事件与维护
feed-component-title = { $component } — { $site }
feed-component-description = 影响 { $component } 的事件与维护
entry-update-title = { $status } — { $title }
entry-apology-title = 致歉 — { $title }
entry-review-title = 事后复盘 — { $title }
full-timeline = 完整时间线

## The maintenance calendar (maintenance.ics)

calendar-name = { $site } — 计划维护
calendar-summary = 维护：{ $title }
calendar-facts = { $open ->
    [yes] 影响范围
   *[no] 影响范围
}：{ $affects }
    状态：{ $status }
    负责人：{ $responsible }

## Every page: title, navigation, footer

page-title = { $page } · { $site }
site-description = { $status }。{ $about }
feed-link-title-site = { $site }（{ $format }）
feed-link-title = { $page } · { $site }（{ $format }）
skip-to-content = 跳到正文
nav-site = 网站
nav-current-status = 当前状态
nav-history = 历史记录
nav-get-updates = 获取更新
nav-breadcrumb = 面包屑导航
nav-years = 年份
crumb-status = 状态
footer-feeds = 在订阅源阅读器中关注每一次更新：
footer-more-ways = 获取更新的更多方式。
footer-times = 时间以 { $zone } 显示，每个时间后均注明时区。页面生成于 { $built }。
footer-contact = 如有疑问，请联系 { $contact }。
footer-help-pages = 帮助中心
list-separator = {"、"}
full-stop = {"。"}
list-separator-strong = {"；"}
your-time = （您当地时间：{ $day } { $time }）

## The status page

as-of = 截至 { $time }。
ongoing-count = 当前有{ $count }起事件正在处理。
ongoing-incidents = 正在处理的事件
more-ongoing-in-history = 另有{ $count }起正在处理的事件列在历史记录中。
maintenance-in-progress = 正在进行的维护
more-in-progress-in-history = 另有{ $count }项正在进行的维护列在历史记录中。
components-heading = 组件
uptime-hint = 过去{ $days }天的可用性。每个竖条代表一天，最左侧为最早的一天；满高的竖条表示当天出现问题，详情以文字列在该组件的页面上。
uptime-percent = 可用性{ $uptime }%
for-component = 涉及 { $component }
scheduled-maintenance = 计划维护
more-scheduled = 另有{ $count }项计划维护列在历史记录和日历中：
the-calendar = 日历
our-apologies = 我们的致歉
apology-row = { $title }：{ $author } 的致歉信
making-it-right-row = 我们的补偿措施
more-apologies-in-history = 过去{ $days }天内另有{ $count }封致歉信列在历史记录中。
recent-incidents = 近期事件
no-recent-incidents = 过去{ $days }天内没有已解决的事件。
full-incident-history = 完整事件历史
row-our-apology = 我们的致歉

## An incident: its facts first, then its updates

fact-status = 状态
fact-affects = { $tense ->
    [present] 影响范围
   *[past] 影响范围
}
fact-state-now = 当前状态
fact-next-update = 下次更新
fact-accountable = 负责人
fact-who-accountable = { $tense ->
    [present] 负责人
   *[past] 负责人
}
owner-until = { $tense ->
    [present] { $owner } 负责此{ $kind ->
        [maintenance] 维护，直至完成
       *[incident] 事件，直至解决
    }
   *[past] { $owner } 负责了此{ $kind ->
        [maintenance] 维护，直至完成
       *[incident] 事件，直至解决
    }
}。
fact-workaround = 临时解决方法
fact-window = 维护时段
fact-started = 开始时间
fact-ended = { $kind ->
    [maintenance] 完成时间
   *[incident] 解决时间
}
fact-how-long = 时长
how-long = { $duration }，{ $span }
fact-time-in-states = { $open ->
    [true] 目前各状态的持续时间
   *[false] 各状态的持续时间
}
component-in-state = { $component }：{ $state }
since = 自 { $time } 起
window-from-to = { $from } 至 { $until }
window-from-to-length = { $from } 至 { $until }（{ $length }）
badge-scheduled-maintenance = 计划维护
promise-next = 下次更新不晚于 { $when } — { $author }
promise-overdue = 本次更新已迟到{ $late }。我们曾承诺在 { $when } 前发布 — { $author }。
promise-none = 尚未给出下次更新的时间。
read-our-apology = { $remedies ->
    [0] 阅读 { $author } 的致歉信。
   *[other] 阅读 { $author } 的致歉信，以及我们的补偿措施。
}
updates-heading = 更新
changes-label = 本次更新中的组件状态
promised-next = 承诺下次更新不晚于 { $when }{ $outcome ->
    [kept] ：已兑现。
    [missed] ：迟到了{ $late }。
    [overdue] ：目前已逾期{ $late }。
   *[pending] 。
}
review-heading = 事后复盘
published-at = 发布于 { $time }
incident-description = { $status }：{ $summary }

## The apology page

apology-title = 我们的致歉：{ $title }
apology-description = { $author } 就“{ $title }”写给您的致歉信，以及我们的补偿措施。
apology-heading = 我们深表歉意：{ $title }
apology-about = { $resolved ->
    [true] 关于 { $started } 发生的事件
   *[false] 关于正在处理的事件
}
what-you-get = 您将获得
who-qualifies = 适用对象
how-you-get-it = 领取方式
claims-closed-on = 申请已于 { $date } 截止
claim-directly = 请直接向我们申请
automatic-nothing-to-do = 自动发放，无需任何操作
deadline = 截止日期
deadline-by = { $how ->
    [claim] 请在 { $date } 前申请
   *[automatic] 请在 { $date } 前使用
}
issued-on = 发放于 { $date }
letter-from = { $author } 的致歉信
what-happened = 事件经过（逐次更新）

## The history

history-of = { $period } 的历史记录
incident-history = 事件历史
incident-history-of = 事件历史：{ $period }
keeping-our-word = 信守承诺：过去{ $days }天内，{ $clause }。
all-of-year = { $year }年全部
all-from-month = { $month }全部{ $count }起
no-incidents-yet = 暂无事件。

## A component's page

component-description = { $component }：{ $state }。{ $days }天内可用性{ $uptime }%：{ $outage }，{ $incidents }。
state-now = 当前：{ $state }
the-last-days = 过去{ $days }天
days-with-incidents = 有{ $count }天发生事件；其余日期均无事件。
col-day = 日期
col-what-happened = 发生了什么
full-history = 完整历史记录
none-yet = 暂无。
follow-component = 关注 { $component }
feeds-of-its-incidents = 其事件的订阅源：
badge-of-its-state = 其状态的徽章：

## The page for an address with no page (404)

not-found = 找不到页面
not-found-text = 此地址没有页面。
not-found-status-link = 所有服务的当前状态
not-found-history-link = 历史记录中的过往事件

## Announce (`candor announce`): text ready to send by email, SMS, a social post or Slack

announce-subject = [{ $status }] { $title }
announce-heading = { $status } — { $when }
affected-line = 影响范围：{ $components }
follow-line = 关注此事件：{ $url }
short-head-with-site = { $site }：{ $title }{ $dash }{ $status }。
short-head = { $status }：{ $title }{ $stop }
slack-facts = { $impact } · { $when } · { $open ->
    [yes] 影响
   *[no] 影响了
} { $components }

## Notify: chat, email and webhook messages, in the site's language

notify-affected = 影响范围
notify-next-update-label = 下次更新不晚于
notify-next-update = 下次更新不晚于 { $when }
notify-signed = 署名
notify-status = 状态
notify-read-full = 阅读完整更新
notify-follow = 关注此事件
notify-more-components = 另外{ $count }个
notify-apology = 我们的致歉
notify-review = 事后复盘
notify-reminder = 提醒：维护即将开始
notify-reminder-body = 计划维护将于 { $from } 开始，预计于 { $until } 前结束。
notify-remedy-line = - { $offer }：{ $eligible }（{ $how }{ $when }）
notify-remedy-automatic = 自动发放，无需操作
notify-remedy-claim-at = 在 <{ $url }> 申请
notify-test-title = 来自 { $site } 的测试消息
notify-test-label = 测试
notify-test-body = 这是 `candor notify --test` 对 `{ $target }` 目标发送的测试消息。有关 { $site } 的更新将像这样发送到这里。
email-read-line = 在状态页面上阅读：{ $url }
email-read = 在状态页面上阅读
email-unsubscribe-line = 退订：{ $url }
email-unsubscribe = 退订
email-role = 电子邮件

## Relative times: beside an absolute time, as of the build ("12 minutes ago", "in 25 minutes").
## The live script says the same with the browser's Intl.RelativeTimeFormat: keep these as
## CLDR's long forms say them, so a page reads the same with and without JavaScript.

relative-now = 现在
relative-minutes-ago = { $count }分钟前
relative-in-minutes = { $count }分钟后
relative-hours-ago = { $count }小时前
relative-in-hours = { $count }小时后
relative-days-ago = { $count }天前
relative-in-days = { $count }天后

## Embed (embed.html): the status in a small frame on a customer's own page

embed-title = { $site }：{ $state }
embed-maintenance = 维护：{ $status }
embed-frame-title = { $site } 的当前状态
embed-more = 状态页面上还有{ $count }项
embed-as-of = 截至 { $time }

## Get updates (subscribe/index.html): every way to follow the site. A sentence around a
## link is two messages, before and after it ("-after").

subscribe-page-title = 获取更新 · { $site }
subscribe-title = 获取更新
subscribe-description = 了解 { $site } 事件与维护信息的所有方式：{ $email ->
    [yes] 订阅源、日历、电子邮件、可嵌入您网站的组件以及 API。
   *[no] 订阅源、日历、可嵌入您网站的组件以及 API。
}
subscribe-intro = 您无需一直打开此页面。出现问题时、问题修复后以及计划维护之前，您可以通过以下任一方式收到我们的通知。
subscribe-email-heading = 通过电子邮件
subscribe-email-write-to = 发送邮件至
subscribe-email-write-to-after = ，即可通过电子邮件接收每一次更新。
subscribe-email-sign-up = 订阅电子邮件更新
subscribe-email-sign-up-after = ，即可在收件箱中接收每一次更新。
subscribe-feeds-heading = 通过订阅源阅读器
subscribe-feeds-intro = 订阅源会在我们发布更新后立即收到每一次更新。请将以下任一地址添加到您的订阅源阅读器（或可关注订阅源的 Slack、Teams）：
subscribe-feed-atom = 全部更新的 Atom 订阅源
subscribe-feed-rss = 全部更新的 RSS 订阅源
subscribe-feed-json = 全部更新的 JSON Feed
subscribe-component-feeds-heading = 仅关注您使用的服务
subscribe-component-feeds-intro = 每项服务都有自己的订阅源，只包含影响该服务的事件。
subscribe-component-atom = { $component } 的 Atom 订阅源
subscribe-component-rss = { $component } 的 RSS 订阅源
subscribe-calendar-heading = 通过日历
subscribe-calendar-intro = 计划维护会显示在您的日历中，并自动保持最新。
subscribe-calendar-subscribe = 订阅维护日历
subscribe-calendar-subscribe-after = （将打开您的日历应用）
subscribe-calendar-address = 如果日历应用要求提供地址，请填写
subscribe-calendar-file = 维护日历文件
subscribe-embed-heading = 在您自己的网站上
subscribe-embed-intro = 在您自己的页面或内网上显示当前状态。请将以下代码复制到您的页面中：
subscribe-embed-what = 它显示当前状态和正在处理的事件，并附有返回此处的链接。
subscribe-embed-see = 查看嵌入效果
subscribe-embed-scheme = 它没有自己的背景，会沿用您页面的浅色或深色配色。如果您的页面始终为浅色且未在 CSS 中声明，请在 iframe 的 style 中添加：
subscribe-api-heading = 面向开发者
subscribe-api-intro = 我们的状态也以 JSON 形式发布，格式与 Atlassian Statuspage 的公开 API 相同，因此读取 Statuspage 的工具无需修改即可读取：
subscribe-api-summary = 摘要：状态、服务和未解决事件
subscribe-api-status = 仅总体状态
subscribe-api-incidents = 近期事件
subscribe-api-upcoming = 即将进行的维护

## Sites in more than one language

# The language's name in itself, as the language switcher shows it.
language-name = 简体中文
# The label of the language switcher.
nav-languages = 语言
# Above a text the site has not translated into this page's language; $language is the name
# (in itself) of the language it is shown in.
untranslated = 仅提供原文语言版本：{ $language }。
