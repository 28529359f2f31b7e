//! `candor announce`: the page's message, ready to send on other channels: an email signed by
//! its author, a text message that is one SMS segment (`sms.rs` counts it as the network
//! does) and a social post that fits X's 280 as X counts it, both without cutting a word or a
//! link, and Slack mrkdwn. Same source, same words.

use crate::channels::sms::{self, Alphabet};
use crate::diagnostic::{Diagnostic, suggest};
use crate::locale::Locale;
use crate::model::*;
use crate::render::Prepared;
use crate::render::markdown::{TextStyle, slack_escape, to_text};
use crate::render::view::{IncidentView, UpdateView};
use crate::text::{self, one_line, truncate_words_by};
use crate::tr;

/// Where the message is going.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum AnnounceFormat {
    /// subject line and a plain-text body signed by the author
    Email,
    /// one text message (one SMS segment): 160 characters, or 70 when it needs characters
    /// outside the GSM alphabet
    Sms,
    /// one post, at most 280 characters as X counts them (a CJK character or an emoji is two)
    Social,
    /// Slack mrkdwn
    Slack,
}

/// The most a post may hold: X's 280, the smallest of the networks a post goes to (Bluesky
/// 300, Threads and Mastodon 500), counted as X counts (`Measure::Post`).
const SHORT_LIMIT: usize = 280;

/// What X counts a link as, whatever its length (it is wrapped as `t.co/…`).
const POST_LINK: usize = 23;

pub fn announce(
    p: &Prepared,
    id: &str,
    update: Option<usize>,
    format: AnnounceFormat,
) -> Result<String, Diagnostic> {
    let site = p.model;
    let Some((index, inc)) = site.incidents.iter().enumerate().find(|(_, i)| i.id == id) else {
        let ids: Vec<&str> = site.incidents.iter().map(|i| i.id.as_str()).collect();
        let help = suggest(id, &ids).unwrap_or_else(|| {
            "`candor check` lists nothing wrong; the ids are the file names in incidents/".into()
        });
        return Err(Diagnostic::error(format!("no incident `{id}`")).with_help(help));
    };
    let view = &p.view(index);
    let n = update.unwrap_or(inc.updates.len());
    let Some(u) = view.updates.iter().find(|u| u.number == n) else {
        return Err(Diagnostic::error(format!(
            "incident `{id}` has no update {n}; it has {}",
            inc.updates.len()
        ))
        .with_help("updates are numbered from 1, oldest first"));
    };
    let body = &inc.updates[n - 1].body;
    let url = format!("{}{}#{}", p.site.base_url, view.head.url, u.anchor);
    // The promise shown is the one this update made, its day named unless it is today (as of
    // `--now`), as on the page.
    let next = u.next_update_when.clone();
    let locale = &site.config.locale;
    let text = match format {
        AnnounceFormat::Email => email(site, view, u, body, &url, next.as_deref()),
        AnnounceFormat::Sms => {
            let s = Short::new(
                locale,
                Some(&site.config.title),
                view,
                u,
                body,
                &url,
                next.as_deref(),
            );
            sms_message(s)?
        }
        AnnounceFormat::Social => {
            let s = Short::new(locale, None, view, u, body, &url, next.as_deref());
            short(&s, Measure::Post, false)?
        }
        AnnounceFormat::Slack => slack(locale, view, u, body, &url, next.as_deref()),
    };
    // It is printed to a terminal and pasted into other tools: no control character from a
    // file goes out with it (`check` refuses them; this holds whatever reaches here).
    Ok(text::scrubbed(text))
}

/// The components it concerns, as a list in the site's language ("Checkout and Search").
fn affected(locale: &Locale, view: &IncidentView) -> String {
    let names: Vec<String> = view.components.iter().map(|c| one_line(&c.name)).collect();
    locale.forms().list(&names)
}

