//! The tag filter: which points and events the lists, the timeline and the map show.
//!
//! Pure functions of the pack and the tag. Cursors keep the real index of the selected item,
//! so a filter never changes what a place means (history, reloads and deep links stay valid);
//! lists map between that index and a row through [`Shown`].
//!
//! Walking the pack for every list on every key made a filtered keystroke grow with the
//! pack, so [`Passed`] holds what one tag lets through, built once when the filter or the pack
//! changes and kept in the memo; the state reads it, and falls back to a fresh walk only in
//! the moment between a change of tag and the next settle.

use std::collections::BTreeMap;
use std::sync::Arc;

use crate::content::Pack;

/// The items of one list that the filter lets through, in order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Shown {
    /// No filter: all `n` items, without building a list.
    All(usize),
    /// The real indices shown, shared: every call hands out the same kept list.
    Some(Arc<[usize]>),
}

impl Shown {
    pub fn len(&self) -> usize {
        match self {
            Self::All(n) => *n,
            Self::Some(v) => v.len(),
        }
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The real index of the item in row `pos`.
    pub fn get(&self, pos: usize) -> Option<usize> {
        match self {
            Self::All(n) => (pos < *n).then_some(pos),
            Self::Some(v) => v.get(pos).copied(),
        }
    }

    /// The row of the item with real index `real`, if it is shown.
    pub fn position(&self, real: usize) -> Option<usize> {
        match self {
            Self::All(n) => (real < *n).then_some(real),
            Self::Some(v) => v.binary_search(&real).ok(),
        }
    }

    /// The row of `real`, or of the first shown item after it (the last row if none is).
    pub fn nearest(&self, real: usize) -> usize {
        match self {
            Self::All(n) => real.min(n.saturating_sub(1)),
            Self::Some(v) => v
                .partition_point(|&x| x < real)
                .min(v.len().saturating_sub(1)),
        }
    }

    /// The real indices from row `from` on.
    pub fn iter_from(&self, from: usize) -> Box<dyn Iterator<Item = usize> + '_> {
        match self {
            Self::All(n) => Box::new(from..*n),
            Self::Some(v) => Box::new(v.iter().skip(from).copied()),
        }
    }
}

fn tagged(tags: &[String], filter: &str) -> bool {
    tags.iter().any(|t| t == filter)
}

/// Everything one tag lets through in one pack: each section's points and the events.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Passed {
    pub tag: String,
    pub points: Vec<Shown>,
    pub events: Shown,
}

impl Passed {
    /// One walk over the pack for every list, where the lists' own functions walk one each.
    pub fn of(pack: &Pack, tag: &str) -> Self {
        Self {
            tag: tag.to_string(),
            points: (0..pack.sections.len())
                .map(|i| points(pack, Some(tag), i))
                .collect(),
            events: events(pack, Some(tag)),
        }
    }

    /// The points of `section` let through: none for a section the pack does not have.
    pub fn points(&self, section: usize) -> Shown {
        self.points.get(section).cloned().unwrap_or(Shown::All(0))
    }

    /// The titles of the tabs that show something, as [`tabs_with`] gives them, from the kept
    /// lists rather than the pack's items.
    pub fn tabs(&self, pack: &Pack) -> Vec<String> {
        let mut out: Vec<String> = pack
            .sections
            .iter()
            .zip(&self.points)
            .filter(|(_, shown)| !shown.is_empty())
            .map(|(s, _)| s.title.clone())
            .collect();
        if !self.events.is_empty() {
            out.push("Timeline".into());
        }
        out
    }
}

/// The points of `section` shown under `filter`.
pub fn points(pack: &Pack, filter: Option<&str>, section: usize) -> Shown {
    let Some(s) = pack.section(section) else {
        return Shown::All(0);
    };
    match filter {
        None => Shown::All(s.points.len()),
        Some(f) => Shown::Some(
            s.points
                .iter()
                .enumerate()
                .filter(|(_, p)| tagged(&p.tags, f))
                .map(|(i, _)| i)
                .collect(),
        ),
    }
}

/// The events shown under `filter`.
pub fn events(pack: &Pack, filter: Option<&str>) -> Shown {
    match filter {
        None => Shown::All(pack.events.len()),
        Some(f) => Shown::Some(
            pack.events
                .iter()
                .enumerate()
                .filter(|(_, e)| tagged(&e.tags, f))
                .map(|(i, _)| i)
                .collect(),
        ),
    }
}

/// The titles of the tabs that show something under `tag`: where an empty list sends the
/// reader.
pub fn tabs_with(pack: &Pack, tag: &str) -> Vec<String> {
    let mut out: Vec<String> = pack
        .sections
        .iter()
        .filter(|s| s.points.iter().any(|p| tagged(&p.tags, tag)))
        .map(|s| s.title.clone())
        .collect();
    if pack.events.iter().any(|e| tagged(&e.tags, tag)) {
        out.push("Timeline".into());
    }
    out
}

/// Every tag in the pack with how many points and events carry it, by name.
pub fn tags(pack: &Pack) -> Vec<(String, usize)> {
    let mut count: BTreeMap<&str, usize> = BTreeMap::new();
    let point_tags = pack
        .sections
        .iter()
        .flat_map(|s| &s.points)
        .map(|p| &p.tags);
    for t in point_tags
        .chain(pack.events.iter().map(|e| &e.tags))
        .flatten()
    {
        *count.entry(t.as_str()).or_default() += 1;
    }
    count.into_iter().map(|(t, n)| (t.to_string(), n)).collect()
}
