//! Finding things in the pack: fuzzy matching (nucleo, the matcher helix uses) over point
//! titles, claims and explanations, passages, and event titles and descriptions. The search
//! box (`views::search`) shows what this finds.
//!
//! Nothing is indexed ahead of time: the pack is matched when the query changes, so start-up
//! pays nothing for a search that may never happen.

use nucleo_matcher::pattern::{CaseMatching, Normalization, Pattern};
use nucleo_matcher::{Config, Matcher, Utf32Str};

use super::doc::Target;
use crate::content::Pack;
use crate::content::text::normalize_ws;

/// Most results listed; the best come first, so the rest are rarely wanted.
const MAX_HITS: usize = 200;
/// Characters of context shown before the first match in a long text.
const LEAD: usize = 24;
/// A title counts this many times a match in running text: titles are short and chosen.
const TITLE_WEIGHT: u32 = 2;
/// The weakest match listed, in tenths of the best match's score.
const WEAKEST_TENTHS: u32 = 6;
/// What an exact title match scores, above any fuzzy score.
const EXACT: u32 = u32::MAX / 2;

/// What a result is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum HitKind {
    Point,
    Passage,
    Event,
}

impl HitKind {
    pub fn name(self) -> &'static str {
        match self {
            Self::Point => "point",
            Self::Passage => "passage",
            Self::Event => "event",
        }
    }
}

/// One result: where it leads, where it is, and the text that matched.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Hit {
    pub target: Target,
    pub kind: HitKind,
    pub score: u32,
    /// The matcher's own score for the field, before titles are weighted.
    pub raw: u32,
    /// "Why Moscow? › Reason 3 · Visit your friends first", "¶ 12", "22 Mar 2013 · …".
    pub place: String,
    /// The matched field, or the part of it around the match.
    pub text: String,
    /// Byte ranges of `text` that matched, in order.
    pub matched: Vec<(usize, usize)>,
}

/// Matches `query` against the pack; the best results first, ties in pack order.
pub fn run(pack: &Pack, query: &str) -> Vec<Hit> {
    if query.trim().is_empty() {
        return Vec::new();
    }
    let mut m = Finder {
        pattern: Pattern::parse(query, CaseMatching::Smart, Normalization::Smart),
        matcher: Matcher::new(Config::DEFAULT),
        buf: Vec::new(),
        query: query.trim().to_lowercase(),
    };
    let mut hits = Vec::new();
    for r in pack.point_refs() {
        let (Some(p), Some(s)) = (pack.point(r), pack.section(r.section)) else {
            continue;
        };
        let best = [
            m.field(&p.title, true),
            m.field(&p.claim, false),
            m.field(&p.explanation, false),
        ]
        .into_iter()
        .flatten()
        .max_by_key(|f| f.0);
        if let Some((score, raw, text, matched)) = best {
            hits.push(Hit {
                target: Target::Point(r),
                kind: HitKind::Point,
                score,
                raw,
                place: format!("{} › {} · {}", s.title, p.label, p.title),
                text,
                matched,
            });
        }
    }
    for (i, p) in pack.passages.iter().enumerate() {
        if let Some((score, raw, text, matched)) = m.field(&p.text, false) {
            hits.push(Hit {
                target: Target::Passage(i),
                kind: HitKind::Passage,
                score,
                raw,
                place: format!(
                    "¶ {}{}",
                    p.paragraph,
                    super::doc::quoted_by(pack, &p.cited_by)
                ),
                text,
                matched,
            });
        }
    }
    for (i, e) in pack.events.iter().enumerate() {
        let best = [m.field(&e.title, true), m.field(&e.description, false)]
            .into_iter()
            .flatten()
            .max_by_key(|f| f.0);
        if let Some((score, raw, text, matched)) = best {
            hits.push(Hit {
                target: Target::Event(i),
                kind: HitKind::Event,
                score,
                raw,
                place: format!("{} · {}", e.date.short(), e.title),
                text,
                matched,
            });
        }
    }
    // Letters scattered across a long explanation match almost any short query; only matches
    // at least this close to the best are worth listing.
    let best = hits.iter().map(|h| h.raw).max().unwrap_or(0);
    hits.retain(|h| h.raw.saturating_mul(10) >= best.saturating_mul(WEAKEST_TENTHS));
    // A stable sort keeps pack order among equal scores.
    hits.sort_by_key(|h| std::cmp::Reverse(h.score));
    hits.truncate(MAX_HITS);
    hits
}

/// A field's ranking score, the matcher's own score, the text to show for it, and the matched
/// byte ranges of that text.
type Scored = (u32, u32, String, Vec<(usize, usize)>);

struct Finder {
    pattern: Pattern,
    matcher: Matcher,
    buf: Vec<char>,
    query: String,
}

impl Finder {
    /// Scores one field: its score, the text to show and the matched byte ranges in it.
    fn field(&mut self, text: &str, title: bool) -> Option<Scored> {
        let text = normalize_ws(text);
        let mut indices = Vec::new();
        let raw = self.pattern.indices(
            Utf32Str::new(&text, &mut self.buf),
            &mut self.matcher,
            &mut indices,
        )?;
        indices.sort_unstable();
        indices.dedup();
        let score = if title && text.to_lowercase() == self.query {
            EXACT
        } else if title {
            raw.saturating_mul(TITLE_WEIGHT)
        } else {
            raw
        };
        let (shown, ranges) = snippet(&text, &indices);
        Some((score, raw, shown, ranges))
    }
}

/// The text from a little before its first matched character, and the matched characters as
/// byte ranges of that text (adjacent characters merged).
fn snippet(text: &str, indices: &[u32]) -> (String, Vec<(usize, usize)>) {
    let first = indices.first().map_or(0, |&i| i as usize);
    let skip = first.saturating_sub(LEAD);
    let mut shown = String::new();
    if skip > 0 {
        shown.push('…');
    }
    let mut ranges: Vec<(usize, usize)> = Vec::new();
    let mut want = indices.iter().map(|&i| i as usize).peekable();
    for (i, c) in text.chars().enumerate() {
        while want.peek().is_some_and(|&w| w < i) {
            want.next();
        }
        if i < skip {
            continue;
        }
        let at = shown.len();
        shown.push(c);
        if want.peek() == Some(&i) {
            match ranges.last_mut() {
                Some(last) if last.1 == at => last.1 = shown.len(),
                _ => ranges.push((at, shown.len())),
            }
        }
    }
    (shown, ranges)
}
