//! Pins the exact text of every diagnostic, in the manner of just's `tests/error_messages.rs`.
//! Each folder in `tests/fixtures/invalid/` is a small site with one kind of mistake, and its
//! own `#[test]` here, named after the folder (`-` becomes `_`): `cargo test unknown_component`
//! runs that case (and the cases whose names contain it; `cargo test --test it --
//! --exact error_messages::unknown_component` runs it alone). `expected.txt` is what
//! `candor check --message-format short` prints for it, and `expected-human.txt`, where
//! present, the full report with the line and caret. The exit code follows from the text: 1
//! when there is an `error:`, else 0 (and 1 under `--strict`).
//!
//! Most cases share one config, `tests/fixtures/invalid/candor.yaml`, and hold only their
//! incident files: the harness copies the case into a temporary folder and adds the shared
//! config when the case has no `candor.yaml` of its own. A case about a missing config says
//! so with a file named `NO_CONFIG`.
//!
//! `UPDATE_EXPECT=1 cargo test --test it error_messages::` rewrites the expected files from
//! what candor prints now. Read every changed line before keeping it: the point of these files
//! is that a person checked each message is right, specific and points at the right place.
//!
//! Mistakes that cannot be committed as plain files (a huge file, bad bytes, symbolic links)
//! are built in a temporary folder by the tests at the end.

use std::fmt::Write as _;
use std::fs;
use std::path::{Path, PathBuf};
use std::time::Duration;

use assert_cmd::Command;
use tempfile::TempDir;

use crate::common::{TestSite, copy_dir};

/// The "now" every case is checked at.
const NOW: &str = "2026-11-23T12:00:00Z";

/// One test per folder of `tests/fixtures/invalid/`, and the list of them that
/// `every_case_folder_has_its_test` compares with the folders.
macro_rules! cases {
    ($($case:ident)*) => {
        const CASES: &[&str] = &[$(stringify!($case)),*];
        $(
            #[test]
            fn $case() {
                check_case(stringify!($case));
            }
        )*
    };
}

cases! {
    apology_on_unresolved
    apostrophe_in_single_quotes
    bad_indentation
    bad_indentation_less
    block_text_dedented
    brand_bad_colour
    brand_contrast_one_colour
    brand_contrast_per_scheme
    brand_files_missing
    brand_font_not_a_font
    brand_logo_without_alt
    brand_wrong_file_type
    claim_without_claim_url
    colon_at_end_of_value
    comment_cuts_config_text
    comment_cuts_text
    comment_empties_value
    comment_ends_text_over_lines
    comment_in_braces
    comments_only_file
    component_not_listed_in_incident
    config_errors
    config_missing
    duplicate_ids
    duplicate_key
    duration_as_a_time
    duration_too_long
    empty_body
    empty_file
    empty_impact
    escape_makes_line_break
    folded_list_in_text
    init_placeholders_in_config
    key_without_colon
    language_misspelt_name
    language_name_instead_of_tag
    language_not_a_tag
    language_not_shipped
    language_not_shipped_unnamed
    language_with_underscore
    languages_errors
    list_item_misaligned
    maintenance_window_reversed
    malformed_file_stem_id
    malformed_id
    missing_field
    missing_glyph
    missing_started_at
    nested_too_deep
    next_update_by_before_update
    notify_secrets_in_file
    notify_target_errors
    null_as_text
    number_with_leading_zeros
    owner_as_text
    owner_without_role
    resolved_major_without_apology
    several_errors_in_several_files
    status_not_allowed_for_kind
    tab_indentation
    tag_or_anchor_before_text
    text_no_format_can_carry
    theme_words
    theme_words_syntax
    time_of_day_without_date
    time_out_of_range
    time_without_offset
    time_without_offset_in_summer_and_at_a_fold
    timezone_as_offset
    translation_missing
    translation_unknown_language
    two_documents
    unclosed_list
    unclosed_quote
    unknown_component
    unknown_component_in_update
    unknown_component_state
    unknown_escape
    unknown_field_in_update
    unknown_field_with_suggestion
    unknown_timezone
    unparsable_time
    update_after_resolved
    update_before_started_at
    update_components_as_list
    update_pasted_below_the_list
    update_pasted_without_dash
    update_pasted_without_dash_less_indented
    updates_out_of_order
    value_starts_with_bracket
    value_starts_with_dash
    warning_duplicate_component
    warning_maintenance_unconfirmed
    warning_no_promise
    warning_promise_after_end
    warning_promise_too_far
    warning_remedy_overdue
    warning_unnamed_person
    workaround_empty_or_several_lines
    wrong_type
    yaml_syntax
    yes_as_true
}

