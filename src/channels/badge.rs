//! `badge.svg` and `components/<id>/badge.svg`: a shields-style badge of the current state,
//! for READMEs and dashboards, with a `<title>` so screen readers say what it shows.

use crate::diagnostic::Diagnostic;
use crate::fonts::Fonts;
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

/// The badge's text size, in pixels (shields.io's).
const FONT_PX: f32 = 11.0;
/// Space on each side of each half's text, in pixels.
const PADDING: u32 = 6;

/// The width of `s` at the badge's size, measured with the fonts' advance widths (every script
/// the embedded fonts carry; `brand.font` first), rounded up to whole pixels.
fn text_width(fonts: &Fonts, s: &str) -> u32 {
    fonts.width(s, FONT_PX).ceil() as u32
}

/// The badge: its text on one line, without what XML cannot carry, escaped, and measured as
/// it will be drawn. Each text is told its measured length (`textLength`, as shields.io does),
/// so a viewer without the measured font fits its own into the box instead of overflowing it.
pub(crate) fn svg(fonts: &Fonts, label: &str, message: &str, level: &str) -> String {
    let (label, message) = (text::one_line(label), text::one_line(message));
    let (ltw, mtw) = (text_width(fonts, &label), text_width(fonts, &message));
    let (lw, mw) = (ltw + 2 * PADDING, mtw + 2 * PADDING);
    let total = lw + mw;
    let (label, message) = (escape(&label), escape(&message));
    let fill = colour(level);
    format!(
        r##"<svg xmlns="http://www.w3.org/2000/svg" width="{total}" height="20" role="img" aria-label="{label}: {message}"><title>{label}: {message}</title><clipPath id="r"><rect width="{total}" height="20" rx="3"/></clipPath><g clip-path="url(#r)"><rect width="{lw}" height="20" fill="#444d56"/><rect x="{lw}" width="{mw}" height="20" fill="{fill}"/></g><g fill="#fff" text-anchor="middle" font-family="Noto Sans,Verdana,Geneva,DejaVu Sans,sans-serif" font-size="11"><text x="{lx}" y="14" textLength="{ltw}" lengthAdjust="spacingAndGlyphs">{label}</text><text x="{mx}" y="14" textLength="{mtw}" lengthAdjust="spacingAndGlyphs">{message}</text></g></svg>
"##,
        lx = lw as f32 / 2.0,
        mx = lw as f32 + mw as f32 / 2.0,
    )
}

pub(crate) fn render(p: &Prepared, _: &Templates, out: &mut Output) -> Result<(), Diagnostic> {
    let site = p.model;
    let indicator = &p.site.indicator;
    let l = &p.clock.locale;
    let message = l.text(&format!("badge-{}", indicator.fact.key()), None);
    out.insert(
        "badge.svg",
        svg(
            &p.fonts,
            &l.text("badge-label", None),
            &message,
            indicator.level,
        ),
    );
    let states = &p.states;
    for c in &site.config.components {
        let state = states[&c.id];
        out.insert(
            format!("{}badge.svg", component_url(&c.id)),
            svg(
                &p.fonts,
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
        let s = svg(
            &Fonts::new(None),
            "Checkout",
            "major outage",
            "major_outage",
        );
        assert!(s.contains("<title>Checkout: major outage</title>"), "{s}");
        assert!(s.contains(r#"aria-label="Checkout: major outage""#), "{s}");
        assert!(s.contains("#b3202c"));
    }
}
