//! Addresses and links written in files: a plain email address, a link with no character a
//! link cannot hold, and the address the site is published at (`base_url`, `--base-url`).

use crate::pointer::Pointer;
use crate::ptr;

use super::report::Report;

/// An address field: a plain address, or an error saying what to write.
pub(super) fn email_rule(r: &mut Report, at: Pointer, email: &str) {
    if crate::text::is_plain_address(email.trim()) {
        return;
    }
    let shown = crate::text::one_line(email);
    r.error(at, format!("`{shown}` is not an email address"))
        .help = Some(
        "write only the address, e.g. `support@example.com`: no name, spaces or `?` \
         parameters (it becomes a `mailto:` link)"
            .into(),
    );
}

/// A link written in a file (`claim_url`, `contact.url`) holds no character a link cannot.
pub(super) fn link_rule(r: &mut Report, at: Pointer, field: &str, url: &str) {
    let Some(c) = crate::links::unlinkable_char(url.trim()) else {
        return;
    };
    if crate::text::is_forbidden(c) || crate::text::is_line_break(c) {
        // Reported by the rules for all text.
        return;
    }
    let what = match c {
        ' ' => "a space".to_string(),
        c if c.is_whitespace() => format!("white space (U+{:04X})", u32::from(c)),
        c => format!("`{c}`"),
    };
    r.error(
        at,
        format!("`{field}` contains {what}, which a link cannot hold"),
    )
    .help = Some(format!(
        "write the address without it, or encode it (a space is `%20`, `{c}` is `%{:02X}`)",
        u32::from(c)
    ));
}

/// `base_url`: see `base_url_problem`. A control character or line break in it is reported
/// by the rules for all text.
pub(super) fn base_url_rule(r: &mut Report, raw: &str) {
    let trimmed = raw.trim();
    if trimmed
        .chars()
        .any(|c| crate::text::is_forbidden(c) || crate::text::is_line_break(c))
    {
        return;
    }
    if let Some((problem, help)) = base_url_problem(raw) {
        r.error(ptr!["base_url"], format!("base_url {problem}"))
            .help = Some(help);
    }
}

/// Why `raw` cannot be the address the site is published at, as (what is wrong, how to fix
/// it), for `base_url` and `--base-url`: it must be an absolute http(s) address of a folder,
/// every character one a link can hold, with a host and no user name, query or fragment
/// (pages, feeds and the calendar append paths to it, and write it into lines and
/// attributes).
pub(crate) fn base_url_problem(raw: &str) -> Option<(String, String)> {
    let base_url = raw.trim();
    let shown = crate::text::one_line(base_url);
    if !crate::links::is_web_address(base_url) || base_url.len() <= "https://".len() {
        let help = if base_url.contains('.') && !base_url.contains("://") {
            // A bare host name: the fix is to say how to reach it.
            format!(
                "write the full address, starting with https://: `https://{}/`",
                shown.trim_end_matches('/')
            )
        } else {
            "write the full address the site is published at, e.g. `https://status.example.com/`"
                .into()
        };
        return Some((
            format!("`{shown}` is not an absolute http(s) address"),
            help,
        ));
    }
    if let Some(c) = crate::links::unlinkable_char(base_url) {
        let what = if c == ' ' {
            "a space".to_string()
        } else if c.is_whitespace() || crate::text::is_forbidden(c) {
            crate::text::describe(c).0
        } else {
            format!("`{c}`")
        };
        return Some((
            format!("`{shown}` contains {what}, which a link cannot hold"),
            "write the address without it (a space in a path is `%20`)".into(),
        ));
    }
    let rest = base_url.split_once("://").map_or("", |(_, rest)| rest);
    let host = rest.split('/').next().unwrap_or("");
    let problem = if host.is_empty() || host.starts_with(':') {
        "has no host name"
    } else if host.contains('@') {
        "has a user name in it"
    } else if base_url.contains(['?', '#']) {
        "has a `?` query or a `#` fragment"
    } else {
        return None;
    };
    Some((
        format!("`{shown}` {problem}"),
        "write the address of the folder the site is published at, e.g. \
         `https://status.example.com/`: pages and feeds add their own paths to it"
            .into(),
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn addresses_are_plain() {
        for ok in [
            "support@acme.example",
            "first.last+tag@mail.acme.example",
            "zoë@exämple.de",
        ] {
            assert!(crate::text::is_plain_address(ok), "{ok}");
        }
        for bad in [
            "support@acme.example?cc=x@y.example",
            "Support <support@acme.example>",
            "support acme@acme.example",
            "support@localhost",
            "a@b@c.example",
            "support@acme.example&subject=x",
            ".a@acme.example",
            "support",
        ] {
            assert!(!crate::text::is_plain_address(bad), "{bad}");
        }
    }

    #[test]
    fn a_base_url_is_a_folder_any_link_can_hold() {
        assert!(base_url_problem("https://status.acme.example/").is_none());
        assert!(base_url_problem("http://[::1]:8080/status/").is_none());
        for bad in [
            "status.acme.example",
            "https://status.acme.example/\r\nX-Injected: 1",
            "https://status acme.example/",
            "https://status.acme.example/\"onload=\"x",
            "https://status.acme.example/?a=b",
            "https://user@status.acme.example/",
            "https:///path",
        ] {
            assert!(base_url_problem(bad).is_some(), "{bad}");
        }
    }
}
