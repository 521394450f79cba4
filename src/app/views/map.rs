//! The argument map: the article's question at the root, its sections under it and their
//! points under those, each labelled with how it bears on the question. Sections fold.

use crate::app::action::Action;
use crate::app::cursor::{Cursor, List};
use crate::app::layout;
use crate::app::navigate;
use crate::app::state::{App, MapNav};
use crate::content::PointRef;

/// One row of the map.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Row {
    Question,
    Section(usize),
    Point(PointRef),
}

/// Every row shown: the question, then each section and, unless it is folded, its points that
/// the filter lets through. Drawing and keys use [`count`] and [`row_at`] instead, which do not
/// walk every point.
pub fn rows(app: &App, nav: &MapNav) -> Vec<Row> {
    let mut out = vec![Row::Question];
    for (i, _) in app.pack.sections.iter().enumerate() {
        out.push(Row::Section(i));
        if nav.collapsed.get(i).copied().unwrap_or(false) {
            continue;
        }
        out.extend(
            app.shown_points(i)
                .iter_from(0)
                .map(|point| Row::Point(PointRef { section: i, point })),
        );
    }
    out
}

/// How many rows the map has, without listing them: one pass over the sections, not the
/// points, so a frame costs the same on a pack of any size.
pub fn count(app: &App, nav: &MapNav) -> usize {
    1 + (0..app.pack.sections.len())
        .map(|i| 1 + points_under(app, nav, i))
        .sum::<usize>()
}

/// The row at position `pos`.
pub fn row_at(app: &App, nav: &MapNav, pos: usize) -> Option<Row> {
    let Some(mut at) = pos.checked_sub(1) else {
        return Some(Row::Question);
    };
    for i in 0..app.pack.sections.len() {
        if at == 0 {
            return Some(Row::Section(i));
        }
        at -= 1;
        let n = points_under(app, nav, i);
        if at < n {
            let point = app.shown_points(i).get(at)?;
            return Some(Row::Point(PointRef { section: i, point }));
        }
        at -= n;
    }
    None
}

/// The position of `row`, if it is shown.
pub fn position(app: &App, nav: &MapNav, row: Row) -> Option<usize> {
    let section = match row {
        Row::Question => return Some(0),
        Row::Section(i) => i,
        Row::Point(r) => r.section,
    };
    let before: usize = (0..section).map(|i| 1 + points_under(app, nav, i)).sum();
    let at = 1 + before;
    match row {
        Row::Point(r) if !folded(nav, section) => {
            Some(at + 1 + app.shown_points(section).position(r.point)?)
        }
        Row::Point(_) => None,
        _ => Some(at),
    }
}

fn folded(nav: &MapNav, section: usize) -> bool {
    nav.collapsed.get(section).copied().unwrap_or(false)
}

/// Point rows shown under a section: none when it is folded.
fn points_under(app: &App, nav: &MapNav, section: usize) -> usize {
    if folded(nav, section) {
        0
    } else {
        app.shown_points(section).len()
    }
}

/// The rows the map has room for inside its border.
pub fn height(app: &App) -> usize {
    app.screen()
        .map(|s| usize::from(layout::inner(s.whole_body).height))
        .unwrap_or(10)
        .max(1)
}

/// Opens the map on the selected point, remembering where the reader was.
pub fn open(app: &mut App) {
    let at = app.current_point();
    navigate::remember(app);
    app.overlay = None;
    let mut nav = MapNav {
        rows: Cursor::at(0),
        collapsed: vec![false; app.pack.sections.len()],
    };
    if let Some(r) = at {
        nav.rows.selected = position(app, &nav, Row::Point(r));
    }
    app.nav.view = Some(crate::app::state::FullView::Map(nav));
}

/// The selected row.
pub fn selected(app: &App) -> Option<Row> {
    let nav = app.nav.map()?;
    row_at(app, nav, nav.row())
}

