//! Who the preview answers: only its own names (against DNS rebinding), never a foreign
//! page's background requests, and every answer with headers that keep it from being framed,
//! sniffed or leaked as a referrer.

use std::net::{IpAddr, Ipv4Addr, Ipv6Addr};

use axum::extract::{Request, State};
use axum::http::{HeaderMap, HeaderValue, Method, StatusCode, Uri, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};

/// The names the preview answers to: where it listens.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Names {
    pub(crate) bind: IpAddr,
    pub(crate) port: u16,
}

impl Names {
    /// Whether a `Host` (or an `Origin`'s host) names this preview. DNS rebinding needs a
    /// DNS name the attacker controls, so the rule is about names, never ports (an SSH
    /// tunnel or `docker run -p 9000:8000` changes the port the browser sees):
    /// - `localhost`, and any loopback address: they cannot be made to point elsewhere;
    /// - the address it is bound to, written as an IP literal;
    /// - bound to every interface (0.0.0.0 or ::), any IP literal: a browser sends an IP as
    ///   the host only when the page's own address is that IP, so the page already is this
    ///   origin and a foreign page cannot read it; this covers every address of the machine
    ///   (and one a NAT or container maps to it) without listing interfaces;
    /// - nothing else: no other DNS name (`*.localhost` included, which some resolvers send
    ///   to DNS), no trailing dot, no missing host.
    pub(crate) fn allows(&self, host: &str) -> bool {
        let Some(name) = host_name(host) else {
            return false;
        };
        if name.eq_ignore_ascii_case("localhost") {
            return true;
        }
        let ip = match name.strip_prefix('[').and_then(|n| n.strip_suffix(']')) {
            Some(v6) => v6.parse::<Ipv6Addr>().ok().map(IpAddr::V6),
            None => name.parse::<Ipv4Addr>().ok().map(IpAddr::V4),
        };
        let Some(ip) = ip.map(|ip| ip.to_canonical()) else {
            return false;
        };
        ip.is_loopback() || ip == self.bind.to_canonical() || self.bind.is_unspecified()
    }

    /// The address to show and to open.
    pub(super) fn url(&self) -> String {
        let host = match self.bind {
            IpAddr::V4(ip) if ip.is_unspecified() => "127.0.0.1".to_string(),
            IpAddr::V6(ip) if ip.is_unspecified() => "[::1]".to_string(),
            IpAddr::V6(ip) => format!("[{ip}]"),
            IpAddr::V4(ip) => ip.to_string(),
        };
        format!("http://{host}:{}/", self.port)
    }
}

/// The host of a `Host` value (`name`, `name:port`, `[v6]` or `[v6]:port`), or `None` when
/// it is malformed (a port that is not a number, anything after the port).
fn host_name(host: &str) -> Option<&str> {
    let (name, rest) = match host.strip_prefix('[') {
        Some(_) => host.split_at(host.find(']')? + 1),
        None => host.split_at(host.find(':').unwrap_or(host.len())),
    };
    let port_ok = rest.is_empty()
        || rest.strip_prefix(':').is_some_and(|p| {
            !p.is_empty() && p.len() <= 5 && p.bytes().all(|b| b.is_ascii_digit())
        });
    (!name.is_empty() && port_ok).then_some(name)
}

/// Why a request is refused before it reaches the site, if it is.
pub(crate) fn refusal(
    names: &Names,
    method: &Method,
    uri: &Uri,
    headers: &HeaderMap,
) -> Option<(StatusCode, String)> {
    let text = |h: header::HeaderName| headers.get(h).and_then(|v| v.to_str().ok());
    // An absolute request target (`GET http://evil.example/`) names the host too.
    let host = uri
        .authority()
        .map(|a| a.as_str())
        .or_else(|| text(header::HOST));
    let misdirected = || {
        Some((
            StatusCode::MISDIRECTED_REQUEST,
            format!(
                "This candor preview answers only to localhost and its own address: open {}\n",
                names.url()
            ),
        ))
    };
    let Some(host) = host.filter(|h| names.allows(h)) else {
        return misdirected();
    };
    if uri.authority().is_some() && text(header::HOST).is_some_and(|h| !names.allows(h)) {
        return misdirected();
    }
    let foreign = Some((
        StatusCode::FORBIDDEN,
        "This candor preview does not answer requests made by other sites.\n".to_string(),
    ));
    // A page of another origin reading the preview in the background (fetch, EventSource):
    // its browser says where it comes from. Only our own origin, exactly.
    if let Some(origin) = headers.get(header::ORIGIN) {
        let ours = origin
            .to_str()
            .ok()
            .and_then(|o| o.strip_prefix("http://"))
            .is_some_and(|o| o.eq_ignore_ascii_case(host));
        if !ours {
            return foreign;
        }
    }
    // No-cors loads (`<img src>`, `<script src>`) carry no Origin, but Fetch Metadata tells
    // them apart: from another site, only a navigation (a link, or embed.html in an iframe)
    // is answered.
    let site = text(header::HeaderName::from_static("sec-fetch-site"));
    let mode = text(header::HeaderName::from_static("sec-fetch-mode"));
    let dest = text(header::HeaderName::from_static("sec-fetch-dest"));
    if matches!(site, Some("cross-site" | "same-site"))
        && !(mode == Some("navigate")
            && (method == Method::GET || method == Method::HEAD)
            && !matches!(dest, Some("object" | "embed")))
    {
        return foreign;
    }
    None
}

