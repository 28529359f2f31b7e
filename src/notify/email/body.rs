//! What a mail says: the same words as a text part and as an HTML document, status first (the
//! subject carries only the title, so the first line and the inbox preview say what changed).
//! The HTML is one self-contained document: inline styles, no images, stylesheets or fonts
//! fetched from anywhere, every value from the files escaped, and structure a screen reader
//! can follow (a language, one `h1`, the status as `h2`, the update's own headings from `h3`).

use crate::notify::message::Message;
use crate::text::escape_xml as esc;
use crate::tr;

/// "Investigating · 30 Nov 2026, 10:15 GMT": the first line of the text part, the HTML's
/// `h2` and the start of its preheader.
fn status_line(m: &Message) -> String {
    format!("{} · {}", m.label, m.when)
}

/// The text/plain part.
pub(crate) fn text(m: &Message, unsubscribe: Option<&str>) -> String {
    let l = &m.locale;
    let mut out = format!("{}\n{}\n\n", status_line(m), m.title);
    let words = m.text();
    if !words.trim().is_empty() {
        out.push_str(words.trim_end());
        out.push_str("\n\n");
    }
    out.push_str(&format!("— {}\n\n", m.signature()));
    if let Some(next) = &m.next_update {
        out.push_str(&format!(
            "{}\n",
            tr!(l, "next-update-by", when = next.as_str())
        ));
    }
    if !m.affected.is_empty() {
        let components = l.forms().list(&m.affected);
        out.push_str(&format!(
            "{}\n",
            tr!(l, "affected-line", components = components)
        ));
    }
    let read = tr!(l, "email-read-line", url = m.url.as_str());
    out.push_str(&format!("\n{read}\n"));
    // "-- " (with its space) is the signature separator mail clients recognise and fold away.
    out.push_str(&format!("\n-- \n{} ({})\n", m.site, m.host));
    if let Some(u) = unsubscribe {
        out.push_str(&format!("{}\n", tr!(l, "email-unsubscribe-line", url = u)));
    }
    out
}

const MUTED: &str = "color:#595959;"; // 7:1 on white (WCAG AAA)
const P: &str = "margin:0 0 16px;";

/// The text/html part: a whole document in `language`.
pub(crate) fn html(m: &Message, language: &str, unsubscribe: Option<&str>) -> String {
    let l = &m.locale;
    let lang = esc(language);
    let title = esc(&m.title);
    let mut out = format!(
        "<!DOCTYPE html>\n<html lang=\"{lang}\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <title>{title}</title>\n</head>\n\
         <body style=\"margin:0;padding:0;background-color:#ffffff;color:#1f1f1f;\
         font-family:-apple-system,'Segoe UI',Roboto,Helvetica,Arial,sans-serif;\
         font-size:16px;line-height:1.5;\">\n"
    );
    // The preheader: what inbox lists show beside the subject. Hidden from sight and from
    // screen readers (display:none), which read the same words in the h2 below.
    out.push_str(&format!(
        "<div style=\"display:none;max-height:0;overflow:hidden;mso-hide:all;\">{}</div>\n",
        esc(&preheader(m))
    ));
    // role/aria-roledescription: how webmail (which drops <html> and <body>) keeps the
    // message announced as one article in the right language.
    out.push_str(&format!(
        "<div role=\"article\" aria-roledescription=\"{}\" aria-label=\"{title}\" \
         lang=\"{lang}\" style=\"max-width:600px;margin:0 auto;padding:24px 16px;\">\n\
         <p style=\"{P}font-size:14px;{MUTED}\">{}</p>\n\
         <h1 style=\"margin:0 0 8px;font-size:24px;line-height:1.25;\">{title}</h1>\n\
         <h2 style=\"{P}font-size:18px;\">{} <span style=\"font-weight:normal;{MUTED}\">· \
         {}</span></h2>\n",
        esc(&tr!(l, "email-role")),
        esc(&m.site),
        esc(&m.label),
        esc(&m.when),
    ));
    // The update's words, rendered as the page renders them (raw HTML in a file is shown as
    // text there, so nothing from the file reaches the mail as markup).
    out.push_str(&m.html(3));
    out.push_str(&format!("<p style=\"{P}\">— {}</p>\n", esc(&m.signature())));
    if let Some(next) = &m.next_update {
        out.push_str(&format!(
            "<p style=\"{P}\"><strong>{}</strong> {}</p>\n",
            esc(&tr!(l, "notify-next-update-label")),
            esc(next)
        ));
    }
    if !m.affected.is_empty() {
        out.push_str(&format!(
            "<p style=\"{P}\"><strong>{}:</strong> {}</p>\n",
            esc(&tr!(l, "notify-affected")),
            esc(&l.forms().list(&m.affected))
        ));
    }
    out.push_str(&format!(
        "<p style=\"margin:24px 0;\"><a href=\"{}\" style=\"color:#0b57d0;\">{}</a></p>\n",
        esc(&m.url),
        esc(&tr!(l, "email-read"))
    ));
    out.push_str(&footer(m, unsubscribe));
    out.push_str("</div>\n</body>\n</html>\n");
    out
}

