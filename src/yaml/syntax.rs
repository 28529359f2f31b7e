//! Plain words for YAML syntax errors. libyaml (inside serde_yaml) says what its parser
//! expected ("did not find expected key"); the person reading needs to know what they typed
//! wrong and how to fix it, which takes a look at the line itself and the lines above it.

use crate::input::SourceFile;

/// A syntax error explained: what to say, where to point, and the fix.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Explained {
    pub(crate) message: String,
    pub(crate) help: Option<String>,
    /// 1-based line and column to point at, when the error has a place.
    pub(crate) at: Option<(usize, usize)>,
}

/// A `line L column C` position in one of libyaml's messages.
type Place = (usize, usize);

/// Explains libyaml's `raw` message (positions included) for `source`. `at` is where serde_yaml
/// says the error is.
pub(crate) fn explain(source: &SourceFile, raw: &str, at: Option<Place>) -> Explained {
    // libyaml's second position ("while scanning a quoted scalar at line 1 column 8") is
    // where the construct that went wrong began: the opening quote or bracket.
    let context = raw
        .split_once(", while ")
        .and_then(|(_, rest)| place_in(rest));
    let error = SyntaxError {
        source,
        raw,
        at,
        context,
    };
    // The causes in the order they are told apart: the first that recognises the error
    // explains it (a tab before everything, the catch-alls last).
    let causes: [fn(&SyntaxError) -> Option<Explained>; 14] = [
        tab,
        comment_cut,
        unknown_escape,
        indicator_start,
        colon_in_value,
        block_text_indented_less,
        expected_key,
        unclosed_quote,
        unclosed_bracket,
        no_colon,
        reserved_start,
        several_documents,
        text_after_block_indicator,
        unexpected_colon,
    ];
    causes
        .iter()
        .find_map(|cause| cause(&error))
        .unwrap_or_else(|| {
            explained(
                strip_places(raw),
                "check the quotes, brackets and colons on this line and the one above".into(),
                at,
            )
        })
}

/// One syntax error as libyaml reported it, with the file it is in.
struct SyntaxError<'a> {
    source: &'a SourceFile,
    /// libyaml's message.
    raw: &'a str,
    /// Where serde_yaml says the error is.
    at: Option<Place>,
    /// Where the construct that went wrong began, when libyaml says.
    context: Option<Place>,
}

impl SyntaxError<'_> {
    /// The character at a place of the file.
    fn char_at(&self, p: Option<Place>) -> Option<char> {
        p.and_then(|(l, c)| self.source.line(l).chars().nth(c.saturating_sub(1)))
    }

    fn says(&self, words: &str) -> bool {
        self.raw.contains(words)
    }
}

/// An explanation with its fix.
fn explained(message: String, help: String, at: Option<Place>) -> Explained {
    Explained {
        message: format!("invalid YAML: {message}"),
        help: Some(help),
        at,
    }
}

fn tab(e: &SyntaxError) -> Option<Explained> {
    (e.says("tab character") || e.char_at(e.at) == Some('\t')).then(|| {
        explained(
            "a tab is used for indentation".into(),
            "YAML indents with spaces only; replace the tab with spaces".into(),
            e.at,
        )
    })
}

