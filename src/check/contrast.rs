//! Colour contrast as WCAG 2.x measures it, the default theme's backgrounds it is measured
//! against, and the nearest colour of the same hue that passes: what `brand.accent` is held to.
//! The backgrounds are defined here once; a test holds `style.css` to them.

use palette::{Clamp, IntoColor, IsWithinBounds, Oklch, Srgb};

/// WCAG 2.x AA for normal text: links and button labels are text.
pub(crate) const TEXT_CONTRAST: f64 = 4.5;

/// A colour as `#rrggbb` writes it.
pub(crate) type Rgb = [u8; 3];

/// One colour scheme of the theme: the surfaces text is drawn on there.
pub(crate) struct Scheme {
    pub(crate) name: &'static str,
    /// `(name, colour)`: the page background first, then the cards' background.
    pub(crate) surfaces: &'static [(&'static str, Rgb)],
}

/// The default theme's light scheme (`--bg`, `--card` in style.css's `:root`).
pub(crate) const LIGHT: Scheme = Scheme {
    name: "light",
    surfaces: &[
        ("background", [0xff, 0xff, 0xff]),
        ("card", [0xf6, 0xf8, 0xfa]),
    ],
};

/// The default theme's dark scheme (`--bg`, `--card` under `prefers-color-scheme: dark`).
pub(crate) const DARK: Scheme = Scheme {
    name: "dark",
    surfaces: &[
        ("background", [0x0d, 0x11, 0x17]),
        ("card", [0x16, 0x1b, 0x22]),
    ],
};

/// `#rrggbb` or the CSS shorthand `#rgb` (each digit doubled), in either case.
pub(crate) fn parse_hex(text: &str) -> Option<Rgb> {
    let hex = text.trim().strip_prefix('#')?;
    if !hex.bytes().all(|b| b.is_ascii_hexdigit()) {
        return None;
    }
    let digit = |i: usize| u8::from_str_radix(&hex[i..=i], 16).ok();
    match hex.len() {
        3 => Some([digit(0)? * 17, digit(1)? * 17, digit(2)? * 17]),
        6 => {
            let byte = |i: usize| u8::from_str_radix(&hex[i..i + 2], 16).ok();
            Some([byte(0)?, byte(2)?, byte(4)?])
        }
        _ => None,
    }
}

pub(crate) fn to_hex(c: Rgb) -> String {
    format!("#{:02x}{:02x}{:02x}", c[0], c[1], c[2])
}

/// WCAG 2.x relative luminance.
fn luminance(c: Rgb) -> f64 {
    let channel = |v: u8| {
        let s = f64::from(v) / 255.0;
        if s <= 0.03928 {
            s / 12.92
        } else {
            ((s + 0.055) / 1.055).powf(2.4)
        }
    };
    0.2126 * channel(c[0]) + 0.7152 * channel(c[1]) + 0.0722 * channel(c[2])
}

/// WCAG 2.x contrast ratio, from 1 to 21.
pub(crate) fn ratio(a: Rgb, b: Rgb) -> f64 {
    let (la, lb) = (luminance(a), luminance(b));
    (la.max(lb) + 0.05) / (la.min(lb) + 0.05)
}

/// The lowest contrast `c` has on any of the scheme's surfaces, and that surface's name.
pub(crate) fn worst(c: Rgb, scheme: &Scheme) -> (f64, &'static str) {
    scheme
        .surfaces
        .iter()
        .map(|&(name, bg)| (ratio(c, bg), name))
        .min_by(|a, b| a.0.total_cmp(&b.0))
        .unwrap_or((21.0, "background"))
}

/// A ratio as a message shows it, rounded down: `4.47` is "4.4:1", never a passing-looking
/// "4.5:1".
pub(crate) fn shown(ratio: f64) -> String {
    format!("{:.1}:1", (ratio * 10.0).floor() / 10.0)
}

fn passes(c: Rgb, schemes: &[&Scheme]) -> bool {
    schemes.iter().all(|s| worst(c, s).0 >= TEXT_CONTRAST)
}

