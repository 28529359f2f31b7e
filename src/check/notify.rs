//! The rules for `notify:`: each target has a kind, a unique name and the fields its kind
//! needs, and no secret is written in the file. A webhook URL, an SMTP password or a signing
//! secret is named by the environment variable that holds it (`url_env: SLACK_WEBHOOK_URL`),
//! so candor.yaml can sit in a public repository.

use crate::diagnostic::suggest;
use crate::input::raw::{RawNotify, RawTarget};
use crate::model::notify::{EntryKind, TARGET_KINDS};
use crate::model::*;
use crate::pointer::Pointer;
use crate::ptr;

use super::links::{email_rule, link_rule};
use super::report::Report;

/// The checked section, or the default (no targets) when the file has none.
/// What a target may name: the site's components and languages.
pub(super) struct Known<'a> {
    pub(super) components: &'a [Component],
    pub(super) languages: &'a [String],
}

pub(super) fn notify(r: &mut Report, raw: Option<&RawNotify>, known: &Known) -> Notify {
    let mut n = Notify::default();
    let Some(raw) = raw else {
        return n;
    };
    if let Some(ledger) = &raw.ledger {
        r.nonempty(ptr!["notify", "ledger"], "ledger path", ledger);
        n.ledger = ledger.trim().to_string();
    }
    if let Some(send) = &raw.send {
        n.send = send
            .iter()
            .enumerate()
            .filter_map(|(i, w)| r.word(ptr!["notify", "send", i], "entry kind", w, EntryKind::ALL))
            .collect();
    }
    if let Some(d) = &raw.remind_before {
        n.remind_before = r
            .duration(ptr!["notify", "remind_before"], d)
            .unwrap_or(n.remind_before);
    }
    if let Some(s) = &raw.signup {
        signup(r, s);
        n.signup = Some(s.trim().to_string());
    }
    if let Some(retry) = &raw.retry {
        if let Some(a) = retry.attempts {
            if a == 0 {
                r.error(
                    ptr!["notify", "retry", "attempts"],
                    "0 attempts would send nothing",
                )
                .help = Some("count the first try: `attempts: 3` tries three times".into());
            }
            n.retry.attempts = a.max(1);
        }
        if let Some(b) = &retry.backoff {
            n.retry.backoff = r
                .duration(ptr!["notify", "retry", "backoff"], b)
                .unwrap_or(n.retry.backoff);
        }
    }
    let mut names: Vec<&str> = Vec::new();
    for (i, t) in raw.targets.iter().enumerate() {
        let at = ptr!["notify", "targets", i];
        let seen = names.contains(&t.name.trim());
        names.push(t.name.trim());
        if seen {
            r.error(
                at.join("name"),
                format!("two targets are named `{}`", t.name.trim()),
            )
            .help = Some("give each target its own name: the ledger keeps track by name".into());
            continue;
        }
        if let Some(target) = target(r, &at, t, known) {
            n.targets.push(target);
        }
    }
    n
}

/// `signup`: a web page or a `mailto:` address customers can follow from the site.
fn signup(r: &mut Report, s: &str) {
    let s = s.trim();
    let at = ptr!["notify", "signup"];
    if let Some(address) = crate::links::mailto_address(s) {
        email_rule(r, at, address);
    } else if crate::links::is_web_address(s) {
        link_rule(r, at, "notify.signup", s);
    } else if crate::text::is_plain_address(s) {
        r.error(at, format!("signup `{s}` is an address without `mailto:`"))
            .help = Some(format!("write `mailto:{s}`, so the page can link to it"));
    } else {
        r.error(
            at,
            format!(
                "signup `{}` is neither a web address nor a `mailto:`",
                crate::text::one_line(s)
            ),
        )
        .help = Some(
            "write where customers sign up, e.g. `https://acme.example/status-emails` or \
             `mailto:status-join@lists.acme.example`"
                .into(),
        );
    }
}

