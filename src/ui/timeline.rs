//! The timeline: as a tab (every event with its detail) and as a pane beside a section, where
//! the events linked to the selected point stand out.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::Line;
use ratatui::widgets::Widget;

use super::pane::block;
use super::put::put_row;
use super::theme::Theme;
use crate::app::state::Focus;
use crate::app::{App, layout};
use crate::content::Event;
use crate::wrap::width;

/// Width of the date column.
fn date_width(app: &App) -> usize {
    app.memo().measures().date
}

/// The events in view from row `offset`, with their real index; an empty list says why.
fn visible_events<'a>(
    app: &'a App,
    offset: usize,
    inner: Rect,
    theme: &Theme,
    buf: &mut Buffer,
) -> Vec<(usize, &'a Event)> {
    let shown = app.shown_events();
    if shown.is_empty() {
        super::pane::empty_note(app, "events", inner, theme, buf);
    }
    shown
        .iter_from(offset)
        .filter_map(|i| app.pack.event(i).map(|e| (i, e)))
        .take(usize::from(inner.height))
        .collect()
}

/// Makes an event's row in `line`, which every row of a frame reuses: the marker, the date
/// padded to the date column, the title. `put_row` cuts it to the pane.
fn row(line: &mut String, marker: &str, e: &Event, date_w: usize) {
    line.clear();
    line.push_str(marker);
    line.push(' ');
    let at = line.len();
    e.date.write_short(line);
    let pad = date_w.saturating_sub(width(&line[at..]));
    line.extend(std::iter::repeat_n(' ', pad));
    line.push_str("  ");
    line.push_str(&e.title);
}

/// The timeline tab's list of events.
pub fn render_list(app: &App, area: Rect, theme: &Theme, buf: &mut Buffer) {
    let focused = app.nav.focus == Focus::List;
    block("Events", focused, theme).render(area, buf);
    let inner = layout::inner(area);
    let nav = app.nav.timeline.list;
    let date_w = date_width(app);
    let mut line = String::new();
    for (r, (i, e)) in visible_events(app, nav.offset, inner, theme, buf)
        .into_iter()
        .enumerate()
    {
        let selected = i == nav.selected;
        let marker = if selected { "▸" } else { " " };
        let style = match (selected, focused) {
            (true, true) => theme.selected,
            (true, false) => theme.selected_unfocused,
            _ => theme.item,
        };
        row(&mut line, marker, e, date_w);
        let y = inner.y.saturating_add(u16::try_from(r).unwrap_or(u16::MAX));
        put_row(buf, inner.x, y, &line, usize::from(inner.width), style);
    }
}

/// " ↑ 3 more (1 ●) " and " ↓ 5 more ": how many events are scrolled out of view above and
/// below the pane, and how many of them the selected point cites.
fn hidden(
    app: &App,
    offset: usize,
    rows: usize,
    cited: &[usize],
) -> (Option<String>, Option<String>) {
    let shown = app.shown_events();
    // Counted from the rows, not by walking the events: a keystroke costs the same on a
    // timeline of ten events or of ten thousand.
    let above = offset.min(shown.len());
    let below_from = offset.saturating_add(rows).min(shown.len());
    let mut cited_rows: Vec<usize> = cited.iter().filter_map(|&e| shown.position(e)).collect();
    cited_rows.sort_unstable();
    cited_rows.dedup();
    let say = |arrow: &str, count: usize, marked: usize| {
        (count > 0).then(|| {
            let extra = if marked > 0 {
                format!(" ({marked} ●)")
            } else {
                String::new()
            };
            format!(" {arrow} {count} more{extra} ")
        })
    };
    let marked_above = cited_rows.iter().filter(|&&r| r < above).count();
    let marked_below = cited_rows.iter().filter(|&&r| r >= below_from).count();
    (
        say("↑", above, marked_above),
        say("↓", shown.len() - below_from, marked_below),
    )
}

/// The timeline pane beside a section: every event, those linked to the selected point marked
/// with ● and highlighted.
pub fn render_pane(app: &App, area: Rect, theme: &Theme, buf: &mut Buffer) {
    let focused = app.nav.focus == Focus::Timeline;
    let linked = crate::app::views::timeline::cited_by_current_point(app);
    let title = match (linked.is_empty(), app.current_point().is_some()) {
        (_, false) => "Timeline",
        (true, true) => "Timeline · this point cites no events",
        (false, true) => "Timeline · ● cited by this point",
    };
    let inner = layout::inner(area);
    let nav = app.nav.side;
    let (above, below) = hidden(app, nav.offset, usize::from(inner.height), &linked);
    let mut b = block(title, focused, theme);
    if let Some(more) = above {
        b = b.title_top(Line::styled(more, theme.note).right_aligned());
    }
    if let Some(more) = below {
        b = b.title_bottom(Line::styled(more, theme.note).right_aligned());
    }
    b.render(area, buf);
    let date_w = date_width(app);
    let mut line = String::new();
    for (r, (i, e)) in visible_events(app, nav.offset, inner, theme, buf)
        .into_iter()
        .enumerate()
    {
        let is_linked = linked.contains(&i);
        let selected = focused && i == nav.selected;
        // A cited event keeps its ● when selected: the highlight already says which it is.
        let marker = match (selected, is_linked) {
            (_, true) => "●",
            (true, false) => "▸",
            (false, false) => " ",
        };
        let style = if selected {
            theme.selected
        } else if is_linked {
            theme.linked
        } else {
            theme.item_dim
        };
        row(&mut line, marker, e, date_w);
        let y = inner.y.saturating_add(u16::try_from(r).unwrap_or(u16::MAX));
        put_row(buf, inner.x, y, &line, usize::from(inner.width), style);
    }
}
