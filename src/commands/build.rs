//! `candor build`: the site into its output folder, all or nothing.

use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Instant;

use crate::check;
use crate::cli::{BuildArgs, GlobalArgs};
use crate::console::Console;
use crate::error::Error;
use crate::output;
use crate::pipeline::{self, BuildOptions};

/// The build options and output folder of `build`, `watch` and `serve`.
pub(super) fn target(g: &GlobalArgs, args: &BuildArgs) -> Result<(BuildOptions, PathBuf), Error> {
    let mut opts = super::options(g, &args.check)?;
    if let Some(url) = &args.base_url {
        // The same rule as `base_url` in candor.yaml: it goes into every page, feed and the
        // calendar.
        if let Some((problem, help)) = check::base_url_problem(url) {
            return Err(Error::Usage(format!("--base-url {problem}; {help}")));
        }
        let url = &url.trim().to_string();
        opts.base_url = Some(if url.ends_with('/') {
            url.clone()
        } else {
            format!("{url}/")
        });
    }
    let out: PathBuf = args.out.clone().unwrap_or_else(|| g.root.join("public"));
    Ok((opts, out))
}

pub(super) fn run(g: &GlobalArgs, console: Console, args: &BuildArgs) -> Result<ExitCode, Error> {
    let started = Instant::now();
    let (mut opts, out) = target(g, args)?;
    // Refuse early, before any work, if the output folder is not ours; wait while another
    // candor run writes it (the lock is held until the new site is in place). Incident pages
    // are written to the staging folder as they are rendered; a failed build drops the folder.
    let tell = output::Tell::new(move |n| console.say(n));
    let staging = output::Staging::create(&out, args.precompress, tell)?;
    // The inputs are read from here on, after any wait, so a build that waited publishes
    // what is there now; "now" is read again for the same reason (unless it is fixed).
    opts.now = super::now(args.check.now)?;
    let result = pipeline::build_streaming(&opts, &|path, bytes| staging.put(path, bytes));
    console.report(&result.diagnostics);
    let Some(rest) = result.output else {
        drop(staging);
        console.say(format_args!(
            "error: build failed; `{}` was left as it was",
            out.display()
        ));
        return super::exit(false);
    };
    staging.put_all(&rest);
    drop(rest);
    let (files, bytes) = staging.commit()?;
    console.tell(format_args!(
        "built {files} files ({} KiB) into `{}` in {} ms",
        bytes / 1024,
        out.display(),
        started.elapsed().as_millis()
    ));
    super::exit(true)
}
