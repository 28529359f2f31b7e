//! `subscribe/index.html`, "Get updates": every public way to follow the site (feeds, the
//! calendar, the email signup, the embed, the API) in plain words, so customers need not sit on
//! the status page. Every page links to it.

use serde::Serialize;
use tera::Context;

use crate::diagnostic::Diagnostic;
use crate::render::Prepared;
use crate::render::view::ComponentView;
use crate::tr;

/// Where the page is written.
pub(crate) const PATH: &str = "subscribe/index.html";

/// The ways to follow that are addresses rather than files of the site.
#[derive(Serialize)]
struct Follow {
    /// The calendar for calendar apps: `webcal://status.acme.example/maintenance.ics`.
    webcal: String,
    /// The same calendar over https, for apps that ask for an address.
    calendar: String,
    signup: Option<Signup>,
    /// The markup a customer pastes into their own page to show the embed.
    embed: String,
}

#[derive(Serialize)]
struct Signup {
    url: String,
    /// The bare address, when the signup is a `mailto:`.
    address: Option<String>,
}

/// The calendar's address with the `webcal` scheme, which calendar apps open as a
/// subscription (a plain https link downloads the file once). `base_url` is absolute and ends
/// in `/`, with or without a path.
pub(crate) fn webcal_url(base_url: &str) -> String {
    let rest = base_url
        .split_once("://")
        .map_or(base_url, |(_, rest)| rest);
    format!("webcal://{rest}maintenance.ics")
}

fn follow(p: &Prepared) -> Follow {
    let base = &p.site.base_url;
    let signup = p.model.config.notify.signup.as_ref().map(|url| Signup {
        url: url.clone(),
        address: crate::links::mailto_address(url).map(str::to_string),
    });
    Follow {
        webcal: webcal_url(base),
        calendar: format!("{base}maintenance.ics"),
        signup,
        embed: embed_snippet(p),
    }
}

/// The `<iframe>` a customer pastes: the site's absolute address, a title saying what the
/// frame holds (screen readers announce it), a size that fits the banner, an incident with its
/// promise and the footer, no border, and `loading="lazy"` so it costs the host page nothing
/// until it scrolls into view. No `color-scheme` of its own: the frame follows the host page's
/// (embed.html says why).
fn embed_snippet(p: &Prepared) -> String {
    let title = tr!(
        p.clock.locale,
        "embed-frame-title",
        site = crate::text::one_line(&p.site.title)
    );
    format!(
        "<iframe src=\"{}embed.html\" title=\"{}\" width=\"100%\" height=\"150\" \
         style=\"border:0\" loading=\"lazy\"></iframe>",
        p.site.base_url,
        crate::text::escape_xml(&title)
    )
}

/// The page, rendered with `run` (the theme's `subscribe.html`).
pub(crate) fn page(
    p: &Prepared,
    components: &[ComponentView],
    run: &dyn Fn(&str, &Context) -> Result<String, Diagnostic>,
) -> Result<String, Diagnostic> {
    let mut ctx = p.context("../", PATH.trim_end_matches("index.html"));
    ctx.insert("follow", &follow(p));
    ctx.insert("components", components);
    run("subscribe.html", &ctx)
}

#[cfg(test)]
mod tests {
    use super::webcal_url;

    #[test]
    fn webcal_keeps_host_port_and_path() {
        assert_eq!(
            webcal_url("https://status.acme.example/"),
            "webcal://status.acme.example/maintenance.ics"
        );
        assert_eq!(
            webcal_url("http://acme.example:8080/status/"),
            "webcal://acme.example:8080/status/maintenance.ics"
        );
    }
}
