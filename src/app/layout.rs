//! Where each pane sits for a given terminal size. Pure geometry: the drawing code paints into
//! these rectangles and [`super::update`] uses the same ones for scrolling and mouse clicks, so
//! what is clicked is what was drawn.

use ratatui::layout::{Constraint, Layout, Rect};

use super::tab::Tab;

/// Smallest terminal the explorer draws into; below it a notice asks for more room.
pub const MIN_WIDTH: u16 = 60;
pub const MIN_HEIGHT: u16 = 16;

/// Narrowest list of points or events, borders included: a label and the start of a title.
pub const LIST_MIN: u16 = 24;
/// Widest a list grows for its titles; longer titles are cut at a word.
pub const LIST_MAX: u16 = 80;
/// Narrowest the timeline pane beside a section may be.
pub const EVENTS_MIN: u16 = 30;
/// Widest the timeline pane or the events list grows for its titles.
pub const EVENTS_MAX: u16 = 84;
/// The detail pane's comfortable width: 90 columns of text, a margin each side, the border.
/// The reading pane gets this before the lists get more than their minimum.
pub const DETAIL_COMFORT: u16 = 94;
/// Fewest rows of the timeline strip under a section, borders included.
const STRIP_MIN: u16 = 5;

/// How wide the lists would like to be to show every title in full, and how many rows the
/// timeline strip could use; measured from the pack once (see `memo`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Wants {
    /// The widest row of any section's list, borders included, within
    /// [`LIST_MIN`]..=[`LIST_MAX`].
    pub list: u16,
    /// The widest row of the timeline, borders included, within
    /// [`EVENTS_MIN`]..=[`EVENTS_MAX`].
    pub events: u16,
    /// Rows the timeline strip needs to show every event, borders included.
    pub strip_rows: u16,
}

impl Default for Wants {
    fn default() -> Self {
        Self {
            list: LIST_MIN,
            events: EVENTS_MIN,
            strip_rows: STRIP_MIN,
        }
    }
}

/// How the timeline pane is placed beside a section.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TimelineShape {
    /// A column on the right.
    Side,
    /// A strip along the bottom.
    Strip,
}

/// The panes of the body, which depend on the tab.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Body {
    Section {
        list: Rect,
        detail: Rect,
        timeline: Option<(Rect, TimelineShape)>,
    },
    Timeline {
        list: Rect,
        detail: Rect,
    },
    /// The timeline tab drawn as a time axis, with the selected event's detail.
    Axis {
        axis: Rect,
        detail: Rect,
        shape: AxisShape,
    },
}

/// Which way time runs on the axis, and where the detail goes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AxisShape {
    /// Left to right across the whole width, the detail under it.
    Horizontal,
    /// Top to bottom on the left, the detail beside it.
    Vertical,
}

/// Narrowest terminal the axis runs left to right in.
pub const AXIS_WIDE: u16 = 100;
/// Most rows a left-to-right axis takes, borders included; the detail gets the rest.
pub const AXIS_ROWS: u16 = 32;

/// The whole screen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Screen {
    pub tabs: Rect,
    /// Everything between the tab bar and the status line, which a full view takes.
    pub whole_body: Rect,
    pub body: Body,
    pub status: Rect,
    pub footer: Rect,
}

/// Column widths of a tab's panes: the list, the detail, and the timeline beside them if it
/// fits there (else it goes under them).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Columns {
    pub list: u16,
    pub detail: u16,
    pub side: Option<u16>,
}

