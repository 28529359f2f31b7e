//! `maintenance.ics`: scheduled maintenance windows as an RFC 5545 calendar customers can
//! subscribe to. UIDs are stable; SEQUENCE rises with every update to a maintenance, so a
//! rescheduled window (announced with a new update) replaces the old event in calendar apps.

use icalendar::{Calendar, Component, Event, EventStatus};

use crate::diagnostic::Diagnostic;
use crate::model::*;
use crate::render::{Output, Prepared, Templates};
use crate::text;
use crate::tr;

fn ics_time(t: jiff::Timestamp) -> String {
    t.strftime("%Y%m%dT%H%M%SZ").to_string()
}

/// RFC 5545 TEXT (3.3.11) for the calendar's name: the `icalendar` crate escapes the TEXT
/// properties it knows (SUMMARY, DESCRIPTION…) but writes NAME and X-WR-CALNAME (RFC 7986
/// and Apple's, both TEXT) as given. One line, then backslash, semicolon and comma escaped.
fn name_text(s: &str) -> String {
    text::one_line(s)
        .replace('\\', "\\\\")
        .replace(';', "\\;")
        .replace(',', "\\,")
}

/// A link as a calendar line carries it (URI values are not escaped): nothing that could end
/// the line or the value. `check` refuses such links; this holds by itself.
fn uri(s: &str) -> String {
    s.chars()
        .filter(|c| !c.is_whitespace() && !text::is_forbidden(*c))
        .collect()
}

pub(crate) fn render(p: &Prepared, _: &Templates, out: &mut Output) -> Result<(), Diagnostic> {
    let site = p.model;
    let base_url = uri(&p.site.base_url);
    let host = crate::links::host(&base_url);
    let mut cal = Calendar::empty();
    // RFC 5545 §3.7.3: PRODID names the product that made the calendar, as
    // `-//owner//product version//language`; `Calendar::new` would say `ICALENDAR-RS`.
    let prodid = format!(
        "-//{g}//{g} {v}//EN",
        g = super::GENERATOR,
        v = super::GENERATOR_VERSION
    );
    cal.append_property(("VERSION", "2.0"));
    cal.append_property(("PRODID", prodid.as_str()));
    cal.append_property(("CALSCALE", "GREGORIAN"));
    let l = &p.clock.locale;
    cal.name(&name_text(&tr!(
        l,
        "calendar-name",
        site = site.config.title.as_str()
    )));
    cal.append_property(("X-WR-TIMEZONE", site.config.timezone_name.as_str()));
    for (n, inc) in site.incidents.iter().enumerate() {
        let Some(window) = inc.window.filter(|_| inc.kind == Kind::Maintenance) else {
            continue;
        };
        let view = &p.row_views[n];
        let last = inc.last_update_at();
        let affects = inc
            .components
            .iter()
            .map(|c| text::one_line(crate::render::view::component_name(&site.config, c)))
            .collect::<Vec<_>>();
        let affects = l.forms().list(&affects);
        let latest = inc.updates.last().map(|u| u.body.trim()).unwrap_or("");
        // TEXT values: the crate escapes backslash, `;`, `,` and line feeds and folds long
        // lines; what it passes through (a lone CR, other controls) is taken out here, and
        // one-line values are made one line.
        let role = inc.owner.role.as_ref().map(|r| text::one_line(r));
        let responsible = match role {
            Some(role) => tr!(
                l,
                "person-with-role",
                name = text::one_line(&inc.owner.name),
                role = role
            ),
            None => text::one_line(&inc.owner.name),
        };
        let facts = tr!(
            l,
            "calendar-facts",
            open = if view.head.is_open { "yes" } else { "no" },
            affects = affects,
            status = view.head.status_label.as_str(),
            responsible = responsible
        );
        let description = format!(
            "{}\n\n{facts}\n\n{base_url}{}",
            text::scrub(&crate::render::markdown::plain(latest)),
            view.head.url,
        );
        let event = Event::new()
            .uid(&format!("{}@{host}", inc.id))
            .summary(&text::one_line(&tr!(
                l,
                "calendar-summary",
                title = inc.title.as_str()
            )))
            .description(&description)
            .url(&uri(&format!("{base_url}{}", view.head.url)))
            .status(EventStatus::Confirmed)
            .add_property("DTSTART", ics_time(window.from))
            .add_property("DTEND", ics_time(window.until))
            // The time of the latest update, not the build: same input, same bytes.
            .add_property("DTSTAMP", ics_time(last))
            .add_property("LAST-MODIFIED", ics_time(last))
            .add_property(
                "SEQUENCE",
                (inc.updates.len().saturating_sub(1)).to_string(),
            )
            .add_property("TRANSP", "TRANSPARENT")
            .done();
        cal.push(event);
    }
    out.insert("maintenance.ics", cal.done().to_string());
    Ok(())
}
