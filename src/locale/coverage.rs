//! Every message key the code asks for is in the English file: a key missing there shows on a
//! customer's page or in their inbox as the key itself (`Locale::text`), so it is caught here,
//! before a build. The keys are read from the source (`tr!(locale, "key"` in Rust, `t(key="…")`
//! in the default theme's templates) and from the vocabularies whose keys the code builds
//! (`status-<value>`, `state-<value>-in-text`, `indicator-<key>`, …).
//!
//! The vocabularies are read from their declarations' text rather than iterated as enums:
//! `locale` is a leaf stage and may not import `model` or `derive` (`.ci/imports.py`), and the
//! declarations are the one place their values are written.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use super::english_keys;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn files(dir: &Path, ext: &str) -> Vec<PathBuf> {
    walkdir::WalkDir::new(dir)
        .into_iter()
        .filter_map(Result::ok)
        .map(|e| e.into_path())
        .filter(|p| p.extension().is_some_and(|e| e == ext))
        .collect()
}

/// The string literal starting at `text` (after optional whitespace), if one does.
fn literal(text: &str) -> Option<&str> {
    let rest = text.trim_start().strip_prefix('"')?;
    rest.find('"').map(|end| &rest[..end])
}

/// The keys of `tr!(locale, "key", …)` calls: the literal after the first top-level comma.
fn tr_keys(source: &str, out: &mut BTreeSet<String>) {
    for (at, _) in source.match_indices("tr!(") {
        let call = &source[at + 4..];
        let mut depth = 0i32;
        for (i, c) in call.char_indices() {
            match c {
                '(' | '[' | '{' => depth += 1,
                ')' | ']' | '}' if depth == 0 => break,
                ')' | ']' | '}' => depth -= 1,
                ',' if depth == 0 => {
                    if let Some(key) = literal(&call[i + 1..]) {
                        out.insert(key.to_string());
                    }
                    break;
                }
                _ => {}
            }
        }
    }
}

/// The keys of `.text("key", …)` and templates' `t(key="key"…)`.
fn literal_keys(source: &str, opener: &str, out: &mut BTreeSet<String>) {
    for (at, _) in source.match_indices(opener) {
        if let Some(key) = literal(&source[at + opener.len()..]) {
            out.insert(key.to_string());
        }
    }
}

/// The values written `=> "value"` in `text` up to its first line that closes a block at the
/// indentation `end`.
fn arrow_values<'a>(text: &'a str, end: &str) -> Vec<&'a str> {
    let block = text.split(end).next().unwrap_or_default();
    block
        .match_indices("=> \"")
        .filter_map(|(at, _)| literal(&block[at + 3..]))
        .collect()
}

/// `prefix-<value>` for every `vocabulary!(Name "prefix" { Variant => "value" / … })`, and
/// a component state's words in a sentence (`state-<value>-in-text`).
fn vocabulary_keys(model: &str, out: &mut BTreeSet<String>) -> usize {
    let mut found = 0;
    for (at, _) in model.match_indices("vocabulary!(") {
        let decl = &model[at + "vocabulary!(".len()..];
        let Some(prefix) = decl
            .split_once(' ')
            .and_then(|(_, rest)| literal(rest))
            .filter(|_| !decl.starts_with('$'))
        else {
            continue;
        };
        found += 1;
        for value in arrow_values(decl, "});") {
            out.insert(format!("{prefix}-{value}"));
            if prefix == "state" {
                out.insert(format!("state-{value}-in-text"));
            }
        }
    }
    found
}

#[test]
fn every_key_the_code_asks_for_is_in_english() {
    let root = root();
    let mut asked = BTreeSet::new();
    for file in files(&root.join("src"), "rs") {
        let source = std::fs::read_to_string(&file).unwrap();
        tr_keys(&source, &mut asked);
        literal_keys(&source, ".text(", &mut asked);
    }
    for file in files(&root.join("themes/default/templates"), "html") {
        let source = std::fs::read_to_string(&file).unwrap();
        literal_keys(&source, "t(key=", &mut asked);
    }
    // Only what a Fluent id can be (this file's own patterns and examples are not keys).
    asked.retain(|k| {
        k.starts_with(|c: char| c.is_ascii_lowercase())
            && k.chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
            && k != "key"
    });
    let model = std::fs::read_to_string(root.join("src/model/mod.rs")).unwrap();
    let vocabularies = vocabulary_keys(&model, &mut asked);
    assert!(
        vocabularies >= 5,
        "the vocabularies with words (kind, impact, status, state, how) were not found in \
         src/model/mod.rs: found {vocabularies}"
    );
    let status = std::fs::read_to_string(root.join("src/derive/status.rs")).unwrap();
    let indicator = status
        .split_once("pub(crate) fn key(self)")
        .map(|(_, body)| arrow_values(body, "\n    }"))
        .unwrap_or_default();
    assert!(
        indicator.len() >= 6,
        "Indicator::key not found: {indicator:?}"
    );
    for key in indicator {
        asked.insert(format!("indicator-{key}"));
        asked.insert(format!("badge-{key}"));
    }
    assert!(asked.len() > 100, "too few keys found: {}", asked.len());

    let english: BTreeSet<String> = english_keys().into_iter().map(|(k, _)| k).collect();
    let missing: Vec<&String> = asked.difference(&english).collect();
    assert!(
        missing.is_empty(),
        "keys the code asks for that themes/default/i18n/en.ftl lacks: {missing:?}"
    );
}

#[test]
fn the_key_reader_finds_calls_over_several_lines() {
    let mut keys = BTreeSet::new();
    tr_keys(
        "tr!(l, \"a-b\"); tr!(\n  f(x, y),\n  \"c-d\",\n  n = 1\n); tr!(l, name)",
        &mut keys,
    );
    literal_keys("{{ t(key=\"e-f\", count=2) }}", "t(key=", &mut keys);
    let want: BTreeSet<String> = ["a-b", "c-d", "e-f"].map(String::from).into();
    assert_eq!(keys, want);
}
