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

use crate::wrap::single_cell;

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
    if !text.chars().all(single_cell) {
        return buf.set_stringn(x, y, text, max_width, style);
    }
    let room = usize::from(area.right() - x).min(max_width);
    let mut at = x;
    for c in text.chars().take(room) {
        buf[(at, y)].set_char(c).set_style(style);
        at += 1;
    }
    (at, y)
}

/// Writes `text` as a row `cols` wide: the text, then spaces to the end, all in `style`, so
/// a highlighted row spans the whole pane.
pub fn put_row(buf: &mut Buffer, x: u16, y: u16, text: &str, cols: usize, style: Style) {
    if !buf.area.contains(ratatui::layout::Position { x, y }) {
        return;
    }
    let (end, _) = put(buf, x, y, text, cols, style);
    let last = usize::from(x)
        .saturating_add(cols)
        .min(usize::from(buf.area.right()));
    let last = u16::try_from(last).unwrap_or(u16::MAX);
    for at in end..last {
        buf[(at, y)].set_char(' ').set_style(style);
    }
}

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
        // Cut at the buffer's edge; a long text is cut at the row's width.
        put_row(&mut buf, 7, 0, "x", 9, style);
        put_row(&mut buf, 0, 0, "abcdefgh", 3, style);
        let symbols: String = (0..10).map(|x| buf[(x, 0)].symbol()).collect();
        assert_eq!(symbols, "abc    x  ");
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

    proptest! {
        /// The fast path and ratatui write the same cells and stop at the same place.
        #[test]
        fn put_writes_what_set_stringn_writes(text in mixed(), x in 0u16..12, max in 0usize..14) {
            let (ours, theirs, a, b) = both_ways(&text, x, max);
            prop_assert_eq!(ours, theirs);
            prop_assert_eq!(a, b);
        }
    }
}
