//! `--message-format` for programs: `json` (one object per line, the fields README.md
//! promises) and `github` (workflow commands the Actions runner turns into annotations); and,
//! in every format, files named from the current folder, whatever `--root` is, and warnings
//! with their code.

use std::path::Path;

use assert_cmd::Command;
use serde_json::Value;
use tempfile::TempDir;

use crate::common::{copy_dir, fixture};

/// A "now" at which the fixture site has two warnings (an overdue promise and an unconfirmed
/// maintenance), beside the two errors of `typo.yaml`.
const LATER: &str = "2026-12-20T10:00:00Z";

/// `<tmp>/site`: the fixture site plus `incidents/<name>` holding `text`.
fn site_with(name: &str, text: &str) -> TempDir {
    let tmp = TempDir::new().unwrap();
    let site = tmp.path().join("site");
    copy_dir(&fixture("site"), &site);
    std::fs::write(site.join("incidents").join(name), text).unwrap();
    tmp
}

/// `<tmp>/site`: the fixture site plus an incident with two errors.
fn site_with_problems() -> TempDir {
    site_with(
        "typo.yaml",
        "title: x\nimpact: minor\nowner: { name: A B, role: SRE }\ncomponents: [chekout]\nstarted_at: 2026-11-01T10:00:00Z\nupdates:\n  - { at: 2026-11-01T10:05:00Z, status: identifed, author: A B, body: x }\n",
    )
}

/// `candor check --root ROOT` run in `cwd`: stdout, stderr, exit code.
fn check(cwd: &Path, root: &str, format: &str) -> (String, String, i32) {
    run(
        cwd,
        &[
            "check",
            "--root",
            root,
            "--now",
            LATER,
            "--message-format",
            format,
        ],
    )
}

fn run(cwd: &Path, args: &[&str]) -> (String, String, i32) {
    let out = Command::cargo_bin("candor")
        .unwrap()
        .current_dir(cwd)
        .args(["--color", "never"])
        .args(args)
        .env_remove("SOURCE_DATE_EPOCH")
        .output()
        .unwrap();
    (
        String::from_utf8(out.stdout).unwrap(),
        String::from_utf8(out.stderr).unwrap(),
        out.status.code().unwrap(),
    )
}

fn json_lines(stdout: &str) -> Vec<Value> {
    stdout
        .lines()
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("not JSON ({e}): {l}")))
        .collect()
}

#[test]
fn json_is_one_object_per_line_with_the_documented_fields_then_a_summary() {
    let tmp = site_with_problems();
    let (stdout, stderr, code) = check(tmp.path(), "site", "json");
    assert_eq!(code, 1);
    // stdout is the whole report; stderr has nothing for a program to miss.
    assert_eq!(stderr, "");
    let lines = json_lines(&stdout);
    let (summary, diags) = lines.split_last().unwrap();
    assert_eq!(
        summary,
        &serde_json::json!({"reason": "summary", "errors": 2, "warnings": 2})
    );
    assert_eq!(diags.len(), 4, "{stdout}");
    for d in diags {
        assert_eq!(d["reason"], "diagnostic");
        for field in [
            "level", "code", "message", "file", "line", "column", "end", "help", "label",
            "rendered",
        ] {
            assert!(d.get(field).is_some(), "no `{field}` in {d}");
        }
    }
    let chekout = diags
        .iter()
        .find(|d| d["message"] == "unknown component `chekout`")
        .unwrap();
    assert_eq!(chekout["level"], "error");
    assert_eq!(chekout["code"], Value::Null);
    assert_eq!(chekout["file"], "site/incidents/typo.yaml");
    assert_eq!(
        (&chekout["line"], &chekout["column"]),
        (&4.into(), &14.into())
    );
    // Just after the last character of `chekout`.
    assert_eq!(chekout["end"], serde_json::json!({"line": 4, "column": 21}));
    assert_eq!(chekout["help"], "did you mean `checkout`?");
    let rendered = chekout["rendered"].as_str().unwrap();
    assert!(
        rendered.starts_with(
            "error: unknown component `chekout`\n --> site/incidents/typo.yaml:4:14\n"
        ),
        "{rendered}"
    );
    let overdue = diags.iter().find(|d| d["code"] == "overdue").unwrap();
    assert_eq!(overdue["level"], "warning");
    assert_eq!(overdue["file"], "site/incidents/payments-down.yaml");
    assert!(
        overdue["rendered"]
            .as_str()
            .unwrap()
            .starts_with("warning[overdue]: ")
    );
}

