//! The rules for `brand:`: a logo that is an SVG or PNG with a size and alt text, a favicon
//! that is an SVG, PNG or ICO, and an accent colour that links can be read in on both of the
//! theme's colour schemes (WCAG AA), with the nearest passing colour offered when it fails.

use crate::input::brand::{BrandFile, BrandFiles};
use crate::input::raw::{RawAccent, RawBrand};
use crate::input::theme::content_name;
use crate::model::{Accent, Asset, Brand, Logo, SiteFont};
use crate::pointer::Pointer;
use crate::ptr;

use super::contrast::{
    DARK, LIGHT, Rgb, Scheme, TEXT_CONTRAST, nearest, parse_hex, shown, to_hex, worst,
};
use super::report::Report;

/// The kinds of image a brand file may be.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Kind {
    Svg,
    Png,
    Ico,
}

impl Kind {
    fn ext(self) -> &'static str {
        match self {
            Kind::Svg => "svg",
            Kind::Png => "png",
            Kind::Ico => "ico",
        }
    }

    fn mime(self) -> &'static str {
        match self {
            Kind::Svg => "image/svg+xml",
            Kind::Png => "image/png",
            Kind::Ico => "image/x-icon",
        }
    }
}

/// Checks `brand:` against the files it names; every problem is reported at its field.
pub(super) fn brand(r: &mut Report, raw: Option<&RawBrand>, files: &BrandFiles) -> Brand {
    let Some(raw) = raw else {
        return Brand::default();
    };
    let logo = raw
        .logo
        .as_deref()
        .zip(files.logo.as_ref())
        .and_then(|(name, file)| logo(r, raw, name, file));
    if raw.logo.is_none() && raw.alt.is_some() {
        r.error(
            ptr!["brand", "alt"],
            "`alt` describes a logo, but there is no `logo`",
        )
        .help = Some("add `logo:` with the path of the logo file, or remove `alt`".into());
    }
    let favicon = raw
        .favicon
        .as_deref()
        .zip(files.favicon.as_ref())
        .and_then(|(name, file)| {
            let at = ptr!["brand", "favicon"];
            let kind = kind_of(
                r,
                at,
                "favicon",
                name,
                file,
                &[Kind::Svg, Kind::Png, Kind::Ico],
            )?;
            let bytes = file.as_ref().ok()?.clone();
            Some(Asset {
                path: format!("favicon.{}", kind.ext()),
                mime: kind.mime(),
                bytes,
            })
        });
    let accent = raw.accent.as_ref().and_then(|a| accent(r, a));
    let font = raw
        .font
        .as_deref()
        .zip(files.font.as_ref())
        .and_then(|(name, file)| font(r, name, file));
    Brand {
        logo,
        accent,
        favicon,
        font,
    }
}

/// `brand.font`: a TrueType or OpenType font (one font; a collection's first).
fn font(r: &mut Report, name: &str, file: &BrandFile) -> Option<SiteFont> {
    let at = ptr!["brand", "font"];
    let bytes = match file {
        Ok(b) => b,
        Err(why) => {
            r.error(at, format!("the font cannot be read: {why}")).help = Some(
                "give the path of a font file inside the site folder, relative to it, e.g. `assets/Brand-Regular.ttf`".into(),
            );
            return None;
        }
    };
    let Some(family) = crate::fonts::family_of(bytes) else {
        r.error(
            at,
            format!("`{name}` is not a TrueType or OpenType font with a character map"),
        )
        .help = Some(
            "name a `.ttf` or `.otf` file (a web font in WOFF or WOFF2 must be converted first)"
                .into(),
        );
        return None;
    };
    Some(SiteFont {
        family,
        bytes: bytes::Bytes::from(bytes.clone()),
    })
}

