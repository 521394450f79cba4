//! Finding words in the article, as `/` does in `less`: every occurrence is marked, Enter
//! goes to the first one from where the reader is, `n` and `N` step through them, and the
//! status line counts them ("3 of 7").

use std::sync::Arc;

use super::{area, current, text_width};
pub use crate::app::doc::source::Occurrence;
use crate::app::state::App;

/// The occurrences of the last search's words in the source view, and which one the reader
/// is at: as kept by the last settle, or found now.
pub fn found(app: &App) -> Option<(Arc<[Occurrence]>, Option<usize>)> {
    let nav = app.nav.source()?;
    let terms = app.searches.highlighted();
    if terms.is_empty() {
        return None;
    }
    let width = text_width(area(app)?);
    let all = match app.memo.source_found(width, nav.passage, terms) {
        Some(all) => all,
        None => current(app)?.0.occurrences(terms).into(),
    };
    Some((all, nav.found))
}

/// Keeps where the last search's words occur in the article as laid out, unless that is kept
/// already: the status line counts them on every frame.
pub(super) fn keep(app: &mut App) {
    let Some(passage) = app.nav.source().map(|s| s.passage) else {
        return;
    };
    let terms = app.searches.highlighted();
    let Some(width) = area(app).map(text_width) else {
        return;
    };
    if terms.is_empty() || app.memo.source_found(width, passage, terms).is_some() {
        return;
    }
    if let Some((doc, _, _)) = current(app) {
        let all: Arc<[Occurrence]> = doc.occurrences(terms).into();
        let terms = terms.to_vec();
        app.memo.keep_source_found(width, passage, &terms, all);
    }
}

/// After Enter: goes to the first occurrence at or after the top of the view. What is found
/// is kept first, so the settle after this key does not look again.
pub fn first(app: &mut App) {
    keep(app);
    let Some((all, _)) = found(app) else { return };
    let top = app.nav.source().map_or(0, |s| s.doc.scroll);
    let at = all
        .iter()
        .position(|o| o.line >= top)
        .or((!all.is_empty()).then_some(0));
    go(app, &all, at);
}

/// `n` and `N` in the source view: the next or previous occurrence, wrapping round.
pub fn step(app: &mut App, delta: isize) {
    let Some((all, at)) = found(app) else { return };
    let n = all.len();
    let next = match at {
        _ if n == 0 => None,
        None => Some(0),
        Some(i) if delta > 0 => Some((i + 1) % n),
        Some(i) => Some((i + n - 1) % n),
    };
    go(app, &all, next);
}

/// Scrolls occurrence `at` into view a third of the way down and says where it is.
fn go(app: &mut App, all: &[Occurrence], at: Option<usize>) {
    let query = app
        .searches
        .last
        .as_ref()
        .map(|s| s.query().to_string())
        .unwrap_or_default();
    let (Some(at), Some(o)) = (at, at.and_then(|i| all.get(i))) else {
        app.status.message = Some(format!("“{query}” is not in the article"));
        return;
    };
    let Some((doc, _, h)) = current(app) else {
        return;
    };
    if let Some(nav) = app.nav.source_mut() {
        nav.found = Some(at);
        nav.doc.show_line(o.line, doc.as_ref(), h);
    }
    app.status.message = Some(format!("{} of {} for “{query}”", at + 1, all.len()));
}