fn email(
    site: &Site,
    view: &IncidentView,
    u: &UpdateView,
    body: &str,
    url: &str,
    next: Option<&str>,
) -> String {
    // The subject is a mail header: one line, whatever the title holds, so nothing in it can
    // start another header (`Bcc:`).
    // `Subject:` is the header's name, which mail reads in English whatever the language.
    let l = &site.config.locale;
    let (status, title) = (u.heading_label(), one_line(&view.head.title));
    let mut s = format!(
        "Subject: {}\n\n",
        tr!(
            l,
            "announce-subject",
            status = status.clone(),
            title = title
        )
    );
    let heading = tr!(
        l,
        "announce-heading",
        status = status,
        when = u.at.full.clone()
    );
    s.push_str(&format!("{heading}\n\n"));
    s.push_str(&to_text(body, TextStyle::Plain));
    let components = affected(l, view);
    s.push_str(&format!(
        "\n\n{}\n",
        tr!(l, "affected-line", components = components)
    ));
    if let Some(next) = next {
        s.push_str(&format!("{}\n", tr!(l, "next-update-by", when = next)));
    }
    s.push_str(&format!("\n{}\n", one_line(&u.author)));
    if u.author == view.owner.name
        && let Some(role) = &view.owner.role
    {
        s.push_str(&format!("{}\n", one_line(role)));
    }
    s.push_str(&format!("{}\n", one_line(&site.config.title)));
    s.push_str(&format!("\n{}\n", tr!(l, "follow-line", url = url)));
    s
}

/// How a short message is counted, as the channel receiving it counts it.
#[derive(Debug, Clone, Copy)]
enum Measure {
    /// A social post, counted as X counts it, which is the strictest of the networks: a
    /// character outside Latin, Greek, Cyrillic and the common punctuation (CJK, an emoji) is
    /// two, and a link is 23 however short. A link longer than that is still counted whole,
    /// as Bluesky and Threads show it, so the post fits everywhere.
    Post,
    /// One SMS segment in the given alphabet.
    Sms(Alphabet),
}

impl Measure {
    fn limit(self) -> usize {
        match self {
            Measure::Post => SHORT_LIMIT,
            Measure::Sms(a) => a.limit(),
        }
    }

    fn len(self, s: &str) -> usize {
        match self {
            Measure::Post => post_len(s),
            Measure::Sms(a) => a.cost(s),
        }
    }

    /// `s` (candor's words in the site's language, around pieces already written for the
    /// channel) as the channel writes it: in a text message, typographic marks in GSM-7.
    fn written(self, s: String) -> String {
        match self {
            Measure::Post => s,
            Measure::Sms(_) => sms::typographic_to_gsm7(&s),
        }
    }

    /// The mark of a cut and the dash between the title and the status: an SMS writes both
    /// in GSM-7, where `…` and `—` are not, so that candor's own words never cost a message
    /// its 160 characters.
    fn marks(self) -> (&'static str, &'static str) {
        match self {
            Measure::Post => ("…", " — "),
            Measure::Sms(a) => (a.ellipsis(), " - "),
        }
    }

    /// `s` cut at a word to at most `max`, the mark of the cut included; a full stop or comma
    /// just before the mark goes (`schedule...`, not `schedule....`).
    fn cut(self, s: &str, max: usize) -> String {
        let mark = self.marks().0;
        match truncate_words_by(s, max, mark, |s| self.len(s)) {
            cut if cut.len() > mark.len() && cut.ends_with(mark) => {
                let words = cut[..cut.len() - mark.len()].trim_end_matches(['.', ',', ';', ':']);
                format!("{words}{mark}")
            }
            cut => cut,
        }
    }
}

/// The length of `s` in a post, as `Measure::Post` says: X's weights (twitter-text's v3
/// configuration: code points below U+1100 and three ranges of punctuation weigh one, all
/// others two), each word holding a link at least 23 and the two brackets around it.
fn post_len(s: &str) -> usize {
    let weight = |c: char| match u32::from(c) {
        0..=0x10FF | 0x2000..=0x200D | 0x2010..=0x201F | 0x2032..=0x2037 => 1,
        _ => 2,
    };
    let word = |w: &str| {
        let n = w.chars().map(weight).sum::<usize>();
        match w.contains("://") {
            true => n.max(POST_LINK + 2),
            false => n,
        }
    };
    // Words and the single spaces between them: the pieces are already on one line.
    s.split(' ').map(word).sum::<usize>() + s.matches(' ').count()
}

