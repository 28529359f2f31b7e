//! What every kind of target does with a message: say whether a repeated send is recognised
//! as the same message by the receiver (email by `Message-ID`, the generic webhook by its
//! idempotency key; chat webhooks cannot tell), show what it would send, and send it.

use std::time::Duration;

use super::event::Repeat;
use super::message::Message;

/// A send that did not go through.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Failure {
    /// What went wrong, in the receiver's words where it gave any.
    pub(crate) reason: String,
    /// Worth trying again (a timeout, a 5xx, a 429), rather than a refusal that will not
    /// change by itself (a 404, a 401); both are tried again on the next run.
    pub(crate) transient: bool,
    /// It certainly did not arrive: the receiver answered with a refusal, or nothing left
    /// (the ledger then records it as failed, not as a send that may have arrived).
    pub(crate) not_sent: bool,
    /// How long the receiver asked us to wait (`Retry-After`).
    pub(crate) after: Option<Duration>,
}

impl Failure {
    pub(crate) fn transient(reason: impl Into<String>) -> Failure {
        Failure {
            reason: reason.into(),
            transient: true,
            not_sent: false,
            after: None,
        }
    }

    pub(crate) fn permanent(reason: impl Into<String>) -> Failure {
        Failure {
            reason: reason.into(),
            transient: false,
            not_sent: false,
            after: None,
        }
    }

    /// The same failure, known not to have delivered anything.
    pub(crate) fn refused(self) -> Failure {
        Failure {
            not_sent: true,
            ..self
        }
    }
}

/// One configured target, ready to send (its secrets read from the environment).
pub(crate) trait Deliver: Send + Sync {
    /// What a second copy of a message does at the receiver, when a send that may have
    /// arrived is made again.
    fn repeat(&self) -> Repeat;

    /// Exactly what would be sent for `m`, for `--dry-run`: the request body, or the mail.
    fn preview(&self, m: &Message) -> String;

    fn send(&self, m: &Message) -> Result<(), Failure>;
}
