//! Writing files for people: `candor new` (an incident with its first update, stamped now)
//! and `candor init` (a site to start from). What is written is checked by the same rules
//! as a build before it touches the disk.

use std::fmt::Write as _;
use std::fs;
use std::path::{Path, PathBuf};

use jiff::{SignedDuration, Timestamp};

use crate::check::{incident_id, slug};
use crate::diagnostic::Diagnostic;
use crate::edit::NewRequest;
use crate::edit::check::{check_flags, check_written, parse_written};
use crate::edit::files::{EditLock, create_new, resolve_inside};
use crate::edit::load_for_edit;
use crate::error::Error;
use crate::input::SitePaths;
use crate::input::SourceFile;
use crate::input::raw::{RawIncident, RawPerson, RawUpdate};
use crate::model::{ComponentState, Config, Impact, Status, Vocabulary};
use crate::pointer::{Pointer, Seg};
use crate::yaml::write::{block, name, quote, stamp, stampable, unwritable};

pub(crate) fn io(path: &Path) -> impl FnOnce(std::io::Error) -> Error + '_ {
    move |source| Error::Io {
        path: path.to_path_buf(),
        source,
    }
}

/// The state the first update gives every component the incident lists.
const FIRST_STATE: ComponentState = ComponentState::DegradedPerformance;

