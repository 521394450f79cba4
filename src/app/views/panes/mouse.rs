//! Clicks and the wheel in the tab's panes: a click selects what is under it, a second click
//! on the same thing opens it, and the wheel scrolls the pane under the pointer.

use super::{activate, detail_doc, detail_rows, in_list, list_rows, panes, side_pane};
use crate::app::layout;
use crate::app::navigate;
use crate::app::state::{App, Focus};
use crate::app::tabbar::tab_bar;
use crate::app::views::timeline;

/// Lines the mouse wheel scrolls a text pane by.
const WHEEL_LINES: isize = 3;

pub(super) fn click(app: &mut App, col: u16, row: u16) {
    let Some(screen) = app.screen() else { return };
    if layout::contains(screen.tabs, col, row) {
        let bar = tab_bar(&app.pack, screen.tabs, app.nav.tab);
        let hit = bar.tabs.iter().find(|t| col >= t.start && col < t.end);
        if let Some(t) = hit {
            navigate::switch_tab(app, t.tab);
        }
        return;
    }
    let Some((list, detail)) = panes(app) else {
        return;
    };
    if layout::contains(layout::inner(list), col, row) {
        click_list(app, usize::from(row - layout::inner(list).y));
    } else if layout::contains(layout::inner(detail), col, row) {
        click_detail(app, usize::from(row - layout::inner(detail).y));
    } else if let Some(side) = side_pane(app).map(layout::inner)
        && layout::contains(side, col, row)
    {
        timeline::side_click(app, usize::from(row - side.y));
    }
}

/// A click on the `row`th row of the list in view.
fn click_list(app: &mut App, row: usize) {
    let offset = app.pane().map_or(0, |p| p.list.offset);
    let Some(index) = app.shown().get(offset + row) else {
        return;
    };
    let already =
        app.nav.focus == Focus::List && app.pane().is_some_and(|p| p.list.selected == index);
    app.nav.focus = Focus::List;
    if already {
        activate(app);
    } else {
        let shown = app.shown();
        let Some(pos) = shown.position(index) else {
            return;
        };
        in_list(app, |c, _| c.selected = Some(pos));
    }
}

/// A click on the `row`th row of the detail pane in view: a link is selected, then followed.
fn click_detail(app: &mut App, row: usize) {
    let doc = detail_doc(app);
    let scroll = app.pane().map_or(0, |p| p.detail.scroll);
    let link = doc.lines.get(scroll + row).and_then(|l| l.link);
    let already = app.nav.focus == Focus::Detail
        && link.is_some()
        && app.pane().and_then(|p| p.detail.selected) == link;
    app.nav.focus = Focus::Detail;
    if already {
        activate(app);
    } else if let (Some(pane), Some(_)) = (app.nav.pane_mut(), link) {
        pane.detail.selected = link;
    }
}

pub(super) fn wheel(app: &mut App, col: u16, row: u16, dir: isize) {
    let Some((list, detail)) = panes(app) else {
        return;
    };
    if layout::contains(list, col, row) {
        let h = list_rows(app);
        in_list(app, |c, l| c.step(dir, l, h));
    } else if layout::contains(detail, col, row) {
        let doc = detail_doc(app);
        let h = detail_rows(app);
        if let Some(pane) = app.nav.pane_mut() {
            pane.detail.scroll_by(dir * WHEEL_LINES, &doc, h);
        }
    } else if side_pane(app).is_some_and(|r| layout::contains(r, col, row)) {
        timeline::side_move(app, |c, l, h| c.step(dir, l, h));
    }
}
