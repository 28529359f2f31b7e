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

pub(super) fn new(g: &GlobalArgs, console: Console, args: &NewArgs) -> Result<ExitCode, Error> {
    let request = NewRequest {
        kind: args.kind,
        title: args.title.clone(),
        impact: args.impact.clone(),
        owner: args.owner.clone(),
        role: args.role.clone(),
        email: args.email.clone(),
        author: args.author.clone(),
        components: args.components.clone(),
        body: args.body.clone(),
        body_file: args.body_file.clone(),
        next: args.next.clone(),
        from: args.from.clone(),
        until: args.until.clone(),
        id: args.id.clone(),
    };
    let at = super::now(args.at)?;
    wrote(
        console,
        edit::new::new_incident(&super::paths(g), &request, at),
    )
}

pub(super) fn update(
    g: &GlobalArgs,
    console: Console,
    args: &UpdateArgs,
) -> Result<ExitCode, Error> {
    let request = UpdateRequest {
        id: args.id.clone(),
        status: args.status.clone(),
        body: args.body.clone(),
        body_file: args.body_file.clone(),
        next: args.next.clone(),
        author: args.author.clone(),
        components: args.components.clone(),
        at: args.at,
    };
    let now = super::now(None)?;
    wrote(
        console,
        edit::update::update_incident(&super::paths(g), &request, now),
    )
}

pub(super) fn apologize(
    g: &GlobalArgs,
    console: Console,
    args: &ApologizeArgs,
) -> Result<ExitCode, Error> {
    let request = ApologyRequest {
        id: args.id.clone(),
        author: args.author.clone(),
        role: args.role.clone(),
        email: args.email.clone(),
        body: args.body.clone(),
        body_file: args.body_file.clone(),
        remedies: args.remedies.clone(),
    };
    let at = super::now(args.at)?;
    wrote(
        console,
        edit::apology::apologize(&super::paths(g), &request, at),
    )
}

pub(super) fn init(console: Console, args: &InitArgs) -> Result<ExitCode, Error> {
    wrote(console, edit::init::init(&args.dir))
}

/// Prints the path written (stdout), then the edited incident's warnings and the summary
/// (stderr); or reports why nothing was written (exit 1); other failures go up.
fn wrote(console: Console, result: Result<Edited, Error>) -> Result<ExitCode, Error> {
    match result {
        Ok(edited) => {
            console.print(&edited.path.display().to_string());
            if !edited.warnings.is_empty() {
                console.report(&edited.warnings);
            }
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
