//! Finding things in the pack a reader can trust.
//!
//! A query matches where its words occur, as whole words or the start of words, with case,
//! accents and typographic quotes folded (see [`fold`]); several words must all occur, and the
//! query syntax people know works (see [`query`]). Everything a reader sees is searched: the
//! points, the passages, the events with their dates, every paragraph of the article and the
//! About page ([`index`]). Only when literal matches are few do spelling-tolerant ones follow,
//! kept apart as close matches ([`fuzzy`]). The search box (`views::search`) shows the
//! results; the index is built on the first search and kept with the pack.

pub mod fold;
mod fuzzy;
pub mod index;
mod order;
mod parts;
pub mod query;
pub mod searched;

pub use index::{HitKind, Index};
pub use query::{Query, Scope};

use crate::app::doc::Target;
use index::{Entry, LABEL, TITLE, Tier};
use searched::{Searched, folded_unless_plain};

/// Most results listed; the best come first.
const MAX_HITS: usize = 200;
/// Characters of context shown before the first match in a long text.
const LEAD: usize = 24;
/// With fewer literal matches than this, close matches are looked for too.
const FEW: usize = 3;
/// The rank of a match whose words are spread over several fields of one item.
const SPREAD: u8 = 7;
/// Most close matches listed.
const MOST_CLOSE: usize = 8;

/// One result: where it leads, where it is, and the text that matched.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Hit {
    pub target: Target,
    pub kind: HitKind,
    /// Where it is, in words a reader knows.
    pub place: String,
    /// Byte ranges of `place` that matched: a match in a title is marked there.
    pub place_matched: Vec<(usize, usize)>,
    /// The matched field, or the part of it around the first match.
    pub text: String,
    /// Byte ranges of `text` that matched, in order.
    pub matched: Vec<(usize, usize)>,
    /// How good the match is: 0 is the whole query in a title; lower is better.
    pub rank: u8,
    /// A spelling-tolerant match, not a literal one.
    pub close: bool,
}

/// What a query found.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Results {
    /// Literal matches first, then close matches.
    pub hits: Vec<Hit>,
    /// How many of `hits` are literal matches.
    pub literal: usize,
    /// How many literal matches there are in all, listed or not.
    pub found: usize,
    /// Parts of the query that could not be used.
    pub problems: Vec<String>,
    /// The words to highlight where a result is opened.
    pub terms: Vec<String>,
    /// The respelt queries the close matches answer, as searched: "gazprom".
    pub instead: Vec<String>,
}

/// Searches the index; the best results first, ties in article order.
pub fn run(index: &Index, text: &str) -> Results {
    let q = Query::parse(text);
    let mut problems = q.problems.clone();
    problems.extend(q.tag.as_deref().and_then(|t| unknown_tag(index, t)));
    let mut out = Results {
        problems,
        terms: q.terms.clone(),
        ..Results::default()
    };
    if q.is_empty() {
        return out;
    }
    (out.hits, out.found) = literal_hits(index, &q, &[]);
    out.literal = out.hits.len();
    if out.literal < FEW && !q.terms.is_empty() {
        close_hits(index, &q, &mut out);
    }
    out
}

/// The literal matches of `q`, best first, ties in article order, leaving out `taken`, and
/// how many there are in all: only the first [`MAX_HITS`] are listed.
fn literal_hits(index: &Index, q: &Query, taken: &[Target]) -> (Vec<Hit>, usize) {
    let mut found: Vec<(u8, u32, usize)> = index
        .entries
        .iter()
        .enumerate()
        .filter(|(_, e)| !taken.contains(&e.target))
        .filter_map(|(n, e)| rank(index, e, q).map(|r| (r, e.order, n)))
        .collect();
    let all = found.len();
    found.sort_unstable();
    let hits = found
        .into_iter()
        .take(MAX_HITS)
        .filter_map(|(rank, _, n)| index.entries.get(n).map(|e| hit(index, e, q, rank)))
        .collect();
    (hits, all)
}

