//! Checks that depend on "now" and on the site's promise policy, not on the file alone: an
//! open incident with no promised next update, a promise further off than its impact allows,
//! a promise already overdue. They are warnings, named, so `--fail-on overdue` can page the
//! owner from a scheduled CI job.

use jiff::Timestamp;

use crate::derive::{Outcome, Phase};
use crate::diagnostic::Diagnostic;
use crate::model::*;
use crate::ptr;

use super::report::warning;
use crate::time::Clock;
use crate::time::late_words;

fn owner(inc: &Incident) -> String {
    match &inc.owner.role {
        Some(role) => format!("owner {} ({role})", inc.owner.name),
        None => format!("owner {}", inc.owner.name),
    }
}

/// The warnings about one incident as of `now`. Each depends on the incident, the config and
/// "now" only, so they are checked file by file (and kept by `watch` for unchanged files).
pub(crate) fn check_incident(inc: &Incident, config: &Config, now: Timestamp) -> Vec<Diagnostic> {
    let clock = config.staff_clock();
    let mut diags = remedies_overdue(inc, clock.date(now));
    diags.extend(promises(inc, config, &clock, now));
    diags.extend(window_unconfirmed(inc, &clock, now));
    diags
}

/// `maintenance-unconfirmed`: a window the updates have not caught up with. The page tells it
/// from the window ("under way as scheduled", "not confirmed complete"); the owner is told to
/// say what happened.
fn window_unconfirmed(inc: &Incident, clock: &Clock, now: Timestamp) -> Option<Diagnostic> {
    let w = inc.window?;
    let id = &inc.id;
    let (field, message, help) = match inc.phase(now)? {
        Phase::AsScheduled => (
            "scheduled_for",
            format!(
                "the maintenance window opened at {} and no update says the work began — {}",
                clock.when(w.from, now),
                owner(inc)
            ),
            format!(
                "the page says it is under way as scheduled; post `candor update {id} --status \
                 in_progress` when it is, or move `scheduled_for` and say so if it was put off"
            ),
        ),
        Phase::Unconfirmed => (
            "scheduled_until",
            format!(
                "the maintenance window closed at {} and no update says the work is complete — {}",
                clock.when(w.until, now),
                owner(inc)
            ),
            format!(
                "the page says it has not been confirmed complete; post `candor update {id} \
                 --status completed` once it is, or an update saying what is left and a later \
                 `scheduled_until`"
            ),
        ),
        Phase::Upcoming | Phase::Underway | Phase::Done => return None,
    };
    Some(
        warning(WarningCode::MaintenanceUnconfirmed, message, help)
            .with_file(&inc.file)
            .at(ptr![field]),
    )
}

/// `remedy-overdue`: an offered remedy whose deadline has passed.
fn remedies_overdue(inc: &Incident, today: jiff::civil::Date) -> Vec<Diagnostic> {
    let mut diags = Vec::new();
    if let Some(apology) = &inc.apology {
        for (i, m) in apology.remedy.iter().enumerate() {
            if let Some(deadline) = m.deadline
                && deadline < today
                && m.status == RemedyStatus::Offered
            {
                let what = match m.how {
                    How::Claim => "the claim deadline",
                    How::Automatic => "the date it was due",
                };
                diags.push(
                    warning(
                        WarningCode::RemedyOverdue,
                        format!(
                            "remedy \"{}\" is still `offered`, but {what} ({deadline}) has passed — {}",
                            m.offer,
                            owner(inc)
                        ),
                        "once customers have it, set `status: issued` and `issued_at:`; \
                         otherwise extend the deadline and say so",
                    )
                    .with_file(&inc.file)
                    .at(ptr!["apology", "remedy", i, "deadline"]),
                );
            }
        }
    }
    diags
}

/// `no-promise`, `promise-too-far` and `overdue`: the promises of an open incident.
fn promises(inc: &Incident, config: &Config, clock: &Clock, now: Timestamp) -> Vec<Diagnostic> {
    let policy = &config.promises;
    let mut diags = Vec::new();
    if inc.is_open()
        && let Some(u) = inc.updates.last()
    {
        let last = inc.updates.len() - 1;
        let at = |i: usize| ptr!["updates", i, "next_update_by"];
        // A scheduled maintenance has nothing to report until its window; it needs no promise.
        let needs_promise = !(inc.kind == Kind::Maintenance && u.status == Status::Scheduled);
        if u.next_update_by.is_none() && needs_promise {
            diags.push(
                warning(
                    WarningCode::NoPromise,
                    format!(
                        "open {} has no promise of the next update — {}",
                        inc.kind.as_str(),
                        owner(inc)
                    ),
                    "add `next_update_by:` to the latest update with when customers will hear \
                     next, e.g. 30 minutes on (`candor update --next 30m`), even if only to say \
                     there is no news yet",
                )
                .with_file(&inc.file)
                .at(ptr!["updates", last]),
            );
        }
        if let (Some(gap), Some(by)) = (policy.max_gap(inc.impact), u.next_update_by)
            && by.duration_since(u.at) > gap
        {
            diags.push(
                warning(
                    WarningCode::PromiseTooFar,
                    format!(
                        "the next update is promised {} after this one; the policy for {} incidents is {}",
                        crate::time::human_duration(by.duration_since(u.at).as_secs()),
                        inc.impact.as_str(),
                        crate::time::human_duration(gap.as_secs()),
                    ),
                    "promise an earlier update, even if only to say there is no news yet",
                )
                .with_file(&inc.file)
                .at(at(last)),
            );
        }
        for p in inc.promises(now, policy.grace) {
            if let Outcome::Overdue { late_by } = p.outcome {
                diags.push(
                    warning(
                        WarningCode::Overdue,
                        format!(
                            "update promised by {} is {} overdue — {}",
                            clock.when(p.by, now),
                            late_words(late_by),
                            owner(inc)
                        ),
                        "post an update now (`candor update`), even to say there is no news yet",
                    )
                    .with_file(&inc.file)
                    .at(at(p.update)),
                );
            }
        }
    }
    diags
}
