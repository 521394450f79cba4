//! The search box. Typed into like a shell line (a well-kept input widget does the editing),
//! it lists what the query finds in the pack, best first; Enter goes to a result and marks
//! the query's words there, and `n` / `N` step through the results afterwards without piling
//! up history, so Back returns to where the search began. Opened in the source view, it finds
//! words in the article as `less` does, every occurrence marked (see `source::find`).

mod doc;

use std::sync::Arc;

use ratatui::layout::Rect;
use tui_input::InputRequest;

pub use doc::{laid_out, search_doc};

use super::picklist::{self, Outcome};
use super::source;
use crate::app::action::{Action, Edit};
use crate::app::cursor::Cursor;
use crate::app::doc::{Doc, Target};
use crate::app::find::{self, Results};
use crate::app::layout;
use crate::app::navigate::{self, Record};
use crate::app::state::{App, LaidBox, Overlay, Page, QueryInput, SearchBox, SearchMode};

/// Earlier queries kept for recalling.
const HISTORY: usize = 50;

/// Opens an empty search box: over the pack, or over the article in the source view.
pub fn open(app: &mut App) {
    let mode = if app.nav.source().is_some() {
        SearchMode::Article
    } else {
        SearchMode::Pack
    };
    app.overlay = Some(Overlay::Search(SearchBox {
        mode,
        ..SearchBox::default()
    }));
}

/// Where the box sits: over the body, leaving the status line and the footer in view, so
/// what they say is never hidden.
pub fn rect(app: &App) -> Rect {
    let area = app.area();
    layout::overlay(area, usize::from(area.height))
}

/// The search box, its document and where it sits, if it is open.
pub fn current(app: &App) -> Option<(&SearchBox, Arc<Doc>, Rect)> {
    let Some(Overlay::Search(s)) = &app.overlay else {
        return None;
    };
    let doc = laid_out(s, picklist::text_width(app));
    Some((s, doc, rect(app)))
}

fn box_mut(app: &mut App) -> Option<&mut SearchBox> {
    match &mut app.overlay {
        Some(Overlay::Search(s)) => Some(s),
        _ => None,
    }
}

/// Keys and clicks while the search box is open; it takes every action.
pub fn action(app: &mut App, action: &Action) -> bool {
    let Some((s, doc, rect)) = current(app) else {
        return false;
    };
    // The box is copied only to be kept after it closes: a large pack's results are many.
    let recalling = s.query().is_empty() || s.recall.is_some();
    let chooses_itself = s.cursor.selected.is_none() || s.mode == SearchMode::Article;
    match action {
        Action::Type(c) if !c.is_control() => edit(app, InputRequest::InsertChar(*c)),
        Action::Erase => edit(app, InputRequest::DeletePrevChar),
        Action::Edit(e) => edit(app, request(*e)),
        Action::EarlierQuery => recall(app, 1),
        Action::LaterQuery => recall(app, -1),
        Action::Up if recalling => recall(app, 1),
        Action::Down if recalling => recall(app, -1),
        Action::Activate if chooses_itself => {
            let s = s.clone();
            choose(app, s);
        }
        _ => {
            let Some(b) = box_mut(app) else {
                return false;
            };
            match picklist::list_action(&mut b.cursor, &doc, rect, action) {
                Outcome::Choose(i) => {
                    let mut s = b.clone();
                    s.cursor.selected = Some(i);
                    choose(app, s);
                }
                Outcome::Close => app.overlay = None,
                Outcome::Done | Outcome::Ignored => {}
            }
        }
    }
    true
}

fn request(e: Edit) -> InputRequest {
    match e {
        Edit::Left => InputRequest::GoToPrevChar,
        Edit::Right => InputRequest::GoToNextChar,
        Edit::WordLeft => InputRequest::GoToPrevWord,
        Edit::WordRight => InputRequest::GoToNextWord,
        Edit::Home => InputRequest::GoToStart,
        Edit::End => InputRequest::GoToEnd,
        Edit::Delete => InputRequest::DeleteNextChar,
        Edit::DeleteWord => InputRequest::DeletePrevWord,
        Edit::DeleteToStart => InputRequest::DeleteLine,
    }
}

/// Changes the query line and, if its text changed, searches again.
fn edit(app: &mut App, req: InputRequest) {
    let Some(b) = box_mut(app) else { return };
    let before = b.query().to_string();
    b.input.0.handle(req);
    b.recall = None;
    if b.query() != before {
        search(app);
    }
}

