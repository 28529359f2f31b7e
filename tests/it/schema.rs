//! `candor schema`: the JSON Schemas of candor.yaml and incident files, read by a real
//! validator (the `jsonschema` crate, draft 7). The shipped example and the fixture sites must
//! pass; every field-level mistake among the error fixtures (a wrong type, a word that is not
//! one of a field's values, an unknown field, a missing field) must fail, at the field the
//! fixture's message points to. `.ci/run` does the same with ajv (npm) and drives the real
//! yaml-language-server (tests/oracles/yaml-ls/).

use std::path::Path;

use predicates::prelude::*;
use serde_json::Value;

use crate::common::{TestSite, fixture};

fn schema(file: &str) -> Value {
    let out = TestSite::new("site")
        .cmd(&["schema", file])
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    serde_json::from_slice(&out).expect("`candor schema` prints JSON")
}

fn validator(file: &str) -> jsonschema::Validator {
    jsonschema::draft7::new(&schema(file)).expect("a valid draft-7 schema")
}

/// A YAML file as JSON, read as YAML 1.2 reads it (as candor and the YAML language server
/// do: `2026-11-20T09:12:00Z` is text, `no` is text, not false).
fn yaml(path: &Path) -> Value {
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    serde_yaml::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// Where the validator finds `path` wrong (JSON pointers of the values at fault).
fn errors(v: &jsonschema::Validator, path: &Path) -> Vec<String> {
    let instance = yaml(path);
    v.iter_errors(&instance)
        .map(|e| format!("{} ({e})", e.instance_path()))
        .collect()
}

fn yaml_files(dir: &Path) -> Vec<std::path::PathBuf> {
    let mut files: Vec<_> = std::fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "yaml"))
        .collect();
    files.sort();
    files
}

#[test]
fn the_example_and_the_fixture_sites_pass() {
    let (config, incident) = (validator("config"), validator("incident"));
    let repo = Path::new(env!("CARGO_MANIFEST_DIR"));
    let sites = [
        repo.to_path_buf(),
        fixture("site"),
        fixture("brand"),
        fixture("invalid"),
    ];
    let mut checked = 0;
    for site in sites {
        let mut files = vec![(&config, site.join("candor.yaml"))];
        if site.join("incidents").is_dir() {
            files.extend(
                yaml_files(&site.join("incidents"))
                    .into_iter()
                    .map(|f| (&incident, f)),
            );
        }
        for (v, file) in files {
            let errors = errors(v, &file);
            assert!(
                errors.is_empty(),
                "{}:\n{}",
                file.display(),
                errors.join("\n")
            );
            checked += 1;
        }
    }
    assert!(checked >= 13, "only {checked} files checked");
}

/// The error fixtures whose mistake is in one field's type, value or name: (case, file, the
/// JSON pointer the schema must find wrong). One list, which `.ci/run`'s ajv step reads too.
fn field_mistakes() -> Vec<(String, String, String)> {
    let list = std::fs::read_to_string(fixture("schema-field-mistakes.txt")).unwrap();
    list.lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
        .map(|l| {
            let f: Vec<&str> = l.split_whitespace().collect();
            let at = f[2].trim_end_matches('/');
            (f[0].to_string(), f[1].to_string(), at.to_string())
        })
        .collect()
}

#[test]
fn field_level_mistakes_from_the_error_fixtures_fail() {
    let (config, incident) = (validator("config"), validator("incident"));
    let mistakes = field_mistakes();
    assert!(mistakes.len() >= 18, "{mistakes:?}");
    for (case, file, at) in &mistakes {
        let v = if file == "candor.yaml" {
            &config
        } else {
            &incident
        };
        let path = fixture("invalid").join(case).join(file);
        let errors = errors(v, &path);
        assert!(
            errors.iter().any(|e| e.starts_with(&format!("{at} ("))),
            "{case}/{file}: expected an error at `{at}`, got:\n{}",
            errors.join("\n")
        );
    }
}

/// `init` writes the schemas and the modeline pointing at them; `new` writes its own, one
/// folder down; `check` reads both files (the modeline is a comment) and the relative paths
/// lead to the schemas `candor schema` prints.
#[test]
fn init_and_new_write_modelines_that_lead_to_the_schemas() {
    let site = TestSite {
        dir: tempfile::TempDir::new().unwrap(),
    };
    let dir = site.root().to_path_buf();
    site.cmd(&["init", "--title", "Ours status"])
        .args([
            "--base-url",
            "https://status.ours.test/",
            "--timezone",
            "UTC",
        ])
        .args(["--contact-name", "Ours Help", "--component", "Web app"])
        .arg(&dir)
        .assert()
        .success();
    let config = site.read("candor.yaml");
    let first = config.lines().next().unwrap();
    assert_eq!(
        first,
        "# yaml-language-server: $schema=.candor/schema/candor.schema.json"
    );
    let schema_at = |from: &Path, line: &str| {
        let rel = line.split_once("$schema=").unwrap().1;
        std::fs::read_to_string(from.join(rel)).unwrap_or_else(|e| panic!("{rel}: {e}"))
    };
    let printed = |file: &str| {
        let out = site.cmd(&["schema", file]).output().unwrap().stdout;
        String::from_utf8(out).unwrap()
    };
    assert_eq!(schema_at(&dir, first), printed("config"));

    site.cmd(&["new", "Checkout is failing", "--impact", "major"])
        .args(["--owner", "Minter Dial", "--role", "Head of Customer Care"])
        .args([
            "--component",
            "web-app",
            "--body",
            "We are looking into it.",
        ])
        .args(["--at", "2026-11-20T09:00:00Z", "--next", "30m"])
        .assert()
        .success();
    let file = dir.join("incidents/checkout-is-failing.yaml");
    let text = site.read("incidents/checkout-is-failing.yaml");
    let first = text.lines().next().unwrap();
    assert_eq!(
        first,
        "# yaml-language-server: $schema=../.candor/schema/incident.schema.json"
    );
    assert_eq!(
        schema_at(&dir.join("incidents"), first),
        printed("incident")
    );
    assert!(errors(&validator("incident"), &file).is_empty());
    site.cmd(&["check", "--now", "2026-11-20T09:10:00Z"])
        .assert()
        .success();
}

/// `candor schema --write` puts back a schema that is out of date, and leaves alone the
/// ones that are not (an upgrade of candor is followed by one run of it).
#[test]
fn schema_write_rewrites_only_what_changed() {
    let site = TestSite::new("site");
    site.write(".candor/schema/incident.schema.json", "{}\n");
    site.cmd(&["schema", "--write"])
        .assert()
        .success()
        .stdout(predicate::str::contains("incident.schema.json"))
        .stdout(predicate::str::contains("candor.schema.json"));
    let incident = site.read(".candor/schema/incident.schema.json");
    assert!(incident.contains("\"investigating\""), "{incident}");
    site.cmd(&["schema", "--write"])
        .assert()
        .success()
        .stdout("")
        .stderr(predicate::str::contains("up to date"));
    site.cmd(&["schema"]).assert().code(2);
}

/// `.candor` linked out of the site: `--write` refuses, and writes nothing there.
#[cfg(unix)]
#[test]
fn schema_write_refuses_a_link_out_of_the_site() {
    let site = TestSite::new("site");
    let elsewhere = tempfile::TempDir::new().unwrap();
    std::os::unix::fs::symlink(elsewhere.path(), site.path(".candor")).unwrap();
    site.cmd(&["schema", "--write"])
        .assert()
        .code(1)
        .stderr(predicate::str::contains("outside the site folder"));
    assert!(!elsewhere.path().join("schema").exists());
}
