//! A site in two languages (issue 15, "Bilingual sites"): `languages: [en-CA, fr-CA]` in
//! tests/fixtures/bilingual, whose incident files give their texts in both. Each language has
//! its own pages, feeds, API and announce text; pages link to each other's language; a text
//! missing in one language is shown in the other, marked, and warned about.

use std::collections::HashSet;

use crate::common::TestSite;
use crate::library::{Dirty, Incremental, build, rebuild};

const NOW: &str = "2026-11-23T15:45:00Z";

fn built() -> TestSite {
    let site = TestSite::new("bilingual");
    site.cmd(&["build", "--now", NOW, "--out"])
        .arg(site.path("public"))
        .assert()
        .success();
    site
}

#[test]
fn each_language_has_its_own_pages_linked_both_ways() {
    let site = built();
    let en = site.read("public/incidents/ticket-payments-down/index.html");
    let fr = site.read("public/fr-ca/incidents/ticket-payments-down/index.html");
    assert!(en.contains(r#"<html lang="en-CA""#), "{en}");
    assert!(fr.contains(r#"<html lang="fr-CA""#), "{fr}");
    assert!(en.contains("Ticket payments failing in the app"));
    assert!(fr.contains("Échec des paiements de billets dans l&#39;application"));
    assert!(fr.contains("le paiement des billets et laissez-passer"));
    assert!(
        !fr.contains("paying for tickets"),
        "no English body on the French page"
    );
    // The workaround, first of the facts, in the page's language.
    assert!(fr.contains("Achetez vos billets aux distributrices"));
    // The roles of the people who sign, from `people:` in each language: the owner's and
    // each update's author's.
    assert!(fr.contains("Directrice de l&#39;expérience client"), "{fr}");
    assert!(fr.contains("Directeur des opérations"));
    assert!(!fr.contains("Director of Customer Experience"));
    assert!(!fr.contains("Operations Manager"));
    assert!(en.contains("Director of Customer Experience"));
    // The config's texts: the site's name and the components'.
    assert!(fr.contains("État des services de Transit Érable"));
    assert!(fr.contains("Billets et laissez-passer"));
    assert!(!fr.contains("Tickets and passes"));
    let url = "https://status.mapletransit.example/";
    for page in [&en, &fr] {
        for (lang, at) in [("en-CA", ""), ("fr-CA", "fr-ca/"), ("x-default", "")] {
            let link = format!(
                r#"<link rel="alternate" hreflang="{lang}" href="{url}{at}incidents/ticket-payments-down/">"#
            );
            assert!(page.contains(&link), "{link}");
        }
    }
    // The switcher: relative links, each language named in itself.
    assert!(en.contains(
        r#"<a href="../../fr-ca/incidents/ticket-payments-down/index.html" lang="fr-CA" hreflang="fr-CA">Français</a>"#
    ));
    assert!(fr.contains(
        r#"<a href="../../../incidents/ticket-payments-down/index.html" lang="en-CA" hreflang="en-CA">English</a>"#
    ));
    assert!(fr.contains(r#"aria-label="Langues""#));
    assert!(fr.contains(r#"<meta property="og:locale:alternate" content="en_CA">"#));
    assert!(en.contains(r#"<meta property="og:locale:alternate" content="fr_CA">"#));
    // Only the other languages: the page's own is the page.
    assert!(!fr.contains(r#"lang="fr-CA" hreflang="fr-CA">Français</a>"#));
    // Every relative link of the French pages stays in the French pages' folder or goes
    // to the English page on purpose: the stylesheet is the French folder's own.
    assert!(fr.contains(r#"href="../../style."#));
    assert!(site.path("public/fr-ca/index.html").exists());
}

#[test]
fn feeds_api_and_announce_text_are_in_each_language() {
    let site = built();
    let atom = site.read("public/fr-ca/feed.atom");
    assert!(atom.contains(r#"xml:lang="fr-CA""#), "{atom}");
    assert!(atom.contains("<title>Cause identifiée — Échec des paiements"));
    assert!(atom.contains("https://status.mapletransit.example/fr-ca/incidents/"));
    let api = site.read("public/fr-ca/api/v2/summary.json");
    assert!(api.contains("Échec des paiements de billets"), "{api}");
    assert!(
        site.read("public/feed.atom")
            .contains("<title>Identified — Ticket payments")
    );

    let fr = site.announce(
        "ticket-payments-down",
        &["--format", "sms", "--language", "fr"],
    );
    assert!(fr.starts_with("Cause identifiée"), "{fr}");
    assert!(
        fr.contains("/fr-ca/incidents/ticket-payments-down/"),
        "{fr}"
    );
    let en = site.announce("ticket-payments-down", &["--format", "sms"]);
    assert!(en.contains("Ticket payments failing"), "{en}");
    site.cmd(&[
        "announce",
        "ticket-payments-down",
        "--now",
        NOW,
        "--language",
        "de",
    ])
    .assert()
    .code(2)
    .stderr(predicates::str::contains("`en-CA`, `fr-CA`"));
}

#[test]
fn a_text_missing_in_one_language_is_shown_in_the_other_and_said_so() {
    let site = built();
    let fr = site.read("public/fr-ca/incidents/trip-planner-slow/index.html");
    assert!(fr.contains(
        r#"<p class="untranslated">Disponible uniquement dans sa langue d’origine : English.</p>"#
    ));
    assert!(fr.contains(r#"<div lang="en-CA"><p>A busy database server was replaced."#));
    // The update written in both languages carries no note.
    assert_eq!(fr.matches(r#"class="untranslated""#).count(), 1);
    let en = site.read("public/incidents/trip-planner-slow/index.html");
    assert!(
        !en.contains("untranslated"),
        "the English page has every text"
    );
    let apology = site.read("public/fr-ca/incidents/trip-planner-slow/apology/index.html");
    assert!(apology.contains("Un billet de passage simple gratuit"));
    assert!(apology.contains("en suis désolée"));
}

#[test]
fn a_missing_translation_is_a_warning_that_strict_and_fail_on_make_fatal() {
    let site = TestSite::new("bilingual");
    let check = |extra: &[&str]| site.cmd(&[&["check", "--now", NOW][..], extra].concat());
    check(&[])
        .assert()
        .success()
        .stderr(predicates::str::contains("warning[missing-translation]"));
    check(&["--strict"]).assert().code(1);
    check(&["--fail-on", "missing-translation"])
        .assert()
        .code(1);
}

/// `watch` rebuilds each language from the same edit: a French text changed, then an
/// English one, gives the same files as a fresh build each time.
#[test]
fn watch_rebuilds_each_language_as_a_fresh_build_does() {
    let site = TestSite::new("bilingual");
    let mut opts = site.options();
    opts.now = NOW.parse().unwrap();
    let mut state = Incremental::default();
    let first = rebuild(&opts, &mut state, &Dirty::All).output.unwrap();
    same(
        &first,
        &build(&opts).output.unwrap(),
        "the first watch build",
    );
    let file = "incidents/ticket-payments-down.yaml";
    for (from, to) in [
        ("Nous avons trouvé la cause", "Nous connaissons la cause"),
        ("We found the cause", "We know the cause"),
    ] {
        let text = site.read(file).replace(from, to);
        site.write(file, &text);
        let dirty = Dirty::Paths(HashSet::from([site.path(file)]));
        let watched = rebuild(&opts, &mut state, &dirty).output.unwrap();
        let fresh = build(&opts).output.unwrap();
        same(&watched, &fresh, to);
        let page = fresh
            .get("fr-ca/incidents/ticket-payments-down/index.html")
            .unwrap();
        let page = String::from_utf8_lossy(page);
        assert!(page.contains("Nous connaissons la cause") || to.starts_with("We"));
    }
}

/// The same files with the same bytes; a difference is named by its path.
fn same(watched: &crate::library::Output, fresh: &crate::library::Output, after: &str) {
    assert_eq!(
        watched.files.keys().collect::<Vec<_>>(),
        fresh.files.keys().collect::<Vec<_>>(),
        "{after}: the set of files"
    );
    for (path, bytes) in &fresh.files {
        if watched.files[path] != *bytes {
            let (w, f) = (&watched.files[path], bytes);
            let at = w.iter().zip(f.iter()).take_while(|(a, b)| a == b).count();
            let around = |b: &[u8]| {
                String::from_utf8_lossy(&b[at.saturating_sub(80)..(at + 80).min(b.len())])
                    .into_owned()
            };
            panic!(
                "{after}: {path} differs at byte {at}:\n{}\n---\n{}",
                around(w),
                around(f)
            );
        }
    }
}

/// A target's `language` is the language of its messages: the French list gets French
/// entries linking to the French pages; the English one, English.
#[test]
fn each_notify_target_gets_its_own_language() {
    use crate::common::receiver::Receiver;
    let (en, fr) = (Receiver::start(), Receiver::start());
    let site = TestSite::new("bilingual");
    let config = site.read("candor.yaml")
        + "notify:\n  ledger: state/ledger.jsonl\n  targets:\n    \
           - { name: english, kind: slack, url_env: EN_HOOK }\n    \
           - { name: french, kind: slack, url_env: FR_HOOK, language: fr }\n";
    site.write("candor.yaml", &config);
    let run = |now: &str| {
        site.cmd(&["notify", "--now", now])
            .env("EN_HOOK", &en.url)
            .env("FR_HOOK", &fr.url)
            .assert()
            .success();
    };
    run("2026-11-01T00:00:00Z");
    run(NOW);
    let texts = |r: &Receiver| -> Vec<String> {
        r.received().iter().map(|m| m.json().to_string()).collect()
    };
    let (en, fr) = (texts(&en), texts(&fr));
    assert_eq!(en.len(), fr.len(), "each list gets every entry once");
    assert!(fr.iter().any(|m| m.contains("Cause identifiée")), "{fr:?}");
    assert!(
        fr.iter()
            .any(|m| m.contains("/fr-ca/incidents/ticket-payments-down/"))
    );
    assert!(
        !fr.iter().any(|m| m.contains("Ticket payments failing")),
        "{fr:?}"
    );
    assert!(
        en.iter().any(|m| m.contains("Ticket payments failing")),
        "{en:?}"
    );
    assert!(!en.iter().any(|m| m.contains("/fr-ca/")));
}

/// `candor update --body-in fr=… --workaround-in fr=…` writes the update's texts in both
/// languages: the file reads back, `check` has nothing to say of it, and the French page
/// shows the French text without the note.
#[test]
fn update_writes_each_language_given() {
    let site = TestSite::new("bilingual");
    let update = |extra: &[&str]| {
        site.cmd(
            &[
                &[
                    "update",
                    "ticket-payments-down",
                    "--status",
                    "monitoring",
                    "--at",
                    NOW,
                    "--next",
                    "30m",
                ][..],
                extra,
            ]
            .concat(),
        )
        .assert()
    };
    let body = ["--body", "Payments work again; we are watching."];
    update(&[&body[..], &["--body-in", "de=Zahlungen gehen wieder."]].concat())
        .code(2)
        .stderr(predicates::str::contains(
            "the site's languages are `en-CA`, `fr-CA`",
        ));
    update(&[&body[..], &["--body-in", "en=Payments work."]].concat())
        .code(2)
        .stderr(predicates::str::contains("main language"));
    update(&[&body[..], &["--workaround-in", "fr=Les distributrices."]].concat())
        .code(2)
        .stderr(predicates::str::contains("give --workaround too"));
    let before = site.read("incidents/ticket-payments-down.yaml");
    assert!(
        !before.contains("watching"),
        "a refused update wrote nothing"
    );
    update(
        &[
            &body[..],
            &[
                "--body-in",
                "fr=Les paiements fonctionnent de nouveau; nous surveillons.",
                "--workaround",
                "Station machines work too.",
                "--workaround-in",
                "fr-CA=Les distributrices fonctionnent aussi.",
            ],
        ]
        .concat(),
    )
    .success();
    let file = site.read("incidents/ticket-payments-down.yaml");
    assert!(
        file.contains("\"fr-CA\": |\n        Les paiements fonctionnent"),
        "{file}"
    );
    let check = site.cmd(&["check", "--now", NOW]).assert().success();
    let said = String::from_utf8_lossy(&check.get_output().stderr).into_owned();
    assert_eq!(
        said.matches("missing-translation").count(),
        1,
        "only the fixture's own: {said}"
    );
    site.cmd(&["build", "--now", NOW, "--out"])
        .arg(site.path("public"))
        .assert()
        .success();
    let fr = site.read("public/fr-ca/incidents/ticket-payments-down/index.html");
    assert!(fr.contains("Les paiements fonctionnent de nouveau"));
    assert!(fr.contains("Les distributrices fonctionnent aussi."));
    assert!(!fr.contains("watching"));
}

/// `candor new --title-in fr=… --body-in fr=…` opens an incident in both languages at once.
#[test]
fn new_writes_each_language_given() {
    let site = TestSite::new("bilingual");
    let new = |extra: &[&str]| {
        let base = [
            "new",
            "App sign-in failing",
            "--impact",
            "minor",
            "--owner",
            "et",
            "--role",
            "Director",
            "--component",
            "app",
            "--at",
            NOW,
        ];
        site.cmd(&[&base[..], extra].concat()).assert()
    };
    new(&[
        "--title-in",
        "fr=Échec de connexion",
        "--body-in",
        "fr=Certains ne peuvent pas.",
    ])
    .code(2)
    .stderr(predicates::str::contains("give --body too"));
    new(&["--title-in", "es=Fallo"])
        .code(2)
        .stderr(predicates::str::contains("the site's languages are"));
    assert!(!site.path("incidents/app-sign-in-failing.yaml").exists());
    new(&[
        "--title-in",
        "fr=Échec de connexion à l'application",
        "--body",
        "Some of you cannot sign in to the app.",
        "--body-in",
        "fr=Certains d'entre vous ne peuvent pas se connecter.",
    ])
    .success();
    let file = site.read("incidents/app-sign-in-failing.yaml");
    assert!(
        file.contains("title:\n  \"en-CA\": \"App sign-in failing\"\n  \"fr-CA\":"),
        "{file}"
    );
    site.cmd(&["build", "--now", NOW, "--out"])
        .arg(site.path("public"))
        .assert()
        .success();
    let fr = site.read("public/fr-ca/incidents/app-sign-in-failing/index.html");
    assert!(
        fr.contains("Échec de connexion à l&#39;application"),
        "{fr}"
    );
    assert!(fr.contains("entre vous ne peuvent pas se connecter."));
}
