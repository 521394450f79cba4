//! A field as the search sees it. Most of a pack's text is plain: ASCII, with typographic
//! quotes, apostrophes, dashes and spaces at most, every character of which folds to one byte
//! (see [`one_byte`]). Such text is searched as it stands, folding each character as it is
//! compared, and the index keeps no folded copy of it. Other text (accented letters, other
//! scripts) is searched in its folded form (see [`fold`](super::fold)), which keeps the way
//! back to the original.

use std::borrow::Cow;

use super::fold::{Folded, fold, one_byte};

/// A text as searched: plain text as it stands, anything else folded.
#[derive(Debug, Clone, Copy)]
pub enum Searched<'a> {
    /// Text whose every character folds to one byte.
    Plain(&'a str),
    /// Any other text, folded ahead, with the way back to the original's bytes.
    Folded(&'a Folded),
}

/// Whether every character of `s` folds to one byte, so it needs no folded copy.
pub fn is_plain(s: &str) -> bool {
    s.is_ascii() || s.chars().all(|c| one_byte(c).is_some())
}

/// The folded form of `s`, or `None` when it is plain and needs none.
pub fn folded_unless_plain(s: &str) -> Option<Box<Folded>> {
    (!is_plain(s)).then(|| Box::new(fold(s)))
}

impl Searched<'_> {
    /// Where `needle` (already folded) starts a word, as byte ranges of the original text. A
    /// word's prefix counts, so `gaz` finds "Gazprom"; see [`Folded::word_starts`].
    pub fn word_ranges(&self, needle: &str) -> Vec<(usize, usize)> {
        match self {
            Self::Plain(text) => plain_matches(text, needle, usize::MAX),
            Self::Folded(f) => f
                .word_starts(needle)
                .into_iter()
                .map(|at| f.original(at, at + needle.len()))
                .collect(),
        }
    }

    /// Whether `needle` starts a word anywhere in the text.
    pub fn has_word(&self, needle: &str) -> bool {
        match self {
            Self::Plain(text) => !plain_matches(text, needle, 1).is_empty(),
            Self::Folded(f) => f.has_word(needle),
        }
    }

    /// The folded text: made on the spot for plain text.
    pub fn text(&self) -> Cow<'_, str> {
        match self {
            Self::Plain(text) => {
                Cow::Owned(text.chars().filter_map(one_byte).map(char::from).collect())
            }
            Self::Folded(f) => Cow::Borrowed(&f.text),
        }
    }
}

/// The first `most` places where `needle` starts a word of plain `text`, as byte ranges of
/// `text`: what searching its folded form finds, folding each character as it is compared.
/// Like that search, a match does not overlap the one before it.
fn plain_matches(text: &str, needle: &str, most: usize) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let pin = needle.as_bytes();
    let Some(&first) = pin.first() else {
        return out;
    };
    // Plain text folds to ASCII; a needle with anything else is not in it.
    if !needle.is_ascii() {
        return out;
    }
    let mut free_from = 0;
    with_starts(text, first, |starts| {
        for at in starts {
            if out.len() >= most {
                break;
            }
            let Some(end) = (at >= free_from).then(|| match_at(text, at, pin)).flatten() else {
                continue;
            };
            free_from = end;
            let before = text.get(..at).and_then(|b| b.chars().next_back());
            if before
                .and_then(one_byte)
                .is_none_or(|b| !b.is_ascii_alphanumeric())
            {
                out.push((at, end));
            }
        }
    });
    out
}

/// The first byte of every typographic character `one_byte` folds (U+00A0 to U+00BB, and
/// U+2009 to U+2212): a plain text's character outside ASCII starts with one of these.
const TYPOGRAPHIC_LEADS: [u8; 2] = [0xC2, 0xE2];

/// Hands `use_them` the places where a character folding to `first` may start, in order:
/// `match_at` checks each. Only an ASCII character folds to a letter or digit, so for those
/// its two cases are looked for; for a quote, a dash or a space, that byte and the first bytes
/// of the typographic characters too, and for an apostrophe the backtick besides. (Handed
/// over rather than returned, so the search of every field allocates no iterator.)
fn with_starts<R>(
    text: &str,
    first: u8,
    use_them: impl FnOnce(&mut dyn Iterator<Item = usize>) -> R,
) -> R {
    let hay = text.as_bytes();
    let [c2, e2] = TYPOGRAPHIC_LEADS;
    if first.is_ascii_alphanumeric() {
        let (lower, upper) = (first.to_ascii_lowercase(), first.to_ascii_uppercase());
        use_them(&mut memchr::memchr2_iter(lower, upper, hay))
    } else if first == b'\'' {
        let (mut one, mut other) = (
            memchr::memchr3_iter(first, b'`', e2, hay).peekable(),
            memchr::memchr_iter(c2, hay).peekable(),
        );
        // The two lists in order, as one.
        use_them(&mut std::iter::from_fn(move || {
            match (one.peek(), other.peek()) {
                (Some(a), Some(b)) if b < a => other.next(),
                (Some(_), _) => one.next(),
                (None, _) => other.next(),
            }
        }))
    } else {
        use_them(&mut memchr::memchr3_iter(first, c2, e2, hay))
    }
}

