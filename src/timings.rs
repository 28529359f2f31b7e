//! Phase timings for profiling a build or rebuild (`CANDOR_TIMINGS=1`, see
//! docs/benchmarks.md). The stages mark their phases here; the lines go wherever the command
//! installed (its console), like a logger: nothing here prints, and with nothing installed a
//! mark costs one check.

use std::sync::OnceLock;
use std::time::Instant;

/// Where timing lines go; installed once per process by the command layer.
pub(crate) type Sink = Box<dyn Fn(&str) + Send + Sync>;

static SINK: OnceLock<Sink> = OnceLock::new();

/// Sends the phase timings of this process to `sink` from now on. Only the first call
/// counts (a process has one terminal).
pub(crate) fn install(sink: Sink) {
    let _ = SINK.set(sink);
}

/// Times the phases of one run, sending each as it ends.
#[derive(Debug)]
pub(crate) struct Phases {
    what: &'static str,
    last: Instant,
}

impl Phases {
    pub(crate) fn start(what: &'static str) -> Phases {
        Phases {
            what,
            last: Instant::now(),
        }
    }

    /// Ends the current phase, named `name`.
    pub(crate) fn mark(&mut self, name: &str) {
        if let Some(sink) = SINK.get() {
            let now = Instant::now();
            sink(&line(self.what, name, now - self.last));
            self.last = now;
        }
    }
}

/// How one phase reads: `timing: watch write: 5.2 ms`.
fn line(what: &str, name: &str, took: std::time::Duration) -> String {
    format!(
        "timing: {what} {name}: {:.1} ms",
        took.as_secs_f64() * 1000.0
    )
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_phase_reads_as_its_run_name_and_milliseconds() {
        let took = std::time::Duration::from_micros(5_260);
        assert_eq!(
            super::line("watch", "write", took),
            "timing: watch write: 5.3 ms"
        );
    }
}
