//! What `watch` keeps of the previous rendering, so a save re-renders only what it touched:
//! each incident's list row, full view and own pages (reused while the incident is the very
//! same: an unchanged file keeps its `Arc<Incident>` across rebuilds), and every memoized file
//! with the key of what it showed. The channels reach it only through `render::memo::Memo`.

// Keyed by incident id and page path, looked up thousands of times per rebuild: a fast hasher
// (the keys come from the user's own files).
use foldhash::{HashMap, HashSet};
use std::sync::{Arc, Mutex, OnceLock};

use bytes::Bytes;
use jiff::Timestamp;
use rayon::prelude::*;
use tera::Value;

use crate::diagnostic::Diagnostic;
use crate::model::{Incident, Site};
use crate::render::memo::{IncidentPages, Memo};
use crate::render::prepared::{Header, Prepared, Row, header, row};
use crate::render::view::{IncidentView, RowView};
use crate::render::{Output, Sink, Templates};

#[derive(Debug, Default)]
pub(crate) struct RenderCache {
    /// Hash of what every page shares (config, site header without its indicator, theme,
    /// "now"); a change empties the cache.
    shared: u64,
    incidents: HashMap<String, IncidentMemo>,
    /// Memoized files (pages that list many incidents, feeds, API), by path, with the key of
    /// what they showed.
    files: HashMap<String, (u64, Bytes)>,
    /// The next incident generation to hand out. Generations are never reused, so one
    /// number names one incident as it was rendered.
    next_gen: u64,
}

/// One incident as last rendered.
#[derive(Debug)]
struct IncidentMemo {
    incident: Arc<Incident>,
    generation: u64,
    row_view: Arc<RowView>,
    row: Value,
    view: Option<Arc<IncidentView>>,
    pages: IncidentPages,
}

/// The memo as one rendering sees it (what `Prepared::memo` answers with in `watch`).
struct Session {
    /// Each incident's generation, by index.
    gens: Vec<u64>,
    /// The pages of each incident the cache already had; `None` for those to render.
    kept: Vec<Option<IncidentPages>>,
    /// The pages rendered in this build, by index.
    fresh: Vec<OnceLock<IncidentPages>>,
    files_before: HashMap<String, (u64, Bytes)>,
    files_now: Mutex<HashMap<String, (u64, Bytes)>>,
}

impl Memo for Session {
    fn active(&self) -> bool {
        true
    }
    fn generation(&self, i: usize) -> u64 {
        self.gens[i]
    }
    fn recall(&self, path: &str, key: u64) -> Option<Bytes> {
        let bytes = self
            .files_before
            .get(path)
            .filter(|(k, _)| *k == key)?
            .1
            .clone();
        self.keep(path, key, &bytes);
        Some(bytes)
    }
    fn keep(&self, path: &str, key: u64, bytes: &Bytes) {
        self.files_now
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .insert(path.to_string(), (key, bytes.clone()));
    }
    fn holds_pages(&self, i: usize) -> bool {
        self.kept[i].is_some()
    }
    fn keep_pages(&self, i: usize, pages: &IncidentPages) {
        // Each index is rendered once per build.
        let _ = self.fresh[i].set(pages.clone());
    }
}

impl RenderCache {
    /// Every channel, reusing what nothing has changed and keeping what is new for next time.
    /// The result is the same, byte for byte, as a one-shot build's.
    pub(crate) fn render(
        &mut self,
        site: &Site,
        t: &Templates,
        now: Timestamp,
    ) -> Result<Output, Diagnostic> {
        let mut time = crate::timings::Phases::start("render");
        let header = header(site, now);
        self.empty_if_changed(site, &header, t, now);
        let (rows, session) = self.rows(site, &header, now);
        let p = Prepared::new(site, now, header, rows, Sink::Memory, &session);
        time.mark("header and rows");
        let mut out = crate::channels::render(&p, t)?;
        time.mark("pages, feeds, api, badges, calendar, embed");
        // What the memos keep of this rendering: the full views built, and the rows of the
        // incidents rendered anew.
        let built: Vec<Built> = (0..site.incidents.len())
            .map(|i| Built {
                view: p.kept_view(i).cloned(),
                row: (!session.holds_pages(i)).then(|| (p.row_views[i].clone(), p.rows[i].clone())),
            })
            .collect();
        drop(p);
        self.keep(site, session, built, &mut out);
        Ok(out)
    }

