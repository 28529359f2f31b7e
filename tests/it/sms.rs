//! `announce --format sms` writes one SMS segment, counted as the phone network counts it
//! (issue 14: every SMS candor wrote was 259–280 characters with an em dash and curly quotes,
//! 4–5 segments). The count here is the test's own, from GSM 03.38, not the crate's.

use crate::common::{NOW, TestSite};

/// GSM 03.38's basic set, row by row as the standard prints it (0x1B, the escape, left out).
const BASIC: [&str; 8] = [
    "@£$¥èéùìòÇ\nØø\rÅå",
    "Δ_ΦΓΛΩΠΨΣΘΞÆæßÉ",
    " !\"#¤%&'()*+,-./",
    "0123456789:;<=>?",
    "¡ABCDEFGHIJKLMNO",
    "PQRSTUVWXYZÄÖÑÜ§",
    "¿abcdefghijklmno",
    "pqrstuvwxyzäöñüà",
];
/// The extension table: escape + code, two septets each.
const EXTENDED: &str = "^{}\\[~]|€";

/// The segments `text` takes: GSM-7 (160 septets a segment, 153 once split) when every
/// character is in GSM 03.38, else UCS-2 (70 UTF-16 units, 67 once split).
fn segments(text: &str) -> (bool, usize, usize) {
    let septets: Option<usize> = text
        .chars()
        .map(|c| {
            if BASIC.iter().any(|row| row.contains(c)) {
                Some(1)
            } else if EXTENDED.contains(c) {
                Some(2)
            } else {
                None
            }
        })
        .sum();
    let (gsm, len, one, many) = match septets {
        Some(n) => (true, n, 160, 153),
        None => (false, text.encode_utf16().count(), 70, 67),
    };
    (gsm, len, if len <= one { 1 } else { len.div_ceil(many) })
}

fn sms(site: &TestSite, id: &str, update: &str) -> String {
    let out = site.announce(id, &["--update", update, "--format", "sms"]);
    out.strip_suffix('\n').unwrap_or(&out).to_string()
}

/// Asserts `msg` is one segment, in GSM-7 when `gsm` says so, and ends with the whole link.
fn assert_one_segment(msg: &str, gsm: bool, link_end: &str) {
    let (is_gsm, len, n) = segments(msg);
    assert_eq!(n, 1, "{len} units, {n} segments: {msg}");
    assert_eq!(is_gsm, gsm, "GSM-7 expected {gsm}: {msg}");
    assert!(msg.ends_with(link_end), "the link is whole: {msg}");
}

/// Every update of every example incident, as it would go out: one segment, GSM-7 (the
/// example's words are English with curly quotes and dashes), the link whole.
#[test]
fn every_example_update_is_one_gsm7_segment() {
    let site = TestSite::example();
    let mut checked = 0;
    for entry in std::fs::read_dir(site.path("incidents")).unwrap() {
        let path = entry.unwrap().path();
        let id = path.file_stem().unwrap().to_str().unwrap().to_string();
        // Updates are numbered from 1; the first number past the last is refused.
        for n in 1.. {
            let out = site
                .cmd(&["announce", &id, "--update", &n.to_string()])
                .args(["--format", "sms", "--now", NOW])
                .output()
                .unwrap();
            if !out.status.success() {
                let err = String::from_utf8_lossy(&out.stderr);
                assert!(err.contains(&format!("has no update {n}")), "{err}");
                assert!(n > 1, "{id} has no updates?");
                break;
            }
            let msg = String::from_utf8(out.stdout).unwrap();
            let msg = msg.trim_end_matches('\n');
            assert_one_segment(msg, true, &format!("/incidents/{id}/#update-{n}"));
            assert!(!msg.contains('—') && !msg.contains('…'), "{msg}");
            checked += 1;
        }
    }
    assert!(checked >= 30, "{checked} updates");
}

/// 160 septets is little: the next update time gives way before a title cut below half of
/// itself, and the site's name (after the time in need) goes with it; with a short title both
/// the time and the title are whole and the name is left out.
#[test]
fn the_next_update_time_and_the_site_name_give_way_in_order() {
    let site = TestSite::example();
    let first = sms(&site, "login-outage-november", "1");
    assert_eq!(
        first,
        "Investigating: Everyone signed out; sign-in, checkout and the API down. \
         https://status.acme.example/incidents/login-outage-november/#update-1"
    );
    let card = sms(&site, "card-payments-failing", "1");
    assert_eq!(
        card,
        "Investigating: Card payments failing at checkout. Next update by 15:20 GMT on Mon \
         23 Nov. https://status.acme.example/incidents/card-payments-failing/#update-1"
    );
    // No promise to keep: the site's name comes back, and the update's own words after it.
    let resolved = sms(&site, "card-payments-failing", "5");
    assert!(
        resolved.starts_with("Acme Status: Card payments failing at checkout - Resolved. This"),
        "{resolved}"
    );
}

