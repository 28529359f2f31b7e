//! `candor check`: every problem in the site, at once, and whether it would build.

use std::process::ExitCode;

use crate::cli::{CheckArgs, GlobalArgs};
use crate::console::Console;
use crate::error::Error;
use crate::pipeline::{self, BuildOptions};

pub(super) fn run(g: &GlobalArgs, console: Console, args: &CheckArgs) -> Result<ExitCode, Error> {
    let opts = BuildOptions {
        include_drafts: true,
        ..super::options(g, args)?
    };
    let (site, diags) = pipeline::check(&opts);
    console.report(&diags);
    if let Some(site) = &site {
        // Drafts are checked like the rest; saying which they are keeps one from being
        // mistaken for published (or forgotten).
        for (file, what) in site.drafts() {
            console.tell(format_args!(
                "{}: draft {what}, checked but not published (remove `draft: true` to publish)",
                console.file(file)
            ));
        }
        let n = site.incidents.len();
        console.tell(format_args!(
            "checked {n} incident{}: ok",
            if n == 1 { "" } else { "s" }
        ));
    }
    super::exit(site.is_some())
}
