//! The presentation deck as plain data: which slide is showing, how much of it has been
//! revealed, whether the audience screen is blanked, and which screen this is (the audience's
//! or the presenter's console). The behaviour lives in the presentation view; the part both
//! screens share is the [`Room`], which the terminal side carries between them. The slides
//! and their steps are [`crate::deck`]'s, which the teacher's handout lists too.

pub use crate::app::room::{Clock, Follow, Role, Room};
pub use crate::deck::{Reveal, Slide, slides};

use super::nav::Nav;
use crate::content::{Pack, Point};

/// Where the deck is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Deck {
    pub slides: Vec<Slide>,
    pub slide: usize,
    /// How many of the slide's reveals are shown.
    pub step: usize,
    /// Whether the audience screen is blanked.
    pub blank: bool,
    pub role: Role,
    /// Hold every claim back until the first step (`--hide-claim`); a point's own
    /// `reveal_claim` does the same for that point.
    pub hide_claim: bool,
    /// Rows scrolled up by hand from the newest step; `None` keeps the newest step in view.
    pub scroll_back: Option<usize>,
    /// Digits typed towards a jump: 1, 2, then G or Enter goes to slide 12.
    pub pending: Option<usize>,
    /// The console's clock, once the terminal side has given one.
    pub clock: Option<Clock>,
    /// Where the reader was when the deck started.
    pub return_to: Nav,
}

impl Deck {
    pub fn current(&self) -> Option<Slide> {
        self.slides.get(self.slide).copied()
    }

    /// What the screens of the presentation share.
    pub fn room(&self) -> Room {
        Room {
            slide: self.slide,
            step: self.step,
            blank: self.blank,
        }
    }

    /// Moves to where another screen of the presentation is.
    pub fn join(&mut self, room: Room) {
        if room.slide != self.slide || room.step != self.step {
            self.scroll_back = None;
        }
        self.slide = room.slide;
        self.step = room.step;
        self.blank = room.blank;
    }

    /// Whether a point's claim waits for the first step.
    pub fn holds_claim(&self, p: &Point) -> bool {
        crate::deck::holds_claim(p, self.hide_claim)
    }
}

/// What each step of a slide reveals in this deck, in order (see [`crate::deck::reveals`]).
pub fn reveals(pack: &Pack, deck: &Deck, slide: Slide) -> Vec<Reveal> {
    crate::deck::reveals(pack, slide, deck.hide_claim)
}

/// How many steps a slide has, counting the first view; always at least one.
pub fn steps(pack: &Pack, deck: &Deck, slide: Slide) -> usize {
    reveals(pack, deck, slide).len() + 1
}
