//! The one pipeline that `check`, `build`, `watch` and `serve` share: read →
//! validate → derive → render, entirely in memory. Writing is the caller's last step.

use jiff::Timestamp;

use rayon::prelude::*;

use crate::channels;
use crate::check::{Checked, assemble, check_file, validate_config};
use crate::diagnostic::{self, Diagnostic, Level};
// Where tests/pages.rs (being moved to tests/it/) still names it; new code uses `incremental::`.
use crate::incremental::Incremental;
use crate::incremental::parse_cache::Dirty;
use crate::input::SitePaths;
use crate::input::brand::BrandFiles;
use crate::input::paths::incident_files;
use crate::input::theme::Theme;
use crate::model::{Config, Site};
use crate::render::{Output, Sink, Templates};
use crate::yaml::load::{Loaded, read_config, read_incident};
use crate::yaml::parse::resolve;

#[derive(Debug, Clone)]
pub struct BuildOptions {
    pub paths: SitePaths,
    pub now: Timestamp,
    /// Warnings fail the build too.
    pub strict: bool,
    /// Replaces the config's base_url (already checked to be absolute).
    pub base_url: Option<String>,
    /// Warning codes that fail the run even without `strict` (`overdue` for a scheduled job).
    pub fail_on: Vec<crate::model::WarningCode>,
    /// Keep `draft: true` incidents and apologies (`check` and the preview); a published
    /// build (`build`, `announce`) leaves them out.
    pub include_drafts: bool,
}

#[derive(Debug, Default)]
pub struct BuildResult {
    /// The rendered site, when nothing failed.
    pub output: Option<Output>,
    pub diagnostics: Vec<Diagnostic>,
    /// When the site built would next change with no edit (`derive::next_change`), for
    /// `watch`, which rebuilds then; set by `rebuild` only.
    pub(crate) next_change: Option<Timestamp>,
}

impl BuildResult {
    pub(crate) fn failed(&self) -> bool {
        self.output.is_none()
    }
}

/// Whether these diagnostics fail a build: any error, or any warning under `--strict`.
pub(crate) fn fails(diags: &[Diagnostic], strict: bool) -> bool {
    diags
        .iter()
        .any(|d| d.level == Level::Error || (strict && d.level == Level::Warning))
}

/// Reads and checks the site. The model is returned only when it may be rendered.
pub fn check(opts: &BuildOptions) -> (Option<Site>, Vec<Diagnostic>) {
    let (site, mut diags) = check_files(opts);
    // The theme is part of the site: a template that does not compile fails `check` too, not
    // only the build after it.
    let Some(site) = site else {
        return (None, diags);
    };
    match Theme::load(&opts.paths, &site.config.theme).and_then(|t| t.compile()) {
        Ok(_) => (Some(site), diags),
        Err(d) => {
            diags.push(d);
            (None, diags)
        }
    }
}

/// The config, checked, with its diagnostics pointed at its lines.
/// The brand's files are read here, beside the config, and checked with it.
fn config_of(
    paths: &SitePaths,
    parsed: Result<&crate::yaml::load::Parsed<crate::input::raw::RawConfig>, &Diagnostic>,
) -> (Option<Config>, Vec<Diagnostic>) {
    match parsed {
        Ok(p) => {
            let (cfg, mut d) = validate_config(
                p,
                &BrandFiles::read(paths, &p.raw),
                &Theme::words_of(paths, p.raw.theme.as_deref()),
            );
            resolve(&mut d, &p.source, None);
            (cfg, d)
        }
        Err(d) => (None, vec![d.clone()]),
    }
}

/// Reads and checks every file, each on its own and in parallel, keeping only what the site
/// is made of: a file's text and parse tree are dropped as soon as it is checked, so memory
/// holds the model, not three copies of the input.
fn check_files(opts: &BuildOptions) -> (Option<Site>, Vec<Diagnostic>) {
    check_selected(opts, |_| true)
}

/// `check_files` on only the incident files `wanted` picks: for `notify`, which knows from
/// its cache that the others are unchanged and owe nothing. The theme is not compiled.
pub(crate) fn check_selected(
    opts: &BuildOptions,
    wanted: impl Fn(&std::path::Path) -> bool + Sync,
) -> (Option<Site>, Vec<Diagnostic>) {
    let paths = &opts.paths;
    let (config, mut diags) = config_of(paths, read_config(paths).as_ref());
    let (files, walk) = incident_files(paths);
    diags.extend(walk);
    let checked: Vec<Checked> = files
        .par_iter()
        .filter(|path| wanted(path))
        .map(|path| match read_incident(paths, path) {
            Ok(p) => check_file(&p, config.as_ref(), opts.now),
            Err(d) => Checked::unreadable(path, d),
        })
        .collect();
    finish(opts, config, diags, &checked)
}

/// `check` on files already read (by `new` and `update`, and tests).
pub fn check_loaded(opts: &BuildOptions, loaded: Loaded) -> (Option<Site>, Vec<Diagnostic>) {
    // Without a config, its problem is among the load's diagnostics already.
    let (config, mut diags) = match &loaded.config {
        Some(p) => config_of(&opts.paths, Ok(p)),
        None => (None, Vec::new()),
    };
    diags.extend(loaded.diagnostics);
    let checked: Vec<Checked> = loaded
        .incidents
        .par_iter()
        .map(|p| check_file(p, config.as_ref(), opts.now))
        .collect();
    finish(opts, config, diags, &checked)
}

