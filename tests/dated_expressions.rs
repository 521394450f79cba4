#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    clippy::panic
)]
//! Every dated expression in the source has its place in the pack: an event whose `date_text`,
//! found in one of the event's passages, covers it, or an entry in [`LEFT_OUT`], the list of
//! expressions the timeline leaves out on purpose, each with its reason.
//!
//! The expressions are found by patterns in the source text, not typed in by hand, so a date
//! added to the source with no event makes the test fail. A dated expression is built around a
//! year ("1860"), a decade ("1990s"), a month ("late March"), a season ("the previous fall")
//! or a unit of time (day, week, month, year, decade, century, quarter-century), together with
//! the words that place it ("since", "last", "almost a … ago", "three-decades-long", "the end
//! of"). Words that name no unit of time ("recent", "now", "today", "of late") are not dated
//! expressions.

use std::ops::Range;

use arglens::content::{self, Pack, text};

/// Expressions the timeline leaves out on purpose: the paragraph, the expression as the finder
/// reports it, and why. Expressions in body paragraphs must also be explained in the pack's
/// notes (`article.yaml`), where readers see them.
struct LeftOut {
    paragraph: usize,
    expression: &'static str,
    why: &'static str,
}

const LEFT_OUT: &[LeftOut] = &[
    // Trenin's author note, not part of the argument (listed under `non_body`).
    LeftOut {
        paragraph: 14,
        expression: "2008",
        why: "author note: when Trenin began to direct the Carnegie Moscow Center",
    },
    LeftOut {
        paragraph: 14,
        expression: "early 2022",
        why: "author note: when Trenin stopped directing the Carnegie Moscow Center",
    },
    // Anchored to Putin's inauguration, which the article does not date; the trip itself is on
    // the timeline as `putin-beijing-visit` ("last June").
    LeftOut {
        paragraph: 10,
        expression: "within weeks",
        why: "places Putin's trip of last June, already an event, against his inauguration",
    },
    // A vague span: no date.
    LeftOut {
        paragraph: 18,
        expression: "In recent years",
        why: "a vague span before the article's time, naming no date",
    },
    // A vague span: no date.
    LeftOut {
        paragraph: 20,
        expression: "After years",
        why: "years of haggling over gas prices, naming no date",
    },
    // The span since Gorbachev's visit, which is on the timeline as `gorbachev-visit`.
    LeftOut {
        paragraph: 21,
        expression: "over the past quarter-century",
        why: "the span from May 1989, already an event, to the article's own time",
    },
    // The length of the Sino-Soviet cold war; the article dates only its end.
    LeftOut {
        paragraph: 21,
        expression: "the three-decades-long",
        why: "the article dates only the end of the cold war (May 1989, an event), not its start",
    },
    // A frequency, not a date.
    LeftOut {
        paragraph: 21,
        expression: "each year",
        why: "how many visitors cross every year: a frequency, not an event",
    },
    // Two centuries of Russian attitudes, not an event; the 1860 treaty from them is an event.
    LeftOut {
        paragraph: 22,
        expression: "In the nineteenth and twentieth centuries",
        why: "a span describing Russian attitudes toward China, not an event",
    },
    // The span since the late 1970s, which is on the timeline as `deng-reforms`.
    LeftOut {
        paragraph: 22,
        expression: "In the past thirty years",
        why: "the span from Deng's reforms, already an event, to the article's own time",
    },
    // A vague span: no date.
    LeftOut {
        paragraph: 27,
        expression: "For years",
        why: "how long Moscow has pressed Brussels for visa-free travel, naming no date",
    },
    // A vague span: no date.
    LeftOut {
        paragraph: 31,
        expression: "Over the years",
        why: "how long Beijing has appreciated Putin's stance, naming no date",
    },
];

const SOURCE: &str = include_str!("../assets/xi-jinping-moscow-2013.txt");

