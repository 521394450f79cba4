//! Where a date lies on a line of time. A date the article gives to the year covers that
//! year, a decade its ten years, "late March" the last third of March: every date is a span,
//! as long as its precision says, so a drawing to scale never claims more than the text.
//!
//! Time is measured in years as a real number (1989.25 is the start of April 1989).

use super::date::{DateSpec, Part, Precision};

/// The stretch of time a date covers.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Span {
    /// The earliest moment the date may mean, in years.
    pub start: f64,
    /// The latest, in years; after `start`.
    pub end: f64,
    /// True when the edges themselves are uncertain: "late 1970s", "autumn 2011", "c. 2004".
    /// A plain year, month or decade has exact edges.
    pub fuzzy: bool,
}

impl Span {
    /// How long the span is, in years.
    pub fn len(&self) -> f64 {
        self.end - self.start
    }

    /// The middle of the span.
    pub fn mid(&self) -> f64 {
        (self.start + self.end) / 2.0
    }
}

const MONTH: f64 = 1.0 / 12.0;

/// The span a date covers.
pub fn span(d: &DateSpec) -> Span {
    let year = f64::from(d.year);
    let month0 = f64::from(d.month.unwrap_or(1).saturating_sub(1));
    let (start, len) = match d.precision {
        Precision::Day => {
            let day0 = f64::from(d.day.unwrap_or(1).saturating_sub(1));
            (year + month0 * MONTH + day0 / 365.0, 1.0 / 365.0)
        }
        Precision::Month => {
            let (from, thirds) = part_of(d.part, 3.0);
            (year + month0 * MONTH + from * MONTH, thirds * MONTH)
        }
        Precision::Year => match d.part {
            Some(p) if is_season(p) => (year + season_start(p), 3.0 * MONTH),
            Some(Part::End) => (year + 10.0 * MONTH, 2.0 * MONTH),
            part => {
                let (from, len) = part_of(part, 3.0);
                (year + from, len)
            }
        },
        Precision::Decade | Precision::Century => {
            // The late 1970s are 1976 to 1979, as `DateSpec::years` says; a century or its
            // part likewise.
            let (first, last) = d.years();
            let first = f64::from(first);
            let last = f64::from(last) + 1.0;
            (first, last - first)
        }
    };
    let (start, end) = if d.approximate {
        (start - 1.0, start + len + 1.0)
    } else {
        (start, start + len)
    };
    Span {
        start,
        end,
        fuzzy: d.approximate || d.part.is_some(),
    }
}

/// Where an early, mid or late part starts in a unit split in `n` and how long it is, both as
/// fractions of the unit; no part is the whole unit.
fn part_of(part: Option<Part>, n: f64) -> (f64, f64) {
    match part {
        Some(Part::Early) => (0.0, 1.0 / n),
        Some(Part::Mid) => (1.0 / n, 1.0 / n),
        Some(Part::Late | Part::End) => ((n - 1.0) / n, 1.0 / n),
        _ => (0.0, 1.0),
    }
}

fn is_season(p: Part) -> bool {
    matches!(p, Part::Spring | Part::Summer | Part::Autumn | Part::Winter)
}

/// Where a season starts in its year: spring in March, summer in June, autumn in September;
/// winter is taken as the year's first quarter.
fn season_start(p: Part) -> f64 {
    match p {
        Part::Spring => 2.0 * MONTH,
        Part::Summer => 5.0 * MONTH,
        Part::Autumn => 8.0 * MONTH,
        _ => 0.0,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn s(text: &str) -> Span {
        span(&DateSpec::parse(text).unwrap())
    }

    fn close(a: f64, b: f64) -> bool {
        (a - b).abs() < 1e-9
    }

    #[test]
    fn each_precision_covers_what_it_says() {
        let y = s("1860");
        assert!(close(y.start, 1860.0) && close(y.end, 1861.0) && !y.fuzzy);
        let decade = s("1990s");
        assert!(close(decade.start, 1990.0) && close(decade.end, 2000.0) && !decade.fuzzy);
        let late = s("late 1970s");
        assert!(close(late.start, 1976.0) && close(late.end, 1980.0) && late.fuzzy);
        let may = s("1989-05");
        assert!(close(may.start, 1989.0 + 4.0 / 12.0) && close(may.len(), 1.0 / 12.0));
        let late_march = s("late 2013-03");
        assert!(late_march.fuzzy && late_march.start > 2013.0 + 2.0 / 12.0);
        assert!(late_march.end <= 2013.0 + 3.0 / 12.0 + 1e-9);
        let autumn = s("autumn 2011");
        assert!(close(autumn.start, 2011.0 + 8.0 / 12.0) && autumn.fuzzy);
        let end = s("end 2013");
        assert!(close(end.end, 2014.0) && end.start > 2013.5);
        let about = s("c. 2004");
        assert!(close(about.start, 2003.0) && close(about.end, 2006.0) && about.fuzzy);
        let day = s("2012-06-07");
        assert!(day.len() < 0.01 && day.start > 2012.4);
    }

    #[test]
    fn spans_follow_the_order_of_dates() {
        let order = [
            "1860",
            "late 1970s",
            "1989-05",
            "1990s",
            "autumn 2011",
            "end 2013",
        ];
        for pair in order.windows(2) {
            assert!(s(pair[0]).start < s(pair[1]).start, "{pair:?}");
        }
    }
}
