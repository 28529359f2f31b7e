//! `candor watch` and `candor serve`: the long-running previews, from flags to options.

use std::process::ExitCode;

use crate::cli::{GlobalArgs, ServeArgs, WatchArgs};
use crate::console::Console;
use crate::error::Error;
use crate::{serve, watch};

/// `watch` and `serve` share the build options; "now" is read at every rebuild unless
/// `--now` (or `SOURCE_DATE_EPOCH`) fixes it.
fn watch_options(g: &GlobalArgs, args: &WatchArgs) -> Result<watch::WatchOptions, Error> {
    if args.build.precompress {
        // A preview is read from this machine; compressing every rebuild would only slow it.
        return Err(Error::Usage(
            "--precompress is for `candor build`; watch and serve write uncompressed previews"
                .into(),
        ));
    }
    let (mut build, out) = super::build::target(g, &args.build)?;
    // The preview is where a draft is read before it is approved; `build` leaves it out.
    build.include_drafts = true;
    let now = match super::fixed_now(args.build.check.now)? {
        Some(t) => watch::Now::Fixed(t),
        None => watch::Now::system(),
    };
    Ok(watch::WatchOptions {
        build,
        now,
        out,
        debounce: std::time::Duration::from_millis(args.debounce),
        poll: args.poll,
        rescan: watch::RESCAN,
    })
}

pub(super) fn watch(g: &GlobalArgs, console: Console, args: &WatchArgs) -> Result<ExitCode, Error> {
    watch::watch(console, watch_options(g, args)?)?;
    super::exit(true)
}

pub(super) fn serve(g: &GlobalArgs, console: Console, args: &ServeArgs) -> Result<ExitCode, Error> {
    let opts = serve::ServeOptions {
        watch: watch_options(g, &args.watch)?,
        bind: args.bind,
        port: args.port,
        open: args.open,
    };
    serve::serve(console, opts)
}
