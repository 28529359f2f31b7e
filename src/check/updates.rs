//! The rules for an incident's updates: a status its kind has, in time order, after it
//! started, nothing after the end, a promise after the update, components the incident
//! lists, each in a known state.

use std::sync::Arc;

use jiff::Timestamp;

use crate::input::raw::RawUpdate;
use crate::model::*;
use crate::pointer::Pointer;
use crate::ptr;

use super::context::{Cx, Listed, unknown_component};
use super::people::author;
use super::report::Report;
use super::translations::{TextField, trimmed};

/// The updates checked so far, and what the next one is checked against.
pub(super) struct Timeline<'a> {
    /// The updates with a valid time and status, in file order.
    pub(super) updates: Vec<Update>,
    /// The previous update's time, and as it was written, for messages.
    previous: Option<(Timestamp, &'a str)>,
    /// The update that last ended the incident (a final status) and that status, while no
    /// later update has reopened it.
    pub(super) final_at: Option<(usize, Status)>,
    /// Each person who signed an update so far, shared by all their updates.
    authors: Vec<Arc<Person>>,
}

impl Timeline<'_> {
    /// `person`, shared with the updates they signed before.
    fn signed_by(&mut self, person: Person) -> Arc<Person> {
        if let Some(known) = self.authors.iter().find(|p| ***p == person) {
            return known.clone();
        }
        let person = Arc::new(person);
        self.authors.push(person.clone());
        person
    }
}

/// Checks every update of the incident, in order.
pub(super) fn updates<'a>(
    cx: &mut Cx<'a>,
    kind: Kind,
    started_at: Option<Timestamp>,
    listed: &Listed,
    owner: &Person,
) -> Timeline<'a> {
    if cx.raw.updates.is_empty() {
        cx.r.error(ptr!["updates"], "the incident has no updates")
            .help = Some(
            "add a first update so customers know it is being handled (`candor new` writes one)"
                .into(),
        );
    }
    let mut t = Timeline {
        updates: Vec::with_capacity(cx.raw.updates.len()),
        previous: None,
        final_at: None,
        authors: Vec::new(),
    };
    for (i, u) in cx.raw.updates.iter().enumerate() {
        update(cx, &mut t, (kind, started_at), (listed, owner), i, u);
    }
    t
}

/// One update: checked against the ones before it, added to the timeline when it is good.
fn update<'a>(
    cx: &mut Cx<'a>,
    t: &mut Timeline<'a>,
    (kind, started_at): (Kind, Option<Timestamp>),
    (listed, owner): (&Listed, &Person),
    i: usize,
    u: &'a RawUpdate,
) {
    let at_ptr = ptr!["updates", i];
    // A time of day alone is fixed on the date of the update before (or of the start).
    let before = match t.previous {
        Some((p, _)) => Some((p, "the update before")),
        None => started_at.map(|s| (s, "`started_at`")),
    };
    let at = cx.r.time_near(at_ptr.join("at"), &u.at, before);
    let status = status(&mut cx.r, at_ptr.join("status"), kind, &u.status);
    order(cx, t, (kind, started_at), (&at_ptr, status), at);
    let author = t.signed_by(author(
        &mut cx.r,
        at_ptr.join("author"),
        &u.author,
        cx.cfg,
        owner,
    ));
    let body = cx.tr.text(
        &mut cx.r,
        TextField {
            at: at_ptr.join("body"),
            what: "update body",
            field: Field::Body(i),
            keep: str::to_string,
        },
        &u.body,
    );
    let workaround = u.workaround.as_ref().map(|w| {
        let field = TextField {
            at: at_ptr.join("workaround"),
            what: "workaround",
            field: Field::Workaround(i),
            keep: trimmed,
        };
        cx.tr.text(&mut cx.r, field, w)
    });
    let next = next_update_by(&mut cx.r, &at_ptr, u, at, status);
    let states = states(cx, &at_ptr, u, listed);
    // A status that does not end it, after one that did, reopens the incident.
    match status {
        Some(s) if s.is_final() && t.final_at.is_none() => t.final_at = Some((i, s)),
        Some(s) if !s.is_final() => t.final_at = None,
        _ => {}
    }
    if let Some(a) = at {
        t.previous = Some((a, u.at.trim()));
    }
    if let (Some(at), Some(status)) = (at, status) {
        t.updates.push(Update {
            at,
            status,
            author,
            components: states,
            next_update_by: next,
            workaround,
            body,
        });
    }
}

/// `status`: one of the statuses of the incident's kind.
fn status(r: &mut Report, at: Pointer, kind: Kind, s: &str) -> Option<Status> {
    match Status::parse(s.trim()) {
        Some(s) if !kind.statuses().contains(&s) => {
            wrong_kind_status(r, at, kind, s);
            None
        }
        _ => r.word(at, &format!("{} status", kind.as_str()), s, kind.statuses()),
    }
}