/// What a short message says, each piece on one line and written for its channel.
struct Short<'a> {
    locale: &'a Locale,
    site: Option<String>,
    title: String,
    status: String,
    words: String,
    /// The promise as a sentence in the site's language: "Next update by 16:30 GMT."
    next: Option<String>,
    url: &'a str,
}

impl<'a> Short<'a> {
    fn new(
        locale: &'a Locale,
        site: Option<&str>,
        view: &IncidentView,
        u: &UpdateView,
        body: &str,
        url: &'a str,
        next: Option<&str>,
    ) -> Self {
        Short {
            locale,
            site: site.map(one_line).filter(|s| !s.is_empty()),
            title: one_line(&view.head.title),
            status: u.heading_label(),
            words: one_line(&to_text(body, TextStyle::Plain)),
            next: next.map(|n| tr!(locale, "next-update-by", when = one_line(n))),
            url,
        }
    }

    /// Every piece with its typographic characters in GSM-7 (`’` as `'`), letters kept.
    fn for_sms(self) -> Self {
        let gsm = |s: String| sms::typographic_to_gsm7(&s);
        Short {
            locale: self.locale,
            site: self.site.map(gsm),
            title: gsm(self.title),
            status: gsm(self.status),
            words: gsm(self.words),
            next: self.next.map(gsm),
            url: self.url,
        }
    }
}

/// One SMS segment. The words decide the alphabet: if the status, the title and the next
/// update time are all GSM-7, the message is GSM-7 (160), and the site's name and the update's
/// words are kept only as far as GSM-7 writes them (one `ł` further on would cut the whole to
/// 70). Otherwise it is UCS-2 (70), as long as that still holds the status, some of the title
/// and the link; when it cannot, the message is GSM-7 with the title's words up to its first
/// one outside GSM-7 (a link and a status reach the reader; a title cut to nothing would not).
fn sms_message(s: Short) -> Result<String, Diagnostic> {
    let s = s.for_sms();
    let gsm7 = |p: &str| sms::measure(p).0 == Alphabet::Gsm7;
    // candor's own words count too: a language whose head needs letters outside GSM-7 sends
    // every message in UCS-2.
    let head = |site| Measure::Sms(Alphabet::Gsm7).written(head_words(&s, site, "", "", ""));
    let needed_in_gsm7 = gsm7(&head(Some("")))
        && gsm7(&head(None))
        && gsm7(&s.status)
        && gsm7(&s.title)
        && s.next.as_deref().is_none_or(gsm7);
    let msg = match needed_in_gsm7 {
        false => short(&s, Measure::Sms(Alphabet::Ucs2), true)
            .or_else(|_| short(&s, Measure::Sms(Alphabet::Gsm7), false))?,
        true => short(&s, Measure::Sms(Alphabet::Gsm7), false)?,
    };
    debug_assert!(sms::is_one_segment(&msg), "{msg}");
    Ok(msg)
}

