//! What a slide shows below its heading, as a document, and what its next step will reveal,
//! for the presenter console.

use crate::app::doc::{Doc, Role};
use crate::app::state::{Deck, Reveal, Slide, reveals};
use crate::content::Pack;
use crate::wrap::truncate;

/// The body of a slide: what has been revealed after the heading (the label, the title and,
/// unless held back, the claim, which the presentation view draws). Never the notes.
pub fn slide_doc(pack: &Pack, deck: &Deck, width: usize) -> Doc {
    let mut doc = Doc::default();
    let width = width.max(1);
    match deck.current() {
        Some(slide @ Slide::Point(r)) => {
            let Some(p) = pack.point(r) else { return doc };
            let shown = reveals(pack, deck, slide);
            for reveal in shown.iter().take(deck.step) {
                match reveal {
                    // The claim joins the heading once revealed.
                    Reveal::Claim => {}
                    Reveal::Explanation => {
                        for para in p.explanation.split("\n\n") {
                            doc.para(Role::Body, para, width);
                        }
                    }
                    Reveal::Passage(i) => {
                        doc.blank();
                        doc.passage(pack, *i, width);
                    }
                    Reveal::Events => {
                        doc.heading("Events");
                        for e in p.events.iter().filter_map(|i| pack.event(*i)) {
                            let line = format!("{}  {}", e.date.short(), e.title);
                            doc.para(Role::Body, &line, width);
                        }
                    }
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

/// Whether the slide's claim is on screen at its current step.
pub fn claim_shown(pack: &Pack, deck: &Deck) -> bool {
    match deck.current() {
        Some(slide @ Slide::Point(_)) => {
            let held = reveals(pack, deck, slide).first() == Some(&Reveal::Claim);
            !held || deck.step > 0
        }
        _ => false,
    }
}

/// What the next press of Space will show, in a line for the presenter: the next reveal of
/// this slide, or the next slide.
pub fn next_reveal(pack: &Pack, deck: &Deck, width: usize) -> String {
    let Some(slide) = deck.current() else {
        return String::new();
    };
    let text = match reveals(pack, deck, slide).get(deck.step) {
        Some(Reveal::Claim) => "the claim".to_string(),
        Some(Reveal::Explanation) => "the explanation".to_string(),
        Some(Reveal::Passage(i)) => pack.passage(*i).map_or_else(String::new, |p| {
            format!("passage ¶ {}: “{}”", p.paragraph, p.text)
        }),
        Some(Reveal::Events) => match &slide {
            Slide::Point(r) => {
                let n = pack.point(*r).map_or(0, |p| p.events.len());
                format!("the events ({n})")
            }
            Slide::Questions(_) => String::new(),
        },
        None => match deck.slides.get(deck.slide + 1) {
            Some(next) => format!("slide {}: {}", deck.slide + 2, slide_name(pack, *next)),
            None => "the end of the deck".to_string(),
        },
    };
    truncate(&format!("Next: {text}"), width)
}

/// A slide as the index and the console name it: "R2 · A shared interest in checking
/// Western power", "Questions · Why Moscow?".
pub fn slide_name(pack: &Pack, slide: Slide) -> String {
    match slide {
        Slide::Point(r) => pack.point(r).map_or_else(String::new, |p| {
            format!("{} · {}", p.short_label(), p.title)
        }),
        Slide::Questions(s) => pack
            .section(s)
            .map_or_else(String::new, |s| format!("Questions · {}", s.title)),
    }
}
