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
    let site = match &args.language {
        None => site,
        Some(key) => site.in_language(language(&site, key)?),
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

/// The index of the site's language `key` names, or the usage error that lists them.
fn language(site: &crate::model::Site, key: &str) -> Result<usize, Error> {
    let tags: Vec<&str> = site
        .config
        .languages
        .iter()
        .map(|l| l.tag.as_str())
        .collect();
    crate::model::text::language_named(&tags, key).ok_or_else(|| {
        Error::Usage(format!(
            "--language `{key}` is not one of the site's languages ({})",
            crate::model::text::tags_listed(&tags)
        ))
    })
}
