//! Which addresses candor writes into a link, in one place: the config's links, an apology's
//! claim link and the links in markdown all follow these rules. A scheme is compared without
//! regard to case (RFC 3986 §3.1; browsers follow `HTTPS://` and `JavaScript:` alike), so a
//! rule cannot be passed by writing it in capitals, nor refuse a good link written that way.

/// Whether `url` begins with `scheme` (written with its colon, e.g. `"mailto:"`), in any case.
fn has_scheme(url: &str, scheme: &str) -> bool {
    url.get(..scheme.len())
        .is_some_and(|s| s.eq_ignore_ascii_case(scheme))
}

/// An absolute web address: `https://` or `http://`, the scheme in any case. What a page
/// links to as a page (the contact's help pages, the site's own `base_url`).
pub(crate) fn is_web_address(url: &str) -> bool {
    has_scheme(url, "https://") || has_scheme(url, "http://")
}

/// A link a page may carry from what an author wrote: a web address or `mailto:`. Anything
/// else (`javascript:`, `data:`, a relative path that would resolve against the status page)
/// is dropped. Leading and trailing white space is ignored, as browsers ignore it.
pub(crate) fn is_safe_link(url: &str) -> bool {
    let url = url.trim();
    is_web_address(url) || has_scheme(url, "mailto:")
}

/// The address of a `mailto:` link (`ops@acme.example`), for text that shows it bare.
pub(crate) fn mailto_address(url: &str) -> Option<&str> {
    has_scheme(url, "mailto:").then(|| &url["mailto:".len()..])
}

/// The first character a link cannot hold as written: white space, a character no channel
/// carries (`text::is_forbidden`), or one that ends or breaks an attribute, a line or a URL
/// (`"`, `<`, `>`, `\`, `` ` ``, `{`, `}`, `|`, `^`). For the rule that refuses it in a file.
pub(crate) fn unlinkable_char(url: &str) -> Option<char> {
    url.chars().find(|c| {
        c.is_whitespace()
            || crate::text::is_forbidden(*c)
            || matches!(c, '"' | '<' | '>' | '\\' | '`' | '{' | '}' | '|' | '^')
    })
}

/// The host of an absolute address, without port or path: `status.acme.example` for
/// `https://status.acme.example:8443/x/`; empty for an address with no `://`.
pub(crate) fn host(url: &str) -> &str {
    url.split_once("://")
        .map_or("", |(_, rest)| rest)
        .split(['/', ':'])
        .next()
        .unwrap_or("")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn web_addresses_in_any_case() {
        for url in [
            "https://status.acme.example/",
            "http://[::1]:8080/",
            "HTTPS://STATUS.ACME.EXAMPLE/",
            "Http://x.example/",
        ] {
            assert!(is_web_address(url), "{url}");
            assert!(is_safe_link(url), "{url}");
        }
        for url in [
            "mailto:ops@acme.example",
            "status.acme.example",
            "/help",
            "https:",
            "",
        ] {
            assert!(!is_web_address(url), "{url}");
        }
    }

    #[test]
    fn safe_links_are_web_and_mail_only() {
        assert!(is_safe_link("mailto:ops@acme.example"));
        assert!(is_safe_link("MAILTO:ops@acme.example"));
        assert!(is_safe_link("  https://x.example/ "));
        for url in [
            "javascript:alert(1)",
            "JavaScript:alert(1)",
            " javascript:alert(1)",
            "data:text/html,x",
            "relative/path",
            "/absolute/path",
            "//x.example/",
            "ftp://x.example/",
            "mailto",
            "é",
        ] {
            assert!(!is_safe_link(url), "{url}");
        }
    }

    #[test]
    fn mailto_address_in_any_case() {
        assert_eq!(mailto_address("mailto:a@b.c"), Some("a@b.c"));
        assert_eq!(mailto_address("MailTo:a@b.c"), Some("a@b.c"));
        assert_eq!(mailto_address("https://a.example/"), None);
        assert_eq!(mailto_address("mail"), None);
    }

    #[test]
    fn characters_a_link_cannot_hold() {
        assert_eq!(unlinkable_char("https://x.example/a%20b?c=d#e"), None);
        assert_eq!(unlinkable_char("https://x.example/a b"), Some(' '));
        assert_eq!(unlinkable_char("https://x.example/\"onload=\"x"), Some('"'));
        assert_eq!(unlinkable_char("https://x.example/\u{7f}"), Some('\u{7f}'));
        assert_eq!(unlinkable_char("https://x.example/\r\nX: 1"), Some('\r'));
    }

    #[test]
    fn host_without_port_or_path() {
        assert_eq!(host("https://status.acme.example/"), "status.acme.example");
        assert_eq!(
            host("HTTP://status.acme.example:8443/x/"),
            "status.acme.example"
        );
        assert_eq!(host("status.acme.example"), "");
    }
}
