//! `embed.html`: a tiny page for an iframe on the customer's own site: the indicator, ongoing
//! incidents with their next-update promise, a link to the full page. No script, one request.

use tera::{Tera, Value};

use super::Prepared;
use super::pages::context;
use crate::diagnostic::Diagnostic;
use crate::input::theme::Theme;
use crate::model::*;
use crate::render::Output;

/// Most incidents (and, apart, maintenance windows) the embed lists: it lives in a frame a few
/// lines high, and 10,000 open incidents made it 1.9 MB.
const EMBED_MAX: usize = 5;

pub fn render(
    site: &Site,
    tera: &Tera,
    theme: &Theme,
    p: &Prepared,
    out: &mut Output,
) -> Result<(), Diagnostic> {
    // The embed sits in a small frame on the customer's own page: a few lines, then how many
    // more (`<name>_more`), the rest being one click away on the status page.
    let mut ctx = context(p, &p.site.base_url);
    let mut pick = |name: &'static str, ids: Vec<usize>| {
        ctx.insert(format!("{name}_more"), &ids.len().saturating_sub(EMBED_MAX));
        let shown = ids.into_iter().take(EMBED_MAX).map(|i| p.value(i));
        ctx.insert_value(name, Value::from(shown.collect::<Vec<_>>()));
    };
    let current = crate::derive::current(&site.incidents, p.now);
    pick("ongoing", current.ongoing);
    pick("maintenance_active", current.active);
    let html = tera
        .render("embed.html", &ctx)
        .map_err(|e| theme.template_error(&e))?;
    out.insert("embed.html", super::pages::secure(&html));
    Ok(())
}
