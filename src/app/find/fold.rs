//! Text folded for searching: lower case, accents dropped, typographic quotes, apostrophes and
//! dashes made plain, so `putin` finds "Путин"'s lower-case twin, `"same bed"` finds “same
//! bed”, and `Tomas` finds "Tomás". A folded text keeps, for every byte, where it came from in
//! the original, so a match can be highlighted in the text as written.

use unicode_normalization::UnicodeNormalization;
use unicode_normalization::char::is_combining_mark;

/// Whether `c` belongs to a script written without spaces between words (Chinese, Japanese):
/// there any character may start a word.
pub fn is_unspaced(c: char) -> bool {
    matches!(u32::from(c),
        0x2E80..=0x2FDF | 0x3040..=0x30FF | 0x3100..=0x31FF | 0x3400..=0x4DBF
        | 0x4E00..=0x9FFF | 0xF900..=0xFAFF | 0x20000..=0x2FFFF)
}

/// A text folded for searching, with the way back to the original.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Folded {
    /// The folded text.
    pub text: String,
    /// Where each stretch of `text` came from in the original, in order: see [`Anchor`].
    /// Most text is ASCII, where folded and original bytes correspond one to one, so only
    /// the places around other characters are written down; a byte-by-byte map would take
    /// four bytes for every byte of every field of a large pack.
    anchors: Vec<Anchor>,
}

/// From folded byte `folded` on (until the next anchor), bytes come from the original at
/// `original`: each from the next byte (`flat` false), or all from that one character (`flat`
/// true: a character folded into several bytes, or into bytes of another length).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Anchor {
    folded: u32,
    original: u32,
    flat: bool,
}

/// The plain form of a character, for matching.
fn plain(c: char) -> Option<char> {
    match typographic(c) {
        Some(p) => Some(p),
        None if is_combining_mark(c) => None,
        None => Some(c),
    }
}

/// The plain quote, apostrophe, dash or space a typographic one stands for.
fn typographic(c: char) -> Option<char> {
    Some(match c {
        '‘' | '’' | '‚' | '‛' | '′' | '`' | '´' => '\'',
        '“' | '”' | '„' | '‟' | '″' | '«' | '»' => '"',
        '‐' | '‑' | '‒' | '–' | '—' | '―' | '−' => '-',
        '\u{a0}' | '\u{2009}' | '\u{202f}' => ' ',
        _ => return None,
    })
}

/// The one byte `c` folds to, when it folds to exactly one: an ASCII character, lower-cased,
/// or a typographic quote, apostrophe, dash or space made plain. Text made only of these can
/// be searched without a folded copy (see `searched`).
pub fn one_byte(c: char) -> Option<u8> {
    match typographic(c) {
        Some(p) => u8::try_from(p).ok(),
        None => u8::try_from(c)
            .ok()
            .filter(u8::is_ascii)
            .map(|b| b.to_ascii_lowercase()),
    }
}

/// Folds `s`: decomposes accented letters and drops the accents, lowers the case, makes
/// quotes, apostrophes, dashes and spaces plain.
pub fn fold(s: &str) -> Folded {
    let mut out = Folded {
        text: String::with_capacity(s.len()),
        anchors: Vec::new(),
    };
    for (at, c) in s.char_indices() {
        if c.is_ascii() && c != '`' {
            // Most text is plain ASCII, which needs no decomposing.
            out.follow(out.text.len(), at);
            out.text.push(c.to_ascii_lowercase());
            continue;
        }
        let before = out.text.len();
        for d in std::iter::once(c).nfd().filter_map(plain) {
            out.text.extend(d.to_lowercase());
        }
        match out.text.len() - before {
            0 => {}
            1 => out.follow(before, at),
            _ => out.anchors.push(Anchor {
                folded: offset(before),
                original: offset(at),
                flat: true,
            }),
        }
    }
    out.follow(out.text.len(), s.len());
    out
}

fn offset(at: usize) -> u32 {
    u32::try_from(at).unwrap_or(u32::MAX)
}

/// Folds a query word: the same folding as the text.
pub fn fold_word(s: &str) -> String {
    fold(s).text
}

impl Folded {
    /// Notes that folded byte `here` comes from original byte `at`, unless the stretch it is
    /// in already says so.
    fn follow(&mut self, here: usize, at: usize) {
        if self.original_of(here) != at {
            self.anchors.push(Anchor {
                folded: offset(here),
                original: offset(at),
                flat: false,
            });
        }
    }

    /// The original byte folded byte `at` came from (the original's length for the end).
    fn original_of(&self, at: usize) -> usize {
        let i = self.anchors.partition_point(|a| a.folded as usize <= at);
        match i.checked_sub(1).and_then(|i| self.anchors.get(i)) {
            Some(a) if a.flat => a.original as usize,
            Some(a) => a.original as usize + (at - a.folded as usize),
            None => at,
        }
    }

    /// The original byte range of folded bytes `start..end`.
    pub fn original(&self, start: usize, end: usize) -> (usize, usize) {
        let from = self.original_of(start.min(self.text.len()));
        let to = self.original_of(end.min(self.text.len()));
        (from, to.max(from))
    }

