//! `candor notify`: delivers every entry customers have not been sent yet to every target
//! configured in `notify:`, once, in order, recording each send in a ledger kept between runs.

pub(crate) mod deliver;
pub(crate) mod entries;
pub(crate) mod ledger;
pub(crate) mod message;
pub(crate) mod payload;
