//! Taking text out of arglens: `y` copies the selected quotation with its citation, and `M`
//! hands the mouse back to the terminal so its own selection works. The state only says what
//! is wanted (`App::terminal`); the terminal side carries it out (OSC 52 for the clipboard,
//! which works over SSH and in tmux).

use super::doc::Target;
use super::state::{App, Overlay};
use super::views;
use crate::content::Pack;

/// Copies the quotation the reader has selected, with where it comes from.
pub fn copy(app: &mut App) {
    let Some(passage) = selected_passage(app) else {
        app.status.message =
            Some("select a quotation to copy it (↑↓ in the detail pane or the source)".into());
        return;
    };
    let Some(text) = citation(&app.pack, passage) else {
        return;
    };
    let paragraph = app.pack.passage(passage).map_or(0, |p| p.paragraph);
    app.terminal.copy = Some(text);
    app.terminal.copies += 1;
    // OSC 52 is a request the terminal may ignore: say what was sent, not that it arrived.
    app.status.message = Some(format!(
        "Sent ¶ {paragraph}'s quotation and its source to the clipboard, if this terminal allows it (M: select by hand)"
    ));
}

/// The quotation selected in front of the reader: in the chooser, the source view or the
/// detail pane.
fn selected_passage(app: &App) -> Option<usize> {
    if let Some(Overlay::Chooser(c)) = &app.overlay {
        // A chooser opened from an event copies the passage that holds its date.
        let of_event = c
            .event
            .and_then(|e| app.pack.event(e)?.passages.first().copied());
        return c.passage.or(of_event);
    }
    let link = if let Some(s) = app.nav.source() {
        *views::source::current(app)?
            .0
            .links()
            .get(s.doc.selected?)?
    } else {
        let doc = views::panes::detail_doc(app);
        *doc.links.get(app.pane()?.detail.selected?)?
    };
    match link.target {
        Target::Passage(p) => Some(p),
        _ => None,
    }
}

/// “…” — Paal & Trenin, “Title”, Publisher, March 2013, ¶ 20: a quotation as a reader would
/// cite it. A date the pack infers is marked so.
pub fn citation(pack: &Pack, passage: usize) -> Option<String> {
    let p = pack.passage(passage)?;
    let authors: Vec<&str> = pack
        .article
        .authors
        .iter()
        .filter_map(|a| a.name.split_whitespace().last())
        .collect();
    let a = &pack.article;
    let inferred = if a.published.inferred {
        " (date inferred)"
    } else {
        ""
    };
    Some(format!(
        "“{}” — {}, “{}”, {}, {}{inferred}, ¶ {}",
        p.text,
        authors.join(" & "),
        a.title,
        a.publisher,
        a.published.date,
        p.paragraph
    ))
}

/// Captures the mouse, or lets the terminal have it, saying which.
pub fn toggle_mouse(app: &mut App) {
    app.terminal.mouse = !app.terminal.mouse;
    app.status.message = Some(if app.terminal.mouse {
        "Mouse on: click and scroll in arglens (M gives it to the terminal)".into()
    } else {
        "Mouse off: the terminal's own selection works (M takes it back)".into()
    });
}