/// A dated expression: where it is in its paragraph and what it says.
#[derive(Debug, Clone, PartialEq)]
struct Found {
    paragraph: usize,
    span: Range<usize>,
    text: String,
}

const MONTHS: [&str; 12] = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];
const SEASONS: [&str; 5] = ["spring", "summer", "fall", "autumn", "winter"];
const UNITS: [&str; 12] = [
    "day",
    "days",
    "week",
    "weeks",
    "month",
    "months",
    "year",
    "years",
    "decade",
    "decades",
    "century",
    "centuries",
];
/// Words that place a date or a span: "since 1996", "last June", "the past thirty years".
const PLACING: [&str; 35] = [
    "the", "a", "an", "in", "since", "until", "by", "for", "over", "after", "within", "during",
    "last", "previous", "next", "past", "coming", "this", "that", "early", "mid", "late", "recent",
    "each", "every", "almost", "nearly", "about", "some", "more", "than", "half", "quarter", "end",
    "start",
];
/// Counts before a unit: "three decades", "a decade", "thirty years".
const COUNTS: [&str; 28] = [
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
    "twelve", "fifteen", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty",
    "ninety", "hundred", "several", "few", "many", "couple", "a", "an",
];
const ORDINALS: [&str; 22] = [
    "first",
    "second",
    "third",
    "fourth",
    "fifth",
    "sixth",
    "seventh",
    "eighth",
    "ninth",
    "tenth",
    "eleventh",
    "twelfth",
    "thirteenth",
    "fourteenth",
    "fifteenth",
    "sixteenth",
    "seventeenth",
    "eighteenth",
    "nineteenth",
    "twentieth",
    "twenty",
    "and",
];
/// Words after a unit that belong to the expression: "almost a decade ago", "three-decades-long".
const AFTER_UNIT: [&str; 5] = ["ago", "long", "old", "later", "earlier"];

#[derive(Debug, Clone, Copy, PartialEq)]
enum Anchor {
    /// A year, decade, month or season: "the end of" may come before it.
    Absolute,
    /// A unit of time: counts, ordinals and "ago" may come with it.
    Unit,
}

struct Token<'a> {
    span: Range<usize>,
    word: String,
    original: &'a str,
}

fn tokens(text: &str) -> Vec<Token<'_>> {
    let mut out = Vec::new();
    let mut start = None;
    for (i, c) in text
        .char_indices()
        .chain(std::iter::once((text.len(), ' ')))
    {
        match (start, c.is_alphanumeric()) {
            (None, true) => start = Some(i),
            (Some(s), false) => {
                out.push(Token {
                    span: s..i,
                    word: text[s..i].to_lowercase(),
                    original: &text[s..i],
                });
                start = None;
            }
            _ => {}
        }
    }
    out
}

fn is_year(w: &str) -> bool {
    w.len() == 4
        && w.chars().all(|c| c.is_ascii_digit())
        && (w.starts_with('1') || w.starts_with('2'))
}

fn is_decade(w: &str) -> bool {
    w.len() == 5 && w.ends_with("0s") && is_year(&w[..4])
}

/// Whether two neighbouring tokens belong to one phrase: only spaces or one hyphen between.
fn joined(text: &str, left: &Token, right: &Token) -> bool {
    let gap = &text[left.span.end..right.span.start];
    (!gap.is_empty() && gap.chars().all(char::is_whitespace)) || gap == "-"
}

