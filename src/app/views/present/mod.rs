//! Presentation mode: one point per screen for a projector, revealed step by step.
//!
//! A deck is every point of the pack in reading order, with a closing slide of discussion
//! questions after each section that has some. The same deck drives two screens: the
//! audience's, which never shows the teacher's notes, and the presenter's console (see
//! `ui::present`); what they share is the [`Room`], and a move on either is a move on both.
//! Leaving the deck puts the reader back exactly where they were when it started.

pub mod console;
mod doc;
pub mod follow;
pub mod index;
pub mod layout;

pub use doc::{claim_shown, next_reveal, slide_doc, slide_name};
pub use index::{current as index_current, index_doc};

use std::sync::Arc;

use crate::app::action::Action;
use crate::app::keymap::Layer;
use crate::app::navigate;
use crate::app::state::{App, Deck, Overlay, Page, Role, Room, Slide, slides, steps};
use crate::content::PointRef;

/// Starts the deck at `at` (or the first slide) with `step` steps revealed, remembering
/// where the reader is.
pub fn start(app: &mut App, at: Option<PointRef>, step: usize, role: Role, hide_claim: bool) {
    let slides = slides(&app.pack);
    let slide = at
        .and_then(|r| slides.iter().position(|s| *s == Slide::Point(r)))
        .unwrap_or(0);
    app.deck = Some(Deck {
        slides,
        slide,
        step,
        blank: false,
        role,
        hide_claim,
        scroll_back: None,
        pending: None,
        clock: None,
        return_to: app.nav.clone(),
    });
    app.overlay = None;
}

/// Leaves the deck for the place it started from.
pub fn leave(app: &mut App) {
    if let Some(d) = app.deck.take() {
        navigate::restore(app, d.return_to);
    }
}

/// The keymap layer of the deck's screen.
fn layer(app: &App) -> Layer {
    match app.deck.as_ref().map(|d| d.role) {
        Some(Role::Console) => Layer::Console,
        _ => Layer::Presentation,
    }
}

/// What an action does while the deck is showing; it takes every action.
pub fn action(app: &mut App, action: &Action) -> bool {
    if let Action::Number(d) = action {
        type_digit(app, *d);
        return true;
    }
    let pending = app.deck.as_mut().and_then(|d| d.pending.take());
    match (action, pending) {
        (Action::NextStep | Action::Bottom, Some(n)) => jump(app, n),
        (Action::NextStep | Action::WheelDown(..) | Action::Click(..), _) => forward(app),
        (Action::PrevStep, _) => backward(app),
        (Action::Up | Action::WheelUp(..), _) => scroll(app, 1),
        (Action::Down, _) => scroll(app, -1),
        (Action::Top, _) => go_to(app, 0, false),
        (Action::Bottom, None) => {
            let last = app.deck.as_ref().map_or(0, |d| d.slides.len());
            go_to(app, last.saturating_sub(1), false);
        }
        (Action::ToggleBlank, _) => toggle_blank(app),
        (Action::SlideIndex, _) => index::open(app),
        (Action::ToggleNotes, _) => notes(app),
        (Action::TogglePresent | Action::Back, _) => leave(app),
        (Action::CycleTheme, _) => app.cycle_theme(),
        (Action::ToggleHelp, _) => app.overlay = Some(Overlay::page(Page::Help(layer(app)))),
        _ => {}
    }
    true
}

/// The deck's own actions that come from outside the keys: the other screen moved, the
/// audience screen closed, the clock ticked.
pub fn outside(app: &mut App, action: &Action) {
    let Some(d) = &mut app.deck else { return };
    match action {
        Action::JoinRoom(room) => d.join(*room),
        Action::RoomEnded => {
            app.status.message =
                Some("The audience screen has closed: the presentation has ended (q quits)".into());
        }
        Action::Tick(clock) => d.clock = Some(clock.clone()),
        _ => {}
    }
}

/// The room as the screens share it, while a deck shows.
pub fn room(app: &App) -> Option<Room> {
    app.deck.as_ref().map(Deck::room)
}

