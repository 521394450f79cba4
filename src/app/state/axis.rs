//! The timeline tab drawn as a time axis: whether it shows, how far it is zoomed, the era
//! selected, and whose events stand out.

use crate::content::PointRef;

/// Where the reader is on the time axis. The selected event is the timeline list's, so
/// switching views keeps it.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct AxisNav {
    /// 0 fits every event; each level halves the stretch of time shown, centred on the
    /// selection.
    pub zoom: u8,
    /// An era selected instead of an event.
    pub era: Option<usize>,
    /// The point the reader came to the timeline from, whose events stand out.
    pub point: Option<PointRef>,
}
