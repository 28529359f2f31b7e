//! Finds where a value sits in a YAML file. serde_yaml tells us where a parse failed, but a
//! rule checked after parsing (an unknown component, updates out of order) only knows the
//! value's path in the document; this maps that path back to a line and column.

use saphyr_parser::{Event, Parser, Span as YamlSpan};

use crate::pointer::{Pointer, Seg};

/// A parsed YAML document reduced to structure and positions.
#[derive(Debug)]
enum Node {
    Scalar(Pos),
    Seq(Pos, Vec<Node>),
    Map(Pos, Vec<(String, Pos, Node)>),
}

/// 1-based line, 1-based character column.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Pos {
    pub(crate) line: usize,
    pub(crate) col: usize,
}

impl Node {
    fn pos(&self) -> Pos {
        match self {
            Node::Scalar(p) | Node::Seq(p, _) | Node::Map(p, _) => *p,
        }
    }

    /// The node one step down, with where its key is (the item itself, in a list).
    fn child(&self, seg: &Seg) -> Option<(Pos, &Node)> {
        match (seg, self) {
            (Seg::Key(k), Node::Map(_, entries)) => entries
                .iter()
                .find(|(key, _, _)| key == k)
                .map(|(_, kp, v)| (*kp, v)),
            (Seg::Index(n), Node::Seq(_, items)) => items.get(*n).map(|v| (v.pos(), v)),
            _ => None,
        }
    }
}

fn pos(span: &YamlSpan) -> Pos {
    Pos {
        line: span.start.line(),
        col: span.start.col() + 1,
    }
}

/// The positions of every node in a document, built on demand for files that have something
/// to report (valid files never pay for it).
#[derive(Debug)]
pub(crate) struct Locator {
    root: Option<Node>,
}

impl Locator {
    pub(crate) fn new(text: &str) -> Locator {
        let mut parser = Parser::new_from_str(text);
        let mut root = None;
        while let Some(Ok((event, span))) = parser.next_event() {
            match event {
                Event::StreamStart | Event::DocumentStart(_) => continue,
                Event::StreamEnd | Event::DocumentEnd => break,
                _ => {
                    root = build(event, span, &mut parser, 0);
                    break;
                }
            }
        }
        Locator { root }
    }

    /// Where `pointer` points; if part of the path is missing (a missing field), the deepest
    /// node that exists, so the report still lands on the right mapping.
    pub(crate) fn find(&self, pointer: &Pointer) -> Option<Pos> {
        let mut node = self.root.as_ref()?;
        let mut at = node.pos();
        let last = pointer.segs.len().saturating_sub(1);
        for (i, seg) in pointer.segs.iter().enumerate() {
            let Some((key_at, next)) = node.child(seg) else {
                break;
            };
            at = if pointer.key && i == last {
                key_at
            } else {
                next.pos()
            };
            node = next;
        }
        Some(at)
    }

    /// The node `pointer` points at, if every step of it exists.
    fn node_at(&self, pointer: &Pointer) -> Option<&Node> {
        pointer
            .segs
            .iter()
            .try_fold(self.root.as_ref()?, |node, seg| {
                node.child(seg).map(|(_, n)| n)
            })
    }
}

impl Locator {
    /// Whether every step of `pointer` exists in the document.
    pub(crate) fn contains(&self, pointer: &Pointer) -> bool {
        self.node_at(pointer).is_some()
    }

    /// The first key given twice in one mapping, anywhere in the file: both places, and
    /// whether it looks like a list item pasted without its `- `.
    pub(crate) fn duplicate_key(&self, key: &str) -> Option<Duplicate> {
        fn walk(node: &Node, key: &str, list: Option<&str>) -> Option<Duplicate> {
            match node {
                Node::Scalar(_) => None,
                Node::Seq(_, items) => items.iter().find_map(|n| walk(n, key, list)),
                Node::Map(_, entries) => {
                    let mut same = entries.iter().enumerate().filter(|(_, e)| e.0 == key);
                    if let (Some((_, a)), Some((j, b))) = (same.next(), same.next()) {
                        let before = &entries[..j];
                        let repeated = entries[j..]
                            .iter()
                            .filter(|(k, _, _)| before.iter().any(|e| &e.0 == k))
                            .count();
                        return Some(Duplicate {
                            first: a.1,
                            second: b.1,
                            pasted_item: list.filter(|_| repeated >= 2).map(str::to_owned),
                        });
                    }
                    entries.iter().find_map(|(k, _, v)| {
                        let list = matches!(v, Node::Seq(..)).then_some(k.as_str());
                        walk(v, key, list)
                    })
                }
            }
        }
        walk(self.root.as_ref()?, key, None)
    }
}

/// A key given twice in one mapping.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Duplicate {
    pub(crate) first: Pos,
    pub(crate) second: Pos,
    /// The key of the list (`updates`) when the mapping is one of its items and the keys from
    /// the second on repeat the item's own (`at`, `status`, …): a new item pasted without
    /// its `- `, where keeping one of the two would delete it.
    pub(crate) pasted_item: Option<String>,
}

