//! Who a handout is for. The student's edition is the pack as a class may read it: every
//! section's discussion questions and none of the teacher's notes. The teacher's edition adds
//! each point's notes and, per slide of the presentation, what each step reveals, in the
//! deck's own order ([`crate::deck`]), with the slide numbers `arglens present` jumps to.

use crate::content::{Pack, PointRef};
use crate::deck::{Reveal, Slide, holds_claim, reveals, slides};

/// The editions of a handout (`arglens export --edition`).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, clap::ValueEnum)]
pub enum Edition {
    /// For the class: the discussion questions, no teacher's notes.
    #[default]
    Student,
    /// For the teacher: the notes, and what each step of each slide reveals.
    Teacher,
}

/// What the teacher's edition says of itself, under the article's details.
pub const TEACHER_INTRO: &str = "Teacher's edition, not for the class: it adds each point's \
    teacher's notes and what each slide of `arglens present` reveals, step by step. Slide \
    numbers are the deck's (type the number, then G, to go there); each step after the first \
    is one press of Space. With `--hide-claim` every claim waits for the first step.";

/// The presentation as the teacher's edition numbers it.
pub struct Deck {
    slides: Vec<Slide>,
}

/// One slide as the teacher's edition lists it: its number in the deck and its steps, the
/// first being what shows on arriving.
pub struct SlideSteps {
    /// 1-based, as the deck counts.
    pub number: usize,
    pub of: usize,
    pub steps: Vec<Step>,
    /// The point shown, on a point's slide.
    point: Option<PointRef>,
}

/// One step of a slide.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Step {
    /// What shows on arriving at a point's slide: the label and title, and the claim unless it
    /// is held back.
    Arrive {
        claim: bool,
    },
    /// What shows on arriving at a slide of questions: all of them.
    Questions,
    Reveal(Reveal),
}

impl Deck {
    pub fn new(pack: &Pack) -> Self {
        Deck {
            slides: slides(pack),
        }
    }

    fn slide(&self, slide: Slide) -> Option<(usize, usize)> {
        let i = self.slides.iter().position(|s| *s == slide)?;
        Some((i + 1, self.slides.len()))
    }

    /// A point's slide, with the steps `arglens present` (without `--hide-claim`) reveals.
    pub fn point(&self, pack: &Pack, r: PointRef) -> Option<SlideSteps> {
        let (number, of) = self.slide(Slide::Point(r))?;
        let claim = !holds_claim(pack.point(r)?, false);
        let mut steps = vec![Step::Arrive { claim }];
        steps.extend(
            reveals(pack, Slide::Point(r), false)
                .into_iter()
                .map(Step::Reveal),
        );
        Some(SlideSteps {
            number,
            of,
            steps,
            point: Some(r),
        })
    }

    /// The slide of a section's questions, if it has some.
    pub fn questions(&self, section: usize) -> Option<SlideSteps> {
        let (number, of) = self.slide(Slide::Questions(section))?;
        Some(SlideSteps {
            number,
            of,
            steps: vec![Step::Questions],
            point: None,
        })
    }
}

impl SlideSteps {
    /// A step in words: "the explanation", "the passage ¶ 20", "the events (3)".
    pub fn words(&self, pack: &Pack, step: Step) -> String {
        match step {
            Step::Arrive { claim: true } => "the label, the title and the claim".into(),
            Step::Arrive { claim: false } => {
                "the label and the title (the claim is held back)".into()
            }
            Step::Questions => "the section's discussion questions, all at once".into(),
            Step::Reveal(Reveal::Claim) => "the claim".into(),
            Step::Reveal(Reveal::Explanation) => "the explanation".into(),
            Step::Reveal(Reveal::Passage(i)) => pack
                .passage(i)
                .map_or_else(String::new, |p| format!("the passage ¶ {}", p.paragraph)),
            Step::Reveal(Reveal::Events) => {
                let n = self
                    .point
                    .and_then(|r| pack.point(r))
                    .map_or(0, |p| p.events.len());
                format!("the events ({n})")
            }
        }
    }
}
