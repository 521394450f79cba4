//! Writing text into the buffer, a cell per character where that is safe.
//!
//! ratatui's `Buffer::set_stringn` splits every string into grapheme clusters and measures
//! each, which is most of what a frame costs: the same prose is written on every keystroke.
//! Most of that prose is made of characters that each fill one cell and never join their
//! neighbours (Latin letters, digits, punctuation, typographic quotes and dashes, box and
//! arrow symbols). A string made only of those is written a character per cell; anything
//! else (wide or combining characters, emoji, flags) goes through ratatui as before. Both
//! ways write the same cells: a test compares them on strings of every kind.

use ratatui::buffer::Buffer;
use ratatui::style::Style;

use crate::wrap::{fit, single_cell};

/// Writes `text` at (`x`, `y`) in at most `max_width` columns (and no further than the
/// buffer's right edge) in `style`, as `Buffer::set_stringn` does, and returns where it
/// stopped. A position outside the buffer writes nothing.
pub fn put(
    buf: &mut Buffer,
    x: u16,
    y: u16,
    text: impl AsRef<str>,
    max_width: usize,
    style: impl Into<Style>,
) -> (u16, u16) {
    let (text, style) = (text.as_ref(), style.into());
    let area = buf.area;
    if y < area.top() || y >= area.bottom() || x < area.left() || x >= area.right() {
        return (x, y);
    }
    let room = usize::from(area.right() - x).min(max_width);
    let start = buf.index_of(x, y);
    let mut chars = text.chars();
    let mut written: u16 = 0;
    // The row's cells as one slice: no position is looked up per character.
    let cells = buf.content.get_mut(start..start + room).unwrap_or_default();
    for cell in cells {
        let Some(c) = chars.next() else { break };
        if !single_cell(c) {
            // What was written so far is what ratatui writes there too.
            return buf.set_stringn(x, y, text, max_width, style);
        }
        write_cell(cell, c, style);
        written += 1;
    }
    // A character just past the room may join the last one written ("e" and a combining
    // accent): ratatui then writes them as one grapheme.
    if chars.next().is_some_and(|c| !single_cell(c)) {
        return buf.set_stringn(x, y, text, max_width, style);
    }
    (x + written, y)
}

/// Writes `text` as a row `cols` wide, cut as `wrap::truncate` cuts it (between words, with
/// `…`), then spaces to the end, all in `style`, so a highlighted row spans the whole pane.
/// The cut is written as it is found: no string is made for it.
pub fn put_row(buf: &mut Buffer, x: u16, y: u16, text: &str, cols: usize, style: Style) {
    if !buf.area.contains(ratatui::layout::Position { x, y }) {
        return;
    }
    let (head, cut) = fit(text, cols);
    let end = if !cut {
        put(buf, x, y, head, cols, style).0
    } else if head.chars().all(single_cell) {
        // A cell per character: the `…` follows in the next cell, if there is one before the
        // buffer's edge (the head stops only at the edge).
        let (end, _) = put(buf, x, y, head, cols, style);
        let used = usize::from(end - x);
        put(buf, end, y, "…", cols.saturating_sub(used), style).0
    } else {
        // Wide or joining characters: ratatui measures what fits of the cut string.
        put(buf, x, y, format!("{head}…"), cols, style).0
    };
    let last = usize::from(x)
        .saturating_add(cols)
        .min(usize::from(buf.area.right()));
    let last = u16::try_from(last).unwrap_or(u16::MAX);
    if end < last {
        let (from, to) = (buf.index_of(end, y), buf.index_of(last - 1, y));
        for cell in buf.content.get_mut(from..=to).unwrap_or_default() {
            write_cell(cell, ' ', style);
        }
    }
}

/// `cell.set_char(c).set_style(style)`, leaving a blank cell's symbol as it is for a space.
/// ratatui holds a cleared cell's symbol and a space as the same (they compare, hash and
/// draw alike), and making a cell's string is most of what writing it costs: a row padded
/// to its pane writes spaces into cells the frame has just cleared.
fn write_cell(cell: &mut ratatui::buffer::Cell, c: char, style: Style) {
    if c != ' ' || cell.symbol() != " " {
        match printable_ascii(c) {
            Some(s) => cell.set_symbol(s),
            None => cell.set_char(c),
        };
    }
    cell.set_style(style);
}

/// `c` as a one-byte slice of [`PRINTABLE_ASCII`], if it is printable ASCII. Given a slice
/// whose length the compiler knows, `set_symbol` copies one byte; for a `char`, whose
/// length it does not know, `set_char` copies bytes into a buffer on the stack and reads
/// them back wider, which stalls the processor: writing a cell and its style costs about
/// 9 ns that way against 3.4 ns this way (measured with the release profile's thin LTO).
fn printable_ascii(c: char) -> Option<&'static str> {
    let i = (c as usize).wrapping_sub(usize::from(b' '));
    PRINTABLE_ASCII.get(i..=i)
}