/// What kind of date, if any, token `i` anchors.
fn anchor(text: &str, ts: &[Token], i: usize) -> Option<Anchor> {
    let t = &ts[i];
    let w = t.word.as_str();
    let prev = i.checked_sub(1).map(|p| ts[p].word.as_str());
    let next = ts.get(i + 1).map(|n| n.word.as_str());
    if is_year(w) || is_decade(w) {
        return Some(Anchor::Absolute);
    }
    if MONTHS.contains(&w) && t.original.starts_with(char::is_uppercase) {
        // "May" may be the verb at the start of a sentence; a month has a year beside it or
        // sits inside a sentence.
        let starts_sentence = text[..t.span.start]
            .trim_end()
            .chars()
            .last()
            .is_none_or(|c| matches!(c, '.' | '?' | '!' | ':' | '“' | '"'));
        if w != "may" || !starts_sentence || next.is_some_and(is_year) {
            return Some(Anchor::Absolute);
        }
    }
    if SEASONS.contains(&w) {
        // "fall" is also a verb or a drop: a season comes after a word that places it.
        let placed = prev.is_some_and(|p| PLACING.contains(&p) || p == "of");
        if placed || next.is_some_and(is_year) {
            return Some(Anchor::Absolute);
        }
    }
    // "present-day" and "modern-day" mean now, not a day.
    let now = matches!(w, "day" | "days") && prev.is_some_and(|p| p == "present" || p == "modern");
    if UNITS.contains(&w) && !now {
        return Some(Anchor::Unit);
    }
    None
}

/// The span of the expression around the anchor at `i`.
fn extent(text: &str, ts: &[Token], i: usize, kind: Anchor) -> Range<usize> {
    let mut first = i;
    while first > 0 && joined(text, &ts[first - 1], &ts[first]) {
        let w = ts[first - 1].word.as_str();
        let before = first.checked_sub(2).map(|b| ts[b].word.as_str());
        let takes = match kind {
            Anchor::Absolute => {
                PLACING.contains(&w)
                    || MONTHS.contains(&w)
                    // "the end of 2013", "the start of 1990": "of" only after end or start.
                    || (w == "of" && before.is_some_and(|b| b == "end" || b == "start"))
            }
            Anchor::Unit => {
                // "and" only between ordinals: "nineteenth and twentieth centuries".
                ((PLACING.contains(&w) || COUNTS.contains(&w) || ORDINALS.contains(&w))
                    && (w != "and" || before.is_some_and(|b| ORDINALS.contains(&b))))
                    || w.chars().all(|c| c.is_ascii_digit())
            }
        };
        if !takes {
            break;
        }
        first -= 1;
    }
    let mut last = i;
    while let Some(next) = ts.get(last + 1) {
        let w = next.word.as_str();
        let takes = match kind {
            Anchor::Absolute => {
                is_year(w) || (w.len() <= 2 && w.chars().all(|c| c.is_ascii_digit()))
            }
            Anchor::Unit => AFTER_UNIT.contains(&w),
        };
        if !(takes && joined(text, &ts[last], next)) {
            break;
        }
        last += 1;
    }
    ts[first].span.start..ts[last].span.end
}

/// Every dated expression in one paragraph, in order, overlapping ones merged.
fn dated_expressions(paragraph: usize, text: &str) -> Vec<Found> {
    let ts = tokens(text);
    let mut spans: Vec<Range<usize>> = (0..ts.len())
        .filter_map(|i| anchor(text, &ts, i).map(|kind| extent(text, &ts, i, kind)))
        .collect();
    spans.sort_by_key(|s| (s.start, s.end));
    let mut merged: Vec<Range<usize>> = Vec::new();
    for s in spans {
        match merged.last_mut() {
            Some(m) if s.start <= m.end => m.end = m.end.max(s.end),
            _ => merged.push(s),
        }
    }
    merged
        .into_iter()
        .map(|span| Found {
            paragraph,
            text: text[span.clone()].to_string(),
            span,
        })
        .collect()
}

fn overlaps(a: &Range<usize>, b: &Range<usize>) -> bool {
    a.start < b.end && b.start < a.end
}

