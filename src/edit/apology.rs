//! `candor apologize`: writes the `apology:` block (signed letter and remedies) into a
//! resolved incident's file, leaving every other byte as it was, as `candor update` does for
//! an update. The block goes at the end of the file; the result is read back and must hold
//! the old values unchanged plus exactly the apology asked for, then pass the build's rules.

use jiff::Timestamp;

use crate::check::placeholders;
use crate::diagnostic::{Diagnostic, suggest};
use crate::edit::Edited;
use crate::edit::body::body_text;
use crate::edit::check::{check_flags, check_written, parse_written};
use crate::edit::files::replace;
use crate::edit::update::{checked, fail, in_file, line_break_at, on_disk, open};
use crate::error::Error;
use crate::input::SitePaths;
use crate::input::SourceFile;
use crate::input::raw::{RawApology, RawPerson, RawRemedy, RawText};
use crate::pointer::{Pointer, Seg};
use crate::yaml::write::{Document, block, name, quote, stamp, stampable, unwritable};

/// What `candor apologize` is asked to write (the command line's flags, as plain values).
#[derive(Debug, Clone)]
pub(crate) struct ApologyRequest {
    pub(crate) id: String,
    pub(crate) author: String,
    pub(crate) role: Option<String>,
    pub(crate) email: Option<String>,
    pub(crate) body: Option<String>,
    pub(crate) body_file: Option<std::path::PathBuf>,
    /// `offer=…; eligible=…; how=…; claim_url=…; deadline=…; status=…; issued_at=…`.
    pub(crate) remedies: Vec<String>,
}

/// A remedy's fields, as the file names them.
const REMEDY_KEYS: &[&str] = &[
    "offer",
    "eligible",
    "how",
    "claim_url",
    "deadline",
    "status",
    "issued_at",
];

/// One `--remedy`: `key=value` pairs split at each `;` that starts another known key (so an
/// offer may hold a `;` of its own); `how` defaults to `claim` when a `claim_url` is given,
/// else `automatic`.
fn remedy(spec: &str) -> Result<RawRemedy, Error> {
    let mut pairs: Vec<(String, String)> = Vec::new();
    for part in spec.split(';') {
        let key = part.split_once('=').map(|(k, _)| k.trim());
        match (key, pairs.last_mut()) {
            (Some(k), _) if REMEDY_KEYS.contains(&k) => {
                let (_, v) = part.split_once('=').unwrap_or_default();
                pairs.push((k.to_string(), v.trim().to_string()));
            }
            (_, Some((_, v))) => {
                v.push(';');
                v.push_str(part);
            }
            (k, None) => {
                let word = k.unwrap_or(part.trim());
                let help = suggest(word, REMEDY_KEYS).unwrap_or_else(|| {
                    "write it as 'offer=A £10 voucher; eligible=Everyone who…; \
                     claim_url=https://…; deadline=2026-12-31'"
                        .into()
                });
                return Err(Error::Usage(format!(
                    "--remedy `{spec}`: `{word}` is not a remedy field\nhelp: {help} (the \
                     fields: {})",
                    REMEDY_KEYS.join(", ")
                )));
            }
        }
    }
    let get = |k: &str| {
        pairs
            .iter()
            .rev()
            .find(|(key, _)| key == k)
            .map(|(_, v)| v.trim().to_string())
    };
    let (Some(offer), Some(eligible)) = (get("offer"), get("eligible")) else {
        return Err(Error::Usage(format!(
            "--remedy `{spec}` needs at least offer=… and eligible=…"
        )));
    };
    let claim_url = get("claim_url");
    let how = get("how").unwrap_or_else(|| {
        match claim_url {
            Some(_) => "claim",
            None => "automatic",
        }
        .to_string()
    });
    Ok(RawRemedy {
        offer: offer.into(),
        eligible: eligible.into(),
        how,
        claim_url,
        deadline: get("deadline"),
        status: get("status"),
        issued_at: get("issued_at"),
    })
}