/// The colour nearest `c` in perceived lightness (OKLCh's L, keeping its hue and as much of
/// its chroma as sRGB can show) that passes on every surface of `schemes`; `None` when no
/// lightness does (one colour cannot pass on both a white and a near-black background).
pub(crate) fn nearest(c: Rgb, schemes: &[&Scheme]) -> Option<Rgb> {
    if passes(c, schemes) {
        return Some(c);
    }
    let start: Oklch = Srgb::new(c[0], c[1], c[2])
        .into_format::<f32>()
        .into_color();
    (0..=1000)
        .map(|step| step as f32 / 1000.0)
        .filter_map(|l| {
            let rgb = in_gamut(Oklch::new(l, start.chroma, start.hue));
            passes(rgb, schemes).then_some(((l - start.l).abs(), rgb))
        })
        .min_by(|a, b| a.0.total_cmp(&b.0))
        .map(|(_, rgb)| rgb)
}

/// An OKLCh colour as sRGB bytes, its chroma lowered until sRGB can show it.
fn in_gamut(mut colour: Oklch) -> Rgb {
    for _ in 0..64 {
        let rgb: Srgb = colour.into_color();
        if rgb.is_within_bounds() {
            break;
        }
        colour.chroma *= 0.9;
    }
    let rgb: Srgb = colour.into_color();
    let rgb: Srgb<u8> = rgb.clamp().into_format();
    [rgb.red, rgb.green, rgb.blue]
}

#[cfg(test)]
mod tests {
    use super::*;

    const WHITE: Rgb = [255, 255, 255];

    #[test]
    fn known_pairs_have_their_published_ratios() {
        let r = |a: &str, b: Rgb| ratio(parse_hex(a).unwrap(), b);
        assert!((r("#767676", WHITE) - 4.54).abs() < 0.01);
        assert!((r("#000", WHITE) - 21.0).abs() < 1e-9);
        assert!((r("#ffffff", WHITE) - 1.0).abs() < 1e-9);
        // WebAIM's checker: #0000ff on white is 8.59:1, #ffcc00 on white 1.51:1.
        assert!((r("#0000FF", WHITE) - 8.59).abs() < 0.01);
        assert_eq!(shown(r("#ffcc00", WHITE)), "1.5:1");
        // Just under the line is shown under it.
        assert_eq!(shown(4.4999), "4.4:1");
    }

    #[test]
    fn colours_parse_as_css_writes_them() {
        assert_eq!(parse_hex("#0752C7"), Some([0x07, 0x52, 0xc7]));
        assert_eq!(parse_hex("#fc0"), Some([0xff, 0xcc, 0x00]));
        for bad in ["0752c7", "#0752c", "#ggg", "blue", "#0752c7ff", "#+1+2+3"] {
            assert_eq!(parse_hex(bad), None, "{bad}");
        }
    }

    #[test]
    fn the_nearest_passing_colour_keeps_the_hue_and_passes() {
        let yellow = parse_hex("#ffcc00").unwrap();
        let light = nearest(yellow, &[&LIGHT]).unwrap();
        assert!(worst(light, &LIGHT).0 >= TEXT_CONTRAST);
        // Darker, still a yellow-brown (red above blue), not grey.
        assert!(
            light[0] < 0xff && light[0] > light[2] + 40,
            "{}",
            to_hex(light)
        );
        let blue = parse_hex("#0752c7").unwrap();
        assert_eq!(nearest(blue, &[&LIGHT]), Some(blue), "already passes");
        let dark = nearest(blue, &[&DARK]).unwrap();
        assert!(worst(dark, &DARK).0 >= TEXT_CONTRAST && dark[2] > dark[0]);
        // White-on-light and near-black-on-dark leave no colour between them.
        assert_eq!(nearest(blue, &[&LIGHT, &DARK]), None);
    }

    #[test]
    fn the_backgrounds_are_the_stylesheets() {
        let css = include_str!("../../themes/default/static/style.css");
        let (light, dark) = css
            .split_once("prefers-color-scheme: dark")
            .expect("a dark scheme");
        for (scheme, block) in [(&LIGHT, light), (&DARK, dark)] {
            for &(name, colour) in scheme.surfaces {
                let var = if name == "background" {
                    "--bg"
                } else {
                    "--card"
                };
                let decl = format!("{var}: {};", to_hex(colour));
                assert!(block.contains(&decl), "{} scheme: {decl}", scheme.name);
            }
        }
    }
}