/// The first update's text: `--body`, else a plain holding statement.
fn first_body(args: &NewRequest) -> String {
    args.body.clone().unwrap_or_else(|| {
        "We are investigating reports of a problem and will post our next update by the time \
         shown below."
            .to_string()
    })
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
    let body = block(&first_body(args), 4);
    let ids: Vec<String> = args.components.iter().map(|c| name(c)).collect();
    let states = ids
        .iter()
        .map(|c| format!("{c}: {}", FIRST_STATE.as_str()))
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
    let _ = writeln!(t, "    status: {}", Status::Investigating.as_str());
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

/// `candor new`: writes a new incident file from the flags, under the site's edit lock, once
/// the build's rules accept it, with an id no other incident has.
pub(crate) fn new_incident(
    paths: &SitePaths,
    args: &NewRequest,
    now: Timestamp,
) -> Result<PathBuf, Error> {
    // One edit at a time (see `edit_io`): the ids taken are read under the lock. Without a
    // config there is no site, and nothing is created.
    let dir = paths.incidents();
    let _lock = if paths.config.is_file() {
        Some(lock(paths, &dir)?)
    } else {
        None
    };
    let (loaded, config) = load_for_edit(paths).map_err(Error::Input)?;
    writable(args)?;
    let next = next_of(args, now)?;
    let base = match &args.id {
        Some(id) => id.clone(),
        None => Some(slug(&args.title))
            .filter(|s| !s.is_empty())
            .unwrap_or_else(|| "incident".to_string()),
    };
    // The incident as the flags give it, judged by the build's rules before anything is
    // written, each problem naming its flag.
    let path = dir.join(format!("{base}.yaml"));
    let source = SourceFile::new(path.clone(), paths.display(&path), String::new());
    let raw = raw_incident(args, now, next);
    let incident = check_flags(&source, raw, &config, |at| new_flag(at, args))?;
    let new = incident_text(args, incident.impact, now, next);
    let taken: Vec<String> = loaded
        .incidents
        .iter()
        .map(|p| incident_id(&p.raw, &p.source.path))
        .collect();
    create(paths, args, &config, &taken, &base, &new)
}

/// Takes the site's edit lock on `incidents/`, made if missing; nothing is written outside
/// the site, so an `incidents/` linked elsewhere is refused, as the build refuses to read
/// through it.
fn lock(paths: &SitePaths, dir: &Path) -> Result<EditLock, Error> {
    fs::create_dir_all(dir).map_err(io(dir))?;
    let (real, inside) = resolve_inside(dir, &paths.root)?;
    if !inside {
        return Err(Error::input(
            Diagnostic::error(format!(
                "`incidents` is a link to `{}`, outside the site folder",
                real.display()
            ))
            .with_help("candor writes only inside the site; make incidents/ a folder in it"),
        ));
    }
    EditLock::acquire(dir)
}

/// Whether each value a person passed can be written so that it reads back as itself.
fn writable(args: &NewRequest) -> Result<(), Error> {
    let texts = [
        ("the title", Some(&args.title), true),
        ("--owner", Some(&args.owner), true),
        ("--role", Some(&args.role), true),
        ("--email", args.email.as_ref(), true),
        ("--body", args.body.as_ref(), false),
    ];
    let diags: Vec<Diagnostic> = texts
        .into_iter()
        .filter_map(|(what, value, one_line)| {
            let why = unwritable(value?, one_line)?;
            Some(
                Diagnostic::error(format!("{what} {why}"))
                    .with_help("remove the character, or write it as plain text"),
            )
        })
        .collect();
    match diags.is_empty() {
        true => Ok(()),
        false => Err(Error::Input(diags)),
    }
}

/// The promise of the next update, `--next` minutes after now.
fn next_of(args: &NewRequest, now: Timestamp) -> Result<Timestamp, Error> {
    if !stampable(now) {
        return Err(Error::Usage(format!(
            "--now `{now}` is outside the times candor supports ({})",
            crate::time::range_words()
        )));
    }
    now.checked_add(SignedDuration::from_mins(i64::from(args.next)))
        .ok()
        .filter(|t| stampable(*t))
        .ok_or_else(|| {
            Error::Usage(format!(
                "--next {} minutes after {} would fall past the times candor supports ({}); \
                 pass a smaller --next",
                args.next,
                stamp(now),
                crate::time::range_words()
            ))
        })
}

/// The incident the flags describe, in the file's raw form: what `incident_text` writes.
fn raw_incident(args: &NewRequest, now: Timestamp, next: Timestamp) -> RawIncident {
    RawIncident {
        id: args.id.clone(),
        kind: None,
        title: args.title.trim().to_string(),
        impact: Some(args.impact.clone()),
        owner: RawPerson {
            name: args.owner.trim().to_string(),
            role: Some(args.role.trim().to_string()),
            email: args.email.clone(),
        },
        components: args.components.clone(),
        started_at: Some(stamp(now)),
        scheduled_for: None,
        scheduled_until: None,
        updates: vec![RawUpdate {
            at: stamp(now),
            status: Status::Investigating.as_str().to_string(),
            author: args.owner.trim().to_string(),
            components: args
                .components
                .iter()
                .map(|c| (c.clone(), FIRST_STATE.as_str().to_string()))
                .collect(),
            next_update_by: Some(stamp(next)),
            body: first_body(args),
        }],
        apology: None,
        postmortem: None,
        postmortem_published_at: None,
    }
}

/// The flag that gave the value at `at` in the incident `raw_incident` builds.
fn new_flag(at: &Pointer, args: &NewRequest) -> Option<String> {
    let keys: Vec<Option<&str>> = at
        .segs
        .iter()
        .map(|s| match s {
            Seg::Key(k) => Some(k.as_str()),
            Seg::Index(_) => None,
        })
        .collect();
    let flag = match keys.as_slice() {
        [Some("id")] => "--id",
        [Some("title")] => "the title",
        [Some("impact")] => "--impact",
        [Some("owner"), Some("name")] | [Some("updates"), None, Some("author")] => "--owner",
        [Some("owner"), Some("email")] => "--email",
        [Some("owner"), ..] => "--role",
        [Some("updates"), None, Some("body")] => "--body",
        [Some("components"), None] => {
            let Some(Seg::Index(i)) = at.segs.get(1) else {
                return None;
            };
            return args.components.get(*i).map(|c| format!("--component {c}"));
        }
        [Some("updates"), None, Some("components"), Some(c)] => {
            return Some(format!("--component {c}"));
        }
        _ => return None,
    };
    Some(flag.to_string())
}

/// Creates the file under the first free id from `base` (`base`, `base-2`, … unless `--id`
/// was given), after checking its text with the same rules as a build.
fn create(
    paths: &SitePaths,
    args: &NewRequest,
    config: &Config,
    taken: &[String],
    base: &str,
    new: &NewFile,
) -> Result<PathBuf, Error> {
    let used = || {
        Error::input(
            Diagnostic::error(format!("incident id `{base}` is already used"))
                .with_help("choose another --id"),
        )
    };
    // Names taken by an incident's `id:` or by a file are skipped; the file is then created
    // without replacing one that appeared meanwhile, and the next name is tried if one did.
    let mut candidates = std::iter::once(base.to_string())
        .chain((2..).map(|n| format!("{base}-{n}")))
        .filter(|id| !taken.contains(id));
    let mut checked = false;
    loop {
        let Some(id) = candidates.next() else {
            return Err(used());
        };
        if args.id.is_some() && id != base {
            return Err(used());
        }
        let path = paths.incidents().join(format!("{id}.yaml"));
        if !checked {
            let source = SourceFile::new(path.clone(), paths.display(&path), new.text.clone());
            let parsed = parse_written(source)?;
            if !reads_back(&parsed.raw, args, &new.body) {
                return Err(Error::input(
                    Diagnostic::error(
                        "candor new could not write these values so that they read back unchanged",
                    )
                    .with_help("simplify the title, names or text, or write the file by hand"),
                ));
            }
            check_written(&parsed, config)?;
            checked = true;
        }
        if create_new(&path, new.text.as_bytes())? {
            return Ok(path);
        }
    }
}

/// Writes a file that must not exist yet; `Ok(false)` if it does.
pub(crate) fn write_new(path: &Path, text: &str) -> Result<bool, Error> {
    create_new(path, text.as_bytes())
}
