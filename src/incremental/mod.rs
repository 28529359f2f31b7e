//! Everything `watch` keeps between rebuilds, so a save re-reads, re-checks and re-renders
//! only what it changed: the parsed and checked files, the compiled templates, and the
//! rendered pieces of the site. A plain `build` never touches it.

pub mod parse_cache;
pub(crate) mod render_cache;

use std::sync::Arc;

use jiff::Timestamp;

use crate::diagnostic::Diagnostic;
use crate::input::theme::Theme;
use crate::model::{Incident, Site};
use crate::render::{Output, Templates};
use parse_cache::ParseCache;
use render_cache::RenderCache;

/// What `watch` keeps from one rebuild to the next: every input file as parsed and checked,
/// and the rendered pieces of the site, each reused while what it was made from is unchanged.
#[derive(Debug, Default)]
pub struct Incremental {
    pub(crate) files: ParseCache,
    /// One per language of the site: each language's pages are memoized apart.
    renders: Vec<RenderCache>,
    /// The compiled templates, with a hash of the theme files they were compiled from.
    templates: Option<(u64, Arc<tera::Tera>)>,
    /// Each incident in each of the site's other languages (`Site::in_language`), by id,
    /// with the incident it was made from: an unchanged incident keeps the very same
    /// projection, which its language's memo then reuses as it reuses the incident itself.
    projections: Vec<Projections>,
}

/// One language's projections: by incident id, the incident and its projection.
type Projections = foldhash::HashMap<String, (Arc<Incident>, Arc<Incident>)>;

impl Incremental {
    /// Every channel, compiling the templates again only when a theme file changed.
    pub(crate) fn render(
        &mut self,
        k: usize,
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
        let languages = site.config.languages.len().max(1);
        self.renders.resize_with(languages, RenderCache::default);
        self.projections.resize_with(languages, Default::default);
        match k {
            0 => self.renders[0].render(site, &t, now),
            k => {
                let site = self.project(k, site);
                self.renders[k].render(&site, &t, now)
            }
        }
    }

    /// `site.in_language(k)`, keeping the projection of each unchanged incident.
    fn project(&mut self, k: usize, site: &Site) -> Site {
        let here = site.config.in_language(k);
        let kept = &mut self.projections[k];
        let mut now = foldhash::HashMap::default();
        let incidents = site
            .incidents
            .iter()
            .map(|inc| {
                let projected = match kept.remove(&inc.id) {
                    Some((from, p)) if Arc::ptr_eq(&from, inc) => p,
                    _ if inc.texts.is_none() => inc.clone(),
                    _ => Arc::new(inc.in_language(k, &site.config, &here)),
                };
                now.insert(inc.id.clone(), (inc.clone(), projected.clone()));
                projected
            })
            .collect();
        *kept = now;
        Site {
            config: here,
            incidents,
        }
    }
}
