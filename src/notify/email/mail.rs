//! One entry as a mail (RFC 5322, MIME): who it is from and to, the headers that make one
//! incident one thread in every mail client and let a receiver drop a copy it already has,
//! and the text and HTML parts. lettre writes it: RFC 2047 for headers that are not plain
//! ASCII, quoted-printable or base64 for the parts, and no line break from a value can start
//! a header of its own.
//!
//! Threading, as the three clients most people read mail in do it:
//! - Gmail puts a message in a conversation when its `References`/`In-Reply-To` point into it
//!   AND its subject is the same (a leading `Re:` aside): change the subject and a new
//!   conversation starts.
//! - Outlook groups a conversation by its topic, the subject without its prefixes.
//! - Apple Mail and Thunderbird follow `References`, then the subject.
//!
//! So the subject is the incident's title and nothing else, the same on every message of the
//! incident; the status ("Resolved", "Our apology") changes from message to message and goes
//! in the first line of the body and the preheader, which inbox lists show beside the subject.
//! (A renamed incident still threads in Apple Mail and Thunderbird by its references; Gmail
//! and Outlook start a new conversation under the new title, which is what a reader of the
//! new title would expect.)
//!
//! Every message points to the incident's root, `<{incident}@{host}>`, in both `In-Reply-To`
//! and `References`. No message carries the root as its own `Message-ID`: which message is
//! "first" is not stable (an update written later with an earlier time, a target added in the
//! middle of an incident, the baseline that skips old entries), and two messages with one
//! `Message-ID` would make the receiver drop the second as a duplicate. Clients thread around
//! a root they never received (JWZ threading keeps an empty container for it; Gmail matches
//! the shared reference), as they do for GitHub's notification mail.

use std::time::SystemTime;

use lettre::message::header::{ContentType, HeaderName, HeaderValue};
use lettre::message::{Mailbox, MultiPart, SinglePart};
use sha2::{Digest, Sha256};

use crate::model::notify::EmailTarget;
use crate::notify::message::Message;

use super::body;

/// The addresses and list headers of one email target, parsed once.
#[derive(Debug, Clone)]
pub(crate) struct Letterhead {
    from: Mailbox,
    to: Vec<Mailbox>,
    reply_to: Option<Mailbox>,
    unsubscribe: Option<String>,
    /// The site's language, for the HTML document's `lang`.
    language: String,
}

impl Letterhead {
    /// The target's addresses; `check` has refused any that do not parse, so an error here
    /// names the one that slipped through.
    pub(crate) fn new(t: &EmailTarget, language: &str) -> Result<Letterhead, String> {
        let parse = |field: &str, s: &str| {
            s.parse::<Mailbox>()
                .map_err(|e| format!("`{field}: {s}` is not a mail address ({e})"))
        };
        Ok(Letterhead {
            from: parse("from", &t.from)?,
            to: t
                .to
                .iter()
                .map(|s| parse("to", s))
                .collect::<Result<_, _>>()?,
            reply_to: t
                .reply_to
                .as_deref()
                .map(|s| parse("reply_to", s))
                .transpose()?,
            unsubscribe: t.unsubscribe.clone(),
            language: language.to_string(),
        })
    }

