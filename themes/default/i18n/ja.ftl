### candor の日本語: ページ、フィード、API の説明文、バッジ、カレンダー、埋め込み、
### announce と notify のメッセージで、お客様が読むすべての文。
### 日付・時刻・リスト・数値は CLDR によって整形済みで、メッセージはそれを配置するだけです。
### テーマは themes/<name>/i18n/<language>.ftl で任意のメッセージを上書きできます。

## Times

# タイムゾーン付きの時刻: 「09:20 JST」。
time-zoned = { $time } { $zone }
# 日付と時刻: 「2026/11/20 09:20 JST」。
date-and-time = { $date } { $time }
# 今日から見た日と時刻: 「明日（12/2（水））14:30 JST」。
time-on-day = { $day } { $time }
day-today = 今日
day-tomorrow = 明日（{ $date }）
day-yesterday = 昨日（{ $date }）
day-on = { $date }

## Durations: "2 h 28 min", "3 days 4 h"

duration-days = { $count }日
duration-hours = { $count }時間
duration-minutes = { $count }分
duration-two-parts = { $first }{ $second }
duration-under-a-minute = 1分未満
# 予定の更新の遅れ（1 時間未満）: 「12 分」。
late-minutes = { $count }分

## Sentences and lists

sentence = { $clause }。
person-with-role = { $name }（{ $role }）

## Status words. Values are the ones incident files use (docs/format.md).

kind-incident = 障害
kind-maintenance = メンテナンス
impact-none = 影響なし
impact-minor = 軽微
impact-major = 重大
impact-critical = 致命的
declared-impact = 宣言された影響度: { $impact ->
    [minor] 軽微
    [major] 重大
    [critical] 致命的
   *[none] なし
}
status-investigating = 調査中
status-identified = 原因特定
status-monitoring = 経過観察中
status-resolved = 解決済み
status-scheduled = 予定
status-in_progress = 実施中
status-verifying = 検証中
status-completed = 完了
update-reopened = 再開: { $status }
phase-as-scheduled = 予定どおり実施中
phase-unconfirmed = 完了未確認
window-note-as-scheduled = 作業時間帯は { $opened } に始まりました。作業は予定どおり進行中です。
window-note-unconfirmed = 作業時間帯は { $closed } に終了しました。作業の完了はまだ確認されていません。
state-operational = 正常稼働
state-under_maintenance = メンテナンス中
state-degraded_performance = パフォーマンス低下
state-partial_outage = 一部停止
state-major_outage = 大規模停止
state-operational-in-text = 正常稼働
state-under_maintenance-in-text = メンテナンス中
state-degraded_performance-in-text = パフォーマンス低下
state-partial_outage-in-text = 一部停止
state-major_outage-in-text = 大規模停止
state-for = { $state }（{ $duration }）
component-states = { $component }: { $states }
how-automatic = 自動適用
how-claim = 要申請

## The site's state, as the banner and the API's candor_description say it

indicator-operational = すべてのシステムが正常に稼働しています
indicator-major-outage = 大規模なシステム障害が発生しています
indicator-partial-outage = システムの一部で障害が発生しています
indicator-degraded = パフォーマンスが低下しています
indicator-investigating = 問題を調査しています
indicator-maintenance = メンテナンスを実施しています
indicator-monitoring = 正常稼働中（修正を経過観察しています）

## The badge (badge.svg): its left half, then the state in few words

badge-label = ステータス
badge-operational = 正常稼働
badge-major-outage = 大規模障害
badge-partial-outage = 一部障害
badge-degraded = 性能低下
badge-investigating = 調査中
badge-maintenance = メンテナンス中
badge-monitoring = 正常・経過観察中

## How long an incident lasted, said with what it measures

open-for = { $duration }継続
open-for-span = 最初の報告から解決まで
open-for-so-far = 現在まで{ $duration }継続
open-for-so-far-span = 最初の報告から
work-took = 作業{ $duration }
work-took-span = 開始から完了まで
work-so-far = 作業開始から{ $duration }経過
work-so-far-span = 開始から

