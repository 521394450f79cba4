//! The long texts of a parsed pack, taken out of it before it is checked so that each can be
//! moved into the checked pack instead of copied.
//!
//! At 100 times the shipped pack the parsed files and the pack built from them are each
//! several megabytes, and until the checks end both are whole in memory. Most of that is
//! prose read once: the source, quotations, claims and explanations, event titles and
//! descriptions. The checks still read everything else (ids, references, dates) from the
//! parsed files, which is why only these are taken.

use std::mem::take;

use super::RawPack;

/// Texts taken from the parsed files, each read by exactly one step of building the pack.
pub(super) struct Texts {
    /// The source's text.
    pub source: String,
    /// Each passage's quotation, in file order.
    pub passages: Vec<String>,
    /// Each section's points, in file order.
    pub points: Vec<Vec<PointTexts>>,
    /// Each event's, in file order.
    pub events: Vec<EventTexts>,
}

/// A point's own-words prose.
#[derive(Default)]
pub(super) struct PointTexts {
    pub title: String,
    pub claim: String,
    pub explanation: String,
}

/// An event's own-words prose.
#[derive(Default)]
pub(super) struct EventTexts {
    pub title: String,
    pub description: String,
}

impl Texts {
    /// Takes the texts out of `raw`, leaving empty strings where they were. Call it once
    /// everything that reads the source as a whole is built (`Validator::new`).
    pub(super) fn take_from(raw: &mut RawPack) -> Self {
        Self {
            source: take(&mut raw.source.text),
            passages: raw
                .passages
                .1
                .passages
                .iter_mut()
                .map(|p| take(&mut p.text))
                .collect(),
            points: raw
                .sections
                .iter_mut()
                .map(|s| {
                    let points = s.section.points.iter_mut();
                    points
                        .map(|p| PointTexts {
                            title: take(&mut p.title),
                            claim: take(&mut p.claim),
                            explanation: take(&mut p.explanation),
                        })
                        .collect()
                })
                .collect(),
            events: raw
                .timeline
                .1
                .events
                .iter_mut()
                .map(|e| EventTexts {
                    title: take(&mut e.title),
                    description: take(&mut e.description),
                })
                .collect(),
        }
    }
}
