//! candor: YAML incident files in, a status site out. `run` is the whole program; `main.rs`
//! only maps its result to an exit code.

// Shared leaves: small facts every stage may use.
pub mod diagnostic;
pub mod error;
pub(crate) mod fonts;
pub(crate) mod hash;
pub(crate) mod links;
pub(crate) mod locale;
pub(crate) mod pointer;
pub(crate) mod text;
pub(crate) mod time;
pub(crate) mod timings;

pub(crate) mod console;

// The stages, in the order data flows through them; each imports only from those above it
// in this list (`.ci/imports.py` checks it).
pub mod channels;
pub(crate) mod check;
pub(crate) mod derive;
pub mod input;
pub(crate) mod model;
pub mod output;
pub mod render;
pub mod yaml;

// What runs the stages: the shared pipeline, what watch keeps between rebuilds, edits of
// incident files, the long-running commands, and the command line.
pub mod cli;
pub(crate) mod commands;
pub mod edit;
pub mod incremental;
pub mod notify;
pub mod pipeline;
pub(crate) mod serve;
pub(crate) mod watch;

pub use commands::run;

/// Exit codes, as ripgrep and just use them.
pub const EXIT_OK: u8 = 0;
pub const EXIT_INPUT: u8 = 1;
pub const EXIT_USAGE: u8 = 2;
