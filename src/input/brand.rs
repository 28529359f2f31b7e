//! The brand's files (`brand.logo`, `brand.favicon`, `brand.font`): read like every other input, only from
//! inside the site folder and within a size limit, before the config is checked, so the
//! rules in `check::brand` judge bytes and never touch the disk.

use crate::input::SitePaths;
use crate::input::confined::{ReadError, SiteFolder};
use crate::input::limits::{MAX_BRAND_FILE_BYTES, MAX_BRAND_FONT_BYTES};
use crate::input::raw::RawConfig;

/// One brand file as read: its bytes, or why it could not be read (said in plain words, for
/// a diagnostic at the field that names it).
pub(crate) type BrandFile = Result<Vec<u8>, String>;

/// The files `brand:` names, each read once.
#[derive(Debug, Default)]
pub(crate) struct BrandFiles {
    pub(crate) logo: Option<BrandFile>,
    pub(crate) favicon: Option<BrandFile>,
    pub(crate) font: Option<BrandFile>,
}

impl BrandFiles {
    /// Reads the logo, favicon and font the config names (none when it names none).
    pub(crate) fn read(paths: &SitePaths, raw: &RawConfig) -> BrandFiles {
        let Some(brand) = &raw.brand else {
            return BrandFiles::default();
        };
        let site = SiteFolder::new(&paths.root);
        let read = |name: &Option<String>, limit| {
            name.as_deref().map(|n| read_one(&site, paths, n, limit))
        };
        BrandFiles {
            logo: read(&brand.logo, MAX_BRAND_FILE_BYTES),
            favicon: read(&brand.favicon, MAX_BRAND_FILE_BYTES),
            font: read(&brand.font, MAX_BRAND_FONT_BYTES),
        }
    }
}

fn read_one(site: &SiteFolder, paths: &SitePaths, name: &str, limit: u64) -> BrandFile {
    if name.trim().is_empty() {
        return Err("the path is empty".into());
    }
    let path = paths.root.join(name.trim());
    let shown = paths.display(&path);
    if !path.is_file() && !path.is_symlink() {
        return Err(format!("there is no file `{shown}` in the site folder"));
    }
    site.read(&path, &shown, limit).map_err(|e| match e {
        ReadError::Refused(d) => d.message,
        ReadError::TooLarge { .. } => match limit {
            MAX_BRAND_FILE_BYTES => format!(
                "`{shown}` is over the {} KiB limit for a logo or favicon",
                limit >> 10
            ),
            _ => format!("`{shown}` is over the {} MiB limit for a font", limit >> 20),
        },
    })
}