    /// Where `needle` (already folded) starts a word in this text: at the start, or after a
    /// character that is not a letter or digit. A word's prefix counts, so `gaz` finds
    /// "Gazprom".
    pub fn word_starts(&self, needle: &str) -> Vec<usize> {
        let mut out = Vec::new();
        if needle.is_empty() {
            return out;
        }
        let finder = memchr::memmem::Finder::new(needle.as_bytes());
        for at in finder.find_iter(self.text.as_bytes()) {
            let before = self.text.get(..at).and_then(|b| b.chars().next_back());
            let starts_word = before.is_none_or(|c| !c.is_alphanumeric() || is_unspaced(c))
                || needle.chars().next().is_some_and(is_unspaced);
            if starts_word {
                out.push(at);
            }
        }
        out
    }

    /// Whether `needle` starts a word anywhere in the text.
    pub fn has_word(&self, needle: &str) -> bool {
        !self.word_starts(needle).is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The byte-by-byte map the anchors stand for: each folded byte's original byte, then
    /// the original's length.
    fn dense_map(s: &str) -> Vec<usize> {
        let mut map = Vec::new();
        for (at, c) in s.char_indices() {
            let n: usize = std::iter::once(c)
                .nfd()
                .filter_map(plain)
                .flat_map(char::to_lowercase)
                .map(char::len_utf8)
                .sum();
            let n = if c.is_ascii() && c != '`' { 1 } else { n };
            map.extend(std::iter::repeat_n(at, n));
        }
        map.push(s.len());
        map
    }

    proptest::proptest! {
        // PROPTEST_CASES sets how many texts are tried (256 by default).
        #[test]
        fn anchors_map_every_byte_as_a_full_map_would(s in "[a-zA-Z .`’“—éÉßİﬁ\u{301}Путин习近平]{0,16}") {
            let f = fold(&s);
            let map = dense_map(&s);
            proptest::prop_assert_eq!(map.len(), f.text.len() + 1);
            for (i, want) in map.iter().enumerate() {
                proptest::prop_assert_eq!(f.original_of(i), *want, "byte {} of {:?}", i, f.text);
            }
        }
    }

    /// Every character of the Basic Multilingual Plane, and a few beyond, that `one_byte`
    /// says folds to one byte folds to that byte and nothing else; every ASCII character does,
    /// and none outside ASCII folds to a letter or digit that way (the search of plain text
    /// relies on it to look for a word's first letter among ASCII bytes only).
    #[test]
    fn one_byte_agrees_with_folding_for_every_character() {
        let chars = (0..0x1_0000)
            .chain(0x1_F600..0x1_F650)
            .filter_map(char::from_u32);
        let mut typographic = 0;
        for c in chars {
            let Some(b) = one_byte(c) else {
                assert!(!c.is_ascii(), "{c:?}");
                continue;
            };
            let folded = fold(c.encode_utf8(&mut [0; 4])).text;
            assert_eq!(folded.as_bytes(), [b], "{c:?}");
            if !c.is_ascii() {
                assert!(!b.is_ascii_alphanumeric(), "{c:?}");
                typographic += 1;
            }
        }
        assert_eq!(
            typographic, 23,
            "the quotes, dashes and spaces of `typographic`"
        );
    }

    #[test]
    fn plain_text_needs_no_anchors() {
        assert!(fold("Plain ASCII, as most text is.").anchors.is_empty());
        assert!(fold("China’s rise—again and again").anchors.len() <= 4);
    }

    #[test]
    fn folds_case_accents_quotes_and_dashes() {
        assert_eq!(fold("Путин").text, "путин");
        assert_eq!(fold("Tomás Ñandú").text, "tomas nandu");
        assert_eq!(fold("“same bed”").text, "\"same bed\"");
        assert_eq!(fold("China’s rise—again").text, "china's rise-again");
    }

    #[test]
    fn maps_matches_back_to_the_original_text() {
        let s = "“Same bed,” said Tomás";
        let f = fold(s);
        let at = f.text.find("tomas").unwrap();
        let (from, to) = f.original(at, at + "tomas".len());
        assert_eq!(&s[from..to], "Tomás");
        let at = f.text.find("same bed").unwrap();
        let (from, to) = f.original(at, at + "same bed".len());
        assert_eq!(&s[from..to], "Same bed");
    }

    #[test]
    fn matches_whole_words_and_word_prefixes_only() {
        let f = fold("Gazprom's target; the ragas of Kazan");
        assert_eq!(f.word_starts("gaz"), vec![0]);
        assert_eq!(f.word_starts("target"), vec![10]);
        assert!(!f.has_word("prom"), "inside a word");
        assert!(!f.has_word("zan"));
        assert!(f.has_word("kazan"));
        // Chinese has no spaces: any character may start a word.
        let zh = fold("习近平访问莫斯科");
        assert!(zh.has_word("访问"));
        assert!(zh.has_word("莫斯科"));
    }
}
