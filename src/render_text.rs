//! One frame of the real UI as plain text, without a terminal: for tests, docs and the
//! `render` command.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;

use crate::app::App;
use crate::ui::{self, Theme};

/// Draws `app` at its current size and returns the screen as lines of text. Trailing spaces
/// are kept off, so no line is wider than the terminal.
pub fn render_to_string(app: &App) -> String {
    let area = Rect::new(0, 0, app.size.0, app.size.1);
    let mut buf = Buffer::empty(area);
    ui::draw(app, area, &Theme::default(), &mut buf);
    buffer_to_string(&buf)
}

/// The visible text of a buffer, one line per row. The second half of a wide (CJK) character
/// is skipped, so each line shows as many columns as the buffer has.
pub fn buffer_to_string(buf: &Buffer) -> String {
    let area = buf.area;
    let mut out = String::new();
    for y in area.top()..area.bottom() {
        let mut line = String::new();
        let mut skip = 0usize;
        for x in area.left()..area.right() {
            let symbol = buf.cell((x, y)).map_or(" ", |c| c.symbol());
            if skip > 0 {
                skip -= 1;
                continue;
            }
            line.push_str(symbol);
            skip = crate::wrap::width(symbol).saturating_sub(1);
        }
        out.push_str(line.trim_end());
        out.push('\n');
    }
    out
}
