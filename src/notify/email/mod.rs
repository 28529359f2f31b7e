//! The email target: each entry as one mail to the list's addresses over SMTP (STARTTLS,
//! implicit TLS, or plain for a relay that takes it), with the login read from the environment.
//! A receiver drops a second copy of a mail by its `Message-ID` (see `mail`), so a send that
//! may have gone out is safe to repeat.

mod body;
mod mail;

use std::net::IpAddr;
use std::time::{Duration, SystemTime};

use lettre::transport::smtp::authentication::Credentials;
use lettre::{SmtpTransport, Transport};

use crate::model::notify::{EmailTarget, Security};
use crate::notify::deliver::{Deliver, Failure};
use crate::notify::event::Repeat;
use crate::notify::message::Message;

use mail::Letterhead;

/// How long one step of the SMTP conversation (connecting, each reply) may take before the
/// send is given up as a transient failure. lettre's default is a minute; a relay that has
/// not answered in 30 s is down, and the retry comes sooner.
const TIMEOUT: Duration = Duration::from_secs(30);

/// One email target, ready to send.
pub(crate) struct Email {
    letterhead: Letterhead,
    transport: SmtpTransport,
    /// `smtp.example.com:587`: named in every failure.
    server: String,
    /// Why it cannot send, in a dry run that has no login to read: it can still preview.
    unready: Option<String>,
}

impl Email {
    /// The target `name` as configured, its login read through `env` (the process environment,
    /// or a table in tests). `language` is the site's, for the HTML part. A dry run without
    /// the login still previews; sending is what needs it.
    pub(crate) fn new(
        name: &str,
        t: &EmailTarget,
        language: &str,
        env: impl Fn(&str) -> Option<String>,
        dry_run: bool,
    ) -> Result<Email, String> {
        let server = format!("{}:{}", t.host, t.port);
        let letterhead =
            Letterhead::new(t, language).map_err(|e| format!("email target `{name}`: {e}"))?;
        let secret = |field: &str, var: &str| match env(var).filter(|v| !v.is_empty()) {
            Some(v) => Ok(v),
            // CI hands an unset secret over as an empty string: both are "not set".
            None => Err(format!(
                "email target `{name}`: the environment variable `{var}` (its `{field}`) is \
                 not set or empty"
            )),
        };
        let mut unready = None;
        let credentials = match (&t.username_env, &t.password_env) {
            (Some(u), Some(p)) => match (secret("username_env", u), secret("password_env", p)) {
                (Ok(u), Ok(p)) => Some(Credentials::new(u, p)),
                (Err(e), _) | (_, Err(e)) if dry_run => {
                    unready = Some(e);
                    None
                }
                (Err(e), _) | (_, Err(e)) => return Err(e),
            },
            _ => None,
        };
        // The mail itself is what the status page already shows; the login is the one
        // secret, and a plain connection would hand it to every network it crosses.
        let login = t.username_env.is_some();
        if t.security == Security::None && login && !is_loopback(&t.host) {
            return Err(format!(
                "email target `{name}`: `security: none` would send the login to {server} \
                 unencrypted; use `security: starttls` or `tls`, or no login for a relay on \
                 your own network that takes mail without one"
            ));
        }
        let builder = match t.security {
            Security::StartTls => SmtpTransport::starttls_relay(&t.host),
            Security::Tls => SmtpTransport::relay(&t.host),
            Security::None => Ok(SmtpTransport::builder_dangerous(&t.host)),
        }
        .map_err(|e| format!("email target `{name}`: {server}: {e}"))?;
        let mut builder = builder.port(t.port).timeout(Some(TIMEOUT));
        if let Some(c) = credentials {
            builder = builder.credentials(c);
        }
        Ok(Email {
            letterhead,
            transport: builder.build(),
            server,
            unready,
        })
    }
}

impl Deliver for Email {
    fn repeat(&self) -> Repeat {
        Repeat::SameId
    }

