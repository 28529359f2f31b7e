//! Writing files for people: `candor new` (an incident with its first update, stamped now)
//! and `candor init` (a site to start from). What is written is checked by the same rules
//! as a build before it touches the disk.

use std::fmt::Write as _;
use std::fs;
use std::path::{Path, PathBuf};

use jiff::Timestamp;

use crate::check::placeholders;
use crate::check::{incident_id, slug};
use crate::diagnostic::Diagnostic;
use crate::edit::body::body_text;
use crate::edit::check::{check_flags, check_written, parse_written};
use crate::edit::files::{EditLock, create_new, resolve_inside};
use crate::edit::load_for_edit;
use crate::edit::summary::{Saved, summary, warnings};
use crate::edit::{Edited, NewRequest, author_or, when};
use crate::error::Error;
use crate::input::SitePaths;
use crate::input::SourceFile;
use crate::input::raw::{RawIncident, RawPerson, RawText, RawUpdate};

use super::languages::{lines_per_language, per_language, raw_text};
use crate::model::schema::SchemaFile;
use crate::model::{ComponentState, Config, Impact, Kind, Status, Vocabulary};
use crate::pointer::{Pointer, Seg};
use crate::yaml::write::{block, name, quote, stamp, stampable, unwritable};

pub(crate) use crate::error::io;

/// The state a component listed with no `=STATE` starts in: it follows the impact, so a
/// critical incident does not read "Degraded performance" (a maintenance sets none while it is
/// only scheduled, and an incident of no impact none at all).
pub(super) fn first_state(kind: Kind, impact: Option<&str>) -> Option<ComponentState> {
    if kind == Kind::Maintenance {
        return None;
    }
    match impact.and_then(Impact::parse)? {
        Impact::None => None,
        Impact::Minor => Some(ComponentState::DegradedPerformance),
        Impact::Major => Some(ComponentState::PartialOutage),
        Impact::Critical => Some(ComponentState::MajorOutage),
    }
}

/// How soon a new incident promises its next update when `--next` is not given (sooner when
/// `promises.max_gap` for its impact is shorter).
const FIRST_GAP: jiff::SignedDuration = jiff::SignedDuration::from_mins(30);

/// Component id → state word, in the order the flags gave them.
type States = Vec<(String, String)>;

/// The flags resolved into what the file will hold.
struct Plan {
    kind: Kind,
    status: Status,
    author: String,
    /// The listed components, in order, each once.
    ids: Vec<String>,
    /// The first update's states, as the flags (or the impact) give them.
    states: States,
    at: Timestamp,
    /// A maintenance's window.
    window: Option<(Timestamp, Timestamp)>,
    next: Option<Timestamp>,
    body: String,
    /// Whether `body` is the placeholder (no text was given).
    placeholder: bool,
    /// The main language's tag, and the title's and the body's texts in the site's other
    /// languages (`--title-in`, `--body-in`): each field is written one text per language
    /// when it has any.
    main: String,
    title_in: Vec<(String, String)>,
    body_in: Vec<(String, String)>,
}

impl Plan {
    /// A field's texts one per language, when it has any in another (`per_language`).
    fn texts(&self, main: &str, others: &[(String, String)]) -> Vec<(String, String)> {
        per_language(&self.main, main, others)
    }

    /// A field as the file's raw form reads it.
    fn raw(&self, main: &str, others: &[(String, String)]) -> RawText {
        raw_text(&self.main, main, others)
    }
}

