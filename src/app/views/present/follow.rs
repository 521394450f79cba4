//! Following a class: a student's screen in `arglens serve` shows the presenter's slide and
//! reveal step as the presenter moves. Any move of the student's own stops following (the
//! status line says so); `F` follows again, at the class's current slide.

use crate::app::action::Action;
use crate::app::state::{App, Follow, Role, Room};

/// What the status line says once a student browses on their own.
pub const BROWSING: &str = "browsing on your own — F follows the class again";

/// What a student's footer says while the screen follows the class.
pub const FOLLOWING: &str = "following the class · any key browses on your own, F comes back";

/// Whether this screen joined a class and follows it.
pub fn following(app: &App) -> bool {
    app.follow.is_some_and(|f| f.following)
}

/// Whether this screen joined a class and now browses on its own.
pub fn browsing(app: &App) -> bool {
    app.follow.is_some_and(|f| !f.following)
}

/// Joins a class at `room`, following it.
pub fn join(app: &mut App, room: Room) {
    app.follow = Some(Follow {
        room,
        following: true,
    });
    show_class(app);
}

/// The presenter moved: remembered, and shown if this screen follows.
pub fn class_moved(app: &mut App, room: Room) {
    let Some(f) = &mut app.follow else { return };
    f.room = room;
    if f.following {
        show_class(app);
    }
}

/// `F`: follow the class again, from wherever the reader is.
pub fn follow_again(app: &mut App) {
    let Some(f) = &mut app.follow else {
        app.status.message = Some("F follows a class, in a session of arglens serve".into());
        return;
    };
    f.following = true;
    app.overlay = None;
    show_class(app);
    app.status.message = Some("following the class".into());
}

/// Stops following when the reader's own action moves them, before it is applied.
pub fn before(app: &mut App, action: &Action) {
    if app.follow.is_some_and(|f| f.following) && moves_the_reader(action) {
        if let Some(f) = &mut app.follow {
            f.following = false;
        }
        app.status.message = Some(BROWSING.into());
    }
}

/// Whether an action is the reader going somewhere of their own: anything but looking at
/// help, changing colours, resizing and what the program does by itself.
fn moves_the_reader(action: &Action) -> bool {
    !matches!(
        action,
        Action::Resize(..)
            | Action::ClassMoved(_)
            | Action::JoinClass(_)
            | Action::FollowClass
            | Action::Tick(_)
            | Action::Indexed(_)
            | Action::Say(_)
            | Action::ToggleHelp
            | Action::CycleTheme
            | Action::SetTheme(_)
            | Action::ToggleMouse
            | Action::Copy
            | Action::Quit
            | Action::Interrupt
    )
}

/// Shows the class's slide: the deck opened on the audience's screen if need be, at the
/// class's slide and step.
fn show_class(app: &mut App) {
    let Some(room) = app.follow.map(|f| f.room) else {
        return;
    };
    if app.deck.as_ref().is_none_or(|d| d.role != Role::Audience) {
        super::start(app, None, 0, Role::Audience, false);
    }
    if let Some(d) = &mut app.deck {
        d.join(room);
    }
}
