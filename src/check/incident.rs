//! The rules for one incident file, in steps over a small context: the header (id, kind,
//! title, impact, owner), the components it affects, when it happened, its updates (in
//! `updates`), its apology (in `apology`) and its postmortem.

use jiff::Timestamp;

use crate::diagnostic::Diagnostic;
use crate::input::raw::RawIncident;
use crate::model::*;
use crate::ptr;
use crate::yaml::load::Parsed;

use super::apology::{apology, missing_apology};
use super::context::{Cx, Listed, unknown_component};
use super::ids::{id_rule, incident_id};
use super::people::{Named, person_in};
use super::report::Report;
use super::text_rules::incident_text_rules;
use super::translations::{TextField, Translations, trimmed};
use super::updates::updates;

/// Updates in one incident. A long incident has dozens; past a thousand, its page, feeds and
/// API entry grow without use, and a follow-up incident reads better.
pub(crate) const MAX_UPDATES: usize = 1_000;

/// Checks one incident file against the config (when it is good): the incident when the
/// file has no error, and every diagnostic, pointed at places in the file (not yet resolved
/// to lines).
pub(crate) fn check_incident(
    p: &Parsed<RawIncident>,
    cfg: Option<&Config>,
) -> (Option<Incident>, Vec<Diagnostic>) {
    let raw = &p.raw;
    let mut cx = Cx {
        p,
        raw,
        cfg,
        r: Report::new(),
        known: cfg
            .map(|c| c.components.iter().map(|c| c.id.as_str()).collect())
            .unwrap_or_default(),
        tr: Translations::of(cfg).reading(&p.source.text),
    };
    cx.r.zone = cfg.map(|c| super::times::Zone {
        tz: c.timezone.clone(),
        name: c.timezone_name.clone(),
    });
    incident_text_rules(&mut cx.r, p);
    super::placeholders::placeholders(&mut cx.r, raw);
    limits(&mut cx.r, raw);
    let id = incident_id(raw, &p.source.path);
    id_rule(&mut cx.r, raw, &id);
    let kind = kind(&mut cx);
    let title = cx.tr.text(
        &mut cx.r,
        TextField {
            at: ptr!["title"],
            what: "title",
            field: Field::Title,
            keep: trimmed,
        },
        &raw.title,
    );
    let impact = impact(&mut cx, kind);
    let named = Named {
        at: ptr!["owner"],
        raw: &raw.owner,
        what: "owner",
        role_required: true,
        role_field: Field::OwnerRole,
    };
    let owner = person_in(&mut cx.r, &mut cx.tr, named, cfg);
    let listed = components(&mut cx);
    let (started_at, window) = match kind {
        Kind::Incident => (started_at(&mut cx), None),
        Kind::Maintenance => window(&mut cx),
    };
    let timeline = updates(&mut cx, kind, started_at, &listed, &owner);
    let resolved = timeline.final_at.is_some();
    let apology = raw.apology.as_ref().map(|a| apology(&mut cx, a, resolved));
    if kind == Kind::Incident && apology.is_none() {
        missing_apology(&mut cx.r, impact, timeline.final_at);
    }
    let (postmortem, postmortem_published_at) = postmortem(&mut cx);
    let (Some(impact), Some(started_at), false) = (impact, started_at, cx.r.has_errors()) else {
        return (None, cx.r.diags);
    };
    let texts = cx.tr.finish();
    let incident = Incident {
        id,
        file: p.source.display.clone(),
        kind,
        title,
        impact,
        owner,
        components: listed.ids,
        started_at,
        window,
        updates: timeline.updates,
        apology,
        postmortem,
        postmortem_published_at,
        resolved: None,
        draft: raw.draft,
        untranslated: Vec::new(),
        texts,
    }
    .summed_up();
    // The main language's texts, where the file gives a field only in another.
    let incident = match incident.texts {
        Some(_) => match cfg {
            Some(c) => incident.in_language(0, c, c),
            None => incident,
        },
        None => incident,
    };
    (Some(incident), cx.r.diags)
}

/// The limits on one incident's size (the YAML-level ones are checked as it is parsed).
fn limits(r: &mut Report, raw: &RawIncident) {
    if raw.updates.len() > MAX_UPDATES {
        r.error(
            ptr!["updates", MAX_UPDATES],
            format!(
                "this incident has {} updates, over the limit of {MAX_UPDATES}",
                raw.updates.len()
            ),
        )
        .help = Some(
            "resolve this incident and open a follow-up that links to it; `candor new` writes one"
                .into(),
        );
    }
}

/// `kind`: an incident unless it says otherwise.
fn kind(cx: &mut Cx) -> Kind {
    match &cx.raw.kind {
        Some(k) => {
            cx.r.word(ptr!["kind"], "kind", k, Kind::ALL)
                .unwrap_or(Kind::Incident)
        }
        None => Kind::Incident,
    }
}

