//! The one function that changes the state: `update(app, action)`.
//!
//! It is pure with respect to the outside world (no terminal, no clock, no files), so every
//! behaviour can be tested by feeding actions and reading the state back. It only routes: the
//! program's own actions (resizes, reloads, start-up places) are applied here, everything else
//! goes to the view in front ([`views::route`]). After each action [`settle`] puts every cursor
//! and scroll back inside its bounds for the current terminal size.

use super::action::Action;
use super::state::App;
use super::{navigate, reload, views};

impl App {
    /// The explorer on the first point of the first section, for a terminal of `size`.
    pub fn new(pack: std::sync::Arc<crate::content::Pack>, size: (u16, u16)) -> Self {
        let mut app = Self::unsettled(pack, size);
        settle(&mut app);
        app
    }
}

/// Applies one action, then restores the state's invariants.
pub fn update(app: &mut App, action: Action) {
    // A message lasts until the reader's next action; the program's own work behind the
    // scenes (an index arriving) leaves it.
    let background = matches!(
        action,
        Action::Indexed(_) | Action::Tick(_) | Action::JoinRoom(_) | Action::ClassMoved(_)
    );
    if !background {
        app.status.message = None;
    }
    views::present::follow::before(app, &action);
    match action {
        Action::Resize(w, h) => app.size = (w, h),
        Action::Quit | Action::Interrupt => app.running = false,
        Action::Suspend => {}
        Action::ToggleMouse => super::clipboard::toggle_mouse(app),
        Action::Copy => super::clipboard::copy(app),
        Action::Open(to) => navigate::open(app, to),
        Action::Present {
            at,
            step,
            role,
            hide_claim,
        } => {
            if let Some(r) = at {
                navigate::open(app, super::destination::Destination::Point(r));
            }
            views::present::start(app, at, step, role, hide_claim);
        }
        Action::JoinRoom(_) | Action::RoomEnded | Action::Tick(_) => {
            views::present::outside(app, &action);
        }
        Action::JoinClass(room) => views::present::follow::join(app, room),
        Action::ClassMoved(room) => views::present::follow::class_moved(app, room),
        Action::FollowClass => views::present::follow::follow_again(app),
        Action::SetTheme(theme) => app.prefs.theme = theme,
        Action::SetTimeline(shown) => app.prefs.show_timeline = shown,
        Action::SetTimelineView(view) => app.prefs.timeline_view = view,
        Action::Say(message) => app.status.message = Some(message),
        Action::Reloaded(pack) => reload::replace_pack(app, pack.0),
        Action::ReloadFailed(problems) => reload::show_problems(app, &problems),
        Action::Indexed(built) => app.memo.keep_index(&app.pack, &built.pack, built.index),
        other => views::route(app, &other),
    }
    settle(app);
}

/// Restores every invariant after a change: focus on a pane that exists, cursors inside their
/// lists, list offsets showing their cursor, scrolls inside their documents, selected links
/// inside their documents, layouts kept for the current width. Cheap enough to run after
/// every action.
pub fn settle(app: &mut App) {
    // First, so every view settles on the kept lists of the current tag.
    app.memo.keep_passed(&app.pack, app.filter.tag.as_deref());
    views::settle(app);
}