## Uptime, in words beside the percentage

outage-major = 大規模停止{ $duration }
outage-partial = 一部停止{ $duration }
outage-none = 停止なし
incidents-in-days = { $count ->
    [0] 過去{ $days }日間に障害なし
   *[other] 過去{ $days }日間に障害{ $count }件
}
day-no-incidents = 障害なし
day-label = { $date }: { $summary }

## Promises of the next update, kept and broken

next-update-by = 次回の更新は { $when } までに行います。
promise-came-late = この更新は予定より{ $late }遅れました（{ $by } までにお知らせするとお約束していました）。
promise-kept = { $by } までのお約束: 守られました。
ledger-all-kept = { $judged ->
    [1] 期限付きでお約束した1件の更新を期限内にお届けしました
    [2] 期限付きでお約束した2件の更新を両方とも期限内にお届けしました
   *[other] 期限付きでお約束した{ $judged }件の更新をすべて期限内にお届けしました
}
ledger-the-one-late = 期限付きでお約束した1件の更新が{ $late }遅れました
ledger-the-one-overdue = 期限付きでお約束した1件の更新が現在{ $late }遅れています
ledger-some-late = 期限付きでお約束した{ $judged }件の更新のうち、期限内にお届けできたのは{ $kept ->
    [0] 0件でした
   *[other] { $kept }件でした
}。{ $missed ->
    [1] 1件が{ $late }遅れました
   *[other] { $missed }件が遅れ、最大の遅れは{ $late }でした
}
ledger-some-overdue = 期限付きでお約束した{ $judged }件の更新のうち、期限内にお届けできたのは{ $kept ->
    [0] 0件でした
   *[other] { $kept }件でした
}。{ $overdue }件が現在{ $late }遅れています

## Apologies and remedies

making-it-right = 埋め合わせについて:
claim-by-email = { $address } 宛てにメールでお申し出ください
claim-on = { $host } からお申し出ください
remedy-automatic = 自動適用
remedy-claim-at = { $link } から申請
remedy-issued-on = 、{ $date } 付与
remedy-by = 、{ $date } まで
remedy-line = { $offer } — { $eligible }（{ $how }{ $when }）

## Feeds

feed-description = { $site } の障害とメンテナンス
feed-component-title = { $component } — { $site }
feed-component-description = { $component } に影響する障害とメンテナンス
entry-update-title = { $status } — { $title }
entry-apology-title = お詫び — { $title }
entry-review-title = 事後レビュー — { $title }
full-timeline = 経緯の全文

## The maintenance calendar (maintenance.ics)

calendar-name = { $site } — メンテナンス予定
calendar-summary = メンテナンス: { $title }
calendar-facts = { $open ->
    [yes] 影響対象
   *[no] 影響対象
}: { $affects }
    ステータス: { $status }
    責任者: { $responsible }

## Every page: title, navigation, footer

page-title = { $page } · { $site }
site-description = { $status }。{ $about }
feed-link-title-site = { $site }（{ $format }）
feed-link-title = { $page } · { $site }（{ $format }）
skip-to-content = 本文へスキップ
nav-site = サイト
nav-current-status = 現在のステータス
nav-history = 履歴
nav-get-updates = 更新情報を受け取る
nav-breadcrumb = パンくずリスト
nav-years = 年
crumb-status = ステータス
footer-feeds = フィードリーダーですべての更新を受け取れます:
footer-more-ways = 更新情報を受け取るその他の方法。
footer-times = 時刻は { $zone } で表示しています（各時刻の後にタイムゾーンを記載）。ページ作成日時: { $built }。
footer-contact = お問い合わせ: { $contact }。
footer-help-pages = ヘルプページ
list-separator = {"、"}
full-stop = {"。"}
list-separator-strong = {"／"}
your-time = （お使いの環境の時刻: { $day } { $time }）

