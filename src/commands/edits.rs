//! `candor new`, `candor update` and `candor init`: the commands that write input files.
//! Each prints the path it wrote (stdout, for scripts), or why it wrote nothing.

use std::path::PathBuf;
use std::process::ExitCode;

use crate::cli::{GlobalArgs, InitArgs, NewArgs, UpdateArgs};
use crate::console::Console;
use crate::edit::{self, NewRequest, UpdateRequest};
use crate::error::Error;

pub(super) fn new(g: &GlobalArgs, console: Console, args: &NewArgs) -> Result<ExitCode, Error> {
    let request = NewRequest {
        title: args.title.clone(),
        impact: args.impact.clone(),
        owner: args.owner.clone(),
        role: args.role.clone(),
        email: args.email.clone(),
        components: args.components.clone(),
        body: args.body.clone(),
        next: args.next,
        id: args.id.clone(),
    };
    let now = super::now(args.now)?;
    wrote(
        console,
        edit::new::new_incident(&super::paths(g), &request, now),
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

pub(super) fn init(console: Console, args: &InitArgs) -> Result<ExitCode, Error> {
    wrote(console, edit::init::init(&args.dir))
}

/// Prints the path written, or reports why nothing was (exit 1); other failures go up.
fn wrote(console: Console, result: Result<PathBuf, Error>) -> Result<ExitCode, Error> {
    match result {
        Ok(path) => {
            console.print(&path.display().to_string());
            super::exit(true)
        }
        Err(Error::Input(diags)) => {
            console.report(&diags);
            super::exit(false)
        }
        Err(e) => Err(e),
    }
}