/// `impact`: required of an incident; a maintenance has none unless it says so.
fn impact(cx: &mut Cx, kind: Kind) -> Option<Impact> {
    match (&cx.raw.impact, kind) {
        (Some(s), _) => cx.r.word(ptr!["impact"], "impact", s, Impact::ALL),
        (None, Kind::Maintenance) => Some(Impact::None),
        (None, Kind::Incident) => {
            cx.r.missing(&cx.p.source.text, ptr!["impact"], "the file")
                .help = Some("add `impact:` with one of none, minor, major, critical".into());
            None
        }
    }
}

/// The components this incident affects: known to the site, each once.
fn components<'a>(cx: &mut Cx<'a>) -> Listed<'a> {
    let mut listed = Listed {
        ids: Vec::new(),
        meant: Vec::new(),
    };
    for (i, c) in cx.raw.components.iter().enumerate() {
        if cx.cfg.is_some() && !cx.known.contains(&c.as_str()) {
            let known = cx.known.clone();
            let meant = unknown_component(&mut cx.r, ptr!["components", i], c, &known);
            listed.meant.extend(meant);
        } else if listed.ids.contains(c) {
            cx.r.warning(
                ptr!["components", i],
                WarningCode::DuplicateComponent,
                format!("component `{c}` is listed twice"),
                format!("delete the second `{c}`: each component is listed once"),
            );
        } else {
            listed.ids.push(c.clone());
        }
    }
    listed
}

/// When an incident started: `started_at`, and none of maintenance's fields.
fn started_at(cx: &mut Cx) -> Option<Timestamp> {
    let raw = cx.raw;
    for (key, present) in [
        ("scheduled_for", &raw.scheduled_for),
        ("scheduled_until", &raw.scheduled_until),
    ] {
        if present.is_some() {
            cx.r.error(
                ptr![key].into_key(),
                format!("`{key}` is for maintenance, not incidents"),
            )
            .help =
                Some("add `kind: maintenance` if this is planned work, or remove the field".into());
        }
    }
    match &raw.started_at {
        Some(s) => cx.r.time(ptr!["started_at"], s),
        None => {
            cx.r.missing(&cx.p.source.text, ptr!["started_at"], "the file")
                .help = Some(
                "add `started_at:` with the time the problem began, e.g. `2026-11-20T09:12:00Z`"
                    .into(),
            );
            None
        }
    }
}

/// A maintenance's window: `scheduled_for` before `scheduled_until`, and no `started_at`. It
/// starts when the window opens.
fn window(cx: &mut Cx) -> (Option<Timestamp>, Option<Window>) {
    let raw = cx.raw;
    if raw.started_at.is_some() {
        cx.r.error(
            ptr!["started_at"].into_key(),
            "maintenance has `scheduled_for`, not `started_at`",
        )
        .help = Some("rename the field to `scheduled_for` and add `scheduled_until`".into());
    }
    let mut field = |key: &'static str, v: &Option<String>| match v {
        Some(s) => cx.r.time(ptr![key], s),
        None => {
            cx.r.missing(&cx.p.source.text, ptr![key], "the file").help = Some(format!(
                "add `{key}:` with a time, e.g. `2026-11-28T02:00:00Z`"
            ));
            None
        }
    };
    let from = field("scheduled_for", &raw.scheduled_for);
    let until = field("scheduled_until", &raw.scheduled_until);
    if let (Some(f), Some(u)) = (from, until)
        && u <= f
    {
        cx.r.error(
            ptr!["scheduled_until"],
            "the maintenance window ends before it starts",
        )
        .help = Some("`scheduled_until` must be after `scheduled_for`".into());
    }
    (
        from,
        from.zip(until).map(|(from, until)| Window { from, until }),
    )
}

/// The postmortem's text and its date, which needs the text.
fn postmortem(cx: &mut Cx) -> (Option<String>, Option<Timestamp>) {
    let raw = cx.raw;
    let text = raw.postmortem.as_ref().map(|pm| {
        let field = TextField {
            at: ptr!["postmortem"],
            what: "postmortem",
            field: Field::Postmortem,
            keep: str::to_string,
        };
        cx.tr.text(&mut cx.r, field, pm)
    });
    let published_at = raw
        .postmortem_published_at
        .as_ref()
        .and_then(|s| cx.r.time(ptr!["postmortem_published_at"], s));
    if raw.postmortem_published_at.is_some() && raw.postmortem.is_none() {
        cx.r.error(
            ptr!["postmortem_published_at"].into_key(),
            "`postmortem_published_at` without a `postmortem`",
        )
        .help = Some("add the `postmortem:` text, or remove the date".into());
    }
    (text, published_at)
}
