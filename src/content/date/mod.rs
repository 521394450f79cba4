//! Dates as the article gives them: sometimes a day, often a month or a year, sometimes only
//! "the late 1970s". A date keeps its precision so the timeline never claims more than the text.

mod advice;
mod parse;

use std::cmp::Ordering;
use std::fmt;

pub use parse::{DATE_FORMS, DATE_FORMS_BRIEF, DateError, suggestion};

/// A part of a year or decade, as in "late 1970s" or "autumn 2011".
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum Part {
    Early,
    Mid,
    Late,
    End,
    Spring,
    Summer,
    Autumn,
    Winter,
}

impl Part {
    fn parse(word: &str) -> Option<Self> {
        Some(match word.to_lowercase().as_str() {
            "early" => Self::Early,
            "mid" => Self::Mid,
            "late" => Self::Late,
            "end" => Self::End,
            "spring" => Self::Spring,
            "summer" => Self::Summer,
            "autumn" | "fall" => Self::Autumn,
            "winter" => Self::Winter,
            _ => return None,
        })
    }

    fn word(self) -> &'static str {
        match self {
            Self::Early => "early",
            Self::Mid => "mid",
            Self::Late => "late",
            Self::End => "end of",
            Self::Spring => "spring",
            Self::Summer => "summer",
            Self::Autumn => "autumn",
            Self::Winter => "winter",
        }
    }

    fn is_season(self) -> bool {
        matches!(
            self,
            Self::Spring | Self::Summer | Self::Autumn | Self::Winter
        )
    }

    /// Where in a unit of `len` steps this part falls, for ordering.
    fn offset(self, len: u32) -> u32 {
        let eighths = match self {
            Self::Early | Self::Winter => 1,
            Self::Spring => 3,
            Self::Mid => 4,
            Self::Summer => 5,
            Self::Late | Self::Autumn => 6,
            Self::End => 7,
        };
        len * eighths / 8
    }
}

/// How precisely a date is known.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum Precision {
    Day,
    Month,
    Year,
    Decade,
    Century,
}

/// A validated date with its precision.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct DateSpec {
    pub year: i32,
    pub month: Option<u8>,
    pub day: Option<u8>,
    pub precision: Precision,
    pub part: Option<Part>,
    /// Written with a leading `c.`: the author of the pack is not sure of it.
    pub approximate: bool,
}

const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

impl DateSpec {
    /// Parses any of the accepted forms ([`DATE_FORMS`]); the error says what was expected.
    pub fn parse(input: &str) -> Result<Self, String> {
        parse::parse(input)
    }

    /// As [`DateSpec::parse`], with the word at fault and a hint for a date written in a
    /// shape that is nearly right, for messages that point into the file.
    pub fn read(input: &str) -> Result<Self, DateError> {
        parse::read(input)
    }

    fn new(year: i32, month: Option<u8>, day: Option<u8>, precision: Precision) -> Self {
        Self {
            year,
            month,
            day,
            precision,
            part: None,
            approximate: false,
        }
    }

    /// A number that orders dates in time: days since year 0, roughly, with a date known only to
    /// the year or decade placed at the start of it (or at its part, for "late 1970s").
    pub fn sort_key(&self) -> i64 {
        let year = i64::from(self.year);
        let (month, day) = match self.precision {
            Precision::Century => {
                let years = self.part.map_or(0, |p| p.offset(100));
                return (year + i64::from(years)) * 372;
            }
            Precision::Decade => {
                let years = self.part.map_or(0, |p| p.offset(10));
                return (year + i64::from(years)) * 372;
            }
            Precision::Year => (self.part.map_or(0, |p| p.offset(12)), 0),
            Precision::Month => (
                u32::from(self.month.unwrap_or(1)) - 1,
                self.part.map_or(0, |p| p.offset(31)),
            ),
            Precision::Day => (
                u32::from(self.month.unwrap_or(1)) - 1,
                u32::from(self.day.unwrap_or(1)) - 1,
            ),
        };
        year * 372 + i64::from(month) * 31 + i64::from(day)
    }

    /// A short form for narrow columns: "May 1989", "late Mar 2013", "late 1970s".
    pub fn short(&self) -> String {
        let mut out = String::new();
        self.write_short(&mut out);
        out
    }

