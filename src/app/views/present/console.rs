//! The presenter console's screen: the slide the class sees, in miniature; what the next
//! step will show; the teacher's notes and the section's discussion questions; the clock;
//! and the slide index. Pure geometry and documents; `ui::present::console` draws them.

use ratatui::layout::{Constraint, Layout, Rect};

use crate::app::doc::{Doc, Role};
use crate::app::state::{Deck, Slide};
use crate::content::Pack;

/// Where the console's parts sit.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ConsoleLayout {
    /// Room, slide, step, clock.
    pub header: Rect,
    /// The slide as the audience sees it, smaller.
    pub slide: Rect,
    /// The slides of the deck, the current one marked.
    pub index: Rect,
    /// What the next step shows.
    pub next: Rect,
    /// The notes and the questions.
    pub notes: Rect,
    pub footer: Rect,
}

/// The console laid out in `area`: the slide and the index on the left, what comes next and
/// the notes on the right.
pub fn console_layout(area: Rect) -> ConsoleLayout {
    let [header, body, footer] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Min(1),
        Constraint::Length(1),
    ])
    .areas(area);
    let [left, right] =
        Layout::horizontal([Constraint::Percentage(55), Constraint::Percentage(45)]).areas(body);
    let [slide, index] =
        Layout::vertical([Constraint::Percentage(65), Constraint::Percentage(35)]).areas(left);
    let [next, notes] = Layout::vertical([Constraint::Length(5), Constraint::Min(3)]).areas(right);
    ConsoleLayout {
        header,
        slide,
        index,
        next,
        notes,
        footer,
    }
}

/// The teacher's notes for the slide showing, then its section's discussion questions.
pub fn notes_doc(pack: &Pack, deck: &Deck, width: usize) -> Doc {
    let mut doc = Doc::default();
    let width = width.max(1);
    let section = match deck.current() {
        Some(Slide::Point(r)) => {
            match pack.point(r).and_then(|p| p.notes.as_deref()) {
                Some(n) => doc.para(Role::Body, n, width),
                None => doc.para(Role::Note, "(no notes for this point)", width),
            }
            Some(r.section)
        }
        Some(Slide::Questions(s)) => Some(s),
        None => None,
    };
    let questions = section
        .and_then(|s| pack.section(s))
        .map_or(&[][..], |s| s.questions.as_slice());
    if !questions.is_empty() {
        doc.heading("Discussion questions");
        for (i, q) in questions.iter().enumerate() {
            doc.para(Role::Body, &format!("{}. {q}", i + 1), width);
        }
    }
    doc
}

/// "Console · slide 5 of 19 · step 2 of 5 · 0:12:04 in · 14:05 · AUDIENCE SCREEN BLANK".
pub fn header_text(pack: &Pack, deck: &Deck) -> String {
    let slide = deck.current();
    let steps = slide.map_or(1, |s| crate::app::state::steps(pack, deck, s));
    let mut text = format!(
        "Console · slide {} of {} · step {} of {steps}",
        deck.slide + 1,
        deck.slides.len(),
        deck.step + 1
    );
    if let Some(c) = &deck.clock {
        let (h, m, s) = (c.elapsed / 3600, c.elapsed / 60 % 60, c.elapsed % 60);
        text.push_str(&format!(" · {h}:{m:02}:{s:02} in · {}", c.wall));
    }
    if deck.blank {
        text.push_str(" · AUDIENCE SCREEN BLANK (b shows it)");
    }
    text
}
