//! What a `candor notify` run has to say as it goes: each send, retry and failure, with the
//! target's name. The notify stage never prints; it hands each event to the `Tell` it was
//! given, and the command prints it through `console`.

use std::fmt;
use std::time::Duration;

/// Where a run's events go (called from each target's thread).
pub struct Tell(Box<dyn Fn(Event) + Send + Sync>);

impl Tell {
    pub fn new(to: impl Fn(Event) + Send + Sync + 'static) -> Tell {
        Tell(Box::new(to))
    }

    pub(crate) fn say(&self, e: Event) {
        (self.0)(e)
    }
}

impl fmt::Debug for Tell {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Tell(..)")
    }
}

/// What sending a message again does at a receiver that may have it already.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Repeat {
    /// The same id goes with it, and the receiver drops a copy it has (email's
    /// `Message-ID`, the webhook's `webhook-id`).
    SameId,
    /// A second copy changes nothing (a WebSub ping).
    Harmless,
    /// The channel takes no id: readers may see it twice (chat webhooks).
    Visible,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Event {
    /// A target's first run: what is already due is recorded, not sent.
    Baseline {
        target: String,
        entries: usize,
        dry_run: bool,
    },
    /// How many incident files were read: the others are unchanged since the last run
    /// and owe nothing.
    Read { files: usize, of: usize },
    /// Every target has every entry.
    NothingNew,
    /// `--dry-run`: this would be sent.
    WouldSend {
        target: String,
        key: String,
        preview: String,
    },
    Sent {
        target: String,
        key: String,
        label: String,
        /// A send a killed run had begun: what the repeat does at this receiver.
        repeat: Option<Repeat>,
        /// How many killed runs had begun it (each may have delivered a copy).
        unfinished: u32,
    },
    Retrying {
        target: String,
        reason: String,
        wait: Duration,
    },
    /// The target did not take this entry; `waiting` more wait behind it, in order.
    Failed {
        target: String,
        key: String,
        reason: String,
        waiting: usize,
    },
    /// The target could not be set up (a secret's variable is not set).
    Unavailable {
        target: String,
        reason: String,
        waiting: usize,
    },
    /// `--test`: the test message went.
    TestSent { target: String },
}

impl Event {
    /// A failure: printed as an error, and the run exits 1.
    pub fn is_failure(&self) -> bool {
        matches!(self, Event::Failed { .. } | Event::Unavailable { .. })
    }

    /// Worth a warning.
    pub fn is_warning(&self) -> bool {
        matches!(
            self,
            Event::Sent {
                repeat: Some(Repeat::Visible),
                ..
            } | Event::Retrying { .. }
        )
    }
}

fn entries(n: usize) -> String {
    match n {
        1 => "1 entry".into(),
        n => format!("{n} entries"),
    }
}

/// What a send that killed runs had begun adds: whether the receiver drops the copies, or
/// how many it may now have (each run that began the send may have delivered one).
fn repeated(repeat: Repeat, unfinished: u32) -> String {
    let runs = match unfinished {
        0 | 1 => "a killed run had".to_string(),
        n => format!("{n} killed runs had"),
    };
    let copies = match unfinished {
        0 | 1 => "twice".to_string(),
        n => format!("up to {} times", n + 1),
    };
    match repeat {
        Repeat::SameId => format!(
            "\n  {runs} begun this send; sent again with the same id, which the receiver \
             drops if it has it already"
        ),
        Repeat::Harmless => format!(
            "\n  {runs} begun this send; sent again, which only makes the hub fetch the feeds \
             again"
        ),
        Repeat::Visible => format!(
            "\n  {runs} begun this send, and this channel cannot drop a copy: it may have been \
             delivered {copies}"
        ),
    }
}

impl fmt::Display for Event {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Event::Baseline {
                target,
                entries: n,
                dry_run,
            } => write!(
                f,
                "{target}: first run: {} already published {} as known and not sent; \
                 from the next run on, what is new is sent",
                entries(*n),
                if *dry_run {
                    "would be recorded"
                } else {
                    "recorded"
                }
            ),
            Event::Read { files, of } if files == of => write!(f, "read {of} incident files"),
            Event::Read { files, of } => write!(
                f,
                "read {files} of {of} incident files (the rest are unchanged since the last \
                 run and owe nothing)"
            ),
            Event::NothingNew => f.write_str("nothing new to send: every target has every entry"),
            Event::WouldSend {
                target,
                key,
                preview,
            } => write!(f, "would send {key} to {target}:\n{preview}"),
            Event::Sent {
                target,
                key,
                label,
                repeat,
                unfinished,
            } => {
                write!(f, "sent {label} ({key}) to {target}")?;
                match repeat {
                    Some(r) => f.write_str(&repeated(*r, *unfinished)),
                    None => Ok(()),
                }
            }
            Event::Retrying {
                target,
                reason,
                wait,
            } => write!(
                f,
                "{target}: {reason}; trying again in {} s",
                wait.as_secs_f64().ceil()
            ),
            Event::Failed {
                target,
                key,
                reason,
                waiting,
            } => {
                write!(f, "{target}: could not send {key}: {reason}")?;
                if *waiting > 0 {
                    write!(
                        f,
                        "\n  {} after it wait, to keep their order",
                        entries(*waiting)
                    )?;
                }
                f.write_str("\n  the next run tries again")
            }
            Event::Unavailable {
                target,
                reason,
                waiting,
            } => write!(
                f,
                "{target}: {reason}; {} wait for the next run",
                entries(*waiting)
            ),
            Event::TestSent { target } => write!(f, "sent a test message to {target}"),
        }
    }
}
