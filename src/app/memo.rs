//! Layouts too costly to build on every keystroke, kept between frames.
//!
//! The source view lays out the whole article; on a large pack that is far more work than a
//! frame may cost. Column widths depend on every item of a list. Both depend only on the pack
//! and the view's width, so `settle` rebuilds them when those change and the drawing code
//! reads them as plain data: nothing is computed, or written, while drawing.
//!
//! What the tag filter lets through depends on every item too, and on the tag: it is kept
//! here as well, rebuilt by `settle` when the tag changes (a new pack brings a new memo).

use std::sync::Arc;

use super::doc::source::{Occurrence, SourceText};
use super::filter::Passed;
use super::find::Index;
use super::layout::{EVENTS_MAX, EVENTS_MIN, LIST_MAX, LIST_MIN, Wants};
use crate::content::Pack;
use crate::wrap::width;

/// Widest label the list's label column is sized for; longer ones overrun their row.
const SHORT_LABEL_MAX: usize = 6;

/// Widths that depend on every item of a list, so lists line up however far they are
/// scrolled, and panes are sized for their titles, without measuring every item each frame.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Measures {
    /// The widest short date of the timeline.
    pub date: usize,
    /// The widest short label of each section's points.
    pub labels: Vec<usize>,
    /// How wide the lists would like to be, for the layout.
    pub wants: Wants,
}

impl Measures {
    pub fn of(pack: &Pack) -> Self {
        let date = pack
            .events
            .iter()
            .map(|e| width(&e.date.short()))
            .max()
            .unwrap_or(0);
        let labels: Vec<usize> = pack
            .sections
            .iter()
            .map(|s| {
                // The column fits the short labels; a label kept whole ("Conclusion") runs
                // into the title on its own row rather than widening every row.
                let widths: Vec<usize> = s.points.iter().map(|p| width(p.short_label())).collect();
                let short = widths
                    .iter()
                    .copied()
                    .filter(|w| *w <= SHORT_LABEL_MAX)
                    .max();
                short.or(widths.iter().copied().max()).unwrap_or(0)
            })
            .collect();
        // A row is "▸ LABEL TITLE" in a list, "▸ DATE  TITLE" on the timeline, inside borders.
        let list = pack
            .sections
            .iter()
            .zip(&labels)
            .flat_map(|(s, l)| {
                s.points
                    .iter()
                    .map(move |p| 2 + width(p.short_label()).max(*l) + 1 + width(&p.title))
            })
            .max()
            .unwrap_or(0);
        let events = pack
            .events
            .iter()
            .map(|e| 2 + date + 2 + width(&e.title))
            .max()
            .unwrap_or(0);
        let cols =
            |w: usize, min: u16, max: u16| u16::try_from(w + 2).unwrap_or(u16::MAX).clamp(min, max);
        let wants = Wants {
            list: cols(list, LIST_MIN, LIST_MAX),
            events: cols(events, EVENTS_MIN, EVENTS_MAX),
            strip_rows: u16::try_from(pack.events.len().max(1) + 2).unwrap_or(u16::MAX),
        };
        Self {
            date,
            labels,
            wants,
        }
    }
}

/// The source document laid out for one width and one chosen passage.
#[derive(Clone)]
pub struct SourceLayout {
    pub width: usize,
    pub passage: Option<usize>,
    pub doc: Arc<SourceText>,
    /// Where the last words searched for occur in it, and those words: every frame's status
    /// line counts them, and finding them reads every line of the article.
    pub found: Option<(Vec<String>, Arc<[Occurrence]>)>,
}

impl SourceLayout {
    /// Whether this is the article laid out for `width` and `passage`.
    fn is_for(&self, width: usize, passage: Option<usize>) -> bool {
        self.width == width && self.passage == passage
    }
}

/// What `settle` keeps for the drawing code. Clones of an app share the layouts.
#[derive(Clone)]
pub struct Memo {
    measures: Arc<Measures>,
    source: Option<SourceLayout>,
    /// The search index, built on the first search.
    index: Option<Arc<Index>>,
    /// What the tag filter lets through, for the tag it was built for.
    passed: Option<Arc<Passed>>,
}

impl std::fmt::Debug for Memo {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        // The layouts are derived data: what they were built for is what matters.
        f.debug_struct("Memo")
            .field("measures", &self.measures)
            .field(
                "source",
                &self.source.as_ref().map(|s| (s.width, s.passage)),
            )
            .field("passed", &self.passed.as_ref().map(|p| &p.tag))
            .finish()
    }
}

impl Memo {
    /// The layouts of a freshly loaded pack.
    pub fn new(pack: &Pack) -> Self {
        Self {
            measures: Arc::new(Measures::of(pack)),
            source: None,
            index: None,
            passed: None,
        }
    }

    /// What `tag` lets through, if that is the tag it was last kept for.
    pub fn passed(&self, tag: &str) -> Option<&Passed> {
        self.passed.as_deref().filter(|p| p.tag == tag)
    }