/// Shows an earlier (`1`) or later (`-1`) query from the history in the box.
fn recall(app: &mut App, step: isize) {
    let history = app.searches.history.clone();
    let Some(b) = box_mut(app) else { return };
    let n = history.len();
    let at = match (b.recall, step > 0) {
        (None, true) if n > 0 => Some(n - 1),
        (Some(i), true) => Some(i.saturating_sub(1)),
        (Some(i), false) if i + 1 < n => Some(i + 1),
        _ => None,
    };
    b.recall = at;
    b.input = QueryInput::with(at.and_then(|i| history.get(i)).map_or("", String::as_str));
    search(app);
}

/// Runs the box's query: over the pack, or, in the article, to count its occurrences.
fn search(app: &mut App) {
    let index = app.memo.index(&app.pack);
    let Some(b) = box_mut(app) else { return };
    b.results = match b.mode {
        SearchMode::Pack => find::run(&index, b.query()),
        SearchMode::Article => {
            let q = find::Query::parse(b.query());
            Results {
                terms: q.terms,
                problems: q.problems,
                ..Results::default()
            }
        }
    };
    b.cursor = Cursor {
        selected: (!b.results.hits.is_empty()).then_some(0),
        ..Cursor::default()
    };
    b.laid = LaidBox::default();
}

/// Enter: in the pack, goes to the selected result; in the article, marks every occurrence and
/// goes to the first. The search is kept for `n` and `N`, the query in the history.
fn choose(app: &mut App, mut s: SearchBox) {
    // Kept for `n` and `N`, never drawn again: its layout would only hold memory.
    s.laid = LaidBox::default();
    if s.query().trim().is_empty() {
        app.overlay = None;
        return;
    }
    remember_query(app, s.query());
    match s.mode {
        SearchMode::Article => {
            app.overlay = None;
            app.searches.last = Some(s);
            source::find::first(app);
        }
        SearchMode::Pack => {
            let target = s.cursor.selected.and_then(|i| s.results.hits.get(i));
            let Some(target) = target.map(|h| h.target) else {
                // Nothing to go to: the box stays open and says so.
                return;
            };
            app.searches.last = Some(s);
            go(app, target, Record::Yes);
        }
    }
}

fn remember_query(app: &mut App, query: &str) {
    let h = &mut app.searches.history;
    h.retain(|q| q != query);
    h.push(query.to_string());
    if h.len() > HISTORY {
        h.remove(0);
    }
}

/// Shows a result: a point or an event in its tab, a passage or a paragraph in the source
/// view, the About page.
fn go(app: &mut App, target: Target, record: Record) {
    app.overlay = None;
    match target {
        Target::Point(r) => navigate::go_to_point(app, r, record),
        Target::Event(e) => navigate::go_to_event(app, e, record),
        Target::Passage(p) => navigate::go_to_source(app, Some(p), None, record),
        Target::Paragraph(n) => navigate::go_to_source(app, None, Some(n), record),
        Target::About => app.overlay = Some(Overlay::page(Page::About)),
        Target::Tag(_) | Target::ClearFilter | Target::Slide(_) => {}
    }
}

/// `n` and `N`: the next or previous occurrence in the article when searching it, else the
/// next or previous result of the last search, wrapping round. Stepping adds no history: Back
/// returns to where the search began.
pub fn step(app: &mut App, delta: isize) {
    let Some(mut s) = app.searches.last.take() else {
        app.status.message = Some("no search yet: press / to search".into());
        return;
    };
    if s.mode == SearchMode::Article && app.nav.source().is_some() {
        app.searches.last = Some(s);
        return source::find::step(app, delta);
    }
    let n = s.results.hits.len();
    if n == 0 {
        app.status.message = Some(format!("no matches for “{}”", s.query()));
        app.searches.last = Some(s);
        return;
    }
    // Wrap round both ways: before the first is the last.
    let back = usize::from(delta < 0) * (n - 1);
    let at = (s.cursor.index() + back + usize::from(delta > 0)) % n;
    s.cursor.selected = Some(at);
    let target = s.results.hits.get(at).map(|h| h.target);
    let message = format!("result {} of {n} for “{}”", at + 1, s.query());
    app.searches.last = Some(s);
    if let Some(t) = target {
        go(app, t, Record::No);
    }
    app.status.message = Some(message);
}

/// Keeps the box laid out for the next frames, and the selection on a result and in view.
pub fn settle(app: &mut App) {
    let width = picklist::text_width(app);
    let Some((_, doc, rect)) = current(app) else {
        return;
    };
    if let Some(b) = box_mut(app) {
        b.cursor.clamp(&*doc, picklist::rows(rect));
        b.laid = LaidBox(Some((width, doc)));
    }
}
