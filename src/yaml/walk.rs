//! Walks the scalars of a YAML document (keys too) with their paths and places, for the rules
//! that read what serde hides: a character no channel can carry, a comment that cut a value,
//! a tag or anchor that ate the start of one. One walk, shared, so the path is built one way.

use std::borrow::Cow;

use saphyr_parser::{Event, Parser, ScalarStyle};

use crate::pointer::{Pointer, Seg};

/// One scalar as the walk meets it.
pub(crate) struct Scalar<'a> {
    /// Its path; `key` is set when the scalar is a mapping key.
    pub(crate) at: Pointer,
    pub(crate) value: Cow<'a, str>,
    pub(crate) style: ScalarStyle,
    /// Whether a tag (`!x`) or an anchor (`&x`) is written before it: YAML reads them as
    /// markup and keeps only what follows.
    pub(crate) decorated: bool,
    /// Where it starts and ends: 1-based line, 0-based character column.
    pub(crate) start: (usize, usize),
    pub(crate) end: (usize, usize),
}

/// An open mapping (with the key whose value comes next) or sequence (with the index of the
/// next item), and the step that reached it.
enum Frame {
    Map(Option<String>),
    Seq(usize),
}

/// Calls `visit` on every scalar of the first document of `text`, in file order. A file
/// saphyr cannot read to the end (libyaml, which serde_yaml uses, is more lenient) is walked
/// up to where it stops.
pub(crate) fn scalars<'a>(text: &'a str, mut visit: impl FnMut(Scalar<'a>)) {
    let pointer = |stack: &[(Frame, Option<Seg>)], last: Option<Seg>, key: bool| Pointer {
        segs: stack
            .iter()
            .filter_map(|(_, s)| s.clone())
            .chain(last)
            .collect(),
        key,
    };
    let mut stack: Vec<(Frame, Option<Seg>)> = Vec::new();
    let mut parser = Parser::new_from_str(text);
    while let Some(Ok((event, span))) = parser.next_event() {
        if matches!(
            event,
            Event::MappingEnd | Event::SequenceEnd | Event::StreamEnd | Event::DocumentEnd
        ) {
            if stack.pop().is_none() && matches!(event, Event::StreamEnd | Event::DocumentEnd) {
                break;
            }
            continue;
        }
        if !matches!(
            event,
            Event::Scalar(..)
                | Event::Alias(_)
                | Event::MappingStart(..)
                | Event::SequenceStart(..)
        ) {
            continue;
        }
        let place = |m: saphyr_parser::Marker| (m.line(), m.col());
        let (start, end) = (place(span.start), place(span.end));
        // A key: visited, and kept as the step to the value that follows.
        if let Some((Frame::Map(None), _)) = stack.last() {
            let key = match &event {
                Event::Scalar(v, ..) => v.to_string(),
                _ => String::new(),
            };
            if let Event::Scalar(v, style, anchor, tag) = &event {
                visit(Scalar {
                    at: pointer(&stack, Some(Seg::Key(key.clone())), true),
                    value: v.clone(),
                    style: *style,
                    decorated: *anchor != 0 || tag.is_some(),
                    start,
                    end,
                });
            }
            if let Some((Frame::Map(next), _)) = stack.last_mut() {
                *next = Some(key);
            }
            if let Event::MappingStart(..) | Event::SequenceStart(..) = event {
                // A complex key (serde refuses them): walked, not pointed into.
                stack.push((Frame::Seq(0), None));
            }
            continue;
        }
        // The step from the innermost open container to this node.
        let step = match stack.last_mut() {
            Some((Frame::Map(next), _)) => next.take().map(Seg::Key),
            Some((Frame::Seq(n), _)) => {
                *n += 1;
                Some(Seg::Index(*n - 1))
            }
            None => None,
        };
        match event {
            Event::Scalar(value, style, anchor, tag) => visit(Scalar {
                at: pointer(&stack, step, false),
                value,
                style,
                decorated: anchor != 0 || tag.is_some(),
                start,
                end,
            }),
            Event::MappingStart(..) => stack.push((Frame::Map(None), step)),
            Event::SequenceStart(..) => stack.push((Frame::Seq(0), step)),
            _ => {}
        }
    }
}
