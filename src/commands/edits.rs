//! `candor new`, `candor update`, `candor apologize` and `candor init`: the commands that
//! write input files.
//! Each prints the path it wrote alone on stdout (for scripts), and on stderr what `check`
//! warns about it, what customers will see and the next step; or why it wrote nothing.

use std::process::ExitCode;

use crate::cli::{ApologizeArgs, GlobalArgs, InitArgs, NewArgs, UpdateArgs};
use crate::console::Console;
use crate::edit::apology::ApologyRequest;
use crate::edit::{self, Edited, NewRequest, UpdateRequest};
use crate::error::Error;
use crate::model::{Kind, Status, Vocabulary};

use super::prompt::Prompt;

pub(super) fn new(g: &GlobalArgs, console: Console, args: &NewArgs) -> Result<ExitCode, Error> {
    let paths = super::paths(g);
    let at = super::now(args.at)?;
    let p = Prompt::new();
    let impact = match args.kind {
        Kind::Incident => Some(p.choose(
            args.impact.clone(),
            "--impact",
            "Impact for customers",
            &["minor", "major", "critical", "none"],
        )?),
        Kind::Maintenance => args.impact.clone(),
    };
    let owner = p.line(
        args.owner.clone(),
        "--owner",
        "Owner (the named person accountable)",
    )?;
    let role = p.line(args.role.clone(), "--role", "The owner's role")?;
    let components = match args.components.is_empty() {
        false => args.components.clone(),
        true => p
            .line(
                None,
                "--component",
                "Affected component ids (space-separated)",
            )?
            .split_whitespace()
            .map(str::to_string)
            .collect(),
    };
    let asked = p.interactive() && args.body.is_none() && args.body_file.is_none();
    let body = match asked {
        true => p.text(None, "the first update")?,
        false => args.body.clone(),
    };
    let next = match (asked, args.kind) {
        (true, Kind::Incident) => next(p, &paths, None, at, args.next.clone(), "30m")?,
        _ => args.next.clone(),
    };
    let request = NewRequest {
        kind: args.kind,
        title: args.title.clone(),
        impact,
        owner,
        role,
        email: args.email.clone(),
        author: args.author.clone(),
        components,
        body,
        body_file: args.body_file.clone(),
        next,
        from: args.from.clone(),
        until: args.until.clone(),
        id: args.id.clone(),
        title_in: args.title_in.clone(),
        body_in: args.body_in.clone(),
    };
    let now = super::now(None)?;
    wrote(
        console,
        edit::new::new_incident(&paths, &request, (at, now)),
    )
}

pub(super) fn update(
    g: &GlobalArgs,
    console: Console,
    args: &UpdateArgs,
) -> Result<ExitCode, Error> {
    let paths = super::paths(g);
    let now = super::now(None)?;
    let p = Prompt::new();
    let no_body = args.body.is_none() && args.body_file.is_none();
    let asked = p.interactive() && (args.status.is_none() || no_body);
    let kind = match asked {
        true => edit::zone_and_kind(&paths, Some(&args.id)).and_then(|(_, k)| k),
        false => None,
    };
    let statuses: Vec<&str> = kind
        .unwrap_or(Kind::Incident)
        .statuses()
        .iter()
        .map(|s| s.as_str())
        .collect();
    let status = match (args.reopen, args.status.clone()) {
        // Reopening says what the status is unless told: the start of the work again.
        (true, None) => edit::zone_and_kind(&paths, Some(&args.id))
            .and_then(|(_, k)| k)
            .unwrap_or(Kind::Incident)
            .reopening_status()
            .as_str()
            .to_string(),
        (_, given) => p.choose(given, "--status", "Status", &statuses)?,
    };
    let body = match asked && no_body {
        true => p.text(None, "the update")?,
        false => args.body.clone(),
    };
    let ends = Status::parse(&status).is_some_and(Status::is_final);
    let next = match asked && !ends {
        true => {
            let at = args.at.unwrap_or(now);
            next(
                p,
                &paths,
                Some(&args.id),
                at,
                args.next.clone(),
                "the policy's",
            )?
        }
        false => args.next.clone(),
    };
    let request = UpdateRequest {
        id: args.id.clone(),
        status,
        body,
        body_file: args.body_file.clone(),
        next,
        workaround: args.workaround.clone(),
        author: args.author.clone(),
        components: args.components.clone(),
        at: args.at,
        reopen: args.reopen,
        body_in: args.body_in.clone(),
        workaround_in: args.workaround_in.clone(),
    };
    wrote(
        console,
        edit::update::update_incident(&paths, &request, now),
    )
}

