//! Pages of text over the tabs: the help (generated from the keymap) and the article's details.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::widgets::{Clear, Widget};

use super::pane::{block, paint_doc, scroll_hint};
use super::theme::Theme;
use crate::app::{App, Overlay, Page, layout, update};

pub fn render(app: &App, area: Rect, theme: &Theme, buf: &mut Buffer) {
    let Some(Overlay::Page { page, scroll }) = &app.overlay else {
        return;
    };
    let Some(doc) = update::overlay_doc(app) else {
        return;
    };
    let rect = layout::overlay(area, doc.height());
    Clear.render(rect, buf);
    let title = match page {
        Page::Help => "Help",
        Page::About => "About this article",
        Page::Problems => "Pack problems",
    };
    let inner = layout::inner(rect);
    let mut b = block(title, true, theme);
    if let Some(hint) = scroll_hint(*scroll, usize::from(inner.height), doc.height()) {
        b = b.title_bottom(hint);
    }
    b.render(rect, buf);
    paint_doc(&doc, *scroll, None, inner, theme, buf);
}
