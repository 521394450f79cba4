//! Flags drawn so every terminal can redraw them cleanly.
//!
//! A flag (🇨🇳) is two regional-indicator characters that a terminal shows as one picture two
//! columns wide. Some terminals, tmux among them, keep the two characters in two cells of one
//! column each; ratatui keeps the flag in one cell and, when the flag is later overwritten,
//! writes only to its first column, trusting the terminal to clear the second. In such a
//! terminal the second half stays behind as a stray letter. Keeping each regional indicator
//! in a cell of its own makes ratatui track, and overwrite, both columns; written side by side
//! they still make the same flag.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;

fn is_regional_indicator(c: char) -> bool {
    ('\u{1F1E6}'..='\u{1F1FF}').contains(&c)
}

/// Splits every cell holding a pair of regional indicators into two cells of one each.
pub fn split(buf: &mut Buffer, area: Rect) {
    for y in area.top()..area.bottom() {
        for x in area.left()..area.right().saturating_sub(1) {
            let Some(cell) = buf.cell((x, y)) else {
                continue;
            };
            // Two regional indicators take eight bytes: most cells are looked at no further.
            if cell.symbol().len() != 8 {
                continue;
            }
            let mut chars = cell.symbol().chars();
            let (Some(first), Some(second), None) = (chars.next(), chars.next(), chars.next())
            else {
                continue;
            };
            if !(is_regional_indicator(first) && is_regional_indicator(second)) {
                continue;
            }
            let style = cell.style();
            if let Some(c) = buf.cell_mut((x, y)) {
                c.set_char(first);
            }
            if let Some(c) = buf.cell_mut((x + 1, y)) {
                c.set_char(second).set_style(style);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use ratatui::style::Style;

    #[test]
    fn each_half_of_a_flag_gets_its_own_cell() {
        let mut buf = Buffer::empty(Rect::new(0, 0, 8, 1));
        buf.set_string(0, 0, "a🇨🇳🇷🇺b", Style::default());
        let area = buf.area;
        split(&mut buf, area);
        let cells: Vec<&str> = (0..6).map(|x| buf[(x, 0)].symbol()).collect();
        assert_eq!(cells, ["a", "🇨", "🇳", "🇷", "🇺", "b"]);
        // Side by side they are the same text, so the terminal still draws the flags.
        assert_eq!(cells.concat(), "a🇨🇳🇷🇺b");
    }
}
