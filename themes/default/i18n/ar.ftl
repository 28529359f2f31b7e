### كلمات candor بالعربية: كل جملة يقرؤها العميل في الصفحات والخلاصات ونصوص الـ API والشارة
### والتقويم والإطار المضمَّن ونصوص announce ورسائل notify.
### التواريخ والأوقات والقوائم والأرقام تأتي منسَّقة من CLDR: الرسالة تضعها في مكانها فقط.
### يمكن للسمة أن تستبدل أي رسالة في themes/<name>/i18n/<language>.ftl.

## Times

# وقت مع منطقته الزمنية: "09:20 غرينتش".
time-zoned = { $time } { $zone }
# تاريخ ووقت: "20 نوفمبر 2026، 09:20 غرينتش".
date-and-time = { $date }، { $time }
# وقت ويومه بالنسبة إلى الآن: "14:30 غرينتش غدًا، الأربعاء 2 ديسمبر".
time-on-day = { $time } { $day }
day-today = اليوم
day-tomorrow = غدًا، { $date }
day-yesterday = أمس، { $date }
day-on = يوم { $date }

## Durations: "2 h 28 min", "3 days 4 h"

duration-days = { $count ->
    [zero] { $count } يوم
    [one] يوم واحد
    [two] يومان
    [few] { $count } أيام
    [many] { $count } يومًا
   *[other] { $count } يوم
}
duration-hours = { $count } س
duration-minutes = { $count } د
duration-two-parts = { $first } و{ $second }
duration-under-a-minute = أقل من دقيقة
# مقدار تأخر تحديث موعود، أقل من ساعة: "12 دقيقة".
late-minutes = { $count ->
    [zero] { $count } دقيقة
    [one] دقيقة واحدة
    [two] دقيقتين
    [few] { $count } دقائق
    [many] { $count } دقيقة
   *[other] { $count } دقيقة
}

## Sentences and lists

sentence = { $clause }.
person-with-role = { $name } ({ $role })

## Status words. Values are the ones incident files use (docs/format.md).

kind-incident = حادث
kind-maintenance = صيانة
impact-none = بلا تأثير
impact-minor = طفيف
impact-major = كبير
impact-critical = حرج
declared-impact = التأثير المُعلَن: { $impact ->
    [minor] طفيف
    [major] كبير
    [critical] حرج
   *[none] لا يوجد
}
status-investigating = قيد التحقيق
status-identified = تم تحديد السبب
status-monitoring = قيد المراقبة
status-resolved = تم الحل
status-scheduled = مجدولة
status-in_progress = قيد التنفيذ
status-verifying = قيد التحقق
status-completed = مكتملة
update-reopened = أُعيد فتحه: { $status }
phase-as-scheduled = جارية وفق الجدول
phase-unconfirmed = لم يُؤكَّد اكتمالها
window-note-as-scheduled = بدأت نافذة الصيانة في { $opened }؛ والعمل جارٍ وفق الجدول.
window-note-unconfirmed = انتهت نافذة الصيانة في { $closed }؛ ولم يُؤكَّد اكتمال العمل بعد.
state-operational = يعمل بشكل طبيعي
state-under_maintenance = قيد الصيانة
state-degraded_performance = أداء متراجع
state-partial_outage = انقطاع جزئي
state-major_outage = انقطاع كبير
state-operational-in-text = يعمل بشكل طبيعي
state-under_maintenance-in-text = قيد الصيانة
state-degraded_performance-in-text = أداء متراجع
state-partial_outage-in-text = انقطاع جزئي
state-major_outage-in-text = انقطاع كبير
state-for = { $state } لمدة { $duration }
component-states = { $component }: { $states }
how-automatic = تلقائي
how-claim = بطلب

## The site's state, as the banner and the API's candor_description say it

indicator-operational = جميع الأنظمة تعمل بشكل طبيعي
indicator-major-outage = انقطاع كبير في الأنظمة
indicator-partial-outage = انقطاع جزئي في الأنظمة
indicator-degraded = تراجع في الأداء
indicator-investigating = نحقق في مشكلة
indicator-maintenance = الخدمة قيد الصيانة
indicator-monitoring = تعمل الأنظمة، ونراقب الإصلاح

## The badge (badge.svg): its left half, then the state in few words

