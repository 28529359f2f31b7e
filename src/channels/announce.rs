//! `candor announce`: the page's message, ready to send on other channels: an email signed by
//! its author, a text message or social post that fits in 280 characters without cutting a
//! word or a link, and Slack mrkdwn. Same source, same words.

use crate::diagnostic::{Diagnostic, suggest};
use crate::model::*;
use crate::render::Prepared;
use crate::render::markdown::{TextStyle, slack_escape, to_text};
use crate::render::view::{IncidentView, UpdateView};
use crate::text::truncate_words;
use crate::text::{self, one_line};

/// Where the message is going.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum AnnounceFormat {
    /// subject line and a plain-text body signed by the author
    Email,
    /// one text message, at most 280 characters
    Sms,
    /// one post, at most 280 characters
    Social,
    /// Slack mrkdwn
    Slack,
}

/// The most a text message or post may hold.
pub(crate) const SHORT_LIMIT: usize = 280;

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
    let text = match format {
        AnnounceFormat::Email => email(site, view, u, body, &url, next.as_deref()),
        AnnounceFormat::Sms => short(
            Some(&site.config.title),
            view,
            u,
            body,
            &url,
            next.as_deref(),
        )?,
        AnnounceFormat::Social => short(None, view, u, body, &url, next.as_deref())?,
        AnnounceFormat::Slack => slack(view, u, body, &url, next.as_deref()),
    };
    // It is printed to a terminal and pasted into other tools: no control character from a
    // file goes out with it (`check` refuses them; this holds whatever reaches here).
    Ok(text::scrubbed(text))
}

fn affected(view: &IncidentView) -> String {
    view.components
        .iter()
        .map(|c| one_line(&c.name))
        .collect::<Vec<_>>()
        .join(", ")
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
    let mut s = format!(
        "Subject: [{}] {}\n\n",
        u.heading_label(),
        one_line(&view.head.title)
    );
    s.push_str(&format!("{} — {}\n\n", u.heading_label(), u.at.full));
    s.push_str(&to_text(body, TextStyle::Plain));
    s.push_str(&format!("\n\nAffected: {}\n", affected(view)));
    if let Some(next) = next {
        s.push_str(&format!("Next update by {next}.\n"));
    }
    s.push_str(&format!("\n{}\n", one_line(&u.author)));
    if u.author == view.owner.name
        && let Some(role) = &view.owner.role
    {
        s.push_str(&format!("{}\n", one_line(role)));
    }
    s.push_str(&format!("{}\n", one_line(&site.config.title)));
    s.push_str(&format!("\nFollow this incident: {url}\n"));
    s
}

/// A message of at most 280 characters, whatever the inputs: the link is never cut, and
/// then in order of need the status, the incident's title, the next update time and the
/// site's name are kept, each shortened at a word when the whole does not fit; the update's
/// own words fill what room is left. Only a link too long for a message on its own is an
/// error.
fn short(
    prefix: Option<&str>,
    view: &IncidentView,
    u: &UpdateView,
    body: &str,
    url: &str,
    next: Option<&str>,
) -> Result<String, Diagnostic> {
    let status = u.heading_label();
    let title = one_line(&view.head.title);
    let site = prefix.map(one_line).filter(|s| !s.is_empty());
    let len = |s: &str| s.chars().count();
    let tails = match next {
        Some(t) => vec![
            format!("Next update by {}. {url}", one_line(t)),
            url.to_string(),
        ],
        None => vec![url.to_string()],
    };
    for tail in &tails {
        let Some(room) = SHORT_LIMIT.checked_sub(len(tail) + 1) else {
            continue;
        };
        let Some(head) = short_head(site.as_deref(), &title, &status, room) else {
            continue;
        };
        let words = to_text(body, TextStyle::Plain)
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ");
        let left = room.saturating_sub(len(&head) + 1);
        // A summary shorter than a few words says nothing; leave it out instead.
        let summary = match truncate_words(&words, left) {
            s if left >= 20 && !words.is_empty() && s != "…" => s,
            _ => String::new(),
        };
        return Ok(if summary.is_empty() {
            format!("{head} {tail}")
        } else {
            format!("{head} {summary} {tail}")
        });
    }
    Err(Diagnostic::error(format!(
        "the link to this update is {} characters, longer than a {SHORT_LIMIT}-character message",
        len(url)
    ))
    .with_help("publish the site at a shorter `base_url` in candor.yaml, or use `--format email`"))
}

