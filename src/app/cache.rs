//! Documents too costly to build on every keystroke, kept between frames.
//!
//! The source view lays out the whole article; on a large pack that is far more work than a
//! frame may cost. The layout depends only on the pack, the width and the chosen passage, so
//! it is kept until one of those changes. Drawing and `update` still see plain data: the
//! cache only saves recomputing the same value.

use std::sync::{Arc, Mutex};

use super::doc::Doc;
use crate::content::Pack;

/// What a cached source document was built from.
#[derive(Debug, Clone)]
struct Key {
    pack: Arc<Pack>,
    width: usize,
    chosen: Option<usize>,
}

impl Key {
    fn same(&self, other: &Key) -> bool {
        Arc::ptr_eq(&self.pack, &other.pack)
            && self.width == other.width
            && self.chosen == other.chosen
    }
}

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
    fn of(pack: &Pack) -> Self {
        use crate::wrap::width;
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

/// One cached value and what it was built from, shared between clones of an app.
type Slot<K, V> = Arc<Mutex<Option<(K, Arc<V>)>>>;

/// The last source document and column widths built. Clones of an app share them.
#[derive(Debug, Clone, Default)]
pub struct DocCache {
    source: Slot<Key, Doc>,
    columns: Slot<Arc<Pack>, Columns>,
}

impl DocCache {
    /// The column widths of this pack's lists.
    pub fn columns(&self, pack: &Arc<Pack>) -> Arc<Columns> {
        let Ok(mut slot) = self.columns.lock() else {
            return Arc::new(Columns::of(pack));
        };
        if let Some((p, c)) = slot.as_ref()
            && Arc::ptr_eq(p, pack)
        {
            return Arc::clone(c);
        }
        let c = Arc::new(Columns::of(pack));
        *slot = Some((Arc::clone(pack), Arc::clone(&c)));
        c
    }

    /// The source document for this pack, width and chosen passage, built only if the last
    /// one was for something else.
    pub fn source(&self, pack: &Arc<Pack>, width: usize, chosen: Option<usize>) -> Arc<Doc> {
        let key = Key {
            pack: Arc::clone(pack),
            width,
            chosen,
        };
        let Ok(mut slot) = self.source.lock() else {
            return Arc::new(super::source::source_doc(pack, chosen, width));
        };
        if let Some((k, doc)) = slot.as_ref()
            && k.same(&key)
        {
            return Arc::clone(doc);
        }
        let doc = Arc::new(super::source::source_doc(pack, chosen, width));
        *slot = Some((key, Arc::clone(&doc)));
        doc
    }
}