/// The site from checked files, and whether the run fails (errors, `--strict`, `--fail-on`).
fn finish<'a>(
    opts: &BuildOptions,
    config: Option<Config>,
    diags: Vec<Diagnostic>,
    checked: impl IntoIterator<Item = &'a Checked>,
) -> (Option<Site>, Vec<Diagnostic>) {
    let (site, mut diags) = assemble(config, diags, checked);
    diagnostic::sort(&mut diags);
    let failed = fails(&diags, opts.strict)
        || diags.iter().any(|d| {
            d.code
                .is_some_and(|c| opts.fail_on.iter().any(|f| f.as_str() == c))
        });
    let site = site.filter(|_| !failed).map(|mut s| {
        if let Some(url) = &opts.base_url {
            s.config.base_url = url.clone();
        }
        // Drafts were checked with the rest; only what is published goes further.
        match opts.include_drafts {
            true => s,
            false => s.published(),
        }
    });
    (site, diags)
}

/// The whole build, in memory.
pub fn build(opts: &BuildOptions) -> BuildResult {
    let (site, diagnostics) = check_files(opts);
    render(opts, site, diagnostics, one_shot(opts, Sink::Memory))
}

/// The whole build, handing each incident page to `emit` as it is rendered instead of
/// keeping it (the bulk of a large site); the returned output holds the rest. `emit` is
/// called only once the site has passed every check.
pub(crate) fn build_streaming(
    opts: &BuildOptions,
    emit: &(dyn Fn(&str, &[u8]) + Sync),
) -> BuildResult {
    let (site, diagnostics) = check_files(opts);
    render(opts, site, diagnostics, one_shot(opts, Sink::Stream(emit)))
}

/// How a one-shot build renders: templates compiled for it, nothing memoized. Each
/// language but the main one streams its pages under its folder.
fn one_shot<'a>(
    opts: &BuildOptions,
    sink: Sink<'a>,
) -> impl FnMut(usize, &Site, &Theme) -> Result<Output, Diagnostic> + 'a {
    let now = opts.now;
    let mut compiled: Option<tera::Tera> = None;
    move |k, main, theme| {
        let projected;
        let site = match k {
            0 => main,
            k => {
                projected = main.in_language(k);
                &projected
            }
        };
        if compiled.is_none() {
            compiled = Some(theme.compile()?);
        }
        let tera = compiled.as_ref().expect("compiled just above");
        let t = &Templates { tera, theme };
        let folder = &site
            .config
            .languages
            .get(k)
            .map_or("", |l| l.folder.as_str());
        let under = |path: &str, bytes: &[u8]| {
            if let Sink::Stream(emit) = sink {
                emit(&format!("{folder}{path}"), bytes);
            }
        };
        match (sink, folder.is_empty()) {
            (Sink::Stream(_), false) => channels::render_site(site, t, now, Sink::Stream(&under)),
            _ => channels::render_site(site, t, now, sink),
        }
    }
}

/// Every language of the site, each by `with` (given the main language's site and which
/// language to render, so it makes the site as that language shows it, `Site::in_language`,
/// its own way): the main one at the root, each other under its folder (`fr-ca/`).
fn languages(
    site: &Site,
    theme: &Theme,
    mut with: impl FnMut(usize, &Site, &Theme) -> Result<Output, Diagnostic>,
) -> Result<Output, Diagnostic> {
    let mut out = with(0, site, theme)?;
    for (k, lang) in site.config.languages.iter().enumerate().skip(1) {
        let own = with(k, site, theme)?;
        let folder = &lang.folder;
        out.extend(
            own.files
                .into_iter()
                .map(|(path, bytes)| (format!("{folder}{path}").into(), bytes)),
        );
    }
    Ok(out)
}

/// A rebuild after a change: reads again only the `dirty` inputs, checks again only the
/// files that changed (or all, when the config did), and re-renders only what they touch.
/// The result is the same, byte for byte, as `build`'s.
pub fn rebuild(opts: &BuildOptions, state: &mut Incremental, dirty: &Dirty) -> BuildResult {
    let mut t = crate::timings::Phases::start("rebuild");
    let refreshed = state.files.refresh(&opts.paths, dirty);
    t.mark("read");
    let config = match &refreshed.config {
        Ok(p) => &*p.source.text,
        Err(d) => d.message.as_str(),
    };
    let key = crate::hash::of(&(config, opts.now));
    let (config, mut diags) = config_of(&opts.paths, refreshed.config.as_ref());
    diags.extend(refreshed.diagnostics);
    let checked = state.files.checked(config.as_ref(), key, opts.now);
    t.mark("check");
    let (site, diagnostics) = finish(opts, config, diags, checked);
    t.mark("assemble");
    let now = opts.now;
    let next_change = site
        .as_ref()
        .and_then(|s| crate::derive::next_change(s, now));
    let mut r = render(opts, site, diagnostics, |k, site, theme| {
        state.render(k, site, theme, now)
    });
    r.next_change = next_change.filter(|_| !r.failed());
    t.mark("render");
    r
}

/// Renders a checked site with its theme, the way `with` does it (one-shot or incremental).
/// `with` renders language `k` of the site it is given (language 0 is the main one).
fn render(
    opts: &BuildOptions,
    site: Option<Site>,
    mut diagnostics: Vec<Diagnostic>,
    with: impl FnMut(usize, &Site, &Theme) -> Result<Output, Diagnostic>,
) -> BuildResult {
    let Some(site) = site else {
        return BuildResult {
            output: None,
            diagnostics,
            next_change: None,
        };
    };
    let rendered =
        Theme::load(&opts.paths, &site.config.theme).and_then(|t| languages(&site, &t, with));
    match rendered {
        Ok(output) => BuildResult {
            output: Some(output),
            diagnostics,
            next_change: None,
        },
        Err(d) => {
            diagnostics.push(d);
            BuildResult {
                output: None,
                diagnostics,
                next_change: None,
            }
        }
    }
}
