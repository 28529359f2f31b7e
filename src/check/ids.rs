//! Incident ids: where an incident's id comes from (its `id:`, else its file name), what an
//! id may be, and the one rule across files (no id used twice).

use std::path::Path;

use crate::diagnostic::Diagnostic;
use crate::input::raw::RawIncident;
use crate::ptr;
use crate::yaml::parse::resolve;

use super::Checked;
use super::report::Report;

/// An incident's id: its `id:` when it has one, else its file name without `.yaml`. The one
/// derivation: the build, `new` (ids taken) and `update` (the id asked for) all use it.
pub(crate) fn incident_id(raw: &RawIncident, path: &Path) -> String {
    raw.id.clone().unwrap_or_else(|| {
        path.file_stem()
            .and_then(|s| s.to_str())
            .unwrap_or("")
            .to_string()
    })
}

/// `[a-z0-9][a-z0-9-]*`
pub(crate) fn is_valid_id(id: &str) -> bool {
    let mut chars = id.chars();
    matches!(chars.next(), Some(c) if c.is_ascii_lowercase() || c.is_ascii_digit())
        && chars.all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
}

/// A suggestion for a malformed id: lower case, dashes for anything else.
pub(crate) fn slug(s: &str) -> String {
    let mut out = String::new();
    for c in s.chars() {
        if c.is_ascii_alphanumeric() {
            out.push(c.to_ascii_lowercase());
        } else if !out.ends_with('-') && !out.is_empty() {
            out.push('-');
        }
    }
    out.trim_end_matches('-').to_string()
}

/// The id rule: an invalid `id:` is pointed at; one from the file name names the file.
pub(super) fn id_rule(r: &mut Report, raw: &RawIncident, id: &str) {
    if is_valid_id(id) {
        return;
    }
    let good = slug(id);
    if raw.id.is_some() {
        r.error(ptr!["id"], format!("incident id `{id}` is not valid"))
            .help = Some(format!(
            "ids use lower-case letters, digits and dashes, e.g. `{good}`"
        ));
    } else {
        // The id comes from the file name, so the file is the place, not a line in it.
        r.file_error(format!("the file name `{id}` is not a valid incident id"))
            .help = Some(format!(
            "ids use lower-case letters, digits and dashes: rename the file to `{good}.yaml`, or add `id: {good}`"
        ));
    }
}

pub(super) fn duplicate_ids(files: &[&Checked]) -> Vec<Diagnostic> {
    // Every id of the site, on every `watch` rebuild: a fast hasher.
    let mut seen: foldhash::HashMap<&str, &str> = foldhash::HashMapExt::with_capacity(files.len());
    let mut diags = Vec::new();
    for f in files {
        let Some(inc) = &f.incident else { continue };
        if let Some(first) = seen.insert(&inc.id, &f.file) {
            let mut d = Diagnostic::error(format!(
                "incident id `{}` is already used by `{first}`",
                inc.id
            ))
            .with_file(&f.file)
            .with_help("give this incident an `id:` of its own, or rename the file");
            // An id from `id:` is pointed at; one from the file name has no line to show. The
            // text is read again: keeping every file's text for this rare error would cost
            // memory on every build.
            if f.explicit_id
                && let Ok(source) = crate::input::SourceFile::read(&f.path, f.file.clone())
            {
                d = d
                    .at(ptr!["id"])
                    .with_help("change `id:` here: every incident needs an id of its own");
                resolve(std::slice::from_mut(&mut d), &source, None);
            }
            diags.push(d);
        }
    }
    diags
}
