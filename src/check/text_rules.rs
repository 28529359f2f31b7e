//! Text that breaks its readers. Every writer escapes for its own format; what no format can
//! carry (a control character, a line break in a title) is refused here, with its place,
//! before anything is written.

use crate::input::raw::{RawConfig, RawIncident};
use crate::pointer::Pointer;
use crate::ptr;
use crate::yaml::load::Parsed;

use super::links::{email_rule, link_rule};
use super::report::Report;

/// The checks on text of an incident file: no character a channel cannot carry anywhere in
/// the file, one line where a value is one line, plain addresses, clean links.
pub(super) fn incident_text_rules(r: &mut Report, p: &Parsed<RawIncident>) {
    let raw = &p.raw;
    let reported = unprintable_rule(r, &p.source.text);
    super::yaml_text::cut_rule(r, &p.source);
    let mut lines: Vec<(Pointer, &str)> = raw.title.each(&ptr!["title"]);
    let mut people = vec![(ptr!["owner"], &raw.owner)];
    if let Some(a) = &raw.apology {
        people.push((ptr!["apology", "author"], &a.author));
        for (i, m) in a.remedy.iter().enumerate() {
            if let Some(url) = &m.claim_url {
                let at = ptr!["apology", "remedy", i, "claim_url"];
                link_rule(r, at.clone(), "claim_url", url);
                lines.push((at, url));
            }
        }
    }
    for (at, person) in &people {
        lines.push((at.join("name"), &person.name));
        if let Some(role) = &person.role {
            lines.extend(role.each(&at.join("role")));
        }
        lines.extend(person.email.as_deref().map(|v| (at.join("email"), v)));
    }
    for (i, u) in raw.updates.iter().enumerate() {
        lines.push((ptr!["updates", i, "author"], &u.author));
        // The first line of the facts customers read, before the body.
        if let Some(w) = &u.workaround {
            lines.extend(w.each(&ptr!["updates", i, "workaround"]));
        }
    }
    one_line_rule(r, &p.source.text, &reported, &lines);
}

/// The checks on text of `candor.yaml` (see `incident_text_rules`); the address and link
/// rules of its own fields are in `validate_config`. Returns where a character no channel can
/// carry was reported, so that the rules of a field's form do not report it again.
pub(super) fn config_text_rules(r: &mut Report, p: &Parsed<RawConfig>) -> Vec<Pointer> {
    let raw = &p.raw;
    let reported = unprintable_rule(r, &p.source.text);
    super::yaml_text::cut_rule(r, &p.source);
    let mut lines: Vec<(Pointer, &str)> = raw.title.each(&ptr!["title"]);
    lines.push((ptr!["base_url"], raw.base_url.as_str()));
    let optional = [
        ("language", &raw.language),
        ("timezone", &raw.timezone),
        ("theme", &raw.theme),
    ];
    for (key, v) in optional {
        lines.extend(v.as_deref().map(|v| (ptr![key], v)));
    }
    if let Some(c) = &raw.contact {
        lines.extend(c.name.each(&ptr!["contact", "name"]));
        lines.extend(c.email.as_deref().map(|v| (ptr!["contact", "email"], v)));
        lines.extend(c.url.as_deref().map(|v| (ptr!["contact", "url"], v)));
    }
    for (i, c) in raw.components.iter().enumerate() {
        lines.push((ptr!["components", i, "id"], &c.id));
        lines.extend(c.name.each(&ptr!["components", i, "name"]));
        if let Some(g) = &c.group {
            lines.extend(g.each(&ptr!["components", i, "group"]));
        }
    }
    for (i, person) in raw.people.iter().enumerate() {
        let at = ptr!["people", i];
        lines.push((at.join("name"), &person.name));
        if let Some(role) = &person.role {
            lines.extend(role.each(&at.join("role")));
        }
        lines.extend(person.initials.as_deref().map(|v| (at.join("initials"), v)));
        if let Some(email) = &person.email {
            email_rule(r, at.join("email"), email);
            lines.push((at.join("email"), email));
        }
    }
    one_line_rule(r, &p.source.text, &reported, &lines);
    reported
}

/// Reports every value (and key) of the file holding a character no channel can carry;
/// returns where it reported, so the one-line rule does not report the same value again.
fn unprintable_rule(r: &mut Report, text: &str) -> Vec<Pointer> {
    let found = unprintable(text);
    for (at, c) in &found {
        let (what, escape) = crate::text::describe(*c);
        let message = if at.key {
            let mut map = at.clone();
            map.segs.pop();
            match map.segs.is_empty() {
                true => format!("a key contains {what}"),
                false => format!("a key in `{}` contains {what}", visible_path(&map)),
            }
        } else {
            format!("`{}` contains {what}", visible_path(at))
        };
        let d = r.error(at.clone(), message);
        d.set_label(if at.key {
            "in this key"
        } else {
            "in this value"
        });
        d.help = Some(format!(
            "delete it (in double quotes it is written `{escape}`): feeds, badges and calendars \
             cannot carry it, and a terminal would act on it"
        ));
    }
    found.into_iter().map(|(at, _)| at).collect()
}

