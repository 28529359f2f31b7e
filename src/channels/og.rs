//! `og/*.png`: the link-preview pictures the pages name in `og:image`, one per distinct status
//! shown (the site's, each incident's, each component's). Each is drawn only when no picture
//! of the same status is kept from the last rebuild (`watch`), as drawing one costs tens of
//! milliseconds.

use std::collections::BTreeSet;

use bytes::Bytes;
use rayon::prelude::*;

use crate::diagnostic::Diagnostic;
use crate::render::card::{Card, Masthead, png};
use crate::render::memo::Shown;
use crate::render::{Output, Prepared, Templates};

pub(crate) fn render(p: &Prepared, _: &Templates, out: &mut Output) -> Result<(), Diagnostic> {
    let cards: BTreeSet<Card> = std::iter::once(p.site.indicator.card())
        .chain(p.row_views.iter().map(|r| r.head.card()))
        .chain(p.states.values().map(|&s| Card::of_component(s)))
        .collect();
    let site = Masthead {
        title: &p.site.title,
        logo: p.site.brand.logo.as_ref(),
        fonts: &p.fonts,
    };
    let files: Vec<(String, Bytes)> = cards
        .par_iter()
        .map(|card| {
            let path = card.path();
            let shown = Shown {
                incidents: &[],
                rest: card,
            };
            let bytes = p.memoized(&path, shown, |shown| {
                png(shown.rest, &site).map(Bytes::from).map_err(|why| {
                    Diagnostic::error(format!(
                        "the link-preview picture `{path}` could not be drawn: {why}"
                    ))
                })
            })?;
            Ok((path, bytes))
        })
        .collect::<Result<_, Diagnostic>>()?;
    out.extend(files.into_iter().map(|(path, bytes)| (path.into(), bytes)));
    Ok(())
}