/// The apology block's text, lines joined with `eol`, and the body as YAML reads it.
fn apology_text(a: &RawApology, eol: &str) -> (String, String) {
    let mut lines = vec!["apology:".to_string()];
    // The block `candor apology` writes: one text per field.
    let one = |t: &RawText| t.single().unwrap_or_default().to_string();
    let mut author = format!("  author: {{ name: {}", quote(&a.author.name));
    let role = a.author.role.as_ref().map(one);
    for (key, value) in [("role", &role), ("email", &a.author.email)] {
        if let Some(v) = value {
            author.push_str(&format!(", {key}: {}", quote(v)));
        }
    }
    lines.push(format!("{author} }}"));
    lines.push(format!("  published_at: {}", a.published_at));
    let body = block(&one(&a.body), 2);
    lines.push(format!("  body: {}", body.text));
    if !a.remedy.is_empty() {
        lines.push("  remedy:".into());
    }
    for r in &a.remedy {
        lines.push(format!("    - offer: {}", quote(&one(&r.offer))));
        lines.push(format!("      eligible: {}", quote(&one(&r.eligible))));
        lines.push(format!("      how: {}", name(&r.how)));
        if let Some(status) = &r.status {
            lines.push(format!("      status: {}", name(status)));
        }
        let optional = [
            ("claim_url", &r.claim_url),
            ("deadline", &r.deadline),
            ("issued_at", &r.issued_at),
        ];
        for (key, value) in optional {
            if let Some(v) = value {
                lines.push(format!("      {key}: {}", quote(v)));
            }
        }
    }
    let mut out = lines.join("\n").replace('\n', eol);
    out.push_str(eol);
    (out, body.value)
}

/// The flag that gave the value at `at` in the apology.
fn apology_flag(at: &Pointer) -> Option<String> {
    let keys: Vec<String> = at
        .segs
        .iter()
        .map(|s| match s {
            Seg::Key(k) => k.clone(),
            Seg::Index(i) => i.to_string(),
        })
        .collect();
    let keys: Vec<&str> = keys.iter().map(String::as_str).collect();
    let flag = match keys.as_slice() {
        ["apology", "author", "name", ..] => "--author".to_string(),
        ["apology", "author", "role", ..] => "--role".to_string(),
        ["apology", "author", "email", ..] => "--email".to_string(),
        ["apology", "published_at", ..] => "--at".to_string(),
        ["apology", "body", ..] => "--body".to_string(),
        ["apology", "remedy", i, rest @ ..] => {
            let n = i.parse::<usize>().map_or(0, |i| i + 1);
            match rest.first() {
                Some(k) => format!("--remedy {n} ({k})"),
                None => format!("--remedy {n}"),
            }
        }
        ["apology", ..] => "the apology".to_string(),
        _ => return None,
    };
    Some(flag)
}

/// Appends the apology block to `text` (after a line break, which is added when the file has
/// none at its end) and proves nothing else changed: the old values read back unchanged, and
/// the apology reads back as the one given.
fn append_apology(text: &str, apology: &RawApology) -> Result<(String, String), Vec<Diagnostic>> {
    let refuse = |why: String| {
        fail(
            format!("candor apologize cannot add to this file safely: {why}"),
            "add the apology by hand (see docs/format.md); the file was left as it was",
        )
    };
    let (bom, old) = match text.strip_prefix('\u{feff}') {
        Some(rest) => ("\u{feff}", rest),
        None => ("", text),
    };
    let old_values =
        Document::read(old).map_err(|e| refuse(format!("it is not valid YAML ({e})")))?;
    let eol = line_break_at(old, old.len());
    let (block, body) = apology_text(apology, eol);
    let mut new = format!("{bom}{old}");
    if !old.is_empty() && !old.ends_with(['\n', '\r']) {
        new.push_str(eol);
    }
    new.push_str(&block);
    let new_values = Document::read(&new[bom.len()..])
        .map_err(|e| refuse(format!("the apology would not read back as YAML ({e})")))?;
    if let Some(key) = old_values.changed_key(&new_values) {
        return Err(refuse(format!("adding the apology would change `{key}`")));
    }
    Ok((new, body))
}

