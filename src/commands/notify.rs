//! `candor notify`: delivers what is new, prints each send as it happens, exits 1 when a
//! target did not take everything (the next run tries again).

use std::process::ExitCode;

use crate::cli::{GlobalArgs, NotifyArgs};
use crate::console::Console;
use crate::error::Error;
use crate::notify::{self, Env, Event, NotifyOptions, Tell};
use crate::pipeline::BuildOptions;

pub(super) fn run(g: &GlobalArgs, console: Console, args: &NotifyArgs) -> Result<ExitCode, Error> {
    let now = match args.now {
        Some(t) => t,
        // What is due depends on the real time, not a build's reproducible one.
        None => super::now(Some(jiff::Timestamp::now()))?,
    };
    let opts = NotifyOptions {
        build: BuildOptions {
            paths: super::paths(g),
            now,
            strict: false,
            base_url: None,
            fail_on: Vec::new(),
            // Only what is published is sent.
            include_drafts: false,
        },
        dry_run: args.dry_run,
        only: args.targets.clone(),
    };
    let tell = Tell::new(move |e: Event| match &e {
        Event::WouldSend { .. } => console.print(&format!("{e}\n")),
        e if e.is_failure() => console.say(format!("error: {e}")),
        e if e.is_warning() => console.say(format!("warning: {e}")),
        e => console.say(e),
    });
    let env = Env::process();
    let result = match &args.test {
        Some(name) => notify::run::test(&opts, name, &env, &tell)?,
        None => notify::notify(&opts, &env, &tell)?,
    };
    match result {
        Err(diags) => {
            console.report(&diags);
            super::exit(false)
        }
        Ok(outcome) => {
            if !outcome.failed.is_empty() {
                console.say(format!(
                    "error: not everything was sent: {} (sent {})",
                    outcome.failed.join(", "),
                    outcome.sent
                ));
            }
            super::exit(outcome.failed.is_empty())
        }
    }
}
