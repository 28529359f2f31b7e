//! The default theme is compiled into the binary; a `themes/<name>/` folder overrides it file
//! by file (as mdBook does), so a site can change one template and keep the rest.

use crate::diagnostic::Diagnostic;
use crate::input::SiteFolder;
use crate::input::SitePaths;
use crate::input::confined::ReadError;
use crate::input::limits::{MAX_THEME_BYTES, MAX_THEME_FILE_BYTES};
use crate::input::walk::walk;

macro_rules! builtin {
    ($($path:literal),+ $(,)?) => {
        &[$(($path, include_bytes!(concat!(env!("CARGO_MANIFEST_DIR"), "/themes/default/", $path)))),+]
    };
}

/// Every file of the default theme, by its path inside the theme folder.
const DEFAULT: &[(&str, &[u8])] = builtin![
    "templates/base.html",
    "templates/blocks.html",
    "templates/index.html",
    "templates/incident.html",
    "templates/apology.html",
    "templates/history.html",
    "templates/404.html",
    "templates/embed.html",
    "templates/component.html",
    "templates/subscribe.html",
    "static/style.css",
    "static/favicon.svg",
];

/// How a built-in theme file is named in messages, before its name: it has no path.
pub(crate) const BUILT_IN: &str = "(built-in theme) ";

/// One theme file: where it came from (for messages) and its bytes.
#[derive(Debug, Clone)]
pub(crate) struct ThemeFile {
    /// Path inside the theme: `templates/index.html`, `static/style.css`.
    pub(crate) name: String,
    /// Shown in messages: `themes/acme/templates/index.html` or `(built-in) templates/…`.
    pub(crate) origin: String,
    pub(crate) bytes: Vec<u8>,
}

#[derive(Debug, Clone)]
pub struct Theme {
    pub(crate) files: Vec<ThemeFile>,
}

impl Theme {
    pub fn builtin() -> Theme {
        Theme {
            files: DEFAULT
                .iter()
                .map(|(name, bytes)| ThemeFile {
                    name: (*name).to_string(),
                    origin: format!("{BUILT_IN}{name}"),
                    bytes: bytes.to_vec(),
                })
                .collect(),
        }
    }

    /// The built-in theme with `themes/<name>/` laid over it. A named theme other than
    /// `default` must exist; `default` may be overridden by a `themes/default/` folder. Theme
    /// files are inputs like any other: read only from inside the site folder, only regular
    /// files, within `MAX_THEME_FILE_BYTES` each and `MAX_THEME_BYTES` in all.
    pub(crate) fn load(paths: &SitePaths, name: &str) -> Result<Theme, Diagnostic> {
        let mut theme = Theme::builtin();
        let dir = paths.themes().join(name);
        if !dir.is_dir() {
            if name == "default" {
                return Ok(theme);
            }
            return Err(Diagnostic::error(format!(
                "theme `{name}` not found: there is no folder `{}`",
                paths.display(&dir)
            ))
            .with_help(
                "create the folder with the templates to override, or set `theme: default`",
            ));
        }
        let site = SiteFolder::new(&paths.root);
        let walked = walk(&site, &dir, &|_| true);
        if let Some(d) = walked.diagnostics.into_iter().next() {
            return Err(d);
        }
        let mut total = 0u64;
        for path in walked.files {
            let rel = path
                .strip_prefix(&dir)
                .unwrap_or(&path)
                .to_string_lossy()
                .replace('\\', "/");
            let origin = paths.display(&path);
            let bytes = site
                .read(&path, &origin, MAX_THEME_FILE_BYTES)
                .map_err(|e| match e {
                    ReadError::Refused(d) => d,
                    ReadError::TooLarge { .. } => Diagnostic::error(format!(
                        "theme file `{origin}` is over the {} MiB limit for a theme file",
                        MAX_THEME_FILE_BYTES >> 20
                    ))
                    .with_file(&origin)
                    .with_help("make the file smaller, or serve it from elsewhere and link to it"),
                })?;
            total += bytes.len() as u64;
            if total > MAX_THEME_BYTES {
                return Err(Diagnostic::error(format!(
                    "theme `{name}` is over the {} MiB limit for a whole theme",
                    MAX_THEME_BYTES >> 20
                ))
                .with_file(paths.display(&dir))
                .with_help("keep large images and fonts out of the theme and link to them"));
            }
            let file = ThemeFile {
                name: rel.clone(),
                origin,
                bytes,
            };
            match theme.files.iter_mut().find(|f| f.name == rel) {
                Some(existing) => *existing = file,
                None => theme.files.push(file),
            }
        }
        Ok(theme)
    }

    /// The theme's own words, `i18n/<language>.ftl` (the built-in theme has none: candor's
    /// are compiled in with the locale).
    pub(crate) fn words(&self) -> Vec<ThemeFile> {
        self.files
            .iter()
            .filter(|f| f.name.starts_with("i18n/") && f.name.ends_with(".ftl"))
            .cloned()
            .collect()
    }

    /// The theme's words for the config `raw` names, when its folder reads; a theme that does
    /// not load is reported where it is compiled.
    pub(crate) fn words_of(paths: &SitePaths, theme: Option<&str>) -> Vec<ThemeFile> {
        Theme::load(paths, theme.unwrap_or("default"))
            .map(|t| t.words())
            .unwrap_or_default()
    }

    pub(crate) fn templates(&self) -> impl Iterator<Item = &ThemeFile> {
        self.files
            .iter()
            .filter(|f| f.name.starts_with("templates/"))
    }

    /// Files copied to the output as they are.
    pub(crate) fn statics(&self) -> impl Iterator<Item = &ThemeFile> {
        self.files.iter().filter(|f| f.name.starts_with("static/"))
    }

    /// The static files with the path each is written to: the stylesheet under a name that
    /// changes with its content (see `stylesheet`), everything else under its own name.
    pub(crate) fn assets(&self) -> impl Iterator<Item = (String, &[u8])> {
        self.statics().map(|f| {
            let path = if f.name == STYLESHEET {
                hashed_name(&f.bytes)
            } else {
                f.name.trim_start_matches("static/").to_string()
            };
            (path, f.bytes.as_slice())
        })
    }

    /// Where the stylesheet is written: `style.<8 hex digits of its SHA-256>.css`. A new
    /// stylesheet gets a new address, so servers may let browsers keep it for a year while
    /// the pages that link it stay fresh (docs/deploy.md).
    pub(crate) fn stylesheet(&self) -> String {
        self.statics()
            .find(|f| f.name == STYLESHEET)
            .map_or_else(|| "style.css".into(), |f| hashed_name(&f.bytes))
    }

    /// A hash of every file's name and bytes: the same theme gives the same number within one
    /// process (what `watch` compares to know the theme changed).
    pub(crate) fn fingerprint(&self) -> u64 {
        crate::hash::of_each(self.files.iter().map(|f| (&f.name, &f.bytes)))
    }
}

/// The theme file whose output name carries a hash of its content.
const STYLESHEET: &str = "static/style.css";

fn hashed_name(css: &[u8]) -> String {
    content_name("style", "css", css)
}

/// `<stem>.<8 hex digits of the SHA-256 of bytes>.<ext>`: the name of a published file that
/// changes with its content (the stylesheet, a brand's logo), so it may be cached for a year.
pub(crate) fn content_name(stem: &str, ext: &str, bytes: &[u8]) -> String {
    use sha2::{Digest, Sha256};
    let digest = Sha256::digest(bytes);
    let hex: String = digest[..4].iter().map(|b| format!("{b:02x}")).collect();
    format!("{stem}.{hex}.{ext}")
}
