//! `build --precompress`: a `.gz` and a `.br` beside each text file, so nginx
//! (`gzip_static`, `brotli_static`) and CDNs serve compressed bytes without compressing on
//! every request. Same input, same bytes: the gzip header carries no time and no file name,
//! and both encoders run with fixed settings. Runs on each file as it is written
//! (`output::Staging`), so compressed copies are never held in memory.

use std::io::Write;

use flate2::{Compression, GzBuilder};

/// Extensions of the files worth compressing: everything candor writes as text.
const TEXT_EXTENSIONS: &[&str] = &[
    "html", "css", "js", "svg", "xml", "atom", "rss", "json", "ics", "txt",
];

/// How hard to compress one file: gzip level (0–9), Brotli quality (0–11) and Brotli window
/// (log2 of bytes).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Effort {
    gzip: u32,
    quality: u32,
    window: u32,
}

/// The files at the site's root (the index, feeds, stylesheet, badge, calendar): a handful
/// whatever the length of the history, fetched by every visitor and polled by every feed
/// reader. Brotli quality 11 makes them about 14% smaller than quality 5 (the index, feeds
/// and summary of a 10,000-incident site: 37.6 KB against 43.8 KB), at about 1 s of one core.
const HOT: Effort = Effort {
    gzip: 9,
    quality: 11,
    window: 22,
};
/// Everything in a folder: one page per incident, per year, per component. Thousands of
/// files, each read rarely. At Brotli quality 11 (about 0.5 MB/s) a 10,000-incident site
/// would take minutes; quality 5 (about 30 MB/s) and gzip level 6 (within 0.1% of level 9
/// on these pages, 1.8 times faster) take seconds. A 1 MB window holds any of these files
/// whole and allocates a quarter of the default 4 MB per file.
const BULK: Effort = Effort {
    gzip: 6,
    quality: 5,
    window: 20,
};

fn effort(path: &str) -> Effort {
    if path.contains('/') { BULK } else { HOT }
}

/// The encoder's internal buffer size (it does not change the output).
const BROTLI_BUFFER: usize = 16 * 1024;

/// Whether a file at `path` is text candor compresses.
pub(crate) fn is_text(path: &str) -> bool {
    let name = path.rsplit('/').next().unwrap_or(path);
    name.rsplit_once('.')
        .is_some_and(|(_, ext)| TEXT_EXTENSIONS.contains(&ext))
}

/// The file at `path` as a gzip stream with a fixed header (mtime 0, no name, OS "unknown"),
/// at the level for where it lives.
pub(crate) fn gzip(path: &str, bytes: &[u8]) -> Vec<u8> {
    let mut enc = GzBuilder::new().mtime(0).operating_system(255).write(
        Vec::with_capacity(bytes.len() / 3),
        Compression::new(effort(path).gzip),
    );
    enc.write_all(bytes).expect("writing to memory cannot fail");
    enc.finish().expect("writing to memory cannot fail")
}

/// The file at `path` as a Brotli stream, with the fixed settings for where it lives.
pub(crate) fn brotli(path: &str, bytes: &[u8]) -> Vec<u8> {
    let Effort {
        quality, window, ..
    } = effort(path);
    let mut enc = brotli::CompressorWriter::new(
        Vec::with_capacity(bytes.len() / 3),
        BROTLI_BUFFER,
        quality,
        window,
    );
    enc.write_all(bytes).expect("writing to memory cannot fail");
    enc.into_inner()
}

/// The `.gz` and `.br` to write beside one file: none for a file that is not text, and each
/// only when it is smaller than the file itself.
pub(crate) fn variants(path: &str, bytes: &[u8]) -> Vec<(String, Vec<u8>)> {
    if !is_text(path) {
        return Vec::new();
    }
    let smaller = |packed: Vec<u8>| (packed.len() < bytes.len()).then_some(packed);
    let gz = smaller(gzip(path, bytes)).map(|b| (format!("{path}.gz"), b));
    let br = smaller(brotli(path, bytes)).map(|b| (format!("{path}.br"), b));
    gz.into_iter().chain(br).collect()
}