fn logo(r: &mut Report, raw: &RawBrand, name: &str, file: &BrandFile) -> Option<Logo> {
    let at = ptr!["brand", "logo"];
    if raw.alt.is_none() {
        r.error(at.clone(), "the logo has no `alt` text").help = Some(
            "add `alt:` with what the logo says, usually the company's name (`alt: Acme`); \
             `alt: \"\"` marks it decorative, as the site title is shown beside it"
                .into(),
        );
    }
    let kind = kind_of(r, at.clone(), "logo", name, file, &[Kind::Svg, Kind::Png])?;
    let bytes = file.as_ref().ok()?;
    let size = match kind {
        Kind::Svg => svg_size(bytes),
        _ => imagesize::blob_size(bytes)
            .ok()
            .and_then(|s| Some((u32::try_from(s.width).ok()?, u32::try_from(s.height).ok()?))),
    };
    let Some((width, height)) = size.filter(|&(w, h)| w > 0 && h > 0) else {
        r.error(at, format!("the size of the logo `{name}` cannot be read"))
            .help = Some(match kind {
            Kind::Svg => {
                "give its `<svg>` element a `viewBox` (or `width` and `height` in pixels)".into()
            }
            _ => "save the file again as a PNG from an image editor".into(),
        });
        return None;
    };
    Some(Logo {
        file: Asset {
            path: content_name("logo", kind.ext(), bytes),
            mime: kind.mime(),
            bytes: bytes.clone(),
        },
        alt: raw.alt.as_deref().unwrap_or_default().trim().to_string(),
        width,
        height,
    })
}

/// What a brand file is, judged by its bytes; an error at `at` when it cannot be read or is
/// not one of `allowed`.
fn kind_of(
    r: &mut Report,
    at: Pointer,
    what: &str,
    name: &str,
    file: &BrandFile,
    allowed: &[Kind],
) -> Option<Kind> {
    let bytes = match file {
        Ok(b) => b,
        Err(why) => {
            r.error(at, format!("the {what} cannot be read: {why}")).help = Some(
                "give the path of a file inside the site folder, relative to it, e.g. `assets/logo.svg`".into(),
            );
            return None;
        }
    };
    let sniffed = imagesize::image_type(bytes);
    let kind = match sniffed {
        Ok(imagesize::ImageType::Png) => Some(Kind::Png),
        Ok(imagesize::ImageType::Ico) => Some(Kind::Ico),
        _ if is_svg(bytes) => Some(Kind::Svg),
        _ => None,
    };
    let names: Vec<String> = allowed.iter().map(|k| k.ext().to_uppercase()).collect();
    let list = match names.split_last() {
        Some((last, [])) => last.clone(),
        Some((last, rest)) => format!("{} or {last}", rest.join(", ")),
        None => String::new(),
    };
    match (kind, sniffed) {
        (Some(k), _) if allowed.contains(&k) => Some(k),
        (found, sniffed) => {
            let is = match (found, sniffed) {
                (Some(k), _) => format!("an {} file", k.ext().to_uppercase()),
                (None, Ok(other)) => format!("a {} image", format!("{other:?}").to_uppercase()),
                (None, Err(_)) => "not an image (nor an SVG document)".to_string(),
            };
            r.error(
                at,
                format!("the {what} `{name}` is {is}; a {what} must be {list}"),
            )
            .help = Some(format!("convert it to {list} and name that file here"));
            None
        }
    }
}

/// Whether the bytes are an XML document whose root is `<svg>`.
fn is_svg(bytes: &[u8]) -> bool {
    std::str::from_utf8(bytes)
        .ok()
        .and_then(|t| roxmltree::Document::parse(t).ok())
        .is_some_and(|d| d.root_element().tag_name().name() == "svg")
}

/// An SVG's size in CSS pixels: its `width` and `height` when both are plain or `px`
/// numbers, else its `viewBox`'s (an SVG sized in `em` or `%` scales with its box).
fn svg_size(bytes: &[u8]) -> Option<(u32, u32)> {
    let text = std::str::from_utf8(bytes).ok()?;
    let doc = roxmltree::Document::parse(text).ok()?;
    let svg = doc.root_element();
    let px = |name: &str| -> Option<f64> {
        let v = svg.attribute(name)?.trim();
        v.strip_suffix("px").unwrap_or(v).trim().parse().ok()
    };
    let (w, h) = match (px("width"), px("height")) {
        (Some(w), Some(h)) => (w, h),
        _ => {
            let view: Vec<f64> = svg
                .attribute("viewBox")?
                .split(|c: char| c == ',' || c.is_whitespace())
                .filter(|s| !s.is_empty())
                .map(str::parse)
                .collect::<Result<_, _>>()
                .ok()?;
            match view[..] {
                [_, _, w, h] => (w, h),
                _ => return None,
            }
        }
    };
    let round = |v: f64| (0.5..100_000.0).contains(&v).then(|| v.round() as u32);
    Some((round(w)?, round(h)?))
}