/// Refuses what `refusal` refuses, with a short plain message, before any route runs; gives
/// every answer the security headers (a page's own policy was set by `respond`).
pub(super) async fn guard(State(names): State<Names>, req: Request, next: Next) -> Response {
    let mut resp = match refusal(&names, req.method(), req.uri(), req.headers()) {
        Some((status, message)) => (status, message).into_response(),
        None => next.run(req).await,
    };
    if !resp.headers().contains_key(header::CONTENT_SECURITY_POLICY) {
        security_headers(resp.headers_mut(), None);
    }
    resp
}

/// The headers every answer carries. The preview's addresses (and the drafts in them) never
/// go out as a referrer; nothing is sniffed into another type; nothing may frame it unless
/// `csp` says so.
pub(super) fn security_headers(h: &mut HeaderMap, csp: Option<&str>) {
    h.insert(
        header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    );
    h.insert(
        header::REFERRER_POLICY,
        HeaderValue::from_static("no-referrer"),
    );
    let csp = csp.unwrap_or("default-src 'none'; frame-ancestors 'none'");
    if let Ok(v) = HeaderValue::from_str(csp) {
        h.insert(header::CONTENT_SECURITY_POLICY, v);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::serve::EVENTS_PATH;

    #[test]
    fn only_its_own_names_are_answered() {
        let local = Names {
            bind: IpAddr::V4(Ipv4Addr::LOCALHOST),
            port: 8000,
        };
        for ok in [
            "localhost:8000",
            "LOCALHOST:8000",
            "127.0.0.1:8000",
            "127.0.0.1",
            "[::1]:8000",
            "[::ffff:127.0.0.1]:8000",
            // Another port: an SSH tunnel or a container's port mapping.
            "localhost:9000",
        ] {
            assert!(local.allows(ok), "{ok}");
        }
        for bad in [
            "evil.example:8000",
            "evil.example",
            "localhost.:8000",
            "app.localhost:8000",
            "127.0.0.1.nip.io:8000",
            "localhost.evil.example",
            "10.0.0.5:8000",
            "::1",
            "[::1]x",
            "localhost:80x",
            "localhost:",
            "localhost:8000:1",
            "",
            "[]:8000",
            "2130706433:8000",
        ] {
            assert!(!local.allows(bad), "{bad}");
        }
        // Bound to one address of the LAN: that address too, still no DNS name.
        let lan = Names {
            bind: "192.168.1.20".parse().unwrap(),
            port: 8000,
        };
        assert!(lan.allows("192.168.1.20:8000"));
        assert!(!lan.allows("192.168.1.21:8000"));
        assert!(!lan.allows("my-laptop.lan:8000"));
        // Bound to every interface: any IP literal (the page's origin is that IP itself).
        for any in [
            IpAddr::V4(Ipv4Addr::UNSPECIFIED),
            IpAddr::V6(Ipv6Addr::UNSPECIFIED),
        ] {
            let all = Names {
                bind: any,
                port: 8000,
            };
            assert!(all.allows("10.1.2.3:8000"));
            assert!(all.allows("[fe80::1]:8000"));
            assert!(all.allows("localhost:8000"));
            assert!(!all.allows("my-laptop.lan:8000"));
            assert!(!all.allows("evil.example:8000"));
        }
    }

    #[test]
    fn requests_of_other_sites_are_refused_but_navigations_are_not() {
        let names = Names {
            bind: IpAddr::V4(Ipv4Addr::LOCALHOST),
            port: 8000,
        };
        let req = |uri: &str, pairs: &[(&'static str, &'static str)]| {
            let mut h = HeaderMap::new();
            for (k, v) in pairs {
                h.insert(*k, HeaderValue::from_static(v));
            }
            refusal(&names, &Method::GET, &uri.parse().unwrap(), &h).map(|(s, _)| s.as_u16())
        };
        assert_eq!(req("/", &[("host", "localhost:8000")]), None);
        assert_eq!(req("/", &[]), Some(421), "no Host");
        assert_eq!(req("/", &[("host", "evil.example:8000")]), Some(421));
        assert_eq!(
            req("http://evil.example/", &[("host", "localhost:8000")]),
            Some(421),
            "an absolute target names the host too"
        );
        let own = [
            ("host", "localhost:8000"),
            ("origin", "http://localhost:8000"),
        ];
        assert_eq!(req(EVENTS_PATH, &own), None);
        for origin in [
            "http://evil.example",
            "null",
            "http://localhost:3000",
            "https://localhost:8000",
        ] {
            let mut h = HeaderMap::new();
            h.insert("host", HeaderValue::from_static("localhost:8000"));
            h.insert("origin", HeaderValue::from_str(origin).unwrap());
            let r = refusal(&names, &Method::GET, &EVENTS_PATH.parse().unwrap(), &h);
            assert_eq!(r.map(|(s, _)| s.as_u16()), Some(403), "{origin}");
        }
        let no_cors = [
            ("host", "localhost:8000"),
            ("sec-fetch-site", "cross-site"),
            ("sec-fetch-mode", "no-cors"),
            ("sec-fetch-dest", "image"),
        ];
        assert_eq!(req(EVENTS_PATH, &no_cors), Some(403));
        let framed = [
            ("host", "localhost:8000"),
            ("sec-fetch-site", "cross-site"),
            ("sec-fetch-mode", "navigate"),
            ("sec-fetch-dest", "iframe"),
        ];
        assert_eq!(req("/embed.html", &framed), None, "a link or an iframe");
    }
}
