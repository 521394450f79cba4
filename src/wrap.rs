//! Word wrapping by display width, shared by the state (to know how tall a pane's content is)
//! and the drawing code (to draw exactly those lines).
//!
//! Widths come from `unicode-width`, so CJK characters count as two columns. Text without
//! spaces (Chinese, Japanese) may break between any two characters; other words break only when
//! a single word is wider than the line.

use unicode_segmentation::UnicodeSegmentation;
use unicode_width::UnicodeWidthStr;

/// Display width of `s` in terminal columns.
pub fn width(s: &str) -> usize {
    if s.is_ascii() && !s.bytes().any(|b| b.is_ascii_control()) {
        return s.len();
    }
    UnicodeWidthStr::width(s)
}

/// Whether `c` is one column wide and a grapheme cluster on its own wherever it stands:
/// not a control, not wide, not combining, joining, or a regional indicator, and no
/// character in these ranges extends or joins the one before it.
pub fn single_cell(c: char) -> bool {
    matches!(c,
        ' '..='~'
        | '\u{A0}'..='\u{AC}'
        | '\u{AE}'..='\u{24F}'
        | '\u{400}'..='\u{482}'
        | '\u{48A}'..='\u{52F}'
        | '\u{2010}'..='\u{2027}'
        | '\u{2030}'..='\u{205E}'
        | '\u{2190}'..='\u{21FF}'
        | '\u{2500}'..='\u{25FC}'
    )
}

/// Where `s` must be cut to keep `room` columns, when every character up to there, and the
/// one after, is [`single_cell`]: then columns are characters. `None` asks for graphemes.
fn single_cell_cut(s: &str, room: usize) -> Option<usize> {
    let mut chars = s.char_indices();
    for _ in 0..room {
        let (_, c) = chars.next()?;
        if !single_cell(c) {
            return None;
        }
    }
    match chars.next() {
        Some((at, c)) if single_cell(c) => Some(at),
        Some(_) => None,
        None => Some(s.len()),
    }
}

/// Wraps `text` to lines at most `max` columns wide. Paragraph breaks (`\n`) are kept; a blank
/// line stays blank. A width of zero yields no lines.
pub fn wrap(text: &str, max: usize) -> Vec<String> {
    let mut out = Vec::new();
    if max == 0 {
        return out;
    }
    // Lines are built in one buffer and copied out at their exact length: growing a fresh
    // string for each line reallocated it several times over, on every frame that lays out
    // a document.
    let mut line = String::new();
    for para in text.split('\n') {
        wrap_paragraph(para, max, &mut line, &mut out);
    }
    out
}

/// Copies the finished line out as a string of its own length and empties the buffer.
fn finish(line: &mut String, out: &mut Vec<String>) {
    out.push(line.as_str().to_owned());
    line.clear();
}

fn wrap_paragraph(para: &str, max: usize, line: &mut String, out: &mut Vec<String>) {
    let mut line_width = 0;
    for word in para.split_whitespace() {
        let w = width(word);
        let gap = usize::from(!line.is_empty());
        if line_width + gap + w <= max {
            if gap == 1 {
                line.push(' ');
            }
            line.push_str(word);
            line_width += gap + w;
            continue;
        }
        // The word does not fit. Ideographic text and over-long words are split by grapheme,
        // filling the current line first; other words move to the next line whole.
        let breakable = w > max || has_wide(word);
        if !breakable {
            finish(line, out);
            line.push_str(word);
            line_width = w;
            continue;
        }
        if !line.is_empty() {
            if line_width + 1 < max {
                line.push(' ');
                line_width += 1;
            } else {
                finish(line, out);
                line_width = 0;
            }
        }
        for g in word.graphemes(true) {
            let gw = width(g);
            if line_width + gw > max && !line.is_empty() {
                finish(line, out);
                line_width = 0;
            }
            line.push_str(g);
            line_width += gw;
        }
    }
    finish(line, out);
}

fn has_wide(word: &str) -> bool {
    !word.is_ascii() && word.graphemes(true).any(|g| width(g) > 1)
}

