//! Unit tests of the incident rules: where each message points, and what it says.

use super::*;
use crate::diagnostic::render_short;
use crate::input::SourceFile;
use crate::yaml::parse::parse;

fn config() -> Config {
    let text = "title: T\nbase_url: https://status.example/\ncomponents:\n  \
        - { id: checkout, name: Checkout }\n  - { id: api, name: API }\n";
    let source = SourceFile::new("candor.yaml".into(), "candor.yaml".into(), text);
    let raw = parse(&source).unwrap();
    validate_config(&Parsed { source, raw }, &Default::default(), &[])
        .0
        .unwrap()
}

/// The short-form diagnostics for an incident file called `file`.
fn check(file: &str, text: &str) -> Vec<String> {
    let source = SourceFile::new(file.into(), file.into(), text);
    let raw = parse(&source).unwrap();
    let (_, mut diags) = check_incident(
        &Parsed {
            source: source.clone(),
            raw,
        },
        Some(&config()),
    );
    resolve(&mut diags, &source, None);
    diags.iter().map(render_short).collect()
}

const HEAD: &str = "title: T\nimpact: major\nowner: { name: A, role: B }\n\
    components: [checkout]\nstarted_at: 2026-11-20T09:00:00Z\nupdates:\n";

#[test]
fn a_status_of_the_other_kind_says_which_kind_it_belongs_to() {
    let d = check(
        "a.yaml",
        &format!(
            "{HEAD}  - {{ at: 2026-11-20T09:10:00Z, status: in_progress, author: A, body: b }}\n"
        ),
    );
    assert_eq!(d.len(), 1, "{d:?}");
    assert!(
        d[0].starts_with(
            "a.yaml:7:41: error: `in_progress` is a status for maintenance, not incidents"
        ),
        "{d:?}"
    );
}

#[test]
fn a_misspelt_component_is_reported_once_not_again_in_every_update() {
    let text = HEAD.replace("[checkout]", "[chekout]")
        + "  - at: 2026-11-20T09:10:00Z\n    status: investigating\n    author: A\n    \
           components: { checkout: major_outage }\n    body: b\n";
    let d = check("a.yaml", &text);
    assert_eq!(
        d,
        ["a.yaml:4:14: error: unknown component `chekout` (help: did you mean `checkout`?)"]
    );
}

#[test]
fn a_missing_apology_points_at_the_update_that_resolved_it() {
    let text = format!(
        "{HEAD}  - {{ at: 2026-11-20T09:10:00Z, status: investigating, author: A, body: b }}\n  \
         - at: 2026-11-20T10:10:00Z\n    status: resolved\n    author: A\n    body: b\n"
    );
    let d = check("a.yaml", &text);
    assert_eq!(d.len(), 1, "{d:?}");
    assert!(
        d[0].starts_with(
            "a.yaml:9:13: warning[missing-apology]: resolved major incident without an apology"
        ),
        "{d:?}"
    );
}

#[test]
fn an_id_from_the_file_name_points_at_the_file_not_line_one() {
    let text = format!(
        "{HEAD}  - {{ at: 2026-11-20T09:10:00Z, status: investigating, author: A, body: b }}\n"
    );
    let d = check("incidents/Big Outage.yaml", &text);
    assert_eq!(
        d,
        [
            "incidents/Big Outage.yaml: error: the file name `Big Outage` is not a valid incident id \
          (help: ids use lower-case letters, digits and dashes: rename the file to \
          `big-outage.yaml`, or add `id: big-outage`)"
        ]
    );
}

#[test]
fn an_empty_field_points_at_its_key_and_a_missing_one_at_the_file() {
    let update = "  - { at: 2026-11-20T09:10:00Z, status: investigating, author: A, body: b }\n";
    let empty = format!("{}{update}", HEAD.replace("impact: major", "impact:"));
    assert!(check("a.yaml", &empty)[0].starts_with("a.yaml:2:1: error: `impact` is empty"));
    let missing = format!("{}{update}", HEAD.replace("impact: major\n", ""));
    assert!(
        check("a.yaml", &missing)[0]
            .starts_with("a.yaml:1:1: error: missing field `impact` in the file")
    );
}

#[test]
fn an_author_is_resolved_once_with_role_and_initials() {
    let text = "title: T\nbase_url: https://status.example/\ncomponents:\n  \
        - { id: checkout, name: Checkout }\npeople:\n  \
        - { name: Ana María López, role: Duty Manager }\n";
    let source = SourceFile::new("candor.yaml".into(), "candor.yaml".into(), text);
    let raw = parse(&source).unwrap();
    let config = validate_config(&Parsed { source, raw }, &Default::default(), &[])
        .0
        .unwrap();
    let incident = format!(
        "{HEAD}  - {{ at: 2026-11-20T09:10:00Z, status: investigating, author: aml, body: b }}\n  \
         - {{ at: 2026-11-20T09:20:00Z, status: identified, author: A, body: b }}\n  \
         - {{ at: 2026-11-20T09:30:00Z, status: monitoring, author: Someone Else, body: b }}\n"
    );
    let source = SourceFile::new("a.yaml".into(), "a.yaml".into(), incident);
    let raw = parse(&source).unwrap();
    let (incident, diags) = check_incident(&Parsed { source, raw }, Some(&config));
    let incident = incident.unwrap_or_else(|| panic!("{diags:?}"));
    let signed: Vec<(&str, Option<&str>, &str)> = incident
        .updates
        .iter()
        .map(|u| {
            let a = &u.author;
            (a.name.as_str(), a.role.as_deref(), a.initials.as_str())
        })
        .collect();
    assert_eq!(
        signed,
        [
            ("Ana María López", Some("Duty Manager"), "AL"),
            // The owner (`A`, role `B`) wrote it: the owner's role.
            ("A", Some("B"), "A"),
            ("Someone Else", None, "SE"),
        ]
    );
    assert_eq!(incident.owner.initials, "A");
}
