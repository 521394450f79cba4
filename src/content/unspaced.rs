//! Scripts written without spaces between words (Chinese, Japanese, Thai…), where the checks
//! that work in words for English need characters instead.
//!
//! A quotation folded over several lines with `>-` gains a space at each line break; between
//! two characters of such a script that space is not in the source, so quotations are compared
//! without it. Prose copied from such a source is found by runs of shared characters, since it
//! has no words to count.

use std::collections::HashSet;

/// Whether `c` belongs to a script written without spaces between words, or is punctuation of
/// one (`。`, `「`).
pub fn is_unspaced(c: char) -> bool {
    matches!(u32::from(c),
        0x0E00..=0x0EFF // Thai, Lao
        | 0x1000..=0x109F // Myanmar
        | 0x1780..=0x17FF // Khmer
        | 0x2E80..=0x2FDF // CJK radicals
        | 0x3000..=0x303F // CJK punctuation
        | 0x3040..=0x30FF // Hiragana, Katakana
        | 0x3100..=0x312F // Bopomofo
        | 0x31F0..=0x31FF // Katakana extensions
        | 0x3400..=0x4DBF // CJK extension A
        | 0x4E00..=0x9FFF // CJK unified ideographs
        | 0xF900..=0xFAFF // CJK compatibility ideographs
        | 0xFF00..=0xFF60 // full-width forms
        | 0x20000..=0x3134F // CJK extensions B–G
    )
}

/// `s` without the spaces that stand between two characters of unspaced scripts: what a
/// quotation and its source are compared as, once white space is folded.
pub fn drop_folding_spaces(s: &str) -> String {
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::with_capacity(s.len());
    for (i, &c) in chars.iter().enumerate() {
        if c == ' ' {
            let before = i.checked_sub(1).and_then(|j| chars.get(j));
            let after = chars.get(i + 1);
            if before.is_some_and(|b| is_unspaced(*b)) && after.is_some_and(|a| is_unspaced(*a)) {
                continue;
            }
        }
        out.push(c);
    }
    out
}

/// White space folded to single spaces, then the folding spaces dropped: the form in which
/// quotations, paragraphs and date wordings are kept and compared.
pub fn fold(s: &str) -> String {
    drop_spaces_if_unspaced(super::text::normalize_ws(s))
}

/// [`fold`] for a string the caller gives up: text already in that form keeps its buffer.
pub fn fold_owned(s: String) -> String {
    drop_spaces_if_unspaced(super::text::normalize_ws_owned(s))
}

/// The second step of [`fold`], on text whose white space is folded already.
fn drop_spaces_if_unspaced(folded: String) -> String {
    // Most text holds no unspaced letters, so there is no space to drop. In UTF-8 such a
    // letter starts with 0xE0–0xE9 (U+0E00–U+9FFF), 0xEF (U+F900–U+FF60) or 0xF0
    // (U+20000–U+3134F); only characters starting so are decoded.
    let first_byte = |b: u8| matches!(b, 0xe0..=0xe9 | 0xef | 0xf0);
    let unspaced = super::scan::positions(folded.as_bytes(), first_byte)
        .any(|i| super::scan::char_at(&folded, i).is_some_and(is_unspaced));
    if !unspaced {
        return folded;
    }
    drop_folding_spaces(&folded)
}

/// The letters of unspaced scripts in a text, in order, punctuation and everything else
/// left out: the units [`CharShingles`] compares.
fn letters(s: &str) -> Vec<char> {
    s.chars()
        .filter(|c| is_unspaced(*c) && c.is_alphanumeric())
        .collect()
}

/// Every run of `size` consecutive letters of unspaced scripts in a source, for spotting
/// prose copied from it.
pub struct CharShingles {
    size: usize,
    set: HashSet<String>,
}

impl CharShingles {
    /// `None` when the source has too few such letters to hold one run.
    pub fn new(source: &str, size: usize) -> Option<Self> {
        let size = size.max(1);
        let chars = letters(source);
        if chars.len() < size {
            return None;
        }
        let set = chars.windows(size).map(|w| w.iter().collect()).collect();
        Some(Self { size, set })
    }

    /// The longest run of letters `text` shares with the source, counted when it reaches the
    /// run size (0 below it).
    pub fn longest_shared_run(&self, text: &str) -> usize {
        let chars = letters(text);
        let mut best = 0;
        let mut consecutive = 0;
        for w in chars.windows(self.size) {
            if self.set.contains(&w.iter().collect::<String>()) {
                consecutive += 1;
                best = best.max(consecutive + self.size - 1);
            } else {
                consecutive = 0;
            }
        }
        best
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folding_spaces_between_unspaced_letters_are_dropped() {
        assert_eq!(
            drop_folding_spaces("中国 很大。 俄罗斯"),
            "中国很大。俄罗斯"
        );
        assert_eq!(drop_folding_spaces("Xi 访问 Moscow"), "Xi 访问 Moscow");
        assert_eq!(drop_folding_spaces("two words"), "two words");
    }

    #[test]
    fn every_unspaced_letter_deep_in_a_long_text_has_its_spaces_dropped() {
        crate::content::scan::every_char_in_long_text(
            |text, c| {
                text.push(c);
                text.push(' ');
                text.push(c);
            },
            |s| {
                assert_eq!(
                    drop_spaces_if_unspaced(s.to_owned()),
                    drop_folding_spaces(s),
                    "{s:?}"
                )
            },
        );
    }

    proptest::proptest! {
        // PROPTEST_CASES sets how many strings are tried (256 by default).
        #[test]
        fn spaces_are_kept_whole_only_where_no_unspaced_letter_is(
            s in "[ a中。ก“\u{dff}\u{e00}\u{1780}\u{ff60}\u{20000}]{0,80}"
        ) {
            proptest::prop_assert_eq!(drop_spaces_if_unspaced(s.clone()), drop_folding_spaces(&s));
        }
    }

    #[test]
    fn copied_runs_of_characters_are_measured() {
        let source = "习近平就任国家主席后首次出访选择了俄罗斯，这表明中俄关系的重要性。";
        let index = CharShingles::new(source, 12).unwrap();
        assert_eq!(
            index.longest_shared_run("他说：习近平就任国家主席后首次出访选择了俄罗斯。"),
            20
        );
        assert_eq!(index.longest_shared_run("中俄两国的关系很重要。"), 0);
        assert!(CharShingles::new("English only text here", 12).is_none());
    }
}