badge-label = الحالة
badge-operational = تشغيل طبيعي
badge-major-outage = انقطاع كبير
badge-partial-outage = انقطاع جزئي
badge-degraded = أداء متراجع
badge-investigating = نحقق في مشكلة
badge-maintenance = قيد الصيانة
badge-monitoring = تشغيل طبيعي، مع مراقبة الإصلاح

## How long an incident lasted, said with what it measures

open-for = استمر { $duration }
open-for-span = من أول بلاغ حتى الحل
open-for-so-far = مستمر منذ { $duration } حتى الآن
open-for-so-far-span = منذ أول بلاغ
work-took = استغرق العمل { $duration }
work-took-span = من بدايته حتى اكتماله
work-so-far = العمل جارٍ منذ { $duration } حتى الآن
work-so-far-span = منذ بدايته

## Uptime, in words beside the percentage

outage-major = انقطاع كبير لمدة { $duration }
outage-partial = انقطاع جزئي لمدة { $duration }
outage-none = لا انقطاع
incidents-in-days = { $count ->
    [0] لا حوادث خلال { $days ->
    [one] يوم واحد
    [two] يومين
    [few] { $days } أيام
    [many] { $days } يومًا
   *[other] { $days } يوم
}
    [one] حادث واحد خلال { $days ->
    [one] يوم واحد
    [two] يومين
    [few] { $days } أيام
    [many] { $days } يومًا
   *[other] { $days } يوم
}
    [two] حادثان خلال { $days ->
    [one] يوم واحد
    [two] يومين
    [few] { $days } أيام
    [many] { $days } يومًا
   *[other] { $days } يوم
}
    [few] { $count } حوادث خلال { $days ->
    [one] يوم واحد
    [two] يومين
    [few] { $days } أيام
    [many] { $days } يومًا
   *[other] { $days } يوم
}
    [many] { $count } حادثًا خلال { $days ->
    [one] يوم واحد
    [two] يومين
    [few] { $days } أيام
    [many] { $days } يومًا
   *[other] { $days } يوم
}
   *[other] { $count } حادث خلال { $days ->
    [one] يوم واحد
    [two] يومين
    [few] { $days } أيام
    [many] { $days } يومًا
   *[other] { $days } يوم
}
}
day-no-incidents = لا حوادث
day-label = { $date }: { $summary }

## Promises of the next update, kept and broken

next-update-by = التحديث التالي في موعد أقصاه { $when }.
promise-came-late = وصل هذا التحديث متأخرًا { $late }: وعدنا به في موعد أقصاه { $by }.
promise-kept = وعدنا به في موعد أقصاه { $by }: وفينا بالوعد.
ledger-all-kept = { $judged ->
    [1] وعدنا بتحديث واحد في موعده وقدّمناه
    [2] وعدنا بتحديثين في موعدهما وقدّمناهما كليهما
    [few] وعدنا بـ{ $judged } تحديثات في مواعيدها وقدّمناها كلها
    [many] وعدنا بـ{ $judged } تحديثًا في مواعيدها وقدّمناها كلها
   *[other] وعدنا بـ{ $judged } تحديث في مواعيدها وقدّمناها كلها
}
ledger-the-one-late = وعدنا بتحديث واحد في موعده؛ ووصل متأخرًا { $late }
ledger-the-one-overdue = وعدنا بتحديث واحد في موعده؛ وهو متأخر { $late } حتى الآن
ledger-some-late = وعدنا { $judged ->
    [two] بتحديثين
    [few] بـ{ $judged } تحديثات
    [many] بـ{ $judged } تحديثًا
   *[other] بـ{ $judged } تحديث
} في مواعيدها وقدّمنا { $kept ->
    [0] لا شيء منها في موعده
   *[other] { $kept } منها في موعده
}؛ { $missed ->
    [one] وتأخر واحد منها { $late }
   *[other] وتأخر { $missed } منها، أطولها بمقدار { $late }
}
ledger-some-overdue = وعدنا { $judged ->
    [two] بتحديثين
    [few] بـ{ $judged } تحديثات
    [many] بـ{ $judged } تحديثًا
   *[other] بـ{ $judged } تحديث
} في مواعيدها وقدّمنا { $kept ->
    [0] لا شيء منها في موعده
   *[other] { $kept } منها في موعده
}؛ { $overdue ->
    [one] وواحد منها متأخر
   *[other] و{ $overdue } منها متأخرة
} حتى الآن بمقدار { $late }

