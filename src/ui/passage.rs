//! The chooser: a quotation with its paragraph number and the points that cite it, or an event
//! with the points that cite it. Enter on one of them opens that point.

use ratatui::buffer::Buffer;

use super::pane::list_overlay;
use super::theme::Theme;
use crate::app::App;
use crate::app::views::chooser;

pub fn render(app: &App, theme: &Theme, buf: &mut Buffer) {
    let Some((c, doc, rect)) = chooser::current(app) else {
        return;
    };
    let in_source = app.nav.source().is_some();
    let title = match (c.passage, in_source) {
        (Some(_), false) => "Passage (s: see it in the source)",
        (Some(_), true) => "Passage",
        (None, false) => "Event (s: see it in the source)",
        (None, true) => "Event",
    };
    list_overlay(title, &doc, c.cursor, rect, theme, buf);
}
