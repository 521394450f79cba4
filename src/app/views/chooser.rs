//! The chooser: the points citing a passage or an event, opened by following one. Enter opens
//! the selected point; `s` shows the passage in the source.

use super::picklist::{self, Outcome};
use crate::app::action::Action;
use crate::app::cursor::Cursor;
use crate::app::doc::{Doc, Role, Target, quote_lines};
use crate::app::navigate;
use crate::app::state::{App, Chooser, Overlay};
use crate::content::Pack;

/// The chooser's document and where it sits, if it is open.
pub fn current(app: &App) -> Option<(&Chooser, Doc, ratatui::layout::Rect)> {
    let Some(Overlay::Chooser(c)) = &app.overlay else {
        return None;
    };
    let doc = chooser_doc(&app.pack, c, picklist::text_width(app));
    let rect = picklist::rect(app, doc.height());
    Some((c, doc, rect))
}

fn cursor_mut(app: &mut App) -> Option<&mut Cursor> {
    match &mut app.overlay {
        Some(Overlay::Chooser(c)) => Some(&mut c.cursor),
        _ => None,
    }
}

/// Keys and clicks while the chooser is open; it takes every action.
pub fn action(app: &mut App, action: &Action) -> bool {
    let Some((c, doc, rect)) = current(app) else {
        return false;
    };
    // `s` shows the passage, or for an event the first passage holding its date.
    let event_passage = c
        .event
        .and_then(|e| app.pack.event(e))
        .and_then(|e| e.passages.first().copied());
    let passage = c.passage.or(event_passage);
    if *action == Action::ToggleSource && passage.is_some() {
        match app.nav.source().map(|s| s.passage) {
            // Already reading the source: close and select the passage there, without a
            // history step to come back to the same page.
            Some(at) if at == passage => app.overlay = None,
            Some(_) => navigate::go_to_source(app, passage, None, navigate::Record::No),
            None => navigate::open_source(app, passage),
        }
        return true;
    }
    let Some(cursor) = cursor_mut(app) else {
        return false;
    };
    match picklist::list_action(cursor, &doc, rect, action) {
        Outcome::Choose(i) => open_target(app, doc.links.get(i).map(|l| l.target)),
        Outcome::Close => app.overlay = None,
        Outcome::Done | Outcome::Ignored => {}
    }
    true
}

fn open_target(app: &mut App, target: Option<Target>) {
    if let Some(Target::Point(r)) = target {
        navigate::jump_to_point(app, r);
    }
}

/// Keeps the selection on a point and in view.
pub fn settle(app: &mut App) {
    let Some((_, doc, rect)) = current(app) else {
        return;
    };
    if let Some(c) = cursor_mut(app) {
        c.clamp_list(&doc, picklist::rows(rect));
    }
}

/// The passage or event a chooser was opened from, then the points to choose between as links.
pub fn chooser_doc(pack: &Pack, chooser: &Chooser, width: usize) -> Doc {
    let mut doc = Doc::default();
    let width = width.max(1);
    if let Some(p) = chooser.passage.and_then(|i| pack.passage(i)) {
        doc.para(Role::Kicker, &format!("Passage · ¶ {}", p.paragraph), width);
        for l in quote_lines(&p.text, width) {
            doc.push(Role::Quote, l);
        }
    }
    if let Some(e) = chooser.event.and_then(|i| pack.event(i)) {
        doc.para(Role::Kicker, &format!("Event · {}", e.date), width);
        doc.para(Role::Title, &e.title, width);
    }
    let n = chooser.items.len();
    doc.heading(&match n {
        0 => "No point cites it.".to_string(),
        1 => "Cited by 1 point — Enter to open it:".to_string(),
        _ => format!("Cited by {n} points — Enter to open one:"),
    });
    for &r in &chooser.items {
        doc.point_link(pack, r, width);
    }
    doc
}
