//! The reader's state: where they are, what is open, and where they came from.
//!
//! All of it is plain data. [`super::update`] is the only code that changes it, and after every
//! change [`super::update::settle`] restores the invariants the drawing code relies on (every
//! cursor inside its list, every scroll inside its content).

use std::sync::Arc;

use super::tab::Tab;
use crate::content::{Pack, PointRef};

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

/// A cursor in a list and the first row shown.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct ListNav {
    pub selected: usize,
    pub offset: usize,
}

/// Where a detail pane is scrolled to and which of its links is selected.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct DetailNav {
    pub scroll: usize,
    pub link: Option<usize>,
}

/// A list with a detail pane: a section's points, or the timeline's events.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct PaneNav {
    pub list: ListNav,
    pub detail: DetailNav,
}

/// Everything that says where the reader is. The back and forward stacks hold copies of it, so
/// going back restores tab, selection and scroll exactly.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Nav {
    pub tab: Tab,
    pub focus: Focus,
    /// One per section of the pack.
    pub sections: Vec<PaneNav>,
    pub timeline: PaneNav,
    /// The timeline pane beside the section tabs.
    pub side: ListNav,
}

/// A list of points to choose from, opened by following a passage or an event.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Chooser {
    /// The passage shown above the list, when the chooser was opened from one.
    pub passage: Option<usize>,
    /// The event the list belongs to, when opened from one.
    pub event: Option<usize>,
    pub items: Vec<PointRef>,
    pub selected: usize,
}

/// A page of text shown over the tabs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Page {
    /// The keys, from the keymap.
    Help,
    /// The article: title, authors, publication, attribution, section intros.
    About,
    /// Why an edited pack could not be reloaded (`--watch`).
    Problems,
}

/// A window drawn over the tabs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Overlay {
    Page { page: Page, scroll: usize },
    Chooser(Chooser),
}

impl Overlay {
    /// A page of text, scrolled to the top.
    pub fn page(page: Page) -> Self {
        Self::Page { page, scroll: 0 }
    }
}

/// The whole state of the explorer.
#[derive(Debug, Clone)]
pub struct App {
    pub pack: Arc<Pack>,
    pub nav: Nav,
    pub show_timeline: bool,
    pub theme: super::ThemeName,
    /// The presentation deck, while it is showing.
    pub present: Option<super::present::Present>,
    pub overlay: Option<Overlay>,
    /// Places to go back to, most recent last.
    pub back: Vec<Nav>,
    /// Places gone back from, most recent last.
    pub forward: Vec<Nav>,
    /// The terminal's size in columns and rows.
    pub size: (u16, u16),
    /// A one-off message for the status line, cleared by the next action.
    pub message: Option<String>,
    /// Why the last reload failed, one diagnostic per entry; empty once a reload succeeds.
    pub problems: Vec<String>,
    pub running: bool,
}

/// The most places the back stack remembers.
pub const HISTORY_LIMIT: usize = 100;

impl App {
    pub fn new(pack: Arc<Pack>, tab: Tab, size: (u16, u16)) -> Self {
        let nav = Nav {
            tab,
            focus: Focus::List,
            sections: vec![PaneNav::default(); pack.sections.len()],
            timeline: PaneNav::default(),
            side: ListNav::default(),
        };
        let mut app = Self {
            pack,
            nav,
            show_timeline: true,
            theme: super::ThemeName::default(),
            present: None,
            overlay: None,
            back: Vec::new(),
            forward: Vec::new(),
            size,
            message: None,
            problems: Vec::new(),
            running: true,
        };
        super::update::settle(&mut app);
        app
    }

    /// The list and detail state of the current tab.
    pub fn pane(&self) -> Option<&PaneNav> {
        match self.nav.tab {
            Tab::Section(i) => self.nav.sections.get(i),
            Tab::Timeline => Some(&self.nav.timeline),
        }
    }

    pub fn pane_mut(&mut self) -> Option<&mut PaneNav> {
        match self.nav.tab {
            Tab::Section(i) => self.nav.sections.get_mut(i),
            Tab::Timeline => Some(&mut self.nav.timeline),
        }
    }

    /// The point selected on the current section tab.
    pub fn current_point(&self) -> Option<PointRef> {
        let Tab::Section(section) = self.nav.tab else {
            return None;
        };
        let point = self.nav.sections.get(section)?.list.selected;
        self.pack.point(PointRef { section, point })?;
        Some(PointRef { section, point })
    }

    /// The event selected on the timeline tab.
    pub fn current_event(&self) -> Option<usize> {
        let e = self.nav.timeline.list.selected;
        self.pack.event(e).map(|_| e)
    }

    /// How many items the current tab's list holds.
    pub fn list_len(&self) -> usize {
        match self.nav.tab {
            Tab::Section(i) => self.pack.section(i).map_or(0, |s| s.points.len()),
            Tab::Timeline => self.pack.events.len(),
        }
    }

    /// "Why Moscow? › Reason 3 of 6 · Visit your friends first": where the reader is.
    pub fn location(&self) -> String {
        let tab = self.nav.tab.title(&self.pack);
        match self.nav.tab {
            Tab::Section(_) => match self.current_point().and_then(|r| self.pack.point(r)) {
                Some(p) => format!(
                    "{tab} › {} {} of {} · {}",
                    p.kind.noun(),
                    p.ordinal,
                    p.of_kind,
                    p.title
                ),
                None => format!("{tab} › (no points)"),
            },
            Tab::Timeline => match self.current_event().and_then(|e| self.pack.event(e)) {
                Some(e) => format!(
                    "{tab} › {} · {} ({} of {})",
                    e.date,
                    e.title,
                    self.nav.timeline.list.selected + 1,
                    self.pack.events.len()
                ),
                None => format!("{tab} › (no events)"),
            },
        }
    }
}
