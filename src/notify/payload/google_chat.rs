//! Google Chat incoming webhooks: one text message in Chat's own markup (`*bold*`, `_italic_`,
//! `<url|text>` links) of at most 4096 characters (counted here in UTF-16 units, never fewer),
//! in a thread per incident: the thread key goes in the body and, with the option to reply in
//! it or start it, in the query the sender adds to the webhook URL.
//!
//! Chat reads `<users/all>` and `<users/…>` as mentions and `<url|text>` as a link. Text from
//! the files gets a zero-width space after each `<`, which shows nothing and leaves Chat
//! nothing to read as markup; only the links built here stay links.

use serde_json::json;

use crate::render::markdown::{TextStyle, slack_url, to_text};

use super::{Body, clip, components, fit, len16, link_words};
use crate::notify::message::Message;
use crate::tr;

const TEXT: usize = 4096;

pub(crate) fn body(m: &Message) -> Body {
    let words = from_slack(&to_text(&m.body, TextStyle::Slack));
    let (words, cut) = fit(&words, true, |w, cut| len16(&text(m, w, cut)) <= TEXT);
    Body {
        json: json!({
            "text": text(m, &words, cut),
            "thread": {"threadKey": m.incident},
        }),
        query: vec![
            ("threadKey".into(), m.incident.clone()),
            (
                "messageReplyOption".into(),
                "REPLY_MESSAGE_FALLBACK_TO_NEW_THREAD".into(),
            ),
        ],
    }
}

/// The message around `words` (the body, whole or cut).
fn text(m: &Message, words: &str, cut: bool) -> String {
    let mut s = format!(
        "*{}*\n{} — {} · {}\n\n",
        escape(&clip(&m.title, 500)),
        escape(&clip(&m.label, 200)),
        escape(&m.when),
        escape(&clip(&m.site, 200))
    );
    if !words.is_empty() {
        s.push_str(words);
        s.push_str(if cut { "…\n\n" } else { "\n\n" });
    }
    let l = &m.locale;
    s.push_str(&format!(
        "*{}:* {}\n",
        tr!(l, "notify-affected"),
        escape(&components(l, &m.affected, 500))
    ));
    if let Some(next) = &m.next_update {
        let next = tr!(l, "notify-next-update", when = escape(&clip(next, 200)));
        s.push_str(&format!("*{next}*\n"));
    }
    s.push_str(&format!("— {}\n\n", escape(&clip(&m.signature(), 500))));
    let link = link_words(l, cut);
    s.push_str(&format!("<{}|{link}>", link_url(&m.url)));
    s
}

/// A `<` from a file, made inert.
fn escape(s: &str) -> String {
    s.replace('<', "<\u{200b}")
}

/// The link half of `<url|text>`: Slack's (with `|` and white space encoded), unescaped.
fn link_url(url: &str) -> String {
    from_slack(&slack_url(url))
}

/// Slack mrkdwn (the markup Chat shares) with Slack's three escapes undone: `&lt;` from a file
/// becomes an inert `<`, `&amp;` and `&gt;` their characters. Links built by `to_text` keep
/// their `<` and `>`.
fn from_slack(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(i) = rest.find('&') {
        out.push_str(&rest[..i]);
        rest = &rest[i..];
        let (with, len) = if rest.starts_with("&lt;") {
            ("<\u{200b}", 4)
        } else if rest.starts_with("&gt;") {
            (">", 4)
        } else if rest.starts_with("&amp;") {
            ("&", 5)
        } else {
            ("&", 1)
        };
        out.push_str(with);
        rest = &rest[len..];
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::super::fixture;
    use super::*;

    #[test]
    fn an_update_says_everything_the_page_says_in_its_incidents_thread() {
        let b = body(&fixture::update());
        let t = b.json["text"].as_str().unwrap();
        for part in [
            "*Card payments failing at checkout*",
            "Identified — 23 Nov 2026, 15:20 GMT · Acme Status",
            "*undoing that change now*",
            "<https://acme.example/help|our help page>",
            "*Affected:* Checkout and Public API",
            "*Next update by 15:50 GMT*",
            "— Priya Raman, Payments Engineering Lead",
            "<https://status.acme.example/incidents/card-payments-failing/#update-2|Follow this incident>",
        ] {
            assert!(t.contains(part), "{part} missing from {t}");
        }
        assert_eq!(b.json["thread"]["threadKey"], "card-payments-failing");
        assert_eq!(
            b.query,
            [
                ("threadKey".to_string(), "card-payments-failing".to_string()),
                (
                    "messageReplyOption".to_string(),
                    "REPLY_MESSAGE_FALLBACK_TO_NEW_THREAD".to_string()
                )
            ]
        );
    }

    #[test]
    fn a_huge_hostile_message_fits_keeps_its_link_and_mentions_nobody() {
        let m = fixture::huge();
        let b = body(&m);
        let t = b.json["text"].as_str().unwrap();
        assert!(len16(t) <= TEXT, "{}", len16(t));
        assert!(t.contains("…\n\n*Affected:*"), "the cut is marked");
        assert!(
            t.ends_with(&format!("<{}|Read the full update>", m.url)),
            "{t}"
        );
        assert!(
            !t.contains("<users/all>") && !t.contains("<!channel>"),
            "{t}"
        );
        assert!(
            t.contains("<https://acme.example/help?a=1&b=2|link>"),
            "links kept whole"
        );
        // Every `<` left live opens a link built here.
        for (i, _) in t.match_indices('<') {
            let rest = &t[i + 1..];
            assert!(
                rest.starts_with('\u{200b}') || rest.starts_with("https://"),
                "{rest:.40}"
            );
        }
        assert_eq!(b, body(&m), "deterministic");
    }

    #[test]
    fn snapshot() {
        insta::assert_snapshot!(
            serde_json::to_string_pretty(&body(&fixture::update()).json).unwrap()
        );
    }
}
