//! `candor update`: appends one well-formed update to an incident file and leaves every other
//! byte as it was (comments, layout, quoting, line endings), because people edit these files
//! by hand too. The result is checked with the build's rules before it is written.

use std::fs;
use std::path::{Path, PathBuf};

use jiff::{SignedDuration, Timestamp};

use crate::cli::UpdateArgs;
use crate::diagnostic::{Diagnostic, did_you_mean};
use crate::error::Error;
use crate::load::{Parsed, SitePaths, load_for_edit, parse};
use crate::locate::Locator;
use crate::model::*;
use crate::ptr;
use crate::raw::RawIncident;
use crate::source::SourceFile;
use crate::validate::check_incident;
use crate::yamltext::{block, quote, stamp};

/// Where the update was written, or why not.
pub type Updated = Result<PathBuf, Vec<Diagnostic>>;

fn fail(message: impl Into<String>, help: impl Into<String>) -> Vec<Diagnostic> {
    vec![Diagnostic::error(message).with_help(help)]
}

/// `--next 30m` (after the update) or `--next 14:30` (the next such clock time in the site's
/// zone after the update).
pub fn parse_next(s: &str, at: Timestamp, tz: &jiff::tz::TimeZone) -> Result<Timestamp, String> {
    let s = s.trim();
    if let Ok(time) = s.parse::<jiff::civil::Time>() {
        let zoned = at.to_zoned(tz.clone());
        let mut candidate = zoned
            .date()
            .to_datetime(time)
            .to_zoned(tz.clone())
            .map_err(|e| e.to_string())?;
        if candidate.timestamp() <= at {
            candidate = candidate
                .date()
                .tomorrow()
                .map_err(|e| e.to_string())?
                .to_datetime(time)
                .to_zoned(tz.clone())
                .map_err(|e| e.to_string())?;
        }
        return Ok(candidate.timestamp());
    }
    let d: SignedDuration = s.parse().map_err(|_| {
        format!("`{s}` is neither a duration (`30m`, `1h`) nor a time of day (`14:30`)")
    })?;
    if d <= SignedDuration::ZERO {
        return Err(format!("`{s}` is not a time in the future"));
    }
    Ok(at + d)
}

/// The update to append, as the file will say it.
struct NewItem<'a> {
    at: Timestamp,
    status: Status,
    author: &'a str,
    components: &'a [(String, ComponentState)],
    next: Option<Timestamp>,
    body: &'a str,
}

/// The text of one update item, indented like the file's own items, in its line endings.
fn item_text(item: &NewItem<'_>, indent: usize, eol: &str) -> String {
    let NewItem {
        at,
        status,
        author,
        components,
        next,
        body,
    } = *item;
    let pad = " ".repeat(indent);
    let mut lines = vec![
        format!("{pad}- at: {}", stamp(at)),
        format!("{pad}  status: {}", status.as_str()),
        format!("{pad}  author: {}", quote(author)),
    ];
    if !components.is_empty() {
        let states: Vec<String> = components
            .iter()
            .map(|(c, s)| format!("{c}: {}", s.as_str()))
            .collect();
        lines.push(format!("{pad}  components: {{ {} }}", states.join(", ")));
    }
    if let Some(n) = next {
        lines.push(format!("{pad}  next_update_by: {}", stamp(n)));
    }
    lines.push(format!("{pad}  body: {}", block(body, indent + 4)));
    // Built with `\n`, written in the file's own line endings.
    let mut out = lines.join("\n").replace('\n', eol);
    out.push_str(eol);
    out
}

/// Byte offset of the start of 1-based `line`.
fn line_start(text: &str, line: usize) -> usize {
    if line <= 1 {
        return 0;
    }
    text.match_indices('\n')
        .nth(line - 2)
        .map_or(text.len(), |(i, _)| i + 1)
}

/// Where the new item goes: after the last update, before whatever follows the list (and
/// before the comments and blank lines that lead into it, which belong to what follows).
fn insertion_point(text: &str, locator: &Locator) -> usize {
    let keys = locator.top_level_keys();
    let after = keys
        .iter()
        .skip_while(|(k, _)| k != "updates")
        .nth(1)
        .map(|(_, p)| p.line);
    let Some(next_line) = after else {
        return text.len();
    };
    let mut line = next_line;
    let lines: Vec<&str> = text.split('\n').collect();
    while line > 1 {
        let prev = lines[line - 2].trim();
        if prev.is_empty() || prev.starts_with('#') {
            line -= 1;
        } else {
            break;
        }
    }
    line_start(text, line)
}

