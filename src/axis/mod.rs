//! The timeline drawn to scale: a time axis with a break over long empty stretches, ticks at
//! sensible steps, eras as bands, events in lanes, and labels placed so none covers another.
//!
//! Pure geometry, shared by the terminal's axis view and the HTML handout's picture, so both
//! follow the same scale rules: [`scale`] decides where time goes, [`ticks`] where the marks
//! go, [`place`] where labels go. [`plan`] lays all of it out on a grid of terminal cells as a
//! list of glyphs and texts with their roles; the drawing code only paints them.

pub mod horizontal;
pub mod place;
pub mod plan;
pub mod scale;
pub mod ticks;
pub mod vertical;

pub use crate::content::span::{Span, span};
pub use plan::{Glyph, Plan, Role, Text, plan};

/// The marks of up to six lanes, filled for a date the text gives and hollow for one worked
/// out; a seventh lane reuses the first shape.
pub const LANE_MARKS: [(char, char); 6] = [
    ('●', '○'),
    ('■', '□'),
    ('▲', '△'),
    ('◆', '◇'),
    ('▼', '▽'),
    ('★', '☆'),
];

/// The mark of an event in lane `lane`.
pub fn mark(lane: usize, inferred: bool) -> char {
    let (filled, hollow) = LANE_MARKS
        .get(lane % LANE_MARKS.len())
        .copied()
        .unwrap_or(('●', '○'));
    if inferred { hollow } else { filled }
}

/// A span whose length the drawing shows: a line for exact edges, a dotted one for fuzzy ones.
pub const SPAN_EXACT: char = '━';
pub const SPAN_FUZZY: char = '┅';
/// Where a stretch of time with nothing in it is left out.
pub const BREAK: char = '≈';

/// An event as the axis draws it.
#[derive(Debug, Clone, PartialEq)]
pub struct Event {
    pub span: Span,
    /// Its lane, an index into [`Input::lanes`].
    pub lane: usize,
    pub title: String,
    /// Its date as a short label ("May 1989"), for the vertical axis.
    pub date: String,
    pub inferred: bool,
    pub selected: bool,
    /// Cited by the point the reader came from.
    pub marked: bool,
}

/// An era as the axis draws it.
#[derive(Debug, Clone, PartialEq)]
pub struct Era {
    pub span: Span,
    pub title: String,
    pub selected: bool,
}

/// Which way time runs.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Shape {
    /// Left to right, for wide terminals.
    Horizontal,
    /// Top to bottom, for narrow ones.
    Vertical,
}

/// Everything the axis is drawn from.
#[derive(Debug, Clone, Copy)]
pub struct Input<'a> {
    pub events: &'a [Event],
    pub eras: &'a [Era],
    /// Lane names, in the order their marks are given out.
    pub lanes: &'a [String],
    pub width: u16,
    pub height: u16,
    pub shape: Shape,
    pub zoom: u8,
    /// The moment the zoomed window is centred on.
    pub centre: f64,
}

impl Input<'_> {
    /// Every span the axis must hold, events and eras.
    fn spans(&self) -> impl Iterator<Item = (f64, f64)> + '_ {
        let events = self.events.iter().map(|e| (e.span.start, e.span.end));
        events.chain(self.eras.iter().map(|e| (e.span.start, e.span.end)))
    }
}

/// The span an era covers: from the earliest its start may be to the latest its end may be.
pub fn era_span(
    start: &crate::content::date::DateSpec,
    end: &crate::content::date::DateSpec,
) -> Span {
    let (s, e) = (span(start), span(end));
    Span {
        start: s.start,
        end: e.end.max(s.end),
        fuzzy: s.fuzzy || e.fuzzy,
    }
}

/// The legend's entries: each lane's mark and name, then what the other glyphs mean.
pub fn legend(lanes: &[String]) -> Vec<String> {
    let mut out: Vec<String> = lanes
        .iter()
        .enumerate()
        .map(|(i, name)| format!("{} {name}", mark(i, false)))
        .collect();
    out.push(format!("{SPAN_EXACT} span"));
    out.push(format!("{SPAN_FUZZY} fuzzy"));
    out.push(format!("{} date inferred", mark(0, true)));
    out.push(format!("{BREAK} years left out"));
    out
}

/// Most lanes an axis draws; the events of any others share a lane called "other".
pub const MAX_LANES: usize = 6;

/// Lanes from each event's lane name, if it has one: the names in order of first appearance,
/// and each event's lane. With no names at all there are no lanes (every event in lane 0);
/// an event without a name, or past [`MAX_LANES`], goes in a lane called "other".
pub fn lanes(names: impl Iterator<Item = Option<String>>) -> (Vec<String>, Vec<usize>) {
    let names: Vec<Option<String>> = names.collect();
    if names.iter().all(Option::is_none) {
        return (Vec::new(), vec![0; names.len()]);
    }
    let mut lanes: Vec<String> = Vec::new();
    let mut of = Vec::with_capacity(names.len());
    for name in names {
        let name = name.unwrap_or_else(|| "other".into());
        let at = match lanes.iter().position(|l| *l == name) {
            Some(at) => at,
            None if lanes.len() + 1 < MAX_LANES => {
                lanes.push(name);
                lanes.len() - 1
            }
            None => match lanes.iter().position(|l| l == "other") {
                Some(at) => at,
                None => {
                    lanes.push("other".into());
                    lanes.len() - 1
                }
            },
        };
        of.push(at);
    }
    (lanes, of)
}