/// `::error file=…,line=…,col=…,endLine=…,endColumn=…,title=…::message`, with every property
/// one GitHub reads and no unescaped `,`, `:`, CR or LF where one would end a field.
fn parse_command(line: &str) -> (String, Vec<(String, String)>, String) {
    let rest = line
        .strip_prefix("::")
        .unwrap_or_else(|| panic!("not a command: {line}"));
    let (head, message) = rest.split_once("::").unwrap();
    let (name, props) = head.split_once(' ').unwrap_or((head, ""));
    let props: Vec<(String, String)> = props
        .split(',')
        .filter(|p| !p.is_empty())
        .map(|p| {
            let (k, v) = p.split_once('=').unwrap();
            assert!(!v.contains(':'), "unescaped `:` in {line}");
            (k.to_string(), v.to_string())
        })
        .collect();
    for (k, _) in &props {
        assert!(
            ["file", "line", "col", "endLine", "endColumn", "title"].contains(&k.as_str()),
            "unknown property `{k}` in {line}"
        );
    }
    (name.to_string(), props, message.to_string())
}

#[test]
fn github_prints_one_workflow_command_per_problem() {
    let tmp = site_with_problems();
    let (stdout, stderr, code) = check(tmp.path(), "site", "github");
    assert_eq!(code, 1);
    let commands: Vec<_> = stdout.lines().map(parse_command).collect();
    assert_eq!(commands.len(), 4, "{stdout}");
    let (name, props, message) = commands
        .iter()
        .find(|(_, _, m)| m.starts_with("unknown component"))
        .unwrap();
    assert_eq!(name, "error");
    let props: Vec<(&str, &str)> = props.iter().map(|(k, v)| (&**k, &**v)).collect();
    assert_eq!(
        props,
        [
            ("file", "site/incidents/typo.yaml"),
            ("line", "4"),
            ("col", "14"),
            ("endLine", "4"),
            ("endColumn", "21"),
            ("title", "candor error"),
        ]
    );
    // The help line is the annotation's second line (LF escaped as %0A).
    assert_eq!(
        message,
        "unknown component `chekout`%0Ahelp: did you mean `checkout`?"
    );
    let overdue = commands
        .iter()
        .find(|(_, p, _)| {
            p.iter()
                .any(|(k, v)| k == "title" && v == "candor warning[overdue]")
        })
        .unwrap_or_else(|| panic!("no overdue warning with its code:\n{stdout}"));
    assert_eq!(overdue.0, "warning");
    // The count, for the log, on stderr.
    assert_eq!(stderr, "error: 2 errors and 2 warnings\n");
}

/// Every format names files from the current folder: from the site's parent with
/// `--root site`, and from inside `incidents/` with `--root ..`. `short` keeps the code.
#[test]
fn every_format_names_files_from_the_current_folder() {
    let tmp = site_with_problems();
    let inside = tmp.path().join("site/incidents");
    for (cwd, root, file) in [
        (tmp.path(), "site", "site/incidents/typo.yaml"),
        (&*inside, "..", "typo.yaml"),
        (
            &*inside,
            tmp.path().join("site").to_str().unwrap(),
            "typo.yaml",
        ),
    ] {
        let (_, human, _) = check(cwd, root, "human");
        assert!(
            human.contains(&format!(" --> {file}:4:14\n")),
            "{root}: {human}"
        );
        let (_, short, _) = check(cwd, root, "short");
        assert!(
            short.contains(&format!("\n{file}:4:14: error: unknown component")),
            "{root}: {short}"
        );
        let (json, _, _) = check(cwd, root, "json");
        assert!(
            json_lines(&json).iter().any(|d| d["file"] == file),
            "{root}: {json}"
        );
        let (github, _, _) = check(cwd, root, "github");
        assert!(
            github.contains(&format!("::error file={file},line=4,col=14,")),
            "{root}: {github}"
        );
        let overdue = match root {
            "site" => "site/incidents/payments-down.yaml",
            _ => "payments-down.yaml",
        };
        assert!(
            short.contains(&format!("\n{overdue}:18:21: warning[overdue]: ")),
            "{root}: the code is kept in short:\n{short}"
        );
    }
}

/// A problem with no file (here the site folder is missing) still comes out in each format.
#[test]
fn a_problem_with_no_file_comes_out_in_every_format() {
    let tmp = TempDir::new().unwrap();
    let message = "the site folder `nowhere` does not exist";
    let (stdout, human, code) = check(tmp.path(), "nowhere", "human");
    assert_eq!((stdout.as_str(), code), ("", 1));
    assert!(human.starts_with(&format!("error: {message}\n")), "{human}");
    let (_, short, _) = check(tmp.path(), "nowhere", "short");
    assert!(
        short.starts_with(&format!("error: {message} (help: ")),
        "{short}"
    );
    let (json, _, _) = check(tmp.path(), "nowhere", "json");
    let lines = json_lines(&json);
    assert_eq!(lines[0]["message"], message);
    assert_eq!(
        (&lines[0]["file"], &lines[0]["line"], &lines[0]["end"]),
        (&Value::Null, &Value::Null, &Value::Null)
    );
    assert_eq!(lines[1]["reason"], "summary");
    let (github, _, _) = check(tmp.path(), "nowhere", "github");
    let (name, props, text) = parse_command(github.lines().next().unwrap());
    assert_eq!(name, "error");
    assert_eq!(props, [("title".to_string(), "candor error".to_string())]);
    assert!(text.starts_with(message), "{github}");
}