    /// The mail of `m`, dated `sent`.
    pub(crate) fn mail(
        &self,
        m: &Message,
        sent: SystemTime,
    ) -> Result<lettre::Message, lettre::error::Error> {
        let domain = id_domain(&m.host, &self.from);
        let root = format!("<{}@{domain}>", id_safe(&m.incident));
        let mut b = lettre::Message::builder()
            .from(self.from.clone())
            // When it was sent, not when the update was written: clients sort by it, and
            // filters distrust a mail dated hours before it arrived. The entry's own time
            // is in the body.
            .date(sent)
            .subject(crate::text::one_line(&m.title))
            .message_id(Some(message_id(m, &domain)))
            .in_reply_to(root.clone())
            .references(root)
            .raw_header(header("List-Id", format!("<{domain}>")))
            // RFC 3834: stops vacation and out-of-office replies to an address nobody reads;
            // Exchange looks for its own header instead. Not `All` there: that would also
            // stop the bounces that tell the list's owner an address is dead.
            .raw_header(header("Auto-Submitted", "auto-generated".into()))
            .raw_header(header("X-Auto-Response-Suppress", "OOF, AutoReply".into()));
        for to in &self.to {
            b = b.to(to.clone());
        }
        if let Some(r) = &self.reply_to {
            b = b.reply_to(r.clone());
        }
        if let Some(u) = &self.unsubscribe {
            // No `List-Unsubscribe-Post` (RFC 8058 one-click): it promises that a bare POST
            // to the address unsubscribes, which candor cannot know of the list's page.
            b = b.raw_header(header("List-Unsubscribe", format!("<{u}>")));
        }
        let text = body::text(m, self.unsubscribe.as_deref());
        let html = body::html(m, &self.language, self.unsubscribe.as_deref());
        let parts = MultiPart::alternative()
            .boundary(boundary(&text, &html))
            .singlepart(SinglePart::plain(text))
            .singlepart(
                SinglePart::builder()
                    .content_type(ContentType::TEXT_HTML)
                    .body(html),
            );
        b.multipart(parts)
    }
}

fn header(name: &'static str, value: String) -> HeaderValue {
    HeaderValue::new(HeaderName::new_from_ascii_str(name), value)
}

/// `<checkout-outage/update/2026-11-30T10=3A15=3A00Z@status.acme.example>`: from the entry's
/// key, so every send of one entry carries the same id and a receiver that has it already
/// (Gmail, list servers) drops the copy.
pub(crate) fn message_id(m: &Message, domain: &str) -> String {
    format!("<{}@{domain}>", id_safe(&m.key))
}

/// `s` as the left part of a message id (RFC 5322 `dot-atom-text`): every byte that is not
/// `atext`, and `.` and `=` themselves, written `=XX`, so two keys never share an id.
fn id_safe(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || b"!#$%&'*+-/?^_`{|}~".contains(&b) {
            out.push(char::from(b));
        } else {
            out.push_str(&format!("={b:02X}"));
        }
    }
    out
}