/// The head of a short message in at most `room` characters: `Site: Title — Status.` (or
/// `Status: Title.` without a site), dropping or shortening the site's name first and the
/// title after it; `None` when even the status does not fit.
fn short_head(site: Option<&str>, title: &str, status: &str, room: usize) -> Option<String> {
    let len = |s: &str| s.chars().count();
    let with_site = |site: &str, title: &str| format!("{site}: {title} — {status}.");
    let without = |title: &str| format!("{status}: {title}.");
    if let Some(site) = site {
        let full = with_site(site, title);
        if len(&full) <= room {
            return Some(full);
        }
        // A site name cut to a few characters says nothing: below that it is left out.
        let site_room = room.saturating_sub(len(&with_site("", title)));
        let cut = truncate_words(site, site_room);
        if site_room >= 12 && cut != "…" {
            return Some(with_site(&cut, title));
        }
    }
    let full = without(title);
    if len(&full) <= room {
        return Some(full);
    }
    let title_room = room.checked_sub(len(&without("")))?;
    match truncate_words(title, title_room) {
        cut if cut != "…" => Some(without(&cut)),
        // One long word: cut inside it, as a title must say something.
        _ if title_room >= 2 => {
            let cut: String = title.chars().take(title_room - 1).collect();
            Some(without(&format!("{cut}…")))
        }
        _ if status.chars().count() < room => Some(format!("{status}.")),
        _ => None,
    }
}

/// Slack mrkdwn: every piece of text from the files has `&`, `<` and `>` escaped (so none can
/// write a mention such as `<!channel>` or a link of its own), and links are built here as
/// `<url|text>` with both halves escaped.
fn slack(view: &IncidentView, u: &UpdateView, body: &str, url: &str, next: Option<&str>) -> String {
    let esc = |s: &str| slack_escape(&one_line(s));
    let mut s = format!(
        "*{}* · <{}|{}>\n_{} · {} · {} {}_\n\n",
        u.heading_label(),
        crate::render::markdown::slack_url(url),
        esc(&view.head.title),
        // Declared, so it is not read as the components' state now (docs/format.md).
        if view.head.is_maintenance {
            "Maintenance"
        } else {
            &view.head.impact_words
        },
        esc(&u.at.full),
        if view.head.is_open {
            "affects"
        } else {
            "affected"
        },
        esc(&affected(view))
    );
    s.push_str(&to_text(body, TextStyle::Slack));
    s.push_str("\n\n");
    if let Some(next) = next {
        s.push_str(&format!("*Next update by {}* · ", esc(next)));
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
        let msg = short_for_test(view_title, &body, url);
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
                let msg = short(
                    prefix,
                    &fake_view(title),
                    &u,
                    "body",
                    url,
                    Some("16:30 GMT"),
                )
                .unwrap();
                assert!(msg.chars().count() <= SHORT_LIMIT, "{msg}");
                assert!(msg.ends_with(url), "{msg}");
                assert!(msg.contains("Identified"), "{msg}");
                assert!(msg.contains("Next update by 16:30 GMT."), "{msg}");
            }
        }
        // A link that cannot fit is said, not cut.
        let long = format!("https://status.acme.example/{}", "a".repeat(300));
        let u = update_for_test();
        let err = short(None, &fake_view("T"), &u, "b", &long, None).unwrap_err();
        assert!(err.message.contains("longer than a 280-character message"));
    }

    fn short_for_test(title: &str, body: &str, url: &str) -> String {
        let u = update_for_test();
        let view = fake_view(title);
        short(None, &view, &u, body, url, Some("16:30 GMT")).unwrap()
    }

    fn update_for_test() -> UpdateView {
        use crate::time::TimeView;
        let t = TimeView {
            instant: "2026-11-23T15:28:00Z".parse().unwrap(),
            iso: "2026-11-23T15:28:00Z".into(),
            full: "23 Nov 2026, 15:28 GMT".into(),
            time: "15:28 GMT".into(),
            date: "23 Nov 2026".into(),
            long_date: String::new(),
        };
        UpdateView {
            number: 3,
            anchor: "update-3".into(),
            at: t,
            status: "identified",
            status_label: "Identified",
            reopened: false,
            author: "Minter Dial".into(),
            author_role: None,
            initials: "MD".into(),
            body_html: String::new(),
            changes: vec![],
            next_update_by: None,
            next_update_when: None,
            promise: None,
        }
    }

    fn fake_view(title: &str) -> IncidentView {
        let clock = crate::time::Clock::new(jiff::tz::TimeZone::UTC);
        let t: jiff::Timestamp = "2026-11-23T14:40:00Z".parse().unwrap();
        let inc = Incident::sample(title, t, vec![]);
        let config = Config {
            title: "Acme".into(),
            description: None,
            base_url: "https://status.acme.example/".into(),
            timezone: jiff::tz::TimeZone::UTC,
            timezone_name: "UTC".into(),
            language: "en".into(),
            theme: "default".into(),
            contact: None,
            components: vec![],
            feed_entries: 50,
            promises: Default::default(),
            people: vec![],
            notify: Default::default(),
        };
        crate::render::view::incident_view(&inc, &config, &clock, t)
    }
}