/// A `#` after a space starts a comment, even in the middle of a value: in `{ name: Ana #2,
/// role: Lead }` it cuts off the closing `}`, and in text written over several lines without
/// `|` it ends the text, so the next line no longer fits. Said as that, not as the bracket or
/// the indentation it broke.
fn comment_cut(e: &SyntaxError) -> Option<Explained> {
    let source = e.source;
    let flow =
        e.says("did not find expected ',' or ']'") || e.says("did not find expected ',' or '}'");
    if flow {
        let (l, c) = e.context?;
        let line = source.line(l);
        let open = line.char_indices().nth(c.saturating_sub(1))?.0;
        let hash = open + line[open..].find(" #")? + 1;
        // The item the `#` is in: from the `,` or bracket before it to the one after.
        let from = line[..hash].rfind([',', '{', '[']).map_or(0, |i| i + 1);
        let item = line[from..]
            .split([',', '}', ']'])
            .next()
            .unwrap_or("")
            .trim();
        let fix = match item.split_once(": ") {
            Some((k, v)) => format!("`{k}: {}`", quote(v.trim())),
            None => format!("`{}`", quote(item)),
        };
        return Some(explained(
            "a `#` after a space starts a comment, which cuts off the rest of this line".into(),
            format!("put the value with the `#` in quotes: {fix}"),
            Some((l, line[..hash].chars().count() + 1)),
        ));
    }
    let (l, _) = e.at?;
    let (kl, key) = key_line_above(source, l)?;
    let v = key.value.trim();
    if v.is_empty()
        || v.starts_with(['"', '\'', '|', '>', '[', '{'])
        || indentation(source.line(l)) < key.key_col()
    {
        return None;
    }
    // The lines of the text, from the key's: a comment line among them, or a ` #` in one.
    let hit = (kl..l).find_map(|n| {
        let t = source.line(n);
        if n > kl && t.trim_start().starts_with('#') {
            return Some((n, indentation(t) + 1));
        }
        let start = if n == kl {
            t.len() - key.value.len()
        } else {
            0
        };
        t[start..]
            .find(" #")
            .map(|i| (n, t[..start + i].chars().count() + 2))
    })?;
    Some(explained(
        format!(
            "this `#` starts a comment, which ends the `{}` text, so the lines after it no \
             longer fit",
            key.key
        ),
        format!(
            "write `{}` as a `|` block (`{}: |`, then the text on the lines below, indented), where `#` is text",
            key.key, key.key
        ),
        Some(hit),
    ))
}

/// `key: a: b`, or a `key:` line whose colon libyaml did not expect (a colon missing above,
/// a key indented wrongly).
fn colon_in_value(e: &SyntaxError) -> Option<Explained> {
    if !e.says("mapping values are not allowed") {
        return None;
    }
    let source = e.source;
    if let Some((l, c)) = e.at
        && let Some(key) = Line::parse(source.line(l))
        && key.colon_col() == c
    {
        return Some(
            colon_missing_above(source, l)
                .or_else(|| misindented(source, l, &key))
                .unwrap_or_else(|| does_not_fit(Some((l, key.key_col())))),
        );
    }
    let key = e.at.and_then(|(l, _)| Line::parse(source.line(l)));
    let help = match &key {
        Some(key) => format!(
            "put the value in quotes: `{}: {}`",
            key.key,
            quote(key.value.trim())
        ),
        None => "put the whole value in quotes, or write it as a `|` block".into(),
    };
    let what = match key {
        Some(k) if k.value.trim_end().ends_with(':') => "a `:` at the end of a value",
        _ => "a `: ` inside a value",
    };
    Some(explained(what.into(), help, e.at))
}

/// A line of `|` text indented less than the first: libyaml ends the text there and then
/// stumbles on the line, reporting either at it or just after it.
fn block_text_indented_less(e: &SyntaxError) -> Option<Explained> {
    let stumbled = if e.says("could not find expected ':'") {
        e.context.or(e.at)
    } else if e.says("did not find expected") {
        e.at
    } else {
        None
    };
    let (l, c) = stumbled?;
    let source = e.source;
    if source.line(l).trim().is_empty() || c > indentation(source.line(l)) + 1 {
        return None;
    }
    let block = block_text_above(source, l)?;
    Some(explained(
        format!(
            "this line of the `{}` text is indented less than the text above it",
            block.key
        ),
        format!(
            "indent every line of the `{}` text by at least {} spaces",
            block.key, block.text_indent
        ),
        Some((l, c)),
    ))
}

