//! The request bodies of the HTTP targets (Slack, Teams, Discord, Google Chat, the generic
//! webhook), one file each: pure functions of a `Message`, so what `--dry-run` shows is what
//! is sent, and each channel's limits are held here, measured the way the channel measures.
//!
//! What every body says, in the words of `candor announce` and the page: the site, the
//! incident's title, the label and the time with its zone, the update's words, who signed it,
//! the affected components, the next update when one is promised, and a link to the page.
//! When the words do not fit they are cut at a word, never inside a link, and the message says
//! so: "… Read the full update: <link>".

use serde_json::Value;

use crate::locale::Locale;
use crate::model::TargetKind;
use crate::tr;

use super::message::Message;

pub(crate) mod discord;
pub(crate) mod google_chat;
pub(crate) mod slack;
pub(crate) mod teams;
pub(crate) mod webhook;

/// What is POSTed to a target: the JSON, and the query parameters to add to its URL.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Body {
    pub(crate) json: Value,
    /// Added to the configured URL (Google Chat's thread per incident).
    pub(crate) query: Vec<(String, String)>,
}

impl Body {
    fn json(json: Value) -> Body {
        Body {
            json,
            query: Vec::new(),
        }
    }

    /// The bytes sent: compact JSON, the same every time for the same message (the generic
    /// webhook signs exactly these).
    pub(crate) fn bytes(&self) -> Vec<u8> {
        serde_json::to_vec(&self.json).expect("a JSON value serialises")
    }
}

/// The body for a target of this kind; None for targets that are not a JSON POST (email,
/// WebSub).
pub(crate) fn for_target(kind: &TargetKind, m: &Message) -> Option<Body> {
    Some(match kind {
        TargetKind::Slack { .. } => slack::body(m),
        TargetKind::Teams { .. } => teams::body(m),
        TargetKind::Discord { .. } => discord::body(m),
        TargetKind::GoogleChat { .. } => google_chat::body(m),
        TargetKind::Webhook { .. } => webhook::body(m),
        TargetKind::Email(_) | TargetKind::WebSub { .. } => return None,
    })
}

/// Length in UTF-16 code units: what JavaScript's `length` counts, and never fewer than the
/// characters, so a limit stated in characters holds however the channel counts them.
pub(crate) fn len16(s: &str) -> usize {
    s.encode_utf16().count()
}

/// What ends a message whose words were cut ("Read the full update"), and one whose words
/// are all there ("Follow this incident"), in the site's language.
pub(crate) fn link_words(l: &Locale, cut: bool) -> String {
    match cut {
        true => tr!(l, "notify-read-full"),
        false => tr!(l, "notify-follow"),
    }
}

/// `s` in at most `max` UTF-16 units, cut at a word and marked with `…`; a single word longer
/// than that is cut inside it. For one-line values: titles, names, labels.
pub(crate) fn clip(s: &str, max: usize) -> String {
    if len16(s) <= max {
        return s.to_string();
    }
    let room = max.saturating_sub(1);
    let mut out = String::new();
    let mut used = 0;
    for w in s.split_whitespace() {
        let add = len16(w) + usize::from(!out.is_empty());
        if used + add > room {
            break;
        }
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(w);
        used += add;
    }
    if out.is_empty() {
        for c in s.chars() {
            if used + c.len_utf16() > room {
                break;
            }
            out.push(c);
            used += c.len_utf16();
        }
    }
    out.push('…');
    out
}

/// The components as a list in the site's language, in at most `max` UTF-16 units; those
/// left out are counted ("Checkout, Search and 12 more") so the list never claims to be whole
/// when it is not.
pub(crate) fn components(l: &Locale, names: &[String], max: usize) -> String {
    let all = l.forms().list(names);
    if len16(&all) <= max {
        return all;
    }
    for shown in (0..names.len()).rev() {
        let more = tr!(l, "notify-more-components", count = names.len() - shown);
        let mut items = names[..shown].to_vec();
        items.push(more);
        let list = l.forms().list(&items);
        if len16(&list) <= max {
            return list;
        }
    }
    clip(&all, max)
}

/// Where `text` may be cut: the end of each word, never inside a `<…>` link when `angle`
/// (Slack's and Google Chat's `<url|text>`, which may hold spaces).
fn cut_points(text: &str, angle: bool) -> Vec<usize> {
    let mut points = Vec::new();
    let mut depth = 0usize;
    let mut prev_space = true;
    for (i, c) in text.char_indices() {
        match c {
            '<' if angle => depth += 1,
            '>' if angle => depth = depth.saturating_sub(1),
            _ => {}
        }
        let space = c.is_whitespace();
        if space && !prev_space && depth == 0 {
            points.push(i);
        }
        prev_space = space;
    }
    points
}

/// The longest start of `text` (all of it, or cut at a word) for which `fits(words, cut)`
/// holds, where `cut` says the words were cut, so the message must end them with `…` and say
/// so. Searched by halves,
/// so a 100 KB body costs a few dozen tries, not one per word. Empty when nothing fits.
pub(crate) fn fit(text: &str, angle: bool, fits: impl Fn(&str, bool) -> bool) -> (String, bool) {
    if fits(text, false) {
        return (text.to_string(), false);
    }
    let points = cut_points(text, angle);
    // The number of cut points whose prefix fits: fitting is monotonic in the length.
    let (mut lo, mut hi) = (0usize, points.len());
    while lo < hi {
        let mid = (lo + hi).div_ceil(2);
        if fits(text[..points[mid - 1]].trim_end(), true) {
            lo = mid;
        } else {
            hi = mid - 1;
        }
    }
    let words = match lo {
        0 => String::new(),
        n => text[..points[n - 1]].trim_end().to_string(),
    };
    (words, true)
}