## The status page

as-of = { $time } 時点。
ongoing-count = 対応中の障害が{ $count }件あります。
ongoing-incidents = 対応中の障害
more-ongoing-in-history = 対応中の障害があと{ $count }件あります（履歴をご覧ください）。
maintenance-in-progress = 実施中のメンテナンス
more-in-progress-in-history = 実施中のメンテナンスがあと{ $count }件あります（履歴をご覧ください）。
components-heading = コンポーネント
uptime-hint = 過去{ $days }日間の稼働率です。1本のバーが1日を表し、左端が最も古い日です。高さいっぱいのバーは問題があった日で、詳細は各コンポーネントのページに記載しています。
uptime-percent = 稼働率{ $uptime }%
for-component = { $component } について
scheduled-maintenance = 予定されているメンテナンス
more-scheduled = 予定されているメンテナンスがあと{ $count }件あります（履歴とカレンダーをご覧ください）:
the-calendar = カレンダー
our-apologies = お詫び
apology-row = { $title }: { $author } からのお手紙
making-it-right-row = 埋め合わせの内容
more-apologies-in-history = 過去{ $days }日間のお詫びがあと{ $count }件あります（履歴をご覧ください）。
recent-incidents = 最近の障害
no-recent-incidents = 過去{ $days }日間に解決した障害はありません。
full-incident-history = 障害履歴をすべて見る
row-our-apology = お詫び

## An incident: its facts first, then its updates

fact-status = ステータス
fact-affects = { $tense ->
    [present] 影響対象
   *[past] 影響対象
}
fact-state-now = 現在の状態
fact-next-update = 次回の更新
fact-accountable = 責任者
fact-who-accountable = { $tense ->
    [present] 責任者
   *[past] 責任者
}
owner-until = { $tense ->
    [present] { $owner }が、この{ $kind ->
        [maintenance] メンテナンスが完了するまで責任を持って対応します
       *[incident] 障害が解決するまで責任を持って対応します
    }
   *[past] { $owner }が、この{ $kind ->
        [maintenance] メンテナンスが完了するまで責任を持って対応しました
       *[incident] 障害が解決するまで責任を持って対応しました
    }
}。
fact-workaround = 回避策
fact-window = 作業時間帯
fact-started = 開始
fact-ended = { $kind ->
    [maintenance] 完了
   *[incident] 解決
}
fact-how-long = 所要時間
how-long = { $duration }（{ $span }）
fact-time-in-states = { $open ->
    [true] 各状態の時間（現在まで）
   *[false] 各状態の時間
}
component-in-state = { $component }: { $state }
since = { $time } から
window-from-to = { $from } ～ { $until }
window-from-to-length = { $from } ～ { $until }（{ $length }）
badge-scheduled-maintenance = 予定メンテナンス
promise-next = 次回の更新予定: { $when } — { $author }
promise-overdue = この更新は{ $late }遅れています。{ $when } までにお知らせするとお約束していました — { $author }。
promise-none = 次回の更新時刻はまだお知らせしていません。
read-our-apology = { $remedies ->
    [0] { $author } からのお詫びをお読みください。
   *[other] { $author } からのお詫びと、埋め合わせの内容をお読みください。
}
updates-heading = 更新情報
changes-label = この更新でのコンポーネントの状態
promised-next = 次回の更新予定: { $when }{ $outcome ->
    [kept] （守られました）。
    [missed] （{ $late }遅れました）。
    [overdue] （現在{ $late }遅れています）。
   *[pending] 。
}
review-heading = 事後レビュー
published-at = 公開: { $time }
incident-description = { $status }: { $summary }

## The apology page