fn target(r: &mut Report, at: &Pointer, t: &RawTarget, known: &Known) -> Option<Target> {
    let components = known.components;
    r.nonempty(at.join("name"), "target name", &t.name);
    let language = language(r, at, t, known.languages);
    secrets_named_not_written(r, at, t);
    for (j, c) in t.components.iter().enumerate() {
        if !components.iter().any(|k| &k.id == c) {
            let ids: Vec<&str> = components.iter().map(|k| k.id.as_str()).collect();
            r.error(
                at.join("components").join(j),
                format!("unknown component `{c}`"),
            )
            .help = suggest(c, &ids);
        }
    }
    let kind = match t.kind.trim() {
        "email" => TargetKind::Email(email(r, at, t)?),
        "slack" => TargetKind::Slack {
            url_env: url_env(r, at, t)?,
        },
        "teams" => TargetKind::Teams {
            url_env: url_env(r, at, t)?,
        },
        "discord" => TargetKind::Discord {
            url_env: url_env(r, at, t)?,
        },
        "google-chat" => TargetKind::GoogleChat {
            url_env: url_env(r, at, t)?,
        },
        "webhook" => TargetKind::Webhook {
            url_env: url_env(r, at, t)?,
            secret_env: t
                .secret_env
                .as_deref()
                .and_then(|v| env_name(r, at.join("secret_env"), v, &var_for(t, "SECRET"))),
        },
        "websub" => TargetKind::WebSub {
            hub: hub(r, at, t)?,
        },
        other => {
            r.error(at.join("kind"), format!("unknown target kind `{other}`"))
                .help = Some(
                suggest(other, TARGET_KINDS)
                    .unwrap_or_else(|| format!("use one of {}", TARGET_KINDS.join(", "))),
            );
            return None;
        }
    };
    misplaced_fields(r, at, t, kind.word());
    Some(Target {
        name: t.name.trim().to_string(),
        components: t.components.clone(),
        kind,
        language,
    })
}

/// `language`: one of the site's languages (`fr-CA`, or `fr` alone), else the main one.
fn language(r: &mut Report, at: &Pointer, t: &RawTarget, languages: &[String]) -> usize {
    let Some(key) = t.language.as_deref().map(str::trim) else {
        return 0;
    };
    if let Some(k) = crate::model::text::language_named(languages, key) {
        return k;
    }
    let otherwise = "write one of them: a language the site is not in has no pages to link to";
    super::translations::unknown_language(r, at.join("language"), key, languages, otherwise);
    0
}

/// `url`, `password` and `secret` written in the file: refused, with the variable to use.
/// A variable name to propose for one of `t`'s secrets: `OPS_WEBHOOK_URL`, and
/// `EQUIPE_SUPPORT_URL` for a target named `Équipe support` (the name's slug).
fn var_for(t: &RawTarget, suffix: &str) -> String {
    match super::ids::slug(&t.name)
        .to_ascii_uppercase()
        .replace('-', "_")
    {
        upper if upper.is_empty() => suffix.to_string(),
        upper => format!("{upper}_{suffix}"),
    }
}

fn secrets_named_not_written(r: &mut Report, at: &Pointer, t: &RawTarget) {
    let fields = [
        (
            "url",
            &t.url,
            "url_env",
            "a webhook address is a password: anyone who has it can post as you",
            "WEBHOOK_URL",
        ),
        (
            "password",
            &t.password,
            "password_env",
            "a password in candor.yaml is readable by anyone who can read the repository",
            "PASSWORD",
        ),
        (
            "secret",
            &t.secret,
            "secret_env",
            "a signing secret in the file lets anyone forge your signatures",
            "SECRET",
        ),
    ];
    for (field, value, instead, why, suffix) in fields {
        if value.is_some() {
            r.error(
                at.join(field).into_key(),
                format!("`{field}` is written in the file; {why}"),
            )
            .help = Some(format!(
                "put it in an environment variable (a CI secret) and name the variable: \
                 `{instead}: {}`",
                var_for(t, suffix)
            ));
        }
    }
}