## Apologies and remedies

making-it-right = ما نفعله للتعويض:
claim-by-email = قدّم طلبك بالبريد الإلكتروني إلى { $address }
claim-on = قدّم طلبك على { $host }
remedy-automatic = تلقائي
remedy-claim-at = اطلبه عبر { $link }
remedy-issued-on = ، صُرف في { $date }
remedy-by = ، حتى { $date }
remedy-line = { $offer } — { $eligible } ({ $how }{ $when })

## Feeds

feed-description = الحوادث والصيانة في { $site }
feed-component-title = { $component } — { $site }
feed-component-description = الحوادث والصيانة التي تؤثر في { $component }
entry-update-title = { $status } — { $title }
entry-apology-title = اعتذارنا — { $title }
entry-review-title = مراجعة ما بعد الحادث — { $title }
full-timeline = التسلسل الزمني الكامل

## The maintenance calendar (maintenance.ics)

calendar-name = { $site } — الصيانة المجدولة
calendar-summary = صيانة: { $title }
calendar-facts = { $open ->
    [yes] تؤثر في
   *[no] أثّرت في
}: { $affects }
    الحالة: { $status }
    المسؤول: { $responsible }

## Every page: title, navigation, footer

page-title = { $page } · { $site }
site-description = { $status }. { $about }
feed-link-title-site = { $site } ({ $format })
feed-link-title = { $page } · { $site } ({ $format })
skip-to-content = انتقل إلى المحتوى
nav-site = الموقع
nav-current-status = الحالة الحالية
nav-history = السجل
nav-get-updates = تلقَّ التحديثات
nav-breadcrumb = مسار التنقل
nav-years = السنوات
crumb-status = الحالة
footer-feeds = تابع كل تحديث في قارئ الخلاصات:
footer-more-ways = طرق أخرى لتلقي التحديثات.
footer-times = تُعرض الأوقات بتوقيت { $zone }، مع المنطقة الزمنية بعد كل وقت. أُنشئت الصفحة في { $built }.
footer-contact = لديك أسئلة؟ تواصل مع { $contact }.
footer-help-pages = صفحات المساعدة
list-separator = {"، "}
full-stop = {"."}
list-separator-strong = {"؛ "}
your-time = ({ $time } { $day }، بتوقيتك)

## The status page

