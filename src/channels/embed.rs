//! `embed.html`: a tiny page for an iframe on the customer's own site: the indicator, ongoing
//! incidents with their next-update promise, a link to the full page. No script, one request.

use tera::Value;

use crate::diagnostic::Diagnostic;
use crate::render::{Output, Prepared, Templates};

/// Most incidents (and, apart, maintenance windows) the embed lists: it lives in a frame a few
/// lines high, and 10,000 open incidents made it 1.9 MB.
const EMBED_MAX: usize = 5;

pub(crate) fn render(p: &Prepared, t: &Templates, out: &mut Output) -> Result<(), Diagnostic> {
    let site = p.model;
    // The embed sits in a small frame on the customer's own page: a few lines, then how many
    // more (`<name>_more`), the rest being one click away on the status page.
    let mut ctx = p.context(&p.site.base_url, "");
    let mut pick = |name: &'static str, ids: Vec<usize>| {
        ctx.insert(format!("{name}_more"), &ids.len().saturating_sub(EMBED_MAX));
        let shown = ids.into_iter().take(EMBED_MAX).map(|i| p.value(i));
        ctx.insert_value(name, Value::from(shown.collect::<Vec<_>>()));
    };
    let current = crate::derive::current(&site.incidents, p.now);
    pick("ongoing", current.ongoing);
    pick("maintenance_active", current.active);
    out.insert("embed.html", t.page("embed.html", &ctx)?);
    Ok(())
}
