//! The company's own look, checked: a logo with its size and text, an accent colour per
//! colour scheme, a favicon, a font for the pictures. Files carry their bytes and the name they are published under.

use serde::Serialize;

/// `brand:` in `candor.yaml`; every part is optional.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Brand {
    pub logo: Option<Logo>,
    pub accent: Option<Accent>,
    pub favicon: Option<Asset>,
    /// Not published: the link-preview pictures are drawn with it and badges measured.
    #[serde(skip)]
    pub font: Option<SiteFont>,
}

/// A TrueType or OpenType font from the site folder (`brand.font`), checked to be one.
#[derive(Clone)]
pub struct SiteFont {
    /// The family name it declares, for messages.
    pub family: String,
    pub bytes: bytes::Bytes,
}

/// A file copied into the site.
#[derive(Clone, Serialize)]
pub struct Asset {
    /// Where it is written, from the site's root: `logo.1a2b3c4d.svg`.
    pub path: String,
    /// Its media type, for `<link rel="icon" type=…>`.
    pub mime: &'static str,
    #[serde(skip)]
    pub bytes: Vec<u8>,
}

/// The logo in the header of every page.
#[derive(Debug, Clone, Serialize)]
pub struct Logo {
    pub file: Asset,
    /// Empty when the logo is decorative (the site title is always beside it).
    pub alt: String,
    /// Its intrinsic size, for `width` and `height`, so the header never shifts as it loads.
    pub width: u32,
    pub height: u32,
}

/// The accent colour for each scheme, as `#rrggbb`: each passes WCAG AA for text on that
/// scheme's backgrounds.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Accent {
    pub light: String,
    pub dark: String,
}

impl std::fmt::Debug for SiteFont {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SiteFont")
            .field("family", &self.family)
            .field("len", &self.bytes.len())
            .field("hash", &crate::hash::of(&self.bytes[..]))
            .finish()
    }
}

/// Its bytes by their length and hash: `watch` compares configs by their `Debug` text, and a
/// logo's bytes spelt out would be megabytes of it.
impl std::fmt::Debug for Asset {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Asset")
            .field("path", &self.path)
            .field("mime", &self.mime)
            .field("len", &self.bytes.len())
            .field("hash", &crate::hash::of(&self.bytes))
            .finish()
    }
}