impl Plan {
    fn of(args: &NewRequest, config: &Config, at: Timestamp) -> Result<Plan, Error> {
        if !stampable(at) {
            return Err(Error::Usage(format!(
                "--at `{at}` is outside the times candor supports ({})",
                crate::time::range_words()
            )));
        }
        let kind = args.kind;
        let (status, window) = match kind {
            Kind::Incident => {
                if args.from.is_some() || args.until.is_some() {
                    return Err(Error::Usage(
                        "--from and --until are for --kind maintenance; an incident starts \
                         at --at (default now)"
                            .into(),
                    ));
                }
                (Status::Investigating, None)
            }
            Kind::Maintenance => (Status::Scheduled, Some(window(args, config, at)?)),
        };
        if kind == Kind::Incident && args.impact.is_none() {
            return Err(Error::Usage(
                "an incident needs --impact (none, minor, major or critical)".into(),
            ));
        }
        let next = match (&args.next, kind) {
            (Some(n), _) => Some(when("--next", n, at, config)?),
            (None, Kind::Incident) => {
                // 30 minutes, or sooner if the site's policy for this impact asks for it.
                let gap = args.impact.as_deref().and_then(Impact::parse);
                let gap = gap.and_then(|i| config.promises.max_gap(i));
                let first = gap.filter(|g| *g < FIRST_GAP).unwrap_or(FIRST_GAP);
                Some(when(
                    "--next",
                    &format!("{}s", first.as_secs()),
                    at,
                    config,
                )?)
            }
            (None, Kind::Maintenance) => None,
        };
        let (ids, states) = components(args);
        let text = body_text(args.body.as_deref(), args.body_file.as_ref())?;
        let placeholder = text.is_none();
        let body = text.unwrap_or_else(|| match kind {
            Kind::Incident => placeholders::UPDATE_BODY.to_string(),
            Kind::Maintenance => placeholders::MAINTENANCE_BODY.to_string(),
        });
        let body_in = super::languages::in_languages("--body-in", &args.body_in, config, false)?;
        if placeholder && !body_in.is_empty() {
            return Err(Error::Usage(
                "--body-in gives the text in another language: give --body too".into(),
            ));
        }
        Ok(Plan {
            kind,
            status,
            author: author_or(args.author.as_deref(), args.owner.trim()),
            ids,
            states,
            at,
            window,
            next,
            body,
            placeholder,
            main: config
                .languages
                .first()
                .map(|l| l.tag.clone())
                .unwrap_or_default(),
            title_in: super::languages::in_languages("--title-in", &args.title_in, config, true)?,
            body_in,
        })
    }
}

/// `--from` (after now) and `--until` (a time, or a duration after `--from`).
fn window(
    args: &NewRequest,
    config: &Config,
    at: Timestamp,
) -> Result<(Timestamp, Timestamp), Error> {
    let (Some(from), Some(until)) = (&args.from, &args.until) else {
        return Err(Error::Usage(
            "a maintenance needs its window: --from WHEN --until WHEN (e.g. --from \
             'tomorrow 01:00' --until 2h)"
                .into(),
        ));
    };
    let from = when("--from", from, at, config)?;
    // A duration is the window's length; anything else is read as `--from` is.
    let until = match crate::time::parse_duration(until) {
        Ok(_) => when("--until", until, from, config)?,
        Err(_) => when("--until", until, at, config)?,
    };
    Ok((from, until))
}

/// `--component ID` or `ID=STATE`: the ids listed, and the first update's states (the
/// impact's state for an id given without one).
fn components(args: &NewRequest) -> (Vec<String>, States) {
    let default = first_state(args.kind, args.impact.as_deref());
    let mut ids: Vec<String> = Vec::new();
    let mut states = Vec::new();
    for spec in &args.components {
        let (id, state) = match spec.split_once('=') {
            Some((id, state)) => (id.trim().to_string(), Some(state.trim().to_string())),
            None => (spec.clone(), default.map(|s| s.as_str().to_string())),
        };
        if let Some(state) = state {
            states.push((id.clone(), state));
        }
        if !ids.contains(&id) {
            ids.push(id);
        }
    }
    (ids, states)
}

/// What `candor new` writes, with the values a parser must read back from it.
struct NewFile {
    text: String,
    /// The first update's body as YAML reads it.
    body: RawText,
}