pub fn update_incident(
    paths: &SitePaths,
    args: &UpdateArgs,
    now: Timestamp,
) -> Result<Updated, Error> {
    let (loaded, config) = match load_for_edit(paths) {
        Ok(found) => found,
        Err(diags) => return Ok(Err(diags)),
    };
    let stem = |p: &Path| {
        p.file_stem()
            .and_then(|s| s.to_str())
            .unwrap_or("")
            .to_string()
    };
    let Some(file) = loaded
        .incidents
        .iter()
        .find(|p| p.raw.id.clone().unwrap_or_else(|| stem(&p.source.path)) == args.id)
    else {
        // A file that does not parse is not in `incidents`: say so rather than "no such id".
        if let Some(d) = loaded.diagnostics.iter().find(|d| {
            d.file
                .as_deref()
                .is_some_and(|f| f.ends_with(&format!("{}.yaml", args.id)))
        }) {
            return Ok(Err(vec![d.clone()]));
        }
        let ids: Vec<String> = loaded
            .incidents
            .iter()
            .map(|p| p.raw.id.clone().unwrap_or_else(|| stem(&p.source.path)))
            .collect();
        let help = did_you_mean(&args.id, ids.iter().map(String::as_str))
            .map(|h| format!("did you mean `{h}`?"))
            .unwrap_or_else(|| {
                "the id is the file name in incidents/ without .yaml, or its `id:`".into()
            });
        return Ok(Err(fail(format!("no incident `{}`", args.id), help)));
    };
    let (incident, d) = check_incident(file, Some(&config));
    let Some(incident) = incident else {
        return Ok(Err(d));
    };

    // The new update, checked piece by piece with messages about the flags.
    let statuses = incident.kind.statuses();
    let Some(status) = Status::parse(&args.status).filter(|s| statuses.contains(s)) else {
        let names: Vec<&str> = statuses.iter().map(|s| s.as_str()).collect();
        let help = did_you_mean(&args.status, names.iter().copied())
            .map(|h| format!("did you mean `{h}`?"))
            .unwrap_or_else(|| {
                format!(
                    "a {} moves through: {}",
                    incident.kind.as_str(),
                    names.join(", ")
                )
            });
        return Ok(Err(fail(
            format!(
                "`{}` is not a status {} can have",
                args.status,
                match incident.kind {
                    Kind::Incident => "an incident",
                    Kind::Maintenance => "a maintenance",
                }
            ),
            help,
        )));
    };
    if let Some(last) = incident.updates.last()
        && last.status.is_final()
    {
        return Ok(Err(fail(
            format!(
                "`{}` is already {}; it takes no more updates",
                incident.id,
                last.status.as_str()
            ),
            "if the problem is back, open a new incident with `candor new` and link the old one",
        )));
    }
    let at = args.at.unwrap_or(now);
    if let Some(last) = incident.updates.last()
        && at < last.at
    {
        return Ok(Err(fail(
            "the new update would be earlier than the last one",
            format!("the last update is at {}; pass a later --at", last.at),
        )));
    }
    let author = args
        .author
        .clone()
        .or_else(|| {
            std::env::var("CANDOR_AUTHOR")
                .ok()
                .filter(|s| !s.trim().is_empty())
        })
        .unwrap_or_else(|| incident.owner.name.clone());
    let body = match (&args.body, &args.body_file) {
        (Some(b), None) => b.clone(),
        (None, Some(f)) => fs::read_to_string(f).map_err(|source| Error::Io {
            path: f.clone(),
            source,
        })?,
        (Some(_), Some(_)) => {
            return Err(Error::Usage("give --body or --body-file, not both".into()));
        }
        (None, None) => {
            return Err(Error::Usage(
                "the update needs text: --body \"…\" or --body-file FILE".into(),
            ));
        }
    };
    if body.trim().is_empty() {
        return Ok(Err(fail(
            "the update's text is empty",
            "write what customers need to know",
        )));
    }
    let mut components = Vec::new();
    for spec in &args.components {
        let Some((id, state)) = spec.split_once('=') else {
            return Err(Error::Usage(format!(
                "--component `{spec}`: write it as id=state, e.g. checkout=partial_outage"
            )));
        };
        let (id, state) = (id.trim(), state.trim());
        if !incident.components.iter().any(|c| c == id) {
            let help = did_you_mean(id, incident.components.iter().map(String::as_str))
                .map(|h| format!("did you mean `{h}`?"))
                .unwrap_or_else(|| {
                    format!(
                        "this incident's components are: {}",
                        incident.components.join(", ")
                    )
                });
            return Ok(Err(fail(
                format!("component `{id}` is not in this incident"),
                help,
            )));
        }
        let Some(s) = ComponentState::parse(state) else {
            let help = did_you_mean(state, ComponentState::names())
                .map(|h| format!("did you mean `{h}`?"))
                .unwrap_or_else(|| format!("use one of: {}", ComponentState::names().join(", ")));
            return Ok(Err(fail(
                format!("unknown component state `{state}`"),
                help,
            )));
        };
        components.push((id.to_string(), s));
    }
    // Resolving brings every listed component back, unless the flags say otherwise.
    if status.is_final() && args.components.is_empty() {
        components = incident
            .components
            .iter()
            .map(|c| (c.clone(), ComponentState::Operational))
            .collect();
    }
    let next = if status.is_final() {
        None
    } else {
        match &args.next {
            Some(n) => Some(parse_next(n, at, &config.timezone).map_err(Error::Usage)?),
            None => config.promises.max_gap(incident.impact).map(|gap| at + gap),
        }
    };

    // Splice the item into the file's own text.
    let text = file.source.text.to_string();
    let locator = Locator::new(&text);
    let Some(items) = locator.item_positions(&ptr!["updates"]) else {
        return Ok(Err(fail(
            "the file has no `updates:` list to add to",
            "add `updates:` with a first item",
        )));
    };
    let first = items.first().copied();
    let updates_key = locator
        .top_level_keys()
        .into_iter()
        .find(|(k, _)| k == "updates");
    let (indent, block) = match (first, updates_key) {
        (Some(p), Some((_, key))) if p.line > key.line => (p.col.saturating_sub(3), true),
        (None, _) => (2, false),
        _ => (0, false),
    };
    if !block {
        return Ok(Err(fail(
            "`updates:` is written in flow style (`[ … ]`), which candor update cannot extend without rewriting it",
            "write the updates as `- at: …` items, one per block, then run candor update again",
        )));
    }
    let eol = if text.contains("\r\n") { "\r\n" } else { "\n" };
    let body = body.replace("\r\n", "\n");
    let new_item = NewItem {
        at,
        status,
        author: &author,
        components: &components,
        next,
        body: &body,
    };
    let item = item_text(&new_item, indent, eol);
    let at_byte = insertion_point(&text, &locator);
    let mut new_text = String::with_capacity(text.len() + item.len() + 2);
    new_text.push_str(&text[..at_byte]);
    if !new_text.is_empty() && !new_text.ends_with('\n') {
        new_text.push_str(eol);
    }
    new_text.push_str(&item);
    new_text.push_str(&text[at_byte..]);

    // Check the result with the build's rules before touching the disk.
    let source = SourceFile::new(
        file.source.path.clone(),
        file.source.display.clone(),
        new_text.clone(),
    );
    let raw = match parse::<RawIncident>(&source) {
        Ok(raw) => raw,
        Err(d) => return Ok(Err(vec![d])),
    };
    let (_, d) = check_incident(&Parsed { source, raw }, Some(&config));
    if d.iter().any(Diagnostic::is_error) {
        return Ok(Err(d));
    }
    let path = file.source.path.clone();
    let tmp = path.with_extension("yaml.candor-tmp");
    fs::write(&tmp, new_text.as_bytes()).map_err(|source| Error::Io {
        path: tmp.clone(),
        source,
    })?;
    fs::rename(&tmp, &path).map_err(|source| Error::Io {
        path: path.clone(),
        source,
    })?;
    Ok(Ok(path))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn next_accepts_durations_and_clock_times() {
        let tz = jiff::tz::TimeZone::get("Europe/London").unwrap();
        let at: Timestamp = "2026-11-23T15:28:00Z".parse().unwrap();
        assert_eq!(
            parse_next("30m", at, &tz).unwrap(),
            "2026-11-23T15:58:00Z".parse().unwrap()
        );
        assert_eq!(
            parse_next("1h", at, &tz).unwrap(),
            "2026-11-23T16:28:00Z".parse().unwrap()
        );
        assert_eq!(
            parse_next("16:30", at, &tz).unwrap(),
            "2026-11-23T16:30:00Z".parse().unwrap()
        );
        // A clock time already past today means tomorrow.
        assert_eq!(
            parse_next("09:00", at, &tz).unwrap(),
            "2026-11-24T09:00:00Z".parse().unwrap()
        );
        assert!(parse_next("soon", at, &tz).is_err());
    }
}