/// Adds the literal matches of the query respelt with the pack's own words (see [`fuzzy`]),
/// marked close, and the words searched instead.
fn close_hits(index: &Index, q: &Query, out: &mut Results) {
    for respelt in fuzzy::respelt(index, q) {
        if out.hits.len() >= out.literal + MOST_CLOSE {
            break;
        }
        let mut taken: Vec<Target> = out.hits.iter().map(|h| h.target).collect();
        let room = (MOST_CLOSE + out.literal).saturating_sub(out.hits.len());
        let (hits, _) = literal_hits(index, &respelt, &taken);
        if hits.is_empty() {
            continue;
        }
        out.instead.push(respelt.terms.join(" "));
        for mut h in hits.into_iter().take(room) {
            h.close = true;
            taken.push(h.target);
            out.hits.push(h);
        }
        for t in respelt.terms {
            if !out.terms.contains(&t) {
                out.terms.push(t);
            }
        }
    }
}

/// What to say about `tag:t` when nothing in the pack carries that tag: the tags there are,
/// so a filter that can match nothing does not leave the reader guessing why.
fn unknown_tag(index: &Index, t: &str) -> Option<String> {
    let tags = index.tags();
    if tags.iter().any(|x| x == t) {
        return None;
    }
    let listed: Vec<String> = tags.iter().map(|x| format!("tag:{x}")).collect();
    Some(if listed.is_empty() {
        format!("tag:{t}: nothing in this pack is tagged")
    } else {
        format!("nothing is tagged {t}; the tags are {}", listed.join(", "))
    })
}

/// Whether an entry passes the query's filters: `in:`, `tag:` and `kind:`.
fn admitted(index: &Index, entry: &Entry, q: &Query) -> bool {
    let in_scope = match q.scope {
        None => true,
        Some(Scope::Points) => entry.kind == HitKind::Point,
        Some(Scope::Passages) => entry.kind == HitKind::Passage,
        Some(Scope::Events) => entry.kind == HitKind::Event,
        Some(Scope::Source) => entry.kind == HitKind::Source,
    };
    let tagged = q.tag.as_ref().is_none_or(|t| index.tagged(entry, t));
    let of_kind = q.kind.is_none_or(|k| index.point_kind(entry) == Some(k));
    in_scope && tagged && of_kind
}

/// A field of an entry as searched: its number, how much a match in it counts, its text as
/// the search sees it.
type Seen<'a> = (usize, Tier, Searched<'a>);

/// The fields of `entry`, as searched.
fn seen<'a>(index: &'a Index, entry: &'a Entry) -> impl Iterator<Item = Seen<'a>> + Clone {
    (0..entry.fields.len()).filter_map(move |n| {
        let tier = entry.fields.get(n)?.tier;
        Some((n, tier, index.searched(entry, n)))
    })
}

/// Whether `term` occurs in a field, or, for a year, falls in the dates an event's date
/// field spans.
fn covers(index: &Index, entry: &Entry, (_, tier, text): &Seen<'_>, term: &str) -> bool {
    text.has_word(term) || (*tier == LABEL && year_in(index.years(entry), term))
}

fn year_in(years: Option<(i32, i32)>, term: &str) -> bool {
    let year = (term.len() == 4)
        .then(|| term.parse::<i32>().ok())
        .flatten();
    matches!((year, years), (Some(y), Some((from, to))) if (from..=to).contains(&y))
}

/// How good the entry's literal match is (lower is better), if every term occurs in it and
/// no excluded word does.
fn rank(index: &Index, entry: &Entry, q: &Query) -> Option<u8> {
    if !admitted(index, entry, q) {
        return None;
    }
    let fields = seen(index, entry);
    let has = |t: &String| fields.clone().any(|(_, _, f)| f.has_word(t));
    let covered = |t: &String| fields.clone().any(|f| covers(index, entry, &f, t));
    if q.exclude.iter().any(has) || !q.terms.iter().all(covered) {
        return None;
    }
    let phrase = q.phrase();
    let in_title = |(_, tier, f): Seen<'_>| tier == TITLE && f.has_word(&phrase);
    if !phrase.is_empty() && fields.clone().any(in_title) {
        return Some(0);
    }
    // A year inside a span ("1996" in "the 1990s") is a weaker match than the year written.
    if !q.terms.iter().all(has) {
        return Some(SPREAD);
    }
    let whole = |f: &Seen<'_>| q.terms.iter().all(|t| covers(index, entry, f, t));
    Some(
        fields
            .filter(whole)
            .map(|(_, tier, _)| tier)
            .min()
            .unwrap_or(SPREAD),
    )
}