    /// Empties the cache when anything every page shares changed.
    fn empty_if_changed(&mut self, site: &Site, header: &Header, t: &Templates, now: Timestamp) {
        let shared = crate::hash::of(&(
            format!("{:?}", site.config),
            header.page_site.to_string(),
            now,
            t.theme.fingerprint(),
        ));
        if self.shared != shared {
            *self = RenderCache {
                shared,
                next_gen: self.next_gen,
                ..RenderCache::default()
            };
        }
    }

    /// Each incident's row, from the cache when it is the very same incident, and the
    /// memo this rendering asks.
    fn rows(&mut self, site: &Site, header: &Header, now: Timestamp) -> (Vec<Row>, Session) {
        let next_gen = self.next_gen;
        let memos = &self.incidents;
        let fresh: Vec<(Row, u64, Option<IncidentPages>)> = site
            .incidents
            .par_iter()
            .enumerate()
            .map(|(n, inc)| match memo(memos, inc) {
                Some(m) => {
                    let row = Row {
                        view: m.row_view.clone(),
                        value: m.row.clone(),
                        full: m.view.clone(),
                    };
                    (row, m.generation, Some(m.pages.clone()))
                }
                None => (row(inc, &header.clock, now), next_gen + n as u64, None),
            })
            .collect();
        // Generations are never reused: the next build numbers its new incidents after these.
        self.next_gen += site.incidents.len() as u64;
        let mut rows = Vec::with_capacity(fresh.len());
        let mut gens = Vec::with_capacity(fresh.len());
        let mut kept = Vec::with_capacity(fresh.len());
        for (row, generation, pages) in fresh {
            rows.push(row);
            gens.push(generation);
            kept.push(pages);
        }
        let session = Session {
            fresh: (0..gens.len()).map(|_| OnceLock::new()).collect(),
            gens,
            kept,
            files_before: std::mem::take(&mut self.files),
            files_now: Default::default(),
        };
        (rows, session)
    }

    /// Puts the kept pages into the site, and updates the memos in place, only where
    /// something is new: at 10,000 incidents, building the map anew (or even looking every
    /// incident up in it) cost more than the rendering a save needs.
    fn keep(&mut self, site: &Site, session: Session, built: Vec<Built>, out: &mut Output) {
        let Session {
            gens,
            kept,
            fresh,
            files_now,
            ..
        } = session;
        let mut stale = Vec::new();
        let all = site.incidents.iter().zip(kept).zip(fresh).zip(built);
        for (i, (((inc, kept), fresh), Built { view, row })) in all.enumerate() {
            if let Some(pages) = kept {
                // Unchanged, and its pages are the memo's (shared); keep a full view built now.
                if let Some(view) = view
                    && let Some(m) = self.incidents.get_mut(inc.id.as_str())
                    && m.view.is_none()
                {
                    m.view = Some(view);
                }
                out.extend(pages);
                continue;
            }
            let Some((row_view, row)) = row else {
                continue;
            };
            // Already in the site: the pages channel put them there.
            let pages = fresh.into_inner().unwrap_or_default();
            let memo = IncidentMemo {
                incident: inc.clone(),
                generation: gens[i],
                row_view,
                row,
                view,
                pages,
            };
            if let Some(old) = self.incidents.insert(inc.id.clone(), memo) {
                stale.push(old.pages);
            }
        }
        if self.incidents.len() != site.incidents.len() {
            // Incidents gone (their ids are unique: anything else is an error, and not built).
            let ids: HashSet<&str> = site.incidents.iter().map(|i| i.id.as_str()).collect();
            self.incidents.retain(|id, _| ids.contains(id.as_str()));
        }
        // Freeing thousands of small buffers is not what the next page is waiting for.
        rayon::spawn(move || drop(stale));
        self.files = files_now.into_inner().unwrap_or_else(|e| e.into_inner());
    }
}

/// What one rendering made of an incident, for its memo.
struct Built {
    view: Option<Arc<IncidentView>>,
    /// Its row, when it was built anew.
    row: Option<(Arc<RowView>, Value)>,
}

/// The memo of `inc`, if it is of this very incident (an unchanged file keeps its `Arc`).
fn memo<'c>(
    memos: &'c HashMap<String, IncidentMemo>,
    inc: &Arc<Incident>,
) -> Option<&'c IncidentMemo> {
    memos.get(&inc.id).filter(|m| Arc::ptr_eq(&m.incident, inc))
}

#[cfg(test)]
mod tests {
    use std::fs;

    use super::*;
    use crate::incremental::parse_cache::{Dirty, ParseCache};
    use crate::input::SitePaths;
    use crate::input::theme::Theme;

