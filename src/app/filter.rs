//! The tag filter: which points and events the lists, the timeline and the map show.
//!
//! Pure functions of the pack and the tag. Cursors keep the real index of the selected item,
//! so a filter never changes what a place means (history, reloads and deep links stay valid);
//! lists map between that index and a row through [`Shown`].

use std::collections::BTreeMap;

use crate::content::Pack;

/// The items of one list that the filter lets through, in order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Shown {
    /// No filter: all `n` items, without building a list.
    All(usize),
    /// The real indices shown.
    Some(Vec<usize>),
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
