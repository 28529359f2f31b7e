//! Any bytes as an incident file, loaded and checked as `candor check` does (see
//! `candor_fuzz::load_check` for the properties).
#![no_main]

use std::sync::OnceLock;

use libfuzzer_sys::fuzz_target;

static SITE: OnceLock<candor_fuzz::Site> = OnceLock::new();

fuzz_target!(|bytes: &[u8]| {
    candor_fuzz::load_check(SITE.get_or_init(candor_fuzz::Site::new), bytes);
});