/// Curly quotes, dashes, the ellipsis and a non-breaking space in the title and the body are
/// written in GSM-7, so the message keeps its 160 characters; the status separator is
/// candor's own `-`.
#[test]
fn typographic_punctuation_is_written_in_gsm7() {
    let site = TestSite::new("site");
    site.write(
        "candor.yaml",
        &site
            .read("candor.yaml")
            .replace("https://status.fixture.example/", "https://s.example/")
            .replace("title: Fixture Status", "title: Fixture"),
    );
    let path = "incidents/payments-down.yaml";
    let text = site
        .read(path)
        .replace(
            "title: Card payments failing",
            "title: Card payments \u{2013} \u{201c}declined\u{201d}",
        )
        .replace(
            "We found a bad certificate. See [the notice](https://fixture.example/notice)\n      \
             and not [this](javascript:alert(1)).",
            "\u{201c}Bad\u{201d} cert \u{2014} it\u{2019}s\u{a0}fixed\u{2026}",
        );
    site.write(path, &text);
    let msg = sms(&site, "payments-down", "2");
    assert_one_segment(&msg, true, "/incidents/payments-down/#update-2");
    assert!(
        msg.starts_with("Fixture: Card payments - \"declined\" - Identified. "),
        "{msg}"
    );
    assert!(
        msg.contains(". \"Bad\" cert - it's fixed... Next update"),
        "{msg}"
    );
}

/// A title in letters GSM-7 does not have is kept as it is, and the message is UCS-2: 70 units.
#[test]
fn a_title_outside_gsm7_fits_70_ucs2_units() {
    let site = TestSite::new("site");
    site.write(
        "candor.yaml",
        &site
            .read("candor.yaml")
            .replace("https://status.fixture.example/", "https://s.example/"),
    );
    let path = "incidents/payments-down.yaml";
    let text = site.read(path).replace("Card payments failing", "決済障害");
    site.write(path, &text);
    let msg = sms(&site, "payments-down", "2");
    assert_one_segment(
        &msg,
        false,
        "https://s.example/incidents/payments-down/#update-2",
    );
    assert!(msg.starts_with("Identified: 決済障害."), "{msg}");
}

/// When the status and the link leave no room in 70 units for any of a title outside GSM-7,
/// the message is GSM-7 with the title's words up to the first it cannot write: the reader
/// still has the status and the link, in one segment. Accents GSM-7 has are kept.
#[test]
fn a_title_outside_gsm7_with_a_long_link_falls_back_to_its_gsm7_words() {
    let site = TestSite::new("site");
    let path = "incidents/payments-down.yaml";
    let text = site
        .read(path)
        .replace("Card payments failing", "Échec de paiement à Łódź");
    site.write(path, &text);
    let msg = sms(&site, "payments-down", "2");
    assert_one_segment(&msg, true, "/incidents/payments-down/#update-2");
    assert!(
        msg.starts_with("Identified: Échec de paiement à..."),
        "{msg}"
    );
}

/// A link that cannot fit in one segment with its status is refused, with what to do.
#[test]
fn a_link_too_long_for_one_segment_is_said_not_cut() {
    let site = TestSite::new("site");
    site.write(
        "candor.yaml",
        &site.read("candor.yaml").replace(
            "base_url: https://status.fixture.example/",
            &format!(
                "base_url: https://status.fixture.example/{}",
                "path/".repeat(20)
            ),
        ),
    );
    site.cmd(&["announce", "payments-down", "--format", "sms", "--now", NOW])
        .assert()
        .code(1)
        .stderr(predicates::str::contains(
            "does not fit in a 160-character text message",
        ))
        .stderr(predicates::str::contains("shorter `base_url`"));
    // The same link fits a 280-character post.
    site.announce("payments-down", &["--format", "social"]);
}

/// `--help` says what a text message holds.
#[test]
fn help_says_one_segment() {
    let site = TestSite::new("site");
    let out = site.cmd(&["announce", "--help"]).output().unwrap();
    let help = String::from_utf8(out.stdout).unwrap();
    assert!(help.contains("160 characters, or 70"), "{help}");
    assert!(!help.contains("text message, at most 280"), "{help}");
}
