//! The tab bar: one tab per section, then the timeline, numbered for the 1–9 keys.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;

use super::theme::Theme;
use crate::app::{App, layout};

pub fn render(app: &App, area: Rect, theme: &Theme, buf: &mut Buffer) {
    for (tab, start, _, label) in layout::tab_ranges(&app.pack, area) {
        let style = if tab == app.nav.tab {
            theme.tab_active
        } else {
            theme.tab
        };
        buf.set_stringn(start, area.y, &label, usize::from(area.width), style);
    }
}
