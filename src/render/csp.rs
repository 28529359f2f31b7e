//! The Content-Security-Policy and Referrer-Policy every HTML page carries in its `<head>`:
//! shared by the pages, the embed (through `Templates::page`) and `serve` (which swaps the
//! tag for a header allowing its own script).

/// The start of the policy tag `secure` writes; `serve` replaces it with a header that also
/// allows its own injected script.
pub(crate) const CSP_META: &str = r#"<meta http-equiv="Content-Security-Policy" content=""#;

/// A rendered page with its Content-Security-Policy and Referrer-Policy as `<meta>` tags
/// first in `<head>`, so they hold wherever the site is hosted, headers or not (a page with
/// no `<head>` is left as it is). The policy comes from the page itself (see `policy`), so
/// a theme's own inline script keeps working and the build stays deterministic.
/// `frame-ancestors` is ignored in a `<meta>`: it is a header (deploy/nginx.conf, `serve`).
pub(crate) fn secure(html: &str) -> String {
    let Some(at) = head_end(html) else {
        return html.to_string();
    };
    let policy = policy(html);
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
fn head_end(html: &str) -> Option<usize> {
    let lower = html.to_ascii_lowercase();
    let start = lower.match_indices("<head").map(|(i, _)| i).find(|&i| {
        matches!(
            lower.as_bytes().get(i + 5),
            Some(b'>' | b' ' | b'\t' | b'\n')
        )
    })?;
    let head = start + lower[start..].find('>')? + 1;
    let rest = &lower[head..];
    let first_code = ["<script", "<style", "<link"]
        .iter()
        .filter_map(|t| rest.find(t))
        .min()
        .unwrap_or(rest.len());
    let charset = rest
        .find("<meta charset")
        .filter(|&c| c < first_code)
        .and_then(|c| Some(head + c + rest[c..].find('>')? + 1));
    Some(charset.unwrap_or(head))
}

/// A page's Content-Security-Policy: everything from the site's own origin, and of inline
/// code only the exact `<script>` and `<style>` blocks of this page, each allowed by its
/// SHA-256 (never 'unsafe-inline', so injected markup cannot run). Images may also come from
/// any https address (an incident body may show a graph hosted elsewhere). Inline event
/// handlers and `style` attributes are not allowed: a theme puts them in a block instead.
pub(crate) fn policy(html: &str) -> String {
    let hashes = |tag: &str| -> String {
        inline_blocks(html, tag)
            .map(|body| {
                use base64::Engine as _;
                use sha2::Digest as _;
                let digest = sha2::Sha256::digest(body.as_bytes());
                let b64 = base64::engine::general_purpose::STANDARD.encode(digest);
                format!(" 'sha256-{b64}'")
            })
            .collect()
    };
    format!(
        "default-src 'self'; script-src 'self'{}; style-src 'self'{}; img-src 'self' data: https:; \
         object-src 'none'; base-uri 'self'; form-action 'self'",
        hashes("script"),
        hashes("style"),
    )
}

/// The text of each inline `<tag>` block (one without a `src`), exactly as the browser
/// hashes it. The page is candor's own rendering: its text is escaped, so every `<script`
/// in it is a real tag.
fn inline_blocks<'a>(html: &'a str, tag: &'a str) -> impl Iterator<Item = &'a str> + 'a {
    let lower = html.to_ascii_lowercase();
    let open = format!("<{tag}");
    let close = format!("</{tag}");
    let mut found = Vec::new();
    let mut from = 0;
    while let Some(i) = lower[from..].find(&open).map(|i| i + from) {
        let after = i + open.len();
        let Some(end) = lower[after..].find('>').map(|e| e + after) else {
            break;
        };
        from = end + 1;
        // `<scripts>` or `<style-x>` is another element.
        if !matches!(lower.as_bytes()[after], b'>' | b' ' | b'\t' | b'\n' | b'/') {
            continue;
        }
        let Some(stop) = lower[from..].find(&close).map(|c| c + from) else {
            break;
        };
        let attrs = &lower[after..end];
        if !(tag == "script"
            && attrs
                .split_ascii_whitespace()
                .any(|a| a.starts_with("src=")))
        {
            found.push(&html[from..stop]);
        }
        from = stop + close.len();
    }
    found.into_iter()
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

    #[test]
    fn a_page_without_head_or_script_is_handled() {
        assert_eq!(secure("<p>x</p>"), "<p>x</p>");
        assert!(policy("<header>").contains("script-src 'self';"));
    }
}
