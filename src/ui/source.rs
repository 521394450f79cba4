//! The source view: the whole article with paragraph numbers, quoted passages marked.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::widgets::Widget;

use super::pane::{block, paint_marked, scroll_hint};
use super::theme::Theme;
use crate::app::views::source;
use crate::app::{App, layout};

pub fn render(app: &App, area: Rect, theme: &Theme, buf: &mut Buffer) {
    let Some((doc, nav, h)) = source::current(app) else {
        return;
    };
    let title = match nav.passage.and_then(|p| app.pack.passage(p)) {
        Some(p) => format!(
            "Source · ¶ {}{}",
            p.paragraph,
            crate::app::doc::quoted_by(&app.pack, &p.cited_by)
        ),
        None => "Source".to_string(),
    };
    let mut b = block(&title, true, theme);
    if let Some(hint) = scroll_hint(nav.doc.scroll, h, doc.height()) {
        b = b.title_bottom(hint);
    }
    b.render(area, buf);
    paint_marked(
        &doc.window(nav.doc.scroll, h),
        0,
        nav.doc.selected,
        app.searches.highlighted(),
        layout::inner(area),
        theme,
        buf,
    );
}