    const NOW: &str = "2026-12-01T12:00:00Z";

    fn incident(title: &str, month: u8) -> String {
        format!(
            "title: {title}\nimpact: minor\nowner: {{ name: A B, role: SRE }}\ncomponents: [api]\n\
             started_at: 2026-{month:02}-01T10:00:00Z\nupdates:\n  \
             - {{ at: 2026-{month:02}-01T10:05:00Z, status: resolved, author: A B, body: x }}\n"
        )
    }

    /// The site in `root` as `watch` reads it: an unchanged file keeps its `Arc<Incident>`.
    fn read(files: &mut ParseCache, root: &std::path::Path) -> Site {
        let paths = SitePaths::new(root, None);
        let refreshed = files.refresh(&paths, &Dirty::All);
        let parsed = refreshed.config.expect("the config parses");
        let (config, _) = crate::check::validate_config(&parsed, &Default::default(), &[]);
        let checked = files.checked(config.as_ref(), 1, NOW.parse().unwrap());
        let (site, diags) = crate::check::assemble(config, Vec::new(), checked);
        site.unwrap_or_else(|| panic!("{diags:?}"))
    }

    #[test]
    fn a_file_is_recalled_only_with_the_key_it_was_made_from_and_kept_for_next_time() {
        let before = [("a".to_string(), (1, Bytes::from("A")))]
            .into_iter()
            .collect();
        let session = Session {
            gens: vec![7],
            kept: vec![None],
            fresh: vec![OnceLock::new()],
            files_before: before,
            files_now: Default::default(),
        };
        assert_eq!(session.recall("a", 2), None, "another key");
        assert_eq!(session.recall("b", 1), None, "another path");
        assert_eq!(session.recall("a", 1), Some(Bytes::from("A")));
        session.keep("c", 3, &Bytes::from("C"));
        assert_eq!(session.generation(0), 7);
        assert!(!session.holds_pages(0));
        let now = session.files_now.into_inner().unwrap();
        let mut kept: Vec<(&str, u64)> = now.iter().map(|(p, (k, _))| (p.as_str(), *k)).collect();
        kept.sort();
        assert_eq!(kept, [("a", 1), ("c", 3)], "what the next rebuild recalls");
    }

    /// A rebuild of the same site renders nothing again; an edit renders again its incident
    /// and the pages that list it, and no other; each time the site equals a one-shot build.
    #[test]
    fn only_what_shows_an_edited_incident_is_rendered_again() {
        let dir = tempfile::TempDir::new().unwrap();
        let root = dir.path();
        fs::write(
            root.join("candor.yaml"),
            "title: T\nbase_url: https://s.example/\ncomponents:\n  - { id: api, name: API }\n",
        )
        .unwrap();
        fs::create_dir_all(root.join("incidents")).unwrap();
        fs::write(root.join("incidents/june.yaml"), incident("June", 6)).unwrap();
        fs::write(root.join("incidents/may.yaml"), incident("May", 5)).unwrap();
        let theme = Theme::builtin();
        let tera = theme.compile().unwrap();
        let t = Templates {
            tera: &tera,
            theme: &theme,
        };
        let now: Timestamp = NOW.parse().unwrap();
        let one_shot = |site: &Site| crate::channels::render_site(site, &t, now, Sink::Memory);

        let (mut files, mut cache) = (ParseCache::default(), RenderCache::default());
        let site = read(&mut files, root);
        let first = cache.render(&site, &t, now).unwrap();
        assert_eq!(first, one_shot(&site).unwrap());
        let again = cache.render(&site, &t, now).unwrap();
        let same =
            |a: &Output, b: &Output, path: &str| a.files[path].as_ptr() == b.files[path].as_ptr();
        for path in first.files.keys() {
            let memoized = path.starts_with("incidents/")
                || path.starts_with("history/")
                || path.starts_with("api/v2/incidents")
                || path.ends_with(".atom");
            assert!(
                !memoized || same(&first, &again, path),
                "{path} rendered again"
            );
        }

        fs::write(root.join("incidents/may.yaml"), incident("May, edited", 5)).unwrap();
        let site = read(&mut files, root);
        let edited = cache.render(&site, &t, now).unwrap();
        assert_eq!(edited, one_shot(&site).unwrap());
        assert!(same(&again, &edited, "incidents/june/index.html"));
        assert!(same(&again, &edited, "history/2026/06/index.html"));
        assert!(!same(&again, &edited, "incidents/may/index.html"));
        assert!(!same(&again, &edited, "history/2026/05/index.html"));
    }
}