/// An environment variable's name, not its value.
fn env_name(r: &mut Report, at: Pointer, v: &str, example: &str) -> Option<String> {
    let v = v.trim();
    let is_name = !v.is_empty()
        && !v.starts_with(|c: char| c.is_ascii_digit())
        && v.chars().all(|c| c.is_ascii_alphanumeric() || c == '_');
    if is_name {
        return Some(v.to_string());
    }
    let looks_secret = v.contains("://") || v.contains('@') || v.len() > 40;
    let message = match looks_secret {
        true => {
            "this looks like the secret itself, not the name of a variable holding it".to_string()
        }
        false => format!(
            "`{}` is not an environment variable name",
            crate::text::one_line(v)
        ),
    };
    r.error(at, message).help = Some(format!(
        "put the value in an environment variable (a CI secret) and write its name here \
         (letters, digits and `_`), e.g. `{example}`"
    ));
    None
}

fn url_env(r: &mut Report, at: &Pointer, t: &RawTarget) -> Option<String> {
    match &t.url_env {
        Some(v) => env_name(r, at.join("url_env"), v, &var_for(t, "WEBHOOK_URL")),
        // Written as `url:`, which is refused with its own help.
        None if t.url.is_some() => None,
        None => {
            r.error(
                at.clone(),
                format!(
                    "{} target `{}` has no `url_env`",
                    t.kind.trim(),
                    t.name.trim()
                ),
            )
            .help = Some(format!(
                "name the environment variable that holds its webhook address, e.g. \
                 `url_env: {}`",
                var_for(t, "WEBHOOK_URL")
            ));
            None
        }
    }
}

fn hub(r: &mut Report, at: &Pointer, t: &RawTarget) -> Option<String> {
    let Some(hub) = &t.hub else {
        r.error(
            at.clone(),
            format!("websub target `{}` has no `hub`", t.name.trim()),
        )
        .help =
            Some("give the hub's address, e.g. `hub: https://pubsubhubbub.appspot.com/`".into());
        return None;
    };
    if !crate::links::is_web_address(hub.trim()) {
        let h = hub.trim();
        r.error(at.join("hub"), "a WebSub hub is an http(s) address")
            .help = Some(match h.contains("://") {
            true => "e.g. `hub: https://pubsubhubbub.appspot.com/`".into(),
            false => format!("write the whole address: `hub: https://{h}`"),
        });
        return None;
    }
    link_rule(r, at.join("hub"), "hub", hub);
    Some(hub.trim().to_string())
}

