//! What every channel shares: the prepared view of the site, markdown, the theme's
//! templates, and the in-memory output they all write into.

pub mod markdown;
pub mod output;
pub mod view;

pub use output::Output;