/// libyaml expected a key (or a list item) and found something else on this line.
fn expected_key(e: &SyntaxError) -> Option<Explained> {
    if !e.says("did not find expected key") && !e.says("did not find expected '-'") {
        return None;
    }
    let source = e.source;
    let (l, c) = e.at.unwrap_or((1, 1));
    let text = source.line(l);
    if c > indentation(text) + 1 {
        return Some(after_value(source, l, c));
    }
    if let Some(explained) = colon_missing_above(source, l) {
        return Some(explained);
    }
    if let Some(key) = Line::parse(text) {
        if key.item {
            return Some(misaligned_item(source, l, &key));
        }
        if let Some(explained) = misindented(source, l, &key) {
            return Some(explained);
        }
    }
    Some(does_not_fit(e.at))
}

fn unclosed_quote(e: &SyntaxError) -> Option<Explained> {
    if !(e.says("found unexpected end of stream") && e.says("quoted scalar")) {
        return None;
    }
    let q = e.char_at(e.context).unwrap_or('"');
    Some(explained(
        format!("a quote `{q}` opened here is never closed"),
        format!("add the closing `{q}` at the end of the value"),
        e.context.or(e.at),
    ))
}

fn unclosed_bracket(e: &SyntaxError) -> Option<Explained> {
    [("']'", "list"), ("'}'", "mapping")]
        .into_iter()
        .find(|(close, _)| e.says(&format!("did not find expected ',' or {close}")))
        .map(|(close, what)| {
            let open = if what == "list" { '[' } else { '{' };
            let close = close.trim_matches('\'');
            explained(
                format!("a {what} opened with `{open}` here is not closed"),
                format!("end it with `{close}` on the same line, with commas between the items"),
                e.context.or(e.at),
            )
        })
}

fn no_colon(e: &SyntaxError) -> Option<Explained> {
    e.says("could not find expected ':'").then(|| {
        explained(
            "a line with no `:`".into(),
            "write `key: value`; if the line belongs to the text above, indent it like that text"
                .into(),
            e.context.or(e.at),
        )
    })
}

/// `"\o/ back"`: in double quotes a `\` starts an escape, and this one is not YAML's.
fn unknown_escape(e: &SyntaxError) -> Option<Explained> {
    if !e.says("found unknown escape character") {
        return None;
    }
    let escape: String =
        e.at.map(|(l, c)| {
            e.source
                .line(l)
                .chars()
                .skip(c.saturating_sub(1))
                .take(2)
                .collect()
        })
        .filter(|s: &String| s.starts_with('\\'))
        .unwrap_or_else(|| "\\".into());
    let help = match e.at.and_then(|(l, _)| Line::parse(e.source.line(l))) {
        Some(key) => {
            let v = key.value.trim();
            let inner = v
                .strip_prefix('"')
                .and_then(|v| v.strip_suffix('"'))
                .unwrap_or(v);
            format!(
                "put the value in single quotes, where `\\` is just a character: `{}: '{}'`",
                key.key,
                inner.replace("\\\"", "\"").replace('\'', "''")
            )
        }
        None => "put the value in single quotes, where `\\` is just a character".into(),
    };
    Some(explained(
        format!("`{escape}` is not an escape YAML knows: in double quotes, `\\` starts one"),
        help,
        e.at,
    ))
}

/// `title: - item`, `title: ? x`, `title: [Update] slow`: a value that starts with what
/// YAML reads as a list, a key or a bracket, and then does not fit.
fn indicator_start(e: &SyntaxError) -> Option<Explained> {
    let (l, _) = e.at?;
    let key = Line::parse(e.source.line(l))?;
    let v = key.value.trim();
    let bracketed = e.says("did not find expected key") && v.len() > 1;
    let (mark, reading) = if e.says("block sequence entries are not allowed") && v.starts_with('-')
    {
        ("- ", "the start of a list item")
    } else if e.says("mapping keys are not allowed") && v.starts_with('?') {
        ("? ", "the start of a key")
    } else if bracketed && v.starts_with('[') && !v.ends_with(']') {
        ("[", "a list, which ends at its `]`")
    } else if bracketed && v.starts_with('{') && !v.ends_with('}') {
        ("{", "a set of fields, which ends at its `}`")
    } else {
        return None;
    };
    Some(explained(
        format!("`{mark}` at the start of a value is read as {reading}"),
        format!(
            "to write it as text, put the whole value in quotes: `{}: {}`",
            key.key,
            quote(v)
        ),
        Some((l, key.key_col() + key.key.chars().count() + 2)),
    ))
}

