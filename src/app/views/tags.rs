//! The tag picker behind `f`: narrow the lists, the timeline and the map to one tag, or clear
//! the filter.

use super::picklist::{self, Outcome};
use crate::app::action::Action;
use crate::app::cursor::Cursor;
use crate::app::doc::{Doc, Role, Target};
use crate::app::filter;
use crate::app::navigate;
use crate::app::state::{App, Overlay};
use crate::content::Pack;

/// Opens the list of tags on the active one.
pub fn open(app: &mut App) {
    let list = filter::tags(&app.pack);
    if list.is_empty() {
        app.status.message = Some("this pack has no tags".into());
        return;
    }
    let row = app
        .filter
        .tag
        .as_ref()
        .and_then(|f| list.iter().position(|(t, _)| t == f))
        .map_or(0, |i| i + 1);
    app.overlay = Some(Overlay::Tags {
        cursor: Cursor::at(row),
    });
}

/// The picker's document, cursor and where it sits, if it is open.
pub fn current(app: &App) -> Option<(Cursor, Doc, ratatui::layout::Rect)> {
    let Some(Overlay::Tags { cursor }) = &app.overlay else {
        return None;
    };
    let doc = tags_doc(
        &app.pack,
        app.filter.tag.as_deref(),
        picklist::text_width(app),
    );
    let rect = picklist::rect(app, doc.height());
    Some((*cursor, doc, rect))
}

fn cursor_mut(app: &mut App) -> Option<&mut Cursor> {
    match &mut app.overlay {
        Some(Overlay::Tags { cursor }) => Some(cursor),
        _ => None,
    }
}

/// Keys and clicks while the picker is open; it takes every action.
pub fn action(app: &mut App, action: &Action) -> bool {
    let Some((_, doc, rect)) = current(app) else {
        return false;
    };
    if *action == Action::Filter {
        app.overlay = None;
        return true;
    }
    let Some(cursor) = cursor_mut(app) else {
        return false;
    };
    match picklist::list_action(cursor, &doc, rect, action) {
        Outcome::Choose(i) => choose(app, doc.links.get(i).map(|l| l.target)),
        Outcome::Close => app.overlay = None,
        Outcome::Done | Outcome::Ignored => {}
    }
    true
}

fn choose(app: &mut App, target: Option<Target>) {
    match target {
        Some(Target::ClearFilter) => set(app, None),
        Some(Target::Tag(i)) => {
            let tag = filter::tags(&app.pack).into_iter().nth(i).map(|(t, _)| t);
            set(app, tag);
        }
        _ => {}
    }
}

/// Narrows to `tag`, or clears the filter with `None`. Clearing it right after setting it
/// returns to where the reader was before; once they have moved on, they stay where they are.
pub fn set(app: &mut App, tag: Option<String>) {
    app.overlay = None;
    match tag {
        Some(tag) => {
            if app.filter.tag.is_none() {
                app.filter.before = Some(app.nav.clone());
            }
            app.filter.applied = None;
            app.status.message = Some(format!("showing only what is tagged “{tag}”; f changes it"));
            app.filter.tag = Some(tag);
        }
        None => {
            if app.filter.tag.take().is_some() {
                let before = app.filter.before.take();
                let applied = app.filter.applied.take();
                if let Some(nav) = before.filter(|_| applied.as_ref() == Some(&app.nav)) {
                    navigate::restore(app, nav);
                }
                app.status.message = Some("filter cleared".into());
            }
        }
    }
}

/// Notes where a new filter put the reader, and keeps the picker's selection on a row and in
/// view.
pub fn settle(app: &mut App) {
    if app.filter.tag.is_some() && app.filter.applied.is_none() {
        app.filter.applied = Some(app.nav.clone());
    }
    let Some((_, doc, rect)) = current(app) else {
        return;
    };
    if let Some(c) = cursor_mut(app) {
        c.clamp_list(&doc, picklist::rows(rect));
    }
}

/// The tag picker: clearing the filter, then every tag with how many items carry it.
pub fn tags_doc(pack: &Pack, active: Option<&str>, width: usize) -> Doc {
    let mut doc = Doc::default();
    let width = width.max(1);
    doc.para(Role::Title, "Filter by tag", width);
    doc.para(
        Role::Note,
        "Lists, the timeline and the map show only what carries the tag. Enter chooses.",
        width,
    );
    doc.blank();
    let clear = if active.is_some() {
        "  No filter: show everything again"
    } else {
        "✓ No filter: show everything"
    };
    doc.line_link(Target::ClearFilter, clear, width);
    for (i, (tag, n)) in filter::tags(pack).iter().enumerate() {
        let mark = if active == Some(tag.as_str()) {
            "✓"
        } else {
            " "
        };
        let items = if *n == 1 { "item" } else { "items" };
        doc.line_link(
            Target::Tag(i),
            &format!("{mark} {tag} ({n} {items})"),
            width,
        );
    }
    doc
}
