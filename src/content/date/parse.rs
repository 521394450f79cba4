//! Reading dates the way people write them: `1787-11-22`, `22 November 1787`, `Nov 1787`,
//! `late 1970s`, `circa 1781`, `18th century`, `spring 1787`. Words are matched without regard
//! to case; a date that cannot be read gets a message naming the word at fault, and
//! [`suggestion`] offers the nearest spelling that can be.

use std::ops::Range;

use super::{DateSpec, MONTHS, Part, Precision, advice};
use crate::content::text::nearest;

/// The forms a date may take, for error messages and docs.
pub const DATE_FORMS: &str = "YYYY (1787), YYYY-MM (1787-11), YYYY-MM-DD (1787-11-22), a day, \
     month and year (22 November 1787, 22 Nov 1787), a month and year (November 1787, Nov \
     1787), a decade (1780s), a century (18th century), any of these but a day after early, \
     mid, late or end of (late 1970s, mid November 1787), a season and a year (spring 1787), \
     and c. or circa before any form (c. 1781)";

/// The forms in brief, for a hint under a message that does not list them.
pub const DATE_FORMS_BRIEF: &str = "1787, 1787-11, 1787-11-22, 22 Nov 1787, November 1787, \
     1780s, 18th century, late 1780s, spring 1787 or c. 1781";

/// Why a date cannot be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DateError {
    /// What is wrong, starting with the date as written.
    pub message: String,
    /// The bytes of the input at fault, when one word is; otherwise the whole date is.
    pub word: Option<Range<usize>>,
    /// How to write it instead, when that is known better than by respelling its words.
    pub hint: Option<String>,
}

impl DateError {
    pub(super) fn new(message: String) -> Self {
        Self {
            message,
            word: None,
            hint: None,
        }
    }

    /// Marks `piece` (as found in `input`, whatever its case) as the word at fault.
    pub(super) fn at(mut self, input: &str, piece: &str) -> Self {
        self.word = find_piece(input, piece);
        self
    }

    pub(super) fn hint(mut self, hint: impl Into<String>) -> Self {
        self.hint = Some(hint.into());
        self
    }
}

/// Where `piece` stands in `input` as a whole field (not inside a longer number or word),
/// ignoring ASCII case.
fn find_piece(input: &str, piece: &str) -> Option<Range<usize>> {
    if piece.is_empty() {
        return None;
    }
    let bytes = input.as_bytes();
    let alnum = |i: usize| bytes.get(i).is_some_and(u8::is_ascii_alphanumeric);
    (0..=input.len().checked_sub(piece.len())?).find_map(|i| {
        let here = input.get(i..i + piece.len())?;
        let joined = (i > 0 && alnum(i - 1)) || alnum(i + piece.len());
        (!joined && here.eq_ignore_ascii_case(piece)).then_some(i..i + piece.len())
    })
}

/// Words that say a date is approximate.
const APPROXIMATE: [&str; 5] = ["c.", "c", "ca.", "ca", "circa"];

/// Parses any accepted form; the error says what is wrong and what was expected.
pub fn parse(input: &str) -> Result<DateSpec, String> {
    read(input).map_err(|e| e.message)
}

/// Parses any accepted form; the error names the word at fault and, for a date written in a
/// shape that is nearly right, how to write it.
pub fn read(input: &str) -> Result<DateSpec, DateError> {
    read_forms(input).map_err(|e| advice::mistake(input).unwrap_or(e))
}

fn read_forms(input: &str) -> Result<DateSpec, DateError> {
    let lowered = input.trim().to_lowercase().replace(',', " ");
    let mut tokens: Vec<&str> = lowered.split_whitespace().collect();
    let mut approximate = false;
    if tokens.first() == Some(&"the") {
        tokens.remove(0);
    }
    if let Some(first) = tokens.first().copied() {
        if APPROXIMATE.contains(&first) {
            approximate = true;
            tokens.remove(0);
        } else if let Some(rest) = first.strip_prefix("c.").filter(|r| !r.is_empty())
            && let Some(t) = tokens.first_mut()
        {
            approximate = true;
            *t = rest;
        }
    }
    let (part, body) = split_part(&tokens);
    let mut spec = body_of(&body)
        .map_err(|word| match word {
            Some(w) => {
                let written = find_piece(input, &w)
                    .and_then(|r| input.get(r))
                    .unwrap_or(&w);
                DateError::new(format!(
                    "`{input}` is not a date: `{written}` is not a word dates use; expected {DATE_FORMS}"
                ))
                .at(input, &w)
            }
            None => DateError::new(format!("`{input}` is not a date; expected {DATE_FORMS}")),
        })?
        .map_err(|e| DateError {
            message: format!("`{input}` is not a date: {}", e.message),
            word: e.word.and_then(|w| find_piece(input, &w)),
            hint: e.hint,
        })?;
    if let Some(p) = part {
        let fits = match spec.precision {
            Precision::Day => false,
            Precision::Month | Precision::Decade | Precision::Century => !p.is_season(),
            Precision::Year => true,
        };
        if !fits {
            let what = if p.is_season() {
                "a year"
            } else {
                "a month, year, decade or century"
            };
            let word = p.word().split(' ').next().unwrap_or_default();
            return Err(DateError::new(format!(
                "`{input}` is not a date: `{}` can only come before {what}",
                p.word()
            ))
            .at(input, word));
        }
    }
    spec.part = part;
    spec.approximate = approximate;
    Ok(spec)
}