as-of = آخر تحديث: { $time }.
ongoing-count = { $count ->
    [zero] لا حوادث جارية.
    [one] حادث جارٍ واحد.
    [two] حادثان جاريان.
    [few] { $count } حوادث جارية.
    [many] { $count } حادثًا جاريًا.
   *[other] { $count } حادث جارٍ.
}
ongoing-incidents = الحوادث الجارية
more-ongoing-in-history = { $count ->
    [zero] لا حوادث جارية أخرى في السجل.
    [one] يوجد حادث جارٍ آخر في السجل.
    [two] يوجد حادثان جاريان آخران في السجل.
    [few] توجد { $count } حوادث جارية أخرى في السجل.
    [many] يوجد { $count } حادثًا جاريًا آخر في السجل.
   *[other] يوجد { $count } حادث جارٍ آخر في السجل.
}
maintenance-in-progress = صيانة قيد التنفيذ
more-in-progress-in-history = { $count ->
    [zero] لا أعمال صيانة أخرى قيد التنفيذ في السجل.
    [one] توجد صيانة أخرى قيد التنفيذ في السجل.
    [two] توجد صيانتان أخريان قيد التنفيذ في السجل.
    [few] توجد { $count } أعمال صيانة أخرى قيد التنفيذ في السجل.
    [many] يوجد { $count } عملًا آخر من أعمال الصيانة قيد التنفيذ في السجل.
   *[other] يوجد { $count } عمل صيانة آخر قيد التنفيذ في السجل.
}
components-heading = المكوّنات
uptime-hint = مدة التشغيل خلال آخر { $days ->
    [one] يوم واحد
    [two] يومين
    [few] { $days } أيام
    [many] { $days } يومًا
   *[other] { $days } يوم
}. كل شريط يمثل يومًا، والأقدم على اليمين؛ الشريط الممتد بكامل ارتفاعه يوم وقعت فيه مشكلة، وتجد وصفها مكتوبًا في صفحة المكوّن.
uptime-percent = مدة التشغيل { $uptime }%
for-component = لـ{ $component }
scheduled-maintenance = الصيانة المجدولة
more-scheduled = { $count ->
    [zero] لا أعمال صيانة مجدولة أخرى في السجل والتقويم:
    [one] توجد صيانة مجدولة أخرى في السجل والتقويم:
    [two] توجد صيانتان مجدولتان أخريان في السجل والتقويم:
    [few] توجد { $count } أعمال صيانة مجدولة أخرى في السجل والتقويم:
    [many] يوجد { $count } عملًا آخر من أعمال الصيانة المجدولة في السجل والتقويم:
   *[other] يوجد { $count } عمل صيانة مجدول آخر في السجل والتقويم:
}
the-calendar = التقويم
our-apologies = اعتذاراتنا
apology-row = { $title }: رسالة من { $author }
making-it-right-row = ما نفعله للتعويض
more-apologies-in-history = { $count ->
    [zero] لا اعتذارات أخرى من آخر { $days ->
    [one] يوم واحد
    [two] يومين
    [few] { $days } أيام
    [many] { $days } يومًا
   *[other] { $days } يوم
} في السجل.
    [one] يوجد اعتذار آخر من آخر { $days ->
    [one] يوم واحد
    [two] يومين
    [few] { $days } أيام
    [many] { $days } يومًا
   *[other] { $days } يوم
} في السجل.
    [two] يوجد اعتذاران آخران من آخر { $days ->
    [one] يوم واحد
    [two] يومين
    [few] { $days } أيام
    [many] { $days } يومًا
   *[other] { $days } يوم
} في السجل.
    [few] توجد { $count } اعتذارات أخرى من آخر { $days ->
    [one] يوم واحد
    [two] يومين
    [few] { $days } أيام
    [many] { $days } يومًا
   *[other] { $days } يوم
} في السجل.
    [many] يوجد { $count } اعتذارًا آخر من آخر { $days ->
    [one] يوم واحد
    [two] يومين
    [few] { $days } أيام
    [many] { $days } يومًا
   *[other] { $days } يوم
} في السجل.
   *[other] يوجد { $count } اعتذار آخر من آخر { $days ->
    [one] يوم واحد
    [two] يومين
    [few] { $days } أيام
    [many] { $days } يومًا
   *[other] { $days } يوم
} في السجل.
}
recent-incidents = الحوادث الأخيرة
no-recent-incidents = لم يُحَل أي حادث خلال آخر { $days ->
    [one] يوم واحد
    [two] يومين
    [few] { $days } أيام
    [many] { $days } يومًا
   *[other] { $days } يوم
}.
full-incident-history = سجل الحوادث الكامل
row-our-apology = اعتذارنا

## An incident: its facts first, then its updates

fact-status = الحالة
fact-affects = { $tense ->
    [present] يؤثر في
   *[past] أثّر في
}
fact-state-now = الحالة الآن
fact-next-update = التحديث التالي
fact-accountable = المسؤول
fact-who-accountable = { $tense ->
    [present] من المسؤول
   *[past] من كان المسؤول
}
owner-until = { $tense ->
    [present] { $owner } مسؤول عن { $kind ->
        [maintenance] هذه الصيانة حتى تكتمل
       *[incident] هذا الحادث حتى يُحَل
    }
   *[past] { $owner } كان مسؤولًا عن { $kind ->
        [maintenance] هذه الصيانة حتى اكتملت
       *[incident] هذا الحادث حتى حُلّ
    }
}.
fact-workaround = حل بديل
fact-window = النافذة
fact-started = البداية
fact-ended = { $kind ->
    [maintenance] الاكتمال
   *[incident] الحل
}
fact-how-long = المدة
how-long = { $duration }، { $span }
fact-time-in-states = { $open ->
    [true] الوقت في كل حالة حتى الآن
   *[false] الوقت في كل حالة
}
component-in-state = { $component }: { $state }
since = منذ { $time }
window-from-to = من { $from } إلى { $until }
window-from-to-length = من { $from } إلى { $until } ({ $length })
badge-scheduled-maintenance = صيانة مجدولة
promise-next = التحديث التالي في موعد أقصاه { $when } — { $author }
promise-overdue = تأخر هذا التحديث { $late }. وعدنا به في موعد أقصاه { $when } — { $author }.
promise-none = لم يُحدَّد بعد موعد للتحديث التالي.
read-our-apology = { $remedies ->
    [0] اقرأ اعتذارنا من { $author }.
   *[other] اقرأ اعتذارنا من { $author } وما نفعله للتعويض.
}
updates-heading = التحديثات
changes-label = حالات المكوّنات في هذا التحديث
promised-next = وعدنا بالتحديث التالي في موعد أقصاه { $when }{ $outcome ->
    [kept] : وفينا بالوعد.
    [missed] : وصل متأخرًا { $late }.
    [overdue] : متأخر الآن { $late }.
   *[pending] .
}
review-heading = مراجعة ما بعد الحادث
published-at = نُشر { $time }
incident-description = { $status }: { $summary }

