//! Writing files for people: `candor new` (an incident with its first update, stamped now)
//! and `candor init` (a site to start from). What is written is checked by the same rules
//! as a build before it touches the disk.

use std::fmt::Write as _;
use std::fs;
use std::path::{Path, PathBuf};

use jiff::{SignedDuration, Timestamp};

use crate::check::{check_incident, is_valid_id, slug};
use crate::diagnostic::{Diagnostic, did_you_mean};
use crate::edit::NewRequest;
use crate::edit::files::{EditLock, create_new, resolve_inside};
use crate::edit::load_for_edit;
use crate::error::Error;
use crate::input::SitePaths;
use crate::input::SourceFile;
use crate::input::raw::RawIncident;
use crate::model::{Impact, Vocabulary};
use crate::yaml::load::Parsed;
use crate::yaml::parse::parse;
use crate::yaml::write::{block, name, quote, stamp, stampable, unwritable};

pub(crate) fn io(path: &Path) -> impl FnOnce(std::io::Error) -> Error + '_ {
    move |source| Error::Io {
        path: path.to_path_buf(),
        source,
    }
}

/// What `candor new` writes, with the values a parser must read back from it.
struct NewFile {
    text: String,
    /// The first update's body as YAML reads it.
    body: String,
}

/// The text of a new incident file. Every value a person passed is written quoted (or as a
/// literal block) so that it can only ever be that value.
fn incident_text(args: &NewRequest, impact: Impact, now: Timestamp, next: Timestamp) -> NewFile {
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
    let body = block(&body, 4);
    let ids: Vec<String> = args.components.iter().map(|c| name(c)).collect();
    let states = ids
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
    let _ = writeln!(t, "impact: {}", impact.as_str());
    let _ = writeln!(
        t,
        "owner: {{ name: {owner}, role: {}{owner_email} }}",
        quote(args.role.trim())
    );
    let _ = writeln!(t, "components: [{}]", ids.join(", "));
    let _ = writeln!(t, "started_at: {now}");
    let _ = writeln!(t, "updates:");
    let _ = writeln!(t, "  - at: {now}");
    let _ = writeln!(t, "    status: investigating");
    let _ = writeln!(t, "    author: {owner}");
    let _ = writeln!(t, "    components: {{ {states} }}");
    let _ = writeln!(t, "    next_update_by: {next}");
    let _ = writeln!(t, "    body: {}", body.text);
    NewFile {
        text: t,
        body: body.value,
    }
}

/// Whether the file reads back as exactly the values passed: the check that no text a person
/// passed changed anything but its own value.
fn reads_back(raw: &RawIncident, args: &NewRequest, body: &str) -> bool {
    raw.title == args.title.trim()
        && raw.owner.name == args.owner.trim()
        && raw.owner.role.as_deref() == Some(args.role.trim())
        && raw.owner.email == args.email
        && raw.components == args.components
        && raw.updates.len() == 1
        && raw.updates[0].author == args.owner.trim()
        && raw.updates[0].body == body
        && raw.apology.is_none()
        && raw.postmortem.is_none()
        && raw.id.is_none()
}

pub fn new_incident(
    paths: &SitePaths,
    args: &NewRequest,
    now: Timestamp,
) -> Result<PathBuf, Error> {
    // One edit at a time (see `edit_io`): the ids taken are read under the lock. Without a
    // config there is no site, and nothing is created.
    let dir = paths.incidents();
    let _lock = if paths.config.is_file() {
        fs::create_dir_all(&dir).map_err(io(&dir))?;
        // Nothing is written outside the site: `incidents/` linked elsewhere is refused, as
        // the build refuses to read through it.
        let (real, inside) = resolve_inside(&dir, &paths.root)?;
        if !inside {
            return Err(Error::Input(vec![
                Diagnostic::error(format!(
                    "`incidents` is a link to `{}`, outside the site folder",
                    real.display()
                ))
                .with_help("candor writes only inside the site; make incidents/ a folder in it"),
            ]));
        }
        Some(EditLock::acquire(&dir)?)
    } else {
        None
    };
    let (loaded, config) = match load_for_edit(paths) {
        Ok(found) => found,
        Err(diags) => return Err(Error::Input(diags)),
    };
    let mut diags = Vec::new();
    let impact = Impact::parse(&args.impact);
    if impact.is_none() {
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
    let texts = [
        ("the title", Some(&args.title), true),
        ("--owner", Some(&args.owner), true),
        ("--role", Some(&args.role), true),
        ("--email", args.email.as_ref(), true),
        ("--body", args.body.as_ref(), false),
    ];
    for (what, value, one_line) in texts {
        if let Some(why) = value.and_then(|v| unwritable(v, one_line)) {
            diags.push(
                Diagnostic::error(format!("{what} {why}"))
                    .with_help("remove the character, or write it as plain text"),
            );
        }
    }
    if !stampable(now) {
        return Err(Error::Usage(format!(
            "--now `{now}` is outside the times candor supports ({})",
            crate::time::range_words()
        )));
    }
    let Some(next) = now
        .checked_add(SignedDuration::from_mins(i64::from(args.next)))
        .ok()
        .filter(|t| stampable(*t))
    else {
        return Err(Error::Usage(format!(
            "--next {} minutes after {} would fall past the times candor supports ({}); pass a \
             smaller --next",
            args.next,
            stamp(now),
            crate::time::range_words()
        )));
    };
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
            return Err(Error::Input(diags));
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
    let (Some(impact), true) = (impact, diags.is_empty()) else {
        return Err(Error::Input(diags));
    };
    let used = |id: &str| {
        Diagnostic::error(format!("incident id `{id}` is already used"))
            .with_help("choose another --id")
    };
    // Names taken by an incident's `id:` or by a file are skipped; the file is then created
    // without replacing one that appeared meanwhile, and the next name is tried if one did.
    let mut candidates = std::iter::once(base.clone())
        .chain((2..).map(|n| format!("{base}-{n}")))
        .filter(|id| !taken.contains(id));
    let new = incident_text(args, impact, now, next);
    let mut checked = false;
    loop {
        let Some(id) = candidates.next() else {
            return Err(Error::Input(vec![used(&base)]));
        };
        if args.id.is_some() && id != base {
            return Err(Error::Input(vec![used(&base)]));
        }
        let path = dir.join(format!("{id}.yaml"));
        if !checked {
            // Check what we are about to write with the same rules as a build.
            let source = SourceFile::new(path.clone(), paths.display(&path), new.text.clone());
            let parsed = match parse::<RawIncident>(&source) {
                Ok(raw) => Parsed { source, raw },
                Err(d) => return Err(Error::Input(vec![d])),
            };
            if !reads_back(&parsed.raw, args, &new.body) {
                return Err(Error::Input(vec![
                    Diagnostic::error(
                        "candor new could not write these values so that they read back unchanged",
                    )
                    .with_help("simplify the title, names or text, or write the file by hand"),
                ]));
            }
            let (_, d) = check_incident(&parsed, Some(&config));
            if d.iter().any(Diagnostic::is_error) {
                return Err(Error::Input(d));
            }
            checked = true;
        }
        if create_new(&path, new.text.as_bytes())? {
            return Ok(path);
        }
    }
}

fn stem(p: &Path) -> String {
    p.file_stem()
        .and_then(|s| s.to_str())
        .unwrap_or("")
        .to_string()
}

/// Writes a file that must not exist yet; `Ok(false)` if it does.
pub(crate) fn write_new(path: &Path, text: &str) -> Result<bool, Error> {
    create_new(path, text.as_bytes())
}
