//! Presentation mode: one point per screen for a projector, revealed step by step.
//!
//! A deck is every point of the pack in reading order, with a closing slide of discussion
//! questions after each section that has some. Leaving the deck puts the reader back exactly
//! where they were when it started.

use std::sync::Arc;

use crate::app::action::Action;
use crate::app::doc::{Doc, Role};
use crate::app::keymap::Layer;
use crate::app::navigate;
use crate::app::state::{App, Deck, Overlay, Page, Slide, slides, steps};
use crate::content::{Pack, PointRef};

/// Starts the deck at `at` (or the first slide), remembering where the reader is.
pub fn start(app: &mut App, at: Option<PointRef>, notes: bool) {
    let slides = slides(&app.pack);
    let slide = at
        .and_then(|r| slides.iter().position(|s| *s == Slide::Point(r)))
        .unwrap_or(0);
    app.deck = Some(Deck {
        slides,
        slide,
        step: 0,
        notes,
        return_to: app.nav.clone(),
    });
    app.overlay = None;
}

/// Starts the deck with `step` steps of its first slide revealed.
pub fn start_at_step(app: &mut App, at: Option<PointRef>, notes: bool, step: usize) {
    start(app, at, notes);
    if let Some(d) = &mut app.deck {
        d.step = step;
    }
}

/// Leaves the deck for the place it started from.
pub fn leave(app: &mut App) {
    if let Some(d) = app.deck.take() {
        navigate::restore(app, d.return_to);
    }
}

/// What an action does while the deck is showing; it takes every action.
pub fn action(app: &mut App, action: &Action) -> bool {
    match action {
        Action::NextStep | Action::WheelDown(..) | Action::Click(..) => forward(app),
        Action::PrevStep | Action::WheelUp(..) => backward(app),
        Action::Top => go_to(app, 0, false),
        Action::Bottom => {
            let last = app
                .deck
                .as_ref()
                .map_or(0, |d| d.slides.len())
                .saturating_sub(1);
            go_to(app, last, false);
        }
        Action::ToggleNotes => toggle_notes(app),
        Action::TogglePresent => leave(app),
        Action::CycleTheme => app.cycle_theme(),
        Action::ToggleHelp => app.overlay = Some(Overlay::page(Page::Help(Layer::Presentation))),
        _ => {}
    }
    true
}

fn toggle_notes(app: &mut App) {
    if let Some(d) = &mut app.deck {
        d.notes = !d.notes;
        let said = if d.notes {
            "Notes shown"
        } else {
            "Notes hidden"
        };
        app.status.message = Some(said.into());
    }
}

fn forward(app: &mut App) {
    let pack = Arc::clone(&app.pack);
    let Some(d) = &mut app.deck else { return };
    let Some(slide) = d.current() else { return };
    if d.step + 1 < steps(&pack, slide) {
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
    if d.step > 0 {
        d.step -= 1;
    } else if d.slide > 0 {
        let slide = d.slide - 1;
        go_to(app, slide, true);
    }
}

/// Goes to a slide, fully revealed when coming back to it.
fn go_to(app: &mut App, slide: usize, revealed: bool) {
    let pack = Arc::clone(&app.pack);
    let Some(d) = &mut app.deck else { return };
    d.slide = slide.min(d.slides.len().saturating_sub(1));
    d.step = match (revealed, d.current()) {
        (true, Some(s)) => steps(&pack, s) - 1,
        _ => 0,
    };
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
    let max = d.current().map_or(1, |s| steps(&pack, s));
    d.step = d.step.min(max - 1);
}

/// The body of a presentation slide: what has been revealed after the claim. The label, the
/// claim and the progress are drawn around it by the presentation view.
pub fn slide_doc(pack: &Pack, present: &Deck, width: usize) -> Doc {
    let mut doc = Doc::default();
    let width = width.max(1);
    match present.current() {
        Some(Slide::Point(r)) => {
            let Some(p) = pack.point(r) else { return doc };
            let mut step = 0;
            if present.step > step {
                for para in p.explanation.split("\n\n") {
                    doc.para(Role::Body, para, width);
                }
            }
            for &passage in &p.passages {
                step += 1;
                if present.step > step {
                    doc.blank();
                    doc.passage(pack, passage, width);
                }
            }
            step += 1;
            if present.step > step && !p.events.is_empty() {
                doc.heading("Events");
                for e in p.events.iter().filter_map(|i| pack.event(*i)) {
                    doc.para(
                        Role::Body,
                        &format!("{}  {}", e.date.short(), e.title),
                        width,
                    );
                }
            }
            if present.notes {
                doc.heading("Teacher's notes");
                match &p.notes {
                    Some(n) => doc.para(Role::Note, n, width),
                    None => doc.para(Role::Note, "(no notes for this point)", width),
                }
            }
        }
        Some(Slide::Questions(section)) => {
            let Some(s) = pack.section(section) else {
                return doc;
            };
            for (i, q) in s.questions.iter().enumerate() {
                if i > 0 {
                    doc.blank();
                }
                doc.para(Role::Body, &format!("{}. {q}", i + 1), width);
            }
        }
        None => {}
    }
    doc
}
