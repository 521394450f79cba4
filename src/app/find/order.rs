//! The order a reader meets things in, so equally good results are listed the way the reader
//! would come across them rather than grouped by what they are.
//!
//! The article's text sets the order: a paragraph, then the passages quoted from it, then the
//! events it tells of, by date. Points keep the order of their sections, as the tabs list
//! them, and each comes as soon as the text it quotes has been read: after the first paragraph
//! it quotes, or, when an earlier point of the sections quotes further on, after that one. So
//! both orders hold at once even where a section's points do not follow the text. What the
//! text does not place (an event no passage or point tells of, the About page) comes last.

use super::index::Entry;
use crate::app::doc::Target;
use crate::content::{Pack, PointRef};

/// Where something comes in a reading: the paragraph, then what comes first at that paragraph
/// (see the constants), then its own order among those.
type Reading = (usize, u8, usize);

const PARAGRAPH: u8 = 0;
const PASSAGE: u8 = 1;
const EVENT: u8 = 2;
const POINT: u8 = 3;
const ABOUT: u8 = 4;

/// Each entry's place in the reading order, 0 first, one per entry.
pub(super) fn reading_order(pack: &Pack, entries: &[Entry]) -> Vec<usize> {
    let points = point_readings(pack);
    let keys: Vec<Reading> = entries
        .iter()
        .map(|e| reading(pack, &points, e.target))
        .collect();
    let mut by_reading: Vec<usize> = (0..entries.len()).collect();
    by_reading.sort_by_key(|&n| keys.get(n).copied());
    let mut order = vec![0; entries.len()];
    for (at, n) in by_reading.into_iter().enumerate() {
        if let Some(o) = order.get_mut(n) {
            *o = at;
        }
    }
    order
}

/// Where each point comes, in the sections' order: at the furthest paragraph that it or any
/// point before it first quotes, so points never overtake one another.
fn point_readings(pack: &Pack) -> Vec<(PointRef, Reading)> {
    let mut furthest = 0;
    pack.point_refs()
        .enumerate()
        .map(|(n, r)| {
            furthest = furthest.max(first_quoted(pack, r).unwrap_or(0));
            (r, (furthest, POINT, n))
        })
        .collect()
}

/// The first paragraph a point quotes.
fn first_quoted(pack: &Pack, r: PointRef) -> Option<usize> {
    let p = pack.point(r)?;
    p.passages
        .iter()
        .filter_map(|&i| pack.passage(i).map(|x| x.paragraph))
        .min()
}

fn reading(pack: &Pack, points: &[(PointRef, Reading)], target: Target) -> Reading {
    match target {
        Target::Paragraph(n) => (n, PARAGRAPH, 0),
        Target::Passage(i) => (
            pack.passage(i).map_or(usize::MAX, |p| p.paragraph),
            PASSAGE,
            i,
        ),
        Target::Point(r) => points
            .iter()
            .find(|(x, _)| *x == r)
            .map_or((usize::MAX, POINT, 0), |(_, k)| *k),
        Target::Event(i) => (event_paragraph(pack, points, i), EVENT, i),
        _ => (usize::MAX, ABOUT, 0),
    }
}

/// Where the text tells of an event: the first paragraph of its passages, or else where the
/// first point citing it comes.
fn event_paragraph(pack: &Pack, points: &[(PointRef, Reading)], i: usize) -> usize {
    let Some(e) = pack.events.get(i) else {
        return usize::MAX;
    };
    let quoted = e
        .passages
        .iter()
        .filter_map(|&p| pack.passage(p).map(|x| x.paragraph))
        .min();
    let cited = || {
        points
            .iter()
            .filter(|(r, _)| e.points.contains(r))
            .map(|(_, k)| k.0)
            .min()
    };
    quoted.or_else(cited).unwrap_or(usize::MAX)
}
