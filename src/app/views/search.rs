//! The search box: type to search the pack, the results listed best first with their matched
//! characters marked; Enter goes to one, and `n` / `N` step through them afterwards.

use super::picklist::{self, Outcome};
use crate::app::action::Action;
use crate::app::cursor::Cursor;
use crate::app::doc::{Anchor, Doc, Line, Link, Mark, Role, Target};
use crate::app::find::run;
use crate::app::navigate;
use crate::app::state::{App, Overlay, SearchBox};
use crate::wrap::{truncate, width};

/// Opens an empty search box.
pub fn open(app: &mut App) {
    app.overlay = Some(Overlay::Search(SearchBox::default()));
}

/// The search box, its document and where it sits, if it is open. The box keeps its full
/// height while results come and go.
pub fn current(app: &App) -> Option<(&SearchBox, Doc, ratatui::layout::Rect)> {
    let Some(Overlay::Search(s)) = &app.overlay else {
        return None;
    };
    let doc = search_doc(s, picklist::text_width(app));
    let rect = picklist::rect(app, usize::from(app.size.1));
    Some((s, doc, rect))
}

fn box_mut(app: &mut App) -> Option<&mut SearchBox> {
    match &mut app.overlay {
        Some(Overlay::Search(s)) => Some(s),
        _ => None,
    }
}

/// Keys and clicks while the search box is open; it takes every action.
pub fn action(app: &mut App, action: &Action) -> bool {
    let pack = std::sync::Arc::clone(&app.pack);
    let Some((s, doc, rect)) = current(app) else {
        return false;
    };
    let s = s.clone();
    match action {
        Action::Type(c) if !c.is_control() => edit(app, &pack, |q| q.push(*c)),
        Action::Erase => edit(app, &pack, |q| {
            q.pop();
        }),
        Action::Activate if s.cursor.selected.is_none() => choose(app, s),
        _ => {
            let Some(b) = box_mut(app) else {
                return false;
            };
            match picklist::list_action(&mut b.cursor, &doc, rect, action) {
                Outcome::Choose(i) => {
                    let mut s = s;
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

/// Changes the query and searches again, selecting the best result.
fn edit(app: &mut App, pack: &crate::content::Pack, change: impl FnOnce(&mut String)) {
    if let Some(b) = box_mut(app) {
        change(&mut b.query);
        b.hits = run(pack, &b.query);
        b.cursor = Cursor {
            selected: (!b.hits.is_empty()).then_some(0),
            ..Cursor::default()
        };
    }
}

/// Enter: goes to the selected result and remembers the search for `n` and `N`.
fn choose(app: &mut App, s: SearchBox) {
    match s
        .cursor
        .selected
        .and_then(|i| s.hits.get(i))
        .map(|h| h.target)
    {
        Some(target) => {
            app.last_search = Some(s);
            go(app, target);
        }
        None if s.query.is_empty() => app.overlay = None,
        None => app.status.message = Some(format!("no matches for “{}”", s.query)),
    }
}

/// Shows a result, remembering where the reader was: a point or an event in its tab, a passage
/// in the source view.
fn go(app: &mut App, target: Target) {
    app.overlay = None;
    match target {
        Target::Point(r) => navigate::jump_to_point(app, r),
        Target::Event(e) => navigate::jump_to_event(app, e),
        Target::Passage(p) => navigate::open_source(app, Some(p)),
        Target::Tag(_) | Target::ClearFilter => {}
    }
}

/// `n` and `N`: the next or previous result of the last search, wrapping round.
pub fn step(app: &mut App, delta: isize) {
    let Some(mut s) = app.last_search.take() else {
        app.status.message = Some("no search yet: press / to search".into());
        return;
    };
    let n = s.hits.len();
    if n == 0 {
        app.status.message = Some(format!("no matches for “{}”", s.query));
        app.last_search = Some(s);
        return;
    }
    // Wrap round both ways: before the first is the last.
    let back = usize::from(delta < 0) * (n - 1);
    let at = (s.cursor.index() + back + usize::from(delta > 0)) % n;
    s.cursor.selected = Some(at);
    let target = s.hits.get(at).map(|h| h.target);
    let message = format!("result {} of {n} for “{}”", at + 1, s.query);
    app.last_search = Some(s);
    if let Some(t) = target {
        go(app, t);
    }
    app.status.message = Some(message);
}

/// Keeps the selection on a result and in view.
pub fn settle(app: &mut App) {
    let Some((_, doc, rect)) = current(app) else {
        return;
    };
    if let Some(b) = box_mut(app) {
        b.cursor.clamp(&doc, picklist::rows(rect));
    }
}

/// The search box as a document: the query, a summary line, then each result as a two-line
/// link (what and where, then the matched text with its matches marked).
pub fn search_doc(s: &SearchBox, w: usize) -> Doc {
    let mut doc = Doc::default();
    let w = w.max(1);
    doc.push(Role::Title, truncate(&format!("Search: {}▏", s.query), w));
    let summary = match (s.query.is_empty(), s.hits.len()) {
        (true, _) => {
            "Type to search point titles, claims, explanations, passages and events.".into()
        }
        (false, 0) => format!("No matches for “{}”.", s.query),
        (false, 1) => "1 match — Enter goes there, Esc cancels.".into(),
        (false, n) => {
            format!("{n} matches, best first — ↑↓ choose, Enter goes there, Esc cancels.")
        }
    };
    doc.para(Role::Note, &summary, w);
    doc.blank();
    for hit in &s.hits {
        let index = doc.links.len();
        let first = doc.lines.len();
        let block = doc.block();
        let head = truncate(&format!("{:<7} {}", hit.kind.name(), hit.place), w);
        doc.lines.push(Line {
            role: Role::Kicker,
            text: head,
            link: Some(index),
            marks: Vec::new(),
            anchor: Anchor { block, offset: 0 },
        });
        let body = format!("  {}", hit.text);
        let text = truncate(&body, w);
        // Matches cut off by the truncation are dropped; the ellipsis never gets a mark.
        let cut = text.len().saturating_sub(if width(&body) > w {
            '…'.len_utf8()
        } else {
            0
        });
        let marks = hit
            .matched
            .iter()
            .map(|&(a, b)| (a + 2, b + 2))
            .filter(|&(a, _)| a < cut)
            .map(|(a, b)| Mark {
                start: a,
                end: b.min(cut),
                role: Role::Matched,
                link: None,
            })
            .collect();
        doc.lines.push(Line {
            role: Role::Body,
            text,
            link: Some(index),
            marks,
            anchor: Anchor { block, offset: 1 },
        });
        doc.links.push(Link {
            target: hit.target,
            first,
            last: first + 1,
        });
    }
    doc
}
