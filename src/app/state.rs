//! The reader's state: where they are, what is open, and where they came from.
//!
//! All of it is plain data. [`super::update`] is the only code that changes it, and after every
//! change [`super::update::settle`] restores the invariants the drawing code relies on (every
//! cursor inside its list, every scroll inside its content).

use std::sync::Arc;

use super::filter::Shown;
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

/// Where the source view is scrolled and which passage it was opened at.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct SourceNav {
    /// The passage highlighted, if the view was opened at one.
    pub passage: Option<usize>,
    /// Scroll and the selected marked passage (links of the source document).
    pub detail: DetailNav,
}

/// The cursor in the argument map and which sections are folded.
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash)]
pub struct MapNav {
    /// Row position among the rows shown, and the first row shown.
    pub list: ListNav,
    /// One per section: its points are hidden.
    pub collapsed: Vec<bool>,
}

/// A view that takes the whole body in place of the tab's panes.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum View {
    /// The article's text with the passages the pack quotes marked.
    Source(SourceNav),
    /// The argument as a tree: question, sections, points.
    Map(MapNav),
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
    /// A full-body view over the tab, if one is open.
    pub view: Option<View>,
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
    Page {
        page: Page,
        scroll: usize,
    },
    Chooser(Chooser),
    /// The search box and its results.
    Search(super::search::Search),
    /// The tags to filter by; position 0 clears the filter.
    Tags {
        selected: usize,
    },
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
    /// The last search run to the end, so `n` and `N` can step through its results.
    pub last_search: Option<super::search::Search>,
    /// The tag lists and the timeline are narrowed to.
    pub filter: Option<String>,
    /// Where the reader was when the filter was set; clearing the filter goes back there.
    pub before_filter: Option<Nav>,
    pub running: bool,
    /// Layouts kept between frames; see [`super::cache`].
    pub cache: super::cache::DocCache,
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
            view: None,
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
            last_search: None,
            filter: None,
            before_filter: None,
            running: true,
            cache: super::cache::DocCache::default(),
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
        self.shown_points(section).position(point)?;
        Some(PointRef { section, point })
    }

    /// The event selected on the timeline tab.
    pub fn current_event(&self) -> Option<usize> {
        let e = self.nav.timeline.list.selected;
        self.shown_events().position(e).map(|_| e)
    }

    /// The points of a section the tag filter lets through.
    pub fn shown_points(&self, section: usize) -> Shown {
        super::filter::points(&self.pack, self.filter.as_deref(), section)
    }

    /// The events the tag filter lets through.
    pub fn shown_events(&self) -> Shown {
        super::filter::events(&self.pack, self.filter.as_deref())
    }

    /// The items the current tab's list shows.
    pub fn shown(&self) -> Shown {
        match self.nav.tab {
            Tab::Section(i) => self.shown_points(i),
            Tab::Timeline => self.shown_events(),
        }
    }

    /// Which keys apply: the search box takes typed text, the deck has keys of its own.
    pub fn key_context(&self) -> super::keymap::Context {
        use super::keymap::Context;
        match (&self.overlay, &self.present) {
            (Some(Overlay::Search(_)), _) => Context::SearchBox,
            (_, Some(_)) => Context::Presentation,
            _ => Context::Explorer,
        }
    }

    /// "Why Moscow? › Reason 3 of 6 · Visit your friends first": where the reader is.
    pub fn location(&self) -> String {
        let tab = self.nav.tab.title(&self.pack);
        match &self.nav.view {
            Some(View::Source(s)) => {
                return match s.passage.and_then(|p| self.pack.passage(p)) {
                    Some(p) => format!("Source › ¶ {} · passage {}", p.paragraph, p.id),
                    None => "Source › the whole article".into(),
                };
            }
            Some(View::Map(_)) => {
                let row = match super::map::selected(self) {
                    Some(super::map::Row::Section(i)) => {
                        self.pack.section(i).map(|s| s.title.clone())
                    }
                    Some(super::map::Row::Point(r)) => self
                        .pack
                        .point(r)
                        .map(|p| format!("{} · {}", p.label, p.title)),
                    _ => self.pack.article.question.clone(),
                };
                return format!("Argument map › {}", row.unwrap_or_default());
            }
            None => {}
        }
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
                    self.shown_events()
                        .position(self.nav.timeline.list.selected)
                        .unwrap_or(0)
                        + 1,
                    self.shown_events().len()
                ),
                None => format!("{tab} › (no events)"),
            },
        }
    }
}