## The apology page

apology-title = اعتذارنا: { $title }
apology-description = رسالة من { $author } بشأن { $title }، وما نفعله للتعويض.
apology-heading = نعتذر إليكم: { $title }
apology-about = { $resolved ->
    [true] بشأن حادث { $started }
   *[false] بشأن الحادث الجاري
}
what-you-get = ما تحصل عليه
who-qualifies = من يستحقه
how-you-get-it = كيف تحصل عليه
claims-closed-on = أُغلق باب الطلبات في { $date }
claim-directly = اطلبه منا مباشرة
automatic-nothing-to-do = تلقائي — لا حاجة لأي إجراء
deadline = الموعد النهائي
deadline-by = { $how ->
    [claim] قدّم طلبك قبل { $date }
   *[automatic] استخدمه قبل { $date }
}
issued-on = صُرف في { $date }
letter-from = رسالة من { $author }
what-happened = ما حدث، تحديثًا بتحديث

## The history

history-of = سجل { $period }
incident-history = سجل الحوادث
incident-history-of = سجل الحوادث: { $period }
keeping-our-word = الوفاء بوعودنا: خلال آخر { $days ->
    [one] يوم واحد
    [two] يومين
    [few] { $days } أيام
    [many] { $days } يومًا
   *[other] { $days } يوم
}، { $clause }.
all-of-year = كل { $year }
all-from-month = كل الحوادث ({ $count }) من { $month }
no-incidents-yet = لا حوادث بعد.

## A component's page

component-description = { $component }: { $state }. مدة التشغيل { $uptime }% خلال { $days ->
    [one] يوم واحد
    [two] يومين
    [few] { $days } أيام
    [many] { $days } يومًا
   *[other] { $days } يوم
}: { $outage }، { $incidents }.
state-now = الآن: { $state }
the-last-days = آخر { $days ->
    [one] يوم واحد
    [two] يومين
    [few] { $days } أيام
    [many] { $days } يومًا
   *[other] { $days } يوم
}
days-with-incidents = { $count ->
    [zero] لا أيام فيها حوادث.
    [one] يوم واحد فيه حوادث؛ ولم تقع حوادث في بقية الأيام.
    [two] يومان فيهما حوادث؛ ولم تقع حوادث في بقية الأيام.
    [few] { $count } أيام فيها حوادث؛ ولم تقع حوادث في بقية الأيام.
    [many] { $count } يومًا فيها حوادث؛ ولم تقع حوادث في بقية الأيام.
   *[other] { $count } يوم فيها حوادث؛ ولم تقع حوادث في بقية الأيام.
}
col-day = اليوم
col-what-happened = ما حدث
full-history = السجل الكامل
none-yet = لا شيء بعد.
follow-component = تابع { $component }
feeds-of-its-incidents = خلاصات حوادثه:
badge-of-its-state = شارة بحالته:

## The page for an address with no page (404)

not-found = الصفحة غير موجودة
not-found-text = لا توجد صفحة على هذا العنوان.
not-found-status-link = الحالة الحالية لجميع الخدمات
not-found-history-link = الحوادث السابقة في السجل

## Announce (`candor announce`): text ready to send by email, SMS, a social post or Slack

