//! Pages of text over the tabs: the keys of the place the reader is in (generated from the
//! keymap), the article's details, and why an edited pack did not load.

use super::picklist;
use crate::app::action::Action;
use crate::app::cursor::{Cursor, Text};
use crate::app::doc::{Doc, Role};
use crate::app::keymap::{Layer, QUERY_SYNTAX, QUERY_SYNTAX_TITLE, layer_bindings, searches_pack};
use crate::app::state::{App, Overlay, Page};
use crate::content::Pack;
use crate::wrap::{width, wrap};

/// Shows a page, scrolled to the top.
pub fn open(app: &mut App, page: Page) {
    app.overlay = Some(Overlay::page(page));
}

/// The open page, its document, scroll and where it sits.
pub fn current(app: &App) -> Option<(Page, Cursor, Doc, ratatui::layout::Rect)> {
    let Some(Overlay::Page { page, cursor }) = &app.overlay else {
        return None;
    };
    let w = picklist::text_width(app);
    let doc = match page {
        Page::Help(layer) => help_doc(*layer, w),
        Page::About => about_doc(&app.pack, w),
        Page::Problems => problems_doc(&app.status.problems, w),
    };
    let rect = picklist::rect(app, doc.height());
    Some((*page, *cursor, doc, rect))
}

fn cursor_mut(app: &mut App) -> Option<&mut Cursor> {
    match &mut app.overlay {
        Some(Overlay::Page { cursor, .. }) => Some(cursor),
        _ => None,
    }
}

/// Keys while a page is open: it scrolls, and closes on Esc, Enter or a click.
pub fn action(app: &mut App, action: &Action) -> bool {
    let Some((page, _, doc, rect)) = current(app) else {
        return false;
    };
    let text = Text(doc.height());
    let rows = picklist::rows(rect);
    match action {
        Action::ToggleHelp if !matches!(page, Page::Help(_)) => open(app, Page::Help(Layer::Page)),
        Action::ToggleAbout if page != Page::About => open(app, Page::About),
        Action::Back | Action::ToggleHelp | Action::ToggleAbout | Action::Activate => {
            app.overlay = None;
        }
        Action::Click(..) => app.overlay = None,
        _ => {
            if let Some(c) = cursor_mut(app) {
                match action {
                    Action::Up | Action::WheelUp(..) => c.scroll_by(-1, &text, rows),
                    Action::Down | Action::WheelDown(..) => c.scroll_by(1, &text, rows),
                    Action::PageUp => c.page_text(-1, &text, rows),
                    Action::PageDown => c.page_text(1, &text, rows),
                    Action::Top => c.first(&text, rows),
                    Action::Bottom => c.last(&text, rows),
                    _ => {}
                }
            }
        }
    }
    true
}

/// Keeps the scroll inside the page.
pub fn settle(app: &mut App) {
    let Some((_, _, doc, rect)) = current(app) else {
        return;
    };
    if let Some(c) = cursor_mut(app) {
        c.settle(&Text(doc.height()), picklist::rows(rect));
    }
}

/// Every symbol the screens use, with what it means.
pub const LEGEND: &[(&str, &str)] = &[
    ("▶", "the pane the keys act on (its border is heavier too)"),
    ("▸", "the selected item"),
    ("→", "a link: select it and press Enter to follow it"),
    (
        "●",
        "an event the selected point cites, in the timeline pane",
    ),
    ("¶ 12", "paragraph 12 of the source article"),
    ("│", "a quotation from the source, in a detail pane"),
    ("┃", "the passage the source view was opened at"),
    ("╎", "another passage the pack quotes, in the source view"),
    ("▾ ▸", "an open or a folded section, in the argument map"),
    ("◂ 2 back", "two places Backspace can go back to"),
    ("↑ ↓ more", "items scrolled out of view above or below"),
    ("‹ ›", "more tabs than the tab bar can show"),
    (
        "● ○",
        "on the time axis: a date the text gives, or one worked out",
    ),
    (
        "━ ┅",
        "an event's span on the time axis, dotted where its edges are uncertain",
    ),
    (
        "═",
        "an era, a period the article describes, on the time axis",
    ),
    ("≈", "years with nothing in them, left out of the time axis"),
    (
        "↑ ↓ label",
        "on a narrow time axis: the label's mark is above or below it",
    ),
];

