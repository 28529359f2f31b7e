//! Everything `watch` keeps between rebuilds, so a save re-reads, re-checks and re-renders
//! only what it changed. A plain `build` never touches it.

pub mod parse_cache;
