//! Where each pane sits for a given terminal size. Pure geometry: the drawing code paints into
//! these rectangles and [`super::update`] uses the same ones for scrolling and mouse clicks, so
//! what is clicked is what was drawn.

use ratatui::layout::{Constraint, Layout, Rect};

use super::tab::Tab;
use crate::content::Pack;
use crate::wrap::width;

/// Smallest terminal the explorer draws into; below it a notice asks for more room.
pub const MIN_WIDTH: u16 = 60;
pub const MIN_HEIGHT: u16 = 16;

/// From this width on, the timeline sits beside the detail pane instead of under it.
const SIDE_TIMELINE_WIDTH: u16 = 120;
/// Rows of the timeline strip under the section panes (borders included).
const STRIP_HEIGHT: u16 = 7;

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
}

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

/// Lays out a terminal of `area`, or `None` when it is below the minimum size.
pub fn screen(area: Rect, tab: Tab, show_timeline: bool) -> Option<Screen> {
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
    let list_width = (area.width * 38 / 100).clamp(30, 46);
    let whole_body = body;
    let body = match tab {
        Tab::Timeline => {
            let events_width = (area.width * 45 / 100).clamp(36, 64);
            let [list, detail] =
                Layout::horizontal([Constraint::Length(events_width), Constraint::Min(0)])
                    .areas(body);
            Body::Timeline { list, detail }
        }
        Tab::Section(_) if !show_timeline => {
            let [list, detail] =
                Layout::horizontal([Constraint::Length(list_width), Constraint::Min(0)])
                    .areas(body);
            Body::Section {
                list,
                detail,
                timeline: None,
            }
        }
        Tab::Section(_) if area.width >= SIDE_TIMELINE_WIDTH => {
            let [list, detail, side] = Layout::horizontal([
                Constraint::Length(list_width),
                Constraint::Min(0),
                Constraint::Length(list_width + 4),
            ])
            .areas(body);
            Body::Section {
                list,
                detail,
                timeline: Some((side, TimelineShape::Side)),
            }
        }
        Tab::Section(_) => {
            let [top, strip] =
                Layout::vertical([Constraint::Min(0), Constraint::Length(STRIP_HEIGHT)])
                    .areas(body);
            let [list, detail] =
                Layout::horizontal([Constraint::Length(list_width), Constraint::Min(0)]).areas(top);
            Body::Section {
                list,
                detail,
                timeline: Some((strip, TimelineShape::Strip)),
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

impl Screen {
    /// The current tab's list and detail panes.
    pub fn panes(&self) -> (Rect, Rect) {
        match self.body {
            Body::Section { list, detail, .. } | Body::Timeline { list, detail } => (list, detail),
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

/// The column ranges of each tab title in the tab bar, as drawn: ` 1 Title ` separated by
/// one space. Titles that do not fit are cut.
pub fn tab_ranges(pack: &Pack, bar: Rect) -> Vec<(Tab, u16, u16, String)> {
    let mut x = bar.x;
    let end = bar.x.saturating_add(bar.width);
    let mut out = Vec::new();
    for (i, tab) in Tab::all(pack).enumerate() {
        let label = format!(" {} {} ", i + 1, tab.title(pack));
        let room = usize::from(end.saturating_sub(x));
        if room < 4 {
            break;
        }
        let label = crate::wrap::truncate(&label, room);
        let w = u16::try_from(width(&label)).unwrap_or(u16::MAX);
        out.push((tab, x, x.saturating_add(w), label));
        x = x.saturating_add(w).saturating_add(1);
    }
    out
}

/// Whether a point lies inside a rectangle.
pub fn contains(r: Rect, col: u16, row: u16) -> bool {
    col >= r.x
        && col < r.x.saturating_add(r.width)
        && row >= r.y
        && row < r.y.saturating_add(r.height)
}

/// A centred window for an overlay whose content is `content_height` lines tall.
pub fn overlay(area: Rect, content_height: usize) -> Rect {
    let width = area.width.saturating_sub(4).min(90);
    let wanted = u16::try_from(content_height.saturating_add(2)).unwrap_or(u16::MAX);
    let height = wanted.min(area.height.saturating_sub(2));
    Rect {
        x: area.x + (area.width.saturating_sub(width)) / 2,
        y: area.y + (area.height.saturating_sub(height)) / 2,
        width,
        height,
    }
}

/// Width overlay text is wrapped to.
pub fn overlay_text_width(area: Rect) -> usize {
    usize::from(area.width.saturating_sub(4).min(90).saturating_sub(4))
}
