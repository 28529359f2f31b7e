//! Link previews and the fonts behind them, through the binary: OpenGraph and Twitter card
//! tags on every page kind, the `og:image` pictures (1200×630 PNG, the same bytes on every
//! build, text drawn in every shipped script), badges measured with real font metrics, and
//! the `missing-glyph` warning (its exact text is pinned in `error_messages`).

use std::collections::BTreeMap;

use crate::common::{TestSite, snapshot_dir};

/// The `<meta property|name="…" content="…">` tags of a page, by property.
fn metas(html: &str) -> BTreeMap<String, String> {
    let head = &html[..html.find("</head>").expect("a head")];
    head.split("<meta ")
        .skip(1)
        .filter_map(|tag| {
            let attr = |name: &str| {
                let from = tag.find(&format!("{name}=\""))? + name.len() + 2;
                Some(tag[from..from + tag[from..].find('"')?].to_string())
            };
            Some((attr("property").or_else(|| attr("name"))?, attr("content")?))
        })
        .collect()
}

/// The width and height of a PNG, and its pixels as RGBA.
fn decode(bytes: &[u8]) -> (u32, u32, Vec<u8>) {
    let mut reader = png::Decoder::new(std::io::Cursor::new(bytes))
        .read_info()
        .unwrap();
    let mut pixels = vec![0; reader.output_buffer_size().unwrap()];
    let info = reader.next_frame(&mut pixels).unwrap();
    assert_eq!(info.color_type, png::ColorType::Rgba);
    (info.width, info.height, pixels)
}

/// How many pixels in the rectangle differ from the background there (white above the band).
fn inked(pixels: &[u8], (x0, y0, x1, y1): (u32, u32, u32, u32), background: [u8; 3]) -> usize {
    (y0..y1)
        .flat_map(|y| (x0..x1).map(move |x| ((y * 1200 + x) * 4) as usize))
        .filter(|&i| pixels[i..i + 3] != background)
        .count()
}

#[test]
fn every_page_kind_carries_link_preview_tags() {
    let site = TestSite::built();
    let files = snapshot_dir(&site.path("public"));
    let base = "https://status.fixture.example/";
    let pages: Vec<&String> = files
        .keys()
        .filter(|p| p.ends_with(".html") && p.as_str() != "embed.html")
        .collect();
    for kind in [
        "index.html",
        "incidents/",
        "apology/",
        "components/",
        "history/",
        "subscribe/",
    ] {
        assert!(pages.iter().any(|p| p.contains(kind)), "no {kind} page");
    }
    for page in pages {
        let m = metas(std::str::from_utf8(&files[page]).unwrap());
        for tag in [
            "og:type",
            "og:site_name",
            "og:title",
            "og:description",
            "og:url",
            "og:locale",
            "og:image",
            "og:image:width",
            "og:image:height",
            "og:image:alt",
            "twitter:card",
        ] {
            assert!(
                m.get(tag).is_some_and(|v| !v.is_empty()),
                "{page}: no {tag}: {m:?}"
            );
        }
        assert_eq!(m["og:site_name"], "Fixture Status", "{page}");
        assert_eq!(m["twitter:card"], "summary_large_image", "{page}");
        assert_eq!(
            (&*m["og:image:width"], &*m["og:image:height"]),
            ("1200", "630")
        );
        assert_eq!(m["og:locale"], "en_GB", "{page}");
        let image = m["og:image"]
            .strip_prefix(base)
            .unwrap_or_else(|| panic!("{page}"));
        let (w, h, _) = decode(
            files
                .get(image)
                .unwrap_or_else(|| panic!("{page}: {image}")),
        );
        assert_eq!((w, h), (1200, 630), "{image}");
        assert!(m["og:image:alt"].starts_with("Fixture Status: "), "{page}");
        if page != "404.html" {
            let url = m["og:url"].strip_prefix(base).unwrap();
            assert!(page.starts_with(url), "{page}: og:url {url}");
        }
    }
    // Each page says its own status: the index its banner, an incident its title and state.
    let index = metas(&site.read("public/index.html"));
    let banner = site.read("public/index.html");
    let h1 = banner
        .split("<h1 id=\"overall\">")
        .nth(1)
        .unwrap()
        .split('<')
        .next()
        .unwrap();
    assert_eq!(index["og:title"], h1);
    assert_eq!(index["og:image:alt"], format!("Fixture Status: {h1}"));
    let incident = metas(&site.read("public/incidents/payments-down/index.html"));
    // An open major incident: its status, in the major tone.
    assert_eq!(incident["og:title"], "Card payments failing: Identified");
    assert_eq!(
        incident["og:image"],
        format!("{base}og/major-identified.png")
    );
    let search = metas(&site.read("public/components/search/index.html"));
    assert_eq!(search["og:title"], "Search: Operational");
    assert_eq!(
        search["og:image"],
        format!("{base}og/operational-operational.png")
    );
}

