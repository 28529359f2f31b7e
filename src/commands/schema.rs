//! `candor schema config|incident` prints a JSON Schema; `candor schema --write` writes both
//! into the site, where the modelines of the files `init` and `new` write point.

use std::process::ExitCode;

use crate::cli::{GlobalArgs, SchemaArgs};
use crate::console::Console;
use crate::edit::schema::write_schemas;
use crate::error::Error;

pub(super) fn run(g: &GlobalArgs, console: Console, args: &SchemaArgs) -> Result<ExitCode, Error> {
    if let Some(file) = args.file {
        console.print(&file.text());
        return super::exit(true);
    }
    // Like the commands that write input files: the paths written on stdout, or why nothing
    // was (exit 1).
    match write_schemas(&g.root) {
        Ok(written) if written.is_empty() => {
            console.tell("The schemas in .candor/schema/ are up to date.");
        }
        Ok(written) => {
            for path in &written {
                console.print(&path.display().to_string());
            }
        }
        Err(Error::Input(diags)) => {
            console.report(&diags);
            return super::exit(false);
        }
        Err(e) => return Err(e),
    }
    super::exit(true)
}