/// The text of a new incident file. Every value a person passed is written quoted (or as a
/// literal block) so that it can only ever be that value.
fn incident_text(args: &NewRequest, plan: &Plan) -> NewFile {
    let owner_email = args
        .email
        .as_ref()
        .map(|e| format!(", email: {}", quote(e)))
        .unwrap_or_default();
    let body = block(&plan.body, 4);
    let ids: Vec<String> = plan.ids.iter().map(|c| name(c)).collect();
    let states: Vec<String> = plan
        .states
        .iter()
        .map(|(c, s)| format!("{}: {}", name(c), name(s)))
        .collect();
    let owner = quote(args.owner.trim());
    let at = stamp(plan.at);
    // First, the line that gives editors the schema (one folder down: `incidents/`).
    let mut t = SchemaFile::Incident.modeline(1);
    // One line at a time: YAML's indentation must survive exactly as written here.
    let _ = writeln!(
        t,
        "# Written by `candor new`. Add updates below, oldest first; see docs/format.md."
    );
    if plan.kind == Kind::Maintenance {
        let _ = writeln!(t, "kind: {}", Kind::Maintenance.as_str());
    }
    match plan.texts(args.title.trim(), &plan.title_in).as_slice() {
        [] => drop(writeln!(t, "title: {}", quote(args.title.trim()))),
        each => {
            for line in lines_per_language("title", each, 0, false).0 {
                let _ = writeln!(t, "{line}");
            }
        }
    }
    if let Some(impact) = &args.impact {
        let _ = writeln!(t, "impact: {}", name(impact));
    }
    let _ = writeln!(
        t,
        "owner: {{ name: {owner}, role: {}{owner_email} }}",
        quote(args.role.trim())
    );
    let _ = writeln!(t, "components: [{}]", ids.join(", "));
    match plan.window {
        None => drop(writeln!(t, "started_at: {at}")),
        Some((from, until)) => {
            let _ = writeln!(t, "scheduled_for: {}", stamp(from));
            let _ = writeln!(t, "scheduled_until: {}", stamp(until));
        }
    }
    let _ = writeln!(t, "updates:");
    let _ = writeln!(t, "  - at: {at}");
    let _ = writeln!(t, "    status: {}", plan.status.as_str());
    let _ = writeln!(t, "    author: {}", quote(&plan.author));
    if !states.is_empty() {
        let _ = writeln!(t, "    components: {{ {} }}", states.join(", "));
    }
    if let Some(next) = plan.next {
        let _ = writeln!(t, "    next_update_by: {}", stamp(next));
    }
    let each = plan.texts(&plan.body, &plan.body_in);
    let body = match each.is_empty() {
        true => {
            let _ = writeln!(t, "    body: {}", body.text);
            RawText::One(body.value)
        }
        false => {
            let (lines, read) = lines_per_language("body", &each, 4, true);
            for line in lines {
                let _ = writeln!(t, "{line}");
            }
            RawText::PerLanguage(read.into_iter().collect())
        }
    };
    NewFile { text: t, body }
}

/// Whether the file reads back as exactly the values passed: the check that no text a person
/// passed changed anything but its own value.
fn reads_back(raw: &RawIncident, args: &NewRequest, plan: &Plan, body: &RawText) -> bool {
    let states: std::collections::BTreeMap<String, String> = plan.states.iter().cloned().collect();
    raw.title == plan.raw(args.title.trim(), &plan.title_in)
        && raw.owner.name == args.owner.trim()
        && raw.owner.role.as_ref().and_then(|r| r.single()) == Some(args.role.trim())
        && raw.owner.email == args.email
        && raw.impact == args.impact
        && raw.components == plan.ids
        && raw.updates.len() == 1
        && raw.updates[0].author == plan.author
        && raw.updates[0].components == states
        && raw.updates[0].body == *body
        && raw.apology.is_none()
        && raw.postmortem.is_none()
        && raw.id.is_none()
}

