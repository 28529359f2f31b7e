//! The one integration-test binary (as mdBook's `tests/testsuite` and just's `tests/lib.rs`):
//! each file beside this one is a module, so a change to `src/` relinks one test binary, not
//! thirteen. Run one module with `cargo test --test it cli::`, one test by (part of) its name.

mod common;
mod live;

// The library items the tests use, named in one place.
mod library;

mod accountability;
mod api;
mod bilingual;
mod brand;
mod channels;
mod cli;
mod edits;
mod error_messages;
mod facts_first;
mod fuzz_corpus;
mod hostile;
mod i18n;
mod incremental_oracle;
mod language;
mod lifecycle;
mod limits;
mod message_format;
mod notify;
mod pages;
mod precompress;
mod previews;
mod promise_dates;
mod schema;
mod serve;
mod shell;
mod sms;
mod start;
mod status_words;
mod subscribe;
mod sync;
mod update;
mod watch;