/// The keys of one layer with what they do there, then the keys that work everywhere.
pub fn help_doc(layer: Layer, cols: usize) -> Doc {
    let mut doc = Doc::default();
    let cols = cols.max(1);
    doc.para(Role::Title, &format!("Keys: {}", layer.title()), cols);
    let groups = [layer, Layer::Global];
    let widest = groups
        .iter()
        .flat_map(|l| layer_bindings(*l))
        .map(|b| width(&b.keys_label()))
        .max()
        .unwrap_or(0);
    let key_col = (widest + 2).min(KEY_COLUMN_MAX).min(cols / 3);
    for (n, l) in groups.into_iter().enumerate() {
        if n > 0 {
            doc.heading(l.title());
        }
        doc.blank();
        for b in layer_bindings(l) {
            two_columns(
                &mut doc,
                &b.keys_label(),
                &b.help.replace('`', ""),
                key_col,
                cols,
            );
        }
    }
    if searches_pack(layer) {
        query_syntax(&mut doc, cols);
    }
    doc.heading("Symbols");
    doc.blank();
    let symbol_col = LEGEND.iter().map(|(s, _)| width(s)).max().unwrap_or(0) + 2;
    for (symbol, meaning) in LEGEND {
        two_columns(&mut doc, symbol, meaning, symbol_col.min(cols / 3), cols);
    }
    doc.blank();
    doc.para(Role::Note, "Mouse: click a tab, an item, a link, a quotation in the source, a map row or a search result (click again to open it); the wheel scrolls the pane under the pointer.", cols);
    doc.blank();
    doc.para(
        Role::Note,
        "Each place has keys of its own: press ? there to see them. Esc closes this help.",
        cols,
    );
    doc
}

/// How to write a query, for the help of a place whose `/` searches the pack: the box itself
/// has room only for a line of it.
fn query_syntax(doc: &mut Doc, cols: usize) {
    doc.heading(QUERY_SYNTAX_TITLE);
    doc.blank();
    let col = QUERY_SYNTAX
        .iter()
        .map(|(q, _)| width(q))
        .max()
        .unwrap_or(0)
        + 2;
    for (query, finds) in QUERY_SYNTAX {
        two_columns(doc, query, finds, col.min(cols / 3), cols);
    }
}

/// Widest the keys column of the help gets; longer key lists sit on a line of their own.
const KEY_COLUMN_MAX: usize = 18;

/// A row of two columns, the right one wrapped with a hanging indent so it stays in its
/// column; a left side wider than its column gets a line of its own.
fn two_columns(doc: &mut Doc, left: &str, right: &str, col: usize, cols: usize) {
    let indent = " ".repeat(col);
    let room = cols.saturating_sub(col).max(1);
    let mut lines = wrap(right, room).into_iter();
    if width(left) + 1 > col {
        doc.push(Role::Body, left.to_string());
    } else {
        let first = lines.next().unwrap_or_default();
        let pad = " ".repeat(col - width(left));
        doc.push(Role::Body, format!("{left}{pad}{first}"));
    }
    for l in lines {
        doc.push(Role::Body, format!("{indent}{l}"));
    }
}

/// Why an edited pack was not loaded. Diagnostics quote pack text, so they are sanitised like
/// everything else that reaches the screen.
pub fn problems_doc(problems: &[String], width: usize) -> Doc {
    let mut doc = Doc::default();
    let width = width.max(1);
    doc.para(Role::Title, "The edited pack could not be loaded", width);
    doc.para(
        Role::Note,
        "Still showing the last version that loaded. Fix these and save; the pack reloads by itself.",
        width,
    );
    for problem in problems {
        doc.blank();
        for line in problem.lines() {
            doc.para(Role::Body, &crate::content::sanitize::sanitize(line), width);
        }
    }
    doc.blank();
    doc.para(Role::Note, "Esc closes this page.", width);
    doc
}

/// The article's details: what it is, who wrote it, when, and how the pack treats it.
pub fn about_doc(pack: &Pack, width: usize) -> Doc {
    let mut doc = Doc::default();
    let width = width.max(1);
    let a = &pack.article;
    doc.para(Role::Title, &a.title, width);
    if let Some(q) = &a.question {
        doc.para(Role::Kicker, &format!("Question: {q}"), width);
    }
    doc.blank();
    let inferred = if a.published.inferred {
        " (inferred)"
    } else {
        ""
    };
    doc.para(
        Role::Body,
        &format!(
            "Published by {}, {}{inferred}",
            a.publisher, a.published.date
        ),
        width,
    );
    if let Some(note) = &a.published.note {
        doc.para(Role::Note, note, width);
    }
    doc.heading("Authors");
    for author in &a.authors {
        doc.para(Role::Claim, &author.name, width);
        doc.para(Role::Body, &author.bio, width);
    }
    doc.heading("Sections");
    for s in &pack.sections {
        doc.para(
            Role::Claim,
            &format!("{} ({} points)", s.title, s.points.len()),
            width,
        );
        doc.para(Role::Body, &s.intro, width);
    }
    doc.heading("Source and attribution");
    doc.para(Role::Body, &a.attribution, width);
    doc.para(
        Role::Note,
        &format!(
            "{} paragraphs, {} passages, {} events.",
            pack.source.paragraphs.len(),
            pack.passages.len(),
            pack.events.len()
        ),
        width,
    );
    for note in &a.notes {
        doc.blank();
        doc.para(Role::Note, note, width);
    }
    doc
}
