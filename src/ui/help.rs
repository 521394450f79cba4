//! The help overlay, generated from the keymap.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::widgets::{Clear, Widget};

use super::pane::{block, paint_doc};
use super::theme::Theme;
use crate::app::{App, Overlay, layout, update};

pub fn render(app: &App, area: Rect, theme: &Theme, buf: &mut Buffer) {
    let Some(Overlay::Help { scroll }) = &app.overlay else { return };
    let Some(doc) = update::overlay_doc(app) else { return };
    let rect = layout::overlay(area, doc.height());
    Clear.render(rect, buf);
    block("Help", true, theme).render(rect, buf);
    paint_doc(&doc, *scroll, None, layout::inner(rect), theme, buf);
}
