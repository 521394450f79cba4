//! Pieces every pane uses: a bordered block that shows focus, and a painter for documents.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, BorderType, Borders, Widget};

use super::put::put;
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
    let area = inside_margin(area);
    let cols = usize::from(area.width);
    let visible = doc.lines.iter().skip(scroll).take(usize::from(area.height));
    for (y, line) in (area.top()..area.bottom()).zip(visible) {
        let line = if terms.is_empty() {
            std::borrow::Cow::Borrowed(line)
        } else {
            std::borrow::Cow::Owned(crate::app::doc::highlight::highlight(line, terms))
        };
        let mut x = area.x;
        for (text, style) in marked_pieces(&line, selected, theme) {
            let room = cols.saturating_sub(usize::from(x - area.x));
            if room == 0 {
                break;
            }
            x = put(buf, x, y, text, room, style).0;
        }
    }
}

/// `area` less a one-column margin each side.
fn inside_margin(area: Rect) -> Rect {
    Rect {
        x: area.x.saturating_add(1),
        width: area.width.saturating_sub(2),
        ..area
    }
}

/// A document line as pieces of text and their styles: the line's own style, with its marks
/// drawn in theirs. A mark of the selected link is drawn selected.
fn marked_pieces<'a>(
    l: &'a crate::app::doc::Line,
    selected: Option<usize>,
    theme: &Theme,
) -> Vec<(&'a str, Style)> {
    // When marks carry their own links (quotations in the source), only they show
    // selection; otherwise the whole line does.
    let marks_linked = l.marks.iter().any(|m| m.link.is_some());
    let style = if l.link.is_some() && l.link == selected && !marks_linked {
        theme.link_selected
    } else {
        theme.role(l.role)
    };
    let mut pieces = Vec::with_capacity(l.marks.len() * 2 + 1);
    let mut at = 0;
    for m in &l.marks {
        let (Some(before), Some(inside)) = (l.text.get(at..m.start), l.text.get(m.start..m.end))
        else {
            return vec![(l.text.as_str(), style)];
        };
        pieces.push((before, style));
        let chosen = m.link.is_some() && m.link == selected;
        let mark_style = match (chosen, m.role) {
            (true, crate::app::doc::Role::Matched) => theme.link_selected.patch(theme.matched),
            (true, _) => theme.link_selected,
            (false, role) => style.patch(theme.role(role)),
        };
        pieces.push((inside, mark_style));
        at = m.end;
    }
    pieces.push((l.text.get(at..).unwrap_or(""), style));
    pieces
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
        put(buf, area.x.saturating_add(1), y, line, cols, theme.note);
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::app::{Action, App, update};
    use ratatui::text::Span;
    use ratatui::widgets::Paragraph;
    use std::sync::Arc;

    /// How documents were painted before the cell-per-character writer: ratatui's own
    /// paragraph, kept here as the reference the painter must match cell for cell.
    fn paint_as_a_paragraph(
        doc: &Doc,
        selected: Option<usize>,
        terms: &[String],
        area: Rect,
        theme: &Theme,
        buf: &mut Buffer,
    ) {
        let area = inside_margin(area);
        let lines: Vec<Line> = doc
            .lines
            .iter()
            .take(usize::from(area.height))
            .map(|l| {
                let l = crate::app::doc::highlight::highlight(l, terms);
                let spans: Vec<Span> = marked_pieces(&l, selected, theme)
                    .into_iter()
                    .map(|(t, s)| Span::styled(t.to_string(), s))
                    .collect();
                Line::from(spans)
            })
            .collect();
        Paragraph::new(lines).render(area, buf);
    }

    #[test]
    fn documents_are_painted_as_ratatui_paints_them() {
        let pack = Arc::new(crate::content::load_embedded().expect("loads").pack);
        let theme = Theme::default();
        for (tab, width) in [(0, 100), (1, 61), (2, 140), (2, 44)] {
            let mut app = App::new(Arc::clone(&pack), (width, 40));
            update(&mut app, Action::GoToTab(tab));
            update(&mut app, Action::Down);
            let doc = crate::app::views::panes::detail_doc(&app);
            let terms = vec!["russia".to_string(), "china".to_string()];
            for selected in [None, Some(0), Some(1)] {
                let area = Rect::new(2, 1, width - 4, 38);
                let mut ours = Buffer::empty(Rect::new(0, 0, width, 40));
                let mut reference = ours.clone();
                paint_marked(&doc, 0, selected, &terms, area, &theme, &mut ours);
                paint_as_a_paragraph(&doc, selected, &terms, area, &theme, &mut reference);
                assert_eq!(ours, reference, "tab {tab}, {width} columns, {selected:?}");
            }
        }
    }
}
