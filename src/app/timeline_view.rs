//! Which way the reader chose to see the timeline tab. The state only names it; the axis
//! view draws it.

/// How the timeline tab shows its events; the reader's choice, kept in the settings.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum TimelineView {
    /// One event a row, in date order.
    #[default]
    List,
    /// A time axis drawn to scale, with eras and lanes.
    Axis,
}

impl TimelineView {
    pub const ALL: [Self; 2] = [Self::List, Self::Axis];

    /// The name the settings file uses.
    pub fn name(self) -> &'static str {
        match self {
            Self::List => "list",
            Self::Axis => "axis",
        }
    }

    /// The other view, for the key that switches between them.
    pub fn toggled(self) -> Self {
        match self {
            Self::List => Self::Axis,
            Self::Axis => Self::List,
        }
    }
}

impl std::str::FromStr for TimelineView {
    type Err = String;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Self::ALL
            .into_iter()
            .find(|v| v.name() == s)
            .ok_or_else(|| "expected one of: list, axis".to_string())
    }
}