/// `*` and `&` start aliases and anchors, `!` a tag, and others cannot start a plain value;
/// libyaml complains at them, or just after.
fn reserved_start(e: &SyntaxError) -> Option<Explained> {
    if !(e.says("cannot start any token")
        || e.says("unknown anchor")
        || e.says("alphabetic or numeric")
        || e.says("directive"))
    {
        return None;
    }
    let reserved = e
        .char_at(e.at)
        .filter(|c| !c.is_alphanumeric() && !c.is_whitespace())
        .or_else(|| {
            e.at.and_then(|(l, c)| e.char_at(Some((l, c.saturating_sub(1)))))
                .filter(|c| matches!(c, '*' | '&' | '!'))
        });
    let c = match reserved {
        Some('`') => "a backquote".to_string(),
        Some(c) => format!("`{c}`"),
        None => "this character".to_string(),
    };
    let help = match e.at.and_then(|(l, _)| Line::parse(e.source.line(l))) {
        Some(key) if !key.value.trim().is_empty() => format!(
            "put the value in quotes: `{}: {}`",
            key.key,
            quote(key.value.trim())
        ),
        _ => "put the value in quotes".into(),
    };
    Some(explained(
        format!("a value cannot start with {c} unless it is in quotes"),
        help,
        e.at,
    ))
}

fn several_documents(e: &SyntaxError) -> Option<Explained> {
    if !e.says("more than one document") {
        return None;
    }
    let source = e.source;
    if let Some(at) = second_document(source) {
        return Some(explained(
            "this file holds more than one YAML document".into(),
            "keep one incident per file: delete this `---` line, or move what follows it to a file of its own".into(),
            Some(at),
        ));
    }
    // No `---`: an indented first line makes libyaml end the document at the next line
    // that starts further left, and begin another.
    if let Some(first) = (1..=source.line_count()).find(|&n| {
        let t = source.line(n);
        !t.trim().is_empty() && !t.trim_start().starts_with('#')
    }) && indentation(source.line(first)) > 0
    {
        return Some(explained(
            "the first line is indented, but the lines after it are not".into(),
            "remove the spaces at the start of the first line".into(),
            Some((first, 1)),
        ));
    }
    Some(explained(
        "this file holds more than one YAML document".into(),
        "keep one incident per file".into(),
        e.at,
    ))
}

/// `key: | text`: text on the line of a block indicator.
fn text_after_block_indicator(e: &SyntaxError) -> Option<Explained> {
    if !e.says("did not find expected comment or line break") {
        return None;
    }
    let text = e.at.map_or("", |(l, _)| e.source.line(l));
    let i = text.find(['|', '>'])?;
    let c = &text[i..=i];
    Some(explained(
        format!("text after `{c}` on the same line"),
        format!(
            "`{c}` starts a block of text on the lines below it; put the text there, indented, or remove the `{c}`"
        ),
        e.at.map(|(l, _)| (l, text[..i].chars().count() + 1)),
    ))
}

fn unexpected_colon(e: &SyntaxError) -> Option<Explained> {
    e.says("found unexpected ':'").then(|| {
        explained(
            "a `:` where a value was expected".into(),
            "put the value in quotes if it contains a `:`".into(),
            e.at,
        )
    })
}

