//! `candor update` on any incident file with any flags (see `candor_fuzz::update` for the
//! input layout and the property).
#![no_main]

use std::sync::OnceLock;

use libfuzzer_sys::fuzz_target;

static SITE: OnceLock<candor_fuzz::Site> = OnceLock::new();

fuzz_target!(|bytes: &[u8]| {
    candor_fuzz::update(SITE.get_or_init(candor_fuzz::Site::new), bytes);
});