#[test]
fn preview_pictures_have_the_same_bytes_on_every_build() {
    let site = TestSite::new("site");
    site.build("one").success();
    site.build("two").success();
    let pictures = |out: &str| -> BTreeMap<String, Vec<u8>> {
        snapshot_dir(&site.path(out))
            .into_iter()
            .filter(|(p, _)| p.starts_with("og/"))
            .collect()
    };
    let one = pictures("one");
    assert!(one.len() >= 3, "{:?}", one.keys());
    assert!(
        one == pictures("two"),
        "a picture changed between two builds"
    );
}

/// The site title and banner are drawn in every script the embedded fonts carry, with no
/// `missing-glyph` warning: ink in the title's area above the band and in the band.
#[test]
fn chinese_japanese_arabic_and_hebrew_titles_are_drawn() {
    for title in ["决济状态", "決済ステータス", "حالة الخدمة", "מצב השירות"]
    {
        let site = TestSite::new("site");
        let config = site.read("candor.yaml").replace("Fixture Status", title);
        site.write("candor.yaml", &config);
        let out = site.build("public").success().get_output().clone();
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(!stderr.contains("missing-glyph"), "{title}: {stderr}");
        let index = metas(&site.read("public/index.html"));
        let image = index["og:image"].rsplit('/').next().unwrap().to_string();
        let bytes = std::fs::read(site.path(&format!("public/og/{image}"))).unwrap();
        let (_, _, pixels) = decode(&bytes);
        let title_ink = inked(&pixels, (80, 90, 1120, 150), [255, 255, 255]);
        assert!(title_ink > 500, "{title}: {title_ink} pixels of ink");
    }
}

/// Badge widths as measured from Noto Sans at 11 px (sums of advance widths, worked out with
/// fontTools from the embedded files); a per-character guess gives other numbers (`Checkout`
/// was 52, the Arabic 71). CJK characters are one em each.
#[test]
fn badges_are_measured_with_the_fonts_metrics_in_every_script() {
    let site = TestSite::new("site");
    let config = site
        .read("candor.yaml")
        .replace("name: Search,", "name: 決済サービス,")
        .replace("name: Public API,", "name: بوابة الدفع,")
        .replace(
            "name: Checkout,",
            "name: Identity and Access Management Console,",
        );
    site.write("candor.yaml", &config);
    site.build("public").success();
    for (id, text_width) in [("search", 66), ("api", 69), ("checkout", 217)] {
        let svg = site.read(&format!("public/components/{id}/badge.svg"));
        let doc = roxmltree::Document::parse(&svg).unwrap();
        let rects: Vec<u32> = doc
            .descendants()
            .filter(|n| n.has_tag_name("rect") && n.attribute("fill").is_some())
            .map(|n| n.attribute("width").unwrap().parse().unwrap())
            .collect();
        let texts: Vec<u32> = doc
            .descendants()
            .filter(|n| n.has_tag_name("text"))
            .map(|n| n.attribute("textLength").unwrap().parse().unwrap())
            .collect();
        // The label's box is its measured text and 6 px on each side; so is the message's.
        assert_eq!(texts[0], text_width, "{id}: {svg}");
        assert_eq!(rects[0], texts[0] + 12, "{id}: {svg}");
        assert_eq!(rects[1], texts[1] + 12, "{id}: {svg}");
        let total: u32 = doc
            .root_element()
            .attribute("width")
            .unwrap()
            .parse()
            .unwrap();
        assert_eq!(total, rects[0] + rects[1]);
        for t in doc.descendants().filter(|n| n.has_tag_name("text")) {
            assert_eq!(
                t.attribute("lengthAdjust"),
                Some("spacingAndGlyphs"),
                "{id}"
            );
        }
    }
    // "operational" in Noto Sans at 11 px: 59.6, so 60.
    let svg = site.read("public/components/search/badge.svg");
    assert!(svg.contains(r#"textLength="60""#), "{svg}");
}

/// A character no built-in font has is warned about, and a site's own font (`brand.font`)
/// that has it both silences the warning and draws it.
#[test]
fn a_sites_own_font_draws_what_the_built_in_ones_lack() {
    let site = TestSite::new("site");
    let config = site
        .read("candor.yaml")
        .replace("Fixture Status", "Fixture ✈ Status");
    site.write("candor.yaml", &config);
    let out = site.build("one").success().get_output().clone();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("warning[missing-glyph]"), "{stderr}");
    assert!(stderr.contains("`✈` (U+2708)"), "{stderr}");

    let font = crate::common::fixture("fonts/DejaVuSans-plane.ttf");
    std::fs::create_dir_all(site.path("assets")).unwrap();
    std::fs::copy(font, site.path("assets/plane.ttf")).unwrap();
    site.write(
        "candor.yaml",
        &format!("{config}brand:\n  font: assets/plane.ttf\n"),
    );
    let out = site.build("two").success().get_output().clone();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(!stderr.contains("missing-glyph"), "{stderr}");
    // The font is used, not published; the picture of the same status differs (drawn with it).
    let two = snapshot_dir(&site.path("two"));
    assert!(!two.keys().any(|p| p.ends_with(".ttf")), "{:?}", two.keys());
    let picture = "og/major-partial-system-outage.png";
    let one = std::fs::read(site.path(&format!("one/{picture}"))).unwrap();
    assert_ne!(one, two[picture]);
}
