//! What every channel shares: the prepared view of the site, markdown, the theme's
//! templates, the memo hook `watch` answers, and the in-memory output they all write into.

pub mod csp;
pub mod markdown;
pub mod memo;
pub mod output;
pub mod prepared;
pub mod templates;
pub mod view;

pub use output::{Output, Sink};
pub use prepared::Prepared;
pub use templates::Templates;
