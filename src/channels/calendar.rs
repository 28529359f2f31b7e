//! `maintenance.ics`: scheduled maintenance windows as an RFC 5545 calendar customers can
//! subscribe to. UIDs are stable; SEQUENCE rises with every update to a maintenance, so a
//! rescheduled window (announced with a new update) replaces the old event in calendar apps.

use icalendar::{Calendar, Component, Event, EventStatus};

use super::Prepared;
use crate::model::*;
use crate::output::Output;

fn ics_time(t: jiff::Timestamp) -> String {
    t.strftime("%Y%m%dT%H%M%SZ").to_string()
}

pub fn render(site: &Site, p: &Prepared, out: &mut Output) {
    let host = p
        .site
        .base_url
        .split("://")
        .nth(1)
        .unwrap_or("")
        .split(['/', ':'])
        .next()
        .unwrap_or("candor");
    let mut cal = Calendar::new();
    cal.name(&format!("{} — scheduled maintenance", site.config.title));
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
            .map(|c| {
                site.config
                    .component(c)
                    .map_or(c.as_str(), |k| k.name.as_str())
            })
            .collect::<Vec<_>>()
            .join(", ");
        let latest = inc.updates.last().map(|u| u.body.trim()).unwrap_or("");
        let description = format!(
            "{}\n\nAffects: {affects}\nStatus: {}\nResponsible: {}{}\n\n{}{}",
            crate::markdown::plain(latest),
            inc.status().label(),
            inc.owner.name,
            inc.owner
                .role
                .as_ref()
                .map(|r| format!(", {r}"))
                .unwrap_or_default(),
            p.site.base_url,
            view.head.url,
        );
        let event = Event::new()
            .uid(&format!("{}@{host}", inc.id))
            .summary(&format!("Maintenance: {}", inc.title))
            .description(&description)
            .url(&format!("{}{}", p.site.base_url, view.head.url))
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
}