fn invalid_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/invalid")
}

fn updating() -> bool {
    std::env::var_os("UPDATE_EXPECT").is_some_and(|v| v != "0")
}

/// The case folders, sorted so failures read in the same order on every run.
fn folders() -> Vec<String> {
    let mut folders: Vec<String> = fs::read_dir(invalid_dir())
        .expect("tests/fixtures/invalid exists")
        .map(|e| e.unwrap())
        .filter(|e| e.file_type().unwrap().is_dir())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    folders.sort();
    folders
}

/// The test name of a case folder. Folder names keep `_` where a field name has one
/// (`missing-started_at`), so the folder is found by this name, not rebuilt from the test's.
fn test_name(folder: &str) -> String {
    folder.replace('-', "_")
}

/// The case's site assembled in a temporary folder: `<tmp>/<case>/` holds a copy of the case,
/// with the shared config when the case has none of its own and no `NO_CONFIG`. Checking it as
/// `--root <case>` from `<tmp>` prints the same paths as checking the fixture in place.
fn assemble(case: &str) -> TempDir {
    let tmp = TempDir::new().unwrap();
    let (from, site) = (invalid_dir().join(case), tmp.path().join(case));
    copy_dir(&from, &site);
    if !from.join("candor.yaml").exists() && !from.join("NO_CONFIG").exists() {
        fs::copy(invalid_dir().join("candor.yaml"), site.join("candor.yaml")).unwrap();
    }
    tmp
}

/// `candor check --root <case>` from `parent`, so a message that names the site folder names
/// it the same way on every machine.
fn check(parent: &Path, case: &str, format: &str, strict: bool) -> (String, String, i32) {
    let mut cmd = Command::cargo_bin("candor").unwrap();
    cmd.current_dir(parent)
        .args(["check", "--root", case, "--color", "never"])
        .args(["--message-format", format, "--now", NOW])
        .env_remove("SOURCE_DATE_EPOCH")
        .env_remove("NO_COLOR")
        .timeout(Duration::from_secs(30));
    if strict {
        cmd.arg("--strict");
    }
    let out = cmd.output().unwrap();
    (
        String::from_utf8(out.stdout).expect("stdout is UTF-8"),
        String::from_utf8(out.stderr).expect("stderr is UTF-8"),
        out.status
            .code()
            .expect("candor exited normally, not by a signal"),
    )
}

/// The exit code `expected` implies: errors fail, warnings fail only under `--strict`.
fn expected_exit(expected: &str, strict: bool) -> i32 {
    let has = |level: &str| {
        expected
            .lines()
            .any(|l| l.starts_with(&format!("{level}:")) || l.contains(&format!(": {level}")))
    };
    i32::from(has("error") || (strict && has("warning")))
}

/// A line diff (longest common subsequence; the texts are short), `-` expected, `+` actual.
fn diff(expected: &str, actual: &str) -> String {
    let (a, b): (Vec<&str>, Vec<&str>) = (expected.lines().collect(), actual.lines().collect());
    let mut lcs = vec![vec![0usize; b.len() + 1]; a.len() + 1];
    for i in (0..a.len()).rev() {
        for j in (0..b.len()).rev() {
            lcs[i][j] = if a[i] == b[j] {
                lcs[i + 1][j + 1] + 1
            } else {
                lcs[i + 1][j].max(lcs[i][j + 1])
            };
        }
    }
    let (mut i, mut j, mut out) = (0, 0, String::new());
    while i < a.len() || j < b.len() {
        if i < a.len() && j < b.len() && a[i] == b[j] {
            let _ = writeln!(out, "  {}", a[i]);
            (i, j) = (i + 1, j + 1);
        } else if i < a.len() && (j == b.len() || lcs[i + 1][j] >= lcs[i][j + 1]) {
            let _ = writeln!(out, "- {}", a[i]);
            i += 1;
        } else {
            let _ = writeln!(out, "+ {}", b[j]);
            j += 1;
        }
    }
    if expected.ends_with('\n') != actual.ends_with('\n') {
        out.push_str("(the texts differ in their final line break)\n");
    }
    out
}

/// Compares one expected file with what candor printed, or rewrites it under UPDATE_EXPECT.
fn compare(case: &str, file: &str, actual: &str, failures: &mut Vec<String>) -> Option<String> {
    let path = invalid_dir().join(case).join(file);
    if updating() {
        fs::write(&path, actual).unwrap();
        return Some(actual.to_string());
    }
    let Ok(expected) = fs::read_to_string(&path) else {
        failures.push(format!(
            "no {file}; run `UPDATE_EXPECT=1 cargo test --test it error_messages::` and review it"
        ));
        return None;
    };
    if expected != actual {
        failures.push(format!(
            "{file} differs (- expected, + actual):\n{}",
            diff(&expected, actual)
        ));
    }
    Some(expected)
}

