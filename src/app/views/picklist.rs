//! What the lists drawn over the tabs share (the chooser, the search results, the tag
//! picker): where they sit, how the cursor moves through their items, and what a click hits.

use ratatui::layout::Rect;

use crate::app::action::Action;
use crate::app::cursor::Cursor;
use crate::app::doc::Doc;
use crate::app::layout;
use crate::app::state::App;

/// Where an overlay showing `content_height` lines sits.
pub fn rect(app: &App, content_height: usize) -> Rect {
    layout::overlay(app.area(), content_height)
}

/// Lines of content an overlay in `rect` shows, inside its border.
pub fn rows(rect: Rect) -> usize {
    usize::from(layout::inner(rect).height).max(1)
}

/// Columns overlay text is wrapped to at the app's size.
pub fn text_width(app: &App) -> usize {
    layout::overlay_text_width(app.area())
}

/// Moves a list's cursor for a movement action (keys or the wheel); false for any other.
pub fn movement(cursor: &mut Cursor, doc: &Doc, view: usize, action: &Action) -> bool {
    match action {
        Action::Up | Action::WheelUp(..) => cursor.step(-1, doc, view),
        Action::Down | Action::WheelDown(..) => cursor.step(1, doc, view),
        Action::PageUp => cursor.page(-1, doc, view),
        Action::PageDown => cursor.page(1, doc, view),
        Action::Top => cursor.first(doc, view),
        Action::Bottom => cursor.last(doc, view),
        _ => return false,
    }
    true
}

/// What a click in an overlay list hits.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Clicked {
    /// Outside the overlay: it closes.
    Outside,
    /// An item, by link index.
    Item(usize),
    /// Inside, on no item.
    Nothing,
}

/// The item under a click at `col`, `row` in an overlay drawn in `rect` with `cursor`'s scroll.
pub fn clicked(doc: &Doc, cursor: &Cursor, rect: Rect, col: u16, row: u16) -> Clicked {
    let inner = layout::inner(rect);
    if !layout::contains(inner, col, row) {
        return Clicked::Outside;
    }
    let line = cursor.scroll + usize::from(row - inner.y);
    match doc.lines.get(line).and_then(|l| l.link) {
        Some(i) => Clicked::Item(i),
        None => Clicked::Nothing,
    }
}

/// What a list over the tabs was asked to do.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    /// Open item `i` (Enter, or a click on the selected item).
    Choose(usize),
    /// Close the list (Esc, or a click outside it).
    Close,
    /// The cursor moved, or nothing needed doing.
    Done,
    /// Not an action for a list.
    Ignored,
}

/// The keys and clicks every list over the tabs shares: moving, choosing, closing.
pub fn list_action(cursor: &mut Cursor, doc: &Doc, rect: Rect, action: &Action) -> Outcome {
    let rows = rows(rect);
    match action {
        Action::Activate => cursor.selected.map_or(Outcome::Done, Outcome::Choose),
        Action::Back => Outcome::Close,
        Action::Click(col, row) => match clicked(doc, cursor, rect, *col, *row) {
            Clicked::Outside => Outcome::Close,
            Clicked::Item(i) if cursor.selected == Some(i) => Outcome::Choose(i),
            Clicked::Item(i) => {
                cursor.select(i, doc, rows);
                Outcome::Done
            }
            Clicked::Nothing => Outcome::Done,
        },
        _ if movement(cursor, doc, rows, action) => Outcome::Done,
        _ => Outcome::Ignored,
    }
}