/// Reports each value of `lines` that holds a line break: a title, a name, an address is one
/// line in a mail subject, a calendar entry and a text message, and a break there would
/// start a new header or a new calendar line.
fn one_line_rule(r: &mut Report, text: &str, reported: &[Pointer], lines: &[(Pointer, &str)]) {
    for (at, value) in lines {
        let Some(c) = value
            .trim()
            .chars()
            .find(|c| crate::text::is_line_break(*c))
        else {
            continue;
        };
        if reported.contains(at) {
            continue;
        }
        let (what, _) = crate::text::describe(c);
        let field = visible_path(at);
        // Typed on one line, in double quotes, with a `\n` that was never meant as one.
        if let Some((typed, escape)) = crate::yaml::cut::escaped_break(text, at) {
            let key = match at.segs.last() {
                Some(crate::pointer::Seg::Key(k)) => k.as_str(),
                _ => "",
            };
            r.error(
                at.clone(),
                format!(
                    "`{field}` is one line, but it has {what}, written `{escape}` (in double \
                     quotes, `\\` starts an escape)"
                ),
            )
            .help = Some(format!(
                "write it on one line; if `{escape}` is part of the text (a folder path), put \
                 the value in single quotes, where `\\` is just a character: `{key}: '{}'`",
                typed.replace("\\\"", "\"").replace('\'', "''")
            ));
            continue;
        }
        r.error(
            at.clone(),
            format!("`{field}` is one line, but it has {what}"),
        )
        .help = Some(
            "write it on one line: it becomes a mail subject, a calendar entry and a text \
             message, where a line break would start a new header or entry"
                .into(),
        );
    }
}

/// A path as a message shows it: `updates[2].body`, without the characters it reports.
fn visible_path(at: &Pointer) -> String {
    crate::text::one_line(&at.to_string())
}

/// Each scalar of the first document of `text` (keys too) that holds a character no channel
/// can carry, with its path and the first such character. YAML refuses most of them written
/// raw, so they come in through double-quoted escapes (`"\e"`, `"\x0b"`): a text with no
/// backslash and no such character is not parsed again.
fn unprintable(text: &str) -> Vec<(Pointer, char)> {
    if !may_hold_unprintable(text) {
        return Vec::new();
    }
    let mut found = Vec::new();
    crate::yaml::walk::scalars(text, |s| {
        if let Some(c) = s.value.chars().find(|c| crate::text::is_forbidden(*c)) {
            found.push((s.at, c));
        }
    });
    found
}

/// Whether `text` holds a character no channel can carry, raw or as a double-quoted escape
/// that writes one (`\e`, `\0`, `\x1b`, `\uFFFE`…). A cheap scan: most files have no
/// backslash, and a backslash in ordinary text (`C:\temp`, `\n`) names nothing refused, so
/// only files that may really hold such a character are parsed again to find where.
fn may_hold_unprintable(text: &str) -> bool {
    let bytes = text.as_bytes();
    let hex = |from: usize, len: usize| {
        text.get(from..from + len)
            .and_then(|h| u32::from_str_radix(h, 16).ok())
            .and_then(char::from_u32)
            .is_some_and(crate::text::is_forbidden)
    };
    text.match_indices('\\')
        .any(|(i, _)| match bytes.get(i + 1) {
            Some(b'0' | b'a' | b'b' | b'v' | b'f' | b'r' | b'e' | b'N') => true,
            Some(b'x') => hex(i + 2, 2),
            Some(b'u') => hex(i + 2, 4),
            Some(b'U') => hex(i + 2, 8),
            _ => false,
        })
        || raw_forbidden(text)
}

/// A character no channel can carry written as itself (YAML refuses most of them raw, but
/// not C1 controls or noncharacters). A carriage return in the file is a line break, which
/// YAML turns into a line feed, so it never reaches a value. Most files are ASCII: a pass
/// over bytes, without decoding, decides those.
fn raw_forbidden(text: &str) -> bool {
    let forbidden = |c: char| c != '\r' && crate::text::is_forbidden(c);
    if text.is_ascii() {
        // The only ASCII characters refused are controls other than tab and line breaks, and
        // DEL, and the file has passed `load::limits::check_text`, which refuses those raw.
        false
    } else {
        text.chars().any(forbidden)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found(text: &str) -> Vec<(String, bool, char)> {
        unprintable(text)
            .into_iter()
            .map(|(p, c)| (p.to_string(), p.key, c))
            .collect()
    }

    #[test]
    fn every_scalar_is_found_by_its_path_keys_too() {
        let text = "a: \"x\\e\"\nb:\n  - ok\n  - { c: [1, \"\\0\"], \"k\\v\": v }\n  \
                    - &anchor \"\\x9b\"\n  - *anchor\nd: |\n  fine \\ text\n";
        assert_eq!(
            found(text),
            [
                ("a".to_string(), false, '\x1b'),
                ("b[1].c[1]".to_string(), false, '\0'),
                ("b[1].k\x0b".to_string(), true, '\x0b'),
                ("b[2]".to_string(), false, '\u{9b}'),
            ]
        );
        // No escape that writes a refused character, and nothing raw: not parsed at all.
        assert!(found("a: plain text\nb: [1, 2]\n").is_empty());
        assert!(!may_hold_unprintable(
            "a: C:\\temp\\new \"\\n\\t\\x41\\u00e9\"\n"
        ));
        for text in [
            "\"\\e\"",
            "\"\\x7f\"",
            "\"\\uFFFE\"",
            "\"\\U0010FFFF\"",
            "a\u{9b}",
        ] {
            assert!(may_hold_unprintable(text), "{text}");
        }
    }
}
