//! The timeline tab as a time axis: the events drawn to scale in their lanes, the eras as
//! bands, the selected event's detail beside or under it. `v` switches between this and the
//! list; the selection is the list's, so switching keeps it.
//!
//! ←/→ move through the events in time, `+`/`-` zoom around the selection and `0` fits all,
//! `e`/`E` select eras, Enter lists the points citing the selection. What is drawn is laid out
//! by [`crate::axis`] from [`picture`]; this module only keeps the state that drives it.

mod picture;

use ratatui::layout::Rect;

use super::panes;
use crate::app::action::Action;
use crate::app::cursor::Cursor;
use crate::app::layout::{self, AxisShape, Body};
use crate::app::navigate;
use crate::app::state::{App, Focus, TimelineView};
use crate::axis::scale::MAX_ZOOM;
use crate::axis::{self, Role, span};
pub use picture::{Picture, lanes, picture};

/// `v`: the timeline tab as a list or as an axis, kept in the settings.
pub fn toggle_view(app: &mut App) {
    app.prefs.timeline_view = app.prefs.timeline_view.toggled();
    let said = match app.prefs.timeline_view {
        TimelineView::Axis => "Timeline: events on a time axis (v: as a list)",
        TimelineView::List => "Timeline: events as a list (v: on a time axis)",
    };
    app.status.message = Some(said.into());
}

/// Keys, clicks and the wheel on the axis.
pub fn action(app: &mut App, action: &Action) -> bool {
    match action {
        Action::Up => step(app, -1),
        Action::Down => step(app, 1),
        Action::Top => ends(app, false),
        Action::Bottom => ends(app, true),
        Action::ZoomIn => zoom(app, 1),
        Action::ZoomOut => zoom(app, -1),
        Action::ZoomFit => app.nav.axis.zoom = 0,
        Action::NextEra => era_step(app, true),
        Action::PrevEra => era_step(app, false),
        Action::Activate => activate(app),
        Action::PageUp => scroll_detail(app, -1),
        Action::PageDown => scroll_detail(app, 1),
        Action::Click(col, row) => return click(app, *col, *row),
        Action::WheelUp(col, row) | Action::WheelDown(col, row) => {
            if !area(app).is_some_and(|r| layout::contains(r, *col, *row)) {
                return false;
            }
            step(
                app,
                if matches!(action, Action::WheelUp(..)) {
                    -1
                } else {
                    1
                },
            );
        }
        _ => return false,
    }
    true
}

/// The axis pane and the way time runs in it, when the axis shows.
pub fn shape(app: &App) -> Option<(Rect, AxisShape)> {
    match app.screen()?.body {
        Body::Axis { axis, shape, .. } => Some((axis, shape)),
        _ => None,
    }
}

fn area(app: &App) -> Option<Rect> {
    shape(app).map(|(r, _)| r)
}

/// Moves to the previous or next event in time; from an era, to the events around its start.
fn step(app: &mut App, delta: isize) {
    let shown = app.shown_events();
    if let Some(era) = app.nav.axis.era.take() {
        let start = app
            .pack
            .era(era)
            .map_or(f64::MIN, |e| axis::era_span(&e.start, &e.end).start);
        let after = shown.iter_from(0).position(|i| {
            app.pack
                .event(i)
                .is_some_and(|e| span(&e.date).start >= start)
        });
        let row = match (after, delta > 0) {
            (Some(r), true) => Some(r),
            (Some(r), false) => r.checked_sub(1),
            (None, true) => None,
            (None, false) => shown.len().checked_sub(1),
        };
        if let Some(real) = row.and_then(|r| shown.get(r)) {
            select(app, real);
        } else {
            app.nav.axis.era = Some(era);
            app.status.message = Some("no event that way".into());
        }
        return;
    }
    let before = app.nav.timeline.list.selected;
    app.nav
        .timeline
        .list
        .apply(&shown, |c, l| c.step(delta, l, 1));
    if app.nav.timeline.list.selected == before {
        let which = if delta < 0 { "first" } else { "last" };
        app.status.message = Some(format!("this is the {which} event"));
    } else {
        app.nav.timeline.detail = Cursor::default();
    }
}

fn ends(app: &mut App, last: bool) {
    let shown = app.shown_events();
    let row = if last {
        shown.len().checked_sub(1)
    } else {
        Some(0)
    };
    if let Some(real) = row.and_then(|r| shown.get(r)) {
        select(app, real);
    }
}

