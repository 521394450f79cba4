//! The one function that changes the state: `update(app, action)`.
//!
//! It is pure with respect to the outside world (no terminal, no clock, no files), so every
//! behaviour can be tested by feeding actions and reading the state back. After each action
//! [`settle`] puts every cursor and scroll back inside its bounds for the current terminal size.

use ratatui::layout::Rect;

use super::action::Action;
use super::doc::{self, Doc, Target};
use super::filter;
use super::layout::{self, Body, Screen};
use super::state::{App, Chooser, DetailNav, Focus, HISTORY_LIMIT, Overlay, Page, View};
use super::tab::Tab;
use crate::content::PointRef;

/// Lines the mouse wheel scrolls a text pane by.
const WHEEL_LINES: usize = 3;

/// Applies one action, then restores the state's invariants.
pub fn update(app: &mut App, action: Action) {
    app.message = None;
    if let Action::Resize(w, h) = action {
        app.size = (w, h);
    } else if action == Action::Interrupt || (action == Action::Quit && app.present.is_none()) {
        app.running = false;
    } else if app.overlay.is_some() {
        overlay_action(app, action);
    } else if app.present.is_some() {
        super::present::action(app, action);
    } else {
        main_action(app, action);
    }
    settle(app);
}

pub(super) fn cycle_theme(app: &mut App) {
    app.theme = app.theme.next();
    app.message = Some(format!("Theme: {}", app.theme.name()));
}

pub(super) fn area(app: &App) -> Rect {
    Rect::new(0, 0, app.size.0, app.size.1)
}

pub(super) fn screen(app: &App) -> Option<Screen> {
    layout::screen(area(app), app.nav.tab, app.show_timeline)
}

/// The rectangles of the current tab's list and detail panes.
fn panes(app: &App) -> Option<(Rect, Rect)> {
    match screen(app)?.body {
        Body::Section { list, detail, .. } | Body::Timeline { list, detail } => {
            Some((list, detail))
        }
    }
}

fn side_pane(app: &App) -> Option<Rect> {
    match screen(app)?.body {
        Body::Section {
            timeline: Some((r, _)),
            ..
        } => Some(r),
        _ => None,
    }
}

/// Rows visible inside a bordered pane, at least one.
pub(super) fn rows(r: Option<Rect>) -> usize {
    r.map_or(10, |r| usize::from(layout::inner(r).height))
        .max(1)
}

/// The document in the detail pane of the current tab, at the pane's width.
pub fn detail_doc(app: &App) -> Doc {
    let width = panes(app).map_or(60, |(_, d)| layout::text_width(d));
    match app.nav.tab {
        Tab::Section(_) => app
            .current_point()
            .map(|r| doc::point_doc(&app.pack, r, width))
            .unwrap_or_default(),
        Tab::Timeline => app
            .current_event()
            .map(|e| doc::event_doc(&app.pack, e, width))
            .unwrap_or_default(),
    }
}

/// The document of the open overlay, at the overlay's width.
pub fn overlay_doc(app: &App) -> Option<Doc> {
    let width = layout::overlay_text_width(area(app));
    match app.overlay.as_ref()? {
        Overlay::Page {
            page: Page::Help, ..
        } => Some(doc::help_doc(width)),
        Overlay::Page {
            page: Page::About, ..
        } => Some(doc::about_doc(&app.pack, width)),
        Overlay::Page {
            page: Page::Problems,
            ..
        } => Some(doc::problems_doc(&app.problems, width)),
        Overlay::Chooser(c) => Some(doc::chooser_doc(&app.pack, c, width)),
        Overlay::Search(s) => Some(super::search::search_doc(s, width)),
        Overlay::Tags { .. } => Some(doc::tags_doc(&app.pack, app.filter.as_deref(), width)),
    }
}

/// Where the open overlay sits. The search box keeps its full height while results come and go.
pub fn overlay_rect(app: &App, doc: &Doc) -> Rect {
    let height = match app.overlay {
        Some(Overlay::Search(_)) => usize::from(app.size.1),
        _ => doc.height(),
    };
    layout::overlay(area(app), height)
}

/// The link an overlay list shows selected: the chooser's point, the search result, the tag.
pub fn overlay_selected(app: &App) -> Option<usize> {
    match app.overlay.as_ref()? {
        Overlay::Chooser(c) => Some(c.selected),
        Overlay::Search(s) => Some(s.selected),
        Overlay::Tags { selected } => Some(*selected),
        Overlay::Page { .. } => None,
    }
}