/// The status, then the start of the words, as one line.
fn preheader(m: &Message) -> String {
    let words = crate::text::one_line(&m.text());
    let mut line = status_line(m);
    if !words.is_empty() {
        line.push_str(" — ");
        // About what Gmail, Outlook and Apple Mail show; cut at a character, not a byte.
        line.extend(words.chars().take(120));
    }
    line
}

fn footer(m: &Message, unsubscribe: Option<&str>) -> String {
    let mut out = format!(
        "<hr style=\"border:0;border-top:1px solid #d0d0d0;margin:24px 0;\">\n\
         <p style=\"margin:0;font-size:14px;{MUTED}\">{} ({})",
        esc(&m.site),
        esc(&m.host)
    );
    if let Some(u) = unsubscribe {
        out.push_str(&format!(
            " · <a href=\"{}\" style=\"color:#0b57d0;\">{}</a>",
            esc(u),
            esc(&tr!(m.locale, "email-unsubscribe"))
        ));
    }
    out.push_str("</p>\n");
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::notify::email::tests::sample;
    use crate::notify::payload::fixture::{ENGLISH_WORDS, french};

    #[test]
    fn a_mail_speaks_the_site_s_language() {
        let mut m = sample("Paiements refusés", 0);
        m.locale = french();
        let unsubscribe = Some("https://acme.example/unsubscribe");
        for part in [text(&m, unsubscribe), html(&m, "fr", unsubscribe)] {
            for english in ENGLISH_WORDS {
                assert!(!part.contains(english), "{english:?} in {part}");
            }
            assert!(part.contains("Checkout et Payments API"), "{part}");
            assert!(part.contains("Prochaine mise à jour"), "{part}");
            assert!(part.contains("Se désabonner"), "{part}");
            assert!(part.contains("Lire sur la page d"), "{part}");
        }
    }

    #[test]
    fn the_text_part_leads_with_the_status_and_carries_everything_the_page_says() {
        let m = sample("Checkout payments failing", 0);
        let t = text(&m, Some("mailto:leave@lists.acme.example"));
        let lines: Vec<&str> = t.lines().collect();
        assert_eq!(lines[0], "Investigating · 30 Nov 2026, 10:15 GMT");
        assert_eq!(lines[1], "Checkout payments failing");
        for part in [
            "Card payments fail for some customers. See https://acme.example/help.",
            "— Priya Raman, Payments Engineering Lead",
            "Next update by 10:45 GMT.",
            "Affected: Checkout and Payments API",
            "Read it on the status page: https://status.acme.example/incidents/checkout/#update-1",
            "Unsubscribe: mailto:leave@lists.acme.example",
        ] {
            assert!(t.contains(part), "{part:?} missing from:\n{t}");
        }
        assert!(!text(&m, None).contains("Unsubscribe"));
    }

    #[test]
    fn the_html_part_escapes_every_value_from_the_files_and_fetches_nothing() {
        let mut m = sample("<script>alert(1)</script> & \"quotes\"", 0);
        m.body = "<img src=x onerror=alert(1)> **bold**".into();
        m.site = "Acme <Status>".into();
        m.author = "Eve <eve@x>".into();
        m.affected = vec!["<b>API</b>".into()];
        m.next_update = Some("<i>soon</i>".into());
        let h = html(&m, "fr\"><x", Some("https://acme.example/leave?a=1&b=2"));
        for raw in [
            "<script", "<img", "<b>API", "<i>soon", "<Status>", "<eve@x>", "\"><x",
        ] {
            assert!(!h.contains(raw), "{raw:?} reached the HTML unescaped:\n{h}");
        }
        assert!(h.contains("<strong>bold</strong>"), "{h}");
        assert!(
            h.contains("<h1 style=\"margin:0 0 8px;font-size:24px;line-height:1.25;\">&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;quotes&quot;</h1>"),
            "{h}"
        );
        assert!(
            h.contains("href=\"https://acme.example/leave?a=1&amp;b=2\""),
            "{h}"
        );
        // Self-contained: nothing loaded from elsewhere.
        for fetch in ["<img", "<link", "<style", "url(", "@import", " src=\""] {
            assert!(!h.contains(fetch), "{fetch:?} in:\n{h}");
        }
    }

    #[test]
    fn the_html_part_is_one_document_with_a_language_and_headings_in_order() {
        let mut m = sample("Checkout payments failing", 0);
        m.body = "# What happened\n\nA deploy.\n\n## Detail\n\nMore.".into();
        let h = html(&m, "de", None);
        assert!(h.starts_with("<!DOCTYPE html>\n<html lang=\"de\">"));
        assert!(
            h.contains("<h3>What happened</h3>") && h.contains("<h4>Detail</h4>"),
            "{h}"
        );
        let order = ["<h1", "<h2", "<h3", "<h4"].map(|t| h.find(t).unwrap());
        assert!(order.windows(2).all(|w| w[0] < w[1]), "{h}");
        assert!(
            h.contains(">Investigating · 30 Nov 2026, 10:15 GMT — What happened A deploy. Detail"),
            "{h}"
        );
        assert!(!h.contains("Unsubscribe"));
    }
}
