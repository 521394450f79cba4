//! The navigation core: going to a point, an event or a tab, remembering where the reader was,
//! and going back and forward.
//!
//! Views call these; this module calls no view, so views never need to call each other. A
//! jump closes overlays and full views and records the place it left, so Back returns to
//! exactly the same tab, selection and scroll. Opening a view here only sets its state; the
//! view's own `settle` finishes placing it (the source view scrolls to its passage there).

use super::cursor::Cursor;
use super::destination::Destination;
use super::state::{App, Chooser, Focus, FullView, Nav, Overlay, SourceNav};
use super::tab::Tab;
use crate::content::PointRef;

/// Whether a jump is remembered, so Back returns to where it was made from. Stepping
/// through search results is not: Back returns to where the search began.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Record {
    Yes,
    No,
}

/// Remembers the current place before a jump, like a browser following a link.
pub fn remember(app: &mut App) {
    app.history.push(app.nav.clone());
}

/// Shows a point, remembering where the reader was.
pub fn jump_to_point(app: &mut App, r: PointRef) {
    go_to_point(app, r, Record::Yes);
}

/// Shows a point, remembering where the reader was if `record` says so.
pub fn go_to_point(app: &mut App, r: PointRef, record: Record) {
    if app.pack.point(r).is_none() {
        return;
    }
    if app.shown_points(r.section).position(r.point).is_none() {
        clear_filter_for_jump(app);
    }
    if record == Record::Yes {
        remember(app);
    }
    app.overlay = None;
    app.nav.view = None;
    app.nav.tab = Tab::Section(r.section);
    app.nav.focus = Focus::Detail;
    if let Some(s) = app.nav.sections.get_mut(r.section) {
        s.list.selected = r.point;
        s.detail = Cursor::default();
    }
}

/// Shows an event on the timeline tab, remembering where the reader was.
pub fn jump_to_event(app: &mut App, e: usize) {
    go_to_event(app, e, Record::Yes);
}

/// Shows an event on the timeline tab, remembering where the reader was if `record` says so.
pub fn go_to_event(app: &mut App, e: usize, record: Record) {
    if app.pack.event(e).is_none() {
        return;
    }
    if app.shown_events().position(e).is_none() {
        clear_filter_for_jump(app);
    }
    if record == Record::Yes {
        remember(app);
    }
    note_point(app);
    app.overlay = None;
    app.nav.view = None;
    app.nav.tab = Tab::Timeline;
    app.nav.focus = Focus::List;
    app.nav.axis.era = None;
    app.nav.timeline.list.selected = e;
    app.nav.timeline.detail = Cursor::default();
}

/// Opens the source article at `passage` (or at the top), remembering where the reader was.
pub fn open_source(app: &mut App, passage: Option<usize>) {
    go_to_source(app, passage, None, Record::Yes);
}

/// Opens the source article at a passage, or at a paragraph, or at the top.
pub fn go_to_source(
    app: &mut App,
    passage: Option<usize>,
    paragraph: Option<usize>,
    record: Record,
) {
    if record == Record::Yes {
        remember(app);
    }
    app.overlay = None;
    app.nav.view = Some(FullView::Source(SourceNav {
        passage,
        paragraph,
        doc: Cursor::default(),
        placed: false,
        found: None,
    }));
}

/// Lists the points quoting a passage, to choose one.
pub fn choose_citing_passage(app: &mut App, passage: usize) {
    let items = app
        .pack
        .passage(passage)
        .map(|p| p.cited_by.clone())
        .unwrap_or_default();
    show_chooser(app, Some(passage), None, items);
}

/// Lists the points citing an event, to choose one.
pub fn choose_citing_event(app: &mut App, event: usize) {
    let items = app
        .pack
        .event(event)
        .map(|e| e.points.clone())
        .unwrap_or_default();
    show_chooser(app, None, Some(event), items);
}

fn show_chooser(app: &mut App, passage: Option<usize>, event: Option<usize>, items: Vec<PointRef>) {
    let cursor = Cursor {
        selected: (!items.is_empty()).then_some(0),
        ..Cursor::default()
    };
    app.overlay = Some(Overlay::Chooser(Chooser {
        passage,
        event,
        items,
        cursor,
    }));
}

/// Puts the reader at a deep link's place, as if they had navigated there; no history is
/// recorded, since there was nowhere before it.
pub fn open(app: &mut App, to: Destination) {
    match to {
        Destination::Tab(tab) => app.nav.tab = tab,
        Destination::Point(r) => {
            app.nav.tab = Tab::Section(r.section);
            if let Some(s) = app.nav.sections.get_mut(r.section) {
                s.list.selected = r.point;
            }
            app.nav.focus = Focus::List;
        }
        Destination::Event(e) => {
            app.nav.tab = Tab::Timeline;
            app.nav.timeline.list.selected = e;
        }
    }
}

/// Shows a tab, closing any full view over the current one.
pub fn switch_tab(app: &mut App, tab: Tab) {
    if tab == Tab::Timeline {
        note_point(app);
    }
    app.nav.view = None;
    app.nav.tab = tab;
    app.nav.focus = Focus::List;
}

/// Going to the timeline from a point: the time axis marks that point's events.
fn note_point(app: &mut App) {
    if let Some(r) = app.current_point() {
        app.nav.axis.point = Some(r);
    }
}

/// Back to the place the last link was followed from; with no history, focus returns to the
/// list first.
pub fn back(app: &mut App) {
    if let Some(previous) = app.history.back(app.nav.clone()) {
        app.nav = previous;
    } else if app.nav.focus != Focus::List {
        app.nav.focus = Focus::List;
    } else {
        app.status.message = Some("nothing to go back to".into());
    }
}

/// Back from a full view: to the place before it, or, with no history, out of the view.
pub fn back_or_close(app: &mut App) {
    if app.history.can_go_back() {
        back(app);
    } else {
        app.nav.view = None;
    }
}

/// Returns to the place last gone back from, like a browser's forward button.
pub fn forward(app: &mut App) {
    match app.history.forward(app.nav.clone()) {
        Some(next) => app.nav = next,
        None => app.status.message = Some("nothing to go forward to".into()),
    }
}

/// Replaces the whole place, as leaving presentation mode does.
pub fn restore(app: &mut App, nav: Nav) {
    if nav.sections.len() == app.nav.sections.len() {
        app.nav = nav;
    }
}

/// Clears the tag filter without moving, so a jump to a hidden item can show it.
fn clear_filter_for_jump(app: &mut App) {
    if app.filter.tag.take().is_some() {
        app.filter.before = None;
        app.filter.applied = None;
        app.status.message = Some("filter cleared to show it".into());
    }
}
