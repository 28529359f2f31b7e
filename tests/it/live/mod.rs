//! Running `candor watch` and `candor serve` as real processes: start one on a temp site,
//! read what it prints as it prints it, and wait for outcomes (a line, a file's text, an HTTP
//! answer) with generous time limits. Nothing here sleeps to assert that something happened.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use crate::common::TestSite;

/// Long enough for a loaded 2-core CI machine running debug builds side by side; tests
/// finish as soon as the outcome is there.
pub const PATIENCE: Duration = Duration::from_secs(120);

/// Polls `f` until it gives a value; panics with `what` (and `log`) after `PATIENCE`.
pub fn wait_for<T>(what: &str, log: impl Fn() -> String, mut f: impl FnMut() -> Option<T>) -> T {
    let start = Instant::now();
    loop {
        if let Some(v) = f() {
            return v;
        }
        if start.elapsed() > PATIENCE {
            panic!("timed out waiting for {what}\n--- candor said:\n{}", log());
        }
        std::thread::sleep(Duration::from_millis(20));
    }
}

/// A `candor` process whose stderr is collected line by line.
pub struct Running {
    child: Child,
    lines: Arc<Mutex<Vec<String>>>,
    reader: Option<std::thread::JoinHandle<()>>,
}

impl Running {
    /// `candor --root SITE --color never ARGS`.
    pub fn start(site: &TestSite, args: &[&str]) -> Running {
        Running::of(site.process(args))
    }

    /// `cmd` started with its stderr collected, its stdin and stdout closed.
    pub fn of(mut cmd: Command) -> Running {
        let mut child = cmd
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .spawn()
            .expect("start candor");
        let lines = Arc::new(Mutex::new(Vec::new()));
        let sink = lines.clone();
        let stderr = child.stderr.take().unwrap();
        let reader = std::thread::spawn(move || {
            for line in BufReader::new(stderr).lines() {
                let Ok(line) = line else { break };
                sink.lock().unwrap().push(line);
            }
        });
        Running {
            child,
            lines,
            reader: Some(reader),
        }
    }

    /// The process id (to look at its open files or change its limits).
    pub fn pid(&self) -> u32 {
        self.child.id()
    }

    /// Everything printed so far.
    pub fn log(&self) -> String {
        self.lines.lock().unwrap().join("\n")
    }

    fn log_fn(&self) -> impl Fn() -> String + '_ {
        || self.log()
    }

    /// How many lines printed so far contain `needle`.
    pub fn count(&self, needle: &str) -> usize {
        self.lines
            .lock()
            .unwrap()
            .iter()
            .filter(|l| l.contains(needle))
            .count()
    }

    /// Waits until `n` lines contain `needle`; returns the `n`th.
    pub fn wait_line(&self, needle: &str, n: usize) -> String {
        wait_for(
            &format!("line #{n} containing {needle:?}"),
            self.log_fn(),
            || {
                self.lines
                    .lock()
                    .unwrap()
                    .iter()
                    .filter(|l| l.contains(needle))
                    .nth(n - 1)
                    .cloned()
            },
        )
    }

    /// Waits until `candor watch`/`serve` has built once and watches.
    pub fn wait_ready(&self) {
        self.wait_line("watching", 1);
    }

    /// Rebuild lines so far (successful or not).
    pub fn rebuilds(&self) -> usize {
        self.count(" rebuilt in ") + self.count(" rebuild failed in ")
    }

    /// Waits until `path` exists and its text satisfies `pred`.
    pub fn wait_file(&self, path: &Path, what: &str, pred: impl Fn(&str) -> bool) -> String {
        wait_for(&format!("{} {what}", path.display()), self.log_fn(), || {
            std::fs::read_to_string(path).ok().filter(|t| pred(t))
        })
    }

    /// Waits until `path` no longer exists.
    pub fn wait_gone(&self, path: &Path) {
        wait_for(&format!("{} to go", path.display()), self.log_fn(), || {
            (!path.exists()).then_some(())
        });
    }

    /// The port `candor serve` announced.
    pub fn port(&self) -> u16 {
        let line = self.wait_line("serving http://", 1);
        let after = line.split("serving http://").nth(1).unwrap();
        let hostport = after.split('/').next().unwrap();
        hostport.rsplit(':').next().unwrap().parse().unwrap()
    }

    /// Waits for the process to end by itself; its exit code.
    pub fn wait_exit(&mut self) -> Option<i32> {
        let start = Instant::now();
        loop {
            if let Some(status) = self.child.try_wait().unwrap() {
                // The reader ends at the end of the output: then every line is in.
                if let Some(r) = self.reader.take() {
                    let _ = r.join();
                }
                return status.code();
            }
            if start.elapsed() > PATIENCE {
                panic!("candor did not exit\n{}", self.log());
            }
            std::thread::sleep(Duration::from_millis(20));
        }
    }

    /// Asks the process to stop as Ctrl-C would (SIGTERM) and waits for it.
    pub fn stop(&mut self) -> Option<i32> {
        #[cfg(unix)]
        {
            let _ = Command::new("kill")
                .arg("-TERM")
                .arg(self.child.id().to_string())
                .status();
        }
        #[cfg(not(unix))]
        {
            let _ = self.child.kill();
        }
        self.wait_exit()
    }
}

impl Drop for Running {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// An HTTP answer.
#[derive(Debug)]
pub struct Reply {
    pub status: u16,
    pub headers: Vec<(String, String)>,
    pub body: String,
}

impl Reply {
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }
}

/// `GET path` sent exactly as given (no normalising of `..`), HTTP/1.1, connection closed.
pub fn get(port: u16, path: &str) -> Reply {
    let mut s = TcpStream::connect(("127.0.0.1", port)).expect("connect");
    s.set_read_timeout(Some(PATIENCE)).unwrap();
    write!(
        s,
        "GET {path} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nConnection: close\r\n\r\n"
    )
    .unwrap();
    let mut raw = Vec::new();
    s.read_to_end(&mut raw).unwrap();
    let text = String::from_utf8_lossy(&raw).into_owned();
    let (head, body) = text.split_once("\r\n\r\n").expect("a full HTTP answer");
    let mut lines = head.lines();
    let status = lines
        .next()
        .unwrap()
        .split(' ')
        .nth(1)
        .unwrap()
        .parse()
        .unwrap();
    let headers = lines
        .filter_map(|l| l.split_once(':'))
        .map(|(k, v)| (k.trim().to_string(), v.trim().to_string()))
        .collect();
    Reply {
        status,
        headers,
        body: body.to_string(),
    }
}

/// Writes `text` to `path` the way many editors save: a temporary file beside it, then a
/// rename over the original.
pub fn save_by_rename(path: &Path, text: &str) {
    let tmp = path.with_file_name(format!(
        ".{}.tmp-save",
        path.file_name().unwrap().to_string_lossy()
    ));
    std::fs::write(&tmp, text).unwrap();
    std::fs::rename(&tmp, path).unwrap();
}
