//! `notify:` in candor.yaml, checked: where `candor notify` delivers each entry, which entries it
//! delivers, and where it keeps its ledger. Secrets are never here, only the names of the
//! environment variables that hold them, so the file can be public.

use jiff::SignedDuration;
use serde::Serialize;

use super::Vocabulary;

/// The ledger's path (from the site folder) when `notify.ledger` is not set.
pub const DEFAULT_LEDGER: &str = ".candor/notify-ledger.jsonl";

/// How long before a maintenance window its reminder goes out, unless `remind_before` says.
pub const DEFAULT_REMIND_BEFORE: SignedDuration = SignedDuration::from_hours(24);

vocabulary!(EntryKind {
    Updates => "updates" / "Incident updates",
    Maintenance => "maintenance" / "Maintenance announcements",
    Reminders => "reminders" / "Maintenance reminders",
    Apologies => "apologies" / "Apologies",
    Reviews => "reviews" / "Post-incident reviews",
});

vocabulary!(Security {
    StartTls => "starttls" / "STARTTLS",
    Tls => "tls" / "TLS",
    None => "none" / "none",
});

/// The checked `notify:` section. An empty one (the default) has no targets.
#[derive(Debug, Clone, PartialEq)]
pub struct Notify {
    /// The ledger file, relative to the site folder unless absolute.
    pub ledger: String,
    /// Which kinds of entry are delivered.
    pub send: Vec<EntryKind>,
    pub remind_before: SignedDuration,
    /// Where customers sign up for email (a web page or a `mailto:`), for the "Get updates" page.
    pub signup: Option<String>,
    pub retry: Retry,
    pub targets: Vec<Target>,
}

impl Default for Notify {
    fn default() -> Notify {
        Notify {
            ledger: DEFAULT_LEDGER.into(),
            send: EntryKind::ALL.to_vec(),
            remind_before: DEFAULT_REMIND_BEFORE,
            signup: None,
            retry: Retry::default(),
            targets: Vec::new(),
        }
    }
}

impl Notify {
    /// The WebSub hub the feeds name, when a `websub` target is configured.
    pub fn hub(&self) -> Option<&str> {
        self.targets.iter().find_map(|t| match &t.kind {
            TargetKind::WebSub { hub } => Some(hub.as_str()),
            _ => None,
        })
    }
}

/// How a failed send is tried again within one run.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Retry {
    /// Tries in all, the first included.
    pub attempts: u32,
    /// The wait before the second try; it doubles before each one after.
    pub backoff: SignedDuration,
}

impl Default for Retry {
    fn default() -> Retry {
        Retry {
            attempts: 3,
            backoff: SignedDuration::from_secs(2),
        }
    }
}

/// One place entries are delivered to.
#[derive(Debug, Clone, PartialEq)]
pub struct Target {
    /// Names it in reports, `--test` and the ledger.
    pub name: String,
    /// Only entries about these components; empty means all.
    pub components: Vec<String>,
    pub kind: TargetKind,
    /// The language its messages are in: an index into `Config::languages`.
    pub language: usize,
}

#[derive(Debug, Clone, PartialEq)]
pub enum TargetKind {
    Email(EmailTarget),
    Slack {
        url_env: String,
    },
    Teams {
        url_env: String,
    },
    Discord {
        url_env: String,
    },
    GoogleChat {
        url_env: String,
    },
    /// The JSON Statuspage sends its webhook subscribers, signed when a secret is named.
    Webhook {
        url_env: String,
        secret_env: Option<String>,
    },
    /// A WebSub hub told when the feeds change.
    WebSub {
        hub: String,
    },
}

impl TargetKind {
    /// The word `kind:` takes for it.
    pub fn word(&self) -> &'static str {
        match self {
            TargetKind::Email(_) => "email",
            TargetKind::Slack { .. } => "slack",
            TargetKind::Teams { .. } => "teams",
            TargetKind::Discord { .. } => "discord",
            TargetKind::GoogleChat { .. } => "google-chat",
            TargetKind::Webhook { .. } => "webhook",
            TargetKind::WebSub { .. } => "websub",
        }
    }
}

/// Every word `kind:` takes.
pub const TARGET_KINDS: &[&str] = &[
    "email",
    "slack",
    "teams",
    "discord",
    "google-chat",
    "webhook",
    "websub",
];

/// A mailing list reached over SMTP.
#[derive(Debug, Clone, PartialEq)]
pub struct EmailTarget {
    pub host: String,
    pub port: u16,
    pub security: Security,
    pub username_env: Option<String>,
    pub password_env: Option<String>,
    /// `Acme Status <status@acme.example>`
    pub from: String,
    pub to: Vec<String>,
    pub reply_to: Option<String>,
    /// A `mailto:` or https address for `List-Unsubscribe`.
    pub unsubscribe: Option<String>,
}

impl Security {
    /// The port a server listens on for this security, when `port` is not given.
    pub fn default_port(self) -> u16 {
        match self {
            Security::StartTls => 587,
            Security::Tls => 465,
            Security::None => 25,
        }
    }
}
