//! The one pipeline that `check`, `build`, `watch` and `serve` share: read →
//! validate → derive → render, entirely in memory. Writing is the caller's last step.

use jiff::Timestamp;

use crate::channels;
use crate::diagnostic::{self, Diagnostic, Level};
use crate::load::{Loaded, SitePaths, load};
use crate::model::Site;
use crate::output::Output;
use crate::theme::Theme;
use crate::validate::validate;

#[derive(Debug, Clone)]
pub struct BuildOptions {
    pub paths: SitePaths,
    pub now: Timestamp,
    /// Warnings fail the build too.
    pub strict: bool,
    /// Replaces the config's base_url (already checked to be absolute).
    pub base_url: Option<String>,
    /// Warning codes that fail the run even without `strict` (`overdue` for a scheduled job).
    pub fail_on: Vec<String>,
}

#[derive(Debug, Default)]
pub struct BuildResult {
    /// The rendered site, when nothing failed.
    pub output: Option<Output>,
    pub diagnostics: Vec<Diagnostic>,
}

impl BuildResult {
    pub fn failed(&self) -> bool {
        self.output.is_none()
    }
}

/// Whether these diagnostics fail a build: any error, or any warning under `--strict`.
pub fn fails(diags: &[Diagnostic], strict: bool) -> bool {
    diags
        .iter()
        .any(|d| d.level == Level::Error || (strict && d.level == Level::Warning))
}

/// Reads and checks the site. The model is returned only when it may be rendered.
pub fn check(opts: &BuildOptions) -> (Option<Site>, Vec<Diagnostic>) {
    let (site, mut diags) = check_loaded(opts, load(&opts.paths));
    // The theme is part of the site: a template that does not compile fails `check` too, not
    // only the build after it.
    let Some(site) = site else {
        return (None, diags);
    };
    match Theme::load(&opts.paths.themes(), &site.config.theme, |p| {
        opts.paths.display(p)
    })
    .and_then(|t| t.compile())
    {
        Ok(_) => (Some(site), diags),
        Err(d) => {
            diags.push(d);
            (None, diags)
        }
    }
}

/// `check` on files already read (by `watch`, which re-reads only the files that changed).
pub fn check_loaded(opts: &BuildOptions, loaded: Loaded) -> (Option<Site>, Vec<Diagnostic>) {
    // Kept (cheap: shared text) so checks made after validation can still point into files.
    let sources: std::collections::HashMap<String, crate::source::SourceFile> = loaded
        .incidents
        .iter()
        .map(|p| (p.source.display.clone(), p.source.clone()))
        .collect();
    let (site, mut diags) = validate(loaded);
    if let Some(site) = &site {
        for mut d in crate::policy::check(site, opts.now) {
            if let Some(source) = d.file.as_ref().and_then(|f| sources.get(f)) {
                crate::load::resolve(std::slice::from_mut(&mut d), source, None);
            }
            diags.push(d);
        }
    }
    diagnostic::sort(&mut diags);
    let failed = fails(&diags, opts.strict)
        || diags
            .iter()
            .any(|d| d.code.is_some_and(|c| opts.fail_on.iter().any(|f| f == c)));
    let site = site.filter(|_| !failed).map(|mut s| {
        if let Some(url) = &opts.base_url {
            s.config.base_url = url.clone();
        }
        s
    });
    (site, diags)
}

/// The whole build, in memory.
pub fn build(opts: &BuildOptions) -> BuildResult {
    build_loaded(opts, load(&opts.paths))
}

/// `build` on files already read (see `check_loaded`).
pub fn build_loaded(opts: &BuildOptions, loaded: Loaded) -> BuildResult {
    build_loaded_cached(opts, loaded, &mut channels::PageCache::default())
}

/// `build_loaded`, reusing unchanged incident pages from `cache` (see `channels::PageCache`).
pub fn build_loaded_cached(
    opts: &BuildOptions,
    loaded: Loaded,
    cache: &mut channels::PageCache,
) -> BuildResult {
    let (site, mut diagnostics) = check_loaded(opts, loaded);
    let Some(site) = site else {
        return BuildResult {
            output: None,
            diagnostics,
        };
    };
    let theme = match Theme::load(&opts.paths.themes(), &site.config.theme, |p| {
        opts.paths.display(p)
    }) {
        Ok(t) => t,
        Err(d) => {
            diagnostics.push(d);
            return BuildResult {
                output: None,
                diagnostics,
            };
        }
    };
    let rendered = theme
        .compile()
        .and_then(|tera| channels::render_cached(&site, &tera, &theme, opts.now, cache));
    match rendered {
        Ok(output) => BuildResult {
            output: Some(output),
            diagnostics,
        },
        Err(d) => {
            diagnostics.push(d);
            BuildResult {
                output: None,
                diagnostics,
            }
        }
    }
}