/// How a terminal `width` columns wide is shared between a tab's panes.
///
/// The detail pane, where the reader reads, gets the most: the list takes two fifths of a
/// narrow terminal (half, for the timeline's dated rows) (enough for a label and the start of a title), until the list shows its
/// titles in full or the detail reaches [`DETAIL_COMFORT`]; then the detail keeps that width
/// while the list and the timeline grow, and grows again once they have what they want. Every
/// step of that is non-decreasing in `width`, so the detail never narrows as the terminal
/// grows, and the timeline moves beside the sections only once the list and a timeline pane
/// fit in what the detail leaves: there is no width at which the reading pane suddenly shrinks.
pub fn columns(width: u16, tab: Tab, show_timeline: bool, wants: Wants) -> Columns {
    let (list_min, list_want) = match tab {
        Tab::Section(_) => (LIST_MIN, wants.list.max(LIST_MIN)),
        Tab::Timeline => (EVENTS_MIN, wants.events.max(EVENTS_MIN)),
    };
    let beside = matches!(tab, Tab::Section(_)) && show_timeline;
    let others = if beside {
        list_want.saturating_add(wants.events)
    } else {
        list_want
    };
    // The timeline's rows carry a date column before the title: half the width, not two
    // fifths, leaves it as much title as a point's row gets.
    let tenths = match tab {
        Tab::Section(_) => 4,
        Tab::Timeline => 5,
    };
    let share = u16::try_from(u32::from(width) * tenths / 10).unwrap_or(u16::MAX);
    let narrow_list = share.clamp(list_min, list_want);
    let detail = width
        .saturating_sub(narrow_list)
        .min(DETAIL_COMFORT)
        .max(width.saturating_sub(others));
    let rest = width.saturating_sub(detail);
    // The timeline goes beside the sections once it shows its titles whole, or as much of
    // them as it ever can there: until then the list takes the room, and it may not grow wider
    // than the detail pane, so the column cannot wait for more than the detail leaves it.
    let side_min = wants
        .events
        .min(DETAIL_COMFORT.saturating_sub(list_want))
        .max(EVENTS_MIN);
    if beside && rest >= list_want.saturating_add(side_min) {
        return Columns {
            list: list_want,
            detail,
            side: Some(rest - list_want),
        };
    }
    Columns {
        list: rest,
        detail,
        side: None,
    }
}

/// The axis pane and the detail, in the body of the timeline tab.
fn axis(body: Rect) -> Body {
    if body.width >= AXIS_WIDE {
        // The axis gets up to AXIS_ROWS; the detail has a third of the body at least.
        let detail = (body.height / 3)
            .max(body.height.saturating_sub(AXIS_ROWS))
            .clamp(5, body.height / 2);
        let [axis, detail] =
            Layout::vertical([Constraint::Min(0), Constraint::Length(detail)]).areas(body);
        Body::Axis {
            axis,
            detail,
            shape: AxisShape::Horizontal,
        }
    } else {
        // Half the width, the detail keeping the larger half: it is still the reading pane.
        let [axis, detail] = split(body, body.width / 2);
        Body::Axis {
            axis,
            detail,
            shape: AxisShape::Vertical,
        }
    }
}

/// Lays out a terminal of `area`, or `None` when it is below the minimum size. `axis` asks
/// for the timeline tab's time axis in place of its list.
pub fn screen(
    area: Rect,
    tab: Tab,
    show_timeline: bool,
    axis_view: bool,
    wants: Wants,
) -> Option<Screen> {
    if area.width < MIN_WIDTH || area.height < MIN_HEIGHT {
        return None;
    }
    let [tabs, body, status, footer] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Min(0),
        Constraint::Length(1),
        Constraint::Length(1),
    ])
    .areas(area);
    let whole_body = body;
    let c = columns(area.width, tab, show_timeline, wants);
    let body = match (tab, c.side) {
        (Tab::Timeline, _) if axis_view => axis(body),
        (Tab::Timeline, _) => {
            let [list, detail] = split(body, c.list);
            Body::Timeline { list, detail }
        }
        (Tab::Section(_), Some(side)) => {
            let [panes, timeline] =
                Layout::horizontal([Constraint::Min(0), Constraint::Length(side)]).areas(body);
            let [list, detail] = split(panes, c.list);
            Body::Section {
                list,
                detail,
                timeline: Some((timeline, TimelineShape::Side)),
            }
        }
        (Tab::Section(_), None) if show_timeline => {
            let rows = (body.height / 3)
                .max(STRIP_MIN)
                .min(wants.strip_rows.max(STRIP_MIN));
            let [top, strip] =
                Layout::vertical([Constraint::Min(0), Constraint::Length(rows)]).areas(body);
            let [list, detail] = split(top, c.list);
            Body::Section {
                list,
                detail,
                timeline: Some((strip, TimelineShape::Strip)),
            }
        }
        (Tab::Section(_), None) => {
            let [list, detail] = split(body, c.list);
            Body::Section {
                list,
                detail,
                timeline: None,
            }
        }
    };
    Some(Screen {
        tabs,
        whole_body,
        body,
        status,
        footer,
    })
}