/// A message within `m`'s limit, whatever the inputs: the link is never cut, and then in order
/// of need the status, the incident's title, the next update time and the site's name are
/// kept, each shortened at a word when the whole does not fit; the update's own words fill
/// what room is left. The title gives way to the next update time only while it keeps half of
/// itself. With `title_needed`, a message that cannot hold any of the title is an error. A
/// link too long for a message with its status is an error.
fn short(s: &Short, m: Measure, title_needed: bool) -> Result<String, Diagnostic> {
    let len = |x: &str| m.len(x);
    let mut tails = Vec::new();
    if let Some(t) = &s.next {
        tails.push(format!("{t} {}", s.url));
    }
    tails.push(s.url.to_string());
    let last = tails.len() - 1;
    for (i, tail) in tails.iter().enumerate() {
        let Some(room) = m.limit().checked_sub(len(tail) + 1) else {
            continue;
        };
        let min_title = match i < last {
            true => len(&s.title).div_ceil(2),
            false => usize::from(title_needed),
        };
        // The site's name comes after the next update time in need: without the time, without
        // the name.
        let site = s.site.as_deref().filter(|_| s.next.is_none() || i < last);
        let Some(head) = short_head(s, site, m, room, min_title) else {
            continue;
        };
        let left = room.saturating_sub(len(&head) + 1);
        // A summary shorter than a few words says nothing; leave it out instead.
        let summary = match m.cut(&s.words, left) {
            x if left >= 20 && !s.words.is_empty() && x != m.marks().0 => x,
            _ => String::new(),
        };
        let msg = if summary.is_empty() {
            format!("{head} {tail}")
        } else {
            format!("{head} {summary} {tail}")
        };
        debug_assert!(len(&msg) <= m.limit(), "{msg}");
        return Ok(msg);
    }
    let (what, limit) = match m {
        Measure::Post => ("post", m.limit()),
        Measure::Sms(_) => ("text message", Alphabet::Gsm7.limit()),
    };
    Err(Diagnostic::error(format!(
        "the link to this update is {} characters: with its status it does not fit in a \
         {limit}-character {what}",
        s.url.chars().count()
    ))
    .with_help("publish the site at a shorter `base_url` in candor.yaml, or use `--format email`"))
}

/// The head of a short message in at most `room`: `Site: Title — Status.` (or `Status:
/// Title.` without a site), dropping or shortening the site's name first and the title after
/// it, but to no less than `min_title` of the title; with `min_title` 0, the status alone
/// when no word of the title fits. `None` when nothing allowed fits.
fn short_head(
    s: &Short,
    site: Option<&str>,
    m: Measure,
    room: usize,
    min_title: usize,
) -> Option<String> {
    let len = |x: &str| m.len(x);
    let (mark, dash) = m.marks();
    let (title, status) = (s.title.as_str(), s.status.as_str());
    let with_site =
        |site: &str, title: &str| m.written(head_words(s, Some(site), title, dash, "."));
    // A cut title ends in the mark of the cut, which needs no full stop after it.
    let stop = |title: &str| if title.ends_with(mark) { "" } else { "." };
    let without = |title: &str| m.written(head_words(s, None, title, dash, stop(title)));
    if let Some(site) = site {
        let full = with_site(site, title);
        if len(&full) <= room {
            return Some(full);
        }
        // A site name cut to a few characters says nothing: below that it is left out.
        let site_room = room.saturating_sub(len(&with_site("", title)));
        let cut = m.cut(site, site_room);
        if site_room >= 12 && cut != mark {
            return Some(with_site(&cut, title));
        }
    }
    let full = without(title);
    if len(&full) <= room {
        return Some(full);
    }
    let title_room = room.checked_sub(len(&without("")))?;
    let cut = match m.cut(title, title_room) {
        cut if cut != mark => cut,
        // One long word: cut inside it, as a title must say something.
        _ => {
            let mut used = len(mark);
            let head: String = title
                .chars()
                .take_while(|c| {
                    used += len(c.encode_utf8(&mut [0; 4]));
                    used <= title_room
                })
                .collect();
            format!("{head}{mark}")
        }
    };
    let kept = len(&cut) - len(mark);
    match cut {
        _ if kept > 0 && kept >= min_title => Some(without(&cut)),
        _ if min_title == 0 && len(status) < room => Some(format!("{status}.")),
        _ => None,
    }
}

/// The head's words in the site's language: with the site's name, "Acme: Title — Status.";
/// without, "Status: Title." (`stop` is the full stop, left out after a cut title).
fn head_words(s: &Short, site: Option<&str>, title: &str, dash: &str, stop: &str) -> String {
    let (l, status) = (s.locale, s.status.as_str());
    match site {
        Some(site) => tr!(
            l,
            "short-head-with-site",
            site = site,
            title = title,
            dash = dash,
            status = status
        ),
        None => tr!(l, "short-head", status = status, title = title, stop = stop),
    }
}