    /// Writes the short form at the end of `out`. Lists write a date per row on every frame,
    /// into one line they reuse, rather than making a string for each.
    pub fn write_short(&self, out: &mut String) {
        use std::fmt::Write;
        if self.approximate {
            out.push_str("c. ");
        }
        if let Some(p) = self.part {
            out.push_str(p.word());
            out.push(' ');
        }
        let name = self.month_name();
        // Month names are ASCII: their first three bytes are their first three letters.
        let month = name.get(..3).unwrap_or(name);
        // Writing to a `String` cannot fail.
        let _ = match self.precision {
            Precision::Century => {
                let n = self.year / 100 + 1;
                write!(out, "{n}{} c.", ordinal_suffix(n))
            }
            Precision::Decade => write!(out, "{}s", self.year),
            Precision::Year => write!(out, "{}", self.year),
            Precision::Month => write!(out, "{month} {}", self.year),
            Precision::Day => write!(out, "{} {month} {}", self.day.unwrap_or(1), self.year),
        };
    }

    /// "18th" for the century from 1700.
    fn century(&self) -> String {
        let n = self.year / 100 + 1;
        format!("{n}{}", ordinal_suffix(n))
    }

    fn month_name(&self) -> &'static str {
        self.month
            .and_then(|m| MONTHS.get(usize::from(m).saturating_sub(1)))
            .copied()
            .unwrap_or("")
    }

    /// The first and last year the date may fall in: a year is itself, a decade its ten
    /// years (the late 1970s 1976 to 1979), so a search for a year finds what it covers.
    pub fn years(&self) -> (i32, i32) {
        match (self.precision, self.part) {
            (Precision::Century, Some(Part::Early)) => (self.year, self.year + 33),
            (Precision::Century, Some(Part::Mid)) => (self.year + 33, self.year + 66),
            (Precision::Century, Some(Part::Late | Part::End)) => (self.year + 66, self.year + 99),
            (Precision::Century, _) => (self.year, self.year + 99),
            (Precision::Decade, Some(Part::Early)) => (self.year, self.year + 3),
            (Precision::Decade, Some(Part::Mid)) => (self.year + 3, self.year + 6),
            (Precision::Decade, Some(Part::Late | Part::End)) => (self.year + 6, self.year + 9),
            (Precision::Decade, _) => (self.year, self.year + 9),
            (_, _) if self.approximate => (self.year - 1, self.year + 1),
            _ => (self.year, self.year),
        }
    }

    /// The date as a sentence says it, which also tells how precise it is: "the year 1860",
    /// "the 1990s", "the late 1970s", "late March 2013", "the end of 2013", "about 2004".
    pub fn in_words(&self) -> String {
        let approx = if self.approximate { "about " } else { "" };
        let part = match self.part {
            Some(Part::End) => "the end of ".to_string(),
            Some(p) => format!("{} ", p.word()),
            None => String::new(),
        };
        let month = self.month_name();
        let body = match (self.precision, self.part) {
            (Precision::Century, Some(Part::End)) => {
                format!("{part}the {} century", self.century())
            }
            (Precision::Century, _) => format!("the {part}{} century", self.century()),
            (Precision::Decade, Some(Part::End)) => format!("{part}the {}s", self.year),
            (Precision::Decade, _) => format!("the {part}{}s", self.year),
            (Precision::Year, None) if !self.approximate => format!("the year {}", self.year),
            (Precision::Year, _) => format!("{part}{}", self.year),
            (Precision::Month, _) => format!("{part}{month} {}", self.year),
            (Precision::Day, _) => format!("{} {month} {}", self.day.unwrap_or(1), self.year),
        };
        format!("{approx}{body}")
    }
}

impl DateSpec {
    /// The date in the pack's own notation, which [`DateSpec::parse`] reads back unchanged:
    /// what exports write so they can be loaded again.
    pub fn canonical(&self) -> String {
        let mut out = String::new();
        if self.approximate {
            out.push_str("c. ");
        }
        if let Some(p) = self.part {
            out.push_str(p.word());
            out.push(' ');
        }
        let month = self.month.unwrap_or(1);
        out.push_str(&match self.precision {
            Precision::Century => format!("{} century", self.century()),
            Precision::Decade => format!("{}s", self.year),
            Precision::Year => format!("{}", self.year),
            Precision::Month => format!("{}-{month:02}", self.year),
            Precision::Day => format!("{}-{month:02}-{:02}", self.year, self.day.unwrap_or(1)),
        });
        out
    }
}

