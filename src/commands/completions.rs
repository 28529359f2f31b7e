//! `candor completions SHELL`: the completion script for a shell, generated from the same clap
//! types that parse the command line (clap_complete), so it cannot fall behind a new flag.

use std::process::ExitCode;

use clap::CommandFactory;

use crate::cli::{Cli, CompletionsArgs};
use crate::console::Console;
use crate::error::Error;

pub(super) fn run(console: Console, args: &CompletionsArgs) -> Result<ExitCode, Error> {
    let mut script = Vec::new();
    clap_complete::generate(args.shell, &mut Cli::command(), "candor", &mut script);
    console.print(&String::from_utf8_lossy(&script));
    super::exit(true)
}