/// One case: its short report, exit code, the same under `--strict` when it only warns, and
/// its human report when the case pins one. Every difference is collected before failing.
fn check_case(name: &str) {
    let case = folders()
        .into_iter()
        .find(|f| test_name(f) == name)
        .unwrap_or_else(|| panic!("no folder in tests/fixtures/invalid/ for the case `{name}`"));
    let tmp = assemble(&case);
    let mut failures = Vec::new();
    let (stdout, stderr, code) = check(tmp.path(), &case, "short", false);
    if !stdout.is_empty() {
        failures.push(format!("`check` printed to stdout:\n{stdout}"));
    }
    if stderr.contains("panicked") {
        failures.push(format!("candor panicked:\n{stderr}"));
    }
    if let Some(expected) = compare(&case, "expected.txt", &stderr, &mut failures) {
        let want = expected_exit(&expected, false);
        if code != want {
            failures.push(format!("exit code {code}, expected {want}"));
        }
        if expected.is_empty() {
            failures.push("expected.txt is empty; a case must fail somehow".to_string());
        }
        // A warning-only case passes, but not under --strict, with the same report.
        if want == 0 {
            let (_, strict_err, strict_code) = check(tmp.path(), &case, "short", true);
            if strict_code != 1 {
                failures.push(format!("exit code {strict_code} with --strict, expected 1"));
            }
            if strict_err != stderr {
                failures.push(format!(
                    "--strict changed the report:\n{}",
                    diff(&stderr, &strict_err)
                ));
            }
        }
    }
    if invalid_dir()
        .join(&case)
        .join("expected-human.txt")
        .exists()
    {
        let (_, human, human_code) = check(tmp.path(), &case, "human", false);
        compare(&case, "expected-human.txt", &human, &mut failures);
        if human_code != code {
            failures.push(format!(
                "exit code {human_code} in the human format, {code} in the short one"
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "tests/fixtures/invalid/{case}:\n\n{}",
        failures.join("\n\n")
    );
}

/// A folder added to `tests/fixtures/invalid/` without a line in `cases!` would never run.
#[test]
fn every_case_folder_has_its_test() {
    let folders = folders();
    let names: Vec<String> = folders.iter().map(|f| test_name(f)).collect();
    let untested: Vec<&String> = folders
        .iter()
        .filter(|f| !CASES.contains(&test_name(f).as_str()))
        .collect();
    assert!(
        untested.is_empty(),
        "add these folders to `cases!` in tests/it/error_messages.rs: {untested:?}"
    );
    let gone: Vec<&&str> = CASES
        .iter()
        .filter(|c| !names.iter().any(|n| n == *c))
        .collect();
    assert!(gone.is_empty(), "cases with no folder: {gone:?}");
    let mut unique = names.clone();
    unique.sort();
    unique.dedup();
    assert_eq!(unique.len(), names.len(), "two folders give one test name");
}

/// Every warning code (the table in docs/format.md, which a unit test holds to
/// `WarningCode::ALL`) is given by some case, and every warning any case gives carries a
/// `help:` line: a warning is something to act on, and `--fail-on` can make one page
/// someone who needs to know what to do. The human format names the code.
#[test]
fn every_warning_code_is_pinned_with_its_help() {
    let doc =
        fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/format.md")).unwrap();
    let table = doc.split("### All warnings").nth(1).unwrap();
    let table = table.split("\n### ").next().unwrap();
    let codes: Vec<&str> = table
        .lines()
        .filter_map(|l| l.strip_prefix("| `")?.split('`').next())
        .collect();
    assert!(codes.len() >= 9, "no warning table in docs/format.md");
    let mut seen: Vec<String> = Vec::new();
    let mut unhelped: Vec<String> = Vec::new();
    for case in folders() {
        let short =
            fs::read_to_string(invalid_dir().join(&case).join("expected.txt")).unwrap_or_default();
        if !short.contains(": warning[") {
            continue;
        }
        let tmp = assemble(&case);
        let (_, human, _) = check(tmp.path(), &case, "human", false);
        // One report per diagnostic, each ending at a blank line.
        for report in human.split("\n\n") {
            let Some(code) = report
                .trim_start()
                .strip_prefix("warning[")
                .and_then(|r| r.split(']').next())
            else {
                continue;
            };
            seen.push(code.to_string());
            if !report.contains("= help: ") {
                unhelped.push(format!("{case}: {report}"));
            }
        }
    }
    let missing: Vec<&&str> = codes
        .iter()
        .filter(|c| !seen.iter().any(|s| s == *c))
        .collect();
    assert!(
        missing.is_empty(),
        "no case in tests/fixtures/invalid/ gives these warnings: {missing:?}"
    );
    assert!(
        unhelped.is_empty(),
        "warnings without help:\n{}",
        unhelped.join("\n")
    );
}

/// The inputs the harness cannot commit: each must name its path, exit 1, and neither panic
/// nor hang (`assert_cmd`'s timeout fails the test if it does).
fn check_site(site: &TestSite) -> (String, i32) {
    // The copied site's own "now", at which its promises are all kept.
    let out = site
        .cmd(&[
            "check",
            "--message-format",
            "short",
            "--now",
            crate::common::NOW,
        ])
        .timeout(Duration::from_secs(30))
        .output()
        .unwrap();
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(!stderr.contains("panicked"), "candor panicked:\n{stderr}");
    (stderr, out.status.code().expect("exited normally"))
}

#[test]
fn a_file_over_one_mib_is_refused_with_its_size() {
    let site = TestSite::new("site");
    let mut text = fs::read_to_string(site.path("incidents/old-minor.yaml")).unwrap();
    // A log pasted into a body: valid YAML, just far too big.
    text.push_str("postmortem: |\n");
    while text.len() <= 1024 * 1024 {
        text.push_str("  2026-11-20T09:12:00Z ERROR payment gateway timeout after 30000 ms\n");
    }
    site.write("incidents/old-minor.yaml", &text);
    let kib = (text.len() as u64).div_ceil(1024);
    assert_eq!(
        check_site(&site),
        (
            format!(
                "incidents/old-minor.yaml: error: `incidents/old-minor.yaml` is {kib} KiB, over the \
                 1024 KiB limit for an input file (help: an incident file is a few KiB; move long \
                 logs or attachments elsewhere and link to them)\n"
            ),
            1
        )
    );
}

#[test]
fn a_non_utf8_file_is_pointed_at_the_bad_byte() {
    let site = TestSite::new("site");
    // "Café" saved as Latin-1: é is the single byte 0xE9.
    fs::write(
        site.path("incidents/latin1.yaml"),
        b"title: Caf\xe9 orders delayed\nimpact: minor\n",
    )
    .unwrap();
    assert_eq!(
        check_site(&site),
        (
            "incidents/latin1.yaml:1:11: error: `incidents/latin1.yaml` is not a YAML text file \
             (invalid UTF-8 at byte 10) (help: save the file as UTF-8; most editors offer it under \
             Save As or Encoding)\n"
                .to_string(),
            1
        )
    );
}

#[cfg(unix)]
#[test]
fn a_symlink_loop_in_incidents_is_an_error_not_a_hang() {
    let site = TestSite::new("site");
    std::os::unix::fs::symlink(".", site.path("incidents/loop")).unwrap();
    assert_eq!(
        check_site(&site),
        (
            "incidents/loop: error: `incidents/loop` is a symbolic link back to `incidents`, which \
             would loop forever (help: delete the link, or point it at a folder outside `incidents`)\n"
                .to_string(),
            1
        )
    );
}

/// Tests run as root, so `chmod 000` would not make a file unreadable; a link to nothing does.
#[cfg(unix)]
#[test]
fn a_dangling_symlink_is_named_with_where_it_points() {
    let site = TestSite::new("site");
    std::os::unix::fs::symlink("nowhere.yaml", site.path("incidents/x.yaml")).unwrap();
    assert_eq!(
        check_site(&site),
        (
            "incidents/x.yaml: error: `incidents/x.yaml` is a symbolic link to `nowhere.yaml`, \
             which does not exist (help: fix the link or delete it)\n"
                .to_string(),
            1
        )
    );
}

/// A folder where a file is expected, named like an incident file.
#[test]
fn a_folder_named_like_an_incident_is_walked_not_read() {
    let site = TestSite::new("site");
    fs::create_dir_all(site.path("incidents/2026.yaml")).unwrap();
    assert_eq!(check_site(&site), (String::new(), 0));
}

#[test]
fn the_diff_shows_what_changed() {
    assert_eq!(diff("a\nb\nc\n", "a\nx\nc\n"), "  a\n- b\n+ x\n  c\n");
    assert_eq!(expected_exit("x.yaml:1:1: warning[overdue]: w\n", false), 0);
    assert_eq!(expected_exit("x.yaml:1:1: warning[overdue]: w\n", true), 1);
    assert_eq!(expected_exit("error: no site\n", false), 1);
}
