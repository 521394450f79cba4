//! The search box: the query, then the results with their matched characters marked.

use ratatui::buffer::Buffer;

use super::pane::list_overlay;
use super::theme::Theme;
use crate::app::App;

pub fn render(app: &App, theme: &Theme, buf: &mut Buffer) {
    list_overlay(app, "Search", theme, buf);
}