announce-subject = [{ $status }] { $title }
announce-heading = { $status } — { $when }
affected-line = المتأثر: { $components }
follow-line = تابع هذا الحادث: { $url }
short-head-with-site = { $site }: { $title }{ $dash }{ $status }.
short-head = { $status }: { $title }{ $stop }
slack-facts = { $impact } · { $when } · { $open ->
    [yes] يؤثر في
   *[no] أثّر في
} { $components }

## Notify: chat, email and webhook messages, in the site's language

notify-affected = المتأثر
notify-next-update-label = التحديث التالي في موعد أقصاه
notify-next-update = التحديث التالي في موعد أقصاه { $when }
notify-signed = التوقيع
notify-status = الحالة
notify-read-full = اقرأ التحديث كاملًا
notify-follow = تابع هذا الحادث
notify-more-components = { $count ->
    [zero] { $count } أخرى
    [one] مكوّن آخر
    [two] مكوّنان آخران
    [few] { $count } مكوّنات أخرى
    [many] { $count } مكوّنًا آخر
   *[other] { $count } مكوّن آخر
}
notify-apology = اعتذارنا
notify-review = مراجعة ما بعد الحادث
notify-reminder = تذكير: تبدأ الصيانة قريبًا
notify-reminder-body = تبدأ الصيانة المخطط لها في { $from } ويُتوقع أن تنتهي في موعد أقصاه { $until }.
notify-remedy-line = - { $offer }: { $eligible } ({ $how }{ $when })
notify-remedy-automatic = تلقائي، لا حاجة لأي إجراء
notify-remedy-claim-at = اطلبه عبر <{ $url }>
notify-test-title = رسالة اختبار من { $site }
notify-test-label = اختبار
notify-test-body = هذا اختبار للهدف `{ $target }`، أرسله `candor notify --test`. ستصل تحديثات { $site } إلى هنا بهذا الشكل.
email-read-line = اقرأه على صفحة الحالة: { $url }
email-read = اقرأه على صفحة الحالة
email-unsubscribe-line = إلغاء الاشتراك: { $url }
email-unsubscribe = إلغاء الاشتراك
email-role = بريد إلكتروني

## Relative times: beside an absolute time, as of the build ("12 minutes ago", "in 25 minutes").
## The live script says the same with the browser's Intl.RelativeTimeFormat: keep these as
## CLDR's long forms say them, so a page reads the same with and without JavaScript.

relative-now = الآن
relative-minutes-ago = { $count ->
    [zero] قبل { $count } دقيقة
    [one] قبل دقيقة واحدة
    [two] قبل دقيقتين
    [few] قبل { $count } دقائق
    [many] قبل { $count } دقيقة
   *[other] قبل { $count } دقيقة
}
relative-in-minutes = { $count ->
    [zero] خلال { $count } دقيقة
    [one] خلال دقيقة واحدة
    [two] خلال دقيقتين
    [few] خلال { $count } دقائق
    [many] خلال { $count } دقيقة
   *[other] خلال { $count } دقيقة
}
relative-hours-ago = { $count ->
    [zero] قبل { $count } ساعة
    [one] قبل ساعة واحدة
    [two] قبل ساعتين
    [few] قبل { $count } ساعات
    [many] قبل { $count } ساعة
   *[other] قبل { $count } ساعة
}
relative-in-hours = { $count ->
    [zero] خلال { $count } ساعة
    [one] خلال ساعة واحدة
    [two] خلال ساعتين
    [few] خلال { $count } ساعات
    [many] خلال { $count } ساعة
   *[other] خلال { $count } ساعة
}
relative-days-ago = { $count ->
    [zero] قبل { $count } يوم
    [one] قبل يوم واحد
    [two] قبل يومين
    [few] قبل { $count } أيام
    [many] قبل { $count } يومًا
   *[other] قبل { $count } يوم
}
relative-in-days = { $count ->
    [zero] خلال { $count } يوم
    [one] خلال يوم واحد
    [two] خلال يومين
    [few] خلال { $count } أيام
    [many] خلال { $count } يومًا
   *[other] خلال { $count } يوم
}

## Embed (embed.html): the status in a small frame on a customer's own page

