//! The broken scale: time drawn to scale in segments, with a break where a long empty stretch
//! would waste the room (1860 ≈ 1970s), and the window a zoom level shows of it.
//!
//! A [`Scale`] depends only on the spans drawn. A [`View`] fits it to a number of cells (columns
//! or rows, or pixels for the handout): every segment is drawn at the same number of cells per
//! year, a segment too short to read is widened around its middle at that same scale, and each
//! break takes a fixed number of cells. Zooming narrows the window around a moment; the scale
//! stays the same inside it.

/// A gap longer than this share of everything else drawn is broken out of the axis: longer
/// than all the rest together, so dates spread evenly keep one scale.
const BREAK_RATIO: f64 = 1.0;
/// At most this many breaks; the longest gaps win.
const MAX_BREAKS: usize = 4;
/// Shortest stretch of time an axis shows, in years.
const MIN_YEARS: f64 = 1.0;
/// Deepest zoom: each level halves the window.
pub const MAX_ZOOM: u8 = 8;

/// A stretch of time drawn without a break, in years.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Segment {
    pub start: f64,
    pub end: f64,
}

impl Segment {
    fn len(&self) -> f64 {
        self.end - self.start
    }
}

/// The segments of time an axis draws, oldest first; a break lies between each two.
#[derive(Debug, Clone, PartialEq)]
pub struct Scale {
    pub segments: Vec<Segment>,
}

impl Scale {
    /// The scale for these spans (start, end in years), or `None` when there are none.
    pub fn of(spans: impl IntoIterator<Item = (f64, f64)>) -> Option<Self> {
        let mut spans: Vec<(f64, f64)> = spans
            .into_iter()
            .filter(|(s, e)| s.is_finite() && e.is_finite())
            .map(|(s, e)| (s.min(e), s.max(e)))
            .collect();
        spans.sort_by(|a, b| a.0.total_cmp(&b.0));
        let (first, last) = (
            spans.first()?.0,
            spans.iter().map(|s| s.1).fold(f64::MIN, f64::max),
        );
        // The stretches covered by something, merged.
        let mut covered: Vec<Segment> = Vec::new();
        for (s, e) in spans {
            match covered.last_mut() {
                Some(c) if s <= c.end => c.end = c.end.max(e),
                _ => covered.push(Segment { start: s, end: e }),
            }
        }
        let gaps = broken_gaps(&covered, last - first);
        let mut segments = Vec::new();
        let mut start = first;
        for &g in &gaps {
            if let (Some(before), Some(after)) = (covered.get(g), covered.get(g + 1)) {
                segments.push(Segment {
                    start,
                    end: before.end,
                });
                start = after.start;
            }
        }
        segments.push(Segment { start, end: last });
        let total: f64 = segments.iter().map(Segment::len).sum();
        let margin = (total * 0.02).max(1.0 / 24.0);
        for s in &mut segments {
            s.start -= margin;
            s.end += margin;
        }
        widen(&mut segments, MIN_YEARS);
        Some(Self { segments })
    }

    /// The same scale without its breaks: one segment from the first moment to the last.
    pub fn unbroken(&self) -> Self {
        let start = self.segments.first().map_or(0.0, |s| s.start);
        let end = self.segments.last().map_or(1.0, |s| s.end);
        Self {
            segments: vec![Segment { start, end }],
        }
    }
}

/// The gaps between covered stretches worth breaking, by the index of the stretch before each,
/// in time order. The longest gap goes first, while it is longer than all that would be left.
fn broken_gaps(covered: &[Segment], span: f64) -> Vec<usize> {
    let mut gaps: Vec<(usize, f64)> = covered
        .windows(2)
        .enumerate()
        .filter_map(|(i, w)| match w {
            [a, b] => Some((i, b.start - a.end)),
            _ => None,
        })
        .collect();
    gaps.sort_by(|a, b| b.1.total_cmp(&a.1));
    let mut shown = span;
    let mut out = Vec::new();
    for (i, g) in gaps.into_iter().take(MAX_BREAKS) {
        if g > BREAK_RATIO * (shown - g) && g > MIN_YEARS {
            shown -= g;
            out.push(i);
        } else {
            break;
        }
    }
    out.sort_unstable();
    out
}

/// Widens the whole to at least `years`, around its middle, so a pack of one day still has an
/// axis to read.
fn widen(segments: &mut [Segment], years: f64) {
    let total: f64 = segments.iter().map(Segment::len).sum();
    if total >= years {
        return;
    }
    let extra = (years - total) / 2.0;
    if let Some(first) = segments.first_mut() {
        first.start -= extra;
    }
    if let Some(last) = segments.last_mut() {
        last.end += extra;
    }
}

