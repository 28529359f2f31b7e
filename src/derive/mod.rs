//! What follows from the incident files, never stored in them: statuses, component states,
//! the page indicator, promises and uptime. Pure functions of the model and "now".

mod current;
mod next_change;
mod phase;
mod promises;
mod status;
mod uptime;

pub(crate) use current::current;
pub(crate) use next_change::next_change;
pub(crate) use phase::Phase;
pub(crate) use promises::{Ledger, Outcome, Promise, site_ledger};
pub(crate) use status::{Indicator, component_states, indicator};
pub(crate) use uptime::{Uptime, uptime};
