//! Slack incoming webhooks: a Block Kit message with a `text` fallback for notifications.
//!
//! Slack's limits, in characters (counted here in UTF-16 units, never fewer): a header's
//! plain text 150, a section's or context element's text 3000, 50 blocks. Slack also refuses
//! a message whose blocks hold more than about 12,000 characters in all (`msg_blocks_too_long`,
//! undocumented: slackapi/bolt-js#2509, #2867, where 11,341 was still refused), so the words
//! of all blocks together stay within `TOTAL`. Every piece of text from the files is mrkdwn-
//! escaped (`&`, `<`, `>`), so no file can write `<!channel>`, `<@U…>` or a link of its own.

use serde_json::{Value, json};

use crate::render::markdown::{TextStyle, slack_escape, slack_url, to_text};

use super::{Body, clip, components, fit, len16, link_words, pieces};
use crate::notify::message::Message;
use crate::tr;

const HEADER: usize = 150;
const TEXT: usize = 3000;
const BLOCKS: usize = 50;
const TOTAL: usize = 10_000;

pub(crate) fn body(m: &Message) -> Body {
    let words = to_text(&m.body, TextStyle::Slack);
    let (words, cut) = fit(&words, true, |w, cut| fits(&blocks(m, w, cut)));
    let esc = |s: &str| slack_escape(s);
    Body::json(json!({
        "text": format!(
            "{}: {} — {}",
            esc(&clip(&m.label, 200)),
            esc(&clip(&m.title, 500)),
            esc(&clip(&m.site, 200))
        ),
        "blocks": blocks(m, &words, cut),
    }))
}

/// The message's blocks around `words` (the body, whole or cut).
fn blocks(m: &Message, words: &str, cut: bool) -> Vec<Value> {
    let esc = |s: &str, max| slack_escape(&clip(s, max));
    let section =
        |text: String| json!({"type": "section", "text": {"type": "mrkdwn", "text": text}});
    let context =
        |text: String| json!({"type": "context", "elements": [{"type": "mrkdwn", "text": text}]});
    let mut out = vec![
        json!({"type": "header", "text": {"type": "plain_text", "text": clip(&m.title, HEADER), "emoji": false}}),
        context(format!(
            "*{}* · {} · {}",
            esc(&m.label, 300),
            esc(&m.when, 200),
            esc(&m.site, 300)
        )),
    ];
    let mut words = words.to_string();
    if cut {
        words.push('…');
    }
    out.extend(pieces(&words, TEXT, true).into_iter().map(section));
    let l = &m.locale;
    let mut facts = format!(
        "*{}:* {}",
        tr!(l, "notify-affected"),
        slack_escape(&components(l, &m.affected, 500))
    );
    if let Some(next) = &m.next_update {
        let next = tr!(l, "notify-next-update", when = esc(next, 200));
        facts.push_str(&format!("\n*{next}*"));
    }
    out.push(section(facts));
    out.push(context(format!("— {}", esc(&m.signature(), 500))));
    let link = link_words(l, cut);
    out.push(section(format!("<{}|{link}>", slack_url(&m.url))));
    out
}

/// Within every limit: the block count and the words of all blocks together (each block's
/// own limit is held as it is built).
fn fits(blocks: &[Value]) -> bool {
    blocks.len() <= BLOCKS && blocks.iter().map(text_len).sum::<usize>() <= TOTAL
}

/// The length of the text a block holds.
fn text_len(block: &Value) -> usize {
    match block {
        Value::String(s) => len16(s),
        Value::Array(a) => a.iter().map(text_len).sum(),
        Value::Object(o) => o
            .iter()
            .filter(|(k, _)| *k == "text" || *k == "elements")
            .map(|(_, v)| text_len(v))
            .sum(),
        _ => 0,
    }
}

#[cfg(test)]
mod tests {
    use super::super::fixture;
    use super::*;

    fn texts(b: &Body) -> Vec<String> {
        let mut out = vec![b.json["text"].as_str().unwrap().to_string()];
        for block in b.json["blocks"].as_array().unwrap() {
            if let Some(t) = block["text"]["text"].as_str() {
                out.push(t.to_string());
            }
            for e in block["elements"].as_array().into_iter().flatten() {
                out.push(e["text"].as_str().unwrap().to_string());
            }
        }
        out
    }

    fn check_limits(b: &Body) {
        let blocks = b.json["blocks"].as_array().unwrap();
        assert!(blocks.len() <= BLOCKS);
        assert!(len16(blocks[0]["text"]["text"].as_str().unwrap()) <= HEADER);
        for block in &blocks[1..] {
            assert!(text_len(block) <= TEXT, "{block}");
        }
        assert!(blocks.iter().map(text_len).sum::<usize>() <= TOTAL);
    }

    #[test]
    fn an_update_says_everything_the_page_says() {
        let b = body(&fixture::update());
        check_limits(&b);
        let all = texts(&b).join("\n");
        for part in [
            "Card payments failing at checkout",
            "*Identified*",
            "23 Nov 2026, 15:20 GMT",
            "Acme Status",
            "*undoing that change now*",
            "<https://acme.example/help|our help page>",
            "*Affected:* Checkout and Public API",
            "*Next update by 15:50 GMT*",
            "— Priya Raman, Payments Engineering Lead",
            "<https://status.acme.example/incidents/card-payments-failing/#update-2|Follow this incident>",
        ] {
            assert!(all.contains(part), "{part} missing from {all}");
        }
    }

    #[test]
    fn a_huge_hostile_message_keeps_every_limit_the_link_and_no_mention() {
        let m = fixture::huge();
        let b = body(&m);
        check_limits(&b);
        let all = texts(&b).join("\n");
        assert!(
            all.contains(&format!("<{}|Read the full update>", m.url)),
            "link kept"
        );
        assert!(all.contains("…"));
        for mention in ["<!channel>", "<@U123>", "<users/all>"] {
            assert!(!all.contains(mention), "{mention} must be escaped");
        }
        assert!(all.contains("&lt;!channel&gt;"));
        assert!(all.contains("and "), "components left out are counted");
        // Links in the words are never cut in half.
        for t in texts(&b) {
            assert_eq!(t.matches('<').count(), t.matches('>').count(), "{t}");
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