/// A part of a segment in view, and the cell it starts at.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Piece {
    pub start: f64,
    pub end: f64,
    /// Where the piece starts, in cells from the start of the axis.
    pub x: f64,
}

/// A scale fitted to a number of cells at a zoom level.
#[derive(Debug, Clone, PartialEq)]
pub struct View {
    pub pieces: Vec<Piece>,
    /// Cells per year, the same in every piece.
    pub per_year: f64,
    /// Where each break starts, in cells; it is `break_cells` long.
    pub breaks: Vec<f64>,
    pub break_cells: f64,
    /// Cells in all.
    pub cells: f64,
    /// The window shown, in time, from the first piece's start to the last piece's end.
    pub window: (f64, f64),
}

impl View {
    /// Fits `scale` to `cells` cells, breaks `break_cells` long and segments at least
    /// `min_cells` long, zoomed `zoom` times around the moment `centre`.
    pub fn new(
        scale: &Scale,
        cells: f64,
        break_cells: f64,
        min_cells: f64,
        zoom: u8,
        centre: f64,
    ) -> Self {
        let breaks = scale.segments.len().saturating_sub(1) as f64;
        let room = cells - breaks * break_cells;
        let too_many = room < min_cells * scale.segments.len() as f64 || room <= 0.0;
        let scale = if too_many && breaks > 0.0 {
            scale.unbroken()
        } else {
            scale.clone()
        };
        let breaks = scale.segments.len().saturating_sub(1) as f64;
        let room = (cells - breaks * break_cells).max(1.0);
        let fitted = fit(&scale.segments, room, min_cells);
        let total: f64 = fitted.iter().map(Segment::len).sum();
        let window = total / f64::from(1u32 << zoom.min(MAX_ZOOM));
        let (from, to) = if zoom == 0 {
            (0.0, total)
        } else {
            let c = compressed(&fitted, centre);
            let from = (c - window / 2.0).clamp(0.0, (total - window).max(0.0));
            (from, from + window)
        };
        Self::place(&fitted, from, to, cells, break_cells)
    }

    /// Lays out the part of `segments` between compressed times `from` and `to`.
    fn place(segments: &[Segment], from: f64, to: f64, cells: f64, break_cells: f64) -> Self {
        let mut shown = Vec::new();
        let mut at = 0.0;
        for s in segments {
            let (a, b) = (at, at + s.len());
            at = b;
            let (lo, hi) = (a.max(from), b.min(to));
            if hi > lo {
                shown.push(Segment {
                    start: s.start + (lo - a),
                    end: s.start + (hi - a),
                });
            }
        }
        let breaks = shown.len().saturating_sub(1) as f64;
        let years: f64 = shown.iter().map(Segment::len).sum();
        let per_year = ((cells - breaks * break_cells).max(1.0) / years.max(f64::EPSILON)).max(0.0);
        let mut pieces = Vec::new();
        let mut breaks_at = Vec::new();
        let mut x = 0.0;
        for (i, s) in shown.iter().enumerate() {
            if i > 0 {
                breaks_at.push(x);
                x += break_cells;
            }
            pieces.push(Piece {
                start: s.start,
                end: s.end,
                x,
            });
            x += s.len() * per_year;
        }
        let window = (
            shown.first().map_or(0.0, |s| s.start),
            shown.last().map_or(0.0, |s| s.end),
        );
        Self {
            pieces,
            per_year,
            breaks: breaks_at,
            break_cells,
            cells,
            window,
        }
    }

    /// Where a moment falls, in cells from the start of the axis, if it is in view.
    pub fn x(&self, t: f64) -> Option<f64> {
        self.pieces
            .iter()
            .find(|p| t >= p.start && t <= p.end)
            .map(|p| p.x + (t - p.start) * self.per_year)
    }

    /// Where a span falls, clipped to the pieces in view: the first and last cell it covers.
    pub fn range(&self, start: f64, end: f64) -> Option<(f64, f64)> {
        let mut from = None;
        let mut to = None;
        for p in &self.pieces {
            let (s, e) = (start.max(p.start), end.min(p.end));
            if e >= s {
                let a = p.x + (s - p.start) * self.per_year;
                let b = p.x + (e - p.start) * self.per_year;
                from = from.or(Some(a));
                to = Some(b);
            }
        }
        from.zip(to)
    }

    /// The moment at a cell, if the cell is on a piece rather than on a break.
    pub fn time_at(&self, x: f64) -> Option<f64> {
        self.pieces.iter().find_map(|p| {
            let w = (p.end - p.start) * self.per_year;
            (x >= p.x && x <= p.x + w)
                .then(|| p.start + (x - p.x) / self.per_year.max(f64::EPSILON))
        })
    }
}

