//! Swapping in an edited pack while the reader keeps their place (`--watch`).
//!
//! Places are remembered by id, not index: an author who inserts a point above the one on
//! screen still sees the same point afterwards. A failed reload keeps the last good pack and
//! shows the problems instead.

use std::sync::Arc;

use super::cursor::Cursor;
use super::memo::Memo;
use super::state::{App, Overlay, Page, PaneNav};
use super::tab::Tab;
use super::views::present;
use crate::content::{Pack, Section};

/// Replaces the pack, keeping the tab, each section's selected point and the selected event
/// where their ids still exist. History refers to places in the old pack, so it is cleared.
pub fn replace_pack(app: &mut App, pack: Arc<Pack>) {
    let old = Arc::clone(&app.pack);
    let tab_id = app.nav.tab.id(&old).to_string();
    let current = app.pane().copied();
    app.nav.sections = pack
        .sections
        .iter()
        .map(|s| section_nav(app, &old, s))
        .collect();
    let old_event = old.event(app.nav.timeline.list.selected);
    if let Some(e) = old_event
        && let Some(i) = pack.events.iter().position(|n| n.id == e.id)
    {
        app.nav.timeline.list.selected = i;
    }
    app.nav.timeline.detail.selected = None;
    app.nav.tab = Tab::parse(&tab_id, &pack).unwrap_or(Tab::Section(0));
    // The detail scroll of the pane on screen survives; settle() clamps it to the new text.
    if let (Some(scroll), Some(pane)) = (current.map(|c| c.detail.scroll), app.nav.pane_mut()) {
        pane.detail.scroll = scroll;
    }
    keep_source_view(app, &old, &pack);
    // A tag that is gone can filter nothing; the place before filtering is in the old pack.
    if let Some(tag) = &app.filter.tag
        && !super::filter::tags(&pack).iter().any(|(t, _)| t == tag)
    {
        app.filter.tag = None;
    }
    app.filter.before = None;
    app.filter.applied = None;
    app.searches.last = None;
    app.memo = Memo::new(&pack);
    app.pack = pack;
    app.history.clear();
    app.status.problems.clear();
    close_stale_overlays(app);
    present::rebuild(app);
    app.status.message = Some("Pack reloaded".into());
}

/// A section's cursor in the new pack: on the point with the same id as before, if the
/// section and the point are still there.
fn section_nav(app: &App, old: &Pack, s: &Section) -> PaneNav {
    let Some(old_index) = old.section_index(&s.id) else {
        return PaneNav::default();
    };
    let Some(old_nav) = app.nav.sections.get(old_index) else {
        return PaneNav::default();
    };
    let old_point = old
        .section(old_index)
        .and_then(|os| os.points.get(old_nav.list.selected));
    let selected = old_point
        .and_then(|p| s.points.iter().position(|q| q.id == p.id))
        .unwrap_or(old_nav.list.selected);
    let mut nav = *old_nav;
    nav.list.selected = selected;
    nav.detail.selected = None;
    nav
}

/// The source view names a passage by index: keep it if its id survives, else show the
/// article from the top. The map keeps its folds.
fn keep_source_view(app: &mut App, old: &Pack, pack: &Pack) {
    if let Some(src) = app.nav.source_mut() {
        let id = src
            .passage
            .and_then(|p| old.passage(p))
            .map(|p| p.id.clone());
        src.passage = id.and_then(|id| pack.passages.iter().position(|p| p.id == id));
        src.doc = Cursor::default();
        src.placed = false;
    }
}

/// A chooser, search results and the tag picker list places in the old pack, and the problems
/// page is out of date.
fn close_stale_overlays(app: &mut App) {
    if matches!(
        app.overlay,
        Some(
            Overlay::Chooser(_)
                | Overlay::Search(_)
                | Overlay::Tags { .. }
                | Overlay::Page {
                    page: Page::Problems,
                    ..
                }
        )
    ) {
        app.overlay = None;
    }
}

/// Keeps the current pack and shows why the edited one could not be loaded, one diagnostic
/// per entry.
pub fn show_problems(app: &mut App, problems: &[String]) {
    app.status.problems = problems.to_vec();
    let n = problems.len();
    app.status.message = Some(format!(
        "The edited pack has {n} problem{}; showing the last good version",
        if n == 1 { "" } else { "s" }
    ));
    app.overlay = Some(Overlay::page(Page::Problems));
}
