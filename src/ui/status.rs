//! The status line (where the reader is) and the footer (key hints from the keymap).

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Widget;

use super::put::put;
use super::theme::Theme;
use crate::app::keymap::{Hint, fitting_hints};
use crate::app::{App, status, views};
use crate::wrap::{truncate, width};

pub fn render_status(app: &App, area: Rect, theme: &Theme, buf: &mut Buffer) {
    let cols = usize::from(area.width);
    let mut right = String::new();
    if let Some(tag) = &app.filter.tag {
        right.push_str(&format!(" [tag: {tag}] "));
    }
    // A reminder for a student browsing on their own, unless the message already says it.
    let said = app
        .status
        .message
        .as_deref()
        .is_some_and(|m| m.contains("F follows"));
    if views::present::follow::browsing(app) && !said {
        right.push_str(" · browsing: F follows the class ");
    }
    let back = app.history.back_stack().len();
    if back > 0 {
        right.push_str(&format!(" ◂ {back} back "));
    }
    let room = cols.saturating_sub(width(&right));
    let (text, style) = match &app.status.message {
        Some(m) => (m.clone(), theme.message),
        None => {
            // The trail goes first, but the current place always wins the room.
            let here = status::location(app);
            let trail = status::trail(app);
            if width(&trail) + width(&here) < room {
                (format!("{trail}{here}"), theme.status)
            } else {
                (here, theme.status)
            }
        }
    };
    let left = truncate(&format!(" {text}"), room);
    let fill = " ".repeat(cols.saturating_sub(width(&left) + width(&right)));
    put(
        buf,
        area.x,
        area.y,
        format!("{left}{fill}{right}"),
        cols,
        style,
    );
}

/// Key hints of the place the reader is in, the most useful first, cut to fit (help and quit
/// kept).
pub fn render_footer(app: &App, area: Rect, theme: &Theme, buf: &mut Buffer) {
    let mut spans = Vec::new();
    let cost = |h: &Hint| width(h.keys) + width(h.what) + 3;
    for hint in fitting_hints(views::layer(app), usize::from(area.width), cost) {
        spans.push(Span::styled(format!(" {}", hint.keys), theme.footer_key));
        spans.push(Span::styled(format!(" {} ", hint.what), theme.footer_text));
    }
    Line::from(spans).render(area, buf);
}
