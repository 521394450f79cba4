//! Presentation mode: one point per screen for a projector, revealed step by step.
//!
//! A deck is every point of the pack in reading order, with a closing slide of discussion
//! questions after each section that has some. A point's steps are: its claim, then the
//! explanation, then each passage in turn, then its events. Leaving the deck puts the reader
//! back exactly where they were when it started.

use super::Action;
use super::state::{App, Nav};
use crate::content::{Pack, PointRef};

/// One screen of the deck.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Slide {
    Point(PointRef),
    /// The discussion questions closing a section.
    Questions(usize),
}

/// Where the deck is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Present {
    pub slides: Vec<Slide>,
    pub slide: usize,
    /// How many steps of the slide after the first are revealed.
    pub step: usize,
    /// Whether the teacher's notes are shown.
    pub notes: bool,
    /// Where the reader was when the deck started.
    pub return_to: Nav,
}

impl Present {
    pub fn current(&self) -> Option<Slide> {
        self.slides.get(self.slide).copied()
    }
}

/// The deck of a pack.
pub fn slides(pack: &Pack) -> Vec<Slide> {
    let mut out = Vec::new();
    for (section, s) in pack.sections.iter().enumerate() {
        out.extend((0..s.points.len()).map(|point| Slide::Point(PointRef { section, point })));
        if !s.questions.is_empty() {
            out.push(Slide::Questions(section));
        }
    }
    out
}

/// How many steps a slide has; always at least one.
pub fn steps(pack: &Pack, slide: Slide) -> usize {
    match slide {
        Slide::Point(r) => pack.point(r).map_or(1, |p| {
            2 + p.passages.len() + usize::from(!p.events.is_empty())
        }),
        Slide::Questions(_) => 1,
    }
}

/// Starts the deck at `at` (or the first slide), remembering where the reader is.
pub fn start(app: &mut App, at: Option<PointRef>, notes: bool) {
    let slides = slides(&app.pack);
    let slide = at
        .and_then(|r| slides.iter().position(|s| *s == Slide::Point(r)))
        .unwrap_or(0);
    app.present = Some(Present {
        slides,
        slide,
        step: 0,
        notes,
        return_to: app.nav.clone(),
    });
    app.overlay = None;
}

/// Leaves the deck for the place it started from.
pub fn leave(app: &mut App) {
    if let Some(p) = app.present.take() {
        app.nav = p.return_to;
    }
}

/// What an action does while the deck is showing.
pub fn action(app: &mut App, action: Action) {
    match action {
        Action::NextStep
        | Action::FocusRight
        | Action::Down
        | Action::PageDown
        | Action::Activate
        | Action::WheelDown(..)
        | Action::Click(..) => forward(app),
        Action::FocusLeft | Action::Up | Action::PageUp | Action::Back | Action::WheelUp(..) => {
            backward(app)
        }
        Action::Top => go_to(app, 0, false),
        Action::Bottom => {
            let last = app
                .present
                .as_ref()
                .map_or(0, |p| p.slides.len())
                .saturating_sub(1);
            go_to(app, last, false);
        }
        Action::ToggleNotes => {
            if let Some(p) = &mut app.present {
                p.notes = !p.notes;
                app.message = Some(
                    if p.notes {
                        "Notes shown"
                    } else {
                        "Notes hidden"
                    }
                    .into(),
                );
            }
        }
        Action::Quit | Action::TogglePresent => leave(app),
        Action::CycleTheme => super::update::cycle_theme(app),
        Action::ToggleHelp => {
            app.overlay = Some(super::Overlay::page(super::Page::Help));
        }
        _ => {}
    }
}

fn forward(app: &mut App) {
    let pack = std::sync::Arc::clone(&app.pack);
    let Some(p) = &mut app.present else { return };
    let Some(slide) = p.current() else { return };
    if p.step + 1 < steps(&pack, slide) {
        p.step += 1;
    } else if p.slide + 1 < p.slides.len() {
        p.slide += 1;
        p.step = 0;
    } else {
        app.message = Some("End of the deck: q returns to the explorer".into());
    }
}

fn backward(app: &mut App) {
    let Some(p) = &mut app.present else { return };
    if p.step > 0 {
        p.step -= 1;
    } else if p.slide > 0 {
        let slide = p.slide - 1;
        go_to(app, slide, true);
    }
}

/// Goes to a slide, fully revealed when coming back to it.
fn go_to(app: &mut App, slide: usize, revealed: bool) {
    let pack = std::sync::Arc::clone(&app.pack);
    let Some(p) = &mut app.present else { return };
    p.slide = slide.min(p.slides.len().saturating_sub(1));
    p.step = match (revealed, p.current()) {
        (true, Some(s)) => steps(&pack, s) - 1,
        _ => 0,
    };
}

/// Rebuilds the deck after the pack changed (a reload), keeping the slide number.
pub fn rebuild(app: &mut App) {
    let pack = std::sync::Arc::clone(&app.pack);
    if let Some(p) = &mut app.present {
        p.slides = slides(&pack);
    }
    settle(app);
}

/// Keeps the slide and step inside the deck.
pub fn settle(app: &mut App) {
    let pack = std::sync::Arc::clone(&app.pack);
    let Some(p) = &mut app.present else { return };
    if p.slides.is_empty() {
        app.present = None;
        return;
    }
    p.slide = p.slide.min(p.slides.len() - 1);
    let max = p.current().map_or(1, |s| steps(&pack, s));
    p.step = p.step.min(max - 1);
}