apology-title = お詫び: { $title }
apology-description = { $title } について { $author } からのお手紙と、埋め合わせの内容。
apology-heading = お詫び申し上げます: { $title }
apology-about = { $resolved ->
    [true] { $started } に発生した障害について
   *[false] 対応中の障害について
}
what-you-get = 提供内容
who-qualifies = 対象
how-you-get-it = 受け取り方法
claims-closed-on = 申請受付は { $date } に終了しました
claim-directly = 当社へ直接お申し出ください
automatic-nothing-to-do = 自動適用 — お手続きは不要です
deadline = 期限
deadline-by = { $how ->
    [claim] { $date } までにお申し出ください
   *[automatic] { $date } までにご利用ください
}
issued-on = { $date } 付与
letter-from = { $author } からのお手紙
what-happened = 経緯（更新ごと）

## The history

history-of = { $period } の履歴
incident-history = 障害履歴
incident-history-of = 障害履歴: { $period }
keeping-our-word = お約束の履行状況: 過去{ $days }日間で、{ $clause }。
all-of-year = { $year }年のすべて
all-from-month = { $month } の全{ $count }件
no-incidents-yet = 障害はまだありません。

## A component's page

component-description = { $component }: { $state }。{ $days }日間の稼働率{ $uptime }%: { $outage }、{ $incidents }。
state-now = 現在: { $state }
the-last-days = 過去{ $days }日間
days-with-incidents = 障害のあった日は{ $count }日で、それ以外の日は障害なしでした。
col-day = 日付
col-what-happened = 発生した事象
full-history = すべての履歴
none-yet = まだありません。
follow-component = { $component } をフォロー
feeds-of-its-incidents = 障害のフィード:
badge-of-its-state = 状態のバッジ:

## The page for an address with no page (404)

not-found = ページが見つかりません
not-found-text = このアドレスにページはありません。
not-found-status-link = すべてのサービスの現在のステータス
not-found-history-link = 過去の障害（履歴）

## Announce (`candor announce`): text ready to send by email, SMS, a social post or Slack

announce-subject = [{ $status }] { $title }
announce-heading = { $status } — { $when }
affected-line = 影響対象: { $components }
follow-line = この障害の続報: { $url }
short-head-with-site = { $site }: { $title }{ $dash }{ $status }。
short-head = { $status }: { $title }{ $stop }
slack-facts = { $impact } · { $when } · { $open ->
    [yes] 影響対象:
   *[no] 影響対象:
} { $components }

## Notify: chat, email and webhook messages, in the site's language

notify-affected = 影響対象
notify-next-update-label = 次回の更新予定
notify-next-update = 次回の更新予定: { $when }
notify-signed = 署名
notify-status = ステータス
notify-read-full = 更新の全文を読む
notify-follow = この障害の続報を見る
notify-more-components = ほか{ $count }件
notify-apology = お詫び
notify-review = 事後レビュー
notify-reminder = お知らせ: まもなくメンテナンスを開始します
notify-reminder-body = 予定メンテナンスは { $from } に開始し、{ $until } までに終了する予定です。
notify-remedy-line = - { $offer }: { $eligible }（{ $how }{ $when }）
notify-remedy-automatic = 自動適用、お手続き不要
notify-remedy-claim-at = <{ $url }> から申請
notify-test-title = { $site } からのテストメッセージ
notify-test-label = テスト
notify-test-body = これは `candor notify --test` が送信した `{ $target }` ターゲットのテストです。{ $site } の更新情報はこのようにここへ届きます。
email-read-line = ステータスページで読む: { $url }
email-read = ステータスページで読む
email-unsubscribe-line = 配信停止: { $url }
email-unsubscribe = 配信停止
email-role = メール

## Relative times: beside an absolute time, as of the build ("12 minutes ago", "in 25 minutes").
## The live script says the same with the browser's Intl.RelativeTimeFormat: keep these as
## CLDR's long forms say them, so a page reads the same with and without JavaScript.

relative-now = 今
relative-minutes-ago = { $count }分前
relative-in-minutes = { $count }分後
relative-hours-ago = { $count }時間前
relative-in-hours = { $count }時間後
relative-days-ago = { $count }日前
relative-in-days = { $count }日後