/// `text` in pieces of at most `max` UTF-16 units: whole paragraphs where they fit, a longer
/// paragraph cut at words (never inside a `<…>` link when `angle`).
pub(crate) fn pieces(text: &str, max: usize, angle: bool) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for para in text.split("\n\n").filter(|p| !p.trim().is_empty()) {
        if let Some(last) = out.last_mut()
            && len16(last) + 2 + len16(para) <= max
        {
            last.push_str("\n\n");
            last.push_str(para);
            continue;
        }
        let mut rest = para;
        while len16(rest) > max {
            let points = cut_points(rest, angle);
            let at = points
                .iter()
                .rev()
                .find(|&&p| len16(&rest[..p]) <= max)
                .copied();
            let at = match at {
                Some(p) => p,
                // One word longer than a piece: cut inside it, at a character.
                None => {
                    let mut used = 0;
                    let mut end = 0;
                    for (i, c) in rest.char_indices() {
                        if used + c.len_utf16() > max {
                            break;
                        }
                        used += c.len_utf16();
                        end = i + c.len_utf8();
                    }
                    end
                }
            };
            out.push(rest[..at].trim_end().to_string());
            rest = rest[at..].trim_start();
        }
        if !rest.is_empty() {
            out.push(rest.to_string());
        }
    }
    out
}

#[cfg(test)]
pub(crate) mod fixture;

#[cfg(test)]
mod tests {
    use super::*;

    /// The chat targets, each with a made-up variable name.
    fn chats() -> Vec<TargetKind> {
        vec![
            TargetKind::Slack {
                url_env: "S".into(),
            },
            TargetKind::Teams {
                url_env: "T".into(),
            },
            TargetKind::Discord {
                url_env: "D".into(),
            },
            TargetKind::GoogleChat {
                url_env: "G".into(),
            },
        ]
    }

    #[test]
    fn every_http_target_has_a_body_that_links_to_the_page() {
        let m = fixture::update();
        let mut kinds = chats();
        kinds.push(TargetKind::Webhook {
            url_env: "W".into(),
            secret_env: None,
        });
        for kind in &kinds {
            let body = for_target(kind, &m).unwrap();
            let text = String::from_utf8(body.bytes()).unwrap();
            assert!(text.contains(&m.url), "{}: {text}", kind.word());
        }
        assert_eq!(
            for_target(&TargetKind::WebSub { hub: "h".into() }, &m),
            None
        );
    }

    #[test]
    fn every_chat_message_speaks_the_site_s_language() {
        let mut m = fixture::update();
        m.locale = fixture::french();
        for kind in &chats() {
            let text = String::from_utf8(for_target(kind, &m).unwrap().bytes()).unwrap();
            for english in fixture::ENGLISH_WORDS {
                assert!(
                    !text.contains(english),
                    "{}: {english:?} in {text}",
                    kind.word()
                );
            }
            assert!(text.contains("Concerné"), "{}: {text}", kind.word());
            assert!(
                text.contains("Checkout et Public API"),
                "{}: {text}",
                kind.word()
            );
            assert!(
                text.contains("Suivre cet incident"),
                "{}: {text}",
                kind.word()
            );
            assert!(
                text.contains("Prochaine mise à jour"),
                "{}: {text}",
                kind.word()
            );
            assert!(
                text.contains("Priya Raman (Payments"),
                "{}: {text}",
                kind.word()
            );
        }
        // Cut words end in the language's link too.
        let mut huge = fixture::huge();
        huge.locale = fixture::french();
        let text = String::from_utf8(for_target(&chats()[0], &huge).unwrap().bytes()).unwrap();
        assert!(text.contains("Lire toute la mise à jour"), "{text}");
        assert!(text.contains(" de plus"), "{text}");
    }

    #[test]
    fn clip_cuts_at_a_word_or_inside_one_long_word() {
        assert_eq!(clip("Card payments failing", 15), "Card payments…");
        assert_eq!(clip("Card", 10), "Card");
        assert_eq!(clip(&"x".repeat(20), 5), "xxxx…");
        assert!(len16(&clip(&"😀".repeat(100), 9)) <= 9);
    }

    #[test]
    fn component_lists_say_how_many_were_left_out() {
        let names: Vec<String> = (1..=40).map(|n| format!("Component {n}")).collect();
        let list = components(&Locale::english(), &names, 100);
        assert!(len16(&list) <= 100, "{list}");
        assert!(
            list.starts_with("Component 1, ") && list.ends_with("more"),
            "{list}"
        );
    }

    #[test]
    fn fit_never_cuts_inside_a_link() {
        let text = "see <https://x.example/a|the long link text here> and more words";
        for room in 1..len16(text) {
            let (words, cut) = fit(text, true, |w, _| len16(w) <= room);
            assert!(cut);
            let opens = words.matches('<').count();
            assert_eq!(opens, words.matches('>').count(), "{room}: {words}");
        }
        let (all, cut) = fit(text, true, |_, _| true);
        assert_eq!((all.as_str(), cut), (text, false));
    }

    #[test]
    fn pieces_hold_their_limit_and_lose_no_word() {
        let text = format!("{}\n\nshort\n\n{}", "word ".repeat(2000), "x".repeat(7000));
        let p = pieces(&text, 3000, false);
        assert!(p.iter().all(|p| len16(p) <= 3000));
        let joined: String = p.join(" ");
        assert_eq!(
            joined.split_whitespace().collect::<String>(),
            text.split_whitespace().collect::<String>()
        );
    }
}