fn email(r: &mut Report, at: &Pointer, t: &RawTarget) -> Option<EmailTarget> {
    let missing = |r: &mut Report, field: &str, example: &str| {
        r.error(
            at.clone(),
            format!("email target `{}` has no `{field}`", t.name.trim()),
        )
        .help = Some(format!("add e.g. `{field}: {example}`"));
    };
    let Some(server) = t.server.as_deref().map(str::trim) else {
        missing(r, "server", "smtp.example.com");
        return None;
    };
    if let Some((host, port)) = server
        .rsplit_once(':')
        .filter(|(_, p)| p.parse::<u16>().is_ok())
    {
        r.error(at.join("server"), format!("`{server}` holds a port"))
            .help = Some(format!("write `server: {host}` and `port: {port}`"));
    } else if server.is_empty() || server.contains(['/', '@', ' ', ':']) {
        r.error(
            at.join("server"),
            format!(
                "`{}` is not a server's host name",
                crate::text::one_line(server)
            ),
        )
        .help =
            Some("write only the host, e.g. `smtp.example.com`; the port goes in `port:`".into());
    }
    let security = match &t.security {
        Some(s) => r.word(at.join("security"), "security", s, Security::ALL)?,
        None => Security::StartTls,
    };
    let Some(from) = t.from.as_deref().map(str::trim) else {
        missing(r, "from", "Acme Status <status@acme.example>");
        return None;
    };
    mailbox(r, at.join("from"), from);
    if t.to.is_empty() {
        missing(r, "to", "[status-subscribers@lists.example.com]");
    }
    for (j, to) in t.to.iter().enumerate() {
        mailbox(r, at.join("to").join(j), to);
    }
    if let Some(reply) = &t.reply_to {
        mailbox(r, at.join("reply_to"), reply);
    }
    if let Some(u) = &t.unsubscribe {
        unsubscribe(r, at.join("unsubscribe"), u);
    }
    let username_env = t
        .username_env
        .as_deref()
        .and_then(|v| env_name(r, at.join("username_env"), v, &var_for(t, "USERNAME")));
    let password_env = t
        .password_env
        .as_deref()
        .and_then(|v| env_name(r, at.join("password_env"), v, &var_for(t, "PASSWORD")));
    if username_env.is_some() != password_env.is_some() {
        r.error(
            at.clone(),
            "a server login needs both `username_env` and `password_env`",
        )
        .help = Some(
            "name both variables, or neither for a server that takes mail without a login".into(),
        );
    }
    Some(EmailTarget {
        host: server.to_string(),
        port: t.port.unwrap_or(security.default_port()),
        security,
        username_env,
        password_env,
        from: from.to_string(),
        to: t.to.iter().map(|s| s.trim().to_string()).collect(),
        reply_to: t.reply_to.as_ref().map(|s| s.trim().to_string()),
        unsubscribe: t.unsubscribe.as_ref().map(|s| s.trim().to_string()),
    })
}

/// A mailbox as mail headers take it: `status@acme.example` or `Acme Status <status@acme.example>`.
fn mailbox(r: &mut Report, at: Pointer, s: &str) {
    if s.trim().parse::<lettre::message::Mailbox>().is_err() {
        r.error(
            at,
            format!("`{}` is not a mail address", crate::text::one_line(s)),
        )
        .help = Some("write `status@acme.example` or `Acme Status <status@acme.example>`".into());
    }
}

/// `List-Unsubscribe`: a `mailto:` or an https address.
fn unsubscribe(r: &mut Report, at: Pointer, s: &str) {
    let s = s.trim();
    match crate::links::mailto_address(s) {
        Some(a) => email_rule(r, at, a),
        None if s.starts_with("https://") => link_rule(r, at, "unsubscribe", s),
        None => {
            r.error(at, "`unsubscribe` is a `mailto:` or an https address")
                .help = Some(
                "e.g. `mailto:leave@lists.acme.example` or `https://acme.example/unsubscribe`"
                    .into(),
            );
        }
    }
}

/// A field of another kind of target (`hub` on a Slack target) would be ignored: refused.
fn misplaced_fields(r: &mut Report, at: &Pointer, t: &RawTarget, kind: &str) {
    let mail = ["email"].as_slice();
    let hooks = ["slack", "teams", "discord", "google-chat", "webhook"].as_slice();
    let fields: [(&str, bool, &[&str]); 11] = [
        ("url_env", t.url_env.is_some(), hooks),
        ("secret_env", t.secret_env.is_some(), &["webhook"]),
        ("hub", t.hub.is_some(), &["websub"]),
        ("server", t.server.is_some(), mail),
        ("port", t.port.is_some(), mail),
        ("security", t.security.is_some(), mail),
        ("username_env", t.username_env.is_some(), mail),
        ("password_env", t.password_env.is_some(), mail),
        ("from", t.from.is_some(), mail),
        ("reply_to", t.reply_to.is_some(), mail),
        ("unsubscribe", t.unsubscribe.is_some(), mail),
    ];
    let to = ("to", !t.to.is_empty(), mail);
    for (field, present, kinds) in fields.into_iter().chain([to]) {
        if present && !kinds.contains(&kind) {
            r.error(
                at.join(field).into_key(),
                format!("`{field}` does nothing on a {kind} target"),
            )
            .help = Some(format!(
                "it belongs to {} targets; remove it here",
                kinds.join(" and ")
            ));
        }
    }
}