/// Where a match of `pin` starting at byte `at` of `text` ends, if one does. ASCII bytes
/// other than the backtick fold to their lower case, so they are compared byte by byte; from
/// the first other character on, character by character.
fn match_at(text: &str, at: usize, pin: &[u8]) -> Option<usize> {
    let hay = text.as_bytes().get(at..)?;
    let mut same = 0;
    for (&want, &b) in pin.iter().zip(hay) {
        if !b.is_ascii() || b == b'`' {
            break;
        }
        if b.to_ascii_lowercase() != want {
            return None;
        }
        same += 1;
    }
    let from = at + same;
    let mut chars = text.get(from..)?.char_indices();
    for &want in pin.get(same..)? {
        let (_, c) = chars.next()?;
        if one_byte(c) != Some(want) {
            return None;
        }
    }
    Some(chars.next().map_or(text.len(), |(i, _)| from + i))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// What the folded copy would find: the reference the plain search must agree with.
    fn by_folding(text: &str, needle: &str) -> Vec<(usize, usize)> {
        Searched::Folded(&fold(text)).word_ranges(needle)
    }

    proptest::proptest! {
        // PROPTEST_CASES sets how many texts are tried (256 by default).
        #[test]
        fn plain_text_is_found_where_its_folded_copy_would_be(
            // Few letters, so words repeat and matches touch and overlap.
            text in "[abAB0 '.`’‘´“”—\u{a0}«-]{0,24}",
            needle in "[abA0 '`’´“—«-]{0,4}|é|путин|习",
        ) {
            let needle = fold(&needle).text;
            let plain = Searched::Plain(&text);
            proptest::prop_assert!(is_plain(&text));
            proptest::prop_assert_eq!(plain.word_ranges(&needle), by_folding(&text, &needle));
            proptest::prop_assert_eq!(plain.has_word(&needle), !by_folding(&text, &needle).is_empty());
            proptest::prop_assert_eq!(plain.text(), fold(&text).text);
        }

        /// A text made of a repeated piece, searched for two of the pieces: matches may start
        /// inside one another, and only those that do not overlap count.
        #[test]
        fn repeated_pieces_are_found_as_the_folded_copy_finds_them(
            piece in "[aB ’`—-]{1,3}",
            times in 1usize..6,
            tail in "[a ’]{0,3}",
        ) {
            let text = format!("{}{tail}", piece.repeat(times));
            let needle = fold(&piece.repeat(2)).text;
            let plain = Searched::Plain(&text).word_ranges(&needle);
            proptest::prop_assert_eq!(plain, by_folding(&text, &needle));
        }
    }

    /// Every character outside ASCII that folds to one byte starts with one of the bytes the
    /// search looks for, so none is passed over.
    #[test]
    fn every_typographic_character_starts_with_a_lead_looked_for() {
        let mut seen = 0;
        for c in (0x80..0x1_0000).filter_map(char::from_u32) {
            if one_byte(c).is_some() {
                let lead = c.encode_utf8(&mut [0; 4]).as_bytes()[0];
                assert!(
                    TYPOGRAPHIC_LEADS.contains(&lead),
                    "{c:?} starts with {lead:#x}"
                );
                seen += 1;
            }
        }
        assert!(seen > 20, "{seen}");
    }

    /// The places a match may start come in order, and take in every character that folds
    /// to the first byte looked for, whatever its first byte.
    #[test]
    fn every_start_is_a_candidate_in_order() {
        let text = "a´b’c'd`e‘f — g«h»i\u{a0}-j";
        for first in [b'\'', b'-', b'"', b' ', b'a', b'J'] {
            let got: Vec<usize> = with_starts(text, first, |s| s.collect());
            assert!(got.windows(2).all(|w| w[0] < w[1]), "{first}: {got:?}");
            assert!(got.iter().all(|&at| text.is_char_boundary(at)), "{got:?}");
            let folds = |c: char| one_byte(c) == Some(first.to_ascii_lowercase());
            for (at, _) in text.char_indices().filter(|&(_, c)| folds(c)) {
                assert!(
                    got.contains(&at),
                    "{}: {at} missing from {got:?}",
                    first as char
                );
            }
        }
    }

    #[test]
    fn ascii_and_typographic_marks_are_plain_and_the_rest_is_not() {
        assert!(is_plain("Xi's first trip, 2013 -- to Moscow"));
        assert!(is_plain("Xi’s “first” trip—to Moscow"));
        assert!(is_plain("`quoted'"));
        assert!(!is_plain("Tomás"));
        assert!(!is_plain("习近平"));
        assert!(folded_unless_plain("Xi’s trip").is_none());
        assert_eq!(
            folded_unless_plain("Tomás").map(|f| f.text),
            Some("tomas".into())
        );
    }

    #[test]
    fn plain_text_matches_word_starts_as_written() {
        let s = Searched::Plain("Gazprom’s target; the RAGAS of “Kazan”");
        assert_eq!(s.word_ranges("gaz"), vec![(0, 3)]);
        assert_eq!(
            s.word_ranges("gazprom's"),
            vec![(0, 11)],
            "the apostrophe is three bytes"
        );
        assert_eq!(s.word_ranges("ragas"), vec![(24, 29)]);
        assert_eq!(s.word_ranges("\"kazan\""), vec![(33, 44)]);
        assert!(!s.has_word("prom"), "inside a word");
        assert!(!s.has_word("zan"));
        assert!(s.has_word("kazan"));
        assert!(!s.has_word("kazan and more"), "longer than what is left");
        assert!(!s.has_word(""));
        // Matches do not overlap, as in the folded search: a second "a a" would start inside
        // the first, a second "b'b" starts after it.
        for (text, needle, count) in [("a a a", "a a", 1), ("b’b’b’b", "b'b", 2)] {
            let plain = Searched::Plain(text).word_ranges(needle);
            assert_eq!(plain, by_folding(text, needle), "{needle:?} in {text:?}");
            assert_eq!(plain.len(), count, "{needle:?} in {text:?}");
        }
    }
}
