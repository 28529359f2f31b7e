//! The translations candor ships (compiled into the binary) and a theme's own messages over
//! them: which file serves a site's tag, and what a theme's file may say.

use fluent_bundle::FluentResource;
use fluent_syntax::ast;

/// The languages candor ships its words in, as BCP 47 tags, each with its Fluent file. A
/// site's tag is served by an entry that is a prefix of it by subtags (`en` serves `en-GB`;
/// `pt-BR` serves only Brazilian Portuguese).
/// Each shipped tag with its file, compiled in.
macro_rules! shipped {
    ($($tag:literal),+ $(,)?) => {
        &[$(($tag, include_str!(concat!("../../themes/default/i18n/", $tag, ".ftl")))),+]
    };
}

pub(crate) const SHIPPED: &[(&str, &str)] = shipped![
    "en", "de", "fr", "es", "pt-BR", "it", "nl", "ja", "zh-Hans", "ar"
];

/// The shipped file of language `shipped` (an entry of `SHIPPED`).
pub(crate) fn shipped_file(shipped: &str) -> &'static str {
    SHIPPED
        .iter()
        .find(|(t, _)| *t == shipped)
        .map_or(SHIPPED[0].1, |(_, f)| f)
}

/// The shipped language that serves `tag`, if any.
pub(crate) fn shipped_for(tag: &str) -> Option<&'static str> {
    SHIPPED.iter().map(|(t, _)| *t).find(|s| {
        let mut have = tag.split('-');
        s.split('-')
            .all(|w| have.next().is_some_and(|h| h.eq_ignore_ascii_case(w)))
    })
}

/// A theme's messages for the site's language (`themes/<name>/i18n/<language>.ftl`), over
/// the shipped ones message by message.
pub(crate) struct Override {
    pub(crate) resource: FluentResource,
}

pub(crate) fn parsed(shipped: &str) -> FluentResource {
    // Shipped files parse cleanly: `locale::tests` parses every one.
    FluentResource::try_new(shipped_file(shipped).to_string()).unwrap_or_else(|(r, _)| r)
}

/// The message ids of a Fluent file, with each message's variables (`$count`).
pub(crate) fn keys(text: &str) -> Vec<(String, Vec<String>)> {
    message_spans(text)
        .into_iter()
        .map(|(id, vars, _)| (id, vars))
        .collect()
}

/// Each message of a Fluent file with its variables and where its id is, for pointing at it.
pub(crate) fn message_spans(text: &str) -> Vec<(String, Vec<String>, std::ops::Range<usize>)> {
    let resource = match fluent_syntax::parser::parse(text) {
        Ok(r) => r,
        Err((r, _)) => r,
    };
    resource
        .body
        .iter()
        .filter_map(|entry| match entry {
            ast::Entry::Message(m) => {
                let id = m.id.name;
                // The id is a slice of `text`: its offset is where the message starts.
                let start = id.as_ptr() as usize - text.as_ptr() as usize;
                Some((id.to_string(), variables(m), start..start + id.len()))
            }
            _ => None,
        })
        .collect()
}

/// The English file's keys with their variables.
pub(crate) fn english_keys() -> Vec<(String, Vec<String>)> {
    keys(shipped_file("en"))
}

fn variables(m: &ast::Message<&str>) -> Vec<String> {
    let mut out = Vec::new();
    if let Some(p) = &m.value {
        pattern_variables(p, &mut out);
    }
    for a in &m.attributes {
        pattern_variables(&a.value, &mut out);
    }
    out.sort();
    out.dedup();
    out
}

fn pattern_variables(p: &ast::Pattern<&str>, out: &mut Vec<String>) {
    for e in &p.elements {
        if let ast::PatternElement::Placeable { expression } = e {
            expression_variables(expression, out);
        }
    }
}

fn expression_variables(e: &ast::Expression<&str>, out: &mut Vec<String>) {
    match e {
        ast::Expression::Select { selector, variants } => {
            inline_variables(selector, out);
            for v in variants {
                pattern_variables(&v.value, out);
            }
        }
        ast::Expression::Inline(i) => inline_variables(i, out),
    }
}

fn inline_variables(i: &ast::InlineExpression<&str>, out: &mut Vec<String>) {
    match i {
        ast::InlineExpression::VariableReference { id } => out.push(id.name.to_string()),
        ast::InlineExpression::Placeable { expression } => expression_variables(expression, out),
        ast::InlineExpression::FunctionReference { arguments, .. } => {
            for a in &arguments.positional {
                inline_variables(a, out);
            }
            for a in &arguments.named {
                inline_variables(&a.value, out);
            }
        }
        _ => {}
    }
}