/// What is wrong with a date-shaped text: a message, the piece at fault as the tokens hold it,
/// and a hint.
struct Wrong {
    message: String,
    word: Option<String>,
    hint: Option<String>,
}

impl Wrong {
    fn new(message: String, word: &str, hint: String) -> Self {
        Self {
            message,
            word: Some(word.to_string()),
            hint: Some(hint),
        }
    }
}

/// The nearest spelling of `input` that reads as a date, if respelling its words gives one:
/// `22 Novmber 1787` → `22 November 1787`.
pub fn suggestion(input: &str) -> Option<String> {
    let vocabulary = vocabulary();
    let words: Vec<String> = input
        .split_whitespace()
        .map(|w| {
            let lower = w.to_lowercase();
            let known = lower.chars().any(|c| c.is_ascii_digit())
                || vocabulary.iter().any(|v| v.to_lowercase() == lower);
            if known {
                return w.to_string();
            }
            nearest(&lower, vocabulary.iter().map(String::as_str), 1)
                .first()
                .map_or_else(|| w.to_string(), |v| (*v).to_string())
        })
        .collect();
    let respelt = words.join(" ");
    (respelt != input.trim() && parse(&respelt).is_ok()).then_some(respelt)
}

/// Every word a date may hold, as the suggestions write it.
fn vocabulary() -> Vec<String> {
    let mut words: Vec<String> = MONTHS.iter().map(|m| (*m).to_string()).collect();
    words.extend(MONTHS.iter().map(|m| m.chars().take(3).collect::<String>()));
    words.extend(
        [
            "early", "mid", "late", "end", "of", "spring", "summer", "autumn", "fall", "winter",
        ]
        .map(String::from),
    );
    words.extend(["century", "circa", "c."].map(String::from));
    words
}

/// A leading `early`, `mid`, `late`, `end (of)` or season, and the rest. `mid-1780s` counts.
fn split_part<'a>(tokens: &[&'a str]) -> (Option<Part>, Vec<&'a str>) {
    let Some((&first, rest)) = tokens.split_first() else {
        return (None, Vec::new());
    };
    if let Some((word, tail)) = first.split_once('-')
        && let Some(p) = Part::parse(word)
        && !tail.is_empty()
    {
        let mut body = vec![tail];
        body.extend_from_slice(rest);
        return (Some(p), body);
    }
    match Part::parse(first) {
        Some(Part::End) => {
            let rest = rest.strip_prefix(&["of"][..]).unwrap_or(rest);
            (Some(Part::End), rest.to_vec())
        }
        Some(p) => (Some(p), rest.to_vec()),
        None => (None, tokens.to_vec()),
    }
}

/// The date the tokens after any qualifier spell. `Err(Some(word))` names a word no date
/// uses; `Ok(Err(wrong))` is a date-shaped text that is still wrong (a 31 November).
fn body_of(tokens: &[&str]) -> Result<Result<DateSpec, Wrong>, Option<String>> {
    let unknown = || {
        tokens
            .iter()
            .find(|t| !is_known(t))
            .map(|t| (*t).to_string())
    };
    let spec = match tokens {
        [one] => single(one),
        [n, "century"] => century(n),
        [month, year] => month_year(month, year),
        [day, month, year] => match (month_number(month), ordinal_or_number(day)) {
            (Some(_), Some(_)) => day_month_year(day, month, year),
            _ => day_month_year(month, day, year),
        },
        _ => None,
    };
    spec.ok_or_else(unknown)
}

fn is_known(token: &str) -> bool {
    token.chars().any(|c| c.is_ascii_digit())
        || month_number(token).is_some()
        || Part::parse(token).is_some()
        || token == "century"
        || token == "of"
}