/// Keys in the map. Returns false for actions it leaves to the explorer.
pub fn action(app: &mut App, action: &Action) -> bool {
    let h = height(app);
    let Some(nav) = app.nav.map() else {
        return false;
    };
    let list = List(count(app, nav));
    let Some(c) = app.nav.map_mut().map(|m| &mut m.rows) else {
        return false;
    };
    match action {
        Action::Up | Action::WheelUp(..) => c.step(-1, &list, h),
        Action::Down | Action::WheelDown(..) => c.step(1, &list, h),
        Action::PageUp => c.page(-1, &list, h),
        Action::PageDown => c.page(1, &list, h),
        Action::Top => c.first(&list, h),
        Action::Bottom => c.last(&list, h),
        Action::Collapse => fold(app, true),
        Action::Expand => fold(app, false),
        Action::Activate => activate(app),
        Action::Click(col, row) => click(app, *col, *row),
        Action::ToggleMap | Action::Back => navigate::back_or_close(app),
        Action::FocusLeft | Action::FocusRight | Action::ToggleTimeline => {}
        _ => return false,
    }
    true
}

/// ← and →, as in a file tree: ← folds an open section, else moves up to the parent; → opens a
/// folded section, else moves into its first point.
fn fold(app: &mut App, fold: bool) {
    let Some(row) = selected(app) else { return };
    let folded = |app: &App, i: usize| {
        app.nav
            .map()
            .is_some_and(|nav| nav.collapsed.get(i).copied().unwrap_or(false))
    };
    match (row, fold) {
        (Row::Section(i), true) if !folded(app, i) => set_folded(app, i, true),
        (Row::Section(_), true) => select(app, Row::Question),
        (Row::Point(r), true) => select(app, Row::Section(r.section)),
        (Row::Section(i), false) if folded(app, i) => set_folded(app, i, false),
        (Row::Section(i), false) => {
            if let Some(point) = app.shown_points(i).get(0) {
                select(app, Row::Point(PointRef { section: i, point }));
            }
        }
        (Row::Point(_) | Row::Question, false) | (Row::Question, true) => {}
    }
}

/// Folds or unfolds section `i`, keeping it selected.
fn set_folded(app: &mut App, i: usize, fold: bool) {
    if let Some(c) = app.nav.map_mut().and_then(|nav| nav.collapsed.get_mut(i)) {
        *c = fold;
    }
    select(app, Row::Section(i));
}

/// Selects a row, if it is shown.
fn select(app: &mut App, row: Row) {
    let Some(nav) = app.nav.map() else { return };
    let at = position(app, nav, row);
    if let (Some(nav), Some(at)) = (app.nav.map_mut(), at) {
        nav.rows.selected = Some(at);
    }
}

fn activate(app: &mut App) {
    match selected(app) {
        Some(Row::Point(r)) => navigate::jump_to_point(app, r),
        Some(Row::Section(i)) => {
            let folded = app
                .nav
                .map()
                .is_some_and(|nav| nav.collapsed.get(i).copied().unwrap_or(false));
            set_folded(app, i, !folded);
        }
        Some(Row::Question) | None => {
            app.status.message = Some("the question the whole argument answers".into());
        }
    }
}

/// A click selects a row; a click on the selected row opens or folds it.
fn click(app: &mut App, col: u16, row: u16) {
    let Some(inner) = app.screen().map(|s| layout::inner(s.whole_body)) else {
        return;
    };
    if !layout::contains(inner, col, row) {
        return;
    }
    let Some(nav) = app.nav.map() else { return };
    let index = nav.rows.scroll + usize::from(row - inner.y);
    if index >= count(app, nav) {
        return;
    }
    if nav.rows.selected == Some(index) {
        activate(app);
    } else if let Some(nav) = app.nav.map_mut() {
        nav.rows.selected = Some(index);
    }
}

/// Keeps the cursor on a row and in view, and one fold flag per section.
pub fn settle(app: &mut App) {
    let sections = app.pack.sections.len();
    let h = height(app);
    let Some(nav) = app.nav.map() else { return };
    let list = List(count(app, nav));
    if let Some(nav) = app.nav.map_mut() {
        nav.collapsed.resize(sections, false);
        nav.rows.clamp_list(&list, h);
    }
}
