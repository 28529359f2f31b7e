//! The link-preview picture (`og:image`): the status a page shows, as a 1200×630 PNG drawn at
//! build time, so a status link pasted into a chat says at a glance whether things work. One
//! picture per distinct status (`og/<level>-<wording>.png`), drawn with the embedded fonts
//! only, so the same site gives the same bytes on every machine.

use resvg::tiny_skia::{self, Pixmap, PixmapPaint, Transform};
use resvg::usvg;
use serde::Serialize;

use crate::check::slug;
use crate::fonts::Fonts;
use crate::model::{ComponentState, Logo, Vocabulary};
use crate::text::escape_xml as escape;

pub(crate) const WIDTH: u32 = 1200;
pub(crate) const HEIGHT: u32 = 630;
/// The margin around everything, in pixels.
const MARGIN: f32 = 80.0;
/// The logo's largest height and width beside the site name.
const LOGO_HEIGHT: f32 = 72.0;
const LOGO_WIDTH: f32 = 240.0;

/// What one picture shows besides the site: the banner's words and its level.
#[derive(Debug, Clone, Hash, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) struct Card {
    pub(crate) wording: String,
    /// An indicator level (`none`, `minor`, …) or a component state (`major_outage`, …).
    pub(crate) level: &'static str,
}

/// A page's preview as its template sees it.
#[derive(Debug, Clone, Serialize)]
pub(crate) struct OgView {
    /// Relative to the site's root.
    pub(crate) image: String,
    /// The banner's words it shows (`og:image:alt` adds the site's name).
    pub(crate) wording: String,
}

impl Card {
    /// An incident's state: its status words (`status_label`), in its impact's colour while
    /// it is open, maintenance's while a maintenance is, and operational's once it is over.
    pub(crate) fn of_incident(
        status_label: &str,
        impact: &'static str,
        is_open: bool,
        is_maintenance: bool,
    ) -> Card {
        let level = match (is_open, is_maintenance) {
            (false, _) => "none",
            (true, true) => "maintenance",
            (true, false) => impact,
        };
        Card {
            wording: status_label.to_string(),
            level,
        }
    }

    /// A component's state.
    pub(crate) fn of_component(state: ComponentState) -> Card {
        Card {
            wording: state.label().to_string(),
            level: state.as_str(),
        }
    }

    /// Where the picture is written, from the site's root.
    pub(crate) fn path(&self) -> String {
        let words = slug(&self.wording);
        let words = if words.is_empty() { "status" } else { &words };
        format!("og/{}-{words}.png", self.level.replace('_', "-"))
    }

    pub(crate) fn view(&self) -> OgView {
        OgView {
            image: self.path(),
            wording: self.wording.clone(),
        }
    }
}

/// The tone of each level: the page's own indicator colours (the light scheme's, in
/// `style.css`), each readable under white text.
fn tone(level: &str) -> &'static str {
    match level {
        "none" | "operational" => "#177332",
        "minor" | "degraded_performance" => "#7d4e00",
        "major" | "partial_outage" => "#a94400",
        "critical" | "major_outage" => "#b3202c",
        "maintenance" | "under_maintenance" => "#0550ae",
        _ => "#6e7781",
    }
}

/// The site as every picture shows it.
pub(crate) struct Masthead<'a> {
    pub(crate) title: &'a str,
    pub(crate) logo: Option<&'a Logo>,
    pub(crate) fonts: &'a Fonts,
}

/// The picture of `card`, as PNG bytes.
pub(crate) fn png(card: &Card, site: &Masthead) -> Result<Vec<u8>, String> {
    let logo = site.logo.map(logo_box);
    let svg = picture(&card.wording, card.level, site, logo.map_or(0.0, |b| b.0));
    let options = options(site.fonts);
    let tree = usvg::Tree::from_str(&svg, &options).map_err(|e| e.to_string())?;
    let mut pixmap = Pixmap::new(WIDTH, HEIGHT).ok_or("the picture has no size")?;
    resvg::render(&tree, Transform::default(), &mut pixmap.as_mut());
    if let (Some(logo), Some((w, _))) = (site.logo, logo) {
        draw_logo(&mut pixmap, logo, w, &options);
    }
    pixmap.encode_png().map_err(|e| e.to_string())
}