/// `1787`, `1787-11`, `1787-11-22`, `1780s`.
fn single(token: &str) -> Option<Result<DateSpec, Wrong>> {
    let token = token
        .strip_suffix("'s")
        .map_or(token.to_string(), |d| format!("{d}s"));
    if let Some(decade) = token.strip_suffix('s') {
        let year = parse_year(decade)?;
        if year % 10 != 0 {
            let as_in = format!("{}0s", year / 10);
            return Some(Err(Wrong::new(
                format!("a decade starts at a year ending in 0, as in {as_in}"),
                decade,
                format!("did you mean `{as_in}`?"),
            )));
        }
        return Some(Ok(DateSpec::new(year, None, None, Precision::Decade)));
    }
    let mut fields = token.split('-');
    let year = parse_year(fields.next()?)?;
    let month = fields.next();
    let day = fields.next();
    if fields.next().is_some() {
        return None;
    }
    let Some(month_text) = month else {
        return Some(Ok(DateSpec::new(year, None, None, Precision::Year)));
    };
    let m = two_digits(month_text)?;
    if !(1..=12).contains(&m) {
        // A day and month the wrong way round is the likeliest cause: 1787-22-11.
        let swapped = day
            .and_then(two_digits)
            .filter(|&d| (1..=12).contains(&d) && m <= days_in(year, d));
        let hint = match swapped {
            Some(d) => {
                format!("did you mean `{year}-{d:02}-{m:02}`? the month comes before the day")
            }
            None => "write the month as 01 to 12, after the year: YYYY-MM, as in 1787-11".into(),
        };
        return Some(Err(Wrong::new(
            format!("there is no month {month_text}; expected a month from 01 to 12"),
            month_text,
            hint,
        )));
    }
    Some(match day {
        Some(d) => dated(year, m, two_digits(d)?, d),
        None => Ok(DateSpec::new(year, Some(m), None, Precision::Month)),
    })
}

/// `18th century`: the hundred years from 1700.
fn century(n: &str) -> Option<Result<DateSpec, Wrong>> {
    let n = ordinal(n)?;
    let year = i32::from(n).checked_sub(1)? * 100;
    Some(Ok(DateSpec::new(year, None, None, Precision::Century)))
}

fn month_year(month: &str, year: &str) -> Option<Result<DateSpec, Wrong>> {
    let m = month_number(month)?;
    let year = parse_year(year)?;
    Some(Ok(DateSpec::new(year, Some(m), None, Precision::Month)))
}

fn day_month_year(day: &str, month: &str, year: &str) -> Option<Result<DateSpec, Wrong>> {
    let m = month_number(month)?;
    let d = ordinal_or_number(day)?;
    Some(dated(parse_year(year)?, m, d, day))
}

/// A day of a month, refused if the month has no such day; `written` is the day as written.
fn dated(year: i32, month: u8, day: u8, written: &str) -> Result<DateSpec, Wrong> {
    let days = days_in(year, month);
    if day == 0 || day > days {
        let name = MONTHS
            .get(usize::from(month).saturating_sub(1))
            .copied()
            .unwrap_or("");
        return Err(Wrong::new(
            format!("{name} {year} has no day {day}"),
            written,
            format!("{name} {year} has {days} days"),
        ));
    }
    Ok(DateSpec::new(year, Some(month), Some(day), Precision::Day))
}

/// How many days `month` (1 to 12) of `year` has.
pub(super) fn days_in(year: i32, month: u8) -> u8 {
    let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
    match month {
        2 if leap => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// `November`, `Nov`, `Nov.`, `Sept`: the month's number.
pub(super) fn month_number(word: &str) -> Option<u8> {
    let word = word.trim_end_matches('.');
    if word.len() < 3 {
        return None;
    }
    let word = if word == "sept" { "sep" } else { word };
    MONTHS
        .iter()
        .position(|m| {
            let m = m.to_lowercase();
            m == word || (word.len() == 3 && m.starts_with(word))
        })
        .and_then(|i| u8::try_from(i + 1).ok())
}

/// `22`, `22nd`, `1st`.
pub(super) fn ordinal_or_number(s: &str) -> Option<u8> {
    ordinal(s).or_else(|| s.parse().ok().filter(|_| s.len() <= 2))
}

fn ordinal(s: &str) -> Option<u8> {
    let digits: String = s.chars().take_while(char::is_ascii_digit).collect();
    let suffix = s.get(digits.len()..)?;
    let n: u8 = digits.parse().ok()?;
    let expected = match (n % 10, n % 100) {
        (_, 11..=13) => "th",
        (1, _) => "st",
        (2, _) => "nd",
        (3, _) => "rd",
        _ => "th",
    };
    (suffix == expected && digits.len() <= 2).then_some(n)
}

pub(super) fn parse_year(s: &str) -> Option<i32> {
    if s.len() != 4 || !s.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    s.parse().ok()
}

/// Two digits, whatever their value: a month or day out of range is reported as such.
fn two_digits(s: &str) -> Option<u8> {
    if s.len() != 2 || !s.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    s.parse().ok()
}
