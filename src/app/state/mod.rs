//! The reader's state: where they are, what is open, and where they came from.
//!
//! All of it is plain data, in named groups. [`crate::app::update`] is the only code that
//! changes it, and after every change it settles the state, restoring the invariants the
//! drawing code relies on (every cursor inside its list, every scroll inside its content).
//! Nothing here imports a view: views import the state, never the other way round.

mod axis;
mod deck;
mod history;
mod nav;
mod overlay;

use std::sync::Arc;

pub use super::timeline_view::TimelineView;
pub use axis::AxisNav;
pub use deck::{Clock, Deck, Follow, Reveal, Role, Room, Slide, reveals, slides, steps};
pub use history::{HISTORY_LIMIT, History};
pub use nav::{Focus, FullView, ListNav, MapNav, Nav, PaneNav, SourceNav};
pub use overlay::{Chooser, LaidBox, Overlay, Page, QueryInput, SearchBox, SearchMode, Searches};

use super::filter::{self, Shown};
use super::memo::Memo;
use super::tab::Tab;
use super::theme_name::ThemeName;
use crate::content::{Pack, PointRef};

/// What the reader chose about how things look; kept across reloads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Prefs {
    pub theme: ThemeName,
    /// Whether the timeline pane shows beside the section tabs.
    pub show_timeline: bool,
    /// Whether the timeline tab lists its events or draws them on a time axis.
    pub timeline_view: TimelineView,
}

impl Default for Prefs {
    fn default() -> Self {
        Self {
            theme: ThemeName::default(),
            show_timeline: true,
            timeline_view: TimelineView::default(),
        }
    }
}

/// The tag filter: lists, the timeline and the map show only what carries the tag.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Filter {
    pub tag: Option<String>,
    /// Where the reader was when the filter was set.
    pub before: Option<Nav>,
    /// Where the filter put the reader; if they are still there when it is cleared, they go
    /// back to `before`, else they stay where they have moved to.
    pub applied: Option<Nav>,
}

/// What the program asks of the terminal it runs in, which the terminal side carries out
/// after each action: the state only says what it wants.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Terminal {
    /// Whether the mouse is captured (clicks and the wheel go to arglens) or left to the
    /// terminal, whose own selection then works.
    pub mouse: bool,
    /// The last text asked to go on the clipboard, and how many times text has been asked
    /// for, so the terminal side can tell a new request from one it has carried out.
    pub copy: Option<String>,
    pub copies: u64,
}

impl Default for Terminal {
    fn default() -> Self {
        Self {
            mouse: true,
            copy: None,
            copies: 0,
        }
    }
}

/// What the status line says besides the place.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Status {
    /// A one-off message, cleared by the next action.
    pub message: Option<String>,
    /// Why the last reload failed, one diagnostic per entry; empty once a reload succeeds.
    pub problems: Vec<String>,
}

/// The whole state of the explorer.
#[derive(Debug, Clone)]
pub struct App {
    pub pack: Arc<Pack>,
    pub nav: Nav,
    pub history: History,
    pub prefs: Prefs,
    pub filter: Filter,
    pub status: Status,
    /// A window over the tabs, if one is open.
    pub overlay: Option<Overlay>,
    /// The presentation deck, while it is showing.
    pub deck: Option<Deck>,
    /// A class this reader belongs to (a session of `arglens serve`): where the presenter
    /// is, and whether this screen follows.
    pub follow: Option<Follow>,
    /// The last search, for `n` and `N`, and the queries typed before.
    pub searches: Searches,
    /// What the terminal side is asked to do.
    pub terminal: Terminal,
    /// The terminal's size in columns and rows.
    pub(crate) size: (u16, u16),
    pub(crate) running: bool,
    /// Layouts kept between frames, rebuilt by `settle` when what they depend on changes.
    pub(crate) memo: Memo,
}

impl App {
    /// The state on the first point of the first section, before it is settled: the
    /// constructor the app uses, `App::new`, settles it.
    pub(crate) fn unsettled(pack: Arc<Pack>, size: (u16, u16)) -> Self {
        let nav = Nav::start(pack.sections.len());
        Self {
            memo: Memo::new(&pack),
            pack,
            nav,
            history: History::default(),
            prefs: Prefs::default(),
            filter: Filter::default(),
            status: Status::default(),
            overlay: None,
            deck: None,
            follow: None,
            searches: Searches::default(),
            terminal: Terminal::default(),
            size,
            running: true,
        }
    }

    /// The terminal's size in columns and rows.
    pub fn size(&self) -> (u16, u16) {
        self.size
    }

    /// False once the reader has asked to quit.
    pub fn is_running(&self) -> bool {
        self.running
    }

    /// The list and detail state of the current tab.
    pub fn pane(&self) -> Option<&PaneNav> {
        self.nav.pane()
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

    /// The points of a section the tag filter lets through: the memo's lists when they are
    /// for this tag (always, once settled), else a fresh walk of the section.
    pub fn shown_points(&self, section: usize) -> Shown {
        match self.filter.tag.as_deref() {
            None => filter::points(&self.pack, None, section),
            Some(tag) => match self.memo.passed(tag) {
                Some(passed) => passed.points(section),
                None => filter::points(&self.pack, Some(tag), section),
            },
        }
    }

    /// The events the tag filter lets through, kept or fresh as [`App::shown_points`].
    pub fn shown_events(&self) -> Shown {
        match self.filter.tag.as_deref() {
            None => filter::events(&self.pack, None),
            Some(tag) => match self.memo.passed(tag) {
                Some(passed) => passed.events.clone(),
                None => filter::events(&self.pack, Some(tag)),
            },
        }
    }

    /// The titles of the tabs that show something under the tag filter: where an empty list
    /// sends the reader. Empty with no filter.
    pub fn tabs_shown(&self) -> Vec<String> {
        match self.filter.tag.as_deref() {
            None => Vec::new(),
            Some(tag) => match self.memo.passed(tag) {
                Some(passed) => passed.tabs(&self.pack),
                None => filter::tabs_with(&self.pack, tag),
            },
        }
    }

    /// The items the current tab's list shows.
    pub fn shown(&self) -> Shown {
        match self.nav.tab {
            Tab::Section(i) => self.shown_points(i),
            Tab::Timeline => self.shown_events(),
        }
    }

    /// The whole terminal as a rectangle.
    pub fn area(&self) -> ratatui::layout::Rect {
        ratatui::layout::Rect::new(0, 0, self.size.0, self.size.1)
    }

    /// Where each pane sits at the current size, or `None` below the minimum size.
    pub fn screen(&self) -> Option<super::layout::Screen> {
        super::layout::screen(
            self.area(),
            self.nav.tab,
            self.prefs.show_timeline,
            self.axis_shown(),
            self.memo.measures().wants,
        )
    }

    /// Whether the timeline tab is showing its time axis.
    pub fn axis_shown(&self) -> bool {
        self.nav.tab == Tab::Timeline && self.prefs.timeline_view == TimelineView::Axis
    }

    /// Switches to the next colour scheme and says which in the status line.
    pub fn cycle_theme(&mut self) {
        self.prefs.theme = self.prefs.theme.next();
        self.status.message = Some(format!("Theme: {}", self.prefs.theme.name()));
    }

    /// The layouts `settle` keeps between frames.
    pub fn memo(&self) -> &Memo {
        &self.memo
    }
}