/// `candor new`: writes a new incident file from the flags, under the site's edit lock, once
/// the build's rules accept it, with an id no other incident has. `at` is when it is stamped
/// (`--at`, else now); what is said afterwards is as of `now` (or `at`, if later).
pub(crate) fn new_incident(
    paths: &SitePaths,
    args: &NewRequest,
    (at, now): (Timestamp, Timestamp),
) -> Result<Edited, Error> {
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
    let plan = Plan::of(args, &config, at)?;
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
    check_flags(&source, raw_incident(args, &plan), &config, |at| {
        new_flag(at, args)
    })?;
    let new = incident_text(args, &plan);
    let taken: Vec<String> = loaded
        .incidents
        .iter()
        .map(|p| incident_id(&p.raw, &p.source.path))
        .collect();
    let path = create(paths, (args, &plan), &config, &taken, &base, &new)?;
    let file = paths.display(&path);
    let states: Vec<(String, ComponentState)> = plan
        .states
        .iter()
        .filter_map(|(c, s)| Some((c.clone(), ComponentState::parse(s)?)))
        .collect();
    let saved = Saved {
        what: format!("{} ({})", plan.kind.label(), plan.status.label()),
        file: &file,
        status: plan.status,
        states: &states,
        next: plan.next,
        window: plan.window,
        placeholder: plan.placeholder,
    };
    // Said as of now (or of the stamp, if later): a backdated incident's promise may have
    // passed already.
    let now = now.max(at);
    let summary = summary(&saved, &config, now);
    let warnings = warnings(
        SourceFile::new(path.clone(), file.clone(), new.text),
        &config,
        now,
    );
    Ok(Edited {
        path,
        summary,
        warnings,
    })
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
        ("--author", args.author.as_ref(), true),
        ("--body", args.body.as_ref(), false),
    ];
    let title_in = args.title_in.iter().map(|t| ("--title-in", Some(t), true));
    let body_in = args.body_in.iter().map(|t| ("--body-in", Some(t), false));
    let diags: Vec<Diagnostic> = texts
        .into_iter()
        .chain(title_in)
        .chain(body_in)
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

/// The incident the flags describe, in the file's raw form: what `incident_text` writes
/// (with a stand-in for a placeholder body, which is not a flag's value to judge: the written
/// file is checked with it).
fn raw_incident(args: &NewRequest, plan: &Plan) -> RawIncident {
    let body = match plan.placeholder {
        true => "To be written.".to_string(),
        false => plan.body.clone(),
    };
    RawIncident {
        id: args.id.clone(),
        kind: (plan.kind == Kind::Maintenance).then(|| plan.kind.as_str().to_string()),
        title: plan.raw(args.title.trim(), &plan.title_in),
        impact: args.impact.clone(),
        owner: RawPerson {
            name: args.owner.trim().to_string(),
            role: Some(args.role.trim().into()),
            email: args.email.clone(),
        },
        components: plan.ids.clone(),
        started_at: plan.window.is_none().then(|| stamp(plan.at)),
        scheduled_for: plan.window.map(|(f, _)| stamp(f)),
        scheduled_until: plan.window.map(|(_, u)| stamp(u)),
        updates: vec![RawUpdate {
            at: stamp(plan.at),
            status: plan.status.as_str().to_string(),
            author: plan.author.clone(),
            components: plan.states.iter().cloned().collect(),
            next_update_by: plan.next.map(stamp),
            workaround: None,
            body: plan.raw(&body, &plan.body_in),
        }],
        apology: None,
        postmortem: None,
        postmortem_published_at: None,
        draft: false,
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
        [Some("owner"), Some("name")] => "--owner",
        [Some("updates"), None, Some("author")] if args.author.is_some() => "--author",
        [Some("updates"), None, Some("author")] => "--owner",
        [Some("updates"), None, Some("next_update_by")] => "--next",
        [Some("scheduled_for")] => "--from",
        [Some("scheduled_until")] => "--until",
        [Some("kind")] => "--kind",
        [Some("owner"), Some("email")] => "--email",
        [Some("owner"), ..] => "--role",
        [Some("updates"), None, Some("body")] => "--body",
        [Some("updates"), None, Some("status")] => "--kind",
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
    (args, plan): (&NewRequest, &Plan),
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
            if !reads_back(&parsed.raw, args, plan, &new.body) {
                return Err(Error::input(
                    Diagnostic::error(
                        "candor new could not write these values so that they read back unchanged",
                    )
                    .with_help("simplify the title, names or text, or write the file by hand"),
                ));
            }
            check_written(&parsed, config, plan.placeholder)?;
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
