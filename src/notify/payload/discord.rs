//! Discord webhooks: a short line of content and one embed. Discord's limits: content 2000
//! characters; an embed's title 256, description 4096, author name 256, footer 2048, at most
//! 25 fields of name 256 and value 1024, and 6000 characters over all of these together
//! (counted here in UTF-16 units, never fewer than Discord counts). `allowed_mentions` with
//! nothing to parse means an `@everyone` or `<@id>` in a file pings nobody, and the words are
//! escaped so the file's characters show as written, not as Discord markdown.

use serde_json::{Value, json};

use crate::render::markdown::{TextStyle, to_text};

use super::{Body, clip, components, fit, len16, link_words};
use crate::notify::message::Message;
use crate::tr;

const CONTENT: usize = 2000;
const TITLE: usize = 256;
const DESCRIPTION: usize = 4096;
const AUTHOR: usize = 256;
const FOOTER: usize = 2048;
const FIELD_NAME: usize = 256;
const FIELD_VALUE: usize = 1024;
const EMBED_TOTAL: usize = 6000;

pub(crate) fn body(m: &Message) -> Body {
    let words = escape(&to_text(&m.body, TextStyle::Plain));
    let (words, cut) = fit(&words, false, |w, cut| {
        let e = embed(m, w, cut);
        len16(e["description"].as_str().unwrap_or_default()) <= DESCRIPTION
            && embed_len(&e) <= EMBED_TOTAL
    });
    Body::json(json!({
        "content": clip(&format!("**{}**: {}", escape(&m.label), escape(&m.title)), CONTENT),
        "embeds": [embed(m, &words, cut)],
        "allowed_mentions": {"parse": []},
    }))
}

/// The embed around `words` (the body, whole or cut).
fn embed(m: &Message, words: &str, cut: bool) -> Value {
    let l = &m.locale;
    let field = |name: &str, value: String| json!({"name": clip(name, FIELD_NAME), "value": clip(&value, FIELD_VALUE), "inline": true});
    let mut fields = vec![
        field(
            &tr!(l, "notify-status"),
            format!("{} — {}", escape(&m.label), escape(&m.when)),
        ),
        field(
            &tr!(l, "notify-affected"),
            escape(&components(l, &m.affected, FIELD_VALUE - 24)),
        ),
    ];
    if let Some(next) = &m.next_update {
        fields.push(field(&tr!(l, "notify-next-update-label"), escape(next)));
    }
    let link = link_words(l, cut);
    let link = match cut {
        true => format!("{words}…\n\n{link}: {}", m.url),
        false => format!("{words}\n\n{link}: {}", m.url),
    };
    json!({
        "author": {"name": clip(&m.site, AUTHOR)},
        "title": clip(&m.title, TITLE),
        "url": m.url,
        "description": link.trim_start(),
        "fields": fields,
        "footer": {"text": clip(&format!("— {}", m.signature()), FOOTER)},
        "timestamp": m.at.to_string(),
    })
}

/// What Discord counts toward an embed's 6000: title, description, field names and values,
/// footer text and author name.
fn embed_len(e: &Value) -> usize {
    let s = |v: &Value| len16(v.as_str().unwrap_or_default());
    let fields: usize = e["fields"].as_array().map_or(0, |f| {
        f.iter().map(|f| s(&f["name"]) + s(&f["value"])).sum()
    });
    s(&e["title"])
        + s(&e["description"])
        + s(&e["footer"]["text"])
        + s(&e["author"]["name"])
        + fields
}

/// Discord markdown escaped with backslashes, word by word, leaving links whole (a `_` in a
/// URL must stay as it is for the link to work).
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 16);
    let mut line_start = true;
    let mut in_link = false;
    let mut word_start = true;
    for (i, c) in text.char_indices() {
        if c.is_whitespace() {
            in_link = false;
            word_start = true;
            // Spaces before a `#` or `>` keep it at the start of its line.
            line_start |= c == '\n';
            out.push(c);
            continue;
        }
        if word_start {
            let rest = &text[i..];
            in_link = rest.split_whitespace().next().is_some_and(|w| {
                w.contains("://") || w.trim_start_matches('(').starts_with("mailto:")
            });
            word_start = false;
        }
        let special = matches!(c, '\\' | '*' | '_' | '~' | '`' | '|' | '<' | '@')
            || (line_start && matches!(c, '>' | '#'));
        if special && !in_link {
            out.push('\\');
        }
        out.push(c);
        line_start = false;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::super::fixture;
    use super::*;

    fn check_limits(b: &Body) {
        let e = &b.json["embeds"][0];
        let s = |v: &Value| len16(v.as_str().unwrap());
        assert!(s(&b.json["content"]) <= CONTENT);
        assert!(s(&e["title"]) <= TITLE);
        assert!(s(&e["description"]) <= DESCRIPTION);
        assert!(s(&e["author"]["name"]) <= AUTHOR);
        assert!(s(&e["footer"]["text"]) <= FOOTER);
        let fields = e["fields"].as_array().unwrap();
        assert!(fields.len() <= 25);
        for f in fields {
            assert!(
                s(&f["name"]) <= FIELD_NAME && s(&f["value"]) <= FIELD_VALUE,
                "{f}"
            );
        }
        assert!(embed_len(e) <= EMBED_TOTAL);
        assert_eq!(b.json["allowed_mentions"], json!({"parse": []}));
    }

    #[test]
    fn an_update_says_everything_the_page_says() {
        let b = body(&fixture::update());
        check_limits(&b);
        let all = serde_json::to_string(&b.json).unwrap();
        for part in [
            "Acme Status",
            "Card payments failing at checkout",
            "Identified — 23 Nov 2026, 15:20 GMT",
            "undoing that change now",
            "our help page (https://acme.example/help)",
            "Checkout and Public API",
            "15:50 GMT",
            "— Priya Raman, Payments Engineering Lead",
            "Follow this incident: https://status.acme.example/incidents/card-payments-failing/#update-2",
        ] {
            assert!(all.contains(part), "{part} missing from {all}");
        }
    }

    #[test]
    fn a_huge_hostile_message_keeps_every_limit_the_link_and_pings_nobody() {
        let m = fixture::huge();
        let b = body(&m);
        check_limits(&b);
        let d = b.json["embeds"][0]["description"].as_str().unwrap();
        assert!(d.ends_with(&format!("…\n\nRead the full update: {}", m.url)));
        assert!(
            d.contains("\\@everyone") && d.contains("\\<\\@U123>"),
            "{}",
            &d[..400]
        );
        assert!(
            d.contains("(https://acme.example/help?a=1&b=2)"),
            "links left whole"
        );
        assert_eq!(b, body(&m), "deterministic");
    }

    #[test]
    fn markdown_characters_show_as_written() {
        assert_eq!(escape("a *b* snake_case"), "a \\*b\\* snake\\_case");
        assert_eq!(
            escape("# not a heading\n> nor a quote"),
            "\\# not a heading\n\\> nor a quote"
        );
        assert_eq!(
            escape("see (https://x.example/a_b)."),
            "see (https://x.example/a_b)."
        );
    }

    #[test]
    fn snapshot() {
        insta::assert_snapshot!(
            serde_json::to_string_pretty(&body(&fixture::update()).json).unwrap()
        );
    }
}