/// Cuts `s` to at most `max` columns, ending with `…` if anything was cut. The cut falls
/// between words when that keeps at least half the room, never inside a grapheme (a flag, an
/// accented letter, a CJK character), so what is left reads as words.
pub fn truncate(s: &str, max: usize) -> String {
    match fit(s, max) {
        (whole, false) => whole.to_string(),
        (head, true) => format!("{head}…"),
    }
}

/// The leading parts of `s`, parted by `sep`, that fit in `max` columns: a title such as
/// "Timeline · 1853–2015 · bold: cited by R6" loses whole parts from its end rather than
/// being cut inside one. A first part too long alone is [`truncate`]d.
pub fn fit_parts(s: &str, sep: &str, max: usize) -> String {
    let mut out = String::new();
    for part in s.split(sep) {
        let joined = if out.is_empty() {
            part.to_string()
        } else {
            format!("{out}{sep}{part}")
        };
        if !fits(&joined, max) {
            break;
        }
        out = joined;
    }
    if out.is_empty() {
        truncate(s.split(sep).next().unwrap_or(""), max)
    } else {
        out
    }
}

/// Where `truncate` cuts `s`, without making the cut string: the part of `s` to keep, and
/// whether `…` follows it. Lists write their rows straight into the frame with it.
pub fn fit(s: &str, max: usize) -> (&str, bool) {
    if fits(s, max) {
        return (s, false);
    }
    if max == 0 {
        return ("", false);
    }
    let room = max - 1;
    let end = single_cell_cut(s, room).unwrap_or_else(|| grapheme_cut(s, room));
    let head = s.get(..end).unwrap_or("");
    let next_is_space = s
        .get(end..)
        .is_some_and(|rest| rest.starts_with(char::is_whitespace));
    let cut = if next_is_space {
        head
    } else {
        // Between words: before a space, or after a hyphen ("quarter-|century").
        let space = head.rfind(char::is_whitespace);
        let hyphen = head
            .rfind('-')
            .map(|at| at + 1)
            .filter(|&at| at < head.len());
        match space.max(hyphen) {
            Some(at) if width(&head[..at]) * 2 >= room => &head[..at],
            _ => head,
        }
    };
    let cut = cut.trim_end_matches(|c: char| c.is_whitespace() || ",;:·—–-".contains(c));
    (if cut.is_empty() { head } else { cut }, true)
}

/// Whether `s` is at most `max` columns wide, reading no further than it must: a title much
/// longer than its row is cut on every frame, and need not be measured to its end.
fn fits(s: &str, max: usize) -> bool {
    // A character is never wider than its bytes.
    if s.len() <= max {
        return true;
    }
    let mut used = 0;
    for c in s.chars() {
        if !single_cell(c) {
            // Widths of mixed text are measured whole: some pairs change each other's width.
            return width(s) <= max;
        }
        used += 1;
        if used > max {
            return false;
        }
    }
    true
}

