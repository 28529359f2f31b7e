//! One file per subcommand: flags in, options out, the library called, the result printed
//! through `console`. The only code besides `cli` that sees clap's types.

mod announce;
mod build;
mod check;
mod completions;
mod edits;
mod man;
mod notify;
mod preview;
mod prompt;
mod schema;

use std::io::IsTerminal;
use std::process::ExitCode;

use jiff::Timestamp;

use crate::cli::{CheckArgs, Cli, ColorChoice, Command, GlobalArgs};
use crate::console::Console;
use crate::diagnostic::Diagnostic;
use crate::error::Error;
use crate::input::SitePaths;
use crate::pipeline::BuildOptions;
use crate::{EXIT_INPUT, EXIT_OK, time};

pub fn run(cli: Cli) -> Result<ExitCode, Error> {
    let g = &cli.global;
    let console = console(g);
    // Phase timings for profiling (docs/benchmarks.md), printed like every other line.
    if std::env::var_os("CANDOR_TIMINGS").is_some_and(|v| v != "0") {
        crate::timings::install(Box::new(move |line| console.say(line)));
    }
    let result = match &cli.command {
        Command::Check(args) => check::run(g, console, args),
        Command::Build(args) => build::run(g, console, args),
        Command::New(args) => edits::new(g, console, args),
        Command::Announce(args) => announce::run(g, console, args),
        Command::Update(args) => edits::update(g, console, args),
        Command::Notify(args) => notify::run(g, console, args),
        Command::Apologize(args) => edits::apologize(g, console, args),
        Command::Init(args) => edits::init(console, args),
        Command::Watch(args) => preview::watch(g, console, args),
        Command::Serve(args) => preview::serve(g, console, args),
        Command::Completions(args) => completions::run(console, args),
        Command::Man(args) => man::run(console, args),
        Command::Schema(args) => schema::run(g, console, args),
    };
    // A usage or I/O error (exit 2) is printed by main.rs on stderr; a program reading the
    // `json` or `github` stream gets it there too, as a diagnostic about no file.
    if let Err(e) = &result
        && console.format.to_stdout()
    {
        console.report(&[Diagnostic::error(e.to_string())]);
    }
    result
}

fn console(g: &GlobalArgs) -> Console {
    let color = match g.color {
        ColorChoice::Always => true,
        ColorChoice::Never => false,
        ColorChoice::Auto => {
            std::io::stderr().is_terminal() && std::env::var_os("NO_COLOR").is_none()
        }
    };
    Console::new(g.message_format, color, &paths(g))
}

fn paths(g: &GlobalArgs) -> SitePaths {
    SitePaths::new(&g.root, g.config.as_deref())
}

fn exit(ok: bool) -> Result<ExitCode, Error> {
    Ok(ExitCode::from(if ok { EXIT_OK } else { EXIT_INPUT }))
}

/// "Now": `--now`, else `SOURCE_DATE_EPOCH` (reproducible builds), else the clock. It must
/// lie in the range every input time is checked against (`time::EARLIEST..time::LATEST`):
/// everything derived from it (the uptime window, overdue promises) is computed from it.
pub(crate) fn now(flag: Option<Timestamp>) -> Result<Timestamp, Error> {
    match fixed_now(flag)? {
        Some(t) => Ok(t),
        None => in_range(Timestamp::now(), "the system clock"),
    }
}

/// A "now" fixed by `--now` or `SOURCE_DATE_EPOCH`; `None` when the clock is to be read
/// (`watch` and `serve` then read it at every rebuild).
pub(crate) fn fixed_now(flag: Option<Timestamp>) -> Result<Option<Timestamp>, Error> {
    let (t, what) = match flag {
        Some(t) => (t, "--now"),
        None => match std::env::var("SOURCE_DATE_EPOCH") {
            Ok(s) if !s.trim().is_empty() => (
                s.trim()
                    .parse::<i64>()
                    .ok()
                    .and_then(|secs| Timestamp::from_second(secs).ok())
                    .ok_or_else(|| {
                        Error::Usage(format!(
                            "SOURCE_DATE_EPOCH `{s}` is not a number of seconds"
                        ))
                    })?,
                "SOURCE_DATE_EPOCH",
            ),
            _ => return Ok(None),
        },
    };
    in_range(t, what).map(Some)
}

fn in_range(t: Timestamp, what: &str) -> Result<Timestamp, Error> {
    match time::out_of_range(t) {
        Some(why) => Err(Error::Usage(format!("{what}: {why}"))),
        None => Ok(t),
    }
}

fn options(g: &GlobalArgs, args: &CheckArgs) -> Result<BuildOptions, Error> {
    Ok(BuildOptions {
        paths: paths(g),
        now: now(args.now)?,
        strict: args.strict,
        base_url: None,
        fail_on: args.fail_on.clone(),
        // What is published, unless the command is one that shows drafts (check, the preview).
        include_drafts: false,
    })
}
