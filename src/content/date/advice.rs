//! Dates written in a shape that is nearly right: numbers with slashes, a day and a month
//! without a year, `spring of 1787`. Listing every accepted form does not tell an author which
//! one they meant, so each of these gets a message saying what is wrong and the form to write.

use super::Part;
use super::parse::{DateError, days_in, month_number, ordinal_or_number, parse_year, read};

/// A message for a date in one of the shapes above; `None` for any other mistake.
pub(super) fn mistake(input: &str) -> Option<DateError> {
    numeric(input.trim())
        .or_else(|| without_year(input.trim()))
        .or_else(|| needless_of(input))
}

/// `11/22/1787`, `22.11.1787`, `1787/11/22`, `11/1787`: numbers that some countries read day
/// first and others month first, so only the ISO order is accepted.
fn numeric(input: &str) -> Option<DateError> {
    let parts: Vec<&str> = input.split(['/', '.']).collect();
    let numbers = parts.len() >= 2
        && parts
            .iter()
            .all(|p| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit()));
    if !numbers {
        return None;
    }
    let two = |p: &str| p.parse::<u8>().ok().filter(|_| p.len() <= 2);
    let iso = |y: i32, m: u8, d: Option<u8>| {
        let valid = (1..=12).contains(&m) && d.is_none_or(|d| (1..=days_in(y, m)).contains(&d));
        valid.then(|| match d {
            Some(d) => format!("{y}-{m:02}-{d:02}"),
            None => format!("{y}-{m:02}"),
        })
    };
    let hint = match parts.as_slice() {
        [y, m, d] if parse_year(y).is_some() => iso(parse_year(y)?, two(m)?, Some(two(d)?))
            .map(|s| format!("write it year, month, day, with hyphens: `{s}`")),
        [a, b, y] => {
            let (y, a, b) = (parse_year(y)?, two(a)?, two(b)?);
            match (iso(y, a, Some(b)), iso(y, b, Some(a))) {
                (Some(first), Some(second)) if first != second => Some(format!(
                    "write it year, month, day: `{first}` if the month comes first, \
                     `{second}` if the day does"
                )),
                (Some(s), _) | (None, Some(s)) => {
                    Some(format!("write it year, month, day, with hyphens: `{s}`"))
                }
                (None, None) => None,
            }
        }
        [m, y] => iso(parse_year(y)?, two(m)?, None)
            .map(|s| format!("write it year, then month, with a hyphen: `{s}`")),
        _ => None,
    }
    .unwrap_or_else(|| "write it year, month, day, with hyphens, as in `1787-11-22`".into());
    Some(
        DateError::new(format!(
            "`{input}` is not a date: numbers with slashes or dots are read month first in \
             some countries and day first in others"
        ))
        .hint(hint),
    )
}

/// `22 Nov`, `November`, `early November`: a day or month with no year.
fn without_year(input: &str) -> Option<DateError> {
    let lowered = input.to_lowercase().replace(',', " ");
    let tokens: Vec<&str> = lowered.split_whitespace().collect();
    let month = tokens.iter().any(|t| month_number(t).is_some());
    let all_known = tokens.iter().all(|t| {
        month_number(t).is_some()
            || ordinal_or_number(t).is_some()
            || Part::parse(t).is_some()
            || *t == "of"
            || *t == "the"
    });
    if !(month && all_known) {
        return None;
    }
    Some(
        DateError::new(format!("`{input}` is not a date: it has no year"))
            .hint(format!("add the year, written in full: `{input} YYYY`")),
    )
}

/// `spring of 1787`: `of` belongs only after `end`; the same date without it. `input` is as
/// written, untrimmed, so the word's place in it is its place in the file.
fn needless_of(input: &str) -> Option<DateError> {
    let words: Vec<&str> = input.split_whitespace().collect();
    let at = words.iter().enumerate().position(|(i, w)| {
        w.eq_ignore_ascii_case("of")
            && !i
                .checked_sub(1)
                .and_then(|b| words.get(b))
                .is_some_and(|b| b.eq_ignore_ascii_case("end"))
    })?;
    let mut without: Vec<&str> = words.clone();
    without.remove(at);
    let without = without.join(" ");
    read(&without).ok()?;
    Some(
        DateError::new(format!(
            "`{}` is not a date: dates put no `of` here, only in `end of`",
            input.trim()
        ))
        .at(input, "of")
        .hint(format!("did you mean `{without}`?")),
    )
}
