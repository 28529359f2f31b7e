//! `candor notify`: delivers every entry customers have not been sent yet to every target
//! configured in `notify:`, once, in order, recording each send in a ledger kept between runs.

pub(crate) mod cache;
pub(crate) mod deliver;
pub(crate) mod email;
pub(crate) mod entries;
pub mod event;
pub(crate) mod http;
pub(crate) mod ledger;
pub(crate) mod message;
pub(crate) mod payload;
pub mod run;
pub mod targets;
pub(crate) mod websub;

pub use event::{Event, Tell};
pub use run::{NotifyOptions, Outcome, notify};
pub use targets::Env;
