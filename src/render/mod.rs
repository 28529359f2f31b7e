//! What every channel shares: the prepared view of the site, markdown, the theme's
//! templates, the memo hook `watch` answers, and the in-memory output they all write into.

pub(crate) mod card;
pub(crate) mod csp;
pub(crate) mod markdown;
pub(crate) mod memo;
pub(crate) mod output;
pub(crate) mod prepared;
pub(crate) mod templates;
pub(crate) mod view;
pub(crate) mod words;

pub use output::{Output, Sink};
pub(crate) use prepared::Prepared;
pub use templates::Templates;
