//! `brand:` through the binary: the logo copied under a content-hashed name and shown in the
//! header of every page with its size and alt text, the accent set for both colour schemes
//! in a style the page's policy allows, and the brand's favicon in place of the built-in one.

use std::fs;

use crate::common::{TestSite, fixture, snapshot_dir};

/// The pages built from the theme's `base.html` (the embed is a fragment for other sites).
fn pages(files: &std::collections::BTreeMap<String, Vec<u8>>) -> Vec<(String, String)> {
    files
        .iter()
        .filter(|(p, _)| p.ends_with(".html") && p.as_str() != "embed.html")
        .map(|(p, b)| (p.clone(), String::from_utf8(b.clone()).unwrap()))
        .collect()
}

/// `../../` for `incidents/x/index.html`: the way back to the root from a page; the 404
/// page, served at any depth, links by the site's address.
fn root_of(path: &str) -> String {
    match path {
        "404.html" => "https://status.fixture.example/".into(),
        _ => "../".repeat(path.matches('/').count()),
    }
}

#[test]
fn a_brand_puts_its_logo_accent_and_favicon_on_every_page() {
    let site = TestSite::new("brand");
    site.build("public").success();
    let files = snapshot_dir(&site.path("public"));

    let logos: Vec<&String> = files.keys().filter(|p| p.starts_with("logo.")).collect();
    assert_eq!(logos.len(), 1, "{logos:?}");
    let logo = logos[0];
    let hash = logo.trim_start_matches("logo.").trim_end_matches(".png");
    assert!(
        hash.len() == 8 && hash.bytes().all(|b| b.is_ascii_hexdigit()),
        "{logo}"
    );
    assert_eq!(
        files[logo],
        fs::read(fixture("brand/assets/logo.png")).unwrap()
    );
    // The brand's favicon replaces the built-in one.
    assert_eq!(
        files["favicon.svg"],
        fs::read(fixture("brand/assets/icon.svg")).unwrap()
    );

    let style = "<style>:root{--accent:#0b6e4f}@media (prefers-color-scheme: dark){:root{--accent:#3b9170}}</style>";
    let style_hash = {
        use base64::Engine as _;
        use sha2::Digest as _;
        let body = &style["<style>".len()..style.len() - "</style>".len()];
        base64::engine::general_purpose::STANDARD.encode(sha2::Sha256::digest(body.as_bytes()))
    };
    let pages = pages(&files);
    assert!(pages.len() > 5, "{}", pages.len());
    for (path, html) in &pages {
        let root = root_of(path);
        let img = format!(
            r#"<a class="brand" href="{root}index.html"><img src="{root}{logo}" alt="Fixture" width="96" height="32">Fixture Status</a>"#
        );
        assert!(html.contains(&img), "{path}: no logo in the header");
        assert!(html.contains(style), "{path}: no accent");
        assert!(
            html.contains(&format!("'sha256-{style_hash}'")),
            "{path}: the policy does not allow the accent's style"
        );
        assert!(html.contains(r#"<body class="branded">"#), "{path}");
        let icon = format!(r#"<link rel="icon" href="{root}favicon.svg" type="image/svg+xml">"#);
        assert_eq!(html.matches(r#"rel="icon""#).count(), 1, "{path}");
        assert!(html.contains(&icon), "{path}: {icon}");
    }

    // The stylesheet's links follow `--accent` in both schemes: the dark scheme sets the
    // accent, not the link colour, so a page's accent reaches links there too.
    let css_name = files.keys().find(|p| p.starts_with("style.")).unwrap();
    let css = String::from_utf8(files[css_name].clone()).unwrap();
    let (light, dark) = css.split_once("prefers-color-scheme: dark").unwrap();
    assert!(light.contains("--link: var(--accent);") && css.contains("a { color: var(--link);"));
    let dark_root = &dark[..dark.find("}\n}").unwrap()];
    assert!(
        dark_root.contains("--accent:") && !dark_root.contains("--link:"),
        "{dark_root}"
    );
}

#[test]
fn a_png_favicon_is_linked_with_its_type_and_the_builtin_one_stays() {
    let site = TestSite::new("brand");
    fs::copy(site.path("assets/logo.png"), site.path("assets/icon.png")).unwrap();
    let config = site
        .read("candor.yaml")
        .replace("assets/icon.svg", "assets/icon.png");
    site.write("candor.yaml", &config);
    site.build("public").success();
    let index = site.read("public/index.html");
    assert!(
        index.contains(r#"<link rel="icon" href="favicon.png" type="image/png">"#),
        "{index}"
    );
    assert_eq!(
        fs::read(site.path("public/favicon.png")).unwrap(),
        fs::read(site.path("assets/icon.png")).unwrap()
    );
}

#[test]
fn a_site_without_a_brand_is_as_before() {
    let site = TestSite::built();
    let index = site.read("public/index.html");
    assert!(!index.contains("--accent") && !index.contains("<img src=\"logo."));
    assert!(index.contains(r#"<link rel="icon" href="favicon.svg" type="image/svg+xml">"#));
    assert!(index.contains(r#"<a class="brand" href="index.html">Fixture Status</a>"#));
    assert!(index.contains("<body>"));
}

#[test]
fn a_decorative_logo_has_an_empty_alt() {
    let site = TestSite::new("brand");
    let config = site
        .read("candor.yaml")
        .replace("alt: Fixture", "alt: \"\"");
    site.write("candor.yaml", &config);
    site.build("public").success();
    let index = site.read("public/index.html");
    assert!(
        index.contains(r#"alt="" width="96" height="32">Fixture Status</a>"#),
        "{index}"
    );
}
