//! What makes the preview live: the stream of build states a page listens to, and the reload
//! script and error overlay added to every HTML page as it is served.

use std::convert::Infallible;
use std::sync::Arc;

use axum::http::{StatusCode, header};
use axum::response::sse::{Event, KeepAlive, Sse};
use axum::response::{IntoResponse, Response};

use super::{Preview, Shared};

/// Server-sent events: the state now, then again after every build. A stream holds its
/// connection for as long as the tab is open, so at most `MAX_EVENT_STREAMS` are served: past
/// that a 503 (the browser tries again later), and pages still have connections to be served on.
pub(super) async fn events(rx: Shared, streams: Arc<tokio::sync::Semaphore>) -> Response {
    let Ok(permit) = streams.try_acquire_owned() else {
        return (
            StatusCode::SERVICE_UNAVAILABLE,
            [(header::RETRY_AFTER, "5")],
            "Too many previews are open: close some tabs.\n",
        )
            .into_response();
    };
    let stream = futures_util::stream::unfold((rx, true), move |(mut rx, first)| {
        // Held by the stream: the slot is free again when the browser goes away.
        let _permit = &permit;
        async move {
            if !first && rx.changed().await.is_err() {
                return None;
            }
            let state = rx.borrow_and_update().clone();
            let data = serde_json::json!({
                "generation": state.generation,
                "errors": state.errors,
            });
            let event = Event::default().data(data.to_string());
            Some((Ok::<_, Infallible>(event), (rx, false)))
        }
    });
    Sse::new(stream)
        .keep_alive(KeepAlive::default())
        .into_response()
}

/// The reload script; `GENERATION` is replaced by the build the page comes from.
const SCRIPT: &str = r#"<script id="candor-live-reload">
// Added by `candor serve` (not in the built site): reloads after each rebuild, and shows the
// errors of a failed one over the page.
(() => {
  const built = "GENERATION";
  const overlay = document.getElementById("candor-overlay");
  const events = new EventSource("/__candor/events");
  events.onmessage = (e) => {
    const state = JSON.parse(e.data);
    if (state.errors) {
      overlay.querySelector("pre").textContent = state.errors;
      overlay.hidden = false;
    } else if (state.generation !== built) {
      events.close();
      location.reload();
    } else {
      overlay.hidden = true;
    }
  };
})();
</script>"#;

/// The overlay's look, as a block (its hash goes into the page's policy, like the script's:
/// `style` attributes would need 'unsafe-inline').
const OVERLAY_STYLE: &str = "<style id=\"candor-overlay-style\">\
#candor-overlay{position:fixed;inset:0;z-index:2147483647;overflow:auto;margin:0;padding:1.5rem;\
background:#1b1b1f;color:#f5f5f5;font:14px/1.45 ui-monospace,SFMono-Regular,Menlo,Consolas,monospace}\
#candor-overlay[hidden]{display:none}\
#candor-overlay h2{margin:0 0 .5rem;color:#ff8a80;font-size:1.2rem}\
#candor-overlay p{margin:0 0 1rem}#candor-overlay pre{white-space:pre-wrap;margin:0}</style>";

/// The page with the overlay (shown when the last build failed) and the reload script before
/// `</body>`. The page's own policy tag goes: it does not know the injected script, and the
/// response's policy header (computed over the result) replaces it.
pub(super) fn inject(html: &[u8], state: &Preview) -> String {
    let html = String::from_utf8_lossy(html);
    let html = strip_policy(&html);
    let errors = state.errors.as_deref();
    let overlay = format!(
        "{OVERLAY_STYLE}<div id=\"candor-overlay\" role=\"alert\"{hidden}>\
<h2>candor: the last rebuild failed</h2>\
<p>This preview shows the last good build. Fix the file and save: the page reloads by itself.</p>\
<pre>{text}</pre></div>",
        hidden = if errors.is_some() { "" } else { " hidden" },
        text = escape_html(errors.unwrap_or("")),
    );
    let script = SCRIPT.replace("GENERATION", &escape_html(&state.generation));
    let at = html
        .to_ascii_lowercase()
        .rfind("</body>")
        .unwrap_or(html.len());
    let mut out = String::with_capacity(html.len() + overlay.len() + script.len());
    out.push_str(&html[..at]);
    out.push_str(&overlay);
    out.push_str(&script);
    out.push_str(&html[at..]);
    out
}

/// The page without the policy tag `csp::secure` put in.
fn strip_policy(html: &str) -> std::borrow::Cow<'_, str> {
    let meta = crate::render::csp::CSP_META;
    match html
        .find(meta)
        .and_then(|at| Some((at, at + html[at..].find('>')? + 1)))
    {
        Some((at, end)) => format!("{}{}", &html[..at], &html[end..]).into(),
        None => html.into(),
    }
}

/// Escapes text for HTML element content and attribute values.
pub(crate) fn escape_html(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_served_policy_allows_the_injected_script_and_style() {
        let page = crate::render::csp::secure(
            "<!doctype html><html><head><title>x</title></head><body><script>1</script></body></html>",
        );
        let state = Preview {
            generation: "g1".into(),
            site: None,
            errors: None,
        };
        let html = inject(page.as_bytes(), &state);
        assert!(!html.contains(crate::render::csp::CSP_META), "{html}");
        let policy = crate::render::csp::policy(&html);
        // The page's own script, the reload script and the overlay's style: three hashes.
        assert_eq!(policy.matches("'sha256-").count(), 3, "{policy}");
        assert!(!html.contains(" style=\""), "no style attributes: {html}");
    }

    #[test]
    fn injection_goes_before_the_last_body_end_and_escapes_errors() {
        let state = Preview {
            generation: "g1".into(),
            site: None,
            errors: Some("<script>alert(1)</script>".into()),
        };
        let html = inject(b"<html><body><p>x</p></BODY></html>", &state);
        assert!(html.ends_with("</script></BODY></html>"), "{html}");
        assert!(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
        assert!(!html.contains("<script>alert(1)"));
        assert!(html.contains(r#"const built = "g1";"#));
    }
}