    /// Keeps what `tag` lets through in `pack` (this memo's pack), building it only when the
    /// tag differs from the one kept; no tag keeps nothing.
    pub fn keep_passed(&mut self, pack: &Pack, tag: Option<&str>) {
        match tag {
            None => self.passed = None,
            Some(t) if self.passed(t).is_some() => {}
            Some(t) => self.passed = Some(Arc::new(Passed::of(pack, t))),
        }
    }

    /// The widths measured from the pack's lists.
    pub fn measures(&self) -> &Measures {
        &self.measures
    }

    /// The source document, if it was laid out for this width and passage.
    pub fn source(&self, width: usize, passage: Option<usize>) -> Option<Arc<SourceText>> {
        self.source
            .as_ref()
            .filter(|s| s.is_for(width, passage))
            .map(|s| Arc::clone(&s.doc))
    }

    /// Where `terms` occur in the source laid out for this width and passage, if that was
    /// kept.
    pub fn source_found(
        &self,
        width: usize,
        passage: Option<usize>,
        terms: &[String],
    ) -> Option<Arc<[Occurrence]>> {
        let s = self.source.as_ref().filter(|s| s.is_for(width, passage))?;
        s.found
            .as_ref()
            .filter(|(kept, _)| kept.as_slice() == terms)
            .map(|(_, all)| Arc::clone(all))
    }

    /// Keeps where `terms` occur in the source laid out for this width and passage, if that
    /// is the layout kept (they were found in it).
    pub fn keep_source_found(
        &mut self,
        width: usize,
        passage: Option<usize>,
        terms: &[String],
        all: Arc<[Occurrence]>,
    ) {
        if let Some(s) = self.source.as_mut().filter(|s| s.is_for(width, passage)) {
            s.found = Some((terms.to_vec(), all));
        }
    }

    /// The pack's search index, built the first time it is wanted: start-up pays nothing for a
    /// search that may never happen.
    pub fn index(&mut self, pack: &Arc<Pack>) -> Arc<Index> {
        match &self.index {
            Some(index) => Arc::clone(index),
            None => {
                let index = Arc::new(Index::build(pack));
                self.index = Some(Arc::clone(&index));
                index
            }
        }
    }

    /// Keeps an index built elsewhere, if it is for `pack` and none was built meanwhile.
    pub fn keep_index(&mut self, pack: &Arc<Pack>, built_for: &Arc<Pack>, index: Arc<Index>) {
        if self.index.is_none() && Arc::ptr_eq(pack, built_for) {
            self.index = Some(index);
        }
    }

    /// The search index, if it is built.
    pub fn built_index(&self) -> Option<&Arc<Index>> {
        self.index.as_ref()
    }

    /// Keeps a source layout for the next frames.
    pub fn keep_source(&mut self, layout: SourceLayout) {
        self.source = Some(layout);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::app::filter;

    /// The lists are built when the tag changes and reused while it stays: a rebuild on every
    /// settle would walk the pack on every key again.
    #[test]
    fn the_filter_is_walked_once_per_tag() {
        let pack = crate::content::load_embedded().expect("loads").pack;
        let tags = filter::tags(&pack);
        let (first, second) = (&tags[0].0, &tags[1].0);
        let mut memo = Memo::new(&pack);
        assert!(memo.passed(first).is_none());
        memo.keep_passed(&pack, Some(first));
        let kept = memo.passed.clone().expect("kept");
        memo.keep_passed(&pack, Some(first));
        assert!(Arc::ptr_eq(&kept, memo.passed.as_ref().expect("kept")));
        assert_eq!(*kept, filter::Passed::of(&pack, first));
        memo.keep_passed(&pack, Some(second));
        assert!(memo.passed(first).is_none());
        assert_eq!(
            memo.passed(second).map(|p| p.events.clone()),
            Some(filter::events(&pack, Some(second)))
        );
        memo.keep_passed(&pack, None);
        assert!(memo.passed(second).is_none());
    }

    /// Where words occur is kept with the layout they were found in, and given back only for
    /// that layout and those words.
    #[test]
    fn occurrences_are_kept_for_their_layout_and_words_only() {
        let pack = Arc::new(crate::content::load_embedded().expect("loads").pack);
        let mut memo = Memo::new(&pack);
        let layout = |width, passage| SourceLayout {
            width,
            passage,
            doc: Arc::new(SourceText::new(&pack, passage, width)),
            found: None,
        };
        let words = vec!["gas".to_string()];
        let all: Arc<[Occurrence]> = SourceText::new(&pack, None, 80).occurrences(&words).into();
        assert!(!all.is_empty());
        memo.keep_source(layout(80, None));
        // Found in another layout: not kept with this one.
        memo.keep_source_found(60, None, &words, Arc::clone(&all));
        memo.keep_source_found(80, Some(0), &words, Arc::clone(&all));
        assert!(memo.source_found(80, None, &words).is_none());
        memo.keep_source_found(80, None, &words, Arc::clone(&all));
        assert!(memo.source_found(80, None, &words).is_some());
        assert!(memo.source_found(80, None, &["oil".to_string()]).is_none());
        assert!(memo.source_found(60, None, &words).is_none());
        // A new layout starts with nothing found.
        memo.keep_source(layout(60, None));
        assert!(memo.source_found(60, None, &words).is_none());
    }
}
