//! The presentation deck as plain data: which slide is showing and how much of it has been
//! revealed. The behaviour lives in the presentation view.

use super::nav::Nav;
use crate::content::{Pack, PointRef};

/// One screen of the deck.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Slide {
    Point(PointRef),
    /// The discussion questions closing a section.
    Questions(usize),
}

/// Where the deck is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Deck {
    pub slides: Vec<Slide>,
    pub slide: usize,
    /// How many steps of the slide after the first are revealed.
    pub step: usize,
    /// Whether the teacher's notes are shown.
    pub notes: bool,
    /// Where the reader was when the deck started.
    pub return_to: Nav,
}

impl Deck {
    pub fn current(&self) -> Option<Slide> {
        self.slides.get(self.slide).copied()
    }
}

/// The deck of a pack: every point in reading order, with a slide of discussion questions
/// after each section that has some.
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

/// How many steps a slide has; always at least one. A point's steps are its claim, then the
/// explanation, then each passage in turn, then its events.
pub fn steps(pack: &Pack, slide: Slide) -> usize {
    match slide {
        Slide::Point(r) => pack.point(r).map_or(1, |p| {
            2 + p.passages.len() + usize::from(!p.events.is_empty())
        }),
        Slide::Questions(_) => 1,
    }
}