/// Slack mrkdwn: every piece of text from the files has `&`, `<` and `>` escaped (so none can
/// write a mention such as `<!channel>` or a link of its own), and links are built here as
/// `<url|text>` with both halves escaped.
fn slack(
    l: &Locale,
    view: &IncidentView,
    u: &UpdateView,
    body: &str,
    url: &str,
    next: Option<&str>,
) -> String {
    let esc = |s: &str| slack_escape(&one_line(s));
    let facts = tr!(
        l,
        "slack-facts",
        // Declared, so it is not read as the components' state now (docs/format.md).
        impact = match view.head.is_maintenance {
            true => Kind::Maintenance.words(l),
            false => view.head.impact_words.clone(),
        },
        when = esc(&u.at.full),
        open = if view.head.is_open { "yes" } else { "no" },
        components = esc(&affected(l, view))
    );
    let mut s = format!(
        "*{}* · <{}|{}>\n_{facts}_\n\n",
        u.heading_label(),
        crate::render::markdown::slack_url(url),
        esc(&view.head.title),
    );
    s.push_str(&to_text(body, TextStyle::Slack));
    s.push_str("\n\n");
    if let Some(next) = next {
        s.push_str(&format!(
            "*{}* · ",
            tr!(l, "notify-next-update", when = esc(next))
        ));
    }
    s.push_str(&format!("— {}\n", esc(&u.author)));
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn short_messages_never_cut_a_word_or_link() {
        let view_title = "Card payments failing at checkout";
        let body = "word ".repeat(200);
        let url = "https://status.acme.example/incidents/card-payments-failing/#update-3";
        let msg = post_for_test(view_title, &body, url);
        assert!(
            msg.chars().count() <= SHORT_LIMIT,
            "{} chars",
            msg.chars().count()
        );
        assert!(msg.ends_with(url), "{msg}");
        assert!(msg.contains("Next update by 16:30 GMT."), "{msg}");
        assert!(msg.contains("word… Next"), "cut at a word: {msg}");
        assert!(!msg.contains("wor…"), "{msg}");
    }

    #[test]
    fn short_messages_fit_whatever_the_site_and_title() {
        let url = "https://status.acme.example/incidents/x/#update-3";
        let site = "Acme Status for every customer ".repeat(10);
        for title in [
            "Card payments failing",
            &"word ".repeat(70),
            &"x".repeat(300),
        ] {
            for prefix in [Some(site.as_str()), None] {
                let u = update_for_test();
                let view = fake_view(title);
                let s = Short::new(en(), prefix, &view, &u, "body", url, Some("16:30 GMT"));
                let msg = short(&s, Measure::Post, false).unwrap();
                assert!(msg.chars().count() <= SHORT_LIMIT, "{msg}");
                assert!(msg.ends_with(url), "{msg}");
                assert!(msg.contains("Identified"), "{msg}");
                assert!(msg.contains("Next update by 16:30 GMT."), "{msg}");
            }
        }
        // A link that cannot fit is said, not cut.
        let long = format!("https://status.acme.example/{}", "a".repeat(300));
        let u = update_for_test();
        let view = fake_view("T");
        let s = Short::new(en(), None, &view, &u, "b", &long, None);
        let err = short(&s, Measure::Post, false).unwrap_err();
        assert!(err.message.contains("does not fit in a 280-character post"));
    }

    #[test]
    fn posts_are_counted_as_x_counts_them() {
        assert_eq!(post_len("Card payments failing"), 21);
        // CJK and emoji weigh two; curly quotes and dashes one, but the ellipsis (U+2026,
        // outside twitter-text's punctuation ranges) two.
        assert_eq!(post_len("決済障害 🎉"), 11);
        assert_eq!(post_len("“ok” — fine…"), 13);
        // A link is at least 23, and 2 more for brackets around it.
        assert_eq!(post_len("see (https://a.io)"), 4 + 25);
        let long = "https://status.acme.example/incidents/card-payments-failing/#update-3";
        assert_eq!(post_len(long), long.len());
    }

    #[test]
    fn a_post_in_cjk_is_cut_to_x_s_weighted_limit() {
        let u = update_for_test();
        let view = fake_view(&"決済障害 ".repeat(60));
        let url = "https://status.acme.example/incidents/x/#update-3";
        let s = Short::new(en(), None, &view, &u, "body", url, None);
        let msg = short(&s, Measure::Post, false).unwrap();
        assert!(post_len(&msg) <= SHORT_LIMIT, "{msg}");
        assert!(msg.chars().count() < 200, "{msg}");
        assert!(msg.ends_with(url), "{msg}");
    }

    #[test]
    fn short_messages_are_written_and_measured_in_the_site_s_words() {
        // A theme's words: a mark outside GSM-7 in the head, a letter outside it in the promise.
        let words = "next-update-by = Następna aktualizacja o { $when }.\n\
                     short-head = { $status } ▸ { $title }{ $stop }\n\
                     short-head-with-site = { $site } ▸ { $title }{ $dash }{ $status }.\n";
        let resource = fluent_bundle::FluentResource::try_new(words.into()).unwrap();
        let theme = crate::locale::Override { resource };
        let pl: &'static Locale = Box::leak(Box::new(Locale::new("pl", vec![theme])));
        let (u, view) = (update_for_test(), fake_view("Card payments failing"));
        let url = "https://s.example/i/x";
        let s = Short::new(pl, None, &view, &u, "We are on it.", url, Some("16:30 GMT"));
        let post = short(&s, Measure::Post, false).unwrap();
        assert_eq!(
            post,
            "Identified ▸ Card payments failing. We are on it. Następna aktualizacja o \
             16:30 GMT. https://s.example/i/x"
        );
        // candor's own words decide the alphabet too, not only the files': the text message
        // goes in UCS-2, within one segment of 70, with the head as the language writes it.
        let s = Short::new(pl, Some("Acme"), &view, &u, "We are on it.", url, None);
        let sms = sms_message(s).unwrap();
        assert!(
            sms.starts_with("Acme ▸ Card payments failing - Identified."),
            "{sms}"
        );
        assert!(sms.encode_utf16().count() <= 70, "{sms}");
        assert!(sms::is_one_segment(&sms), "{sms}");
    }

    /// English, for as long as a test's `Short` borrows it.
    fn en() -> &'static Locale {
        Box::leak(Box::new(Locale::new("en", Vec::new())))
    }

    fn post_for_test(title: &str, body: &str, url: &str) -> String {
        let u = update_for_test();
        let view = fake_view(title);
        let s = Short::new(en(), None, &view, &u, body, url, Some("16:30 GMT"));
        short(&s, Measure::Post, false).unwrap()
    }

    fn update_for_test() -> UpdateView {
        use crate::time::TimeView;
        let t = TimeView {
            instant: "2026-11-23T15:28:00Z".parse().unwrap(),
            iso: "2026-11-23T15:28:00Z".into(),
            full: "23 Nov 2026, 15:28 GMT".into(),
            time: "15:28 GMT".into(),
            date: "23 Nov 2026".into(),
        };
        UpdateView {
            number: 3,
            anchor: "update-3".into(),
            at: t,
            status: "identified",
            status_label: "Identified".into(),
            reopened: false,
            heading: "Identified".into(),
            author: "Minter Dial".into(),
            author_role: None,
            initials: "MD".into(),
            body_html: String::new(),
            changes: vec![],
            next_update_by: None,
            ago: String::new(),
            workaround: None,
            next_update_when: None,
            promise: None,
            original: None,
        }
    }

    fn fake_view(title: &str) -> IncidentView {
        let clock = crate::time::Clock::english(jiff::tz::TimeZone::UTC);
        let t: jiff::Timestamp = "2026-11-23T14:40:00Z".parse().unwrap();
        let inc = Incident::sample(title, t, vec![]);
        let config = Config {
            title: "Acme".into(),
            description: None,
            base_url: "https://status.acme.example/".into(),
            timezone: jiff::tz::TimeZone::UTC,
            timezone_name: "UTC".into(),
            language: "en".into(),
            locale: crate::locale::Locale::english(),
            languages: Vec::new(),
            current: 0,
            texts: None,
            theme: "default".into(),
            contact: None,
            components: vec![],
            feed_entries: 50,
            promises: Default::default(),
            people: vec![],
            notify: Default::default(),
            brand: Default::default(),
        };
        crate::render::view::incident_view(&inc, &config, &clock, t)
    }
}
