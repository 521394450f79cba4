//! The axis laid out on a grid of terminal cells: glyphs and texts with their roles, in the
//! order they are painted (later ones over earlier ones). Positions are relative to the area
//! the axis is drawn in.

use super::scale::View;
use super::{Input, Shape, Span, horizontal, vertical};
use crate::wrap::width;

/// What a glyph or text is, which decides its style.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Role {
    /// The axis line and its tick marks.
    Axis,
    /// A break in the axis.
    Break,
    /// A tick's label: "1990", "Mar".
    TickLabel,
    /// The dotted line where an era starts or ends, behind the lanes.
    Boundary,
    /// A lane's own line, and its mark in the gutter.
    Lane,
    /// An era's band, and its title inside it.
    Era { era: usize },
    /// An event's mark, or the line of its span.
    Mark { event: usize },
    /// An event's label.
    Label { event: usize },
    /// The line from an event's mark to a label moved off its row.
    Leader { event: usize },
    /// An era's title written beside a vertical axis.
    EraLabel { era: usize },
    /// A legend entry.
    Legend,
}

impl Role {
    /// Whether this is text a reader reads, which no other text may cover.
    pub fn is_label(self) -> bool {
        matches!(
            self,
            Self::TickLabel | Self::Label { .. } | Self::EraLabel { .. } | Self::Legend
        )
    }
}

/// One cell's glyph.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Glyph {
    pub x: u16,
    pub y: u16,
    pub ch: char,
    pub role: Role,
}

/// A run of text on one row.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Text {
    pub x: u16,
    pub y: u16,
    pub text: String,
    pub role: Role,
}

impl Text {
    /// The columns the text covers, first and last.
    pub fn cols(&self) -> (u16, u16) {
        let w = u16::try_from(width(&self.text)).unwrap_or(u16::MAX);
        (self.x, self.x.saturating_add(w.saturating_sub(1)))
    }
}

/// The axis as glyphs and texts.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Plan {
    pub glyphs: Vec<Glyph>,
    pub texts: Vec<Text>,
    /// Events in view whose labels found no room.
    pub unlabelled: usize,
    /// Events outside the zoomed window.
    pub outside: usize,
    /// The window of time shown.
    pub window: (f64, f64),
    /// The area laid out; nothing is placed outside it.
    pub width: u16,
    pub height: u16,
}

impl Plan {
    /// An empty plan for an area `width` by `height`.
    pub(super) fn new(width: u16, height: u16) -> Self {
        Self {
            width,
            height,
            ..Self::default()
        }
    }

    pub(super) fn glyph(&mut self, x: i32, y: i32, ch: char, role: Role) {
        if let (Ok(x), Ok(y)) = (u16::try_from(x), u16::try_from(y))
            && x < self.width
            && y < self.height
        {
            self.glyphs.push(Glyph { x, y, ch, role });
        }
    }

    /// A text, cut to the columns left on its row.
    pub(super) fn text(&mut self, x: i32, y: i32, text: String, role: Role) {
        if let (Ok(x), Ok(y)) = (u16::try_from(x), u16::try_from(y))
            && x < self.width
            && y < self.height
        {
            let text = crate::wrap::truncate(&text, usize::from(self.width - x));
            if !text.is_empty() {
                self.texts.push(Text { x, y, text, role });
            }
        }
    }
}

/// Lays out the axis for `input`; an area too small for it gives an empty plan.
pub fn plan(input: &Input<'_>) -> Plan {
    if input.width < 8 || input.height < 4 {
        return Plan::new(input.width, input.height);
    }
    match input.shape {
        Shape::Horizontal => horizontal::plan(input),
        Shape::Vertical => vertical::plan(input),
    }
}

/// The legend's entries in rows of at most `cols` columns, two spaces apart, at most `max`
/// rows; entries that do not fit are left out.
pub(super) fn legend_rows(
    entries: &[String],
    cols: usize,
    max: usize,
) -> Vec<Vec<(usize, String)>> {
    let mut rows: Vec<Vec<(usize, String)>> = Vec::new();
    let mut at = 0;
    for e in entries {
        let w = width(e);
        if w > cols {
            continue;
        }
        let fits = rows.last().is_some_and(|_| at + 2 + w <= cols);
        if fits {
            if let Some(row) = rows.last_mut() {
                row.push((at + 2, e.clone()));
            }
            at += 2 + w;
        } else if rows.len() < max {
            rows.push(vec![(0, e.clone())]);
            at = w;
        }
    }
    rows
}

/// Cuts a title to `cols` columns at a word where it can.
pub(super) fn cut(title: &str, cols: usize) -> String {
    crate::wrap::truncate(title, cols)
}

/// Most rows (or columns) of era bands.
const ERA_LEVELS: usize = 2;

/// An era's band: which era, its row (or column) among the bands, first and last cell.
pub(super) struct Band {
    pub(super) era: usize,
    pub(super) level: usize,
    pub(super) from: i32,
    pub(super) to: i32,
}

/// The first and last cell a span covers in view, shifted by `offset` and kept at or before
/// `last`.
pub(super) fn cells(view: &View, span: &Span, offset: i32, last: i32) -> Option<(i32, i32)> {
    let (a, b) = view.range(span.start, span.end)?;
    let from = (cell(a) + offset).min(last);
    Some((from, (cell(b - 1e-6) + offset).clamp(from, last)))
}

/// The eras in view as bands, each in the first level free of an earlier one. Eras that meet
/// (one ends the month the next begins) share a level, side by side.
pub(super) fn bands(eras: &[super::Era], view: &View, offset: i32, last: i32) -> Vec<Band> {
    let mut ends: Vec<i32> = Vec::new();
    let mut out = Vec::new();
    for (era, e) in eras.iter().enumerate() {
        let Some((from, to)) = cells(view, &e.span, offset, last) else {
            continue;
        };
        let level = match ends.iter().position(|&end| end <= from) {
            Some(l) => l,
            None if ends.len() < ERA_LEVELS => {
                ends.push(i32::MIN);
                ends.len() - 1
            }
            None => continue,
        };
        let from = ends
            .get(level)
            .map_or(from, |&end| from.max(end.saturating_add(1)));
        let to = to.max(from);
        if let Some(end) = ends.get_mut(level) {
            *end = to;
        }
        out.push(Band {
            era,
            level,
            from,
            to,
        });
    }
    out
}

/// The cell a position in cells falls in (a hair under a cell's edge counts as on it, so
/// sums of fractions land where they should).
pub(super) fn cell(x: f64) -> i32 {
    if x.is_finite() {
        (x + 1e-6).floor().clamp(-1e6, 1e6) as i32
    } else {
        0
    }
}
