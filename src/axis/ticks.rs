//! Tick marks at sensible steps: centuries, decades, years or months, whichever leaves room for
//! their labels at the scale drawn.

use super::scale::View;

/// Steps a tick can take, in months, smallest first.
const STEPS: [i64; 14] = [
    1, 3, 6, 12, 24, 60, 120, 240, 600, 1200, 2400, 6000, 12000, 60000,
];

const MONTHS: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];

/// A tick on the axis.
#[derive(Debug, Clone, PartialEq)]
pub struct Tick {
    /// The moment, in years.
    pub t: f64,
    /// Where it falls, in cells.
    pub x: f64,
    /// "1990", or "Mar" for a month within a year.
    pub label: String,
}

/// The step, in months, of ticks at least `spacing` cells apart.
pub fn step(view: &View, spacing: f64) -> i64 {
    let per_month = view.per_year / 12.0;
    STEPS
        .iter()
        .copied()
        .find(|&s| s as f64 * per_month >= spacing)
        .unwrap_or(60000)
}

/// The ticks of a view, `spacing` cells apart at least. Every piece of the axis gets one
/// labelled mark at least, so a short segment (1860 beside the 1970s) still says when it is.
pub fn ticks(view: &View, spacing: f64) -> Vec<Tick> {
    let step = step(view, spacing);
    let mut out = Vec::new();
    for p in &view.pieces {
        let first = (p.start * 12.0 / step as f64).ceil() as i64 * step;
        let last = (p.end * 12.0).floor() as i64;
        let before = out.len();
        let mut m = first;
        while m <= last && out.len() - before < 10_000 {
            let t = m as f64 / 12.0;
            if let Some(x) = view.x(t) {
                out.push(Tick {
                    t,
                    x,
                    label: label(m),
                });
            }
            m += step;
        }
        if out.len() == before {
            // No round moment inside: name the year at the piece's middle.
            let mid = (p.start + p.end) / 2.0;
            let year = mid.floor();
            let t = if year >= p.start { year } else { mid };
            if let Some(x) = view.x(t) {
                out.push(Tick {
                    t,
                    x,
                    label: format!("{}", year as i64),
                });
            }
        }
    }
    out
}

/// The label of the tick at month `m` (months since year 0): the year at January, else the
/// month's short name.
fn label(m: i64) -> String {
    let month = m.rem_euclid(12);
    if month == 0 {
        format!("{}", m.div_euclid(12))
    } else {
        MONTHS
            .get(usize::try_from(month).unwrap_or(0))
            .copied()
            .unwrap_or("")
            .to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::super::scale::{Scale, View};
    use super::*;

    #[test]
    fn steps_grow_with_the_span_shown() {
        let decades = Scale::of([(1900.0, 2000.0)]).unwrap();
        let v = View::new(&decades, 100.0, 3.0, 6.0, 0, 1950.0);
        let t = ticks(&v, 6.0);
        assert!(t.iter().all(|t| t.label.len() == 4), "{t:?}");
        assert!(t.iter().any(|t| t.label == "1950"));
        let months = Scale::of([(2013.0, 2013.9)]).unwrap();
        let v = View::new(&months, 100.0, 3.0, 6.0, 0, 2013.5);
        let t = ticks(&v, 6.0);
        assert!(t.iter().any(|t| t.label == "Mar"), "{t:?}");
        for pair in t.windows(2) {
            assert!(pair[1].x - pair[0].x >= 6.0 - 1e-9);
        }
    }

    #[test]
    fn a_short_piece_still_says_when_it_is() {
        let scale = Scale::of([(1860.0, 1861.0), (1976.0, 2014.0)]).unwrap();
        let v = View::new(&scale, 100.0, 3.0, 6.0, 0, 2000.0);
        let t = ticks(&v, 6.0);
        assert!(t.iter().any(|t| t.label == "1860"), "{t:?}");
    }
}
