//! The rules for an incident's apology: a named author, a letter, a remedy customers can
//! act on (how to get it, by when, whether it was issued), published once it is resolved, and
//! due after a major or critical incident.

use jiff::Timestamp;
use jiff::civil::Date;

use crate::input::raw::{RawApology, RawRemedy, RawText};
use crate::model::*;
use crate::pointer::Pointer;
use crate::ptr;
use crate::time::{TimeError, parse_date};

use super::context::Cx;
use super::people::{Named, person_in};
use super::report::Report;
use super::translations::{TextField, Translations, trimmed};

/// The apology and what makes it right.
pub(super) fn apology(cx: &mut Cx, a: &RawApology, resolved: bool) -> Apology {
    let at = ptr!["apology"];
    let named = Named {
        at: at.join("author"),
        raw: &a.author,
        what: "apology's author",
        role_required: false,
        role_field: Field::ApologyAuthorRole,
    };
    let author = person_in(&mut cx.r, &mut cx.tr, named, cx.cfg);
    let body = cx.tr.text(
        &mut cx.r,
        TextField {
            at: at.join("body"),
            what: "apology letter",
            field: Field::Apology,
            keep: str::to_string,
        },
        &a.body,
    );
    let (r, tr) = (&mut cx.r, &mut cx.tr);
    let published_at = r.time(at.join("published_at"), &a.published_at);
    // A draft is not yet published: preparing it while the incident is open is its purpose.
    if !resolved && !a.draft {
        r.warning(
            at.clone().into_key(),
            WarningCode::ApologyUnresolved,
            "an apology on an incident that is not resolved",
            "publish the apology once the incident is resolved; until then, keep customers updated",
        );
    }
    let remedy = a
        .remedy
        .iter()
        .enumerate()
        .filter_map(|(i, m)| remedy(r, tr, (i, at.join("remedy").join(i)), m))
        .collect();
    Apology {
        author,
        published_at: published_at.unwrap_or(Timestamp::UNIX_EPOCH),
        body,
        remedy,
        draft: a.draft,
    }
}

/// One remedy: what, for whom, how to get it (a claim needs an address), by when, and
/// whether it was issued (an issued remedy has its date, an offered one none).
fn remedy(
    r: &mut Report,
    tr: &mut Translations,
    (i, mp): (usize, Pointer),
    m: &RawRemedy,
) -> Option<Remedy> {
    let mut text = |r: &mut Report, key: &str, what: &str, field: Field, raw: &RawText| {
        let at = mp.join(key);
        let keep = trimmed;
        tr.text(
            r,
            TextField {
                at,
                what,
                field,
                keep,
            },
            raw,
        )
    };
    let offer = text(r, "offer", "offer", Field::Offer(i), &m.offer);
    let eligible = text(
        r,
        "eligible",
        "eligibility",
        Field::Eligible(i),
        &m.eligible,
    );
    let how = r.word(mp.join("how"), "remedy `how`", &m.how, How::ALL);
    if how == Some(How::Claim) && m.claim_url.as_deref().is_none_or(|u| u.trim().is_empty()) {
        r.error(mp.join("how"), "`how: claim` needs a `claim_url`")
            .help = Some(
            "add `claim_url:` with the page where customers claim, or use `how: automatic`".into(),
        );
    }
    if let Some(u) = &m.claim_url
        && !crate::links::is_safe_link(u)
    {
        r.error(
            mp.join("claim_url"),
            format!("claim_url `{u}` is not an absolute link"),
        )
        .help = Some("write the full address, e.g. `https://example.com/claim`".into());
    }
    let deadline = date(r, mp.join("deadline"), m.deadline.as_deref());
    let issued_at = date(r, mp.join("issued_at"), m.issued_at.as_deref());
    let status = match &m.status {
        Some(s) => r.word(mp.join("status"), "remedy status", s, RemedyStatus::ALL),
        None if issued_at.is_some() => Some(RemedyStatus::Issued),
        None => Some(RemedyStatus::Offered),
    };
    if status == Some(RemedyStatus::Issued) && issued_at.is_none() && m.issued_at.is_none() {
        r.error(mp.join("status"), "an issued remedy needs `issued_at`")
            .help =
            Some("add `issued_at:` with the date customers received it, e.g. `2026-12-01`".into());
    }
    if status == Some(RemedyStatus::Offered) && m.issued_at.is_some() {
        r.error(
            mp.join("issued_at"),
            "`issued_at` on a remedy that is still `offered`",
        )
        .help = Some("set `status: issued`, or remove `issued_at`".into());
    }
    Some(Remedy {
        offer,
        eligible,
        how: how?,
        claim_url: m.claim_url.clone(),
        deadline,
        status: status?,
        issued_at,
    })
}

/// A date field (`YYYY-MM-DD`), when given.
fn date(r: &mut Report, at: Pointer, s: Option<&str>) -> Option<Date> {
    parse_date(s?)
        .map_err(|TimeError { message, help }| r.error(at, message).help = Some(help))
        .ok()
}

/// A resolved major or critical incident owes its customers an apology: warned at the
/// update that resolved it, since that is when the apology became due.
pub(super) fn missing_apology(
    r: &mut Report,
    impact: Option<Impact>,
    final_at: Option<(usize, Status)>,
) {
    let Some((j, _)) = final_at else { return };
    let Some(impact) = impact.filter(|i| *i >= Impact::Major) else {
        return;
    };
    r.warning(
        ptr!["updates", j, "status"],
        WarningCode::MissingApology,
        format!("resolved {} incident without an apology", impact.as_str()),
        "add an `apology:` from a named person, with a remedy where one is due",
    );
}