/// The right part of message ids: the site's host, or the sender's domain when the host is not
/// a plain domain name.
fn id_domain(host: &str, from: &Mailbox) -> String {
    let plain = |d: &str| {
        !d.is_empty()
            && d.split('.')
                .all(|l| !l.is_empty() && l.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-'))
    };
    if plain(host) {
        return host.to_ascii_lowercase();
    }
    let domain = from.email.domain();
    match plain(domain) {
        true => domain.to_ascii_lowercase(),
        false => "candor.invalid".into(),
    }
}

/// A MIME boundary from the parts' own hash: the same mail is the same bytes (a dry run shows
/// what a send writes, but for the date), and a part cannot contain its own hash.
fn boundary(text: &str, html: &str) -> String {
    let mut h = Sha256::new();
    h.update(text);
    h.update([0]);
    h.update(html);
    let hex: String = h.finalize()[..16]
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect();
    format!("=_candor_{hex}")
}

#[cfg(test)]
mod tests {
    use mail_parser::{HeaderValue as Value, MessageParser, MimeHeaders};

    use super::*;
    use crate::notify::email::tests::{sample, target};

    fn built(m: &Message, unsubscribe: Option<&str>) -> Vec<u8> {
        let mut t = target();
        t.unsubscribe = unsubscribe.map(str::to_string);
        let sent = SystemTime::UNIX_EPOCH + std::time::Duration::from_secs(1_796_040_000);
        Letterhead::new(&t, "fr")
            .unwrap()
            .mail(m, sent)
            .unwrap()
            .formatted()
    }

    fn ids(v: &Value) -> Vec<String> {
        match v {
            Value::Text(t) => vec![t.to_string()],
            Value::TextList(l) => l.iter().map(|t| t.to_string()).collect(),
            _ => Vec::new(),
        }
    }

    const TITLE: &str = "Paiements refusés — Zahlungsausfall Łódź";

    #[test]
    fn a_non_ascii_title_is_encoded_and_read_back_whole() {
        let raw = built(&sample(TITLE, 0), None);
        // Nothing 8-bit on the wire: headers in RFC 2047 words, parts in QP or base64.
        assert!(raw.is_ascii(), "{}", String::from_utf8_lossy(&raw));
        let text = String::from_utf8(raw.clone()).unwrap();
        assert!(!text.contains("Paiements refusés"));
        let mail = MessageParser::default().parse(&raw).unwrap();
        assert_eq!(mail.subject(), Some(TITLE));
        let (plain, html) = (mail.body_text(0).unwrap(), mail.body_html(0).unwrap());
        // On the wire every line ends in CRLF.
        let plain = plain.replace("\r\n", "\n");
        assert!(
            plain.starts_with(&format!(
                "Investigating · 30 Nov 2026, 10:15 GMT\n{TITLE}\n"
            )),
            "{plain:?}"
        );
        assert!(
            html.contains(&format!(
                "<h1 style=\"margin:0 0 8px;font-size:24px;line-height:1.25;\">{TITLE}</h1>"
            )),
            "{html}"
        );
        let from = mail.from().unwrap().first().unwrap();
        assert_eq!(from.name(), Some("Acme Statut — Łódź"));
        assert_eq!(from.address(), Some("status@acme.example"));
        let to: Vec<_> = mail
            .to()
            .unwrap()
            .iter()
            .filter_map(|a| a.address())
            .collect();
        assert_eq!(to, ["ops@acme.example", "customers@lists.acme.example"]);
        assert_eq!(
            mail.reply_to().unwrap().first().unwrap().address(),
            Some("support@acme.example")
        );
    }

    #[test]
    fn both_parts_in_utf8_inside_multipart_alternative() {
        let raw = built(&sample(TITLE, 0), None);
        let mail = MessageParser::default().parse(&raw).unwrap();
        let ct = mail.content_type().unwrap();
        assert_eq!(
            (ct.ctype(), ct.subtype()),
            ("multipart", Some("alternative"))
        );
        let types: Vec<(String, Option<String>)> = mail.parts[1..]
            .iter()
            .map(|p| {
                let ct = p.content_type().unwrap();
                (
                    format!("{}/{}", ct.ctype(), ct.subtype().unwrap()),
                    ct.attribute("charset").map(str::to_lowercase),
                )
            })
            .collect();
        assert_eq!(
            types,
            [
                ("text/plain".into(), Some("utf-8".into())),
                ("text/html".into(), Some("utf-8".into()))
            ]
        );
        for p in &mail.parts[1..] {
            let cte = p.content_transfer_encoding().unwrap();
            assert!(["quoted-printable", "base64"].contains(&cte), "{cte}");
        }
    }

    #[test]
    fn one_incident_is_one_thread_and_each_entry_keeps_its_own_id() {
        let parse = |raw: &[u8]| {
            let mail = MessageParser::default().parse(raw).unwrap();
            let id = mail.message_id().unwrap().to_string();
            let reply = ids(mail.in_reply_to());
            let refs = ids(mail.references());
            (id, reply, refs, mail.subject().unwrap().to_string())
        };
        let first = parse(&built(&sample(TITLE, 0), None));
        let again = parse(&built(&sample(TITLE, 0), None));
        let second = parse(&built(&sample(TITLE, 1), None));
        // Stable: the same entry built twice is the same message to the receiver.
        assert_eq!(first, again);
        assert_eq!(
            first.0,
            "checkout/update/2026-11-30T10=3A15=3A00Z@status.acme.example"
        );
        assert_ne!(first.0, second.0);
        let root = vec!["checkout@status.acme.example".to_string()];
        for m in [&first, &second] {
            assert_eq!((&m.1, &m.2), (&root, &root));
            assert_eq!(
                m.3, TITLE,
                "the subject stays the same through the incident"
            );
        }
    }

    #[test]
    fn ids_are_header_safe_and_distinct_for_distinct_keys() {
        let keys = [
            "a/update/2026-11-30T10:00:00Z",
            "a/update/2026-11-30T10=3A00=3A00Z",
            "a.b",
            "a=2Eb",
            "é <x>",
        ];
        let ids: Vec<String> = keys.iter().map(|k| id_safe(k)).collect();
        for (i, id) in ids.iter().enumerate() {
            assert!(
                id.bytes()
                    .all(|b| b.is_ascii_graphic() && !b"<>@.:\\\"".contains(&b)),
                "{id}"
            );
            assert!(!ids[..i].contains(id), "{id} twice");
        }
        let from: Mailbox = "s@acme.example".parse().unwrap();
        assert_eq!(
            id_domain("Status.Acme.Example", &from),
            "status.acme.example"
        );
        assert_eq!(id_domain("", &from), "acme.example");
        assert_eq!(id_domain("st atus", &from), "acme.example");
    }

    #[test]
    fn a_line_break_in_a_title_cannot_add_a_header() {
        let mut m = sample("Outage\r\nBcc: spy@evil.example\r\nX-Evil: 1", 0);
        m.site = "Acme\r\nBcc: spy@evil.example".into();
        let mut t = target();
        t.from = "Acme Status <status@acme.example>".into();
        let letterhead = Letterhead::new(&t, "en").unwrap();
        let mail = letterhead.mail(&m, SystemTime::UNIX_EPOCH).unwrap();
        let recipients: Vec<String> = mail.envelope().to().iter().map(|a| a.to_string()).collect();
        assert_eq!(
            recipients,
            ["ops@acme.example", "customers@lists.acme.example"]
        );
        let raw = mail.formatted();
        let parsed = MessageParser::default().parse(&raw).unwrap();
        let names: Vec<&str> = parsed.headers().iter().map(|h| h.name()).collect();
        assert!(
            !names
                .iter()
                .any(|n| n.eq_ignore_ascii_case("bcc") || n.eq_ignore_ascii_case("x-evil")),
            "{names:?}"
        );
        assert_eq!(
            parsed.subject(),
            Some("Outage Bcc: spy@evil.example X-Evil: 1")
        );
    }

    #[test]
    fn list_unsubscribe_only_when_the_list_gives_one() {
        let header = |raw: &[u8]| {
            let mail = MessageParser::default().parse(raw).unwrap();
            mail.header_raw("List-Unsubscribe")
                .map(|v| v.trim().to_string())
        };
        let m = sample(TITLE, 0);
        assert_eq!(header(&built(&m, None)), None);
        assert_eq!(
            header(&built(&m, Some("mailto:leave@lists.acme.example"))).as_deref(),
            Some("<mailto:leave@lists.acme.example>")
        );
        assert_eq!(
            header(&built(&m, Some("https://acme.example/leave?list=status"))).as_deref(),
            Some("<https://acme.example/leave?list=status>")
        );
    }

    #[test]
    fn auto_replies_are_asked_not_to_answer_and_the_date_is_the_sending_time() {
        let raw = built(&sample(TITLE, 0), None);
        let mail = MessageParser::default().parse(&raw).unwrap();
        assert_eq!(
            mail.header_raw("Auto-Submitted").map(str::trim),
            Some("auto-generated")
        );
        assert_eq!(mail.date().unwrap().to_timestamp(), 1_796_040_000);
    }

    #[test]
    fn the_same_entry_is_the_same_bytes_but_for_the_date() {
        let m = sample(TITLE, 1);
        let t = Letterhead::new(&target(), "en").unwrap();
        let at = |s| SystemTime::UNIX_EPOCH + std::time::Duration::from_secs(s);
        let strip = |raw: Vec<u8>| {
            String::from_utf8(raw)
                .unwrap()
                .lines()
                .filter(|l| !l.starts_with("Date:"))
                .collect::<Vec<_>>()
                .join("\n")
        };
        let a = strip(t.mail(&m, at(1)).unwrap().formatted());
        let b = strip(t.mail(&m, at(2)).unwrap().formatted());
        assert_eq!(a, b);
    }
}
