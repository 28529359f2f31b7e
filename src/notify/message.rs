//! One entry as a message, before any channel shapes it: the same words the page says (title,
//! status, the update's text, who signed it, when the next update comes, a link), gathered
//! once so email, chat and webhooks all carry the same message.

use std::sync::Arc;

use jiff::Timestamp;

use crate::locale::Locale;
use crate::model::notify::EntryKind;
use crate::model::*;
use crate::render::Prepared;
use crate::render::markdown::{TextStyle, to_text};
use crate::render::view::IncidentView;
use crate::text::one_line;
use crate::tr;

use super::entries::{Entry, Subject};

/// What every channel says about one entry.
#[derive(Debug, Clone)]
pub(crate) struct Message {
    /// The site's language: every channel's own words (labels, links, footers) are its.
    pub(crate) locale: Arc<Locale>,
    /// The entry's ledger key (`checkout-outage/update/2026-11-30T10:15:00Z`).
    pub(crate) key: String,
    pub(crate) kind: EntryKind,
    pub(crate) subject: Subject,
    /// The incident's id: one thread per incident, in channels that thread.
    pub(crate) incident: String,
    /// The site's title (`Acme Status`).
    pub(crate) site: String,
    /// The site's host (`status.acme.example`), for ids such as `Message-ID`.
    pub(crate) host: String,
    /// The incident's title, on one line.
    pub(crate) title: String,
    /// What this message is: "Investigating", "Reopened: Investigating", "Our apology",
    /// "Post-incident review", "Reminder: maintenance starts soon".
    pub(crate) label: String,
    pub(crate) at: Timestamp,
    /// "30 Nov 2026, 10:15 GMT".
    pub(crate) when: String,
    /// The message's own words, in Markdown (an apology's includes what is offered).
    pub(crate) body: String,
    /// Who signed it, by name, and their role when known.
    pub(crate) author: String,
    pub(crate) role: Option<String>,
    /// The names of the components it concerns.
    pub(crate) affected: Vec<String>,
    /// Their ids, in the same order.
    pub(crate) components: Vec<String>,
    /// "16:30 GMT tomorrow, Wed 2 Dec": when the next update comes, as of sending.
    pub(crate) next_update: Option<String>,
    /// The page that says it all, absolute: the update's anchor, the apology's page.
    pub(crate) url: String,
    /// The page, its status and the incident as the Statuspage-style API has them
    /// (`channels::api::statuspage_objects`), for the generic webhook.
    pub(crate) statuspage: Option<Arc<serde_json::Value>>,
}

impl Message {
    /// The body as plain text (links written out).
    pub(crate) fn text(&self) -> String {
        to_text(&self.body, TextStyle::Plain)
    }

    /// The body as HTML, as the page renders it (headings start at `top`).
    pub(crate) fn html(&self, top: u8) -> String {
        crate::render::markdown::render(&self.body, top)
    }

    /// The signature: "Priya Raman, Payments Engineering Lead".
    pub(crate) fn signature(&self) -> String {
        match &self.role {
            Some(r) => tr!(
                self.locale,
                "person-with-role",
                name = self.author.as_str(),
                role = one_line(r)
            ),
            None => self.author.clone(),
        }
    }
}

/// The message of `entry`, in the words of the page as of `p.now`; with the Statuspage
/// objects only when a webhook target will send it (they cost a pass over the whole history).
pub(crate) fn message(p: &Prepared, entry: &Entry, statuspage: bool) -> Message {
    let inc = &p.model.incidents[entry.incident];
    let view = p.view(entry.incident);
    let base = &p.model.config.base_url;
    let page = format!("{base}{}", view.head.url);
    let locale = p.model.config.locale.clone();
    let mut m = Message {
        locale: locale.clone(),
        key: entry.key.clone(),
        kind: entry.kind,
        subject: entry.subject,
        incident: inc.id.clone(),
        site: one_line(&p.model.config.title),
        host: crate::links::host(base).to_string(),
        title: one_line(&inc.title),
        label: String::new(),
        at: entry.at,
        when: p.clock.view(entry.at).full,
        body: String::new(),
        author: one_line(&inc.owner.name),
        role: inc.owner.role.clone(),
        affected: view.components.iter().map(|c| one_line(&c.name)).collect(),
        components: view.components.iter().map(|c| c.id.clone()).collect(),
        next_update: None,
        url: page.clone(),
        statuspage: statuspage
            .then(|| Arc::new(crate::channels::api::statuspage_objects(p, entry.incident))),
    };
    match entry.subject {
        Subject::Update(i) => update(&mut m, &view, inc, i, &page),
        Subject::Apology => apology(&mut m, &view, inc, base),
        Subject::Review => {
            m.label = tr!(locale, "notify-review");
            m.body = inc.postmortem.clone().unwrap_or_default();
            m.url = format!("{page}#postmortem");
        }
        Subject::Reminder => reminder(&mut m, p, inc),
    }
    m
}