/// `accent:` — one colour for both schemes, or one per scheme; each must pass WCAG AA for
/// text on every surface of its scheme.
fn accent(r: &mut Report, raw: &RawAccent) -> Option<Accent> {
    match raw {
        RawAccent::One(text) => {
            let at = ptr!["brand", "accent"];
            let c = colour(r, at.clone(), text)?;
            let pair = (nearest(c, &[&LIGHT]), nearest(c, &[&DARK]));
            for scheme in [&LIGHT, &DARK] {
                if let Some(message) = failure(c, scheme) {
                    let help = match (nearest(c, &[&LIGHT, &DARK]), pair) {
                        (Some(both), _) => format!("use `{}`, the nearest colour of this hue that passes on both schemes", to_hex(both)),
                        (None, (Some(l), Some(d))) => format!(
                            "no one colour passes on both the light and the dark background; give one per scheme, the nearest colours of this hue that pass: `accent: {{ light: \"{}\", dark: \"{}\" }}`",
                            to_hex(l), to_hex(d)
                        ),
                        _ => "give one colour per scheme: `accent: { light: \"#0752c7\", dark: \"#58a6ff\" }`".into(),
                    };
                    r.error(at, message).help = Some(help);
                    return None;
                }
            }
            Some(Accent {
                light: to_hex(c),
                dark: to_hex(c),
            })
        }
        RawAccent::PerScheme(pair) => {
            let (light, dark) = (&pair.light, &pair.dark);
            let light = scheme_colour(r, ptr!["brand", "accent", "light"], light, &LIGHT);
            let dark = scheme_colour(r, ptr!["brand", "accent", "dark"], dark, &DARK);
            Some(Accent {
                light: light?,
                dark: dark?,
            })
        }
    }
}

/// One scheme's accent, checked against that scheme alone.
fn scheme_colour(r: &mut Report, at: Pointer, text: &str, scheme: &Scheme) -> Option<String> {
    let c = colour(r, at.clone(), text)?;
    let Some(message) = failure(c, scheme) else {
        return Some(to_hex(c));
    };
    r.error(at, message).help = Some(match nearest(c, &[scheme]) {
        Some(n) => format!(
            "use `{}`, the nearest colour of this hue that passes on the {} scheme",
            to_hex(n),
            scheme.name
        ),
        None => format!(
            "choose a colour with more contrast on the {} scheme",
            scheme.name
        ),
    });
    None
}

/// What is wrong with `c` on `scheme`, if anything: the ratio it got and on which surface.
fn failure(c: Rgb, scheme: &Scheme) -> Option<String> {
    let (ratio, surface) = worst(c, scheme);
    (ratio < TEXT_CONTRAST).then(|| {
        let on = match surface {
            "background" => format!("the {} background", scheme.name),
            other => format!("the {} scheme's {other} background", scheme.name),
        };
        let bg = scheme
            .surfaces
            .iter()
            .find(|s| s.0 == surface)
            .map(|s| to_hex(s.1));
        let on = format!("{on} ({})", bg.unwrap_or_default());
        format!(
            "accent `{}` has a contrast of {} on {on}; links need {TEXT_CONTRAST}:1 (WCAG AA)",
            to_hex(c),
            shown(ratio)
        )
    })
}

/// A colour as written: `#rrggbb` or `#rgb`.
fn colour(r: &mut Report, at: Pointer, text: &str) -> Option<Rgb> {
    let c = parse_hex(text);
    if c.is_none() {
        r.error(
            at,
            format!("`{}` is not a colour candor reads", text.trim()),
        )
        .help = Some("write it as `#rrggbb` or `#rgb`, in quotes, e.g. `\"#0752c7\"`".into());
    }
    c
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_svg_is_sized_by_its_pixels_or_its_view_box() {
        let size = |s: &str| svg_size(s.as_bytes());
        let ns = r#"xmlns="http://www.w3.org/2000/svg""#;
        assert_eq!(
            size(&format!(r#"<svg {ns} width="120" height="40px"/>"#)),
            Some((120, 40))
        );
        assert_eq!(
            size(&format!(
                r#"<svg {ns} width="10em" viewBox="0 0 300,100"/>"#
            )),
            Some((300, 100))
        );
        assert_eq!(size(&format!(r#"<svg {ns} width="10em"/>"#)), None);
        assert_eq!(size(&format!(r#"<svg {ns} viewBox="0 0 0 10"/>"#)), None);
        assert!(is_svg(
            format!("<?xml version=\"1.0\"?>\n<svg {ns}/>").as_bytes()
        ));
        assert!(!is_svg(b"<html></html>") && !is_svg(b"<svg"));
    }
}
