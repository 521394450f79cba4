//! Layouts too costly to build on every keystroke, kept between frames.
//!
//! The source view lays out the whole article; on a large pack that is far more work than a
//! frame may cost. Column widths depend on every item of a list. Both depend only on the pack
//! and the view's width, so `settle` rebuilds them when those change and the drawing code
//! reads them as plain data: nothing is computed, or written, while drawing.

use std::sync::Arc;

use super::doc::Doc;
use crate::content::Pack;
use crate::wrap::width;

/// Column widths that depend on every item of a list, so lists line up however far they are
/// scrolled without measuring every item on every frame.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Columns {
    /// The widest short date of the timeline.
    pub date: usize,
    /// The widest short label of each section's points.
    pub labels: Vec<usize>,
}

impl Columns {
    pub fn of(pack: &Pack) -> Self {
        Self {
            date: pack
                .events
                .iter()
                .map(|e| width(&e.date.short()))
                .max()
                .unwrap_or(0),
            labels: pack
                .sections
                .iter()
                .map(|s| {
                    let widths = s.points.iter().map(|p| width(&p.short_label()));
                    widths.max().unwrap_or(0)
                })
                .collect(),
        }
    }
}

/// The source document laid out for one width and one chosen passage.
#[derive(Clone)]
pub struct SourceLayout {
    pub width: usize,
    pub passage: Option<usize>,
    pub doc: Arc<Doc>,
}

/// What `settle` keeps for the drawing code. Clones of an app share the layouts.
#[derive(Clone)]
pub struct Memo {
    columns: Arc<Columns>,
    source: Option<SourceLayout>,
}

impl std::fmt::Debug for Memo {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        // The layouts are derived data: what they were built for is what matters.
        f.debug_struct("Memo")
            .field("columns", &self.columns)
            .field(
                "source",
                &self.source.as_ref().map(|s| (s.width, s.passage)),
            )
            .finish()
    }
}

impl Memo {
    /// The layouts of a freshly loaded pack.
    pub fn new(pack: &Pack) -> Self {
        Self {
            columns: Arc::new(Columns::of(pack)),
            source: None,
        }
    }

    /// The column widths of the pack's lists.
    pub fn columns(&self) -> &Columns {
        &self.columns
    }

    /// The source document, if it was laid out for this width and passage.
    pub fn source(&self, width: usize, passage: Option<usize>) -> Option<Arc<Doc>> {
        self.source
            .as_ref()
            .filter(|s| s.width == width && s.passage == passage)
            .map(|s| Arc::clone(&s.doc))
    }

    /// Keeps a source layout for the next frames.
    pub fn keep_source(&mut self, layout: SourceLayout) {
        self.source = Some(layout);
    }
}
