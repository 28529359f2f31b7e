//! `candor schema config|incident` prints a JSON Schema; `candor schema --write` writes both
//! into the site, where the modelines of the files `init` and `new` write point.

use std::process::ExitCode;

use crate::EXIT_OK;
use crate::cli::{GlobalArgs, SchemaArgs};
use crate::console::Console;
use crate::edit::schema::write_schemas;
use crate::error::Error;

pub(super) fn run(g: &GlobalArgs, console: Console, args: &SchemaArgs) -> Result<ExitCode, Error> {
    if let Some(file) = args.file {
        console.print(&file.text());
        return Ok(ExitCode::from(EXIT_OK));
    }
    let written = write_schemas(&g.root)?;
    for path in &written {
        console.print(&path.display().to_string());
    }
    if written.is_empty() {
        console.tell("The schemas in .candor/schema/ are up to date.");
    }
    Ok(ExitCode::from(EXIT_OK))
}
