//! Reading dates the way people write them: `1787-11-22`, `22 November 1787`, `Nov 1787`,
//! `late 1970s`, `circa 1781`, `18th century`, `spring 1787`. Words are matched without regard
//! to case; a date that cannot be read gets a message naming the word at fault, and
//! [`suggestion`] offers the nearest spelling that can be.

use super::{DateSpec, MONTHS, Part, Precision};
use crate::content::text::nearest;

/// The forms a date may take, for error messages and docs.
pub const DATE_FORMS: &str = "YYYY (1787), YYYY-MM (1787-11), YYYY-MM-DD (1787-11-22), a day, \
     month and year (22 November 1787, 22 Nov 1787), a month and year (November 1787, Nov \
     1787), a decade (1780s), a century (18th century), any of these but a day after early, \
     mid, late or end of (late 1970s, mid November 1787), a season and a year (spring 1787), \
     and c. or circa before any form (c. 1781)";

/// Words that say a date is approximate.
const APPROXIMATE: [&str; 5] = ["c.", "c", "ca.", "ca", "circa"];

/// Parses any accepted form; the error says what is wrong and what was expected.
pub fn parse(input: &str) -> Result<DateSpec, String> {
    let bad = || format!("`{input}` is not a date; expected {DATE_FORMS}");
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
                let written = input
                    .split([' ', ','])
                    .find(|t| t.to_lowercase() == w)
                    .unwrap_or(&w);
                format!(
                    "`{input}` is not a date: `{written}` is not a word dates use; expected {DATE_FORMS}"
                )
            }
            None => bad(),
        })?
        .map_err(|m| format!("`{input}` is not a date: {m}"))?;
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
            return Err(format!(
                "`{input}` is not a date: `{}` can only come before {what}",
                p.word()
            ));
        }
    }
    spec.part = part;
    spec.approximate = approximate;
    Ok(spec)
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
/// uses; `Ok(Err(message))` is a date-shaped text that is still wrong (a 31 November).
fn body_of(tokens: &[&str]) -> Result<Result<DateSpec, String>, Option<String>> {
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
fn single(token: &str) -> Option<Result<DateSpec, String>> {
    let token = token
        .strip_suffix("'s")
        .map_or(token.to_string(), |d| format!("{d}s"));
    if let Some(decade) = token.strip_suffix('s') {
        let year = parse_year(decade)?;
        if year % 10 != 0 {
            return Some(Err(format!(
                "a decade starts at a year ending in 0, as in {}0s",
                year / 10
            )));
        }
        return Some(Ok(DateSpec::new(year, None, None, Precision::Decade)));
    }
    let mut fields = token.split('-');
    let year = parse_year(fields.next()?)?;
    let month = match fields.next() {
        Some(m) => Some(two_digits(m, 12)?),
        None => None,
    };
    let day = match fields.next() {
        Some(d) => Some(two_digits(d, 31)?),
        None => None,
    };
    if fields.next().is_some() {
        return None;
    }
    Some(match (month, day) {
        (Some(m), Some(d)) => dated(year, m, d),
        (Some(m), None) => Ok(DateSpec::new(year, Some(m), None, Precision::Month)),
        _ => Ok(DateSpec::new(year, None, None, Precision::Year)),
    })
}

/// `18th century`: the hundred years from 1700.
fn century(n: &str) -> Option<Result<DateSpec, String>> {
    let n = ordinal(n)?;
    let year = i32::from(n).checked_sub(1)? * 100;
    Some(Ok(DateSpec::new(year, None, None, Precision::Century)))
}

fn month_year(month: &str, year: &str) -> Option<Result<DateSpec, String>> {
    let m = month_number(month)?;
    let year = parse_year(year)?;
    Some(Ok(DateSpec::new(year, Some(m), None, Precision::Month)))
}

fn day_month_year(day: &str, month: &str, year: &str) -> Option<Result<DateSpec, String>> {
    let m = month_number(month)?;
    let d = ordinal_or_number(day)?;
    Some(dated(parse_year(year)?, m, d))
}

/// A day of a month, refused if the month has no such day.
fn dated(year: i32, month: u8, day: u8) -> Result<DateSpec, String> {
    let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
    let days = match month {
        2 if leap => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    };
    if day == 0 || day > days {
        let name = MONTHS
            .get(usize::from(month).saturating_sub(1))
            .copied()
            .unwrap_or("");
        return Err(format!("{name} {year} has no day {day}"));
    }
    Ok(DateSpec::new(year, Some(month), Some(day), Precision::Day))
}

/// `November`, `Nov`, `Nov.`, `Sept`: the month's number.
fn month_number(word: &str) -> Option<u8> {
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
fn ordinal_or_number(s: &str) -> Option<u8> {
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

fn parse_year(s: &str) -> Option<i32> {
    if s.len() != 4 || !s.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    s.parse().ok()
}

fn two_digits(s: &str, high: u8) -> Option<u8> {
    if s.len() != 2 || !s.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    s.parse().ok().filter(|n| (1..=high).contains(n))
}
