//! Microsoft Teams, through an incoming webhook or a Workflows "post to a channel when a
//! webhook request is received": a `message` carrying one Adaptive Card (version 1.4, which
//! Teams renders on desktop, web and mobile) of text blocks that wrap, a fact set and a button
//! that opens the page. Teams refuses a message over 28 KB, counted on the bytes sent, so the
//! words are cut to keep the whole JSON within `MAX_BYTES`. Cards cannot mention anyone
//! unless the payload declares the mention, which this one never does.

use serde_json::{Value, json};

use crate::render::markdown::{TextStyle, to_text};

use super::{Body, components, fit, link_words};
use crate::notify::message::Message;
use crate::tr;

/// 28 KB, read as thousands of bytes to leave room for what Teams wraps around it.
const MAX_BYTES: usize = 28_000;

pub(crate) fn body(m: &Message) -> Body {
    let words = to_text(&m.body, TextStyle::Plain);
    let size =
        |w: &str, cut| serde_json::to_vec(&message(m, w, cut)).map_or(usize::MAX, |v| v.len());
    let (words, cut) = fit(&words, false, |w, cut| size(w, cut) <= MAX_BYTES);
    Body::json(message(m, &words, cut))
}

/// The message around `words` (the body, whole or cut).
fn message(m: &Message, words: &str, cut: bool) -> Value {
    let text = |text: String| json!({"type": "TextBlock", "text": text, "wrap": true});
    let l = &m.locale;
    let mut facts = vec![
        json!({"title": tr!(l, "notify-affected"), "value": components(l, &m.affected, 2000)}),
    ];
    if let Some(next) = &m.next_update {
        facts.push(json!({"title": tr!(l, "notify-next-update-label"), "value": next}));
    }
    facts.push(json!({"title": tr!(l, "notify-signed"), "value": m.signature()}));
    let link = link_words(l, cut);
    let words = match cut {
        true => format!("{words}…\n\n{link}: {}", m.url),
        false => format!("{words}\n\n{link}: {}", m.url),
    };
    let card = json!({
        "type": "AdaptiveCard",
        "$schema": "http://adaptivecards.io/schemas/adaptive-card.json",
        "version": "1.4",
        "msteams": {"width": "Full"},
        "body": [
            {"type": "TextBlock", "text": m.site, "size": "Small", "isSubtle": true, "wrap": true},
            {"type": "TextBlock", "text": m.title, "size": "Large", "weight": "Bolder", "wrap": true},
            {"type": "TextBlock", "text": format!("{} — {}", m.label, m.when), "weight": "Bolder", "spacing": "Small", "wrap": true},
            text(words.trim_start().to_string()),
            {"type": "FactSet", "facts": facts},
        ],
        "actions": [{"type": "Action.OpenUrl", "title": link_words(l, false), "url": m.url}],
    });
    json!({
        "type": "message",
        "attachments": [{
            "contentType": "application/vnd.microsoft.card.adaptive",
            "contentUrl": null,
            "content": card,
        }],
    })
}

#[cfg(test)]
mod tests {
    use super::super::fixture;
    use super::*;

    fn card(b: &Body) -> &Value {
        &b.json["attachments"][0]["content"]
    }

    #[test]
    fn an_update_says_everything_the_page_says() {
        let b = body(&fixture::update());
        let all = serde_json::to_string(&b.json).unwrap();
        for part in [
            "Acme Status",
            "Card payments failing at checkout",
            "Identified — 23 Nov 2026, 15:20 GMT",
            "undoing that change now",
            "our help page (https://acme.example/help)",
            "Checkout and Public API",
            "15:50 GMT",
            "Priya Raman, Payments Engineering Lead",
            "Follow this incident: https://status.acme.example/incidents/card-payments-failing/#update-2",
        ] {
            assert!(all.contains(part), "{part} missing from {all}");
        }
        assert_eq!(card(&b)["actions"][0]["type"], "Action.OpenUrl");
    }

    #[test]
    fn a_huge_message_fits_in_28_kb_with_its_link() {
        let m = fixture::huge();
        let b = body(&m);
        let bytes = b.bytes();
        assert!(bytes.len() <= MAX_BYTES, "{} bytes", bytes.len());
        assert!(
            bytes.len() > MAX_BYTES - 1000,
            "cut near the limit, not far below it"
        );
        let words = card(&b)["body"][3]["text"].as_str().unwrap();
        assert!(
            words.ends_with(&format!("…\n\nRead the full update: {}", m.url)),
            "{}",
            &words[words.len() - 200..]
        );
        assert_eq!(card(&b)["actions"][0]["url"], m.url.as_str());
        assert_eq!(b, body(&m), "deterministic");
    }

    /// With `CANDOR_CARDS_OUT=dir`, writes the cards of several messages there, for
    /// `tests/oracles/adaptivecards/` to validate with Microsoft's own `adaptivecards` package.
    #[test]
    fn cards_for_the_adaptivecards_oracle() {
        let Some(dir) = std::env::var_os("CANDOR_CARDS_OUT") else {
            return;
        };
        let dir = std::path::PathBuf::from(dir);
        std::fs::create_dir_all(&dir).unwrap();
        let mut no_next = fixture::update();
        no_next.next_update = None;
        no_next.role = None;
        let mut messages = vec![
            ("update".to_string(), fixture::update()),
            ("huge".to_string(), fixture::huge()),
            ("plain".to_string(), no_next),
        ];
        messages.extend(
            fixture::example()
                .into_iter()
                .map(|m| (m.key.replace(['/', ':', '+'], "_"), m)),
        );
        for (name, m) in messages {
            let b = body(&m);
            std::fs::write(
                dir.join(format!("{name}.json")),
                serde_json::to_vec_pretty(card(&b)).unwrap(),
            )
            .unwrap();
        }
    }

    #[test]
    fn snapshot() {
        insta::assert_snapshot!(
            serde_json::to_string_pretty(&body(&fixture::update()).json).unwrap()
        );
    }
}
