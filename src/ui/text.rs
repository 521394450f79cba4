//! One frame of the real UI as plain text, without a terminal: for tests, docs and the
//! `render` command.

use ratatui::buffer::Buffer;

use crate::app::App;
use crate::ui::{self, Theme};

/// Draws `app` at its current size and returns the screen as lines of text. Trailing spaces
/// are kept off, so no line is wider than the terminal.
pub fn render_to_string(app: &App) -> String {
    buffer_to_string(&draw(app))
}

/// One frame of `app` at its current size, in its theme.
fn draw(app: &App) -> Buffer {
    let area = app.area();
    let mut buf = Buffer::empty(area);
    ui::draw(app, area, &Theme::named(app.prefs.theme), &mut buf);
    buf
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

/// Draws `app` like [`render_to_string`], keeping the theme's styles as ANSI SGR sequences.
/// Each line starts from the default style and resets at its end, so lines can be pasted or
/// piped one by one.
pub fn render_to_ansi(app: &App) -> String {
    buffer_to_ansi(&draw(app))
}

/// The buffer as text with SGR sequences wherever the style changes.
pub fn buffer_to_ansi(buf: &Buffer) -> String {
    use ratatui::style::{Color, Modifier};
    let area = buf.area;
    let mut out = String::new();
    for y in area.top()..area.bottom() {
        let mut line = String::new();
        let mut current: Option<(Color, Color, Modifier)> = None;
        let mut skip = 0usize;
        for x in area.left()..area.right() {
            let Some(cell) = buf.cell((x, y)) else {
                continue;
            };
            if skip > 0 {
                skip -= 1;
                continue;
            }
            let style = (cell.fg, cell.bg, cell.modifier);
            if current != Some(style) {
                line.push_str(&sgr(cell.fg, cell.bg, cell.modifier));
                current = Some(style);
            }
            line.push_str(cell.symbol());
            skip = crate::wrap::width(cell.symbol()).saturating_sub(1);
        }
        out.push_str(&line);
        out.push_str("\x1b[0m\n");
    }
    out
}

fn sgr(
    fg: ratatui::style::Color,
    bg: ratatui::style::Color,
    modifier: ratatui::style::Modifier,
) -> String {
    use ratatui::style::Modifier;
    let mut codes = vec!["0".to_string()];
    for (flag, code) in [
        (Modifier::BOLD, "1"),
        (Modifier::DIM, "2"),
        (Modifier::ITALIC, "3"),
        (Modifier::UNDERLINED, "4"),
        (Modifier::REVERSED, "7"),
        (Modifier::CROSSED_OUT, "9"),
    ] {
        if modifier.contains(flag) {
            codes.push(code.into());
        }
    }
    if let Some(c) = colour(fg, false) {
        codes.push(c);
    }
    if let Some(c) = colour(bg, true) {
        codes.push(c);
    }
    format!("\x1b[{}m", codes.join(";"))
}

/// The SGR parameter for a colour, or None for the terminal's default.
fn colour(c: ratatui::style::Color, background: bool) -> Option<String> {
    use ratatui::style::Color;
    let base = if background { 40 } else { 30 };
    let bright = if background { 100 } else { 90 };
    let code = match c {
        Color::Reset => return None,
        Color::Black => base,
        Color::Red => base + 1,
        Color::Green => base + 2,
        Color::Yellow => base + 3,
        Color::Blue => base + 4,
        Color::Magenta => base + 5,
        Color::Cyan => base + 6,
        Color::Gray => base + 7,
        Color::DarkGray => bright,
        Color::LightRed => bright + 1,
        Color::LightGreen => bright + 2,
        Color::LightYellow => bright + 3,
        Color::LightBlue => bright + 4,
        Color::LightMagenta => bright + 5,
        Color::LightCyan => bright + 6,
        Color::White => bright + 7,
        Color::Indexed(i) => return Some(format!("{};5;{i}", base + 8)),
        Color::Rgb(r, g, b) => return Some(format!("{};2;{r};{g};{b}", base + 8)),
    };
    Some(code.to_string())
}
