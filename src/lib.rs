//! candor: YAML incident files in, a status site out. `run` is the whole program; `main.rs`
//! only maps its result to an exit code.

pub mod cache;
pub mod channels;
pub mod cli;
pub mod compress;
pub mod derive;
pub mod diagnostic;
pub mod edit_io;
pub mod error;
pub mod load;
pub mod locate;
pub mod markdown;
pub mod model;
pub mod output;
pub mod pipeline;
pub mod policy;
pub mod raw;
pub mod scaffold;
pub mod serve;
pub mod source;
pub mod text;
pub mod theme;
pub mod time;
pub mod timings;
pub mod update;
pub mod validate;
pub mod view;
pub mod watch;
pub mod yamltext;

use std::io::{IsTerminal, Write};
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Instant;

use jiff::Timestamp;

use crate::cli::{
    AnnounceArgs, BuildArgs, CheckArgs, Cli, ColorChoice, Command, GlobalArgs, ServeArgs, WatchArgs,
};
use crate::diagnostic::Diagnostic;
use crate::error::Error;
use crate::load::SitePaths;
use crate::pipeline::BuildOptions;

/// Exit codes, as ripgrep and just use them.
pub const EXIT_OK: u8 = 0;
pub const EXIT_INPUT: u8 = 1;
pub const EXIT_USAGE: u8 = 2;

pub fn run(cli: Cli) -> Result<ExitCode, Error> {
    let g = &cli.global;
    match &cli.command {
        Command::Check(args) => check(g, args),
        Command::Build(args) => build(g, args),
        Command::New(args) => wrote(g, scaffold::new_incident(&paths(g), args, now(args.now)?)?),
        Command::Announce(args) => announce(g, args),
        Command::Update(args) => wrote(g, update::update_incident(&paths(g), args, now(None)?)?),
        Command::Init(args) => wrote(g, scaffold::init(&args.dir)?),
        Command::Watch(args) => watch(g, args),
        Command::Serve(args) => serve::serve(g, serve_options(g, args)?),
    }
}

fn paths(g: &GlobalArgs) -> SitePaths {
    SitePaths::new(&g.root, g.config.as_deref())
}

/// "Now": `--now`, else `SOURCE_DATE_EPOCH` (reproducible builds), else the clock. It must
/// lie in the range every input time is checked against (`time::EARLIEST..time::LATEST`):
/// everything derived from it (the uptime window, overdue promises) is computed from it.
pub fn now(flag: Option<Timestamp>) -> Result<Timestamp, Error> {
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
            _ => (Timestamp::now(), "the system clock"),
        },
    };
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
    })
}

fn use_color(g: &GlobalArgs) -> bool {
    match g.color {
        ColorChoice::Always => true,
        ColorChoice::Never => false,
        ColorChoice::Auto => {
            std::io::stderr().is_terminal() && std::env::var_os("NO_COLOR").is_none()
        }
    }
}

/// Prints diagnostics and the closing count to stderr.
pub(crate) fn report(g: &GlobalArgs, diags: &[Diagnostic]) {
    let mut err = std::io::stderr().lock();
    let _ = err.write_all(diagnostic::render(diags, g.message_format, use_color(g)).as_bytes());
    if g.message_format == diagnostic::MessageFormat::Human
        && let Some(s) = diagnostic::summary(diags)
    {
        let _ = writeln!(err, "{s}");
    }
}

/// Prints the path a command wrote (stdout, for scripts), or why it wrote nothing.
fn wrote(g: &GlobalArgs, result: scaffold::Written) -> Result<ExitCode, Error> {
    match result {
        Ok(path) => {
            println!("{}", path.display());
            Ok(ExitCode::from(EXIT_OK))
        }
        Err(diags) => {
            report(g, &diags);
            Ok(ExitCode::from(EXIT_INPUT))
        }
    }
}

fn check(g: &GlobalArgs, args: &CheckArgs) -> Result<ExitCode, Error> {
    let opts = options(g, args)?;
    let (site, diags) = pipeline::check(&opts);
    report(g, &diags);
    match site {
        Some(site) => {
            if g.message_format == diagnostic::MessageFormat::Human {
                let n = site.incidents.len();
                eprintln!("checked {n} incident{}: ok", if n == 1 { "" } else { "s" });
            }
            Ok(ExitCode::from(EXIT_OK))
        }
        None => Ok(ExitCode::from(EXIT_INPUT)),
    }
}

