//! The fonts candor measures and draws text with, outside any browser: badge widths and the
//! link-preview pictures. They are compiled into the binary (subsets of Noto, made by
//! `scripts/subset_fonts.py`), so a build gives the same bytes on every machine; a site may put
//! its own font (`brand.font:`) before them.

mod coverage;
mod embedded;
mod measure;

use std::sync::{Arc, OnceLock};

use bytes::Bytes;
use resvg::usvg::fontdb;
use skrifa::{FontRef, MetadataProvider, string::StringId};

/// The fonts of one site, in the order a character is looked for in them.
pub(crate) struct Fonts {
    faces: Vec<Face>,
    /// The database the pictures are drawn with, made on first use (a build without a picture
    /// to draw never parses a font).
    database: OnceLock<Arc<fontdb::Database>>,
}

/// One font file and the family name it declares.
struct Face {
    bytes: Bytes,
    family: String,
}

impl Fonts {
    /// The embedded fonts, after `site` (the bytes of `brand.font:`, already checked to be a
    /// font) when the site has one.
    pub(crate) fn new(site: Option<&Bytes>) -> Fonts {
        let embedded = embedded::FILES.iter().map(|b| Bytes::from_static(b));
        let faces = site
            .cloned()
            .into_iter()
            .chain(embedded)
            .filter_map(|bytes| {
                let family = family_of(&bytes)?;
                Some(Face { bytes, family })
            })
            .collect();
        Fonts {
            faces,
            database: OnceLock::new(),
        }
    }

    /// Each font, parsed (a cheap read of its table directory).
    fn parsed(&self) -> impl Iterator<Item = FontRef<'_>> {
        self.faces
            .iter()
            .filter_map(|f| FontRef::new(&f.bytes).ok())
    }

    /// The CSS `font-family` list naming every font, in order (quotes and commas, which a
    /// family name may not hold there, dropped).
    pub(crate) fn family_list(&self) -> String {
        let names: Vec<String> = self
            .faces
            .iter()
            .map(|f| format!("'{}'", f.family.replace(['\'', '"', ',', '<', '&'], "")))
            .collect();
        names.join(", ")
    }

    /// The font database the pictures are drawn with: these fonts and no other (no system
    /// font, so the bytes do not depend on the machine).
    pub(crate) fn database(&self) -> Arc<fontdb::Database> {
        self.database
            .get_or_init(|| {
                let mut db = fontdb::Database::new();
                for f in &self.faces {
                    db.load_font_source(fontdb::Source::Binary(Arc::new(f.bytes.clone())));
                }
                if let Some(first) = self.faces.first() {
                    db.set_sans_serif_family(first.family.clone());
                }
                Arc::new(db)
            })
            .clone()
    }
}

/// A font's family name, or `None` when the bytes are not a font with one.
pub(crate) fn family_of(bytes: &[u8]) -> Option<String> {
    let font = FontRef::new(bytes).ok()?;
    font.charmap().mappings().next()?;
    let name = font
        .localized_strings(StringId::FAMILY_NAME)
        .english_or_first()?;
    Some(name.chars().collect::<String>()).filter(|n| !n.trim().is_empty())
}
