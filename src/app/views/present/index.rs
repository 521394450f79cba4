//! The slide index (`i`, Ctrl-P): every slide of the deck by its label and title, the one
//! showing marked, Enter going to the one chosen. On the console it moves both screens.

use crate::app::action::Action;
use crate::app::cursor::Cursor;
use crate::app::doc::{Doc, Role, Target};
use crate::app::state::{App, Deck, Overlay};
use crate::app::views::picklist::{self, Outcome};
use crate::content::Pack;

use super::doc::slide_name;

/// Opens the index on the slide showing.
pub fn open(app: &mut App) {
    let at = app.deck.as_ref().map_or(0, |d| d.slide);
    app.overlay = Some(Overlay::SlideIndex {
        cursor: Cursor::at(at),
    });
}

/// The index's document, cursor and where it sits, if it is open.
pub fn current(app: &App) -> Option<(Cursor, Doc, ratatui::layout::Rect)> {
    let (Some(Overlay::SlideIndex { cursor }), Some(deck)) = (&app.overlay, &app.deck) else {
        return None;
    };
    let doc = index_doc(&app.pack, deck, picklist::text_width(app));
    let rect = picklist::rect(app, doc.height());
    Some((*cursor, doc, rect))
}

fn cursor_mut(app: &mut App) -> Option<&mut Cursor> {
    match &mut app.overlay {
        Some(Overlay::SlideIndex { cursor }) => Some(cursor),
        _ => None,
    }
}

/// Keys and clicks while the index is open; it takes every action.
pub fn action(app: &mut App, action: &Action) -> bool {
    let Some((_, doc, rect)) = current(app) else {
        return false;
    };
    if matches!(action, Action::SlideIndex) {
        app.overlay = None;
        return true;
    }
    let Some(cursor) = cursor_mut(app) else {
        return false;
    };
    match picklist::list_action(cursor, &doc, rect, action) {
        Outcome::Choose(i) => {
            app.overlay = None;
            if let Some(Target::Slide(n)) = doc.links.get(i).map(|l| l.target) {
                super::go_to(app, n, false);
            }
        }
        Outcome::Close => app.overlay = None,
        Outcome::Done | Outcome::Ignored => {}
    }
    true
}

/// Keeps the selection on a slide and in view.
pub fn settle(app: &mut App) {
    let Some((_, doc, rect)) = current(app) else {
        return;
    };
    if let Some(c) = cursor_mut(app) {
        c.clamp_list(&doc, picklist::rows(rect));
    }
}

/// One line per slide: its number, label and title; the slide showing is marked.
pub fn index_doc(pack: &Pack, deck: &Deck, width: usize) -> Doc {
    let mut doc = Doc::default();
    let digits = deck.slides.len().to_string().len();
    for (n, slide) in deck.slides.iter().enumerate() {
        let mark = if n == deck.slide { "●" } else { " " };
        let text = crate::wrap::truncate(
            &format!("{mark} {:>digits$}  {}", n + 1, slide_name(pack, *slide)),
            width.max(1),
        );
        doc.link(Target::Slide(n), vec![(Role::Body, text)]);
    }
    doc
}
