//! Markdown as candor renders it: CommonMark plus tables and strikethrough, raw HTML shown as
//! text (an incident file is not a place to inject markup), and only http, https and mailto
//! links kept.

use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd, html};

use crate::links::{is_safe_link, mailto_address};

fn options() -> Options {
    Options::ENABLE_TABLES | Options::ENABLE_STRIKETHROUGH | Options::ENABLE_SMART_PUNCTUATION
}

/// Renders markdown to sanitized HTML whose headings start at level `top` (1 to 6): the first
/// level the author used becomes `top` and the others keep their distance below it (up to
/// h6), so an author's `### Summary` in a text shown under an h3 becomes an h4, never an h6
/// that skips levels, and a `#` never competes with the page's own headings. The caller
/// (the view) knows where the text sits; templates and feeds print the HTML as it is.
pub(crate) fn render(text: &str, top: u8) -> String {
    let mut dropped_links = 0usize;
    let mut dropped_images = 0usize;
    let events: Vec<Event> = Parser::new_ext(text, options()).collect();
    let first = events
        .iter()
        .filter_map(|e| match e {
            Event::Start(Tag::Heading { level, .. }) => Some(*level as u8),
            _ => None,
        })
        .min()
        .unwrap_or(1);
    let level = |l: pulldown_cmark::HeadingLevel| at_level(l as u8 + top.max(1) - first);
    let events = events.into_iter().filter_map(|event| match event {
        Event::Html(h) | Event::InlineHtml(h) => Some(Event::Text(h)),
        Event::Start(Tag::Link { dest_url, .. }) if !is_safe_link(&dest_url) => {
            dropped_links += 1;
            None
        }
        Event::End(TagEnd::Link) if dropped_links > 0 => {
            dropped_links -= 1;
            None
        }
        // An unsafe image keeps its alt text as plain text.
        Event::Start(Tag::Image { dest_url, .. }) if !is_safe_link(&dest_url) => {
            dropped_images += 1;
            None
        }
        Event::End(TagEnd::Image) if dropped_images > 0 => {
            dropped_images -= 1;
            None
        }
        Event::Start(Tag::Heading {
            level: l,
            id,
            classes,
            attrs,
        }) => Some(Event::Start(Tag::Heading {
            level: level(l),
            id,
            classes,
            attrs,
        })),
        Event::End(TagEnd::Heading(l)) => Some(Event::End(TagEnd::Heading(level(l)))),
        e => Some(e),
    });
    let mut out = String::with_capacity(text.len() * 3 / 2);
    html::push_html(&mut out, events);
    out
}

/// Heading level `n`, kept within h1 to h6.
fn at_level(n: u8) -> pulldown_cmark::HeadingLevel {
    use pulldown_cmark::HeadingLevel::*;
    [H1, H2, H3, H4, H5, H6][usize::from(n.clamp(1, 6) - 1)]
}

