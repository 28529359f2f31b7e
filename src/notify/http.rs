//! Posting to a webhook: one request with a timeout, its answer sorted into sent, worth
//! retrying (a timeout, 429, 5xx, honouring `Retry-After`) or refused. A webhook's address is
//! a secret, so no message here shows more of it than its host.

use std::time::Duration;

use super::deliver::Failure;

/// How long one request may take, connection included.
const TIMEOUT: Duration = Duration::from_secs(30);
/// The longest `Retry-After` obeyed within a run; a longer one waits for the next run.
pub(crate) const LONGEST_WAIT: Duration = Duration::from_secs(60);

/// One request to send.
#[derive(Debug, Clone, Default, PartialEq)]
pub(crate) struct Request {
    pub(crate) body: Vec<u8>,
    /// Added to the address's own query (Google Chat's `threadKey`).
    pub(crate) query: Vec<(String, String)>,
    pub(crate) headers: Vec<(String, String)>,
    /// `application/json` unless said otherwise (WebSub takes a form).
    pub(crate) content_type: Option<&'static str>,
}

/// A webhook address read from the environment: https, or http only to this machine (a
/// test receiver), since the address and the message would travel in the clear.
pub(crate) fn checked_url(url: &str) -> Result<String, String> {
    let url = url.trim();
    let host = crate::links::host(url);
    let loopback = matches!(host, "127.0.0.1" | "localhost" | "[::1]");
    if url
        .get(..8)
        .is_some_and(|s| s.eq_ignore_ascii_case("https://"))
        && !host.is_empty()
    {
        return Ok(url.to_string());
    }
    if url
        .get(..7)
        .is_some_and(|s| s.eq_ignore_ascii_case("http://"))
        && loopback
    {
        return Ok(url.to_string());
    }
    Err("it is not an https address".into())
}

/// A client shared by every request of a run (connections are reused).
pub(crate) fn agent() -> ureq::Agent {
    ureq::Agent::config_builder()
        .timeout_global(Some(TIMEOUT))
        .http_status_as_error(false)
        .user_agent(concat!("candor/", env!("CARGO_PKG_VERSION")))
        .build()
        .into()
}

/// Posts `req` to `url`.
pub(crate) fn post(agent: &ureq::Agent, url: &str, req: &Request) -> Result<(), Failure> {
    let host = crate::links::host(url).to_string();
    let mut r = agent.post(url).header(
        "Content-Type",
        req.content_type.unwrap_or("application/json"),
    );
    for (k, v) in &req.query {
        r = r.query(k, v);
    }
    for (k, v) in &req.headers {
        r = r.header(k, v);
    }
    let mut resp = match r.send(&req.body[..]) {
        Ok(resp) => resp,
        Err(e) => {
            // ureq's words may hold the address: only its host is shown.
            let said = e.to_string().replace(url, &host);
            return Err(Failure::transient(format!("{host}: {said}")));
        }
    };
    let status = resp.status().as_u16();
    if (200..300).contains(&status) {
        return Ok(());
    }
    let after = resp
        .headers()
        .get("retry-after")
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.trim().parse::<u64>().ok())
        .map(Duration::from_secs);
    let said: String = resp
        .body_mut()
        .read_to_string()
        .unwrap_or_default()
        .chars()
        .filter(|c| !c.is_control())
        .take(200)
        .collect();
    let reason = match said.trim() {
        "" => format!("{host} answered {status}"),
        s => format!("{host} answered {status}: {s}"),
    };
    Err(Failure {
        reason,
        transient: status == 429 || status == 408 || status >= 500,
        // An answer other than 2xx: the receiver did not take it.
        not_sent: true,
        after,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_https_or_this_machine() {
        assert!(checked_url("https://hooks.slack.com/services/T/B/x").is_ok());
        assert!(checked_url("http://127.0.0.1:8080/hook").is_ok());
        assert!(checked_url("http://hooks.example.com/x").is_err());
        assert!(checked_url("ftp://x").is_err());
        assert!(checked_url("https://").is_err());
    }
}
