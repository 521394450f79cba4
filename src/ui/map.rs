//! The argument map: a tree of the question, its sections and their points.

use std::fmt::Write;

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::widgets::Widget;

use super::pane::{block, scroll_hint};
use super::put::put_row;
use super::theme::Theme;
use crate::app::views::map::{self, Row};
use crate::app::{App, layout};

/// Width of the relation column: the longest relation word, "qualifies".
const RELATION_WIDTH: usize = 9;

pub fn render(app: &App, area: Rect, theme: &Theme, buf: &mut Buffer) {
    let Some(nav) = app.nav.map() else {
        return;
    };
    let inner = layout::inner(area);
    let h = usize::from(inner.height);
    let mut b = block("Argument map (←→ fold, Enter opens)", true, theme);
    let offset = nav.rows.scroll;
    if let Some(hint) = scroll_hint(offset, h, map::count(app, nav)) {
        b = b.title_bottom(hint);
    } else {
        b = b.title_bottom(" the word before each point: how it bears on the answer ");
    }
    b.render(area, buf);
    let cols = usize::from(inner.width);
    // Only the rows in view are looked up, one row past them to know where a branch ends.
    let rows: Vec<Row> = (offset..offset + h + 1)
        .map_while(|i| map::row_at(app, nav, i))
        .collect();
    // One line reused for every row, cut to the pane by `put_row`.
    let mut line = String::new();
    for (n, row) in rows.iter().take(h).enumerate() {
        let selected = nav.rows.selected == Some(offset + n);
        let next = rows.get(n + 1);
        let style = if selected {
            theme.selected
        } else {
            match row {
                Row::Question => theme.title,
                Row::Section(_) => theme.heading,
                Row::Point(_) => theme.item,
            }
        };
        line.clear();
        line.push_str(if selected { "▸" } else { " " });
        let folded = nav.collapsed.get(row_section(*row));
        row_text(&mut line, app, next, *row, folded);
        let y = inner.y.saturating_add(u16::try_from(n).unwrap_or(u16::MAX));
        put_row(buf, inner.x, y, &line, cols, style);
    }
}

fn row_section(row: Row) -> usize {
    match row {
        Row::Section(i) => i,
        Row::Point(r) => r.section,
        Row::Question => usize::MAX,
    }
}

/// Writes a row as drawn at the end of `line`: tree lines, then what the row is.
fn row_text(line: &mut String, app: &App, next: Option<&Row>, row: Row, folded: Option<&bool>) {
    let last_section = app.pack.sections.len().saturating_sub(1);
    // Writing to a `String` cannot fail.
    let _ = match row {
        Row::Question => {
            let q = app.pack.article.question.as_deref();
            write!(line, "? {}", q.unwrap_or(app.pack.article.title.as_str()))
        }
        Row::Section(s) => {
            let branch = if s == last_section {
                "└─"
            } else {
                "├─"
            };
            let fold = if folded.copied().unwrap_or(false) {
                "▸"
            } else {
                "▾"
            };
            let (title, n) = app
                .pack
                .section(s)
                .map_or(("", 0), |x| (x.title.as_str(), app.shown_points(s).len()));
            let points = if n == 1 { "point" } else { "points" };
            write!(line, " {branch}{fold} {title} ({n} {points})")
        }
        Row::Point(r) => {
            let trunk = if r.section == last_section {
                "  "
            } else {
                "│ "
            };
            let last = !matches!(next, Some(Row::Point(_)));
            let branch = if last { "└─" } else { "├─" };
            let Some(p) = app.pack.point(r) else {
                return;
            };
            write!(
                line,
                " {trunk}  {branch} {:<RELATION_WIDTH$} {} · {}",
                p.kind.relation(),
                p.label,
                p.title
            )
        }
    };
}
