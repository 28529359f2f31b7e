//! The Content-Security-Policy and Referrer-Policy every HTML page carries in its `<head>`:
//! shared by the pages, the embed (through `Templates::page`) and `serve` (which swaps the
//! tag for a header allowing its own script).

use memchr::memmem;

/// The start of the policy tag `secure` writes; `serve` replaces it with a header that also
/// allows its own injected script.
pub(crate) const CSP_META: &str = r#"<meta http-equiv="Content-Security-Policy" content=""#;

/// A rendered page with its Content-Security-Policy and Referrer-Policy as `<meta>` tags
/// first in `<head>`, so they hold wherever the site is hosted, headers or not (a page with
/// no `<head>` is left as it is). The policy comes from the page itself (see `policy`), so
/// a theme's own inline script keeps working and the build stays deterministic.
/// `frame-ancestors` is ignored in a `<meta>`: it is a header (deploy/nginx.conf, `serve`).
pub(crate) fn secure(html: &str) -> String {
    // Tags are found case-insensitively in one lower-case copy, made once per page (every
    // page of the site passes through here).
    let lower = html.to_ascii_lowercase();
    let Some(at) = head_end(&lower) else {
        return html.to_string();
    };
    let policy = policy_of(html, &lower);
    let mut out = String::with_capacity(html.len() + policy.len() + 160);
    out.push_str(&html[..at]);
    out.push('\n');
    out.push_str(CSP_META);
    out.push_str(&policy);
    out.push_str("\">\n<meta name=\"referrer\" content=\"strict-origin-when-cross-origin\">");
    out.push_str(&html[at..]);
    out
}

/// Just after the `<head>` start tag, or after the `<meta charset>` that follows it (which
/// must stay in the first 1024 bytes): before any script or style the policy governs.
/// `lower` is the page in lower case.
fn head_end(lower: &str) -> Option<usize> {
    let start = memmem::find_iter(lower.as_bytes(), b"<head").find(|&i| {
        matches!(
            lower.as_bytes().get(i + 5),
            Some(b'>' | b' ' | b'\t' | b'\n')
        )
    })?;
    let head = start + memchr::memchr(b'>', &lower.as_bytes()[start..])? + 1;
    let rest = &lower.as_bytes()[head..];
    Some(after_charset(rest).map_or(head, |end| head + end))
}

/// Just after the `<meta charset>` at the start of `head` (the bytes after the `<head>` tag),
/// when no script, style or stylesheet comes before it.
fn after_charset(head: &[u8]) -> Option<usize> {
    let charset = memmem::find(head, b"<meta charset")?;
    // A code tag cannot straddle the `<` the charset tag starts with, so what comes before
    // the charset tag is all that needs searching.
    let before = &head[..charset];
    let code_first = [&b"<script"[..], b"<style", b"<link"]
        .iter()
        .any(|t| memmem::find(before, t).is_some());
    if code_first {
        return None;
    }
    Some(charset + memchr::memchr(b'>', &head[charset..])? + 1)
}

/// A page's Content-Security-Policy: everything from the site's own origin, and of inline
/// code only the exact `<script>` and `<style>` blocks of this page, each allowed by its
/// SHA-256 (never 'unsafe-inline', so injected markup cannot run). Images may also come from
/// any https address (an incident body may show a graph hosted elsewhere). Inline event
/// handlers and `style` attributes are not allowed: a theme puts them in a block instead.
pub(crate) fn policy(html: &str) -> String {
    policy_of(html, &html.to_ascii_lowercase())
}

/// `policy`, with the page in lower case already made.
fn policy_of(html: &str, lower: &str) -> String {
    let hashes = |tag: &str| -> String {
        inline_blocks(html, lower, tag)
            .into_iter()
            .map(|body| format!(" 'sha256-{}'", digest(body)))
            .collect()
    };
    format!(
        "default-src 'self'; script-src 'self'{}; style-src 'self'{}; img-src 'self' data: https:; \
         object-src 'none'; base-uri 'self'; form-action 'self'",
        hashes("script"),
        hashes("style"),
    )
}

/// The SHA-256 of an inline block, in base64. Every page carries the same live script (and a
/// brand's style block), so each thread keeps the digests of the few blocks it saw last: a
/// site of thousands of pages hashes the script once per thread, not once per page (it was 7 %
/// of a build's instructions). Comparing the text costs a fraction of hashing it.
fn digest(body: &str) -> String {
    use std::cell::RefCell;
    thread_local! {
        static SEEN: RefCell<Vec<(Box<str>, String)>> = const { RefCell::new(Vec::new()) };
    }
    SEEN.with(|seen| {
        let mut seen = seen.borrow_mut();
        if let Some((_, d)) = seen.iter().find(|(b, _)| **b == *body) {
            return d.clone();
        }
        use base64::Engine as _;
        use sha2::Digest as _;
        let d = base64::engine::general_purpose::STANDARD.encode(sha2::Sha256::digest(body));
        if seen.len() == 4 {
            seen.remove(0);
        }
        seen.push((body.into(), d.clone()));
        d
    })
}