/// A list `list` columns wide and the detail beside it.
fn split(area: Rect, list: u16) -> [Rect; 2] {
    Layout::horizontal([Constraint::Length(list), Constraint::Min(0)]).areas(area)
}

impl Screen {
    /// The current tab's list and detail panes.
    pub fn panes(&self) -> (Rect, Rect) {
        match self.body {
            Body::Section { list, detail, .. } | Body::Timeline { list, detail } => (list, detail),
            Body::Axis { axis, detail, .. } => (axis, detail),
        }
    }

    /// The timeline pane beside a section, when it shows.
    pub fn side(&self) -> Option<Rect> {
        match self.body {
            Body::Section {
                timeline: Some((r, _)),
                ..
            } => Some(r),
            _ => None,
        }
    }
}

/// Rows assumed for a pane when the terminal is too small to lay any out.
const FALLBACK_ROWS: usize = 10;

/// Rows visible inside a bordered pane, at least one.
pub fn rows(r: Option<Rect>) -> usize {
    r.map_or(FALLBACK_ROWS, |r| usize::from(inner(r).height))
        .max(1)
}

/// The inside of a bordered pane.
pub fn inner(r: Rect) -> Rect {
    Rect {
        x: r.x.saturating_add(1),
        y: r.y.saturating_add(1),
        width: r.width.saturating_sub(2),
        height: r.height.saturating_sub(2),
    }
}

/// Longest line of running text; longer lines are hard to read on wide terminals.
pub const MAX_TEXT_WIDTH: usize = 100;

/// Columns the detail text is wrapped to inside a detail pane (a margin each side).
pub fn text_width(detail: Rect) -> usize {
    usize::from(inner(detail).width.saturating_sub(2)).min(MAX_TEXT_WIDTH)
}

/// Whether a point lies inside a rectangle.
pub fn contains(r: Rect, col: u16, row: u16) -> bool {
    col >= r.x
        && col < r.x.saturating_add(r.width)
        && row >= r.y
        && row < r.y.saturating_add(r.height)
}

/// Widest an overlay gets; on terminals too narrow to leave a real margin beside it, it takes
/// the whole width instead.
const OVERLAY_MAX: u16 = 90;
/// The least margin, each side, worth keeping beside an overlay.
const OVERLAY_MARGIN: u16 = 20;

fn overlay_width(area: Rect) -> u16 {
    if area.width >= OVERLAY_MAX + 2 * OVERLAY_MARGIN {
        OVERLAY_MAX
    } else {
        area.width
    }
}

/// A window for an overlay whose content is `content_height` lines tall, centred in the body:
/// below the tab bar and above the status line and footer, so what they say stays in view.
pub fn overlay(area: Rect, content_height: usize) -> Rect {
    let body = Rect {
        y: area.y.saturating_add(1).min(area.bottom()),
        height: area.height.saturating_sub(3),
        ..area
    };
    let width = overlay_width(area);
    let wanted = u16::try_from(content_height.saturating_add(2)).unwrap_or(u16::MAX);
    let height = wanted.min(body.height);
    Rect {
        x: body.x + (body.width.saturating_sub(width)) / 2,
        y: body.y + (body.height.saturating_sub(height)) / 2,
        width,
        height,
    }
}

/// Width overlay text is wrapped to.
pub fn overlay_text_width(area: Rect) -> usize {
    usize::from(overlay_width(area).saturating_sub(4))
}