fn type_digit(app: &mut App, digit: u8) {
    let Some(d) = &mut app.deck else { return };
    let n = d
        .pending
        .unwrap_or(0)
        .saturating_mul(10)
        .saturating_add(usize::from(digit));
    d.pending = Some(n.min(99_999));
    app.status.message = Some(format!("Go to slide {n}: G or Enter"));
}

/// Goes to slide `n` (1 is the first), or says the deck is shorter.
fn jump(app: &mut App, n: usize) {
    let count = app.deck.as_ref().map_or(0, |d| d.slides.len());
    match n.checked_sub(1).filter(|i| *i < count) {
        Some(i) => go_to(app, i, false),
        None => app.status.message = Some(format!("There is no slide {n}: the deck has {count}")),
    }
}

fn notes(app: &mut App) {
    if app.deck.as_ref().is_some_and(|d| d.role == Role::Audience) {
        app.status.message = Some(
            "Notes never show on the audience screen: run `arglens console` in a second terminal"
                .into(),
        );
    }
}

fn toggle_blank(app: &mut App) {
    if let Some(d) = &mut app.deck {
        d.blank = !d.blank;
    }
}

fn scroll(app: &mut App, rows: isize) {
    if let Some(d) = &mut app.deck {
        let back = d.scroll_back.unwrap_or(0).saturating_add_signed(rows);
        d.scroll_back = (back > 0).then_some(back);
    }
}

fn forward(app: &mut App) {
    let pack = Arc::clone(&app.pack);
    let Some(d) = &mut app.deck else { return };
    let Some(slide) = d.current() else { return };
    d.scroll_back = None;
    if d.step + 1 < steps(&pack, d, slide) {
        d.step += 1;
    } else if d.slide + 1 < d.slides.len() {
        d.slide += 1;
        d.step = 0;
    } else {
        app.status.message = Some("End of the deck: q returns to the explorer".into());
    }
}

fn backward(app: &mut App) {
    let Some(d) = &mut app.deck else { return };
    d.scroll_back = None;
    if d.step > 0 {
        d.step -= 1;
    } else if d.slide > 0 {
        let slide = d.slide - 1;
        go_to(app, slide, true);
    }
}

/// Goes to a slide, fully revealed when coming back to it.
pub fn go_to(app: &mut App, slide: usize, revealed: bool) {
    let pack = Arc::clone(&app.pack);
    let Some(d) = &mut app.deck else { return };
    d.slide = slide.min(d.slides.len().saturating_sub(1));
    d.scroll_back = None;
    d.step = match (revealed, d.current()) {
        (true, Some(s)) => steps(&pack, d, s) - 1,
        _ => 0,
    };
}

/// The slide showing laid out in `area`, with the document of what its steps revealed.
pub fn laid_out(
    pack: &crate::content::Pack,
    deck: &Deck,
    area: ratatui::layout::Rect,
) -> (layout::SlideLayout, crate::app::doc::Doc) {
    let l = layout::slide_layout(pack, deck, area);
    // The document is painted with a column of margin each side.
    let doc = slide_doc(pack, deck, usize::from(l.body.width.saturating_sub(2)));
    (l, doc)
}

/// Rebuilds the deck after the pack changed (a reload), keeping the slide number.
pub fn rebuild(app: &mut App) {
    let pack = Arc::clone(&app.pack);
    if let Some(d) = &mut app.deck {
        d.slides = slides(&pack);
    }
}

/// Keeps the slide and step inside the deck; a pack with no points ends the deck.
pub fn settle(app: &mut App) {
    let pack = Arc::clone(&app.pack);
    let Some(d) = &mut app.deck else { return };
    if d.slides.is_empty() {
        app.deck = None;
        return;
    }
    d.slide = d.slide.min(d.slides.len() - 1);
    let max = d.current().map_or(1, |s| steps(&pack, d, s));
    d.step = d.step.min(max - 1);
    // Scrolling back by hand stops at the top of what is revealed.
    let area = app.area();
    if let Some(d) = &mut app.deck
        && let Some(back) = d.scroll_back
    {
        let (l, doc) = laid_out(&pack, d, area);
        let height = doc.height();
        let most = height.saturating_sub(usize::from(l.body.height));
        d.scroll_back = Some(back.min(most)).filter(|b| *b > 0);
    }
    index::settle(app);
}
