//! What packagers install beside the binary: shell completion scripts (`candor completions`)
//! and manual pages (`candor man`), both generated from the command line's own definition.

use std::path::Path;
use std::process::Command as Process;

use assert_cmd::Command;
use tempfile::TempDir;

/// Every subcommand a person can type (the scripts and pages must know each).
const SUBCOMMANDS: [&str; 13] = [
    "init",
    "new",
    "check",
    "build",
    "watch",
    "serve",
    "announce",
    "update",
    "notify",
    "apologize",
    "completions",
    "man",
    "schema",
];

fn candor(args: &[&str]) -> String {
    let out = Command::cargo_bin("candor")
        .unwrap()
        .args(args)
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    String::from_utf8(out).unwrap()
}

#[test]
fn each_shell_s_completion_script_names_every_subcommand() {
    for shell in ["bash", "zsh", "fish", "powershell", "elvish"] {
        let script = candor(&["completions", shell]);
        assert!(script.len() > 1000, "{shell}: {script}");
        for sub in SUBCOMMANDS {
            assert!(script.contains(sub), "{shell}: no `{sub}` in\n{script}");
        }
        // A flag of a subcommand is completed too, and (where clap_complete's script for the
        // shell completes values) the values of an enum flag.
        assert!(script.contains("--fail-on"), "{shell}");
        if ["bash", "zsh", "fish"].contains(&shell) {
            assert!(
                script.contains("short") && script.contains("github"),
                "{shell}: --message-format's values"
            );
        }
    }
    assert!(
        Command::cargo_bin("candor")
            .unwrap()
            .args(["completions", "tcsh"])
            .assert()
            .code(2)
            .get_output()
            .stderr
            .starts_with(b"error: invalid value 'tcsh'")
    );
}

/// `bash -n` parses the script without running it: a syntax error fails here, not in
/// someone's shell start-up.
#[test]
fn the_bash_completion_script_is_valid_bash() {
    let tmp = TempDir::new().unwrap();
    let script = tmp.path().join("candor.bash");
    std::fs::write(&script, candor(&["completions", "bash"])).unwrap();
    let status = Process::new("bash")
        .arg("-n")
        .arg(&script)
        .status()
        .unwrap();
    assert!(status.success(), "bash -n failed on the completion script");
}

#[test]
fn man_writes_one_page_per_subcommand_that_man_renders() {
    let tmp = TempDir::new().unwrap();
    let out = tmp.path().join("man/man1");
    let listed = candor(&["man", "--out", out.to_str().unwrap()]);
    let mut pages = vec!["candor.1".to_string()];
    pages.extend(SUBCOMMANDS.iter().map(|s| format!("candor-{s}.1")));
    let written: Vec<String> = listed
        .lines()
        .map(|l| Path::new(l).file_name().unwrap().to_string_lossy().into())
        .collect();
    assert_eq!(written, pages);
    for page in &pages {
        let name = page.trim_end_matches(".1");
        let roff = std::fs::read_to_string(out.join(page)).unwrap();
        let title = roff
            .lines()
            .find(|l| l.starts_with(".TH "))
            .unwrap_or_default();
        assert!(
            title.starts_with(&format!(".TH {name} 1 "))
                && title.contains(&format!(" {}\"", env!("CARGO_PKG_VERSION"))),
            "{page}: no title line naming it and the version:\n{roff}"
        );
        assert!(
            roff.contains(".SH NAME") && roff.contains(".SH SYNOPSIS"),
            "{page}"
        );
    }
    // The real man, where there is one: the page renders, with the sections and the flags.
    if let Ok(man) = Process::new("man")
        .args(["-l", "--warnings"])
        .arg(out.join("candor-check.1"))
        .env("MANWIDTH", "100")
        .output()
    {
        // Bold and underline come as overstrikes (`N\bN`) when not at a terminal.
        let mut text = String::new();
        for c in String::from_utf8_lossy(&man.stdout).chars() {
            match c {
                '\u{8}' => drop(text.pop()),
                c => text.push(c),
            }
        }
        let warnings = String::from_utf8_lossy(&man.stderr);
        assert!(man.status.success(), "man -l failed: {warnings}");
        assert!(warnings.trim().is_empty(), "groff warnings:\n{warnings}");
        for part in ["NAME", "SYNOPSIS", "candor-check", "--fail-on", "overdue"] {
            assert!(
                text.contains(part),
                "no `{part}` in the rendered page:\n{text}"
            );
        }
    }
}