/// Builds the node that `event` starts. A document that saphyr cannot parse to the end (it is
/// stricter than libyaml, which serde_yaml uses, so a file serde accepted can still stop it)
/// keeps the part read so far: positions before the trouble are still worth reporting.
///
/// Below `MAX_DEPTH` (loading refuses deeper files, but a locator may be built on any text)
/// collections are stepped over without recursing, so no text can exhaust the stack.
fn build<'a>(
    event: Event<'a>,
    span: YamlSpan,
    parser: &mut Parser<'a, saphyr_parser::StrInput<'a>>,
    depth: usize,
) -> Option<Node> {
    match event {
        Event::Scalar(..) | Event::Alias(_) => Some(Node::Scalar(pos(&span))),
        Event::SequenceStart(..) | Event::MappingStart(..)
            if depth >= crate::yaml::limits::MAX_DEPTH =>
        {
            let mut open = 1usize;
            while open > 0 {
                match next(parser) {
                    Some((Event::SequenceStart(..) | Event::MappingStart(..), _)) => open += 1,
                    Some((Event::SequenceEnd | Event::MappingEnd, _)) => open -= 1,
                    Some(_) => {}
                    None => break,
                }
            }
            Some(Node::Scalar(pos(&span)))
        }
        Event::SequenceStart(..) => {
            let mut items = Vec::new();
            while let Some((ev, sp)) = next(parser) {
                if matches!(ev, Event::SequenceEnd) {
                    break;
                }
                items.extend(build(ev, sp, parser, depth + 1));
            }
            Some(Node::Seq(pos(&span), items))
        }
        Event::MappingStart(..) => {
            let mut entries = Vec::new();
            while let Some((ev, sp)) = next(parser) {
                if matches!(ev, Event::MappingEnd) {
                    break;
                }
                let key = match &ev {
                    Event::Scalar(s, ..) => s.to_string(),
                    _ => String::new(),
                };
                let key_pos = pos(&sp);
                // Complex keys are not part of candor's format; still walk them to stay in step.
                build(ev, sp, parser, depth + 1);
                let Some((vev, vsp)) = next(parser) else {
                    break;
                };
                if let Some(value) = build(vev, vsp, parser, depth + 1) {
                    entries.push((key, key_pos, value));
                }
            }
            Some(Node::Map(pos(&span), entries))
        }
        _ => None,
    }
}

/// The next event, or `None` at the end or at an error (after which saphyr's parser yields
/// nothing useful; an error leaves every open node to end where it stands).
fn next<'a>(parser: &mut Parser<'a, saphyr_parser::StrInput<'a>>) -> Option<(Event<'a>, YamlSpan)> {
    parser.next_event()?.ok()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ptr;

    const DOC: &str = "title: x\nupdates:\n  - at: 1\n    status: identifed\n  - { at: 2, components: { chekout: major } }\n";

    #[test]
    fn finds_values_keys_and_missing_paths() {
        let l = Locator::new(DOC);
        let p = |line, col| Some(Pos { line, col });
        assert_eq!(l.find(&ptr!["title"]), p(1, 8));
        assert_eq!(l.find(&ptr!["updates", 0, "status"]), p(4, 13));
        assert_eq!(l.find(&ptr!["updates", 0, "status"].into_key()), p(4, 5));
        // `  - { at: 2, components: { chekout: major } }`: the key starts at column 28.
        assert_eq!(
            l.find(&ptr!["updates", 1, "components", "chekout"].into_key()),
            p(5, 28)
        );
        // A missing field lands on the mapping that lacks it.
        assert_eq!(l.find(&ptr!["updates", 1, "author"]), p(5, 5));
    }

    #[test]
    fn keeps_what_it_read_before_a_parse_error() {
        // saphyr refuses `-}` (libyaml reads it as text); the lines before still have places.
        let l = Locator::new("title: a\nupdates:\n  - at: 1\n    how: claim\nb: { c: d -}\n");
        assert_eq!(
            l.find(&ptr!["updates", 0, "how"]),
            Some(Pos { line: 4, col: 10 })
        );
    }

    #[test]
    fn deep_nesting_is_stepped_over_not_recursed_into() {
        let text = |n| format!("a: {}{}\nb: 1\n", "[".repeat(n), "]".repeat(n));
        let l = Locator::new(&text(100));
        assert_eq!(l.find(&ptr!["b"]), Some(Pos { line: 2, col: 4 }));
        // Far deeper than any stack: saphyr gives up on it, and nothing overflows.
        Locator::new(&text(500_000));
    }

    #[test]
    fn finds_a_key_given_twice() {
        let l = Locator::new("title: a\nowner:\n  name: x\n  name: y\ntitle: b\n");
        let p = |line, col| Pos { line, col };
        let places = |k| l.duplicate_key(k).map(|d| (d.first, d.second));
        assert_eq!(places("title"), Some((p(1, 1), p(5, 1))));
        assert_eq!(places("name"), Some((p(3, 3), p(4, 3))));
        assert_eq!(places("owner"), None);
        assert_eq!(l.duplicate_key("name").unwrap().pasted_item, None);
        assert!(l.contains(&ptr!["owner", "name"]));
        assert!(!l.contains(&ptr!["owner", "role"]));
    }

    #[test]
    fn a_list_item_pasted_without_its_dash_is_told_from_a_key_given_twice() {
        let item = "  - at: 1\n    status: a\n    body: b\n";
        let pasted = format!("updates:\n{item}    at: 2\n    status: c\n    body: d\n");
        let d = Locator::new(&pasted).duplicate_key("at").unwrap();
        assert_eq!(d.pasted_item.as_deref(), Some("updates"));
        assert_eq!(d.second, Pos { line: 5, col: 5 });
        // One key written twice in an item: not a pasted item.
        let twice = format!("updates:\n{item}    status: c\n");
        let d = Locator::new(&twice).duplicate_key("status").unwrap();
        assert_eq!(d.pasted_item, None);
    }
}
