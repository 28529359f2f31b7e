//! Every item of candor's library that the tests reach past the binary, named once. The
//! library's modules move (issue 12 puts each stage in its own folder); when one does, only
//! the lines here change, and the tests keep saying `library::build` and `library::MARKER`.

pub use candor::channels::announce::{AnnounceFormat, announce};
pub use candor::channels::pages::YEAR_LIST_MAX;
pub use candor::channels::{prepare, render_site};
pub use candor::incremental::Incremental;
pub use candor::incremental::parse_cache::Dirty;
pub use candor::input::SitePaths;
pub use candor::input::theme::Theme;
pub use candor::output::{MARKER, Output, Tell, Writer};
pub use candor::pipeline::{BuildOptions, build, check, rebuild};
pub use candor::render::{Sink, Templates};
pub use candor::yaml::load::read_incident;