/// The printable ASCII characters in order, from the space to the tilde.
const PRINTABLE_ASCII: &str = " !\"#$%&'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`abcdefghijklmnopqrstuvwxyz{|}~";

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;
    use ratatui::layout::Rect;
    use ratatui::style::Color;
    use unicode_segmentation::UnicodeSegmentation;
    use unicode_width::UnicodeWidthStr;

    fn ranges() -> impl Iterator<Item = char> {
        (0..=0x2FFFu32)
            .filter_map(char::from_u32)
            .filter(|c| single_cell(*c))
    }

    #[test]
    fn printable_ascii_is_the_character_itself_and_nothing_else_is_taken() {
        for c in (0..=0x2FFFu32).filter_map(char::from_u32) {
            let expected = (' '..='~').contains(&c).then(|| c.to_string());
            assert_eq!(printable_ascii(c).map(str::to_string), expected, "{c:?}");
        }
    }

    /// The promise the fast path rests on, checked for every character it takes: one column,
    /// and its own grapheme next to any other of them and next to letters.
    #[test]
    fn every_single_cell_character_is_one_column_and_one_grapheme() {
        let all: Vec<char> = ranges().collect();
        assert!(all.len() > 1000, "the ranges cover {}", all.len());
        for &c in &all {
            let s = c.to_string();
            assert_eq!(UnicodeWidthStr::width(s.as_str()), 1, "{c:?} is one column");
            let around = format!("a{c}b{c}{c}");
            assert_eq!(around.graphemes(true).count(), 5, "{c:?} joins a neighbour");
        }
        // No two of them join each other, in either order.
        let mut pair = String::new();
        for &a in &all {
            for &b in &all {
                pair.clear();
                pair.push(a);
                pair.push(b);
                assert_eq!(pair.graphemes(true).count(), 2, "{a:?} and {b:?} join");
            }
        }
    }

    #[test]
    fn characters_that_join_or_are_wide_are_not_single_cell() {
        for c in [
            '\u{AD}',
            '\u{300}',
            '\u{483}',
            '\u{200B}',
            '\u{200D}',
            '\u{2028}',
            '\u{2060}',
            '\u{25FD}',
            '\u{1F1E8}',
            '中',
            '\t',
            '\n',
            '\u{7F}',
            '\u{85}',
        ] {
            assert!(!single_cell(c), "{c:?}");
        }
    }

    fn both_ways(text: &str, x: u16, max: usize) -> (Buffer, Buffer, (u16, u16), (u16, u16)) {
        let area = Rect::new(0, 0, 12, 2);
        let style = Style::default().fg(Color::Yellow);
        let (mut ours, mut theirs) = (Buffer::empty(area), Buffer::empty(area));
        let a = put(&mut ours, x, 1, text, max, style);
        let b = theirs.set_stringn(x, 1, text, max, style);
        (ours, theirs, a, b)
    }

    #[test]
    fn text_is_cut_at_the_width_and_at_the_edge() {
        let (ours, theirs, a, b) = both_ways("“Moscow” — first…", 3, 6);
        assert_eq!(ours, theirs);
        assert_eq!((a, b), ((9, 1), (9, 1)));
        let (ours, theirs, a, b) = both_ways("abcdefghijklmnop", 8, 100);
        assert_eq!(ours, theirs);
        assert_eq!(a, b);
        assert_eq!(ours[(11, 1)].symbol(), "d");
    }

    #[test]
    fn a_place_outside_the_buffer_writes_nothing() {
        let area = Rect::new(3, 2, 4, 1);
        let mut buf = Buffer::empty(area);
        let red = Style::default().bg(Color::Red);
        assert_eq!(put(&mut buf, 3, 5, "ab", 2, red), (3, 5));
        assert_eq!(put(&mut buf, 9, 2, "ab", 2, red), (9, 2));
        assert_eq!(put(&mut buf, 0, 2, "ab", 9, red), (0, 2));
        put_row(&mut buf, 0, 2, "abc", 5, red);
        put_row(&mut buf, 3, 0, "abc", 5, red);
        put_row(&mut buf, 7, 2, "abc", 5, red);
        assert_eq!(buf, Buffer::empty(area));
    }

    #[test]
    fn a_row_is_filled_to_its_width_and_no_further() {
        let mut buf = Buffer::empty(Rect::new(0, 0, 10, 1));
        let style = Style::default().fg(Color::Red);
        put_row(&mut buf, 1, 0, "ab", 5, style);
        let symbols: String = (0..10).map(|x| buf[(x, 0)].symbol()).collect();
        assert_eq!(symbols, " ab       ");
        assert_eq!(buf[(5, 0)].fg, Color::Red);
        assert_eq!(buf[(6, 0)].fg, Color::Reset);
        // Cut at the buffer's edge; a long text is cut at the row's width, with `…`.
        put_row(&mut buf, 7, 0, "x", 9, style);
        put_row(&mut buf, 0, 0, "abcdefgh", 3, style);
        let symbols: String = (0..10).map(|x| buf[(x, 0)].symbol()).collect();
        assert_eq!(symbols, "ab…    x  ");
    }

    fn mixed() -> impl Strategy<Value = String> {
        let pieces = prop::sample::select(vec![
            "a",
            "Z",
            " ",
            "’",
            "“",
            "—",
            "…",
            "é",
            "Ж",
            "▸",
            "→",
            "│",
            "中",
            "日本",
            "e\u{301}",
            "👍",
            "🇨🇳",
            "\u{200D}",
            "\u{AD}",
            "\t",
            "\u{1b}[0m",
            "x\u{20E3}",
        ]);
        prop::collection::vec(pieces, 0..16).prop_map(|v| v.concat())
    }

    /// A row as it was written before `put_row` cut it itself: `truncate`'s string through
    /// ratatui, then spaces to the row's width.
    fn row_through_ratatui(
        buf: &mut Buffer,
        x: u16,
        y: u16,
        text: &str,
        cols: usize,
        style: Style,
    ) {
        let cut = crate::wrap::truncate(text, cols);
        let (end, _) = buf.set_stringn(x, y, &cut, cols, style);
        let last = (usize::from(x) + cols).min(usize::from(buf.area.right())) as u16;
        for at in end..last {
            buf[(at, y)].set_char(' ').set_style(style);
        }
    }

    fn styles() -> impl Strategy<Value = Style> {
        use ratatui::style::Modifier;
        let colour = prop::option::of(prop::sample::select(vec![Color::Red, Color::Indexed(42)]));
        let modifier = prop::sample::select(vec![
            Modifier::empty(),
            Modifier::BOLD,
            Modifier::REVERSED | Modifier::ITALIC,
        ]);
        (
            colour.clone(),
            colour.clone(),
            colour,
            modifier.clone(),
            modifier,
        )
            .prop_map(|(fg, bg, underline, add, sub)| Style {
                fg,
                bg,
                underline_color: underline,
                add_modifier: add,
                sub_modifier: sub,
            })
    }

    proptest! {
        /// The fast path and ratatui write the same cells and stop at the same place.
        #[test]
        fn put_writes_what_set_stringn_writes(text in mixed(), x in 0u16..12, max in 0usize..14) {
            let (ours, theirs, a, b) = both_ways(&text, x, max);
            prop_assert_eq!(ours, theirs);
            prop_assert_eq!(a, b);
        }

        /// Over cells already written (a character, a pane's colours, a cell the diff must
        /// skip), the text's characters and style are laid over them as ratatui lays them.
        #[test]
        fn put_keeps_what_the_cells_had_as_set_stringn_does(
            text in mixed(),
            x in 0u16..12,
            max in 0usize..14,
            before in styles(),
            style in styles(),
            skip in any::<bool>(),
        ) {
            let area = Rect::new(0, 0, 12, 2);
            let mut ours = Buffer::empty(area);
            ours.set_style(area, before);
            // Some cells hold a character already, some a space, the rest were cleared.
            for (i, cell) in ours.content.iter_mut().enumerate() {
                let written = match i % 3 {
                    0 => 'x',
                    1 => ' ',
                    _ => continue,
                };
                cell.set_char(written);
            }
            for cell in ours.content.iter_mut().skip(3).step_by(4) {
                cell.set_diff_option(if skip {
                    ratatui::buffer::CellDiffOption::Skip
                } else {
                    ratatui::buffer::CellDiffOption::AlwaysUpdate
                });
            }
            let mut theirs = ours.clone();
            let a = put(&mut ours, x, 1, &text, max, style);
            let b = theirs.set_stringn(x, 1, &text, max, style);
            prop_assert_eq!(&ours, &theirs);
            prop_assert_eq!(a, b);
            put_row(&mut ours, x, 0, &text, max, style);
            row_through_ratatui(&mut theirs, x, 0, &text, max, style);
            prop_assert_eq!(ours, theirs);
        }

        /// A row is what writing `truncate`'s cut string through ratatui and padding it with
        /// spaces to the row's width gives, though no cut string is made.
        #[test]
        fn put_row_writes_the_truncated_text_then_spaces(
            text in mixed(),
            x in 0u16..12,
            cols in 0usize..14,
        ) {
            let area = Rect::new(0, 0, 12, 2);
            let style = Style::default().fg(Color::Yellow);
            let (mut ours, mut theirs) = (Buffer::empty(area), Buffer::empty(area));
            put_row(&mut ours, x, 1, &text, cols, style);
            row_through_ratatui(&mut theirs, x, 1, &text, cols, style);
            prop_assert_eq!(ours, theirs);
        }
    }
}
