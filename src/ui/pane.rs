//! Pieces every pane uses: a bordered block that shows focus, and a painter for documents.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, BorderType, Borders, Paragraph, Widget};

use super::theme::Theme;
use crate::app::doc::Doc;

/// A bordered pane; the focused one has a heavier, highlighted border and a marker in its title,
/// so focus shows without colour too.
pub fn block<'a>(title: &'a str, focused: bool, theme: &Theme) -> Block<'a> {
    let (style, kind, marker) = if focused {
        (theme.border_focused, BorderType::Thick, "▶ ")
    } else {
        (theme.border, BorderType::Plain, "")
    };
    Block::default()
        .borders(Borders::ALL)
        .border_type(kind)
        .border_style(style)
        .title(Line::from(vec![
            Span::styled(format!(" {marker}"), style),
            Span::styled(title, if focused { style } else { theme.pane_title }),
            Span::raw(" "),
        ]))
}

/// Paints the lines of `doc` from `scroll` on into `area` (inside any border), with a one-column
/// margin each side. The selected link, if any, is drawn in reverse video.
pub fn paint_doc(
    doc: &Doc,
    scroll: usize,
    selected: Option<usize>,
    area: Rect,
    theme: &Theme,
    buf: &mut Buffer,
) {
    let area = Rect {
        x: area.x.saturating_add(1),
        width: area.width.saturating_sub(2),
        ..area
    };
    let lines: Vec<Line> = doc
        .lines
        .iter()
        .skip(scroll)
        .take(usize::from(area.height))
        .map(|l| {
            let style = if l.link.is_some() && l.link == selected {
                theme.link_selected
            } else {
                theme.role(l.role)
            };
            Line::styled(l.text.as_str(), style)
        })
        .collect();
    Paragraph::new(lines).render(area, buf);
}

/// A scroll position hint for the pane's bottom border: "12–30 of 44".
pub fn scroll_hint(scroll: usize, rows: usize, total: usize) -> Option<String> {
    (total > rows).then(|| {
        format!(
            " {}–{} of {} ",
            scroll + 1,
            (scroll + rows).min(total),
            total
        )
    })
}

/// Pads `text` with spaces to `cols` columns, so a highlighted row spans the whole pane.
pub fn fill(text: &str, cols: usize) -> String {
    let pad = cols.saturating_sub(crate::wrap::width(text));
    format!("{text}{}", " ".repeat(pad))
}