/// `candor apologize`: writes the apology the flags describe into the resolved incident
/// `args.id`, under the site's edit lock, once the build's rules accept it.
pub(crate) fn apologize(
    paths: &SitePaths,
    args: &ApologyRequest,
    (at, now): (Timestamp, Timestamp),
) -> Result<Edited, Error> {
    let site = open(paths)?;
    let (file, incident) = checked(&site, &args.id)?;
    let config = &site.config;
    let shown = file.source.display.clone();
    let in_file = |d: Vec<Diagnostic>| in_file(&shown, d);
    if file.raw.apology.is_some() {
        return Err(in_file(fail(
            "the incident already has an apology",
            "edit its `apology:` block by hand; candor apologize writes a new one only",
        )));
    }
    if !incident.updates.last().is_some_and(|u| u.status.is_final()) {
        return Err(in_file(fail(
            "the incident is not resolved yet: apologize once it is over",
            format!(
                "resolve it first (`candor update {} --status resolved --body …`)",
                incident.id
            ),
        )));
    }
    if !stampable(at) {
        return Err(Error::Usage(format!(
            "--at `{at}` is outside the times candor supports ({})",
            crate::time::range_words()
        )));
    }
    let text = body_text(args.body.as_deref(), args.body_file.as_ref())?;
    let placeholder = text.is_none();
    for (what, value, one_line) in [
        ("--author", Some(args.author.as_str()), true),
        ("--role", args.role.as_deref(), true),
        ("--email", args.email.as_deref(), true),
        ("--body", text.as_deref(), false),
    ] {
        if let Some(why) = value.and_then(|v| unwritable(v, one_line)) {
            return Err(in_file(fail(
                format!("{what} {why}"),
                "remove the character, or write it as plain text",
            )));
        }
    }
    let apology = RawApology {
        author: RawPerson {
            name: args.author.trim().to_string(),
            role: args.role.as_ref().map(|r| r.trim().into()),
            email: args.email.clone(),
        },
        published_at: stamp(at),
        body: text
            .unwrap_or_else(|| placeholders::APOLOGY_BODY.to_string())
            .into(),
        remedy: args
            .remedies
            .iter()
            .map(|r| remedy(r))
            .collect::<Result<_, _>>()?,
        draft: false,
    };
    let mut raw = file.raw.clone();
    raw.apology = Some(RawApology {
        // A placeholder is not a flag's value to judge: the written file is checked with it.
        body: if placeholder {
            "To be written.".into()
        } else {
            apology.body.clone()
        },
        ..apology.clone()
    });
    check_flags(&file.source, raw, config, apology_flag)?;
    write(paths, file, config, (&apology, placeholder), (at, now))
}

/// Appends the block to the file as it is on disk, checks the result, replaces the file, and
/// says what was done.
fn write(
    paths: &SitePaths,
    file: &crate::yaml::load::Parsed<crate::input::raw::RawIncident>,
    config: &crate::model::Config,
    (apology, placeholder): (&RawApology, bool),
    (at, now): (Timestamp, Timestamp),
) -> Result<Edited, Error> {
    let shown = file.source.display.clone();
    let in_file = |d: Vec<Diagnostic>| in_file(&shown, d);
    let (real, text) = on_disk(paths, &file.source)?;
    let (new_text, body) = append_apology(&text, apology).map_err(in_file)?;
    let unmarked = new_text
        .strip_prefix('\u{feff}')
        .unwrap_or(&new_text)
        .to_string();
    let source = SourceFile::new(file.source.path.clone(), shown.clone(), unmarked.clone());
    let parsed = parse_written(source.clone())?;
    let back = parsed.raw.apology.as_ref();
    if back.is_none_or(|b| {
        b.body.single() != Some(body.as_str())
            || b.author.name != apology.author.name
            || b.remedy.len() != apology.remedy.len()
    }) {
        return Err(in_file(fail(
            "candor apologize could not write these values so that they read back unchanged",
            "simplify the text, or write the apology by hand",
        )));
    }
    check_written(&parsed, config, placeholder)?;
    replace(&real, new_text.as_bytes())?;
    let mut summary = vec![format!(
        "Apology signed by {} saved to {shown}, with {} remed{}.",
        apology.author.name,
        apology.remedy.len(),
        if apology.remedy.len() == 1 {
            "y"
        } else {
            "ies"
        }
    )];
    summary.push(format!(
        "Customers will see it on the incident's apology page, dated {}.",
        config.staff_clock().view(at).full
    ));
    if placeholder {
        summary.push(format!(
            "Not ready to publish: the letter is a placeholder ({}); write it in {shown} \
             (`candor check` refuses it until then).",
            placeholders::MARKER
        ));
        summary.push("Then push, or run `candor build`, to publish it.".into());
    } else {
        summary.push("Not yet public: push, or run `candor build`.".into());
    }
    Ok(Edited {
        path: file.source.path.clone(),
        summary,
        warnings: crate::edit::summary::warnings(source, config, now),
    })
}
