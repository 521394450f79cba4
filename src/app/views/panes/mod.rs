//! The panes of a tab: the list of points (or events), the detail of the selected one, and
//! beside a section the timeline pane. Keys act on the focused pane; what the items are and
//! what Enter does with them is up to [`super::sections`] and [`super::timeline`].

mod mouse;

use ratatui::layout::Rect;

use super::{sections, timeline};
use crate::app::action::Action;
use crate::app::cursor::{Cursor, List};
use crate::app::doc::{Doc, Target};
use crate::app::layout::{self, rows};
use crate::app::navigate;
use crate::app::state::{App, Focus};
use crate::app::tab::Tab;

/// The rectangles of the current tab's list and detail panes.
pub fn panes(app: &App) -> Option<(Rect, Rect)> {
    app.screen().map(|s| s.panes())
}

/// The rectangle of the timeline pane beside a section, when it shows.
pub fn side_pane(app: &App) -> Option<Rect> {
    app.screen().and_then(|s| s.side())
}

fn list_rows(app: &App) -> usize {
    rows(panes(app).map(|(l, _)| l))
}

fn detail_rows(app: &App) -> usize {
    rows(panes(app).map(|(_, d)| d))
}

/// The document in the detail pane of the current tab, at the pane's width.
pub fn detail_doc(app: &App) -> Doc {
    let width = panes(app).map_or(60, |(_, d)| layout::text_width(d));
    match app.nav.tab {
        Tab::Section(_) => sections::detail_doc(app, width),
        Tab::Timeline => timeline::detail_doc(app, width),
    }
}

/// Keys, clicks and the wheel in the tab's panes.
pub fn action(app: &mut App, action: &Action) -> bool {
    match action {
        Action::Up => step(app, -1),
        Action::Down => step(app, 1),
        Action::PageUp => page(app, -1),
        Action::PageDown => page(app, 1),
        Action::Top => ends(app, false),
        Action::Bottom => ends(app, true),
        Action::NextTab => navigate::switch_tab(app, app.nav.tab.next(&app.pack)),
        Action::PrevTab => navigate::switch_tab(app, app.nav.tab.prev(&app.pack)),
        Action::GoToTab(i) => match Tab::from_index(*i, &app.pack) {
            Some(tab) => navigate::switch_tab(app, tab),
            None => app.status.message = Some(format!("there is no tab {}", i + 1)),
        },
        Action::FocusLeft => move_focus(app, -1),
        Action::FocusRight => move_focus(app, 1),
        Action::Activate => activate(app),
        Action::Back => navigate::back(app),
        Action::Forward => navigate::forward(app),
        Action::ToggleTimeline => app.prefs.show_timeline = !app.prefs.show_timeline,
        Action::Click(col, row) => mouse::click(app, *col, *row),
        Action::WheelUp(col, row) => mouse::wheel(app, *col, *row, -1),
        Action::WheelDown(col, row) => mouse::wheel(app, *col, *row, 1),
        _ => return false,
    }
    true
}

/// The panes focus can move between, left to right.
fn focus_order(app: &App) -> Vec<Focus> {
    let mut order = vec![Focus::List, Focus::Detail];
    if matches!(app.nav.tab, Tab::Section(_)) && app.prefs.show_timeline {
        order.push(Focus::Timeline);
    }
    order
}

fn move_focus(app: &mut App, delta: isize) {
    let order = focus_order(app);
    let at = order.iter().position(|f| *f == app.nav.focus).unwrap_or(0);
    let to = at
        .saturating_add_signed(delta)
        .min(order.len().saturating_sub(1));
    if let Some(f) = order.get(to) {
        app.nav.focus = *f;
    }
}

/// Moves the list cursor with a cursor operation; a new selection starts its detail at the top.
fn in_list(app: &mut App, op: impl FnOnce(&mut Cursor, &List)) {
    let shown = app.shown();
    let Some(pane) = app.nav.pane_mut() else {
        return;
    };
    let before = pane.list.selected;
    pane.list.apply(&shown, op);
    if pane.list.selected != before {
        pane.detail = Cursor::default();
    }
}

/// Moves the detail pane's cursor with a cursor operation on its document.
fn in_detail(app: &mut App, op: impl FnOnce(&mut Cursor, &Doc, usize)) {
    let doc = detail_doc(app);
    let h = detail_rows(app);
    if let Some(pane) = app.nav.pane_mut() {
        op(&mut pane.detail, &doc, h);
    }
}

