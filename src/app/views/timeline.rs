//! The timeline, twice: as a tab (every event with its detail) and as a pane beside a
//! section, which follows the selected point to its first event until the reader moves into
//! it.

use crate::app::cursor::{Cursor, List};
use crate::app::doc::{Doc, event_doc};
use crate::app::layout::rows;
use crate::app::navigate;
use crate::app::state::{App, Focus};

/// The selected event's detail at `width` columns: date, description, how an inferred date
/// was worked out, its passages and the points citing it.
pub fn detail_doc(app: &App, width: usize) -> Doc {
    // An era selected on the time axis shows in place of the event.
    if let Some(era) = app.nav.axis.era.filter(|_| app.axis_shown()) {
        return crate::app::doc::era_doc(&app.pack, era, width);
    }
    app.current_event()
        .map(|e| event_doc(&app.pack, e, width))
        .unwrap_or_default()
}

/// The events the timeline pane marks: those the selected point cites.
pub fn cited_by_current_point(app: &App) -> Vec<usize> {
    app.current_point()
        .and_then(|r| app.pack.point(r))
        .map(|p| p.events.clone())
        .unwrap_or_default()
}

/// Moves the timeline pane's cursor with a cursor operation.
pub fn side_move(app: &mut App, op: impl FnOnce(&mut Cursor, &List, usize)) {
    let shown = app.shown_events();
    let h = rows(app.screen().and_then(|s| s.side()));
    app.nav.side.apply(&shown, |c, l| op(c, l, h));
}

/// Enter in the timeline pane: the event under the cursor, on the timeline tab.
pub fn side_open(app: &mut App) {
    let e = app.nav.side.selected;
    if app.shown_events().position(e).is_some() {
        navigate::jump_to_event(app, e);
    }
}

/// A click on the `row`th row of the timeline pane in view selects the event; a second click
/// opens it.
pub fn side_click(app: &mut App, row: usize) {
    let Some(index) = app.shown_events().get(app.nav.side.offset + row) else {
        return;
    };
    let already = app.nav.focus == Focus::Timeline && app.nav.side.selected == index;
    app.nav.focus = Focus::Timeline;
    app.nav.side.selected = index;
    if already {
        side_open(app);
    }
}

/// The timeline pane follows the selected point until the reader moves into it: it scrolls
/// so the point's events are in view (as many as fit, from the first), centred where there is
/// room, with the cursor on the first of them.
pub fn settle_side(app: &mut App) {
    let events = app.shown_events();
    let h = rows(app.screen().and_then(|s| s.side()));
    let cited: Vec<(usize, usize)> = cited_by_current_point(app)
        .into_iter()
        .filter_map(|e| events.position(e).map(|row| (e, row)))
        .collect();
    if app.nav.focus != Focus::Timeline
        && let (Some(&(first, top)), Some(&(_, bottom))) = (cited.first(), cited.last())
    {
        let span = bottom - top + 1;
        app.nav.side.selected = first;
        app.nav.side.offset = top.saturating_sub(h.saturating_sub(span) / 2);
        if span > h {
            app.nav.side.offset = top;
        }
    }
    app.nav.side.clamp(&events, h);
}