    fn preview(&self, m: &Message) -> String {
        match self.letterhead.mail(m, SystemTime::now()) {
            Ok(mail) => String::from_utf8_lossy(&mail.formatted()).into_owned(),
            Err(e) => format!("(no mail: {e})"),
        }
    }

    fn send(&self, m: &Message) -> Result<(), Failure> {
        if let Some(why) = &self.unready {
            return Err(Failure::permanent(why.clone()).refused());
        }
        let mail = self.letterhead.mail(m, SystemTime::now()).map_err(|e| {
            Failure::permanent(format!("the mail could not be written: {e}")).refused()
        })?;
        self.transport
            .send(&mail)
            .map(|_| ())
            .map_err(|e| failure(&self.server, &e))
    }
}

/// A refused or failed send, in the server's words. A 4xx reply, a timeout and a connection
/// that failed or dropped are worth another try; a 5xx reply, a certificate or TLS failure,
/// a server that offers no STARTTLS or no login candor can use, or one that does not speak
/// SMTP will say the same again.
fn failure(server: &str, e: &lettre::transport::smtp::Error) -> Failure {
    let reason = match (e.status(), std::error::Error::source(e)) {
        (Some(code), Some(said)) => format!("{server} answered {code} {said}"),
        (Some(code), None) => format!("{server} answered {code}"),
        _ => format!("{server}: {e}"),
    };
    let lasting = e.is_permanent() || e.is_tls() || e.is_client() || e.is_response();
    let f = match lasting && !e.is_timeout() {
        true => Failure::permanent(reason),
        false => Failure::transient(reason),
    };
    // A reply code is the server refusing the mail: it was not taken.
    match e.status() {
        Some(_) => f.refused(),
        None => f,
    }
}

/// `localhost` or a loopback address: a connection that never leaves the machine.
fn is_loopback(host: &str) -> bool {
    let host = host.trim_start_matches('[').trim_end_matches(']');
    host.eq_ignore_ascii_case("localhost")
        || host.parse::<IpAddr>().is_ok_and(|ip| ip.is_loopback())
}

#[cfg(test)]
pub(super) mod tests {
    use std::collections::HashMap;
    use std::io::{BufRead, BufReader, Write};
    use std::net::TcpListener;

    use super::*;
    use crate::model::notify::EntryKind;
    use crate::notify::entries::Subject;

    /// The `index`th update (0 or 1) of incident `checkout`, titled `title`.
    pub(crate) fn sample(title: &str, index: usize) -> Message {
        let (label, at, when, next) = match index {
            0 => (
                "Investigating",
                "2026-11-30T10:15:00Z",
                "30 Nov 2026, 10:15 GMT",
                "10:45 GMT",
            ),
            _ => (
                "Identified",
                "2026-11-30T10:40:00Z",
                "30 Nov 2026, 10:40 GMT",
                "11:30 GMT",
            ),
        };
        Message {
            locale: crate::locale::Locale::english(),
            key: format!("checkout/update/{at}"),
            kind: EntryKind::Updates,
            subject: Subject::Update(index),
            incident: "checkout".into(),
            site: "Acme Status".into(),
            host: "status.acme.example".into(),
            title: title.into(),
            label: label.into(),
            at: at.parse().unwrap(),
            when: when.into(),
            body: "Card payments fail for some customers. See <https://acme.example/help>.".into(),
            author: "Priya Raman".into(),
            role: Some("Payments Engineering Lead".into()),
            affected: vec!["Checkout".into(), "Payments API".into()],
            components: vec!["checkout".into(), "payments-api".into()],
            next_update: Some(next.into()),
            url: format!(
                "https://status.acme.example/incidents/checkout/#update-{}",
                index + 1
            ),
            statuspage: None,
        }
    }

    pub(crate) fn target() -> EmailTarget {
        EmailTarget {
            host: "smtp.acme.example".into(),
            port: 587,
            security: Security::StartTls,
            username_env: None,
            password_env: None,
            from: "Acme Statut — Łódź <status@acme.example>".into(),
            to: vec![
                "ops@acme.example".into(),
                "Customers <customers@lists.acme.example>".into(),
            ],
            reply_to: Some("support@acme.example".into()),
            unsubscribe: None,
        }
    }

