//! Each configured target made ready to send: its secrets read from the environment (named
//! in candor.yaml, never written there), its address checked, its kind's message shape chosen.

use super::deliver::{Deliver, Failure};
use super::email::Email;
use super::event::Repeat;
use super::http::{self, Request};
use super::message::Message;
use super::payload::{self, webhook};
use super::websub::WebSub;
use crate::model::{Config, Target, TargetKind};

type Lookup = Box<dyn Fn(&str) -> Option<String> + Send + Sync>;

/// Where secrets are read: the process's environment, or a table in tests.
pub struct Env(Lookup);

impl Env {
    pub fn process() -> Env {
        Env(Box::new(|name| {
            std::env::var(name).ok().filter(|v| !v.is_empty())
        }))
    }

    pub fn from_fn(f: impl Fn(&str) -> Option<String> + Send + Sync + 'static) -> Env {
        Env(Box::new(f))
    }

    pub(crate) fn get(&self, name: &str) -> Option<String> {
        (self.0)(name)
    }
}

impl std::fmt::Debug for Env {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Env(..)")
    }
}

/// A webhook: its address (None in a dry run without the secret), and how a message
/// becomes its request.
struct Hook {
    url: Option<String>,
    /// `$SLACK_WEBHOOK_URL`, for previews: the address itself is never shown.
    shown: String,
    agent: ureq::Agent,
    request: Box<dyn Fn(&Message) -> Request + Send + Sync>,
    repeat: Repeat,
}

impl Deliver for Hook {
    fn repeat(&self) -> Repeat {
        self.repeat
    }

    fn preview(&self, m: &Message) -> String {
        let r = (self.request)(m);
        let mut s = format!("POST {}", self.shown);
        for (k, v) in &r.query {
            s.push_str(&format!(" {k}={v}"));
        }
        for (k, v) in &r.headers {
            s.push_str(&format!("\n{k}: {v}"));
        }
        let body = match serde_json::from_slice::<serde_json::Value>(&r.body) {
            Ok(v) => serde_json::to_string_pretty(&v).expect("JSON re-serialises"),
            Err(_) => String::from_utf8_lossy(&r.body).into_owned(),
        };
        format!("{s}\n{body}")
    }

    fn send(&self, m: &Message) -> Result<(), Failure> {
        let url = self
            .url
            .as_deref()
            .ok_or_else(|| Failure::permanent("no address"))?;
        http::post(&self.agent, url, &(self.request)(m))
    }
}

/// `target`, ready; or why it cannot send (a variable not set, an address refused).
pub(crate) fn open(
    target: &Target,
    env: &Env,
    config: &Config,
    dry_run: bool,
) -> Result<Box<dyn Deliver>, String> {
    let agent = http::agent();
    let hook = |var: &str, request: Box<dyn Fn(&Message) -> Request + Send + Sync>, repeat| {
        let url = match env.get(var) {
            Some(u) => Some(
                http::checked_url(&u)
                    .map_err(|why| format!("the address in ${var} is refused: {why}"))?,
            ),
            None if dry_run => None,
            None => {
                return Err(format!(
                    "${var} is not set (it holds the webhook's address; set it in CI's secrets)"
                ));
            }
        };
        Ok(Box::new(Hook {
            url,
            shown: format!("${var}"),
            agent: agent.clone(),
            request,
            repeat,
        }) as Box<dyn Deliver>)
    };
    match &target.kind {
        TargetKind::WebSub { hub } => Ok(Box::new(WebSub {
            hub: hub.clone(),
            base_url: config.base_url.clone(),
            agent,
        })),
        TargetKind::Email(e) => Ok(Box::new(Email::new(
            &target.name,
            e,
            &config.language,
            |k| env.get(k),
            dry_run,
        )?)),
        TargetKind::Webhook {
            url_env,
            secret_env,
        } => {
            let key = match secret_env {
                Some(var) => match env.get(var) {
                    Some(secret) => {
                        Some(webhook::secret_key(&secret).map_err(|e| format!("${var}: {e}"))?)
                    }
                    None if dry_run => None,
                    None => {
                        return Err(format!(
                            "${var} is not set (it holds the webhook's signing secret; set it \
                             in CI's secrets)"
                        ));
                    }
                },
                None => None,
            };
            let name = target.name.clone();
            let request = move |m: &Message| {
                let body = webhook::body(m).bytes();
                // Standard Webhooks' timestamp is the moment of sending (receivers refuse old
                // ones as replays), so a retry carries a fresh one; the id stays the same.
                let now = jiff::Timestamp::now().as_second();
                let headers = webhook::headers(m, &name, &body, key.as_deref(), now);
                Request {
                    body,
                    headers,
                    ..Request::default()
                }
            };
            hook(url_env, Box::new(request), Repeat::SameId)
        }
        TargetKind::Slack { url_env }
        | TargetKind::Teams { url_env }
        | TargetKind::Discord { url_env }
        | TargetKind::GoogleChat { url_env } => {
            let kind = target.kind.clone();
            let request = move |m: &Message| {
                let body = payload::for_target(&kind, m).expect("a chat target has a body");
                Request {
                    body: body.bytes(),
                    query: body.query,
                    ..Request::default()
                }
            };
            // These webhooks take no id: a repeated send may show twice.
            hook(url_env, Box::new(request), Repeat::Visible)
        }
    }
}