/// The update's place in time: not ending what is already over, not before the update
/// before it, not before the incident started. An update of another status after the end
/// reopens the incident (real incidents come back); ending it twice is a mistake.
fn order(
    cx: &mut Cx,
    t: &Timeline,
    (kind, started_at): (Kind, Option<Timestamp>),
    (at_ptr, status): (&Pointer, Option<Status>),
    at: Option<Timestamp>,
) {
    if let (Some((j, s)), Some(this)) = (t.final_at, status)
        && this.is_final()
    {
        let what = kind.as_str();
        let reopen = kind.reopening_status().as_str();
        cx.r.error(
            at_ptr.join("status"),
            format!("the {what} is already {}", s.as_str()),
        )
        .help = Some(format!(
            "the update at {} already marked it {}; merge the two, or, if it came back in \
             between, reopen it first with an update of another status (e.g. `{reopen}`, as \
             `candor update --reopen` writes)",
            cx.raw.updates[j].at.trim(),
            s.as_str()
        ));
    }
    if let (Some(at), Some((prev, prev_text))) = (at, t.previous)
        && at < prev
    {
        cx.r.error(
            at_ptr.join("at"),
            format!(
                "updates are out of order: this one is earlier than the one before it ({prev_text})"
            ),
        )
        .help = Some("list updates oldest first, each with a later `at`".into());
    }
    if let (Some(at), Some(start), Kind::Incident) = (at, started_at, kind)
        && at < start
    {
        let start_text = cx.raw.started_at.as_deref().unwrap_or_default().trim();
        cx.r.error(
            at_ptr.join("at"),
            format!("update is earlier than `started_at` ({start_text})"),
        )
        .help = Some("fix the update's time, or move `started_at` earlier".into());
    }
}

/// `next_update_by`: a time after the update's, and no promise on a final update.
fn next_update_by(
    r: &mut Report,
    at_ptr: &Pointer,
    u: &RawUpdate,
    at: Option<Timestamp>,
    status: Option<Status>,
) -> Option<Timestamp> {
    let next = u.next_update_by.as_ref().and_then(|s| {
        r.time_near(
            at_ptr.join("next_update_by"),
            s,
            at.map(|a| (a, "this update")),
        )
    });
    if let (Some(next), Some(at)) = (next, at)
        && next <= at
    {
        // In the site's zone, as the file is likely written.
        let later = at
            .checked_add(jiff::SignedDuration::from_mins(30))
            .map_or_else(
                |_| "30 minutes later".into(),
                |t| match &r.zone {
                    Some(zone) => format!("`{}`", super::times::written(t, zone)),
                    None => format!("`{t}`"),
                },
            );
        r.error(
            at_ptr.join("next_update_by"),
            format!(
                "`next_update_by` is not after this update's time ({})",
                u.at.trim()
            ),
        )
        .help = Some(format!(
            "promise the next update for after this one, e.g. {later}"
        ));
    }
    if let (Some(_), Some(s)) = (next, status)
        && s.is_final()
    {
        r.warning(
            at_ptr.join("next_update_by").into_key(),
            WarningCode::PromiseAfterEnd,
            format!("a {} update promises another update", s.as_str()),
            "remove `next_update_by`, or keep the incident open",
        );
    }
    next
}

/// The update's `components`: each known to the site and listed by the incident, in a known
/// state; kept in the order of the incident's list, so output never depends on the file's.
fn states(
    cx: &mut Cx,
    at_ptr: &Pointer,
    u: &RawUpdate,
    listed: &Listed,
) -> Vec<(String, ComponentState)> {
    let mut states = Vec::new();
    for (cid, state) in &u.components {
        let cp = at_ptr.join("components").join(cid.as_str());
        if cx.cfg.is_some() && !cx.known.contains(&cid.as_str()) {
            unknown_component(&mut cx.r, cp.clone().into_key(), cid, &cx.known);
        } else if cx.cfg.is_some()
            && !listed.ids.contains(cid)
            && !listed.meant.contains(&cid.as_str())
        {
            cx.r.error(
                cp.clone().into_key(),
                format!("component `{cid}` is not in this incident's `components`"),
            )
            .help = Some(format!(
                "add `{cid}` to the `components:` list at the top of the file"
            ));
        }
        if let Some(s) = cx.r.word(cp, "component state", state, ComponentState::ALL) {
            states.push((cid.clone(), s));
        }
    }
    states.sort_by_key(|(c, _)| listed.ids.iter().position(|k| k == c).unwrap_or(usize::MAX));
    states
}

/// A status from the other kind's vocabulary: `in_progress` in an incident, `resolved` in a
/// maintenance.
fn wrong_kind_status(r: &mut Report, at: Pointer, kind: Kind, s: Status) {
    let names: Vec<&str> = kind.statuses().iter().map(|v| v.as_str()).collect();
    let help = match (kind, s) {
        (Kind::Maintenance, Status::Resolved) => "maintenance ends with `completed`".to_string(),
        (Kind::Incident, Status::Completed) => "an incident ends with `resolved`".to_string(),
        (Kind::Incident, _) => format!(
            "an incident's statuses are: {}; for planned work, add `kind: maintenance`",
            names.join(", ")
        ),
        (Kind::Maintenance, _) => format!("a maintenance's statuses are: {}", names.join(", ")),
    };
    let (this, that) = match kind {
        Kind::Incident => ("incidents", "maintenance"),
        Kind::Maintenance => ("maintenance", "incidents"),
    };
    r.error(
        at,
        format!("`{}` is a status for {that}, not {this}", s.as_str()),
    )
    .help = Some(help);
}
