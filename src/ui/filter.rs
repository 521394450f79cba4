//! The tag picker behind `f`.

use ratatui::buffer::Buffer;

use super::pane::list_overlay;
use super::theme::Theme;
use crate::app::App;
use crate::app::views::tags;

pub fn render(app: &App, theme: &Theme, buf: &mut Buffer) {
    if let Some((cursor, doc, rect)) = tags::current(app) {
        list_overlay("Tags", &doc, cursor, rect, theme, buf);
    }
}
