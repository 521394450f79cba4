//! Windows drawn over the tabs: pages of text, the chooser of citing points, the search box
//! and the tag picker. Each keeps its own cursor; none of them is part of the history.

use crate::app::cursor::Cursor;
use crate::app::find::Hit;
use crate::app::keymap::Layer;
use crate::content::PointRef;

/// A page of text shown over the tabs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Page {
    /// The keys of the layer the reader opened help from, with the legend of symbols.
    Help(Layer),
    /// The article: title, authors, publication, attribution, section intros.
    About,
    /// Why an edited pack could not be reloaded (`--watch`).
    Problems,
}

/// A list of points to choose from, opened by following a passage or an event.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Chooser {
    /// The passage shown above the list, when the chooser was opened from one.
    pub passage: Option<usize>,
    /// The event the list belongs to, when opened from one.
    pub event: Option<usize>,
    pub items: Vec<PointRef>,
    /// The selected point (a link of the chooser's document) and the scroll.
    pub cursor: Cursor,
}

/// The search box: the query and its results, best first.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SearchBox {
    pub query: String,
    pub hits: Vec<Hit>,
    /// The selected result and the scroll of the result list.
    pub cursor: Cursor,
}

/// A window drawn over the tabs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Overlay {
    Page {
        page: Page,
        cursor: Cursor,
    },
    Chooser(Chooser),
    Search(SearchBox),
    /// The tags to filter by; the first row clears the filter.
    Tags {
        cursor: Cursor,
    },
}

impl Overlay {
    /// A page of text, scrolled to the top.
    pub fn page(page: Page) -> Self {
        Self::Page {
            page,
            cursor: Cursor::default(),
        }
    }
}
