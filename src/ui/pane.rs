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

/// The border of an overlay: heavy like a focused pane, with no focus marker, since nothing
/// beside it could have the focus.
pub fn overlay_block<'a>(title: &'a str, theme: &Theme) -> Block<'a> {
    Block::default()
        .borders(Borders::ALL)
        .border_type(BorderType::Thick)
        .border_style(theme.border_focused)
        .title(Line::styled(format!(" {title} "), theme.border_focused))
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
    paint_marked(doc, scroll, selected, &[], area, theme, buf);
}

/// Like [`paint_doc`], with the words a search looked for marked where they occur.
pub fn paint_marked(
    doc: &Doc,
    scroll: usize,
    selected: Option<usize>,
    terms: &[String],
    area: Rect,
    theme: &Theme,
    buf: &mut Buffer,
) {
    let area = Rect {
        x: area.x.saturating_add(1),
        width: area.width.saturating_sub(2),
        ..area
    };
    let visible = doc.lines.iter().skip(scroll).take(usize::from(area.height));
    let shown: Vec<std::borrow::Cow<crate::app::doc::Line>> = if terms.is_empty() {
        visible.map(std::borrow::Cow::Borrowed).collect()
    } else {
        visible
            .map(|l| std::borrow::Cow::Owned(crate::app::doc::highlight::highlight(l, terms)))
            .collect()
    };
    let lines: Vec<Line> = shown
        .iter()
        .map(|l| {
            // When marks carry their own links (quotations in the source), only they show
            // selection; otherwise the whole line does.
            let marks_linked = l.marks.iter().any(|m| m.link.is_some());
            let style = if l.link.is_some() && l.link == selected && !marks_linked {
                theme.link_selected
            } else {
                theme.role(l.role)
            };
            marked_line(l, style, selected, theme)
        })
        .collect();
    Paragraph::new(lines).render(area, buf);
}

/// A document line as spans: the line's own style, with its marks drawn in theirs. A mark of
/// the selected link is drawn selected.
fn marked_line<'a>(
    l: &'a crate::app::doc::Line,
    style: ratatui::style::Style,
    selected: Option<usize>,
    theme: &Theme,
) -> Line<'a> {
    let mut spans = Vec::with_capacity(l.marks.len() * 2 + 1);
    let mut at = 0;
    for m in &l.marks {
        let (Some(before), Some(inside)) = (l.text.get(at..m.start), l.text.get(m.start..m.end))
        else {
            return Line::styled(l.text.as_str(), style);
        };
        spans.push(Span::styled(before, style));
        let chosen = m.link.is_some() && m.link == selected;
        let mark_style = match (chosen, m.role) {
            (true, crate::app::doc::Role::Matched) => theme.link_selected.patch(theme.matched),
            (true, _) => theme.link_selected,
            (false, role) => style.patch(theme.role(role)),
        };
        spans.push(Span::styled(inside, mark_style));
        at = m.end;
    }
    spans.push(Span::styled(l.text.get(at..).unwrap_or(""), style));
    Line::from(spans)
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

/// The line an empty list shows: why it is empty.
pub fn empty_note(app: &crate::app::App, what: &str, area: Rect, theme: &Theme, buf: &mut Buffer) {
    let text = match &app.filter.tag {
        Some(tag) => {
            let elsewhere = app.tabs_shown();
            match elsewhere.as_slice() {
                [] => format!("no {what} tagged “{tag}” (f changes the filter)"),
                tabs => format!(
                    "no {what} tagged “{tag}” here; {} {} some (f changes the filter)",
                    tabs.join(", "),
                    if tabs.len() == 1 { "has" } else { "have" }
                ),
            }
        }
        None => format!("no {what}"),
    };
    // Wrapped, not cut: the reason a list is empty is worth reading whole.
    let cols = usize::from(area.width.saturating_sub(1)).max(1);
    let lines = crate::wrap::wrap(&text, cols);
    for (row, line) in lines.iter().take(usize::from(area.height)).enumerate() {
        let y = area
            .y
            .saturating_add(u16::try_from(row).unwrap_or(u16::MAX));
        buf.set_stringn(area.x.saturating_add(1), y, line, cols, theme.note);
    }
}

/// An overlay holding a list of links (a chooser, search results, tags), drawn with its
/// cursor: scrolled as the cursor says, the selected link highlighted.
pub fn list_overlay(
    title: &str,
    doc: &Doc,
    cursor: crate::app::cursor::Cursor,
    rect: Rect,
    theme: &Theme,
    buf: &mut Buffer,
) {
    clear(rect, theme, buf);
    let inner = crate::app::layout::inner(rect);
    let mut b = overlay_block(title, theme);
    if let Some(hint) = scroll_hint(cursor.scroll, usize::from(inner.height), doc.height()) {
        b = b.title_bottom(hint);
    }
    b.render(rect, buf);
    paint_doc(doc, cursor.scroll, cursor.selected, inner, theme, buf);
}

/// Empties `rect` for an overlay and paints it in the theme's base colours, so a light or
/// high-contrast theme's overlay is not drawn on the terminal's own background.
pub fn clear(rect: Rect, theme: &Theme, buf: &mut Buffer) {
    ratatui::widgets::Clear.render(rect, buf);
    buf.set_style(rect, theme.base);
}