fn main_action(app: &mut App, action: Action) {
    let handled = match app.nav.view {
        Some(View::Source(_)) => super::source::action(app, action),
        Some(View::Map(_)) => super::map::action(app, action),
        None => false,
    };
    if handled {
        return;
    }
    match action {
        Action::Up => step(app, -1),
        Action::Down => step(app, 1),
        Action::PageUp => page(app, -1),
        Action::PageDown => page(app, 1),
        Action::Top => ends(app, false),
        Action::Bottom => ends(app, true),
        Action::NextTab => switch_tab(app, app.nav.tab.next(&app.pack)),
        Action::PrevTab => switch_tab(app, app.nav.tab.prev(&app.pack)),
        Action::GoToTab(i) => match Tab::from_index(i, &app.pack) {
            Some(tab) => switch_tab(app, tab),
            None => app.message = Some(format!("there is no tab {}", i + 1)),
        },
        Action::FocusLeft => move_focus(app, -1),
        Action::FocusRight => move_focus(app, 1),
        Action::Activate => activate(app),
        Action::Back => back(app),
        Action::Forward => forward(app),
        Action::ToggleTimeline => app.show_timeline = !app.show_timeline,
        Action::ToggleHelp => app.overlay = Some(Overlay::page(Page::Help)),
        Action::ToggleAbout => app.overlay = Some(Overlay::page(Page::About)),
        Action::CycleTheme => cycle_theme(app),
        Action::NextStep => page(app, 1),
        Action::TogglePresent => {
            let at = app.current_point();
            super::present::start(app, at, false);
        }
        Action::ToggleNotes => {
            app.message = Some("Notes show in presentation mode: press p".into());
        }
        Action::ToggleSource => {
            let passage = super::source::passage_in_view(app);
            super::source::open(app, passage);
        }
        Action::ToggleMap => super::map::open(app),
        Action::Search => super::search::open(app),
        Action::SearchNext => super::search::step(app, 1),
        Action::SearchPrev => super::search::step(app, -1),
        Action::Filter => filter::open_picker(app),
        Action::Type(_) | Action::Erase => {}
        Action::Click(col, row) => click(app, col, row),
        Action::WheelUp(col, row) => wheel(app, col, row, -1),
        Action::WheelDown(col, row) => wheel(app, col, row, 1),
        Action::Quit | Action::Interrupt | Action::Resize(..) => {}
    }
}

fn switch_tab(app: &mut App, tab: Tab) {
    app.nav.view = None;
    app.nav.tab = tab;
    app.nav.focus = Focus::List;
}

