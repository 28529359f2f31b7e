//! The texts `new` and `update` write in a site's other languages (`--title-in fr=…`,
//! `--body-in`, `--workaround-in`): read from their flags, and written as a field with one
//! text per language, the main language's first, the form `check` reads back.

use crate::error::Error;
use crate::input::raw::RawText;
use crate::model::Config;
use crate::yaml::write::{block, quote};

/// `--title-in`, `--body-in`, `--workaround-in`: each `LANG=TEXT`, a text in one of the
/// site's other languages, with the tag the site writes it with, in the order given. A
/// one-line text is trimmed, as its flag without `-in` is.
pub(crate) fn in_languages(
    flag: &str,
    specs: &[String],
    config: &Config,
    one_line: bool,
) -> Result<Vec<(String, String)>, Error> {
    let tags: Vec<&str> = config.languages.iter().map(|l| l.tag.as_str()).collect();
    let mut out: Vec<(String, String)> = Vec::new();
    for spec in specs {
        let shown = crate::text::one_line(spec);
        let usage = |why: String| Error::Usage(format!("{flag} `{shown}`: {why}"));
        let (lang, text) = spec
            .split_once('=')
            .ok_or_else(|| usage("write it as LANG=TEXT, e.g. `fr=…`".into()))?;
        let listed = crate::model::text::tags_listed(&tags);
        let k = crate::model::text::language_named(&tags, lang.trim())
            .ok_or_else(|| usage(format!("the site's languages are {listed}")))?;
        if k == 0 {
            return Err(usage(format!(
                "`{}` is the site's main language, whose text the flag without `-in` gives",
                tags[0]
            )));
        }
        if out.iter().any(|(t, _)| t == tags[k]) {
            return Err(usage(format!("`{}` is given twice", tags[k])));
        }
        let text = if one_line { text.trim() } else { text };
        out.push((tags[k].to_string(), text.to_string()));
    }
    Ok(out)
}

/// A field's texts one per language, the main language's (`main_tag`) first, when `others`
/// has any; none when the field is its text alone.
pub(crate) fn per_language(
    main_tag: &str,
    main: &str,
    others: &[(String, String)],
) -> Vec<(String, String)> {
    match others.is_empty() {
        true => Vec::new(),
        false => std::iter::once((main_tag.to_string(), main.to_string()))
            .chain(others.iter().cloned())
            .collect(),
    }
}

/// The field as the file's raw form reads it: its text, or one per language.
pub(crate) fn raw_text(main_tag: &str, main: &str, others: &[(String, String)]) -> RawText {
    match others.is_empty() {
        true => main.into(),
        false => RawText::PerLanguage(per_language(main_tag, main, others).into_iter().collect()),
    }
}

/// The lines of `key:` at column `indent` holding `each` (from `per_language`), each text
/// quoted on its line or, with `as_block`, a literal block; and each text as YAML reads it.
pub(crate) fn lines_per_language(
    key: &str,
    each: &[(String, String)],
    indent: usize,
    as_block: bool,
) -> (Vec<String>, Vec<(String, String)>) {
    let pad = " ".repeat(indent);
    let mut lines = vec![format!("{pad}{key}:")];
    let mut read = Vec::new();
    for (tag, text) in each {
        let (written, value) = match as_block {
            true => {
                let b = block(text, indent + 2);
                (b.text, b.value)
            }
            false => (quote(text), text.clone()),
        };
        lines.push(format!("{pad}  {}: {written}", quote(tag)));
        read.push((tag.clone(), value));
    }
    (lines, read)
}