embed-title = { $site }: { $state }
embed-maintenance = صيانة: { $status }
embed-frame-title = الحالة الحالية لـ{ $site }
embed-more = { $count } أخرى على صفحة الحالة
embed-as-of = آخر تحديث: { $time }

## Get updates (subscribe/index.html): every way to follow the site. A sentence around a
## link is two messages, before and after it ("-after").

subscribe-page-title = تلقَّ التحديثات · { $site }
subscribe-title = تلقَّ التحديثات
subscribe-description = كل الطرق لمعرفة الحوادث والصيانة في { $site }: { $email ->
    [yes] الخلاصات والتقويم والبريد الإلكتروني وإطار مضمَّن لموقعك وواجهة API.
   *[no] الخلاصات والتقويم وإطار مضمَّن لموقعك وواجهة API.
}
subscribe-intro = لا حاجة لإبقاء هذه الصفحة مفتوحة. اختر أيًّا من هذه الطرق لتصلك أخبارنا عند حدوث مشكلة، وعند إصلاحها، وقبل الصيانة المخطط لها.
subscribe-email-heading = بالبريد الإلكتروني
subscribe-email-write-to = راسل
subscribe-email-write-to-after = لتصلك كل التحديثات بالبريد الإلكتروني.
subscribe-email-sign-up = اشترك في التحديثات بالبريد الإلكتروني
subscribe-email-sign-up-after = لتصلك كل التحديثات في بريدك الوارد.
subscribe-feeds-heading = في قارئ الخلاصات
subscribe-feeds-intro = تصلك عبر الخلاصة كل التحديثات فور نشرها. أضف أحد هذه العناوين إلى قارئ الخلاصات (أو إلى Slack أو Teams اللذين يمكنهما متابعة الخلاصات):
subscribe-feed-atom = خلاصة Atom لكل التحديثات
subscribe-feed-rss = خلاصة RSS لكل التحديثات
subscribe-feed-json = خلاصة JSON Feed لكل التحديثات
subscribe-component-feeds-heading = الخدمات التي تستخدمها فقط
subscribe-component-feeds-intro = لكل خدمة خلاصاتها الخاصة، ولا تضم إلا الحوادث التي تؤثر فيها.
subscribe-component-atom = خلاصة Atom لـ{ $component }
subscribe-component-rss = خلاصة RSS لـ{ $component }
subscribe-calendar-heading = في تقويمك
subscribe-calendar-intro = تظهر الصيانة المخطط لها في تقويمك وتبقى محدَّثة.
subscribe-calendar-subscribe = اشترك في تقويم الصيانة
subscribe-calendar-subscribe-after = (يفتح تطبيق التقويم)
subscribe-calendar-address = إذا طلب تطبيق التقويم عنوانًا، فأعطه
subscribe-calendar-file = ملف تقويم الصيانة
subscribe-embed-heading = على موقعك
subscribe-embed-intro = اعرض الحالة الحالية على صفحتك أو على شبكتك الداخلية. انسخ هذه الشيفرة إلى صفحتك:
subscribe-embed-what = يعرض الحالة وأي حادث جارٍ، مع رابط يعود إلى هنا.
subscribe-embed-see = شاهد شكل الإطار المضمَّن
subscribe-embed-scheme = ليست له خلفية خاصة به، ويأخذ ألوان صفحتك الفاتحة أو الداكنة. إذا كانت صفحتك فاتحة دائمًا ولا تذكر ذلك في CSS، فأضف هذا إلى نمط الـ iframe:
subscribe-api-heading = للمطوّرين
subscribe-api-intro = تُنشر حالتنا أيضًا بصيغة JSON بنفس تنسيق واجهة API العامة لـ Atlassian Statuspage، فتقرؤها الأدوات التي تقرأ Statuspage دون تغيير:
subscribe-api-summary = ملخص: الحالة والخدمات والحوادث المفتوحة
subscribe-api-status = الحالة العامة فقط
subscribe-api-incidents = الحوادث الأخيرة
subscribe-api-upcoming = الصيانة القادمة

## Sites in more than one language

# The language's name in itself, as the language switcher shows it.
language-name = العربية
# The label of the language switcher.
nav-languages = اللغات
# Above a text the site has not translated into this page's language; $language is the name
# (in itself) of the language it is shown in.
untranslated = متاح فقط بلغته الأصلية: { $language }.