fn focus_order(app: &App) -> Vec<Focus> {
    let mut order = vec![Focus::List, Focus::Detail];
    if matches!(app.nav.tab, Tab::Section(_)) && app.show_timeline {
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

fn select_in_list(app: &mut App, delta: isize) {
    let shown = app.shown();
    let Some(pane) = app.pane_mut() else { return };
    let before = pane.list.selected;
    filter::shift(&mut pane.list, delta, &shown);
    if pane.list.selected != before {
        pane.detail = DetailNav::default();
    }
}

fn step(app: &mut App, delta: isize) {
    match app.nav.focus {
        Focus::List => select_in_list(app, delta),
        Focus::Detail => step_detail(app, delta),
        Focus::Timeline => {
            let shown = app.shown_events();
            filter::shift(&mut app.nav.side, delta, &shown);
        }
    }
}

/// Up/Down in a detail pane: stop on each link as it comes into view, scroll through text
/// between links, so long explanations are read line by line and links are never skipped.
fn step_detail(app: &mut App, delta: isize) {
    let d = detail_doc(app);
    let h = rows(panes(app).map(|(_, r)| r));
    if let Some(pane) = app.pane_mut() {
        step_doc(&mut pane.detail, &d, h, delta);
    }
}

/// Up/Down through a document `h` lines tall on screen: the next link in view, else a line.
pub(super) fn step_doc(nav: &mut DetailNav, d: &Doc, h: usize, delta: isize) {
    let bottom = nav.scroll + h; // first line below the view
    let next = match (nav.link, delta > 0) {
        (Some(i), true) => Some(i + 1),
        (Some(i), false) => i.checked_sub(1),
        (None, true) => d.links.iter().position(|l| l.first >= nav.scroll),
        (None, false) => d.links.iter().rposition(|l| l.last < bottom),
    };
    let candidate = next.and_then(|i| d.links.get(i).map(|l| (i, *l)));
    match candidate {
        Some((i, l)) if l.first < bottom && l.last >= nav.scroll => {
            nav.link = Some(i);
            reveal(nav, l.first, l.last, h);
        }
        _ => {
            nav.scroll = nav.scroll.saturating_add_signed(delta);
            // Drop a selected link that scrolled out of view.
            if let Some(l) = nav.link.and_then(|i| d.links.get(i))
                && (l.last < nav.scroll || l.first >= nav.scroll + h)
            {
                nav.link = None;
            }
        }
    }
}

/// Scrolls so lines `first..=last` are in view, preferring the first when they do not fit.
pub(super) fn reveal(nav: &mut DetailNav, first: usize, last: usize, h: usize) {
    if last >= nav.scroll + h {
        nav.scroll = (last + 1).saturating_sub(h);
    }
    if first < nav.scroll {
        nav.scroll = first;
    }
}

fn page(app: &mut App, dir: isize) {
    match app.nav.focus {
        Focus::List => {
            let h = rows(panes(app).map(|(l, _)| l));
            select_in_list(app, dir * h.saturating_sub(1).max(1) as isize);
        }
        Focus::Detail => {
            let h = rows(panes(app).map(|(_, d)| d));
            scroll_detail(app, dir * h.saturating_sub(1).max(1) as isize);
        }
        Focus::Timeline => {
            let h = rows(side_pane(app));
            let shown = app.shown_events();
            filter::shift(
                &mut app.nav.side,
                dir * h.saturating_sub(1).max(1) as isize,
                &shown,
            );
        }
    }
}

/// Scrolls the detail pane and selects the first link in view, if any.
fn scroll_detail(app: &mut App, delta: isize) {
    let d = detail_doc(app);
    let h = rows(panes(app).map(|(_, r)| r));
    if let Some(pane) = app.pane_mut() {
        scroll_doc(&mut pane.detail, &d, h, delta);
    }
}

/// Scrolls a document `h` lines tall on screen, selecting the first link in view.
pub(super) fn scroll_doc(nav: &mut DetailNav, d: &Doc, h: usize, delta: isize) {
    let max = d.height().saturating_sub(h);
    nav.scroll = nav.scroll.saturating_add_signed(delta).min(max);
    nav.link = d
        .links
        .iter()
        .position(|l| l.first >= nav.scroll && l.first < nav.scroll + h);
}

fn ends(app: &mut App, bottom: bool) {
    match app.nav.focus {
        Focus::List => select_in_list(app, if bottom { isize::MAX } else { isize::MIN }),
        Focus::Detail => scroll_detail(app, if bottom { isize::MAX } else { isize::MIN }),
        Focus::Timeline => {
            let shown = app.shown_events();
            filter::shift(
                &mut app.nav.side,
                if bottom { isize::MAX } else { isize::MIN },
                &shown,
            );
        }
    }
}

fn activate(app: &mut App) {
    match (app.nav.focus, app.nav.tab) {
        (Focus::List, Tab::Section(_)) => app.nav.focus = Focus::Detail,
        (Focus::List, Tab::Timeline) => {
            if let Some(e) = app.current_event() {
                open_event_chooser(app, e);
            }
        }
        (Focus::Detail, _) => {
            let d = detail_doc(app);
            let link = app
                .pane()
                .and_then(|p| p.detail.link)
                .and_then(|i| d.links.get(i));
            match link.map(|l| l.target) {
                Some(Target::Passage(i)) => super::source::open(app, Some(i)),
                Some(Target::Event(e)) => jump_to_event(app, e),
                Some(Target::Point(r)) => jump_to_point(app, r),
                Some(Target::Tag(_)) => {}
                None if d.links.is_empty() => app.message = Some("nothing to open here".into()),
                None => select_first_link(app, &d),
            }
        }
        (Focus::Timeline, _) => {
            let e = app.nav.side.selected;
            if app.shown_events().position(e).is_some() {
                jump_to_event(app, e);
            }
        }
    }
}

/// Enter with no link selected selects the first link in view (or the first one after it),
/// so a second Enter follows it.
fn select_first_link(app: &mut App, d: &Doc) {
    let h = rows(panes(app).map(|(_, r)| r));
    if let Some(pane) = app.pane_mut() {
        first_link_in_view(&mut pane.detail, d, h);
    }
}

/// Selects the first link in view, or the first after it, or the last.
pub(super) fn first_link_in_view(nav: &mut DetailNav, d: &Doc, h: usize) {
    let pick = d
        .links
        .iter()
        .position(|l| l.last >= nav.scroll)
        .or(d.links.len().checked_sub(1));
    if let Some((i, l)) = pick.and_then(|i| d.links.get(i).map(|l| (i, *l))) {
        nav.link = Some(i);
        reveal(nav, l.first, l.last, h);
    }
}

pub(super) fn open_passage(app: &mut App, passage: usize) {
    let items = app
        .pack
        .passage(passage)
        .map(|p| p.cited_by.clone())
        .unwrap_or_default();
    app.overlay = Some(Overlay::Chooser(Chooser {
        passage: Some(passage),
        event: None,
        items,
        selected: 0,
    }));
}

fn open_event_chooser(app: &mut App, event: usize) {
    let items = app
        .pack
        .event(event)
        .map(|e| e.points.clone())
        .unwrap_or_default();
    app.overlay = Some(Overlay::Chooser(Chooser {
        passage: None,
        event: Some(event),
        items,
        selected: 0,
    }));
}

/// Remembers the current place before a jump, like a browser following a link.
pub(super) fn remember(app: &mut App) {
    app.back.push(app.nav.clone());
    if app.back.len() > HISTORY_LIMIT {
        app.back.remove(0);
    }
    app.forward.clear();
}

/// Shows a point, remembering where the reader was.
pub fn jump_to_point(app: &mut App, r: PointRef) {
    if app.pack.point(r).is_none() {
        return;
    }
    if app.shown_points(r.section).position(r.point).is_none() {
        filter::clear_for_jump(app);
    }
    remember(app);
    app.overlay = None;
    app.nav.view = None;
    app.nav.tab = Tab::Section(r.section);
    app.nav.focus = Focus::Detail;
    if let Some(s) = app.nav.sections.get_mut(r.section) {
        s.list.selected = r.point;
        s.detail = DetailNav::default();
    }
}

/// Shows an event on the timeline tab, remembering where the reader was.
pub fn jump_to_event(app: &mut App, e: usize) {
    if app.pack.event(e).is_none() {
        return;
    }
    if app.shown_events().position(e).is_none() {
        filter::clear_for_jump(app);
    }
    remember(app);
    app.overlay = None;
    app.nav.view = None;
    app.nav.tab = Tab::Timeline;
    app.nav.focus = Focus::List;
    app.nav.timeline.list.selected = e;
    app.nav.timeline.detail = DetailNav::default();
}

pub(super) fn back(app: &mut App) {
    if let Some(previous) = app.back.pop() {
        let here = std::mem::replace(&mut app.nav, previous);
        app.forward.push(here);
    } else if app.nav.focus != Focus::List {
        app.nav.focus = Focus::List;
    } else {
        app.message = Some("nothing to go back to".into());
    }
}

/// Back from a full view: to the place before it, or, with no history, out of the view.
pub(super) fn back_or_close(app: &mut App) {
    if app.back.is_empty() {
        app.nav.view = None;
    } else {
        back(app);
    }
}

/// Returns to the place last gone back from, like a browser's forward button.
fn forward(app: &mut App) {
    match app.forward.pop() {
        Some(next) => {
            let here = std::mem::replace(&mut app.nav, next);
            app.back.push(here);
        }
        None => app.message = Some("nothing to go forward to".into()),
    }
}

fn overlay_action(app: &mut App, action: Action) {
    let doc = overlay_doc(app).unwrap_or_default();
    let h = usize::from(overlay_rect(app, &doc).height.saturating_sub(2)).max(1);
    let Some(overlay) = app.overlay.as_mut() else {
        return;
    };
    match overlay {
        Overlay::Search(_) => match action {
            Action::Click(col, row) => click_overlay_list(app, &doc, col, row),
            _ => super::search::action(app, action),
        },
        Overlay::Tags { selected } => {
            let last = doc.links.len().saturating_sub(1);
            match action {
                Action::Up | Action::WheelUp(..) => *selected = selected.saturating_sub(1),
                Action::Down | Action::WheelDown(..) => *selected = (*selected + 1).min(last),
                Action::PageUp | Action::Top => *selected = 0,
                Action::PageDown | Action::Bottom => *selected = last,
                Action::Activate => {
                    let pick = selected.checked_sub(1);
                    let tag = pick.and_then(|i| filter::tags(&app.pack).into_iter().nth(i));
                    filter::set(app, tag.map(|(t, _)| t));
                }
                Action::Click(col, row) => click_overlay_list(app, &doc, col, row),
                Action::Back | Action::Filter => app.overlay = None,
                _ => {}
            }
        }
        Overlay::Page { page, scroll } => match action {
            Action::Up | Action::WheelUp(..) => *scroll = scroll.saturating_sub(1),
            Action::Down | Action::WheelDown(..) => *scroll += 1,
            Action::PageUp => *scroll = scroll.saturating_sub(h),
            Action::PageDown => *scroll += h,
            Action::Top => *scroll = 0,
            Action::Bottom => *scroll = usize::MAX,
            Action::ToggleHelp if *page != Page::Help => *page = Page::Help,
            Action::ToggleAbout if *page != Page::About => *page = Page::About,
            Action::Back
            | Action::ToggleHelp
            | Action::ToggleAbout
            | Action::Activate
            | Action::Click(..) => {
                app.overlay = None;
            }
            _ => {}
        },
        Overlay::Chooser(c) => {
            let last = c.items.len().saturating_sub(1);
            match action {
                Action::Up | Action::WheelUp(..) => c.selected = c.selected.saturating_sub(1),
                Action::Down | Action::WheelDown(..) => c.selected = (c.selected + 1).min(last),
                Action::PageUp | Action::Top => c.selected = 0,
                Action::PageDown | Action::Bottom => c.selected = last,
                Action::Activate => {
                    if let Some(&r) = c.items.get(c.selected) {
                        jump_to_point(app, r);
                    }
                }
                Action::Click(col, row) => click_overlay_list(app, &doc, col, row),
                Action::ToggleSource => {
                    let passage = c.passage;
                    super::source::open(app, passage);
                }
                Action::Back => app.overlay = None,
                Action::ToggleHelp => app.overlay = Some(Overlay::page(Page::Help)),
                Action::ToggleAbout => app.overlay = Some(Overlay::page(Page::About)),
                _ => {}
            }
        }
    }
}

/// The first line of an overlay shown, given the selected link: enough to keep it in view.
pub fn chooser_scroll(doc: &Doc, selected: usize, h: usize) -> usize {
    let bottom = doc.links.get(selected).map_or(0, |l| l.last + 1);
    bottom.saturating_sub(h)
}

/// A click in a list overlay (chooser, search results, tags) selects the item under it and a
/// second click opens it; a click outside closes the overlay.
fn click_overlay_list(app: &mut App, doc: &Doc, col: u16, row: u16) {
    let inner = layout::inner(overlay_rect(app, doc));
    if !layout::contains(inner, col, row) {
        app.overlay = None;
        return;
    }
    let selected = overlay_selected(app).unwrap_or(0);
    let scroll = chooser_scroll(doc, selected, usize::from(inner.height));
    let line = scroll + usize::from(row - inner.y);
    let Some(hit) = doc.lines.get(line).and_then(|l| l.link) else {
        return;
    };
    if hit == selected {
        overlay_action(app, Action::Activate);
        return;
    }
    match app.overlay.as_mut() {
        Some(Overlay::Chooser(c)) => c.selected = hit,
        Some(Overlay::Search(s)) => s.selected = hit,
        Some(Overlay::Tags { selected }) => *selected = hit,
        _ => {}
    }
}

fn click(app: &mut App, col: u16, row: u16) {
    let Some(s) = screen(app) else { return };
    if layout::contains(s.tabs, col, row) {
        let hit = layout::tab_ranges(&app.pack, s.tabs)
            .into_iter()
            .find(|(_, start, end, _)| col >= *start && col < *end);
        if let Some((tab, ..)) = hit {
            switch_tab(app, tab);
        }
        return;
    }
    let Some((list, detail)) = panes(app) else {
        return;
    };
    if layout::contains(layout::inner(list), col, row) {
        let offset = app.pane().map_or(0, |p| p.list.offset);
        let Some(index) = app
            .shown()
            .get(offset + usize::from(row - layout::inner(list).y))
        else {
            return;
        };
        let already =
            app.nav.focus == Focus::List && app.pane().is_some_and(|p| p.list.selected == index);
        app.nav.focus = Focus::List;
        if already {
            activate(app);
        } else if let Some(pane) = app.pane_mut() {
            pane.list.selected = index;
            pane.detail = DetailNav::default();
        }
    } else if layout::contains(layout::inner(detail), col, row) {
        let d = detail_doc(app);
        let scroll = app.pane().map_or(0, |p| p.detail.scroll);
        let line = scroll + usize::from(row - layout::inner(detail).y);
        let link = d.lines.get(line).and_then(|l| l.link);
        let already = app.nav.focus == Focus::Detail
            && link.is_some()
            && app.pane().and_then(|p| p.detail.link) == link;
        app.nav.focus = Focus::Detail;
        if already {
            activate(app);
        } else if let (Some(pane), Some(_)) = (app.pane_mut(), link) {
            pane.detail.link = link;
        }
    } else if let Some(side) =
        side_pane(app).filter(|r| layout::contains(layout::inner(*r), col, row))
    {
        let Some(index) = app
            .shown_events()
            .get(app.nav.side.offset + usize::from(row - layout::inner(side).y))
        else {
            return;
        };
        let already = app.nav.focus == Focus::Timeline && app.nav.side.selected == index;
        app.nav.focus = Focus::Timeline;
        app.nav.side.selected = index;
        if already {
            activate(app);
        }
    }
}

fn wheel(app: &mut App, col: u16, row: u16, dir: isize) {
    let Some((list, detail)) = panes(app) else {
        return;
    };
    if layout::contains(list, col, row) {
        select_in_list(app, dir);
    } else if layout::contains(detail, col, row) {
        scroll_detail(app, dir * WHEEL_LINES as isize);
    } else if side_pane(app).is_some_and(|r| layout::contains(r, col, row)) {
        let shown = app.shown_events();
        filter::shift(&mut app.nav.side, dir, &shown);
    }
}

/// Restores every invariant after a change: focus on a pane that exists, cursors inside their
/// lists, list offsets showing their cursor, detail scroll inside its document, the selected
/// link inside the document. Cheap enough to run after every action.
pub fn settle(app: &mut App) {
    super::present::settle(app);
    if !focus_order(app).contains(&app.nav.focus) {
        app.nav.focus = Focus::List;
    }
    if let Tab::Section(i) = app.nav.tab
        && app.pack.section(i).is_none()
    {
        app.nav.tab = Tab::Timeline;
    }
    let (list_rows, detail_rows) =
        panes(app).map_or((10, 10), |(l, d)| (rows(Some(l)), rows(Some(d))));

    // Every section's cursor stays on a shown item of its own list, not only the visible one.
    let filter = app.filter.as_deref();
    for (i, s) in app.nav.sections.iter_mut().enumerate() {
        let shown = filter::points(&app.pack, filter, i);
        filter::clamp(&mut s.list, &shown, list_rows);
    }
    let events = app.shown_events();
    filter::clamp(&mut app.nav.timeline.list, &events, list_rows);

    // The timeline pane follows the selected point until the reader moves into it, with the
    // point's first event in the middle of the pane.
    let side_rows = rows(side_pane(app));
    if app.nav.focus != Focus::Timeline
        && let Some((first, pos)) = app
            .current_point()
            .and_then(|r| app.pack.point(r))
            .and_then(|p| p.events.first())
            .and_then(|&e| events.position(e).map(|pos| (e, pos)))
    {
        app.nav.side.selected = first;
        app.nav.side.offset = pos.saturating_sub(side_rows / 2);
    }
    filter::clamp(&mut app.nav.side, &events, side_rows);

    let d = detail_doc(app);
    if let Some(pane) = app.pane_mut() {
        let nav = &mut pane.detail;
        nav.scroll = nav.scroll.min(d.height().saturating_sub(detail_rows));
        if nav.link.is_some_and(|i| i >= d.links.len()) {
            nav.link = None;
        }
    }
    if matches!(app.overlay, Some(Overlay::Page { .. })) {
        let height = overlay_doc(app).map_or(0, |d| d.height());
        let h = usize::from(layout::overlay(area(app), height).height.saturating_sub(2)).max(1);
        if let Some(Overlay::Page { scroll, .. }) = &mut app.overlay {
            *scroll = (*scroll).min(height.saturating_sub(h));
        }
    }
    match &mut app.overlay {
        Some(Overlay::Chooser(c)) => c.selected = c.selected.min(c.items.len().saturating_sub(1)),
        Some(Overlay::Search(s)) => s.selected = s.selected.min(s.hits.len().saturating_sub(1)),
        Some(Overlay::Tags { selected }) => {
            let len = filter::tags(&app.pack).len();
            *selected = (*selected).min(len);
        }
        _ => {}
    }
    super::source::settle(app);
    super::map::settle(app);
}
