//! `candor init`: a new site folder with the user's own config and an empty `incidents/`.
//! The config holds only what the user said (asked at a terminal, or given by flags); a fact
//! nobody gave is written as a marked placeholder that `check` refuses, so the first `build`
//! publishes the user's own site or nothing. No example incident is written: one with
//! made-up people and an outage is fiction a hurried first `build` would publish (and, as a
//! draft, something to find and delete); `candor new` writes the first real one.

use std::fs;
use std::path::Path;

use crate::check::{is_init_placeholder, is_init_placeholder_error, slug, validate_config};
use crate::diagnostic::Diagnostic;
use crate::edit::Edited;
use crate::edit::new::{io, write_new};
use crate::edit::schema::write_schemas;
use crate::error::Error;
use crate::input::SourceFile;
use crate::input::raw::RawConfig;
use crate::model::schema::SchemaFile;
use crate::yaml::load::Parsed;
use crate::yaml::parse::{parse, resolve};
use crate::yaml::write::{name, quote};

/// What the site is, as the user gave it; `None` (or no components) is written as a
/// placeholder to fill in.
#[derive(Debug, Clone, Default)]
pub(crate) struct InitRequest {
    pub(crate) title: Option<String>,
    pub(crate) base_url: Option<String>,
    /// An IANA zone; the command decides the default (this machine's zone).
    pub(crate) timezone: String,
    pub(crate) contact_name: Option<String>,
    pub(crate) contact_email: Option<String>,
    pub(crate) contact_url: Option<String>,
    /// Component names, in the order the page lists them; ids are made from them.
    pub(crate) components: Vec<String>,
}

const TITLE: &str = "TODO(candor): your status site's title, e.g. Example Ltd status";
const BASE_URL: &str =
    "TODO(candor): the address the site is published at, e.g. https://status.example.com/";
const CONTACT: &str = "TODO(candor): who customers contact, e.g. Example Customer Care";
const COMPONENT: &str = "TODO(candor): a part of your service customers use, e.g. Website";

pub(crate) fn init(dir: &Path, req: &InitRequest) -> Result<Edited, Error> {
    let config = dir.join("candor.yaml");
    let exists = || {
        Error::Input(vec![
            Diagnostic::error(format!("`{}` already exists", config.display()))
                .with_help("candor init starts a new site; pick an empty folder"),
        ])
    };
    if config.exists() {
        return Err(exists());
    }
    let text = config_text(req);
    check(&config, &text)?;
    let incidents = dir.join("incidents");
    fs::create_dir_all(&incidents).map_err(io(&incidents))?;
    if !write_new(&config, &text)? {
        return Err(exists());
    }
    write_schemas(dir)?;
    Ok(Edited {
        summary: summary(&config, req),
        path: config,
        warnings: Vec::new(),
    })
}

/// The config's text: what the user gave, placeholders for the rest, and the promise policy
/// every site starts with (explained where it is written, for the person who edits it next).
fn config_text(req: &InitRequest) -> String {
    let or = |v: &Option<String>, placeholder: &str| quote(v.as_deref().unwrap_or(placeholder));
    // First, the line that gives editors the schema `init` writes beside it.
    let mut t = SchemaFile::Config.modeline(0);
    t += "# Your status site. `candor check` says what is wrong and how to fix it; every field\n\
          # is described in docs/format.md.\n";
    t += &format!("title: {}\n", or(&req.title, TITLE));
    t += &format!("base_url: {}\n", or(&req.base_url, BASE_URL));
    t += &format!("timezone: {}\n", quote(&req.timezone));
    t += "language: en\n";
    t += "# Shown on every page: how customers reach a person.\ncontact:\n";
    t += &format!("  name: {}\n", or(&req.contact_name, CONTACT));
    if let Some(email) = &req.contact_email {
        t += &format!("  email: {}\n", quote(email));
    }
    if let Some(url) = &req.contact_url {
        t += &format!("  url: {}\n", quote(url));
    }
    t += "# The parts of your service customers see, in the order the page lists them.\n\
          components:\n";
    let placeholder = [COMPONENT.to_string()];
    let names = match req.components.is_empty() {
        true => &placeholder[..],
        false => &req.components[..],
    };
    for (n, c) in names.iter().enumerate() {
        t += &format!(
            "  - id: {}\n    name: {}\n",
            name(&component_id(c, n)),
            quote(c)
        );
    }
    t += "# How promised updates are judged: an update up to `grace` late still keeps its promise,\n\
          # and `candor check` warns when an open incident's next promise is further off than\n\
          # `max_gap`.\n\
          promises:\n  grace: 5m\n  max_gap: { critical: 30m, major: 1h, minor: 4h }\n";
    t
}

/// A component's id, from its name ("Sign-in and accounts" is `sign-in-and-accounts`); a
/// name with no letter an id can hold gets a numbered one.
fn component_id(component: &str, n: usize) -> String {
    match slug(component) {
        s if s.is_empty() || is_init_placeholder(component) => format!("component-{}", n + 1),
        s => s,
    }
}

/// Refuses a config with an error the user's own values caused (each named by its flag), so
/// nothing is written; a placeholder's error is left for `check` to give until it is replaced.
fn check(path: &Path, text: &str) -> Result<(), Error> {
    let source = SourceFile::new(path.to_path_buf(), "candor.yaml".into(), text);
    let raw = parse::<RawConfig>(&source).map_err(Error::input)?;
    let parsed = Parsed { source, raw };
    let (_, mut diags) = validate_config(&parsed, &Default::default(), &[]);
    diags.retain(|d| d.is_error() && !is_init_placeholder_error(d));
    if diags.is_empty() {
        return Ok(());
    }
    for d in &mut diags {
        if let Some(at) = d.take_pointer() {
            let field = at.to_string();
            d.message = format!("{}: {}", flag(&field), d.message);
        }
    }
    resolve(&mut diags, &parsed.source, None);
    Err(Error::Input(diags))
}

/// The flag that gave the value at `field` in the written config.
fn flag(field: &str) -> &'static str {
    match field.split(['.', '[']).next().unwrap_or_default() {
        "title" => "--title",
        "base_url" => "--base-url",
        "timezone" => "--timezone",
        "components" => "--component",
        _ if field.ends_with("email") => "--contact-email",
        _ if field.ends_with("url") => "--contact-url",
        _ => "--contact-name",
    }
}

/// What was written, what is left to fill in, and the next step.
fn summary(config: &Path, req: &InitRequest) -> Vec<String> {
    let missing: Vec<&str> = [
        ("title (--title)", req.title.is_none()),
        ("base_url (--base-url)", req.base_url.is_none()),
        ("contact name (--contact-name)", req.contact_name.is_none()),
        ("components (--component)", req.components.is_empty()),
    ]
    .into_iter()
    .filter_map(|(what, missing)| missing.then_some(what))
    .collect();
    let mut lines = vec![format!(
        "Site started: {} (zone {}) and an empty incidents/ folder; nothing is published yet.",
        config.display(),
        req.timezone
    )];
    if missing.is_empty() {
        lines.push(
            "Next: `candor serve` to preview the page; `candor new` when something goes \
             wrong; `candor build` writes the site into public/."
                .into(),
        );
    } else {
        lines.push(format!(
            "To fill in (marked TODO(candor); `candor check` refuses the site until they are \
             replaced): {}.",
            missing.join(", ")
        ));
    }
    lines
}