fn announce(g: &GlobalArgs, args: &AnnounceArgs) -> Result<ExitCode, Error> {
    let opts = BuildOptions {
        paths: paths(g),
        now: now(args.now)?,
        strict: false,
        base_url: None,
        fail_on: Vec::new(),
    };
    let (site, diags) = pipeline::check(&opts);
    let Some(site) = site else {
        report(g, &diags);
        return Ok(ExitCode::from(EXIT_INPUT));
    };
    let prepared = channels::prepare(&site, opts.now);
    match channels::announce::announce(&site, &prepared, &args.id, args.update, args.format) {
        Ok(text) => {
            print!("{text}");
            if !text.ends_with('\n') {
                println!();
            }
            Ok(ExitCode::from(EXIT_OK))
        }
        Err(d) => {
            report(g, &[d]);
            Ok(ExitCode::from(EXIT_INPUT))
        }
    }
}

/// The build options and output folder of `build`, `watch` and `serve`.
fn build_target(g: &GlobalArgs, args: &BuildArgs) -> Result<(BuildOptions, PathBuf), Error> {
    let mut opts = options(g, &args.check)?;
    if let Some(url) = &args.base_url {
        // The same rule as `base_url` in candor.yaml: it goes into every page, feed and the
        // calendar.
        if let Some((problem, help)) = validate::base_url_problem(url) {
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

fn build(g: &GlobalArgs, args: &BuildArgs) -> Result<ExitCode, Error> {
    let started = Instant::now();
    let (mut opts, out) = build_target(g, args)?;
    // Refuse early, before any work, if the output folder is not ours; wait while another
    // candor run writes it (the lock is held until the new site is in place). Incident pages
    // are written to the staging folder as they are rendered; a failed build drops the folder.
    let staging = output::Staging::create(&out, args.precompress)?;
    // The inputs are read from here on, after any wait, so a build that waited publishes
    // what is there now; "now" is read again for the same reason (unless it is fixed).
    opts.now = now(args.check.now)?;
    let result = pipeline::build_streaming(&opts, &|path, bytes| staging.put(path, bytes));
    report(g, &result.diagnostics);
    let Some(rest) = result.output else {
        drop(staging);
        eprintln!(
            "error: build failed; `{}` was left as it was",
            out.display()
        );
        return Ok(ExitCode::from(EXIT_INPUT));
    };
    staging.put_all(&rest);
    drop(rest);
    let (files, bytes) = staging.commit()?;
    if g.message_format == diagnostic::MessageFormat::Human {
        eprintln!(
            "built {files} files ({} KiB) into `{}` in {} ms",
            bytes / 1024,
            out.display(),
            started.elapsed().as_millis()
        );
    }
    Ok(ExitCode::from(EXIT_OK))
}

/// `watch` and `serve` share the build options; the clock is read once, at the start.
fn watch_options(g: &GlobalArgs, args: &WatchArgs) -> Result<watch::WatchOptions, Error> {
    if args.build.precompress {
        // A preview is read from this machine; compressing every rebuild would only slow it.
        return Err(Error::Usage(
            "--precompress is for `candor build`; watch and serve write uncompressed previews"
                .into(),
        ));
    }
    let (build, out) = build_target(g, &args.build)?;
    Ok(watch::WatchOptions {
        build,
        out,
        debounce: std::time::Duration::from_millis(args.debounce),
        poll: args.poll,
        rescan: watch::RESCAN,
    })
}

fn watch(g: &GlobalArgs, args: &WatchArgs) -> Result<ExitCode, Error> {
    watch::watch(g, watch_options(g, args)?)?;
    Ok(ExitCode::from(EXIT_OK))
}

fn serve_options(g: &GlobalArgs, args: &ServeArgs) -> Result<serve::ServeOptions, Error> {
    Ok(serve::ServeOptions {
        watch: watch_options(g, &args.watch)?,
        bind: args.bind,
        port: args.port,
        open: args.open,
    })
}
