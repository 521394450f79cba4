//! The source view: the whole article, paragraph numbers in the margin, the passage it was
//! opened at highlighted and every other passage the pack quotes marked, each one a link to the
//! points that cite it.

pub mod find;

use std::sync::Arc;

use ratatui::layout::Rect;

pub use crate::app::doc::source::{BAR_CHOSEN, BAR_CITED, BAR_PLAIN, SourceText};

use crate::app::action::Action;
use crate::app::cursor::Cursor;
use crate::app::doc::Target;
use crate::app::layout;
use crate::app::memo::SourceLayout;
use crate::app::navigate;
use crate::app::state::{App, Focus, Overlay, SourceNav};
use crate::app::tab::Tab;

/// Lines the mouse wheel scrolls by.
const WHEEL_LINES: isize = 3;

/// The rectangle the source view is drawn in.
pub fn area(app: &App) -> Option<Rect> {
    app.screen().map(|s| s.whole_body)
}

/// Columns the source text is wrapped to, margin included.
pub fn text_width(area: Rect) -> usize {
    usize::from(layout::inner(area).width.saturating_sub(2)).min(layout::MAX_TEXT_WIDTH + 8)
}

/// The article as laid out by the last settle, the view's state and its height in rows, if
/// the source view is open.
pub fn current(app: &App) -> Option<(Arc<SourceText>, SourceNav, usize)> {
    let nav = *app.nav.source()?;
    let r = area(app)?;
    let width = text_width(r);
    let doc = app
        .memo
        .source(width, nav.passage)
        .unwrap_or_else(|| Arc::new(SourceText::new(&app.pack, nav.passage, width)));
    Some((doc, nav, rows(r)))
}

fn rows(area: Rect) -> usize {
    usize::from(layout::inner(area).height).max(1)
}

/// Lays the article out for the view's width, unless the last layout is still good.
fn lay_out(app: &mut App) -> Option<(Arc<SourceText>, usize)> {
    let passage = app.nav.source()?.passage;
    let r = area(app)?;
    let width = text_width(r);
    let doc = match app.memo.source(width, passage) {
        Some(doc) => doc,
        None => {
            let doc = Arc::new(SourceText::new(&app.pack, passage, width));
            app.memo.keep_source(SourceLayout {
                width,
                passage,
                doc: Arc::clone(&doc),
                found: None,
            });
            doc
        }
    };
    Some((doc, rows(r)))
}

fn cursor_mut(app: &mut App) -> Option<&mut Cursor> {
    app.nav.source_mut().map(|s| &mut s.doc)
}

/// The passage `s` opens the source at: the selected passage link, else the first passage of
/// the selected point or event.
pub fn passage_in_view(app: &App) -> Option<usize> {
    if let Some(Overlay::Chooser(c)) = &app.overlay {
        return c.passage;
    }
    if app.nav.focus == Focus::Detail {
        let d = super::panes::detail_doc(app);
        let link = app.pane().and_then(|p| p.detail.selected);
        if let Some(Target::Passage(i)) = link.and_then(|i| d.links.get(i)).map(|l| l.target) {
            return Some(i);
        }
    }
    match app.nav.tab {
        Tab::Section(_) => app
            .current_point()
            .and_then(|r| app.pack.point(r))
            .and_then(|p| p.passages.first().copied()),
        Tab::Timeline => app
            .current_event()
            .and_then(|e| app.pack.event(e))
            .and_then(|e| e.passages.first().copied()),
    }
}

/// Opens the source view at `passage`, remembering where the reader was.
pub fn open(app: &mut App, passage: Option<usize>) {
    navigate::open_source(app, passage);
}

