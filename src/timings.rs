//! Phase timings for profiling a build or rebuild: set `CANDOR_TIMINGS=1` and each phase's
//! milliseconds go to stderr. Off by default, and cheap when off (one check of a flag).

use std::sync::OnceLock;
use std::time::Instant;

fn enabled() -> bool {
    static ON: OnceLock<bool> = OnceLock::new();
    *ON.get_or_init(|| std::env::var_os("CANDOR_TIMINGS").is_some_and(|v| v != "0"))
}

/// Times the phases of one run, printing each as it ends.
#[derive(Debug)]
pub struct Phases {
    what: &'static str,
    last: Instant,
    on: bool,
}

impl Phases {
    pub fn start(what: &'static str) -> Phases {
        Phases {
            what,
            last: Instant::now(),
            on: enabled(),
        }
    }

    /// Ends the current phase, named `name`.
    pub fn mark(&mut self, name: &str) {
        if self.on {
            let now = Instant::now();
            eprintln!(
                "timing: {} {name}: {:.1} ms",
                self.what,
                (now - self.last).as_secs_f64() * 1000.0
            );
            self.last = now;
        }
    }
}
