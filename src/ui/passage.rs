//! The passage view: a quotation with its paragraph number and the points that cite it, or an
//! event with the points that cite it. Enter on one of them opens that point.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::widgets::{Clear, Widget};

use super::pane::{block, paint_doc};
use super::theme::Theme;
use crate::app::{App, Overlay, layout, update};

pub fn render(app: &App, area: Rect, theme: &Theme, buf: &mut Buffer) {
    let Some(Overlay::Chooser(c)) = &app.overlay else {
        return;
    };
    let Some(doc) = update::overlay_doc(app) else {
        return;
    };
    let rect = layout::overlay(area, doc.height());
    Clear.render(rect, buf);
    let title = if c.passage.is_some() {
        "Passage"
    } else {
        "Event"
    };
    block(title, true, theme).render(rect, buf);
    let inner = layout::inner(rect);
    let scroll = update::chooser_scroll(&doc, c.selected, usize::from(inner.height));
    paint_doc(&doc, scroll, Some(c.selected), inner, theme, buf);
}