/// Asks when the next update is promised (at a terminal), each answer read as `--next`
/// reads it, in the site's zone, so a time already past is refused as it is typed.
fn next(
    p: Prompt,
    paths: &crate::input::SitePaths,
    id: Option<&str>,
    at: jiff::Timestamp,
    given: Option<String>,
    default: &str,
) -> Result<Option<String>, Error> {
    let Some((tz, _)) = edit::zone_and_kind(paths, id) else {
        return Ok(given);
    };
    p.when(
        given,
        &format!("Next update by (30m, 14:30, 'tomorrow 09:00'; empty: {default})"),
        |s| {
            crate::time::parse_when("--next", s, at, &tz)
                .map(|_| ())
                .map_err(|e| format!("{}; {}", e.message, e.help))
        },
    )
}

pub(super) fn apologize(
    g: &GlobalArgs,
    console: Console,
    args: &ApologizeArgs,
) -> Result<ExitCode, Error> {
    let p = Prompt::new();
    let author = p.line(
        args.author.clone(),
        "--author",
        "Who signs the letter (full name)",
    )?;
    let body = match args.body.is_none() && args.body_file.is_none() {
        true => p.text(None, "the letter")?,
        false => args.body.clone(),
    };
    let request = ApologyRequest {
        id: args.id.clone(),
        author,
        role: args.role.clone(),
        email: args.email.clone(),
        body,
        body_file: args.body_file.clone(),
        remedies: args.remedies.clone(),
    };
    let (at, now) = (super::now(args.at)?, super::now(None)?);
    wrote(
        console,
        edit::apology::apologize(&super::paths(g), &request, (at, now)),
    )
}

/// `init`: the site's own facts from flags, else asked at a terminal; a fact still missing
/// is written as a placeholder `check` refuses, and the zone defaults to this machine's.
pub(super) fn init(console: Console, args: &InitArgs) -> Result<ExitCode, Error> {
    let p = Prompt::new();
    let title = p.optional(
        args.title.clone(),
        "--title",
        "Site title (e.g. Example Ltd status)",
    )?;
    let base_url = p.optional(
        args.base_url.clone(),
        "--base-url",
        "Address it will be published at (e.g. https://status.example.com/)",
    )?;
    let system = jiff::tz::TimeZone::system()
        .iana_name()
        .unwrap_or("UTC")
        .to_string();
    let timezone = p.or_default(
        args.timezone.clone(),
        "--timezone",
        "Time zone times are shown in",
        system,
    )?;
    let contact_name = p.optional(
        args.contact_name.clone(),
        "--contact-name",
        "Who customers contact (e.g. Example Customer Care)",
    )?;
    let contact_email = p.optional(
        args.contact_email.clone(),
        "--contact-email",
        "Their email address (empty: none)",
    )?;
    let contact_url = p.optional(
        args.contact_url.clone(),
        "--contact-url",
        "Their web page (empty: none)",
    )?;
    let components = match (args.components.is_empty(), p.interactive()) {
        (true, true) => p
            .optional(
                None,
                "--component",
                "Parts of your service customers see, comma-separated (e.g. Website, App, API)",
            )?
            .unwrap_or_default()
            .split(',')
            .map(|c| c.trim().to_string())
            .filter(|c| !c.is_empty())
            .collect(),
        _ => args.components.clone(),
    };
    let request = edit::init::InitRequest {
        title,
        base_url,
        timezone,
        contact_name,
        contact_email,
        contact_url,
        components,
    };
    // Its reports name files in the site it creates, not in --root.
    let console = console.for_site(&crate::input::SitePaths::new(&args.dir, None));
    wrote(console, edit::init::init(&args.dir, &request))
}

/// Prints the path written (stdout), then the edited incident's warnings and the summary
/// (stderr); or reports why nothing was written (exit 1); other failures go up.
fn wrote(console: Console, result: Result<Edited, Error>) -> Result<ExitCode, Error> {
    match result {
        Ok(edited) => {
            console.print(&edited.path.display().to_string());
            // With no warning, the human form prints nothing; `json` closes with its summary.
            console.report(&edited.warnings);
            for line in &edited.summary {
                console.tell(line);
            }
            super::exit(true)
        }
        Err(Error::Input(diags)) => {
            console.report(&diags);
            super::exit(false)
        }
        Err(e) => Err(e),
    }
}