/// The result for an entry that matched: the best field holding every term, else the one
/// holding the most, with the matches marked.
fn hit(index: &Index, entry: &Entry, q: &Query, rank: u8) -> Hit {
    let whole = |f: &Seen<'_>| q.terms.iter().all(|t| covers(index, entry, f, t));
    let held = |(_, _, f): &Seen<'_>| q.terms.iter().filter(|t| f.has_word(t)).count();
    let fields = seen(index, entry);
    let shown = fields
        .clone()
        .filter(whole)
        .min_by_key(|(_, tier, _)| *tier)
        .or_else(|| fields.clone().max_by_key(held));
    let snippet_of = |(n, _, f): Seen<'_>| snippet(index.text(entry, n), f, &q.terms);
    let place = index.place(entry);
    let (text, matched, place_matched) = match shown {
        Some((_, tier, _)) if tier <= LABEL => {
            // The title and date are already in the place line: mark them there and show
            // what follows.
            let marked = ranges_in(&place, &q.terms);
            let next = fields.clone().find(|(_, tier, _)| *tier > LABEL);
            let (text, matched) = next.map(snippet_of).unwrap_or_default();
            (text, matched, marked)
        }
        Some(shown) => {
            let (text, matched) = snippet_of(shown);
            (text, matched, Vec::new())
        }
        None => Default::default(),
    };
    Hit {
        target: entry.target,
        kind: entry.kind,
        place,
        place_matched,
        text,
        matched,
        rank,
        close: false,
    }
}

/// The field's text from a little before its first match, with every match of every term as
/// byte ranges of that text.
fn snippet(text: &str, searched: Searched<'_>, terms: &[String]) -> (String, Vec<(usize, usize)>) {
    let ranges = word_ranges(searched, text, terms);
    let first = ranges.first().map_or(0, |r| r.0);
    let chars_before = text.get(..first).map_or(0, |s| s.chars().count());
    let skip = chars_before.saturating_sub(LEAD);
    let cut = text.char_indices().nth(skip).map_or(0, |(i, _)| i);
    let cut = word_start_after(text, cut, first);
    let (prefix, shift) = if cut > 0 {
        ("…", '…'.len_utf8())
    } else {
        ("", 0)
    };
    let text = format!("{prefix}{}", text.get(cut..).unwrap_or(""));
    let matched = ranges
        .into_iter()
        .filter(|r| r.0 >= cut)
        .map(|(a, b)| (a - cut + shift, b - cut + shift))
        .collect();
    (text, matched)
}

/// `at`, or, if it falls inside a word, the start of the next word before `limit`, so a
/// snippet never opens on half a word.
fn word_start_after(text: &str, at: usize, limit: usize) -> usize {
    let inside = text
        .get(..at)
        .and_then(|b| b.chars().next_back())
        .is_some_and(|c| !c.is_whitespace());
    if !inside {
        return at;
    }
    text.get(at..limit)
        .and_then(|span| span.find(char::is_whitespace))
        .map_or(at, |space| {
            let after = at + space;
            after
                + text
                    .get(after..)
                    .and_then(|t| t.chars().next())
                    .map_or(0, char::len_utf8)
        })
}

/// Where each term occurs in `text` (as byte ranges of it), in order, merged where they
/// touch.
pub fn ranges_in(text: &str, terms: &[String]) -> Vec<(usize, usize)> {
    match folded_unless_plain(text) {
        Some(folded) => word_ranges(Searched::Folded(&folded), text, terms),
        None => word_ranges(Searched::Plain(text), text, terms),
    }
}

/// Where each term occurs in `original` (as byte ranges of it), in order, merged where they
/// touch, found in `searched`, its form as searched.
fn word_ranges(searched: Searched<'_>, original: &str, terms: &[String]) -> Vec<(usize, usize)> {
    let mut ranges: Vec<(usize, usize)> = terms
        .iter()
        .flat_map(|t| searched.word_ranges(t))
        .filter(|(a, b)| a < b && *b <= original.len())
        .collect();
    ranges.sort_unstable();
    let mut merged: Vec<(usize, usize)> = Vec::new();
    for r in ranges {
        match merged.last_mut() {
            Some(last) if r.0 <= last.1 => last.1 = last.1.max(r.1),
            _ => merged.push(r),
        }
    }
    merged
}