/// Where `s` must be cut to keep `room` columns, a grapheme at a time.
fn grapheme_cut(s: &str, room: usize) -> usize {
    let mut end = 0;
    let mut used = 0;
    for (at, g) in s.grapheme_indices(true) {
        let gw = width(g);
        if used + gw > room {
            break;
        }
        used += gw;
        end = at + g.len();
    }
    end
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        /// Counting characters cuts where counting graphemes does, whenever it answers.
        #[test]
        fn a_cut_by_characters_is_a_cut_by_graphemes(
            parts in prop::collection::vec(prop::sample::select(vec![
                "a", " ", "’", "—", "…", "é", "Ж", "▸", "中", "e\u{301}", "\u{301}", "🇨🇳",
                "\u{200D}", "👍",
            ]), 0..12),
            room in 0usize..14,
        ) {
            let s = parts.concat();
            if let Some(cut) = single_cell_cut(&s, room) {
                prop_assert_eq!(cut, grapheme_cut(&s, room));
            }
        }

        /// Whether a text fits, read only as far as needed, is what measuring it whole says.
        #[test]
        fn fits_is_measuring_the_whole_text(
            parts in prop::collection::vec(prop::sample::select(vec![
                "a", " ", "’", "—", "é", "中", "e\u{301}", "\u{301}", "1\u{FE0F}", "\u{FE0F}",
                "🇨🇳", "\u{200D}", "👍", "\t", "\u{85}",
            ]), 0..12),
            max in 0usize..16,
        ) {
            let s = parts.concat();
            prop_assert_eq!(fits(&s, max), width(&s) <= max, "{:?} in {}", s, max);
        }
    }

    #[test]
    fn wraps_on_spaces() {
        assert_eq!(
            wrap("the quick brown fox", 10),
            vec!["the quick", "brown fox"]
        );
    }

    #[test]
    fn keeps_paragraph_breaks() {
        assert_eq!(wrap("one\n\ntwo", 10), vec!["one", "", "two"]);
    }

    #[test]
    fn breaks_cjk_between_characters_by_width() {
        let lines = wrap("习近平访问莫斯科", 6);
        assert_eq!(lines, vec!["习近平", "访问莫", "斯科"]);
        assert!(lines.iter().all(|l| width(l) <= 6));
    }

    #[test]
    fn cyrillic_counts_one_column_per_letter() {
        let lines = wrap("Путин встретится с Си Цзиньпином", 12);
        assert!(lines.iter().all(|l| width(l) <= 12), "{lines:?}");
        assert_eq!(lines.first().map(String::as_str), Some("Путин"));
    }

    #[test]
    fn splits_words_longer_than_the_line() {
        let lines = wrap("abcdefghij", 4);
        assert_eq!(lines, vec!["abcd", "efgh", "ij"]);
    }

    #[test]
    fn never_exceeds_the_width_even_when_tiny() {
        for max in 1..6 {
            for l in wrap("习近平 and Путин met in 2013—again", max) {
                assert!(width(&l) <= max.max(2), "{l:?} at {max}");
            }
        }
        assert!(wrap("anything", 0).is_empty());
    }

    #[test]
    fn truncates_with_an_ellipsis() {
        assert_eq!(truncate("Potential Pitfalls", 8), "Potenti…");
        assert_eq!(truncate("short", 8), "short");
        assert_eq!(truncate("习近平", 4), "习…");
    }

    #[test]
    fn fit_parts_drops_whole_parts_from_the_end() {
        let title = "Timeline · 1853–2015 · bold: cited by R6";
        assert_eq!(fit_parts(title, " · ", 60), title);
        assert_eq!(fit_parts(title, " · ", 40), title);
        assert_eq!(fit_parts(title, " · ", 39), "Timeline · 1853–2015");
        assert_eq!(fit_parts(title, " · ", 20), "Timeline · 1853–2015");
        assert_eq!(fit_parts(title, " · ", 19), "Timeline");
        assert_eq!(fit_parts(title, " · ", 8), "Timeline");
        assert_eq!(fit_parts(title, " · ", 5), "Time…");
        assert_eq!(fit_parts(title, " · ", 0), "");
    }

    #[test]
    fn cuts_between_words_when_that_keeps_half_the_room() {
        assert_eq!(
            truncate("R3 Seeking support against Japan", 26),
            "R3 Seeking support…"
        );
        assert_eq!(
            truncate("The trip and its message", 20),
            "The trip and its…"
        );
        assert_eq!(truncate("Old claims, to lost land", 13), "Old claims…");
        // After a hyphen too, without keeping the hyphen.
        assert_eq!(truncate("A quarter-century of progress", 16), "A quarter…");
        assert_eq!(truncate("Emerging-market leaders", 20), "Emerging-market…");
        // A long first word is cut inside rather than leaving almost nothing.
        assert_eq!(truncate("Extraordinarily long", 12), "Extraordina…");
        for max in 1..30 {
            let t = truncate("R3 Seeking support against Japan", max);
            assert!(width(&t) <= max, "{t:?} at {max}");
        }
    }

    #[test]
    fn never_cuts_inside_a_grapheme() {
        let flags = "Talks 🇨🇳🇷🇺 resume";
        for max in 1..20 {
            let t = truncate(flags, max);
            assert!(width(&t) <= max, "{t:?} at {max}");
            assert!(
                !t.contains('\u{1F1E8}') || t.contains("🇨🇳"),
                "half a flag in {t:?}"
            );
        }
        assert_eq!(truncate("é\u{301}tude", 3), "é\u{301}t…");
    }
}