/// Whether an event's `date_text`, where it stands in one of the event's passages, covers `f`.
fn covered_by_event(pack: &Pack, paragraphs: &[String], f: &Found) -> Option<String> {
    let para = paragraphs[f.paragraph - 1].to_ascii_lowercase();
    for e in &pack.events {
        // A background event is not in the article, so it covers nothing there.
        let Some(date_text) = &e.date_text else {
            continue;
        };
        let wanted = text::normalize_ws(date_text).to_ascii_lowercase();
        for &pi in &e.passages {
            let passage = &pack.passages[pi];
            if passage.paragraph != f.paragraph {
                continue;
            }
            let quote = text::normalize_ws(&passage.text).to_ascii_lowercase();
            let Some(at) = para.find(&quote) else {
                continue;
            };
            for (d, _) in quote.match_indices(&wanted) {
                if overlaps(&(at + d..at + d + wanted.len()), &f.span) {
                    return Some(e.id.clone());
                }
            }
        }
    }
    None
}

#[derive(Debug, Default)]
struct Audit {
    /// Neither an event nor an entry in the list covers these.
    uncovered: Vec<Found>,
    /// Entries of the list that match no expression in the source.
    stale: Vec<String>,
    /// Entries of the list that an event covers after all.
    also_an_event: Vec<String>,
}

fn audit(pack: &Pack, paragraphs: &[String], left_out: &[LeftOut]) -> Audit {
    let found: Vec<Found> = paragraphs
        .iter()
        .enumerate()
        .flat_map(|(i, p)| dated_expressions(i + 1, p))
        .collect();
    let listed = |f: &Found| {
        left_out
            .iter()
            .any(|l| l.paragraph == f.paragraph && l.expression.eq_ignore_ascii_case(&f.text))
    };
    let mut a = Audit::default();
    for f in &found {
        match (covered_by_event(pack, paragraphs, f), listed(f)) {
            (None, false) => a.uncovered.push(f.clone()),
            (Some(event), true) => a.also_an_event.push(format!(
                "¶{} {:?} is covered by {event}",
                f.paragraph, f.text
            )),
            _ => {}
        }
    }
    for l in left_out {
        let matches = found
            .iter()
            .any(|f| f.paragraph == l.paragraph && l.expression.eq_ignore_ascii_case(&f.text));
        if !matches {
            a.stale
                .push(format!("¶{} {:?} ({})", l.paragraph, l.expression, l.why));
        }
    }
    a
}

fn source_paragraphs() -> Vec<String> {
    text::paragraphs(SOURCE)
        .into_iter()
        .map(text::normalize_ws)
        .collect()
}

fn pack() -> Pack {
    content::load_embedded()
        .unwrap_or_else(|e| panic!("{e}"))
        .pack
}

fn report(a: &Audit) -> String {
    let mut lines = Vec::new();
    for f in &a.uncovered {
        lines.push(format!(
            "¶{} {:?} has no event and is not in LEFT_OUT",
            f.paragraph, f.text
        ));
    }
    for s in &a.stale {
        lines.push(format!("LEFT_OUT entry matches nothing in the source: {s}"));
    }
    for s in &a.also_an_event {
        lines.push(format!("LEFT_OUT entry has an event after all: {s}"));
    }
    lines.join("\n")
}

#[test]
fn every_dated_expression_has_an_event_or_a_reason() {
    let a = audit(&pack(), &source_paragraphs(), LEFT_OUT);
    assert!(
        a.uncovered.is_empty() && a.stale.is_empty() && a.also_an_event.is_empty(),
        "{}",
        report(&a)
    );
}

#[test]
fn expressions_left_out_of_the_body_are_explained_in_the_pack_notes() {
    let p = pack();
    let notes = p.article.notes.join(" ").to_lowercase();
    for l in LEFT_OUT {
        if p.paragraph(l.paragraph).unwrap().non_body.is_some() {
            continue;
        }
        // The notes may drop a leading "in", "over" or "the", as long as two words are left.
        let mut words: Vec<&str> = l.expression.split(' ').collect();
        while words.len() > 1
            && ["in", "over", "the", "for", "after", "within"]
                .contains(&words[0].to_lowercase().as_str())
            && text::words(&words[1..].join(" ")).len() >= 2
        {
            words.remove(0);
        }
        let wanted = words.join(" ").to_lowercase();
        assert!(
            notes.contains(&wanted),
            "article.yaml's notes do not say why {wanted:?} (¶{}) has no event",
            l.paragraph
        );
    }
}