#[cfg(test)]
mod tests {
    use std::io::Read;

    use super::*;
    use crate::render::Output;

    fn page() -> Vec<u8> {
        let row = "<li><a href=\"incidents/x/\">Card payments failing at checkout</a></li>\n";
        format!(
            "<!doctype html><html><body><ul>{}</ul></body></html>",
            row.repeat(200)
        )
        .into()
    }

    fn precompress(output: &mut Output) {
        let packed: Vec<(String, Vec<u8>)> = output
            .files
            .iter()
            .flat_map(|(p, b)| variants(p, b))
            .collect();
        for (p, b) in packed {
            output.insert(p, b);
        }
    }

    fn site() -> Output {
        let mut out = Output::default();
        out.insert("index.html", page());
        out.insert("feed.atom", page());
        out.insert("incidents/x/index.html", page());
        out.insert("style.css", "body{margin:0}".repeat(100));
        out.insert("favicon.png", vec![0u8; 4096]);
        // Too small for either encoder to win.
        out.insert("tiny.txt", "a");
        out
    }

    #[test]
    fn same_input_same_bytes() {
        let (mut a, mut b) = (site(), site());
        precompress(&mut a);
        precompress(&mut b);
        assert_eq!(a, b);
        // Not even the time of day leaks in: the gzip header's mtime field is zero.
        let gz = a.get("index.html.gz").unwrap();
        assert_eq!(&gz[..10], &[0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 2, 255]);
    }

    #[test]
    fn round_trips() {
        let mut out = site();
        precompress(&mut out);
        for name in [
            "index.html",
            "feed.atom",
            "style.css",
            "incidents/x/index.html",
        ] {
            let original = out.get(name).unwrap();
            let mut text = Vec::new();
            flate2::read::GzDecoder::new(out.get(&format!("{name}.gz")).unwrap())
                .read_to_end(&mut text)
                .unwrap();
            assert_eq!(text, original, "{name}.gz");
            let mut text = Vec::new();
            brotli::Decompressor::new(out.get(&format!("{name}.br")).unwrap(), 4096)
                .read_to_end(&mut text)
                .unwrap();
            assert_eq!(text, original, "{name}.br");
        }
    }

    #[test]
    fn only_text_and_only_when_smaller() {
        let mut out = site();
        precompress(&mut out);
        assert!(
            out.get("favicon.png.gz").is_none(),
            "binary files are left alone"
        );
        assert!(
            out.get("tiny.txt.gz").is_none(),
            "a gzip of one byte is bigger"
        );
        assert!(
            out.get("tiny.txt.br").is_none(),
            "a brotli of one byte is not smaller"
        );
        for (path, bytes) in &out.files {
            if let Some(orig) = path.strip_suffix(".gz").or(path.strip_suffix(".br")) {
                assert!(bytes.len() < out.get(orig).unwrap().len(), "{path}");
            }
        }
        // Running it again adds nothing: `.gz` and `.br` are not text.
        let before = out.len();
        precompress(&mut out);
        assert_eq!(out.len(), before);
    }

    #[test]
    fn root_files_get_the_most_effort() {
        assert_eq!(effort("index.html"), HOT);
        assert_eq!(effort("feed.atom"), HOT);
        assert_eq!(effort("incidents/x/index.html"), BULK);
        assert_eq!(effort("api/v2/summary.json"), BULK);
        let root = brotli("index.html", &page());
        let deep = brotli("incidents/x/index.html", &page());
        assert!(root.len() <= deep.len());
    }

    #[test]
    fn text_extensions() {
        for p in [
            "index.html",
            "a/b/feed.atom",
            "feed.rss",
            "api/v2/summary.json",
            "x.ics",
        ] {
            assert!(is_text(p), "{p}");
        }
        for p in [
            "index.html.gz",
            "style.css.br",
            "logo.png",
            "README",
            "dir.html/x",
        ] {
            assert!(!is_text(p), "{p}");
        }
    }
}
