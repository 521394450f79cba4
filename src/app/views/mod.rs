//! The places a reader can be, one module each, all with the same small surface:
//!
//! - its state (plain data in [`crate::app::state`], so history can copy it),
//! - `open`, which puts the reader there,
//! - `action(&mut App, &Action) -> bool`, which handles what it can and says whether it did,
//! - `settle(&mut App)`, which restores its invariants after any change,
//! - the document or rows it shows, which `ui` draws and nothing else computes.
//!
//! [`route`] gives an action to the view in front; overlays and the deck take every action,
//! while the source view and the map leave the ones they do not use (switching tabs, say) to
//! the openers and the tab's panes underneath.

pub mod axis;
pub mod chooser;
pub mod map;
pub mod pages;
pub mod panes;
pub mod picklist;
pub mod present;
pub mod search;
pub mod sections;
pub mod source;
pub mod tags;
pub mod timeline;

use super::action::Action;
use super::keymap::Layer;
use super::state::{App, Focus, FullView, Overlay};

/// The view in front, which gets the reader's actions.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Active {
    Page,
    Chooser,
    Search,
    Tags,
    SlideIndex,
    Presentation,
    /// The presenter's console: the deck seen from the lectern.
    Console,
    Source,
    Map,
    /// The timeline tab drawn as a time axis.
    Axis,
    /// The panes of the current tab, with the focused one.
    Panes(Focus),
}

impl Active {
    /// The keymap layer of this view.
    pub fn layer(self) -> Layer {
        match self {
            Self::Page => Layer::Page,
            Self::Chooser => Layer::Chooser,
            Self::Search => Layer::SearchBox,
            Self::Tags => Layer::Tags,
            Self::SlideIndex => Layer::SlideIndex,
            Self::Presentation => Layer::Presentation,
            Self::Console => Layer::Console,
            Self::Source => Layer::Source,
            Self::Map => Layer::Map,
            Self::Axis => Layer::Axis,
            Self::Panes(Focus::Detail) => Layer::Detail,
            Self::Panes(_) => Layer::List,
        }
    }
}

/// The view in front: an overlay, else the deck, else a full view, else the tab's panes.
pub fn active(app: &App) -> Active {
    match (&app.overlay, &app.deck, &app.nav.view) {
        (Some(Overlay::Page { .. }), ..) => Active::Page,
        (Some(Overlay::Chooser(_)), ..) => Active::Chooser,
        (Some(Overlay::Search(_)), ..) => Active::Search,
        (Some(Overlay::Tags { .. }), ..) => Active::Tags,
        (Some(Overlay::SlideIndex { .. }), ..) => Active::SlideIndex,
        (None, Some(d), _) if d.role == super::state::Role::Console => Active::Console,
        (None, Some(_), _) => Active::Presentation,
        (None, None, Some(FullView::Source(_))) => Active::Source,
        (None, None, Some(FullView::Map(_))) => Active::Map,
        (None, None, None) if app.axis_shown() => Active::Axis,
        (None, None, None) => Active::Panes(app.nav.focus),
    }
}

/// The keymap layer for where the reader is.
pub fn layer(app: &App) -> Layer {
    active(app).layer()
}

/// Gives an action to the view in front. What a full view leaves goes to the openers, then to
/// the tab's panes.
pub fn route(app: &mut App, action: &Action) {
    let handled = match active(app) {
        Active::Page => pages::action(app, action),
        Active::Chooser => chooser::action(app, action),
        Active::Search => search::action(app, action),
        Active::Tags => tags::action(app, action),
        Active::SlideIndex => present::index::action(app, action),
        Active::Presentation | Active::Console => present::action(app, action),
        Active::Source => source::action(app, action),
        Active::Map => map::action(app, action),
        Active::Axis => axis::action(app, action),
        Active::Panes(_) => false,
    };
    if !handled && !open(app, action) {
        panes::action(app, action);
    }
}

/// The actions that open a view, wherever the reader is among the tabs and full views.
fn open(app: &mut App, action: &Action) -> bool {
    match action {
        Action::ToggleHelp => pages::open(app, super::state::Page::Help(layer(app))),
        Action::ToggleAbout => pages::open(app, super::state::Page::About),
        Action::ToggleSource => {
            let passage = source::passage_in_view(app);
            source::open(app, passage);
        }
        Action::ToggleMap => map::open(app),
        Action::Search => search::open(app),
        Action::SearchNext => search::step(app, 1),
        Action::SearchPrev => search::step(app, -1),
        Action::Filter => tags::open(app),
        Action::TogglePresent => {
            let at = app.current_point();
            present::start(app, at, 0, super::state::Role::Audience, false);
        }
        Action::CycleTheme => app.cycle_theme(),
        Action::ToggleTimelineView => axis::toggle_view(app),
        _ => return false,
    }
    true
}

/// Restores every view's invariants, the deck first since it can close itself.
pub fn settle(app: &mut App) {
    present::settle(app);
    panes::settle(app);
    axis::settle(app);
    source::settle(app);
    map::settle(app);
    pages::settle(app);
    chooser::settle(app);
    search::settle(app);
    tags::settle(app);
}