#[test]
fn the_finder_sees_every_kind_of_date_the_article_uses() {
    let found: Vec<String> = source_paragraphs()
        .iter()
        .enumerate()
        .flat_map(|(i, p)| dated_expressions(i + 1, p))
        .map(|f| f.text)
        .collect();
    for expected in [
        "in late March",
        "last June",
        "the previous fall",
        "since 2000",
        "in the 1990s",
        "May 1989",
        "the three-decades-long",
        "Since 1996",
        "In the nineteenth and twentieth centuries",
        "in the late 1970s",
        "In the past thirty years",
        "almost a decade ago",
        "in 1860",
        "in 1989",
        "the end of 2013",
        "A 2009",
    ] {
        assert!(
            found.iter().any(|f| f == expected),
            "{expected:?} not found in {found:#?}"
        );
    }
    // Not dates: "may" the verb, a fall in prices, figures and distances, "present-day".
    let not_dates = dated_expressions(
        1,
        "May they agree? Putin may be expected to act. Prices fall. Some 2,700 miles, \
         500,000 square miles, 2.5 million people, 40 percent and present-day Russia.",
    );
    assert!(not_dates.is_empty(), "{not_dates:#?}");
    let dates: Vec<String> = dated_expressions(
        1,
        "In the spring of 1999, two years later, on March 22, by the turn of the \
         twenty-first century and since the 1860s.",
    )
    .into_iter()
    .map(|f| f.text)
    .collect();
    assert_eq!(
        dates,
        [
            "In the spring",
            "1999",
            "two years later",
            "March 22",
            "the twenty-first century",
            "since the 1860s"
        ]
    );
}

#[test]
fn a_date_with_no_event_and_no_reason_fails() {
    let p = pack();
    // A new sentence in the source with a date the pack does not know.
    let mut paragraphs = source_paragraphs();
    paragraphs[11].push_str(" In the spring of 1999 the talks began.");
    let a = audit(&p, &paragraphs, LEFT_OUT);
    let uncovered: Vec<&str> = a.uncovered.iter().map(|f| f.text.as_str()).collect();
    assert_eq!(uncovered, ["In the spring", "1999"]);

    // An event taken away leaves its date uncovered.
    let mut without = p.clone();
    without.events.retain(|e| e.id != "gas-deal-target");
    let a = audit(&without, &source_paragraphs(), LEFT_OUT);
    let uncovered: Vec<&str> = a.uncovered.iter().map(|f| f.text.as_str()).collect();
    assert_eq!(uncovered, ["the end of 2013"]);

    // An event whose passage holds the date but whose date_text names another date does not
    // cover it: "almost a decade ago" needs its own event.
    let mut without = p.clone();
    without.events.retain(|e| e.id != "border-treaty");
    let a = audit(&without, &source_paragraphs(), LEFT_OUT);
    let uncovered: Vec<&str> = a.uncovered.iter().map(|f| f.text.as_str()).collect();
    assert_eq!(uncovered, ["almost a decade ago"]);

    // An entry for an expression the source does not hold, or one an event covers, is reported.
    let extra = [
        LeftOut {
            paragraph: 2,
            expression: "last week",
            why: "not in the source",
        },
        LeftOut {
            paragraph: 10,
            expression: "last June",
            why: "has an event",
        },
    ];
    let a = audit(&p, &source_paragraphs(), &extra);
    assert_eq!(a.stale.len(), 1, "{a:#?}");
    assert_eq!(a.also_an_event.len(), 1, "{a:#?}");
}
