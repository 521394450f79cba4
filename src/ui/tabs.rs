//! The tab bar: one tab per section, then the timeline, numbered for the 1–9 keys.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;

use super::put::put;
use super::theme::Theme;
use crate::app::App;
use crate::app::tabbar::tab_bar;

pub fn render(app: &App, area: Rect, theme: &Theme, buf: &mut Buffer) {
    let bar = tab_bar(&app.pack, area, app.nav.tab);
    for t in &bar.tabs {
        let style = if t.tab == app.nav.tab {
            theme.tab_active
        } else {
            theme.tab
        };
        put(
            buf,
            t.start,
            area.y,
            &t.label,
            usize::from(area.width),
            style,
        );
    }
    if bar.more_left {
        put(buf, area.x, area.y, "‹", 1, theme.tab);
    }
    if bar.more_right && area.width > 0 {
        put(buf, area.right() - 1, area.y, "›", 1, theme.tab);
    }
}