/// The picture as SVG: the site's name (after its logo, `logo_width` wide) at the top, and a
/// band in the level's tone with the banner's words. The one place the picture's wording is
/// laid out: `banner` is exactly the words the page's banner shows.
fn picture(banner: &str, level: &str, site: &Masthead, logo_width: f32) -> String {
    let families = site.fonts.family_list();
    let name_x = MARGIN
        + if logo_width > 0.0 {
            logo_width + 24.0
        } else {
            0.0
        };
    let title = Line::fitted(site.fonts, site.title, name_x, 48.0, 28.0);
    let words = Line::fitted(site.fonts, banner, MARGIN, 88.0, 40.0);
    format!(
        r##"<svg xmlns="http://www.w3.org/2000/svg" width="{WIDTH}" height="{HEIGHT}" viewBox="0 0 {WIDTH} {HEIGHT}" font-family="{families}"><rect width="{WIDTH}" height="{HEIGHT}" fill="#ffffff"/><rect y="{band_y}" width="{WIDTH}" height="260" fill="{tone}"/>{title}{words}<rect y="{foot_y}" width="{WIDTH}" height="14" fill="{tone}"/></svg>"##,
        band_y = 220,
        foot_y = HEIGHT - 14,
        tone = tone(level),
        title = title.svg(MARGIN + LOGO_HEIGHT * 0.5, "#1f2328"),
        words = words.svg(220.0 + 130.0, "#ffffff"),
    )
}

/// One line of text, sized to fit between its start and the right margin (never below
/// `min` pixels: a longer text is cut at the picture's edge rather than made unreadable).
struct Line<'t> {
    text: &'t str,
    x: f32,
    size: f32,
    rtl: bool,
}

impl<'t> Line<'t> {
    fn fitted(fonts: &Fonts, text: &'t str, x: f32, max: f32, min: f32) -> Line<'t> {
        let room = WIDTH as f32 - MARGIN - x;
        let per_px = fonts.width(text, 1.0).max(f32::EPSILON);
        let rtl = text.chars().find(|c| c.is_alphabetic()).is_some_and(is_rtl);
        Line {
            text,
            x,
            size: (room / per_px).clamp(min, max).floor(),
            rtl,
        }
    }

    /// The `<text>`, its middle at `mid_y`; right-to-left text starts at the right margin.
    fn svg(&self, mid_y: f32, fill: &str) -> String {
        let y = mid_y + self.size * 0.35;
        let (x, anchor) = match self.rtl {
            true => (
                WIDTH as f32 - MARGIN,
                r#" text-anchor="end" direction="rtl""#,
            ),
            false => (self.x, ""),
        };
        format!(
            r#"<text x="{x}" y="{y}" font-size="{size}" fill="{fill}"{anchor}>{text}</text>"#,
            size = self.size,
            text = escape(&crate::text::one_line(self.text)),
        )
    }
}

/// Hebrew and Arabic letters (the right-to-left scripts the embedded fonts carry).
fn is_rtl(c: char) -> bool {
    matches!(c, '\u{0590}'..='\u{08ff}' | '\u{fb1d}'..='\u{fdff}' | '\u{fe70}'..='\u{feff}')
}

/// The logo's drawn width and scale: at most `LOGO_HEIGHT` high and `LOGO_WIDTH` wide.
fn logo_box(logo: &Logo) -> (f32, f32) {
    let (w, h) = (logo.width as f32, logo.height as f32);
    let scale = (LOGO_HEIGHT / h).min(LOGO_WIDTH / w);
    (w * scale, scale)
}

/// Draws the logo at the top left; a logo that cannot be drawn is left out (it was checked to
/// be an SVG or PNG with a size, which is all a page needs of it).
fn draw_logo(pixmap: &mut Pixmap, logo: &Logo, width: f32, options: &usvg::Options) {
    let (_, scale) = logo_box(logo);
    let y = MARGIN + (LOGO_HEIGHT - logo.height as f32 * scale) / 2.0;
    let at = Transform::from_row(scale, 0.0, 0.0, scale, MARGIN, y);
    if logo.file.mime == "image/svg+xml" {
        if let Ok(tree) = usvg::Tree::from_data(&logo.file.bytes, options) {
            let fit = (width / tree.size().width()) / scale;
            resvg::render(&tree, at.pre_scale(fit, fit), &mut pixmap.as_mut());
        }
    } else if let Ok(image) = Pixmap::decode_png(&logo.file.bytes) {
        let paint = PixmapPaint {
            quality: tiny_skia::FilterQuality::Bicubic,
            ..PixmapPaint::default()
        };
        pixmap.draw_pixmap(0, 0, image.as_ref(), &paint, at, None);
    }
}

/// How the pictures are read: the embedded fonts (and the site's) and no file from disk (a
/// logo's `<image href="…">` is not followed).
fn options(fonts: &Fonts) -> usvg::Options<'static> {
    usvg::Options {
        fontdb: fonts.database(),
        image_href_resolver: usvg::ImageHrefResolver {
            resolve_data: usvg::ImageHrefResolver::default_data_resolver(),
            resolve_string: Box::new(|_, _| None),
        },
        ..usvg::Options::default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The tones are the page's: the light scheme's indicator colours in `style.css`.
    #[test]
    fn tones_are_the_pages_indicator_colours() {
        let css = include_str!("../../themes/default/static/style.css");
        for (var, level) in [
            ("--ok", "none"),
            ("--minor", "minor"),
            ("--major", "major"),
            ("--critical", "critical"),
            ("--maint", "maintenance"),
        ] {
            assert!(css.contains(&format!("{var}: {};", tone(level))), "{var}");
        }
    }
}