## Embed (embed.html): the status in a small frame on a customer's own page

embed-title = { $site }: { $state }
embed-maintenance = メンテナンス: { $status }
embed-frame-title = { $site } の現在のステータス
embed-more = ステータスページにあと{ $count }件
embed-as-of = { $time } 時点

## Get updates (subscribe/index.html): every way to follow the site. A sentence around a
## link is two messages, before and after it ("-after").

subscribe-page-title = 更新情報を受け取る · { $site }
subscribe-title = 更新情報を受け取る
subscribe-description = { $site } の障害とメンテナンスの情報を受け取るすべての方法: { $email ->
    [yes] フィード、カレンダー、メール、ご自身のサイト用の埋め込み、API。
   *[no] フィード、カレンダー、ご自身のサイト用の埋め込み、API。
}
subscribe-intro = このページを開いたままにしておく必要はありません。問題が発生したとき、解決したとき、予定メンテナンスの前にお知らせを受け取る方法を、以下からお選びください。
subscribe-email-heading = メール
subscribe-email-write-to = {""}
subscribe-email-write-to-after = 宛てにメールをお送りいただくと、すべての更新をメールで受け取れます。
subscribe-email-sign-up = メールでの更新通知に登録
subscribe-email-sign-up-after = すると、すべての更新が受信トレイに届きます。
subscribe-feeds-heading = フィードリーダー
subscribe-feeds-intro = フィードでは、投稿したすべての更新をすぐに受け取れます。次のアドレスのいずれかをフィードリーダー（またはフィードを購読できる Slack や Teams）に追加してください:
subscribe-feed-atom = すべての更新の Atom フィード
subscribe-feed-rss = すべての更新の RSS フィード
subscribe-feed-json = すべての更新の JSON Feed
subscribe-component-feeds-heading = ご利用のサービスのみ
subscribe-component-feeds-intro = サービスごとに、そのサービスに影響する障害だけを含むフィードがあります。
subscribe-component-atom = { $component } の Atom フィード
subscribe-component-rss = { $component } の RSS フィード
subscribe-calendar-heading = カレンダー
subscribe-calendar-intro = 予定メンテナンスがカレンダーに表示され、常に最新の状態に保たれます。
subscribe-calendar-subscribe = メンテナンスカレンダーを購読
subscribe-calendar-subscribe-after = （カレンダーアプリが開きます）
subscribe-calendar-address = カレンダーアプリでアドレスを求められた場合は、次を指定してください。
subscribe-calendar-file = メンテナンスカレンダーのファイル
subscribe-embed-heading = ご自身のサイトに表示
subscribe-embed-intro = 現在のステータスをご自身のページやイントラネットに表示できます。次のコードをページに貼り付けてください:
subscribe-embed-what = ステータスと対応中の障害を、このページへのリンク付きで表示します。
subscribe-embed-see = 埋め込みの表示例を見る
subscribe-embed-scheme = 埋め込みには独自の背景がなく、ページのライト／ダークの配色に合わせて表示されます。ページが常にライト表示で、CSS でそれを指定していない場合は、iframe の style に次を追加してください:
subscribe-api-heading = 開発者向け
subscribe-api-intro = ステータスは Atlassian Statuspage の公開 API と同じ形式の JSON でも公開しています。Statuspage を読み込むツールはそのまま利用できます:
subscribe-api-summary = 概要: ステータス、サービス、対応中の障害
subscribe-api-status = 全体のステータスのみ
subscribe-api-incidents = 最近の障害
subscribe-api-upcoming = 予定されているメンテナンス

## Sites in more than one language

# The language's name in itself, as the language switcher shows it.
language-name = 日本語
# The label of the language switcher.
nav-languages = 言語
# Above a text the site has not translated into this page's language; $language is the name
# (in itself) of the language it is shown in.
untranslated = 原文の言語でのみご覧いただけます：{ $language }。