    fn env(vars: &[(&str, &str)]) -> impl Fn(&str) -> Option<String> {
        let vars: HashMap<String, String> = vars
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect();
        move |k| vars.get(k).cloned()
    }

    fn with_login(host: &str, security: Security) -> EmailTarget {
        EmailTarget {
            host: host.into(),
            security,
            username_env: Some("SMTP_USER".into()),
            password_env: Some("SMTP_PASSWORD".into()),
            ..target()
        }
    }

    #[test]
    fn a_missing_or_empty_secret_names_its_variable_and_its_target() {
        let t = with_login("smtp.acme.example", Security::StartTls);
        let err = |vars| {
            Email::new("customers", &t, "en", env(vars), false)
                .err()
                .unwrap()
        };
        assert_eq!(
            err(&[("SMTP_USER", "status")]),
            "email target `customers`: the environment variable `SMTP_PASSWORD` (its \
             `password_env`) is not set or empty"
        );
        assert!(err(&[("SMTP_USER", ""), ("SMTP_PASSWORD", "x")]).contains("`SMTP_USER`"));
        assert!(
            Email::new(
                "c",
                &t,
                "en",
                env(&[("SMTP_USER", "u"), ("SMTP_PASSWORD", "p")]),
                false
            )
            .is_ok()
        );
        // A dry run previews without the login, and would not send.
        let dry = Email::new("customers", &t, "en", env(&[]), true).unwrap();
        assert!(
            dry.preview(&sample("Outage", 0))
                .contains("Subject: Outage\r\n")
        );
        let f = dry.send(&sample("Outage", 0)).unwrap_err();
        assert!(!f.transient && f.reason.contains("`SMTP_USER`"), "{f:?}");
        // No login configured: nothing is read.
        assert!(Email::new("c", &target(), "en", env(&[]), false).is_ok());
    }

    #[test]
    fn a_login_over_a_plain_connection_only_on_this_machine() {
        let vars = [("SMTP_USER", "u"), ("SMTP_PASSWORD", "p")];
        for host in ["localhost", "127.0.0.1", "::1", "[::1]"] {
            let t = with_login(host, Security::None);
            assert!(
                Email::new("c", &t, "en", env(&vars), false).is_ok(),
                "{host}"
            );
        }
        let t = with_login("relay.acme.example", Security::None);
        let e = Email::new("c", &t, "en", env(&vars), false).err().unwrap();
        assert!(
            e.contains("would send the login to relay.acme.example:587 unencrypted"),
            "{e}"
        );
        // Without a login a plain relay is allowed anywhere: the mail is public anyway.
        let t = EmailTarget {
            security: Security::None,
            host: "relay.acme.example".into(),
            ..target()
        };
        assert!(Email::new("c", &t, "en", env(&[]), false).is_ok());
    }