impl fmt::Display for DateSpec {
    /// The long form: "May 1989", "late March 2013", "end of 2013", "the 1990s".
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.approximate {
            write!(f, "c. ")?;
        }
        if let Some(p) = self.part {
            write!(f, "{} ", p.word())?;
        }
        let month = self.month_name();
        match self.precision {
            Precision::Century => write!(f, "{} century", self.century()),
            Precision::Decade => write!(f, "{}s", self.year),
            Precision::Year => write!(f, "{}", self.year),
            Precision::Month => write!(f, "{month} {}", self.year),
            Precision::Day => write!(f, "{} {month} {}", self.day.unwrap_or(1), self.year),
        }
    }
}

impl PartialOrd for DateSpec {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.sort_key().cmp(&other.sort_key()))
    }
}

/// "st", "nd", "rd" or "th": what follows `n` in "1st", "22nd", "13th".
fn ordinal_suffix(n: i32) -> &'static str {
    match (n % 10, n % 100) {
        (_, 11..=13) => "th",
        (1, _) => "st",
        (2, _) => "nd",
        (3, _) => "rd",
        _ => "th",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn canonical_forms_parse_back_to_the_same_date() {
        for s in [
            "1860",
            "late 1970s",
            "2013-03",
            "late 2013-03",
            "2012-06-07",
            "c. 1990s",
            "autumn 2011",
            "end 2013",
            "early 2022",
        ] {
            let date = d(s);
            assert_eq!(d(&date.canonical()), date, "{s} -> {}", date.canonical());
        }
    }

    fn d(s: &str) -> DateSpec {
        DateSpec::parse(s).unwrap()
    }

    #[test]
    fn parses_every_form() {
        assert_eq!(d("1860").precision, Precision::Year);
        assert_eq!(d("1989-05").to_string(), "May 1989");
        assert_eq!(d("2012-06-07").to_string(), "7 June 2012");
        assert_eq!(d("1990s").precision, Precision::Decade);
        assert_eq!(d("late 1970s").to_string(), "late 1970s");
        assert_eq!(d("late 2013-03").to_string(), "late March 2013");
        assert_eq!(d("end 2013").to_string(), "end of 2013");
        assert_eq!(d("end of 2013").short(), "end of 2013");
        assert_eq!(d("late 2013-03").short(), "late Mar 2013");
        assert_eq!(d("2012-06-07").short(), "7 Jun 2012");
        assert_eq!(d("autumn 2011").in_words(), "autumn 2011");
        assert_eq!(d("1860").in_words(), "the year 1860");
        assert_eq!(d("1990s").in_words(), "the 1990s");
        assert_eq!(d("late 1970s").in_words(), "the late 1970s");
        assert_eq!(d("end of 2013").in_words(), "the end of 2013");
        assert_eq!(d("late 2013-03").in_words(), "late March 2013");
        assert_eq!(d("c. 2004").in_words(), "about 2004");
        assert_eq!(d("1990s").years(), (1990, 1999));
        assert_eq!(d("late 1970s").years(), (1976, 1979));
        assert_eq!(d("late 2013-03").years(), (2013, 2013));
        assert_eq!(d("c. 2004").years(), (2003, 2005));
        assert!(d("c. 1860").approximate);
    }

    #[test]
    fn reads_dates_as_people_write_them() {
        for (written, canonical) in [
            ("1787-11-22", "1787-11-22"),
            ("22 November 1787", "1787-11-22"),
            ("22 Nov 1787", "1787-11-22"),
            ("22nd Nov. 1787", "1787-11-22"),
            ("November 22, 1787", "1787-11-22"),
            ("November 1787", "1787-11"),
            ("Nov 1787", "1787-11"),
            ("Sept 1787", "1787-09"),
            ("1787", "1787"),
            ("late 1970s", "late 1970s"),
            ("the late 1970s", "late 1970s"),
            ("mid-1780s", "mid 1780s"),
            ("c. 1781", "c. 1781"),
            ("circa 1781", "c. 1781"),
            ("c.1781", "c. 1781"),
            ("1780s", "1780s"),
            ("18th century", "18th century"),
            ("late 18th century", "late 18th century"),
            ("early November 1787", "early 1787-11"),
            ("Spring 1787", "spring 1787"),
            ("end of 2013", "end of 2013"),
            ("21st century", "21st century"),
        ] {
            let date = DateSpec::parse(written).unwrap_or_else(|e| panic!("{written}: {e}"));
            assert_eq!(date.canonical(), canonical, "{written}");
            assert_eq!(d(&date.canonical()), date, "{written} reads back");
        }
        assert_eq!(d("18th century").to_string(), "18th century");
        assert_eq!(d("late 18th century").in_words(), "the late 18th century");
        assert_eq!(d("18th century").years(), (1700, 1799));
        assert_eq!(d("18th century").short(), "18th c.");
        assert!(d("late 18th century") < d("1780s"));
    }

    #[test]
    fn a_misspelt_date_gets_its_nearest_readable_spelling() {
        assert_eq!(
            suggestion("22 Novmber 1787").as_deref(),
            Some("22 November 1787")
        );
        assert_eq!(suggestion("Agust 1786").as_deref(), Some("August 1786"));
        assert_eq!(suggestion("lat 1970s").as_deref(), Some("late 1970s"));
        assert_eq!(suggestion("1787"), None);
        let e = DateSpec::parse("22 Novmber 1787").unwrap_err();
        assert!(e.contains("`Novmber` is not a word dates use"), "{e}");
        assert!(e.contains("22 November 1787"), "lists the forms: {e}");
        let e = DateSpec::parse("31 November 1787").unwrap_err();
        assert!(e.contains("November 1787 has no day 31"), "{e}");
        assert!(DateSpec::parse("29 Feb 1788").is_ok());
        assert!(DateSpec::parse("29 Feb 1787").is_err());
    }

    #[test]
    fn dates_nearly_in_a_form_say_how_to_write_them() {
        let e = |s: &str| DateSpec::read(s).unwrap_err();
        let hint = |s: &str| e(s).hint.unwrap_or_default();
        assert_eq!(e("22 Novmbr 1787").word, Some(3..9));
        assert_eq!(e("Noveber 1787").word, Some(0..7));
        let day = e("2020-02-30");
        assert!(
            day.message.contains("February 2020 has no day 30"),
            "{day:?}"
        );
        assert_eq!(
            (day.word, day.hint.as_deref()),
            (Some(8..10), Some("February 2020 has 29 days"))
        );
        let month = e("1787-13-01");
        assert!(month.message.contains("there is no month 13"), "{month:?}");
        assert_eq!(month.word, Some(5..7));
        assert!(hint("1787-13-01").contains("`1787-01-13`"));
        assert!(hint("1787-13").contains("01 to 12"));
        assert_eq!(hint("spring of 1787"), "did you mean `spring 1787`?");
        assert_eq!(e("spring of 1787").word, Some(7..9));
        assert!(e("22 Nov").message.ends_with("it has no year"));
        assert!(e("November").message.ends_with("it has no year"));
        assert!(hint("22 Nov").contains("`22 Nov YYYY`"));
        assert!(hint("11/22/1787").contains("`1787-11-22`"));
        assert!(hint("22/11/1787").contains("`1787-11-22`"));
        assert!(hint("22.11.1787").contains("`1787-11-22`"));
        assert!(hint("1787/11/22").contains("`1787-11-22`"));
        assert!(hint("11/1787").contains("`1787-11`"));
        let both = hint("03/04/1787");
        assert!(
            both.contains("`1787-03-04`") && both.contains("`1787-04-03`"),
            "{both}"
        );
        assert_eq!(e("spring 1780s").word, Some(0..6));
        assert!(DateSpec::read("end of 1787").is_ok());
        assert!(
            e("22 Novmbr").message.contains("`Novmbr` is not a word"),
            "a misspelling first"
        );
    }

    #[test]
    fn rejects_malformed_dates_with_a_reason() {
        for bad in [
            "",
            "89",
            "1989-13",
            "1989-5",
            "1985s",
            "soon 1989",
            "spring 1990s",
            "late 2013-03-01",
            "2013-01-01-01",
        ] {
            let err = DateSpec::parse(bad).unwrap_err();
            assert!(!err.is_empty(), "{bad}");
        }
        assert!(DateSpec::parse("1989-13").unwrap_err().contains("expected"));
    }

    #[test]
    fn orders_by_time_with_precision() {
        let order = [
            "1860",
            "late 1970s",
            "1989",
            "1989-05",
            "1990s",
            "1996",
            "autumn 2011",
            "2012-06",
            "late 2013-03",
            "end 2013",
        ];
        let keys: Vec<i64> = order.iter().map(|s| d(s).sort_key()).collect();
        let mut sorted = keys.clone();
        sorted.sort();
        assert_eq!(keys, sorted);
    }
}
