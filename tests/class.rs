#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    clippy::panic
)]
//! A student's screen in a served class, through `update` alone: it follows the presenter's
//! slide and step, stops following on the student's own move (and keeps saying so), and `F`
//! brings it back to where the class is now.

mod common;

use arglens::app::keymap::Key;
use arglens::app::state::{Role, Room};
use arglens::app::views::present::{self, follow};
use arglens::app::{Action, App, update};
use common::{app, key, screen};

fn room(slide: usize, step: usize) -> Room {
    Room {
        slide,
        step,
        blank: false,
    }
}

fn student() -> App {
    let mut a = app((100, 30));
    update(&mut a, Action::JoinClass(room(2, 1)));
    a
}

#[test]
fn joining_shows_the_class_slide_on_the_audience_screen() {
    let a = student();
    assert_eq!(present::room(&a), Some(room(2, 1)));
    assert_eq!(a.deck.as_ref().unwrap().role, Role::Audience);
    assert!(!follow::browsing(&a));
    assert!(screen(&a).contains("following the class"), "{}", screen(&a));
}

#[test]
fn a_following_screen_moves_with_the_class_and_nothing_of_its_own_stops_it() {
    let mut a = student();
    for action in [
        Action::Resize(80, 24),
        Action::ToggleHelp,
        Action::ToggleHelp,
        Action::CycleTheme,
    ] {
        update(&mut a, action);
    }
    update(&mut a, Action::ClassMoved(room(5, 0)));
    assert_eq!(present::room(&a), Some(room(5, 0)));
    assert!(!follow::browsing(&a));
}

#[test]
fn the_students_own_key_stops_following_and_the_screen_keeps_saying_so() {
    let mut a = student();
    key(&mut a, Key::Char('j'));
    assert!(follow::browsing(&a));
    assert!(screen(&a).contains(follow::BROWSING), "{}", screen(&a));
    let own = present::room(&a);
    update(&mut a, Action::ClassMoved(room(9, 0)));
    assert_eq!(
        present::room(&a),
        own,
        "the class moves on without this screen"
    );
    // Another key of their own: the reminder stays, if not as the message of the moment.
    key(&mut a, Key::Char('k'));
    assert!(screen(&a).contains("F follows the class"), "{}", screen(&a));
}

#[test]
fn f_comes_back_to_where_the_class_is_now() {
    let mut a = student();
    key(&mut a, Key::Char('j'));
    update(&mut a, Action::ClassMoved(room(7, 2)));
    key(&mut a, Key::Char('F'));
    assert!(!follow::browsing(&a));
    assert_eq!(present::room(&a), Some(room(7, 2)));
    assert!(screen(&a).contains("following the class"));
}

#[test]
fn browsing_to_the_explorer_still_says_how_to_come_back() {
    let mut a = student();
    key(&mut a, Key::Esc);
    assert!(follow::browsing(&a));
    assert!(a.deck.is_none(), "Esc leaves the slides for the explorer");
    key(&mut a, Key::Char('j'));
    assert!(screen(&a).contains("F follows the class"), "{}", screen(&a));
    key(&mut a, Key::Char('F'));
    assert_eq!(present::room(&a), Some(room(2, 1)));
}

#[test]
fn f_outside_a_class_says_what_it_is_for_and_changes_nothing() {
    let mut a = app((100, 30));
    key(&mut a, Key::Char('F'));
    assert!(a.follow.is_none() && a.deck.is_none());
    assert!(
        a.status
            .message
            .as_deref()
            .unwrap()
            .contains("arglens serve")
    );
}

#[test]
fn the_follow_footer_fits_an_80_column_terminal_and_the_reminder_is_said_once() {
    let mut a = app((80, 24));
    update(&mut a, Action::JoinClass(room(2, 1)));
    assert!(screen(&a).contains(follow::FOLLOWING), "{}", screen(&a));
    key(&mut a, Key::Esc);
    let s = screen(&a);
    assert_eq!(s.matches("F follows").count(), 1, "{s}");
    key(&mut a, Key::Char('j'));
    let s = screen(&a);
    assert_eq!(s.matches("F follows").count(), 1, "{s}");
}
