//! `candor announce`: the ready-to-send text of one update, on stdout.

use std::process::ExitCode;

use crate::channels;
use crate::cli::{AnnounceArgs, GlobalArgs};
use crate::console::Console;
use crate::error::Error;
use crate::pipeline::{self, BuildOptions};

pub(super) fn run(
    g: &GlobalArgs,
    console: Console,
    args: &AnnounceArgs,
) -> Result<ExitCode, Error> {
    let opts = BuildOptions {
        paths: super::paths(g),
        now: super::now(args.now)?,
        strict: false,
        base_url: None,
        fail_on: Vec::new(),
        // Text ready to send is published text: a draft is not sent.
        include_drafts: false,
    };
    let (site, diags) = pipeline::check(&opts);
    let Some(site) = site else {
        console.report(&diags);
        return super::exit(false);
    };
    let prepared = channels::prepare(&site, opts.now);
    match channels::announce::announce(&prepared, &args.id, args.update, args.format) {
        Ok(text) => {
            console.print(&text);
            super::exit(true)
        }
        Err(d) => {
            console.report(&[d]);
            super::exit(false)
        }
    }
}
