//! `candor check`: every problem in the site, at once, and whether it would build.

use std::process::ExitCode;

use crate::cli::{CheckArgs, GlobalArgs};
use crate::console::Console;
use crate::error::Error;
use crate::pipeline;

pub(super) fn run(g: &GlobalArgs, console: Console, args: &CheckArgs) -> Result<ExitCode, Error> {
    let opts = super::options(g, args)?;
    let (site, diags) = pipeline::check(&opts);
    console.report(&diags);
    if let Some(site) = &site {
        let n = site.incidents.len();
        console.tell(format_args!(
            "checked {n} incident{}: ok",
            if n == 1 { "" } else { "s" }
        ));
    }
    super::exit(site.is_some())
}