/// The text of each inline `<tag>` block (one without a `src`), exactly as the browser
/// hashes it. The page is candor's own rendering: its text is escaped, so every `<script`
/// in it is a real tag. `lower` is the page in lower case.
fn inline_blocks<'a>(html: &'a str, lower: &str, tag: &str) -> Vec<&'a str> {
    let lower = lower.as_bytes();
    let open = format!("<{tag}");
    let close = format!("</{tag}");
    let (opens, closes) = (memmem::Finder::new(&open), memmem::Finder::new(&close));
    let mut found = Vec::new();
    let mut from = 0;
    while let Some(i) = opens.find(&lower[from..]).map(|i| i + from) {
        let after = i + open.len();
        let Some(end) = memchr::memchr(b'>', &lower[after..]).map(|e| e + after) else {
            break;
        };
        from = end + 1;
        // `<scripts>` or `<style-x>` is another element.
        if !matches!(lower[after], b'>' | b' ' | b'\t' | b'\n' | b'/') {
            continue;
        }
        let Some(stop) = closes.find(&lower[from..]).map(|c| c + from) else {
            break;
        };
        let attrs = &lower[after..end];
        let has_src = attrs
            .split(u8::is_ascii_whitespace)
            .any(|a| a.starts_with(b"src="));
        if !(tag == "script" && has_src) {
            found.push(&html[from..stop]);
        }
        from = stop + close.len();
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_policy_allows_each_inline_block_by_its_hash_only() {
        let page = "<!doctype html><html><HEAD><style>p{}</style></head><body>\
            <script src=\"a.js\"></script><script>alert(1)</script></body></html>";
        let html = secure(page);
        // The hashes a browser computes (echo -n 'alert(1)' | sha256sum | xxd -r -p | base64).
        assert!(
            html.contains(
                "script-src 'self' 'sha256-bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF+pI=';"
            ),
            "{html}"
        );
        assert!(html.contains("style-src 'self' 'sha256-"), "{html}");
        assert!(!html.contains("unsafe-inline"));
        // Before the first style it governs.
        assert!(html.find(CSP_META) < html.find("<style>"), "{html}");
        assert!(
            html.contains(r#"<meta name="referrer" content="strict-origin-when-cross-origin">"#)
        );
        assert_eq!(secure(page), html, "deterministic");
    }

    /// The policy goes after the `<meta charset>` when nothing it governs comes first, else
    /// straight after `<head>`; tags are found in any case, and `<scripts>` is not a script.
    #[test]
    fn the_policy_goes_first_in_head_in_any_case() {
        let meta = |html: &str| html.find(CSP_META).unwrap();
        let page = "<HTML><Head lang=x><META CHARSET=utf-8><title>t</title></head></HTML>";
        let html = secure(page);
        assert_eq!(
            &html[..meta(&html)],
            "<HTML><Head lang=x><META CHARSET=utf-8>\n"
        );
        let page = "<head><link rel=x><meta charset=utf-8></head>";
        let html = secure(page);
        assert_eq!(&html[..meta(&html)], "<head>\n");
        let page = "<header><head><meta charset=utf-8>";
        assert!(secure(page).starts_with("<header><head><meta charset=utf-8>\n<meta"));
        let page = "<head><meta charset";
        assert!(secure(page).starts_with("<head>\n<meta"));
        let page = "<head><SCRIPTS>a</SCRIPTS><Script type=module>b</SCRIPT>\
            <script\tsrc=x.js></script><STYLE>c</style><style-x>d</style-x></head>";
        let hash = |s: &str| {
            use base64::Engine as _;
            use sha2::Digest as _;
            base64::engine::general_purpose::STANDARD.encode(sha2::Sha256::digest(s))
        };
        let html = secure(page);
        let script = format!("script-src 'self' 'sha256-{}';", hash("b"));
        let style = format!("style-src 'self' 'sha256-{}';", hash("c"));
        assert!(html.contains(&script) && html.contains(&style), "{html}");
    }

    #[test]
    fn a_page_without_head_or_script_is_handled() {
        assert_eq!(secure("<p>x</p>"), "<p>x</p>");
        assert!(policy("<header>").contains("script-src 'self';"));
    }
}
