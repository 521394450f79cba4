//! The argument map: the article's question at the root, its sections under it and their
//! points under those, each labelled with how it bears on the question. Sections fold.

use super::action::Action;
use super::layout;
use super::state::{App, ListNav, MapNav, View};
use super::update;
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
    update::screen(app)
        .map(|s| usize::from(layout::inner(s.whole_body).height))
        .unwrap_or(10)
        .max(1)
}

/// Opens the map on the selected point, remembering where the reader was.
pub fn open(app: &mut App) {
    let at = app.current_point();
    update::remember(app);
    app.overlay = None;
    let mut nav = MapNav {
        list: ListNav::default(),
        collapsed: vec![false; app.pack.sections.len()],
    };
    if let Some(r) = at {
        nav.list.selected = position(app, &nav, Row::Point(r)).unwrap_or(0);
    }
    app.nav.view = Some(View::Map(nav));
}

fn nav_mut(app: &mut App) -> Option<&mut MapNav> {
    match &mut app.nav.view {
        Some(View::Map(nav)) => Some(nav),
        _ => None,
    }
}

/// The selected row.
pub fn selected(app: &App) -> Option<Row> {
    let Some(View::Map(nav)) = &app.nav.view else {
        return None;
    };
    row_at(app, nav, nav.list.selected)
}

/// Keys in the map. Returns false for actions it leaves to the explorer.
pub fn action(app: &mut App, action: Action) -> bool {
    let h = height(app) as isize;
    match action {
        Action::Up | Action::WheelUp(..) => move_by(app, -1),
        Action::Down | Action::WheelDown(..) => move_by(app, 1),
        Action::PageUp => move_by(app, -(h - 1).max(1)),
        Action::PageDown | Action::NextStep => move_by(app, (h - 1).max(1)),
        Action::Top => move_by(app, isize::MIN),
        Action::Bottom => move_by(app, isize::MAX),
        Action::FocusLeft => fold(app, true),
        Action::FocusRight => fold(app, false),
        Action::Activate => activate(app),
        Action::Click(col, row) => click(app, col, row),
        Action::ToggleMap | Action::Back => update::back_or_close(app),
        _ => return false,
    }
    true
}

fn move_by(app: &mut App, delta: isize) {
    let Some(View::Map(nav)) = &app.nav.view else {
        return;
    };
    let last = count(app, nav).saturating_sub(1);
    if let Some(nav) = nav_mut(app) {
        nav.list.selected = nav.list.selected.saturating_add_signed(delta).min(last);
    }
}

/// Folds (`true`) or unfolds a section. On a point, folding moves up to its section.
fn fold(app: &mut App, fold: bool) {
    let row = selected(app);
    let section = match row {
        Some(Row::Section(i)) => i,
        Some(Row::Point(r)) if fold => r.section,
        _ => return,
    };
    let Some(nav) = nav_mut(app) else { return };
    if let Some(c) = nav.collapsed.get_mut(section) {
        *c = fold;
    }
    let Some(View::Map(nav)) = &app.nav.view else {
        return;
    };
    let at = rows(app, nav)
        .iter()
        .position(|r| *r == Row::Section(section));
    if let (Some(nav), Some(at)) = (nav_mut(app), at) {
        nav.list.selected = at;
    }
}

fn activate(app: &mut App) {
    match selected(app) {
        Some(Row::Point(r)) => update::jump_to_point(app, r),
        Some(Row::Section(i)) => {
            let folded = match &app.nav.view {
                Some(View::Map(nav)) => nav.collapsed.get(i).copied().unwrap_or(false),
                _ => false,
            };
            fold(app, !folded);
        }
        Some(Row::Question) | None => {
            app.message = Some("the question the whole argument answers".into());
        }
    }
}

/// A click selects a row; a click on the selected row opens or folds it.
fn click(app: &mut App, col: u16, row: u16) {
    let Some(inner) = update::screen(app).map(|s| layout::inner(s.whole_body)) else {
        return;
    };
    if !layout::contains(inner, col, row) {
        return;
    }
    let Some(View::Map(nav)) = &app.nav.view else {
        return;
    };
    let index = nav.list.offset + usize::from(row - inner.y);
    if index >= count(app, nav) {
        return;
    }
    let already = nav.list.selected == index;
    if already {
        activate(app);
    } else if let Some(nav) = nav_mut(app) {
        nav.list.selected = index;
    }
}

/// Keeps the cursor on a row and in view, and one fold flag per section.
pub fn settle(app: &mut App) {
    let sections = app.pack.sections.len();
    let h = height(app);
    let Some(View::Map(nav)) = &app.nav.view else {
        return;
    };
    let len = count(app, nav);
    if let Some(nav) = nav_mut(app) {
        nav.collapsed.resize(sections, false);
        let l = &mut nav.list;
        l.selected = l.selected.min(len.saturating_sub(1));
        if l.selected < l.offset {
            l.offset = l.selected;
        }
        if l.selected >= l.offset + h {
            l.offset = l.selected + 1 - h;
        }
        l.offset = l.offset.min(len.saturating_sub(h));
    }
}