/// The segments widened where needed so that each is at least `min_cells` long when all are
/// drawn at one scale into `room` cells: a short segment grows around its middle.
fn fit(segments: &[Segment], room: f64, min_cells: f64) -> Vec<Segment> {
    let mut per_year = room
        / segments
            .iter()
            .map(Segment::len)
            .sum::<f64>()
            .max(f64::EPSILON);
    // Segments given their minimum take it out of the room; the rest share what is left.
    for _ in 0..segments.len() {
        let small: Vec<bool> = segments
            .iter()
            .map(|s| s.len() * per_year < min_cells)
            .collect();
        let fixed = small.iter().filter(|s| **s).count() as f64 * min_cells;
        let years: f64 = segments
            .iter()
            .zip(&small)
            .filter(|(_, s)| !**s)
            .map(|(g, _)| g.len())
            .sum();
        if years <= 0.0 || room - fixed <= 0.0 {
            break;
        }
        let next = (room - fixed) / years;
        if (next - per_year).abs() < 1e-9 {
            break;
        }
        per_year = next;
    }
    segments
        .iter()
        .map(|s| {
            let want = min_cells / per_year.max(f64::EPSILON);
            if s.len() >= want {
                *s
            } else {
                let mid = (s.start + s.end) / 2.0;
                Segment {
                    start: mid - want / 2.0,
                    end: mid + want / 2.0,
                }
            }
        })
        .collect()
}

/// A moment as compressed time: years from the start of the first segment, not counting the
/// gaps; a moment in a gap is placed at the start of the next segment.
fn compressed(segments: &[Segment], t: f64) -> f64 {
    let mut at = 0.0;
    for s in segments {
        if t <= s.end {
            return at + (t - s.start).max(0.0);
        }
        at += s.len();
    }
    at
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_long_empty_stretch_is_broken_and_a_short_one_is_not() {
        let scale = Scale::of([(1860.0, 1861.0), (1976.0, 1980.0), (1989.0, 2014.0)]).unwrap();
        assert_eq!(scale.segments.len(), 2, "{scale:?}");
        assert!(scale.segments[0].end < 1870.0 && scale.segments[1].start < 1977.0);
        let even = Scale::of([(1900.0, 1901.0), (1950.0, 1951.0), (2000.0, 2001.0)]).unwrap();
        assert_eq!(even.segments.len(), 1, "evenly spread dates keep one scale");
    }

    #[test]
    fn every_piece_is_drawn_at_the_same_scale_and_breaks_take_their_cells() {
        let scale = Scale::of([(1860.0, 1861.0), (1976.0, 2014.0)]).unwrap();
        let v = View::new(&scale, 100.0, 3.0, 6.0, 0, 2000.0);
        assert_eq!(v.pieces.len(), 2);
        assert_eq!(v.breaks.len(), 1);
        let first = v.pieces[0];
        assert!(
            (first.end - first.start) * v.per_year >= 6.0 - 1e-9,
            "{v:?}"
        );
        let x1990 = v.x(1990.0).unwrap();
        let x2000 = v.x(2000.0).unwrap();
        assert!(((x2000 - x1990) - 10.0 * v.per_year).abs() < 1e-6);
        let last = v.pieces[1];
        assert!((last.x + (last.end - last.start) * v.per_year - 100.0).abs() < 1e-6);
        assert!(v.x(1900.0).is_none(), "the gap is not drawn");
    }

    #[test]
    fn zooming_halves_the_window_around_the_centre() {
        let scale = Scale::of([(1990.0, 2010.0)]).unwrap();
        let all = View::new(&scale, 80.0, 3.0, 6.0, 0, 2000.0);
        let zoomed = View::new(&scale, 80.0, 3.0, 6.0, 1, 2000.0);
        assert!((zoomed.per_year - 2.0 * all.per_year).abs() < 1e-6);
        assert!(zoomed.x(2000.0).is_some_and(|x| (x - 40.0).abs() < 1.0));
        let edge = View::new(&scale, 80.0, 3.0, 6.0, 2, 1985.0);
        assert!(edge.x(1990.0).is_some(), "the window stays inside the axis");
    }

    #[test]
    fn too_little_room_for_the_breaks_draws_one_segment() {
        let scale = Scale::of([(1000.0, 1001.0), (1500.0, 1501.0), (2000.0, 2001.0)]).unwrap();
        let v = View::new(&scale, 5.0, 3.0, 6.0, 0, 1500.0);
        assert!(v.breaks.is_empty());
        assert!(v.x(1500.5).is_some());
    }
}
