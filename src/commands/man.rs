//! `candor man --out DIR`: the manual pages, `candor.1` and one per subcommand
//! (`candor-build.1`, …), rendered from the clap types (clap_mangen) so they say what
//! `--help` says. Release archives run it to ship the pages beside the binary.

use std::path::Path;
use std::process::ExitCode;

use clap::CommandFactory;

use crate::cli::{Cli, ManArgs};
use crate::console::Console;
use crate::error::{Error, io};

pub(super) fn run(console: Console, args: &ManArgs) -> Result<ExitCode, Error> {
    std::fs::create_dir_all(&args.out).map_err(io(&args.out))?;
    // As `clap_mangen::generate_to` does, but each failure names its file: no page for
    // `help`, and the command built so each subcommand's page is named `candor-build`.
    let mut cmd = Cli::command().disable_help_subcommand(true);
    cmd.build();
    write_pages(&console, &cmd, &args.out)?;
    super::exit(true)
}

/// The page of `cmd`, then those of its visible subcommands; each path written on stdout.
fn write_pages(console: &Console, cmd: &clap::Command, out: &Path) -> Result<(), Error> {
    let man = clap_mangen::Man::new(cmd.clone());
    let path = out.join(man.get_filename());
    let mut page = Vec::new();
    man.render(&mut page).map_err(io(&path))?;
    std::fs::write(&path, page).map_err(io(&path))?;
    console.print(&path.display().to_string());
    for sub in cmd.get_subcommands().filter(|s| !s.is_hide_set()) {
        write_pages(console, sub, out)?;
    }
    Ok(())
}
