//! The tabs: one per section of the pack, then the timeline.

use crate::content::Pack;

/// Which tab is showing. Section tabs come from the pack, so they are numbered, not named.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Tab {
    Section(usize),
    Timeline,
}

/// The id `--tab` accepts for the timeline.
pub const TIMELINE_ID: &str = "timeline";

impl Tab {
    pub fn count(pack: &Pack) -> usize {
        pack.sections.len() + 1
    }

    pub fn from_index(index: usize, pack: &Pack) -> Option<Self> {
        let sections = pack.sections.len();
        match index.cmp(&sections) {
            std::cmp::Ordering::Less => Some(Self::Section(index)),
            std::cmp::Ordering::Equal => Some(Self::Timeline),
            std::cmp::Ordering::Greater => None,
        }
    }

    pub fn index(self, pack: &Pack) -> usize {
        match self {
            Self::Section(i) => i,
            Self::Timeline => pack.sections.len(),
        }
    }

    pub fn all(pack: &Pack) -> impl Iterator<Item = Self> + '_ {
        (0..Self::count(pack)).filter_map(|i| Self::from_index(i, pack))
    }

    pub fn next(self, pack: &Pack) -> Self {
        let n = Self::count(pack);
        Self::from_index((self.index(pack) + 1) % n, pack).unwrap_or(self)
    }

    pub fn prev(self, pack: &Pack) -> Self {
        let n = Self::count(pack);
        Self::from_index((self.index(pack) + n - 1) % n, pack).unwrap_or(self)
    }

    pub fn title(self, pack: &Pack) -> &str {
        match self {
            Self::Section(i) => pack.section(i).map_or("?", |s| s.title.as_str()),
            Self::Timeline => "Timeline",
        }
    }

    pub fn id(self, pack: &Pack) -> &str {
        match self {
            Self::Section(i) => pack.section(i).map_or("?", |s| s.id.as_str()),
            Self::Timeline => TIMELINE_ID,
        }
    }

    /// The tab a name given on the command line means: its id or title in any case, or its
    /// number in the tab bar (1 is the first).
    pub fn parse(name: &str, pack: &Pack) -> Option<Self> {
        let key = name.trim().to_lowercase();
        if let Ok(n) = key.parse::<usize>() {
            return n.checked_sub(1).and_then(|i| Self::from_index(i, pack));
        }
        Self::all(pack)
            .find(|t| t.id(pack).to_lowercase() == key || t.title(pack).to_lowercase() == key)
    }
}