fn update(m: &mut Message, view: &IncidentView, inc: &Incident, i: usize, page: &str) {
    let u = &inc.updates[i];
    // Views list updates newest first; numbers count from the oldest.
    let v = view.updates.iter().find(|v| v.number == i + 1);
    m.label = v.map_or_else(|| u.status.words(&m.locale), |v| v.heading_label());
    m.body = u.body.clone();
    m.author = one_line(&u.author.name);
    m.role = u.author.role.clone();
    m.next_update = v.and_then(|v| v.next_update_when.clone());
    if let Some(v) = v {
        m.url = format!("{page}#{}", v.anchor);
    }
}

fn apology(m: &mut Message, view: &IncidentView, inc: &Incident, base: &str) {
    let Some(a) = &inc.apology else {
        return;
    };
    let l = m.locale.clone();
    m.label = tr!(l, "notify-apology");
    m.author = one_line(&a.author.name);
    m.role = a.author.role.clone();
    m.body = a.body.trim_end().to_string();
    if let Some(v) = &view.apology {
        m.url = format!("{base}{}", v.url);
        if !v.remedy.is_empty() {
            m.body
                .push_str(&format!("\n\n**{}**\n\n", tr!(l, "making-it-right")));
            for r in &v.remedy {
                let how = match &r.claim_url {
                    Some(u) if r.how == "claim" => {
                        tr!(l, "notify-remedy-claim-at", url = u.as_str())
                    }
                    _ => tr!(l, "notify-remedy-automatic"),
                };
                let by = match (&r.issued, &r.deadline) {
                    (Some(i), _) => tr!(l, "remedy-issued-on", date = i.display.as_str()),
                    (None, Some(d)) => tr!(l, "remedy-by", date = d.display.as_str()),
                    (None, None) => String::new(),
                };
                let line = tr!(
                    l,
                    "notify-remedy-line",
                    offer = one_line(&r.offer),
                    eligible = one_line(&r.eligible),
                    how = how,
                    when = by
                );
                m.body.push_str(&format!("{line}\n"));
            }
        }
    }
}

fn reminder(m: &mut Message, p: &Prepared, inc: &Incident) {
    let Some(w) = inc.window else {
        return;
    };
    let l = &m.locale;
    m.label = tr!(l, "notify-reminder");
    m.body = tr!(
        l,
        "notify-reminder-body",
        from = p.clock.when(w.from, p.now),
        until = p.clock.when(w.until, w.from)
    );
    if let Some(last) = inc.updates.iter().rev().find(|u| u.at <= p.now) {
        m.body.push_str("\n\n");
        m.body.push_str(last.body.trim_end());
    }
}

/// The message `candor notify --test` sends: plainly a test, with the site's name and link.
pub(crate) fn test_message(site: &Site, now: Timestamp, target: &str) -> Message {
    let config = &site.config;
    let clock = config.clock();
    let l = &config.locale;
    let site_name = one_line(&config.title);
    let signer = config
        .contact
        .as_ref()
        .map_or_else(|| one_line(&config.title), |c| one_line(&c.name));
    Message {
        locale: l.clone(),
        key: format!("test/{now}"),
        kind: EntryKind::Updates,
        subject: Subject::Update(0),
        incident: "candor-test".into(),
        site: one_line(&config.title),
        host: crate::links::host(&config.base_url).to_string(),
        title: tr!(l, "notify-test-title", site = site_name.clone()),
        label: tr!(l, "notify-test-label"),
        at: now,
        when: clock.view(now).full,
        body: tr!(l, "notify-test-body", target = target, site = site_name),
        author: signer,
        role: None,
        affected: Vec::new(),
        components: Vec::new(),
        next_update: None,
        url: config.base_url.clone(),
        // Not about an incident: the generic webhook sends its meta and nulls for the rest.
        statuspage: None,
    }
}
