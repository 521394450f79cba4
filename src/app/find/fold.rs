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
    /// For each byte of `text`, the byte of the original it came from; one more entry at the
    /// end, the original's length, so ranges map back whole. (`u32` halves the index's size;
    /// no field is 4 GB.)
    map: Vec<u32>,
}

/// The plain form of a character, for matching.
fn plain(c: char) -> Option<char> {
    Some(match c {
        '‘' | '’' | '‚' | '‛' | '′' | '`' | '´' => '\'',
        '“' | '”' | '„' | '‟' | '″' | '«' | '»' => '"',
        '‐' | '‑' | '‒' | '–' | '—' | '―' | '−' => '-',
        '\u{a0}' | '\u{2009}' | '\u{202f}' => ' ',
        c if is_combining_mark(c) => return None,
        c => c,
    })
}

/// Folds `s`: decomposes accented letters and drops the accents, lowers the case, makes
/// quotes, apostrophes, dashes and spaces plain.
pub fn fold(s: &str) -> Folded {
    let mut out = Folded {
        text: String::with_capacity(s.len()),
        map: Vec::with_capacity(s.len() + 1),
    };
    for (at, c) in s.char_indices() {
        if c.is_ascii() && c != '`' {
            // Most text is plain ASCII, which needs no decomposing.
            out.text.push(c.to_ascii_lowercase());
            out.map.push(offset(at));
            continue;
        }
        for d in std::iter::once(c).nfd().filter_map(plain) {
            for l in d.to_lowercase() {
                let before = out.text.len();
                out.text.push(l);
                out.map
                    .extend(std::iter::repeat_n(offset(at), out.text.len() - before));
            }
        }
    }
    out.map.push(offset(s.len()));
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
    /// The original byte range of folded bytes `start..end`.
    pub fn original(&self, start: usize, end: usize) -> (usize, usize) {
        let from = self.map.get(start).copied().unwrap_or(0) as usize;
        let to = self
            .map
            .get(end)
            .copied()
            .unwrap_or_else(|| self.map.last().copied().unwrap_or(0)) as usize;
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