/// Selects an event, leaving any era.
fn select(app: &mut App, event: usize) {
    app.nav.axis.era = None;
    if app.nav.timeline.list.selected != event {
        app.nav.timeline.detail = Cursor::default();
    }
    app.nav.timeline.list.selected = event;
}

fn zoom(app: &mut App, by: i8) {
    let z = app.nav.axis.zoom;
    let next = z.saturating_add_signed(by).min(MAX_ZOOM);
    if next == z {
        app.status.message = Some(if by > 0 {
            "zoomed in as far as the axis goes".into()
        } else {
            "every event is in view already".into()
        });
    }
    app.nav.axis.zoom = next;
}

/// `e` and `E`: the era around the selected event first (or the nearest), then the next or
/// previous one.
fn era_step(app: &mut App, forward: bool) {
    let n = app.pack.eras.len();
    if n == 0 {
        app.status.message = Some("this pack names no eras".into());
        return;
    }
    let next = match app.nav.axis.era {
        Some(e) if forward => (e + 1 < n).then_some(e + 1),
        Some(e) => e.checked_sub(1),
        None => {
            let t = app
                .current_event()
                .and_then(|e| app.pack.event(e))
                .map_or(f64::MIN, |e| span(&e.date).mid());
            let spans: Vec<axis::Span> = app
                .pack
                .eras
                .iter()
                .map(|e| axis::era_span(&e.start, &e.end))
                .collect();
            let around = spans.iter().rposition(|s| s.start <= t && t <= s.end);
            let later = spans.iter().position(|s| s.start > t);
            let earlier = spans.iter().rposition(|s| s.end < t);
            // Past the last era (or before the first), the nearest one that way round.
            let (ahead, behind) = if forward {
                (later, earlier)
            } else {
                (earlier, later)
            };
            around.or(ahead).or(behind)
        }
    };
    match next {
        Some(e) => {
            app.nav.axis.era = Some(e);
            app.nav.timeline.detail = Cursor::default();
        }
        None => app.status.message = Some("no more eras that way".into()),
    }
}

/// Enter: the points citing the selected event, or quoting the selected era's passage.
fn activate(app: &mut App) {
    if let Some(era) = app.nav.axis.era.and_then(|e| app.pack.era(e)) {
        match era.passages.first() {
            Some(&p) => navigate::choose_citing_passage(app, p),
            None => app.status.message = Some("this era cites no passage".into()),
        }
    } else if let Some(e) = app.current_event() {
        navigate::choose_citing_event(app, e);
    }
}

fn scroll_detail(app: &mut App, dir: isize) {
    let doc = panes::detail_doc(app);
    let h = layout::rows(panes::panes(app).map(|(_, d)| d));
    app.nav.timeline.detail.page_text(dir, &doc, h);
}

/// A click on an event or an era selects it; a second click on it lists who cites it.
fn click(app: &mut App, col: u16, row: u16) -> bool {
    let Some(r) = area(app).map(layout::inner) else {
        return false;
    };
    if !layout::contains(r, col, row) {
        return false;
    }
    let Some(pic) = picture(app) else {
        return true;
    };
    let (x, y) = (col - r.x, row - r.y);
    let hit = pic
        .plan
        .texts
        .iter()
        .filter(|t| t.y == y && (t.cols().0..=t.cols().1).contains(&x))
        .map(|t| t.role)
        .chain(
            pic.plan
                .glyphs
                .iter()
                .filter(|g| g.x == x && g.y == y)
                .map(|g| g.role),
        )
        .last();
    match hit {
        Some(Role::Mark { event } | Role::Label { event } | Role::Leader { event }) => {
            if let Some(&real) = pic.shown.get(event) {
                let again = app.nav.axis.era.is_none() && app.current_event() == Some(real);
                select(app, real);
                if again {
                    activate(app);
                }
            }
        }
        Some(Role::Era { era } | Role::EraLabel { era }) => {
            let again = app.nav.axis.era == Some(era);
            app.nav.axis.era = Some(era);
            if again {
                activate(app);
            }
        }
        _ => {}
    }
    true
}

/// Keeps the zoom in range, the era selected one that exists, and the keys on the axis.
pub fn settle(app: &mut App) {
    app.nav.axis.zoom = app.nav.axis.zoom.min(MAX_ZOOM);
    if app.nav.axis.era.is_some_and(|e| e >= app.pack.eras.len()) {
        app.nav.axis.era = None;
    }
    if app
        .nav
        .axis
        .point
        .is_some_and(|r| app.pack.point(r).is_none())
    {
        app.nav.axis.point = None;
    }
    if app.axis_shown() && app.nav.view.is_none() {
        app.nav.focus = Focus::List;
    }
}