    /// A one-connection SMTP server on loopback that answers each command from `replies`
    /// (after its greeting), then hangs up; returns its port.
    fn scripted_server(replies: &'static [&'static str]) -> u16 {
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        let port = listener.local_addr().unwrap().port();
        std::thread::spawn(move || {
            let (stream, _) = listener.accept().unwrap();
            let mut out = stream.try_clone().unwrap();
            let mut lines = BufReader::new(stream).lines();
            out.write_all(b"220 test ESMTP\r\n").unwrap();
            for reply in replies {
                if lines.next().is_none() {
                    return;
                }
                out.write_all(format!("{reply}\r\n").as_bytes()).unwrap();
            }
        });
        port
    }

    fn plain_to(port: u16) -> Email {
        let t = EmailTarget {
            host: "127.0.0.1".into(),
            port,
            security: Security::None,
            ..target()
        };
        Email::new("customers", &t, "en", env(&[]), false).unwrap()
    }

    #[test]
    fn a_4xx_is_worth_retrying_a_5xx_is_not_and_both_name_the_server() {
        let busy = scripted_server(&["250 test", "451 4.3.0 Try again later"]);
        let f = plain_to(busy).send(&sample("Outage", 0)).unwrap_err();
        assert!(f.transient, "{f:?}");
        assert_eq!(
            f.reason,
            format!("127.0.0.1:{busy} answered 451 4.3.0 Try again later")
        );
        let no = scripted_server(&["250 test", "250 ok", "550 5.1.1 No such list"]);
        let f = plain_to(no).send(&sample("Outage", 0)).unwrap_err();
        assert!(!f.transient, "{f:?}");
        assert_eq!(
            f.reason,
            format!("127.0.0.1:{no} answered 550 5.1.1 No such list")
        );
    }

    #[test]
    fn no_server_listening_is_worth_retrying() {
        let port = TcpListener::bind("127.0.0.1:0")
            .unwrap()
            .local_addr()
            .unwrap()
            .port();
        let f = plain_to(port).send(&sample("Outage", 0)).unwrap_err();
        assert!(f.transient, "{f:?}");
        assert!(
            f.reason.starts_with(&format!("127.0.0.1:{port}: ")),
            "{}",
            f.reason
        );
    }

    #[test]
    fn the_preview_is_the_mail_as_sent() {
        let p = plain_to(25).preview(&sample("Outage", 0));
        assert!(p.contains("Subject: Outage\r\n"), "{p}");
        assert!(p.contains("Content-Type: multipart/alternative"), "{p}");
    }

    /// Sends three entries of one incident (the first twice, as a re-run would) to the SMTP
    /// server at `CANDOR_SMTP_ORACLE` (host:port), with the login `candor` / `s3cret` over a
    /// plain loopback connection. `tests/oracles/smtp/run.sh` starts aiosmtpd, runs this and
    /// reads what arrived with Python's `email` package; keep the two in step.
    #[test]
    #[ignore = "needs an SMTP server: run tests/oracles/smtp/run.sh"]
    fn oracle_sends_one_incident_to_a_real_server() {
        let addr = std::env::var("CANDOR_SMTP_ORACLE")
            .expect("CANDOR_SMTP_ORACLE=127.0.0.1:PORT names the server to send to");
        let (host, port) = addr.rsplit_once(':').expect("host:port");
        let t = EmailTarget {
            host: host.into(),
            port: port.parse().expect("a port"),
            security: Security::None,
            username_env: Some("U".into()),
            password_env: Some("P".into()),
            unsubscribe: Some("mailto:leave@lists.acme.example".into()),
            ..target()
        };
        let email = Email::new(
            "customers",
            &t,
            "fr",
            env(&[("U", "candor"), ("P", "s3cret")]),
            false,
        )
        .unwrap();
        let title = "Paiements refusés — Zahlungsausfall Łódź";
        let first = sample(title, 0);
        let mut second = sample(title, 1);
        // A line holding only a dot ends SMTP's DATA unless the client doubles it.
        second.body =
            "Cause found: a certificate expired.\n\n.\n\nStill here after the dot.".into();
        let mut apology = sample(title, 1);
        apology.key = "checkout/apology".into();
        apology.subject = Subject::Apology;
        apology.kind = EntryKind::Apologies;
        apology.label = "Our apology".into();
        apology.next_update = None;
        apology.body = "We are sorry. Ärger, Ärgernis, 申し訳ありません.".into();
        for m in [&first, &second, &apology, &first] {
            email.send(m).unwrap();
        }
        // With STARTTLS required, a server that does not offer it is refused before any
        // mail goes, and that will not change by itself.
        let t = EmailTarget {
            security: Security::StartTls,
            username_env: None,
            password_env: None,
            ..t
        };
        let f = Email::new("customers", &t, "fr", env(&[]), false)
            .unwrap()
            .send(&first)
            .unwrap_err();
        assert!(
            !f.transient && f.reason.starts_with(&format!("{addr}: ")),
            "{f:?}"
        );
    }
}
