//! `badge.svg` and `components/<id>/badge.svg`: a shields-style badge of the current state,
//! for READMEs and dashboards, with a `<title>` so screen readers say what it shows.

use crate::diagnostic::Diagnostic;
use crate::model::*;
use crate::render::view::component_url;
use crate::render::view::state_words;
use crate::render::{Output, Prepared, Templates};
use crate::text;
use crate::text::escape_xml as escape;

/// Colours with white text at WCAG AA contrast or better.
fn colour(level: &str) -> &'static str {
    match level {
        "none" | "operational" => "#1a7f37",
        "minor" | "degraded_performance" => "#9a6700",
        "major" | "partial_outage" => "#bc4c00",
        "critical" | "major_outage" => "#b3202c",
        _ => "#0550ae", // maintenance
    }
}

/// Approximate advance widths of Verdana at 11px (what shields.io measures with), so the
/// badge fits its text without a font on the server. Wide scripts (CJK, emoji) take about a
/// square each; combining marks and other zero-width characters none.
fn text_width(s: &str) -> u32 {
    let w: f64 = s
        .chars()
        .map(|c| match c {
            '\u{300}'..='\u{36f}' | '\u{200b}'..='\u{200f}' | '\u{2060}'..='\u{206f}' => 0.0,
            '\u{1100}'..='\u{115f}'
            | '\u{2e80}'..='\u{a4cf}'
            | '\u{ac00}'..='\u{d7a3}'
            | '\u{f900}'..='\u{faff}'
            | '\u{fe30}'..='\u{fe4f}'
            | '\u{ff00}'..='\u{ff60}'
            | '\u{1f300}'..='\u{1faff}'
            | '\u{20000}'..='\u{3fffd}' => 11.0,
            'i' | 'l' | 'I' | '.' | ',' | ':' | ';' | '|' | '!' | '\'' => 3.3,
            'f' | 'j' | 'r' | 't' | ' ' | '(' | ')' | '-' => 4.6,
            'm' | 'w' | 'M' | 'W' => 10.0,
            c if c.is_ascii_uppercase() => 7.6,
            c if c.is_ascii_digit() => 7.0,
            _ => 6.6,
        })
        .sum();
    w.ceil() as u32
}

/// The badge: its text on one line, without what XML cannot carry, escaped, and measured as
/// it will be drawn.
pub(crate) fn svg(label: &str, message: &str, level: &str) -> String {
    let (label, message) = (text::one_line(label), text::one_line(message));
    let (lw, mw) = (text_width(&label) + 12, text_width(&message) + 12);
    let total = lw + mw;
    let (label, message) = (escape(&label), escape(&message));
    let fill = colour(level);
    format!(
        r##"<svg xmlns="http://www.w3.org/2000/svg" width="{total}" height="20" role="img" aria-label="{label}: {message}"><title>{label}: {message}</title><clipPath id="r"><rect width="{total}" height="20" rx="3"/></clipPath><g clip-path="url(#r)"><rect width="{lw}" height="20" fill="#444d56"/><rect x="{lw}" width="{mw}" height="20" fill="{fill}"/></g><g fill="#fff" text-anchor="middle" font-family="Verdana,Geneva,DejaVu Sans,sans-serif" font-size="11"><text x="{lx}" y="14">{label}</text><text x="{mx}" y="14">{message}</text></g></svg>
"##,
        lx = lw / 2,
        mx = lw + mw / 2,
    )
}

pub(crate) fn render(p: &Prepared, _: &Templates, out: &mut Output) -> Result<(), Diagnostic> {
    let site = p.model;
    let indicator = &p.site.indicator;
    let l = &p.clock.locale;
    let message = l.text(&format!("badge-{}", indicator.fact.key()), None);
    out.insert(
        "badge.svg",
        svg(&l.text("badge-label", None), &message, indicator.level),
    );
    let states = &p.states;
    for c in &site.config.components {
        let state = states[&c.id];
        out.insert(
            format!("{}badge.svg", component_url(&c.id)),
            svg(
                &c.name,
                &state_words(state, &p.clock.locale),
                state.as_str(),
            ),
        );
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn badge_names_its_state_for_screen_readers() {
        let s = svg("Checkout", "major outage", "major_outage");
        assert!(s.contains("<title>Checkout: major outage</title>"), "{s}");
        assert!(s.contains(r#"aria-label="Checkout: major outage""#), "{s}");
        assert!(s.contains("#b3202c"));
        // Wider text, wider badge.
        assert!(text_width("Partial System Outage") > text_width("operational"));
    }
}
