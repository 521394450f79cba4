//! Finding words in the article, as `/` does in `less`: every occurrence is marked, Enter
//! goes to the first one from where the reader is, `n` and `N` step through them, and the
//! status line counts them ("3 of 7").

use super::current;
use crate::app::doc::Doc;
use crate::app::doc::highlight::matches;
use crate::app::state::App;

/// Where one occurrence is: its line, and its bytes in that line's text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Occurrence {
    pub line: usize,
    pub start: usize,
    pub end: usize,
}

/// Every occurrence of `terms` in the article as laid out, in reading order.
pub fn occurrences(doc: &Doc, terms: &[String]) -> Vec<Occurrence> {
    doc.lines
        .iter()
        .enumerate()
        .flat_map(|(line, l)| {
            matches(l, terms)
                .into_iter()
                .map(move |(start, end)| Occurrence { line, start, end })
        })
        .collect()
}

/// The occurrences of the last search's words in the source view, and which one the reader
/// is at.
pub fn found(app: &App) -> Option<(Vec<Occurrence>, Option<usize>)> {
    let nav = app.nav.source()?;
    let terms = app.searches.highlighted();
    if terms.is_empty() {
        return None;
    }
    let (doc, _, _) = current(app)?;
    Some((occurrences(&doc, terms), nav.found))
}

/// After Enter: goes to the first occurrence at or after the top of the view.
pub fn first(app: &mut App) {
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
