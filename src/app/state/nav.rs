//! Where the reader is: the tab, the focused pane, every list's cursor and the full view open
//! over the tab. The back and forward stacks hold copies of [`Nav`], so going back restores
//! tab, selection and scroll exactly.

use crate::app::cursor::{Cursor, List};
use crate::app::filter::Shown;
use crate::app::tab::Tab;

/// Which pane keys act on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Focus {
    /// The list of points (section tabs) or events (timeline tab).
    List,
    /// The detail of the selected point or event.
    Detail,
    /// The timeline pane beside a section tab.
    Timeline,
}

/// The cursor of a list that a tag filter may narrow.
///
/// It keeps the selected item's real index, not its row, so a filter never changes what a
/// place means (history, reloads and deep links stay valid). Movement happens in rows through
/// [`ListNav::apply`], with the one [`Cursor`] every list uses.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct ListNav {
    /// The real index of the selected item.
    pub selected: usize,
    /// The first row shown.
    pub offset: usize,
}

impl ListNav {
    /// The cursor in rows of the shown items.
    pub fn rows(&self, shown: &Shown) -> Cursor {
        Cursor {
            selected: (!shown.is_empty()).then(|| shown.nearest(self.selected)),
            scroll: self.offset,
            anchor: None,
        }
    }

    /// Moves through the shown items with a cursor operation, keeping real indices.
    pub fn apply(&mut self, shown: &Shown, op: impl FnOnce(&mut Cursor, &List)) {
        let mut c = self.rows(shown);
        op(&mut c, &List(shown.len()));
        if let Some(real) = c.selected.and_then(|row| shown.get(row)) {
            self.selected = real;
        }
        self.offset = c.scroll;
    }

    /// Keeps the cursor on a shown item and its row in view in a pane `rows` tall.
    pub fn clamp(&mut self, shown: &Shown, rows: usize) {
        self.apply(shown, |c, list| c.clamp_list(list, rows));
    }

    /// The row of the selected item among the shown ones.
    pub fn row(&self, shown: &Shown) -> Option<usize> {
        self.rows(shown).selected
    }
}

/// A list with a detail pane: a section's points, or the timeline's events.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct PaneNav {
    pub list: ListNav,
    /// Scroll and the selected link of the detail pane.
    pub detail: Cursor,
}

/// Where the source view is scrolled and which passage it was opened at.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct SourceNav {
    /// The passage highlighted, if the view was opened at one.
    pub passage: Option<usize>,
    /// The paragraph it was opened at, when opened at one rather than at a passage.
    pub paragraph: Option<usize>,
    /// Scroll and the selected quotation (the links of the source document).
    pub doc: Cursor,
    /// False until the view has scrolled to its passage, which needs the article laid out at
    /// the view's width: opening the view sets the passage, settling places it.
    pub placed: bool,
    /// Which occurrence of the words found in the article (`/` here) the reader is at.
    pub found: Option<usize>,
}

/// The cursor in the argument map and which sections are folded.
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash)]
pub struct MapNav {
    /// The selected row among the rows shown, and the first row shown.
    pub rows: Cursor,
    /// One per section: its points are hidden.
    pub collapsed: Vec<bool>,
}

impl MapNav {
    /// The selected row.
    pub fn row(&self) -> usize {
        self.rows.index()
    }
}

/// A view that takes the whole body in place of the tab's panes.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum FullView {
    /// The article's text with the passages the pack quotes marked.
    Source(SourceNav),
    /// The argument as a tree: question, sections, points.
    Map(MapNav),
}

/// Everything that says where the reader is.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Nav {
    pub tab: Tab,
    pub focus: Focus,
    /// One per section of the pack.
    pub sections: Vec<PaneNav>,
    pub timeline: PaneNav,
    /// The time axis of the timeline tab: zoom, the era selected, whose events stand out.
    pub axis: super::AxisNav,
    /// The timeline pane beside the section tabs.
    pub side: ListNav,
    /// A full-body view over the tab, if one is open.
    pub view: Option<FullView>,
}

impl Nav {
    /// The first point of the first section, for a pack of `sections` sections.
    pub fn start(sections: usize) -> Self {
        Self {
            tab: Tab::Section(0),
            focus: Focus::List,
            sections: vec![PaneNav::default(); sections],
            timeline: PaneNav::default(),
            axis: super::AxisNav::default(),
            side: ListNav::default(),
            view: None,
        }
    }

    /// The list and detail state of the current tab.
    pub fn pane(&self) -> Option<&PaneNav> {
        match self.tab {
            Tab::Section(i) => self.sections.get(i),
            Tab::Timeline => Some(&self.timeline),
        }
    }

    pub fn pane_mut(&mut self) -> Option<&mut PaneNav> {
        match self.tab {
            Tab::Section(i) => self.sections.get_mut(i),
            Tab::Timeline => Some(&mut self.timeline),
        }
    }

    /// The source view's state, when it is open.
    pub fn source(&self) -> Option<&SourceNav> {
        match &self.view {
            Some(FullView::Source(s)) => Some(s),
            _ => None,
        }
    }

    pub fn source_mut(&mut self) -> Option<&mut SourceNav> {
        match &mut self.view {
            Some(FullView::Source(s)) => Some(s),
            _ => None,
        }
    }

    /// The map's state, when it is open.
    pub fn map(&self) -> Option<&MapNav> {
        match &self.view {
            Some(FullView::Map(m)) => Some(m),
            _ => None,
        }
    }

    pub fn map_mut(&mut self) -> Option<&mut MapNav> {
        match &mut self.view {
            Some(FullView::Map(m)) => Some(m),
            _ => None,
        }
    }
}
