//! Pages of text over the tabs: the help (generated from the keymap) and the article's details.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::widgets::Widget;

use super::pane::{clear, overlay_block, paint_doc, scroll_hint};
use super::theme::Theme;
use crate::app::views::pages;
use crate::app::{App, Page, layout};

pub fn render(app: &App, _area: Rect, theme: &Theme, buf: &mut Buffer) {
    let Some((page, cursor, doc, rect)) = pages::current(app) else {
        return;
    };
    clear(rect, theme, buf);
    let title = match page {
        Page::Help(_) => "Help",
        Page::About => "About this article",
        Page::Problems => "Pack problems",
    };
    let inner = layout::inner(rect);
    let mut b = overlay_block(title, theme);
    if let Some(hint) = scroll_hint(cursor.scroll, usize::from(inner.height), doc.height()) {
        b = b.title_bottom(hint);
    }
    b.render(rect, buf);
    paint_doc(&doc, cursor.scroll, None, inner, theme, buf);
}
