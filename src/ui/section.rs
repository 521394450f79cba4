//! A section tab: the list of its points beside the detail of the selected one.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::widgets::Widget;

use super::pane::{self, block};
use super::put::put_row;
use super::theme::Theme;
use crate::app::state::Focus;
use crate::app::views::panes;
use crate::app::{App, layout};
use crate::wrap::width;

/// The list of points: label and title, one line each.
pub fn render_list(app: &App, section: usize, area: Rect, theme: &Theme, buf: &mut Buffer) {
    let Some(s) = app.pack.section(section) else {
        return;
    };
    let Some(nav) = app.nav.sections.get(section) else {
        return;
    };
    let focused = app.nav.focus == Focus::List;
    block("Points", focused, theme).render(area, buf);
    let inner = layout::inner(area);
    let label_width = app
        .memo()
        .measures()
        .labels
        .get(section)
        .copied()
        .unwrap_or(0);
    let shown = app.shown_points(section);
    if shown.is_empty() {
        pane::empty_note(app, "points", inner, theme, buf);
    }
    let rows = shown
        .iter_from(nav.list.offset)
        .filter_map(|i| s.points.get(i).map(|p| (i, p)));
    let mut line = String::new();
    for (row, (i, p)) in rows.take(usize::from(inner.height)).enumerate() {
        let selected = i == nav.list.selected;
        let marker = if selected { "▸" } else { " " };
        let label = p.short_label();
        // One line reused for every row, cut to the pane by `put_row`.
        line.clear();
        line.push_str(marker);
        line.push(' ');
        line.push_str(label);
        line.extend(std::iter::repeat_n(
            ' ',
            label_width.saturating_sub(width(label)),
        ));
        line.push(' ');
        line.push_str(&p.title);
        let style = match (selected, focused) {
            (true, true) => theme.selected,
            (true, false) => theme.selected_unfocused,
            _ => theme.item,
        };
        let y = inner
            .y
            .saturating_add(u16::try_from(row).unwrap_or(u16::MAX));
        put_row(buf, inner.x, y, &line, usize::from(inner.width), style);
    }
}

/// The detail of the selected point.
pub fn render_detail(app: &App, area: Rect, theme: &Theme, buf: &mut Buffer) {
    let focused = app.nav.focus == Focus::Detail;
    let doc = panes::detail_doc(app);
    let nav = app.pane().map(|p| p.detail).unwrap_or_default();
    let inner = layout::inner(area);
    let mut b = block("Detail", focused, theme);
    if let Some(hint) = pane::scroll_hint(nav.scroll, usize::from(inner.height), doc.height()) {
        b = b.title_bottom(hint);
    }
    b.render(area, buf);
    let selected = if focused { nav.selected } else { None };
    let terms = app.searches.highlighted();
    pane::paint_marked(&doc, nav.scroll, selected, terms, inner, theme, buf);
}