/// The fallback for a line the parser stumbled on without a clearer cause.
fn does_not_fit(at: Option<Place>) -> Explained {
    Explained {
        message: "invalid YAML: this line does not fit the lines above it".into(),
        help: Some(
            "check it and the line above for a missing `: `, a stray character, or a different indentation"
                .into(),
        ),
        at,
    }
}

/// `- at 2026-11-20T09:20:00Z` on the line above: a key with its `:` left out, which makes
/// libyaml read the whole line as text and trip on the next one.
fn colon_missing_above(source: &SourceFile, l: usize) -> Option<Explained> {
    let pl = (1..l).rev().find(|&n| {
        let t = source.line(n).trim();
        !t.is_empty() && !t.starts_with('#')
    })?;
    if in_block_text(source, pl) {
        return None;
    }
    let text = source.line(pl);
    let indent = indentation(text);
    let rest = &text[indent..];
    let (dash, rest) = match rest.strip_prefix("- ") {
        Some(r) => (2, r),
        None => (0, rest),
    };
    let (key, value) = rest.split_once(' ')?;
    let is_key = key.len() >= 2
        && key.chars().all(|c| c.is_ascii_lowercase() || c == '_')
        && !value.trim().is_empty()
        && !rest.contains(": ")
        && !rest.ends_with(':');
    is_key.then(|| Explained {
        message: format!("invalid YAML: `{key}` has no `:` after it"),
        help: Some(format!("write `{key}: {}`", value.trim())),
        at: Some((pl, indent + dash + 1)),
    })
}

/// Whether line `l` is inside the text of a `key: |` (or `>`) block.
fn in_block_text(source: &SourceFile, l: usize) -> bool {
    key_line_above(source, l).is_some_and(|(_, key)| {
        let v = key.value.trim();
        (v.starts_with('|') || v.starts_with('>'))
            && indentation(source.line(l)) > key.indent + if key.item { 2 } else { 0 }
    })
}

/// "`author:` is indented more than `status:` above it", when that is the trouble.
fn misindented(source: &SourceFile, l: usize, key: &Line<'_>) -> Option<Explained> {
    if let Some(pasted) = pasted_item(source, l, key) {
        return Some(pasted);
    }
    let at = Some((l, key.key_col()));
    let (pl, prev) = key_line_above(source, l)?;
    let comparison = match key.key_col().cmp(&prev.key_col()) {
        std::cmp::Ordering::Greater => "more than",
        std::cmp::Ordering::Less => "less than",
        // Lined up with the key above, so the indentation is not what broke it.
        std::cmp::Ordering::Equal => return None,
    };
    Some(Explained {
        message: format!(
            "invalid YAML: `{}:` is indented {comparison} `{}:` above it",
            key.key, prev.key
        ),
        help: Some(format!(
            "to line it up with `{}:` on line {pl}, indent it by {} spaces",
            prev.key,
            prev.key_col() - 1
        )),
        at,
    })
}

/// What one item of a list is called: "update" for `updates`.
pub(super) fn item_word(list: &str) -> &str {
    match list {
        "updates" => "update",
        "remedy" => "remedy",
        "components" => "component",
        "people" => "person",
        _ => "item",
    }
}

/// A `key:` line starting where the `- ` of the list item above starts, with a key that item
/// already has: a new item pasted without its `- `. Indenting it like the keys above (the
/// usual fix for a line indented less) would make the key a duplicate, and keeping one of
/// those would delete the new item.
fn pasted_item(source: &SourceFile, l: usize, key: &Line<'_>) -> Option<Explained> {
    if key.item {
        return None;
    }
    let (il, item) = (1..l).rev().find_map(|n| {
        let k = Line::parse(source.line(n))?;
        k.item.then_some((n, k))
    })?;
    let repeats = (il..l)
        .filter_map(|n| Line::parse(source.line(n)))
        .any(|k| k.key == key.key);
    if item.indent != key.indent || !repeats {
        return None;
    }
    // The list's own key: the nearest `key:` line above the item, indented less.
    let list = (1..il)
        .rev()
        .filter_map(|n| Line::parse(source.line(n)))
        .find(|k| k.indent < item.indent || (k.indent == item.indent && !k.item))
        .map_or("item", |k| item_word(k.key));
    Some(Explained {
        message: format!("invalid YAML: this looks like a new {list} without its `- `"),
        help: Some(format!(
            "start the new {list} with `- `, lined up with the `- ` on line {il}: `- {}: {}`",
            key.key,
            key.value.trim()
        )),
        at: Some((l, key.key_col())),
    })
}