/// In `json`, stdout stays JSON lines for every command: what a command prints comes as an
/// `output` object, and a usage or I/O error (exit 2) as a diagnostic with no file.
#[test]
fn json_stdout_is_json_lines_for_new_and_for_an_error_that_stops_a_command() {
    let tmp = site_with_problems();
    std::fs::remove_file(tmp.path().join("site/incidents/typo.yaml")).unwrap();
    let (stdout, _, code) = run(
        tmp.path(),
        &[
            "new",
            "Search is slow",
            "--root",
            "site",
            "--impact",
            "minor",
            "--owner",
            "Minter Dial",
            "--role",
            "Head of Customer Care",
            "--component",
            "search",
            "--body",
            "Looking into it.",
            "--at",
            "2026-11-20T10:00:00Z",
            "--message-format",
            "json",
        ],
    );
    assert_eq!(code, 0, "{stdout}");
    let lines = json_lines(&stdout);
    assert_eq!(lines[0]["reason"], "output");
    assert!(
        lines[0]["text"]
            .as_str()
            .unwrap()
            .ends_with("search-is-slow.yaml")
    );
    assert_eq!(lines.last().unwrap()["reason"], "summary");

    // An output folder candor will not replace: exit 2, and the reason in the stream.
    std::fs::create_dir_all(tmp.path().join("mine")).unwrap();
    std::fs::write(tmp.path().join("mine/notes.txt"), "mine").unwrap();
    let (stdout, stderr, code) = run(
        tmp.path(),
        &[
            "build",
            "--root",
            "site",
            "--out",
            "mine",
            "--message-format",
            "json",
            "--now",
            LATER,
        ],
    );
    assert_eq!(code, 2, "{stderr}");
    let lines = json_lines(&stdout);
    assert_eq!(lines[0]["level"], "error");
    assert!(
        lines[0]["message"]
            .as_str()
            .unwrap()
            .contains("refusing to replace"),
        "{stdout}"
    );
    assert!(stderr.contains("refusing to replace"), "{stderr}");
}

/// The lines for the person name files as the reports do: `check`'s list of drafts, run from
/// the site's parent, names `site/incidents/…`.
#[test]
fn check_names_drafts_from_the_current_folder() {
    let tmp = site_with(
        "quokka.yaml",
        "title: Quokka\nimpact: minor\ndraft: true\nowner: { name: A B, role: SRE }\ncomponents: [api]\nstarted_at: 2026-11-20T09:00:00Z\nupdates:\n  - { at: 2026-11-20T09:05:00Z, status: resolved, author: A B, body: Fixed. }\n",
    );
    let (_, stderr, code) = run(
        tmp.path(),
        &["check", "--root", "site", "--now", crate::common::NOW],
    );
    assert_eq!(code, 0, "{stderr}");
    assert!(
        stderr.contains("site/incidents/quokka.yaml: draft incident, checked but not published"),
        "{stderr}"
    );
}

/// `watch`'s lines name its inputs from the current folder too (here `incidents/`).
#[test]
fn watch_names_its_inputs_from_the_current_folder() {
    let site = crate::common::TestSite::new("site");
    let mut cmd = site.process(&["watch", "--now", crate::common::NOW]);
    cmd.current_dir(site.path("incidents"));
    let w = crate::live::Running::of(cmd);
    w.wait_line(
        "watching `../candor.yaml`, `./` and `../themes/` for changes",
        1,
    );
}

/// A file name with `,` and `:` and a value with `%` cannot add a property or end the
/// command: they are escaped as GitHub's toolkit escapes them.
#[test]
fn github_escapes_what_would_end_a_property_or_the_command() {
    let site = crate::common::TestSite::new("site");
    site.write(
        "incidents/odd,name:1.yaml",
        "title: x\nimpact: minor\nowner: { name: A B, role: SRE }\ncomponents: [\"100%\"]\nstarted_at: 2026-11-01T10:00:00Z\nupdates:\n  - { at: 2026-11-01T10:05:00Z, status: resolved, author: A B, body: x }\n",
    );
    let out = site
        .cmd(&[
            "check",
            "--now",
            crate::common::NOW,
            "--message-format",
            "github",
        ])
        .output()
        .unwrap();
    let stdout = String::from_utf8(out.stdout).unwrap();
    let line = stdout
        .lines()
        .find(|l| l.contains("unknown component"))
        .unwrap_or_else(|| panic!("{stdout}"));
    let (_, props, message) = parse_command(line);
    assert_eq!(
        props[0],
        ("file".into(), "incidents/odd%2Cname%3A1.yaml".into())
    );
    assert!(message.starts_with("unknown component `100%25`"), "{line}");
}
