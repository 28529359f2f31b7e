//! WebSub (W3C): after new entries, tell the hub which feeds changed, so feed readers that
//! subscribed through it get them at once instead of at their next poll. A ping says only
//! "this feed changed"; a repeated one costs a refetch, so it is safe to repeat.

use super::deliver::{Deliver, Failure};
use super::event::Repeat;
use super::http::{Request, post};
use super::message::Message;

pub(crate) struct WebSub {
    pub(crate) hub: String,
    pub(crate) base_url: String,
    pub(crate) agent: ureq::Agent,
}

impl WebSub {
    /// The feeds an entry appears in: the site's (both paths Statuspage readers use too) and
    /// each of its components'.
    fn topics(&self, m: &Message) -> Vec<String> {
        crate::channels::feeds::websub_topics(&self.base_url, &m.components)
    }

    fn request(topic: &str) -> Request {
        let body = form_urlencoded::Serializer::new(String::new())
            .append_pair("hub.mode", "publish")
            .append_pair("hub.url", topic)
            .finish();
        Request {
            body: body.into_bytes(),
            content_type: Some("application/x-www-form-urlencoded"),
            ..Request::default()
        }
    }
}

impl Deliver for WebSub {
    fn repeat(&self) -> Repeat {
        Repeat::Harmless
    }

    fn preview(&self, m: &Message) -> String {
        self.topics(m)
            .iter()
            .map(|t| {
                let body = String::from_utf8_lossy(&Self::request(t).body).into_owned();
                format!("POST {}\n{body}", self.hub)
            })
            .collect::<Vec<_>>()
            .join("\n")
    }

    fn send(&self, m: &Message) -> Result<(), Failure> {
        for topic in self.topics(m) {
            post(&self.agent, &self.hub, &Self::request(&topic))?;
        }
        Ok(())
    }
}
