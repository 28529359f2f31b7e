//! Writing files for people: `candor new` (an incident with its first update, stamped now)
//! and `candor init` (a site to start from). What is written is checked by the same rules
//! as a build before it touches the disk.

use std::fmt::Write as _;
use std::fs;
use std::path::{Path, PathBuf};

use jiff::{SignedDuration, Timestamp};

use crate::cli::NewArgs;
use crate::diagnostic::{Diagnostic, did_you_mean};
use crate::error::Error;
use crate::load::{Parsed, SitePaths, load_for_edit, parse};
use crate::model::{Impact, Vocabulary};
use crate::raw::RawIncident;
use crate::source::SourceFile;
use crate::validate::{check_incident, is_valid_id, slug};
use crate::yamltext::{block, quote, stamp};

/// The example config and incident `candor init` writes: the shipped example site's own.
const INIT_CONFIG: &str = include_str!("../candor.yaml");
const INIT_INCIDENT: (&str, &str) = (
    "login-outage-november.yaml",
    include_str!("../incidents/login-outage-november.yaml"),
);

fn io(path: &Path) -> impl FnOnce(std::io::Error) -> Error + '_ {
    move |source| Error::Io {
        path: path.to_path_buf(),
        source,
    }
}

/// The text of a new incident file.
fn incident_text(args: &NewArgs, now: Timestamp) -> String {
    let next = now + SignedDuration::from_mins(i64::from(args.next));
    let owner_email = args
        .email
        .as_ref()
        .map(|e| format!(", email: {}", quote(e)))
        .unwrap_or_default();
    let body = args.body.clone().unwrap_or_else(|| {
        "We are investigating reports of a problem and will post our next update by the time \
         shown below."
            .to_string()
    });
    let states = args
        .components
        .iter()
        .map(|c| format!("{c}: degraded_performance"))
        .collect::<Vec<_>>()
        .join(", ");
    let (owner, now, next) = (quote(args.owner.trim()), stamp(now), stamp(next));
    let mut t = String::new();
    // One line at a time: YAML's indentation must survive exactly as written here.
    let _ = writeln!(
        t,
        "# Written by `candor new`. Add updates below, oldest first; see docs/format.md."
    );
    let _ = writeln!(t, "title: {}", quote(args.title.trim()));
    let _ = writeln!(t, "impact: {}", args.impact);
    let _ = writeln!(
        t,
        "owner: {{ name: {owner}, role: {}{owner_email} }}",
        quote(args.role.trim())
    );
    let _ = writeln!(t, "components: [{}]", args.components.join(", "));
    let _ = writeln!(t, "started_at: {now}");
    let _ = writeln!(t, "updates:");
    let _ = writeln!(t, "  - at: {now}");
    let _ = writeln!(t, "    status: investigating");
    let _ = writeln!(t, "    author: {owner}");
    let _ = writeln!(t, "    components: {{ {states} }}");
    let _ = writeln!(t, "    next_update_by: {next}");
    let _ = writeln!(t, "    body: {}", block(&body, 6));
    t
}

/// The outcome of a command that writes for people: the path written, or why not.
pub type Written = Result<PathBuf, Vec<Diagnostic>>;

pub fn new_incident(paths: &SitePaths, args: &NewArgs, now: Timestamp) -> Result<Written, Error> {
    let (loaded, config) = match load_for_edit(paths) {
        Ok(found) => found,
        Err(diags) => return Ok(Err(diags)),
    };
    let mut diags = Vec::new();
    if Impact::parse(&args.impact).is_none() {
        let help = did_you_mean(&args.impact, Impact::names())
            .map(|h| format!("did you mean `{h}`?"))
            .unwrap_or_else(|| format!("use one of: {}", Impact::names().join(", ")));
        diags.push(Diagnostic::error(format!("unknown impact `{}`", args.impact)).with_help(help));
    }
    for c in &args.components {
        if config.component(c).is_none() {
            let known: Vec<&str> = config.components.iter().map(|c| c.id.as_str()).collect();
            let help = did_you_mean(c, known.iter().copied())
                .map(|h| format!("did you mean `{h}`?"))
                .unwrap_or_else(|| {
                    format!("the components in candor.yaml are: {}", known.join(", "))
                });
            diags.push(Diagnostic::error(format!("unknown component `{c}`")).with_help(help));
        }
    }
    let taken: Vec<String> = loaded
        .incidents
        .iter()
        .map(|p| p.raw.id.clone().unwrap_or_else(|| stem(&p.source.path)))
        .collect();
    let base = match &args.id {
        Some(id) if !is_valid_id(id) => {
            diags.push(
                Diagnostic::error(format!("`{id}` is not a valid id"))
                    .with_help(format!("try `{}`", slug(id))),
            );
            return Ok(Err(diags));
        }
        Some(id) => id.clone(),
        None => {
            let s = slug(&args.title);
            if s.is_empty() {
                "incident".to_string()
            } else {
                s
            }
        }
    };
    let dir = paths.incidents();
    let mut id = base.clone();
    let mut n = 2;
    while taken.contains(&id) || dir.join(format!("{id}.yaml")).exists() {
        if args.id.is_some() {
            diags.push(
                Diagnostic::error(format!("incident id `{id}` is already used"))
                    .with_help("choose another --id"),
            );
            return Ok(Err(diags));
        }
        id = format!("{base}-{n}");
        n += 1;
    }
    if !diags.is_empty() {
        return Ok(Err(diags));
    }
    let path = dir.join(format!("{id}.yaml"));
    let text = incident_text(args, now);
    // Check what we are about to write with the same rules as a build.
    let source = SourceFile::new(path.clone(), paths.display(&path), text.clone());
    let parsed = match parse::<RawIncident>(&source) {
        Ok(raw) => Parsed { source, raw },
        Err(d) => return Ok(Err(vec![d])),
    };
    let (_, d) = check_incident(&parsed, Some(&config));
    if d.iter().any(Diagnostic::is_error) {
        return Ok(Err(d));
    }
    fs::create_dir_all(&dir).map_err(io(&dir))?;
    write_new(&path, &text)?;
    Ok(Ok(path))
}

fn stem(p: &Path) -> String {
    p.file_stem()
        .and_then(|s| s.to_str())
        .unwrap_or("")
        .to_string()
}

/// Writes a file that must not exist yet, via a temporary file and a rename so an editor or
/// a watcher never sees half of it.
fn write_new(path: &Path, text: &str) -> Result<(), Error> {
    let tmp = path.with_extension("yaml.candor-tmp");
    fs::write(&tmp, text).map_err(io(&tmp))?;
    if path.exists() {
        let _ = fs::remove_file(&tmp);
        return Err(Error::Io {
            path: path.to_path_buf(),
            source: std::io::Error::from(std::io::ErrorKind::AlreadyExists),
        });
    }
    fs::rename(&tmp, path).map_err(io(path))
}

pub fn init(dir: &Path) -> Result<Written, Error> {
    let config = dir.join("candor.yaml");
    if config.exists() {
        return Ok(Err(vec![
            Diagnostic::error(format!("`{}` already exists", config.display()))
                .with_help("candor init starts a new site; pick an empty folder"),
        ]));
    }
    let incidents = dir.join("incidents");
    fs::create_dir_all(&incidents).map_err(io(&incidents))?;
    write_new(&config, INIT_CONFIG)?;
    let example = incidents.join(INIT_INCIDENT.0);
    if !example.exists() {
        write_new(&example, INIT_INCIDENT.1)?;
    }
    Ok(Ok(config))
}