/// "this list item is not lined up with the one on line 3".
fn misaligned_item(source: &SourceFile, l: usize, key: &Line<'_>) -> Explained {
    let at = Some((l, key.indent + 1));
    let above = (1..l).rev().find_map(|pl| {
        Line::parse(source.line(pl))
            .filter(|k| k.item)
            .map(|k| (pl, k))
    });
    match above {
        Some((pl, prev)) if prev.indent != key.indent => Explained {
            message: format!(
                "invalid YAML: this list item is not lined up with the one on line {pl}"
            ),
            help: Some(format!(
                "start its `-` after {} spaces, like the item on line {pl}",
                prev.indent
            )),
            at,
        },
        _ => Explained {
            message: "invalid YAML: this list item's indentation does not fit the lines around it"
                .into(),
            help: Some("start each item of a list with `- ` at the same column".into()),
            at,
        },
    }
}

/// A value followed by more text on the same line: usually a quote that ended early.
fn after_value(source: &SourceFile, l: usize, c: usize) -> Explained {
    let at = Some((l, c));
    let line = Line::parse(source.line(l));
    let quote_char = line
        .as_ref()
        .and_then(|k| k.value.trim_start().chars().next())
        .filter(|q| *q == '\'' || *q == '"');
    // The value as meant. Quoted at both ends (`'it's here'`), it is everything between the
    // outer quotes; text after the closing quote (`"Search down" (update)`) was meant to be
    // inside it.
    let meant = line.as_ref().zip(quote_char).map(|(k, q)| {
        let v = k.value.trim();
        let both_ends = v.len() >= 2 && v.ends_with(q);
        let inner = if both_ends {
            v[1..v.len() - 1].to_string()
        } else {
            let rest = &v[1..];
            rest.replacen(q, "", 1)
        };
        (format!("`{}: {}`", k.key, quote(&inner)), both_ends)
    });
    let (message, help) = match (quote_char, meant) {
        (Some(q), Some((meant, both_ends))) => {
            let (closer, other) = if q == '\'' {
                ("an apostrophe", "double")
            } else {
                ("a `\"`", "single")
            };
            let help = if both_ends {
                format!("put the value in {other} quotes: {meant}")
            } else {
                format!("close the quotes after the whole value: {meant}")
            };
            (format!("the quoted value ends early, at {closer}"), help)
        }
        _ => (
            "unexpected text after the value".to_string(),
            "check the quotes and brackets on this line".to_string(),
        ),
    };
    Explained {
        message: format!("invalid YAML: {message}"),
        help: Some(help),
        at,
    }
}

/// A `key: |` block above line `l` whose text the line would belong to.
struct BlockText<'a> {
    key: &'a str,
    text_indent: usize,
}

fn block_text_above(source: &SourceFile, l: usize) -> Option<BlockText<'_>> {
    let text = source.line(l);
    if Line::parse(text).is_some() {
        return None;
    }
    let (kl, key) = key_line_above(source, l)?;
    let v = key.value.trim();
    if !(v.starts_with('|') || v.starts_with('>')) {
        return None;
    }
    let text_indent = ((kl + 1)..l)
        .map(|n| source.line(n))
        .find(|t| !t.trim().is_empty())
        .map(indentation)?;
    (indentation(text) < text_indent).then_some(BlockText {
        key: key.key,
        text_indent,
    })
}

