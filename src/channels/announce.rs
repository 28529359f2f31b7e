//! `candor announce`: the page's message, ready to send on other channels: an email signed by
//! its author, a text message or social post that fits in 280 characters without cutting a
//! word or a link, and Slack mrkdwn. Same source, same words.

use super::Prepared;
use crate::diagnostic::{Diagnostic, did_you_mean};
use crate::markdown::{TextStyle, to_text};
use crate::model::*;
use crate::view::{IncidentView, UpdateView, truncate_words};

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
pub const SHORT_LIMIT: usize = 280;

pub fn announce(
    site: &Site,
    p: &Prepared,
    id: &str,
    update: Option<usize>,
    format: AnnounceFormat,
) -> Result<String, Diagnostic> {
    let Some((index, inc)) = site.incidents.iter().enumerate().find(|(_, i)| i.id == id) else {
        let help = did_you_mean(id, site.incidents.iter().map(|i| i.id.as_str()))
            .map(|h| format!("did you mean `{h}`?"))
            .unwrap_or_else(|| {
                "`candor check` lists nothing wrong; the ids are the file names in incidents/"
                    .into()
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
    // The promise shown is the one this update made.
    let next = u.next_update_by.as_ref().map(|t| t.time.clone());
    Ok(match format {
        AnnounceFormat::Email => email(site, view, u, body, &url, next.as_deref()),
        AnnounceFormat::Sms => short(
            Some(&site.config.title),
            view,
            u,
            body,
            &url,
            next.as_deref(),
        ),
        AnnounceFormat::Social => short(None, view, u, body, &url, next.as_deref()),
        AnnounceFormat::Slack => slack(view, u, body, &url, next.as_deref()),
    })
}

fn affected(view: &IncidentView) -> String {
    view.components
        .iter()
        .map(|c| c.name.as_str())
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
    let mut s = format!("Subject: [{}] {}\n\n", u.status_label, view.head.title);
    s.push_str(&format!("{} — {}\n\n", u.status_label, u.at.full));
    s.push_str(&to_text(body, TextStyle::Plain));
    s.push_str(&format!("\n\nAffected: {}\n", affected(view)));
    if let Some(next) = next {
        s.push_str(&format!("Next update by {next}.\n"));
    }
    s.push_str(&format!("\n{}\n", u.author));
    if u.author == view.owner.name
        && let Some(role) = &view.owner.role
    {
        s.push_str(&format!("{role}\n"));
    }
    s.push_str(&format!("{}\n", site.config.title));
    s.push_str(&format!("\nFollow this incident: {url}\n"));
    s
}

/// A message of at most 280 characters that always keeps the title, the status, the next
/// update time and the link; the update's own words fill what room is left, cut at a word.
fn short(
    prefix: Option<&str>,
    view: &IncidentView,
    u: &UpdateView,
    body: &str,
    url: &str,
    next: Option<&str>,
) -> String {
    let head = match prefix {
        Some(p) => format!("{p}: {} — {}.", view.head.title, u.status_label),
        None => format!("{}: {}.", u.status_label, view.head.title),
    };
    let tail = match next {
        Some(t) => format!("Next update by {t}. {url}"),
        None => url.to_string(),
    };
    let fixed = head.chars().count() + 1 + tail.chars().count();
    let words = to_text(body, TextStyle::Plain)
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    let room = SHORT_LIMIT.saturating_sub(fixed + 1);
    // A summary shorter than a few words says nothing; leave it out instead.
    let summary = if room >= 20 && !words.is_empty() {
        let s = truncate_words(&words, room);
        if s == "…" { String::new() } else { s }
    } else {
        String::new()
    };
    let msg = if summary.is_empty() {
        format!("{head} {tail}")
    } else {
        format!("{head} {summary} {tail}")
    };
    if msg.chars().count() <= SHORT_LIMIT {
        return msg;
    }
    // Only a very long title gets here: shorten it at a word, keep status, time and link.
    let over = msg.chars().count() - SHORT_LIMIT;
    let title = truncate_words(
        &view.head.title,
        view.head.title.chars().count().saturating_sub(over + 1),
    );
    let head = match prefix {
        Some(p) => format!("{p}: {title} — {}.", u.status_label),
        None => format!("{}: {title}.", u.status_label),
    };
    format!("{head} {tail}")
}

fn slack(view: &IncidentView, u: &UpdateView, body: &str, url: &str, next: Option<&str>) -> String {
    let esc = |s: &str| {
        s.replace('&', "&amp;")
            .replace('<', "&lt;")
            .replace('>', "&gt;")
    };
    let mut s = format!(
        "*{}* · <{url}|{}>\n_{} impact · {} · affects {}_\n\n",
        u.status_label,
        esc(&view.head.title),
        view.head.impact_label,
        u.at.full,
        esc(&affected(view))
    );
    s.push_str(&to_text(body, TextStyle::Slack));
    s.push_str("\n\n");
    if let Some(next) = next {
        s.push_str(&format!("*Next update by {next}* · "));
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

    fn short_for_test(title: &str, body: &str, url: &str) -> String {
        use crate::time::TimeView;
        let t = TimeView {
            iso: "2026-11-23T15:28:00Z".into(),
            full: "23 Nov 2026, 15:28 GMT".into(),
            time: "15:28 GMT".into(),
            date: "23 Nov 2026".into(),
            long_date: String::new(),
        };
        let u = UpdateView {
            number: 3,
            anchor: "update-3".into(),
            at: t,
            status: "identified",
            status_label: "Identified",
            author: "Minter Dial".into(),
            author_role: None,
            initials: "MD".into(),
            body_html: String::new(),
            changes: vec![],
            next_update_by: None,
            promise: None,
        };
        let view = fake_view(title);
        short(None, &view, &u, body, url, Some("16:30 GMT"))
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
        };
        crate::view::incident_view(&inc, &config, &clock, t)
    }
}