/// Plain text of a markdown snippet, for summaries, titles and alt attributes.
pub(crate) fn plain(text: &str) -> String {
    let mut out = String::new();
    for event in Parser::new_ext(text, options()) {
        match event {
            Event::Text(t) | Event::Code(t) | Event::Html(t) | Event::InlineHtml(t) => {
                out.push_str(&t)
            }
            Event::SoftBreak | Event::HardBreak => out.push(' '),
            Event::End(TagEnd::Paragraph | TagEnd::Heading(_) | TagEnd::Item) => out.push(' '),
            _ => {}
        }
    }
    out.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Which plain-text dialect `to_text` writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum TextStyle {
    /// Email bodies: paragraphs, `- ` bullets, links as `text (url)`.
    Plain,
    /// Slack mrkdwn: `*bold*`, `_italic_`, `<url|text>`, with `&<>` escaped.
    Slack,
}

/// Markdown as plain text or Slack mrkdwn, keeping paragraphs, lists and link targets: the
/// same message as the page, in the channel's own syntax.
pub(crate) fn to_text(text: &str, style: TextStyle) -> String {
    let slack = style == TextStyle::Slack;
    let esc = |s: &str| -> String {
        if slack {
            slack_escape(s)
        } else {
            s.to_string()
        }
    };
    let mut out = String::new();
    let mut link: Option<(String, String)> = None;
    let mut list_depth = 0usize;
    for event in Parser::new_ext(text, options()) {
        let push = |out: &mut String, link: &mut Option<(String, String)>, s: &str| match link {
            Some((_, t)) => t.push_str(s),
            None => out.push_str(s),
        };
        match event {
            Event::Text(t) | Event::Code(t) | Event::Html(t) | Event::InlineHtml(t) => {
                push(&mut out, &mut link, &esc(&t))
            }
            Event::SoftBreak => push(&mut out, &mut link, " "),
            Event::HardBreak => out.push('\n'),
            Event::Start(Tag::Strong) | Event::End(TagEnd::Strong) if slack => {
                push(&mut out, &mut link, "*")
            }
            Event::Start(Tag::Emphasis) | Event::End(TagEnd::Emphasis) if slack => {
                push(&mut out, &mut link, "_")
            }
            Event::Start(Tag::Link { dest_url, .. }) if is_safe_link(&dest_url) => {
                link = Some((dest_url.to_string(), String::new()));
            }
            Event::End(TagEnd::Link) => {
                if let Some((url, t)) = link.take() {
                    let url = mailto_address(&url)
                        .filter(|_| !slack)
                        .unwrap_or(&url)
                        .to_string();
                    if slack {
                        out.push_str(&format!("<{}|{t}>", slack_url(&url)));
                    } else if t == url {
                        out.push_str(&url);
                    } else {
                        out.push_str(&format!("{t} ({url})"));
                    }
                }
            }
            Event::Start(Tag::List(_)) => list_depth += 1,
            Event::End(TagEnd::List(_)) => {
                list_depth = list_depth.saturating_sub(1);
                if list_depth == 0 {
                    out.push('\n');
                }
            }
            Event::Start(Tag::Item) => {
                out.push_str(&"  ".repeat(list_depth.saturating_sub(1)));
                out.push_str(if slack { "• " } else { "- " });
            }
            Event::End(TagEnd::Item) => out.push('\n'),
            Event::Start(Tag::Heading { .. }) if slack => out.push('*'),
            Event::End(TagEnd::Heading(_)) => out.push_str(if slack { "*\n\n" } else { "\n\n" }),
            Event::End(TagEnd::Paragraph) if list_depth == 0 => out.push_str("\n\n"),
            _ => {}
        }
    }
    out.trim_end().to_string()
}

/// Text for Slack mrkdwn: `&`, `<` and `>` are its only control characters (`<!channel>`,
/// `<url|text>`), and Slack asks for exactly these three to be escaped.
pub(crate) fn slack_escape(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

/// The link half of a Slack `<url|text>`: escaped like text, and with `|` (which would end the
/// link and start its text) and white space percent-encoded, as they would be in any URL.
pub(crate) fn slack_url(url: &str) -> String {
    let mut out = String::with_capacity(url.len());
    for c in crate::text::scrub(url).chars() {
        match c {
            '|' => out.push_str("%7C"),
            c if c.is_whitespace() => {
                let mut buf = [0u8; 4];
                for b in c.encode_utf8(&mut buf).bytes() {
                    out.push_str(&format!("%{b:02X}"));
                }
            }
            c => out.push(c),
        }
    }
    slack_escape(&out)
}

/// Plain text of rendered HTML (tags dropped, entities kept as written), cut at a word
/// boundary: summaries for feeds and previews, from HTML we rendered ourselves.
pub(crate) fn plain_from_html_len(html: &str, max: usize) -> String {
    let mut text = String::with_capacity(html.len());
    let mut in_tag = false;
    for c in html.chars() {
        match c {
            '<' => in_tag = true,
            '>' if in_tag => {
                in_tag = false;
                text.push(' ');
            }
            c if !in_tag => text.push(c),
            _ => {}
        }
    }
    let text = text
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&amp;", "&");
    let words = text.split_whitespace().collect::<Vec<_>>().join(" ");
    crate::text::truncate_words(&words, max)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn raw_html_is_escaped() {
        let html = render("Hello <script>alert(1)</script> <b>x</b>", 1);
        assert!(!html.contains("<script>"), "{html}");
        assert!(html.contains("&lt;script&gt;"), "{html}");
    }

    #[test]
    fn only_safe_links_survive() {
        let html = render(
            "[a](javascript:alert(1)) [b](https://x.example/) [c](mailto:a@b.c) [d](data:text/html,x)",
            1,
        );
        assert!(!html.contains("javascript:"), "{html}");
        assert!(!html.contains("data:"), "{html}");
        assert!(
            html.contains(r#"<a href="https://x.example/">b</a>"#),
            "{html}"
        );
        assert!(html.contains(r#"<a href="mailto:a@b.c">c</a>"#), "{html}");
        assert!(
            html.contains('a') && html.contains('d'),
            "link text kept: {html}"
        );
    }

    #[test]
    fn text_keeps_paragraphs_lists_and_links() {
        let md = "We **found** it.\nNext line.\n\n- one\n- [two](https://x.example/)\n\nSee <https://y.example/>.";
        assert_eq!(
            to_text(md, TextStyle::Plain),
            "We found it. Next line.\n\n- one\n- two (https://x.example/)\n\nSee https://y.example/."
        );
        assert_eq!(
            to_text(md, TextStyle::Slack),
            "We *found* it. Next line.\n\n• one\n• <https://x.example/|two>\n\nSee <https://y.example/|https://y.example/>."
        );
        assert_eq!(to_text("a < b & c", TextStyle::Slack), "a &lt; b &amp; c");
    }

    #[test]
    fn link_schemes_in_capitals_follow_the_same_rule() {
        let html = render("[a](JavaScript:alert(1)) [b](HTTPS://X.EXAMPLE/)", 1);
        assert!(!html.contains("JavaScript:"), "{html}");
        assert!(
            html.contains(r#"<a href="HTTPS://X.EXAMPLE/">b</a>"#),
            "{html}"
        );
        assert_eq!(
            to_text("Write to [us](MAILTO:ops@acme.example).", TextStyle::Plain),
            "Write to us (ops@acme.example)."
        );
    }

    #[test]
    fn headings_start_at_the_level_asked() {
        assert!(render("# Title", 3).starts_with("<h3>"));
        // The first level used is the top one, whatever it is; the rest keep their distance.
        assert_eq!(
            render("### Summary\n\n#### Detail\n\n### Next", 4),
            "<h4>Summary</h4>\n<h5>Detail</h5>\n<h4>Next</h4>\n"
        );
        // Never past h6.
        assert_eq!(render("# A\n\n#### B", 4), "<h4>A</h4>\n<h6>B</h6>\n");
        assert_eq!(render("no heading", 4), "<p>no heading</p>\n");
        assert_eq!(plain("**Bold** and `code`\n\nnext"), "Bold and code next");
    }
}