/// Up and Down: an item in a list; in a detail pane the next link in view, else a line.
fn step(app: &mut App, delta: isize) {
    match app.nav.focus {
        Focus::List => {
            let h = list_rows(app);
            in_list(app, |c, l| c.step(delta, l, h));
        }
        Focus::Detail => in_detail(app, |c, d, h| c.read(delta, d, h)),
        Focus::Timeline => timeline::side_move(app, |c, l, h| c.step(delta, l, h)),
    }
}

fn page(app: &mut App, dir: isize) {
    match app.nav.focus {
        Focus::List => {
            let h = list_rows(app);
            in_list(app, |c, l| c.page(dir, l, h));
        }
        Focus::Detail => in_detail(app, |c, d, h| c.page_text(dir, d, h)),
        Focus::Timeline => timeline::side_move(app, |c, l, h| c.page(dir, l, h)),
    }
}

/// Home and End: the first or last item; in a detail pane, the top and first link or the end
/// and last link.
fn ends(app: &mut App, bottom: bool) {
    match app.nav.focus {
        Focus::List => {
            let h = list_rows(app);
            in_list(
                app,
                |c, l| if bottom { c.last(l, h) } else { c.first(l, h) },
            );
        }
        Focus::Detail => in_detail(
            app,
            |c, d, h| if bottom { c.last(d, h) } else { c.first(d, h) },
        ),
        Focus::Timeline => {
            timeline::side_move(
                app,
                |c, l, h| if bottom { c.last(l, h) } else { c.first(l, h) },
            );
        }
    }
}

/// Enter: open the selected item, follow the selected link, or open the event under the
/// cursor in the timeline pane.
fn activate(app: &mut App) {
    match (app.nav.focus, app.nav.tab) {
        (Focus::List, Tab::Section(_)) => app.nav.focus = Focus::Detail,
        (Focus::List, Tab::Timeline) => {
            if let Some(e) = app.current_event() {
                navigate::choose_citing_event(app, e);
            }
        }
        (Focus::Detail, _) => follow_link(app),
        (Focus::Timeline, _) => timeline::side_open(app),
    }
}

/// Follows the detail pane's selected link; with none selected, selects the first in view and
/// follows it, as the footer's "Enter follow" promises (coming back, the reader sees which
/// link it was).
fn follow_link(app: &mut App) {
    let doc = detail_doc(app);
    let selected = app.pane().and_then(|p| p.detail.selected);
    match selected.and_then(|i| doc.links.get(i)).map(|l| l.target) {
        Some(Target::Passage(i)) => navigate::open_source(app, Some(i)),
        Some(Target::Event(e)) => navigate::jump_to_event(app, e),
        Some(Target::Point(r)) => navigate::jump_to_point(app, r),
        Some(
            Target::Tag(_)
            | Target::ClearFilter
            | Target::Paragraph(_)
            | Target::About
            | Target::Slide(_),
        ) => {}
        None if doc.links.is_empty() => {
            app.status.message = Some("nothing to open here".into());
        }
        None => {
            in_detail(app, |c, d, h| {
                if let Some(i) = c.nearest_item(d) {
                    c.select(i, d, h);
                }
            });
            if app.pane().and_then(|p| p.detail.selected).is_some() {
                follow_link(app);
            }
        }
    }
}

/// Keeps focus on a pane that exists, every list's cursor on a shown item and in view, and the
/// detail pane's scroll and link inside its document.
pub fn settle(app: &mut App) {
    if !focus_order(app).contains(&app.nav.focus) {
        app.nav.focus = Focus::List;
    }
    if let Tab::Section(i) = app.nav.tab
        && app.pack.section(i).is_none()
    {
        app.nav.tab = Tab::Timeline;
    }
    let rows = list_rows(app);
    // Every section's cursor stays on a shown item of its own list, not only the visible one.
    for i in 0..app.nav.sections.len() {
        let shown = app.shown_points(i);
        if let Some(s) = app.nav.sections.get_mut(i) {
            s.list.clamp(&shown, rows);
        }
    }
    let events = app.shown_events();
    app.nav.timeline.list.clamp(&events, rows);
    timeline::settle_side(app);
    let doc = detail_doc(app);
    let h = detail_rows(app);
    if let Some(pane) = app.nav.pane_mut() {
        pane.detail.settle(&doc, h);
    }
}
