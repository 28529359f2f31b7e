//! Everything `watch` keeps between rebuilds, so a save re-reads, re-checks and re-renders
//! only what it changed: the parsed and checked files, the compiled templates, and the
//! rendered pieces of the site. A plain `build` never touches it.

pub mod parse_cache;
pub(crate) mod render_cache;

use std::sync::Arc;

use jiff::Timestamp;

use crate::diagnostic::Diagnostic;
use crate::input::theme::Theme;
use crate::model::Site;
use crate::render::{Output, Templates};
use parse_cache::ParseCache;
use render_cache::RenderCache;

/// What `watch` keeps from one rebuild to the next: every input file as parsed and checked,
/// and the rendered pieces of the site, each reused while what it was made from is unchanged.
#[derive(Debug, Default)]
pub struct Incremental {
    pub(crate) files: ParseCache,
    pub(crate) render: RenderCache,
    /// The compiled templates, with a hash of the theme files they were compiled from.
    templates: Option<(u64, Arc<tera::Tera>)>,
}

impl Incremental {
    /// Every channel, compiling the templates again only when a theme file changed.
    pub(crate) fn render(
        &mut self,
        site: &Site,
        theme: &Theme,
        now: Timestamp,
    ) -> Result<Output, Diagnostic> {
        let key = theme.fingerprint();
        let tera = match &self.templates {
            Some((k, tera)) if *k == key => tera.clone(),
            _ => Arc::new(theme.compile()?),
        };
        self.templates = Some((key, tera.clone()));
        let t = Templates { tera: &tera, theme };
        self.render.render(site, &t, now)
    }
}
