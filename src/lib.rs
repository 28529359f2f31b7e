//! candor: YAML incident files in, a status site out. `run` is the whole program; `main.rs`
//! only maps its result to an exit code.

// Shared leaves: small facts every stage may use.
pub mod diagnostic;
pub mod error;
pub mod hash;
pub mod links;
pub mod pointer;
pub mod text;
pub mod time;
pub mod timings;

pub mod console;

// The stages, in the order data flows through them; each imports only from those above it
// in this list (`.ci/imports.py` checks it).
pub mod channels;
pub mod check;
pub mod derive;
pub mod input;
pub mod model;
pub mod output;
pub mod render;
pub mod yaml;

// What runs the stages: the shared pipeline, what watch keeps between rebuilds, edits of
// incident files, the long-running commands, and the command line.
pub mod cli;
pub mod commands;
pub mod edit;
pub mod incremental;
pub mod pipeline;
pub mod serve;
pub mod watch;

pub use commands::run;

/// Exit codes, as ripgrep and just use them.
pub const EXIT_OK: u8 = 0;
pub const EXIT_INPUT: u8 = 1;
pub const EXIT_USAGE: u8 = 2;