/// Keys in the source view. Returns false for actions it leaves to the explorer.
pub fn action(app: &mut App, action: &Action) -> bool {
    let Some((doc, h)) = lay_out(app) else {
        return false;
    };
    let Some(c) = cursor_mut(app) else {
        return false;
    };
    let doc = doc.as_ref();
    match action {
        Action::Up => c.read(-1, doc, h),
        Action::Down => c.read(1, doc, h),
        Action::PageUp => c.page_text(-1, doc, h),
        Action::PageDown => c.page_text(1, doc, h),
        Action::Top => c.first(doc, h),
        Action::Bottom => c.last(doc, h),
        Action::WheelUp(..) => c.scroll_by(-WHEEL_LINES, doc, h),
        Action::WheelDown(..) => c.scroll_by(WHEEL_LINES, doc, h),
        Action::Activate => activate(app, doc, h),
        Action::Click(col, row) => click(app, doc, *col, *row),
        Action::ToggleSource | Action::Back => navigate::back_or_close(app),
        Action::FocusLeft | Action::FocusRight | Action::ToggleTimeline => {}
        _ => return false,
    }
    true
}

/// Enter on a quotation lists the points citing it; with none selected, it selects the first
/// in view and lists the points citing that one.
fn activate(app: &mut App, doc: &SourceText, h: usize) {
    let selected = app.nav.source().and_then(|s| s.doc.selected);
    match selected.and_then(|i| doc.links().get(i)).map(|l| l.target) {
        Some(Target::Passage(p)) => navigate::choose_citing_passage(app, p),
        _ if doc.links().is_empty() => {
            app.status.message = Some("the pack quotes nothing here".into());
        }
        _ => {
            if let Some(c) = cursor_mut(app)
                && let Some(i) = c.nearest_item(doc)
            {
                c.select(i, doc, h);
                if let Some(Target::Passage(p)) = doc.links().get(i).map(|l| l.target) {
                    navigate::choose_citing_passage(app, p);
                }
            }
        }
    }
}

/// A click on a quotation selects it; a second click lists the points citing it.
fn click(app: &mut App, doc: &SourceText, col: u16, row: u16) {
    let Some(r) = area(app).map(layout::inner) else {
        return;
    };
    if !layout::contains(r, col, row) {
        return;
    }
    let Some(c) = cursor_mut(app) else { return };
    let line = doc.line(c.scroll + usize::from(row - r.y));
    // The margin is one column left of the text.
    let x = usize::from(col - r.x).saturating_sub(1);
    let hit = line.and_then(|l| {
        let byte = byte_at_column(&l.text, x);
        l.marks
            .iter()
            .find(|m| m.link.is_some() && byte >= m.start && byte < m.end)
            .and_then(|m| m.link)
            .or(l.link)
    });
    let Some(link) = hit else { return };
    if c.selected == Some(link) {
        activate(app, doc, usize::from(r.height).max(1));
    } else {
        c.selected = Some(link);
    }
}

/// The byte offset in `text` of the character drawn at display column `col`.
fn byte_at_column(text: &str, col: usize) -> usize {
    let mut used = 0;
    for (i, c) in text.char_indices() {
        used += crate::wrap::width(c.encode_utf8(&mut [0; 4]));
        if used > col {
            return i;
        }
    }
    text.len()
}

/// Puts a newly opened view at its passage (selected, a third of the way down) or at its
/// paragraph.
fn place(nav: &mut SourceNav, doc: &SourceText, h: usize) {
    let link = nav.passage.and_then(|p| {
        doc.links()
            .iter()
            .position(|l| l.target == Target::Passage(p))
    });
    if let Some(l) = link.and_then(|i| doc.links().get(i).map(|l| (i, l))) {
        nav.doc.selected = Some(l.0);
        nav.doc.scroll = l.1.first.saturating_sub(h / 3);
        nav.doc.reveal(l.1.first, l.1.last, h);
    } else if let Some(line) = nav
        .paragraph
        .and_then(|n| doc.paragraph_starts().nth(n.checked_sub(1)?))
    {
        nav.doc.scroll = line.saturating_sub(h / 3);
    }
    nav.doc.keep_place(doc);
}

/// Lays the article out for the current width, places a newly opened view on its passage (a
/// third of the way down), and keeps the scroll and selection inside the document.
pub fn settle(app: &mut App) {
    let Some((doc, h)) = lay_out(app) else {
        return;
    };
    let Some(nav) = app.nav.source_mut() else {
        return;
    };
    let doc = doc.as_ref();
    if !nav.placed {
        nav.placed = true;
        place(nav, doc, h);
    }
    nav.doc.settle(doc, h);
    find::keep(app);
}
