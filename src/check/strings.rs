//! A theme's own words: `themes/<name>/i18n/<language>.ftl` replaces any of candor's messages
//! for the site's language. Each message must be one candor has (a misspelt id would change
//! nothing, silently) and use only the values candor gives it; Fluent syntax errors point at
//! their line.

use std::collections::BTreeMap;
use std::sync::Arc;

use fluent_bundle::FluentResource;

use crate::diagnostic::{Diagnostic, Span, suggest};
use crate::input::SourceFile;
use crate::input::theme::ThemeFile;
use crate::locale::{Locale, Override};

/// The site's words: the shipped language of `tag`, with the theme's file for it over them
/// (`i18n/<tag>.ftl`, else `i18n/<shipped language>.ftl`). Problems go to `diags`; a file
/// with any is left out, so the site still reads as shipped.
pub(crate) fn locale(tag: &str, theme: &[ThemeFile], diags: &mut Vec<Diagnostic>) -> Arc<Locale> {
    let shipped = crate::locale::shipped_for(tag).unwrap_or("en");
    let file = [tag, shipped]
        .iter()
        .find_map(|t| theme.iter().find(|f| f.name == format!("i18n/{t}.ftl")));
    let overrides = match file.map(checked) {
        Some(Ok(resource)) => vec![Override { resource }],
        Some(Err(mut found)) => {
            diags.append(&mut found);
            Vec::new()
        }
        None => Vec::new(),
    };
    Arc::new(Locale::new(tag, overrides))
}

fn checked(f: &ThemeFile) -> Result<FluentResource, Vec<Diagnostic>> {
    let text = String::from_utf8_lossy(&f.bytes).into_owned();
    let source = SourceFile::new(f.origin.clone().into(), f.origin.clone(), text.clone());
    let at = |range: std::ops::Range<usize>, message: String| {
        let start = range.start.min(text.len());
        let (line, col) = source.line_col(start);
        let end = range
            .end
            .clamp(start, text.len())
            .max(source.token_at(start).end);
        Diagnostic::error(message).with_file(&f.origin).with_span(
            Span {
                line,
                col,
                range: start..end.min(text.len()),
            },
            source.text.clone(),
        )
    };
    let resource = match FluentResource::try_new(text.clone()) {
        Ok(r) => r,
        Err((_, errors)) => {
            return Err(errors
                .into_iter()
                .map(|e| {
                    at(e.pos.clone(), format!("this is not Fluent syntax: {}", e.kind))
                        .with_help("write each message as `id = text`; see projectfluent.org for selectors and variables")
                })
                .collect());
        }
    };
    let english: BTreeMap<String, Vec<String>> =
        crate::locale::english_keys().into_iter().collect();
    let ids: Vec<&str> = english.keys().map(String::as_str).collect();
    let mut problems = Vec::new();
    for (id, vars, range) in crate::locale::message_spans(&text) {
        let Some(known) = english.get(&id) else {
            let d = at(
                range,
                format!("candor has no message `{id}`, so this changes nothing"),
            );
            problems.push(match suggest(&id, &ids) {
                Some(s) => d.with_help(format!(
                    "{s} (the ids are those of the built-in `i18n/en.ftl`)"
                )),
                None => d.with_help("use an id from the built-in `i18n/en.ftl` (docs/format.md, \"Your own words\")"),
            });
            continue;
        };
        for v in vars.iter().filter(|v| !known.contains(v)) {
            let given = match known.is_empty() {
                true => "no values".to_string(),
                false => known
                    .iter()
                    .map(|k| format!("`${k}`"))
                    .collect::<Vec<_>>()
                    .join(", "),
            };
            problems.push(
                at(
                    range.clone(),
                    format!("message `{id}` uses `${v}`, which candor does not give it"),
                )
                .with_help(format!("candor gives `{id}` {given}")),
            );
        }
    }
    if problems.is_empty() {
        Ok(resource)
    } else {
        Err(problems)
    }
}
