//! The search box: the query, then the results with their matched characters marked.

use ratatui::buffer::Buffer;

use super::pane::list_overlay;
use super::theme::Theme;
use crate::app::App;
use crate::app::views::search;

pub fn render(app: &App, theme: &Theme, buf: &mut Buffer) {
    if let Some((s, doc, rect)) = search::current(app) {
        list_overlay("Search", &doc, s.cursor, rect, theme, buf);
    }
}
