//! Every channel a customer may follow: pages, feeds, the Statuspage-compatible API, badges,
//! the maintenance calendar, the embed and the link-preview pictures. All read the same prepared model, in the same build,
//! so they never disagree. Each renders with one signature:
//! `render(&Prepared, &Templates, &mut Output) -> Result<(), Diagnostic>`.

pub mod announce;
pub(crate) mod api;
pub(crate) mod badge;
pub(crate) mod calendar;
pub(crate) mod embed;
pub(crate) mod feeds;
pub(crate) mod og;
pub mod pages;
pub(crate) mod sms;
pub(crate) mod subscribe;

use jiff::Timestamp;

use crate::diagnostic::Diagnostic;
use crate::model::Site;
pub use crate::render::prepared::{Prepared, prepare};
use crate::render::{Output, Sink, Templates};

/// Who made the files, as the calendar's PRODID and the feeds' generator name it: a calendar
/// client or feed reader that mishandles one version's output can tell it apart.
pub(crate) const GENERATOR: &str = "candor";
pub(crate) const GENERATOR_VERSION: &str = env!("CARGO_PKG_VERSION");

/// Every channel of a one-shot build (see `Sink` for where the incident pages go).
pub fn render_site(
    site: &Site,
    t: &Templates,
    now: Timestamp,
    sink: Sink,
) -> Result<Output, Diagnostic> {
    render(&crate::render::prepared::prepare_into(site, now, sink), t)
}

/// Every channel. The pages and the other channels are independent, so they render side by
/// side: in `watch` each half is a few dozen milliseconds of mostly serial work.
pub(crate) fn render(p: &Prepared, t: &Templates) -> Result<Output, Diagnostic> {
    let tera = crate::render::words::localized(t.tera, p.clock.locale.clone());
    let t = &Templates {
        tera: &tera,
        theme: t.theme,
    };
    let (pages, rest) = rayon::join(
        || {
            let mut out = Output::default();
            pages::render(p, t, &mut out).map(|()| out)
        },
        || render_rest(p, t),
    );
    let mut out = pages?;
    out.extend(rest?.files);
    Ok(out)
}

/// Every channel but the pages.
fn render_rest(p: &Prepared, t: &Templates) -> Result<Output, Diagnostic> {
    let mut out = Output::default();
    let mut time = crate::timings::Phases::start("channels");
    feeds::render(p, t, &mut out)?;
    time.mark("feeds");
    api::render(p, t, &mut out)?;
    time.mark("api");
    badge::render(p, t, &mut out)?;
    calendar::render(p, t, &mut out)?;
    embed::render(p, t, &mut out)?;
    time.mark("badges, calendar, embed");
    og::render(p, t, &mut out)?;
    time.mark("link-preview pictures");
    Ok(out)
}
