//! Windows drawn over the tabs: pages of text, the chooser of citing points, the search box
//! and the tag picker. Each keeps its own cursor; none of them is part of the history.

use std::sync::Arc;

use crate::app::cursor::Cursor;
use crate::app::doc::Doc;
use crate::app::find::Results;
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

/// What the search box searches.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum SearchMode {
    /// The whole pack: points, passages, events, the article, the About page.
    #[default]
    Pack,
    /// The article open in the source view, like `/` in `less`: every occurrence marked.
    Article,
}

/// The text typed into the search box and where the cursor is in it; edited like a shell
/// line by a well-kept input widget.
#[derive(Debug, Clone, Default)]
pub struct QueryInput(pub tui_input::Input);

impl QueryInput {
    pub fn value(&self) -> &str {
        self.0.value()
    }

    /// A box holding `text`, the cursor at its end.
    pub fn with(text: &str) -> Self {
        Self(tui_input::Input::new(text.to_string()))
    }
}

impl PartialEq for QueryInput {
    fn eq(&self, other: &Self) -> bool {
        self.0.value() == other.0.value() && self.0.cursor() == other.0.cursor()
    }
}

impl Eq for QueryInput {}

/// The search box: the query and its results, best first.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SearchBox {
    pub input: QueryInput,
    pub results: Results,
    /// The selected result and the scroll of the result list.
    pub cursor: Cursor,
    pub mode: SearchMode,
    /// Which earlier query is shown while the reader walks back through them, if one is.
    pub recall: Option<usize>,
    /// The box laid out as a document, kept so that a key which only moves the selection
    /// lays out nothing: a large pack's query lists hundreds of results.
    pub laid: LaidBox,
}

/// The search box's document and the width it was laid out for. Derived from the box: it
/// never makes two boxes differ, and debug output shows only whether it is there. Dropped when
/// the results change; checked against the width and the query line before use.
#[derive(Clone, Default)]
pub struct LaidBox(pub Option<(usize, Arc<Doc>)>);

impl PartialEq for LaidBox {
    fn eq(&self, _: &Self) -> bool {
        true
    }
}

impl Eq for LaidBox {}

impl std::fmt::Debug for LaidBox {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let width = self.0.as_ref().map(|l| l.0);
        f.debug_tuple("LaidBox").field(&width).finish()
    }
}

impl SearchBox {
    pub fn query(&self) -> &str {
        self.input.value()
    }
}

/// Searches made: the last one, for `n` and `N`, and the queries typed, for recalling them.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Searches {
    pub last: Option<SearchBox>,
    /// Earlier queries, oldest first, without repeats.
    pub history: Vec<String>,
}

impl Searches {
    /// The words the last search looked for: marked wherever its results are shown (the
    /// result list, the point reached, every occurrence in the source).
    pub fn highlighted(&self) -> &[String] {
        self.last
            .as_ref()
            .map_or(&[][..], |s| s.results.terms.as_slice())
    }
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
    /// The slides of the deck, to jump to one.
    SlideIndex {
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