/// The nearest line above `l` that is a `key:` line.
fn key_line_above(source: &SourceFile, l: usize) -> Option<(usize, Line<'_>)> {
    (1..l)
        .rev()
        .find_map(|pl| Line::parse(source.line(pl)).map(|k| (pl, k)))
}

/// Where the second document of a file starts: its `---` line.
fn second_document(source: &SourceFile) -> Option<Place> {
    let mut content = false;
    for l in 1..=source.line_count() {
        let t = source.line(l).trim_end();
        if t == "---" || t.starts_with("--- ") {
            if content {
                return Some((l, 1));
            }
            content = true;
        } else if !t.trim().is_empty() && !t.trim_start().starts_with('#') {
            content = true;
        }
    }
    None
}

/// A line of the form `key: value` (or `- key: value`), as far as a plain look can tell. Keys
/// in candor's format are lower-case words, so prose that happens to hold a colon ("Update:
/// fixed") is not taken for a key.
#[derive(Debug)]
struct Line<'a> {
    /// Spaces before the text (or before the `-`).
    indent: usize,
    /// Starts with `- `.
    item: bool,
    key: &'a str,
    value: &'a str,
}

impl<'a> Line<'a> {
    fn parse(text: &'a str) -> Option<Line<'a>> {
        let indent = indentation(text);
        let rest = &text[indent..];
        let (item, rest) = match rest.strip_prefix("- ") {
            Some(r) => (true, r.trim_start()),
            None => (false, rest),
        };
        let (key, value) = match rest.split_once(": ") {
            Some((k, v)) => (k, v),
            None => (rest.strip_suffix(':')?, ""),
        };
        let is_key = key
            .chars()
            .next()
            .is_some_and(|c| c.is_ascii_lowercase() || c == '_')
            && key
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_' || c == '-');
        is_key.then_some(Line {
            indent,
            item,
            key,
            value,
        })
    }

    /// 1-based column of the key.
    fn key_col(&self) -> usize {
        let dash = if self.item { 2 } else { 0 };
        self.indent + dash + 1
    }

    /// 1-based column of the `:` after the key.
    fn colon_col(&self) -> usize {
        self.key_col() + self.key.chars().count()
    }
}

fn indentation(line: &str) -> usize {
    line.len() - line.trim_start_matches(' ').len()
}

/// A value in YAML quotes, as a help shows it: double quotes unless it holds one or a `\`
/// (which double quotes would read as an escape), then single quotes. (`write::quote` is the
/// exact form files are written in, with escapes.)
pub(crate) fn quote(value: &str) -> String {
    if value.contains(['"', '\\']) {
        format!("'{}'", value.replace('\'', "''"))
    } else {
        format!("\"{value}\"")
    }
}

/// The first `line L column C` in `s`.
fn place_in(s: &str) -> Option<Place> {
    let rest = &s[s.find("line ")? + 5..];
    let (line, rest) = rest.split_once(' ')?;
    let rest = rest.strip_prefix("column ")?;
    let col: String = rest.chars().take_while(char::is_ascii_digit).collect();
    Some((line.parse().ok()?, col.parse().ok()?))
}

/// libyaml's message without its positions: the report shows them better.
fn strip_places(raw: &str) -> String {
    let head = raw.split(", while ").next().unwrap_or(raw);
    match head.find(" at line ") {
        Some(i) => head[..i].to_string(),
        None => head.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn explain_text(text: &str) -> Explained {
        let source = SourceFile::new("t.yaml".into(), "t.yaml".into(), text);
        let err = serde_yaml::from_str::<serde::de::IgnoredAny>(text).unwrap_err();
        let at = err.location().map(|l| (l.line(), l.column()));
        explain(&source, &err.to_string(), at)
    }

    #[test]
    fn a_colon_in_a_value_gets_quotes_in_the_help() {
        let e = explain_text("title: Update: fixed\nimpact: minor\n");
        assert_eq!(e.message, "invalid YAML: a `: ` inside a value");
        assert_eq!(
            e.help.as_deref(),
            Some("put the value in quotes: `title: \"Update: fixed\"`")
        );
        assert_eq!(e.at, Some((1, 14)));
    }

    #[test]
    fn over_and_under_indented_fields_name_the_line_to_follow() {
        let e = explain_text("owner:\n  name: a\n   role: b\n");
        assert_eq!(
            e.message,
            "invalid YAML: `role:` is indented more than `name:` above it"
        );
        assert_eq!(e.at, Some((3, 4)));
        let e = explain_text("updates:\n  - at: 1\n    status: s\n  author: M\n");
        assert_eq!(
            e.message,
            "invalid YAML: `author:` is indented less than `status:` above it"
        );
        assert_eq!(
            e.help.as_deref(),
            Some("to line it up with `status:` on line 3, indent it by 4 spaces")
        );
    }

    #[test]
    fn quotes_and_brackets_point_where_they_open() {
        let e = explain_text("title: x\nbody: \"never closed\nimpact: minor\n");
        assert_eq!(
            e.message,
            "invalid YAML: a quote `\"` opened here is never closed"
        );
        assert_eq!(e.at, Some((2, 7)));
        let e = explain_text("components: [a, b\nimpact: x\n");
        assert_eq!(
            e.message,
            "invalid YAML: a list opened with `[` here is not closed"
        );
        assert_eq!(e.at, Some((1, 13)));
        let e = explain_text("title: 'it's here'\n");
        assert_eq!(
            e.message,
            "invalid YAML: the quoted value ends early, at an apostrophe"
        );
        assert_eq!(
            e.help.as_deref(),
            Some("put the value in double quotes: `title: \"it's here\"`")
        );
        // Text typed after the closing quote belongs inside it; nothing is dropped.
        let e = explain_text("title: \"Search down\" (update)\n");
        assert_eq!(
            e.message,
            "invalid YAML: the quoted value ends early, at a `\"`"
        );
        assert_eq!(
            e.help.as_deref(),
            Some("close the quotes after the whole value: `title: \"Search down (update)\"`")
        );
    }

    #[test]
    fn block_text_and_list_items() {
        let e = explain_text("body: |\n    hello\n  world\n");
        assert_eq!(
            e.message,
            "invalid YAML: this line of the `body` text is indented less than the text above it"
        );
        let e = explain_text("updates:\n  - at: 1\n    status: s\n - at: 2\n");
        assert_eq!(
            e.message,
            "invalid YAML: this list item is not lined up with the one on line 2"
        );
    }

    #[test]
    fn a_key_without_its_colon_is_found_on_the_line_above() {
        let e = explain_text("updates:\n  - at 2026-11-20T09:20:00Z\n    status: resolved\n");
        assert_eq!(e.message, "invalid YAML: `at` has no `:` after it");
        assert_eq!(e.help.as_deref(), Some("write `at: 2026-11-20T09:20:00Z`"));
        assert_eq!(e.at, Some((2, 5)));
    }

    #[test]
    fn an_indented_first_line_is_not_called_a_second_document() {
        let e = explain_text(" title: x\nimpact: minor\n");
        assert_eq!(
            e.message,
            "invalid YAML: the first line is indented, but the lines after it are not"
        );
        assert_eq!(e.at, Some((1, 1)));
    }

    #[test]
    fn reads_places_from_libyaml_messages() {
        assert_eq!(
            place_in("scanning a quoted scalar at line 1 column 8"),
            Some((1, 8))
        );
        assert_eq!(
            strip_places(
                "did not find expected key at line 5 column 2, while parsing a block mapping"
            ),
            "did not find expected key"
        );
    }
}
