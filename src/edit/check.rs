//! The build's rules on what `new` and `update` write, twice: first on the item built from
//! the flags (so a value a flag gives is judged, and worded, as the same value in a file, the
//! message naming the flag instead of a line), then on the file's text about to be written.

use crate::check::check_incident;
use crate::check::placeholders::is_placeholder_error;
use crate::diagnostic::Diagnostic;
use crate::error::Error;
use crate::input::SourceFile;
use crate::input::raw::RawIncident;
use crate::model::{Config, Incident};
use crate::pointer::Pointer;
use crate::yaml::load::Parsed;
use crate::yaml::parse::{parse, resolve};

/// Checks `raw`, built from flags, as if it were the file at `source` (whose text holds the
/// values no flag gave, if any): the incident, or every error. An error about a value a flag
/// gave names the flag `flag_of` finds for its place (`--status: unknown incident status
/// …`); any other is pointed into `source`.
pub(crate) fn check_flags(
    source: &SourceFile,
    raw: RawIncident,
    config: &Config,
    flag_of: impl Fn(&Pointer) -> Option<String>,
) -> Result<Incident, Error> {
    let parsed = Parsed {
        source: source.clone(),
        raw,
    };
    let (incident, mut diags) = check_incident(&parsed, Some(config));
    if let Some(incident) = incident {
        return Ok(incident);
    }
    diags.retain(Diagnostic::is_error);
    // One value may be judged in two places (`new`'s component in the list and in the first
    // update's states): said once for its flag.
    let mut said: Vec<String> = Vec::new();
    diags.retain_mut(|d| {
        let Some(at) = d.take_pointer() else {
            return true;
        };
        let Some(flag) = flag_of(&at) else {
            d.set_pointer(Some(at));
            return true;
        };
        d.message = format!("{flag}: {}", d.message);
        let repeat = said.contains(&d.message);
        said.push(d.message.clone());
        !repeat
    });
    resolve(&mut diags, source, None);
    Err(Error::Input(diags))
}

/// The text about to be written, parsed as the build will read it.
pub(crate) fn parse_written(source: SourceFile) -> Result<Parsed<RawIncident>, Error> {
    match parse::<RawIncident>(&source) {
        Ok(raw) => Ok(Parsed { source, raw }),
        Err(d) => Err(Error::input(d)),
    }
}

/// The build's errors in the text about to be written, pointed at its lines (warnings do not
/// stop an edit, nor, when `placeholder` says the edit wrote one on purpose, the placeholder
/// error: the person is told to replace it).
pub(crate) fn check_written(
    parsed: &Parsed<RawIncident>,
    config: &Config,
    placeholder: bool,
) -> Result<(), Error> {
    let (_, mut diags) = check_incident(parsed, Some(config));
    diags.retain(|d| !(placeholder && is_placeholder_error(d)));
    if !diags.iter().any(Diagnostic::is_error) {
        return Ok(());
    }
    diags.retain(Diagnostic::is_error);
    resolve(&mut diags, &parsed.source, None);
    Err(Error::Input(diags))
}
