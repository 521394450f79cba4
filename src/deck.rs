//! The presentation's slides and what each step of a slide reveals, as a pure function of the
//! pack: shared by the deck (`app::views::present`) and the teacher's handout
//! (`export`), so the handout lists the steps exactly as the deck reveals them.

use crate::content::{Pack, Point, PointRef};

/// One screen of the deck.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Slide {
    Point(PointRef),
    /// The discussion questions closing a section.
    Questions(usize),
}

/// What one step of a slide reveals.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Reveal {
    /// The claim, when it is held back for the class to guess first.
    Claim,
    Explanation,
    /// A passage, by its index in the pack.
    Passage(usize),
    Events,
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

/// Whether a point's claim waits for the first step: every claim when the presenter holds
/// them all back (`--hide-claim`), else only a point whose `reveal_claim` asks for it.
pub fn holds_claim(p: &Point, hide_claim: bool) -> bool {
    hide_claim || p.reveal_claim
}

/// What each step of a slide reveals, in order: the claim if it is held back, the
/// explanation, each passage in turn, then the events. A slide shows its title (and claim)
/// before the first step; a slide of questions shows them all at once.
pub fn reveals(pack: &Pack, slide: Slide, hide_claim: bool) -> Vec<Reveal> {
    let Slide::Point(r) = slide else {
        return Vec::new();
    };
    let Some(p) = pack.point(r) else {
        return Vec::new();
    };
    let mut out = Vec::new();
    if holds_claim(p, hide_claim) {
        out.push(Reveal::Claim);
    }
    out.push(Reveal::Explanation);
    out.extend(p.passages.iter().map(|&i| Reveal::Passage(i)));
    if !p.events.is_empty() {
        out.push(Reveal::Events);
    }
    out
}
