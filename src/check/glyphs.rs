//! The texts candor draws itself, outside any browser (the site title in the link-preview
//! pictures, component names on badges), must be in a font it draws with: a character no font
//! has would be an empty box ("tofu") in a picture, so it is named here instead.

use crate::fonts::Fonts;
use crate::input::raw::RawConfig;
use crate::model::{Brand, WarningCode};
use crate::pointer::Pointer;
use crate::ptr;

use super::report::Report;

/// A `missing-glyph` warning at each text with characters no font has.
pub(super) fn glyphs(r: &mut Report, raw: &RawConfig, brand: &Brand) {
    let fonts = Fonts::new(brand.font.as_ref().map(|f| &f.bytes));
    let names = raw.components.iter().enumerate().flat_map(|(i, c)| {
        let at = ptr!["components", i, "name"];
        c.name
            .each(&at)
            .into_iter()
            .map(|(at, s)| (at, "component name", s))
    });
    let titles = raw.title.each(&ptr!["title"]).into_iter();
    for (at, what, text) in titles.map(|(at, s)| (at, "site title", s)).chain(names) {
        let missing = fonts.missing(text);
        if !missing.is_empty() {
            warn(r, at, what, &missing, brand);
        }
    }
}

fn warn(r: &mut Report, at: Pointer, what: &str, missing: &[char], brand: &Brand) {
    let listed: Vec<String> = missing
        .iter()
        .map(|c| format!("`{c}` (U+{:04X})", u32::from(*c)))
        .collect();
    let fonts = match &brand.font {
        Some(f) => format!(
            "neither the site's font ({}) nor the built-in fonts can draw",
            f.family
        ),
        None => "the built-in fonts cannot draw".to_string(),
    };
    r.warning(
        at,
        WarningCode::MissingGlyph,
        format!("the {what} has characters {fonts}: {}", listed.join(", ")),
        "the link-preview pictures and badges would show them as empty boxes: set `brand.font:` \
         to a .ttf or .otf file in the site folder that has them, or leave them out",
    );
}
