//! `embed.html`: a tiny page for an iframe on the customer's own site: the indicator, ongoing
//! incidents with their next-update promise, a link to the full page. No script, one request.

use tera::{Tera, Value};

use super::Prepared;
use super::pages::context;
use crate::diagnostic::Diagnostic;
use crate::model::*;
use crate::output::Output;
use crate::theme::Theme;

pub fn render(
    site: &Site,
    tera: &Tera,
    theme: &Theme,
    p: &Prepared,
    out: &mut Output,
) -> Result<(), Diagnostic> {
    let pick = |f: fn(&Incident) -> bool| -> Value {
        Value::from(
            site.incidents
                .iter()
                .enumerate()
                .filter(|(_, inc)| f(inc))
                .map(|(i, _)| p.value(i))
                .collect::<Vec<_>>(),
        )
    };
    let mut ctx = context(p, &p.site.base_url);
    ctx.insert_value("ongoing", pick(Incident::is_ongoing_incident));
    ctx.insert_value("maintenance_active", pick(Incident::is_active_maintenance));
    let html = tera
        .render("embed.html", &ctx)
        .map_err(|e| theme.template_error(&e))?;
    out.insert("embed.html", super::pages::secure(&html));
    Ok(())
}
