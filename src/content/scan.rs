//! Finding the few bytes that matter in long runs of plain text.
//!
//! Loading a pack asks of every string whether it is clean ([`super::sanitize::is_clean`]),
//! whether its white space is folded ([`super::text::is_folded`]) and whether it holds a
//! letter of a script written without spaces ([`super::unspaced`]). A 100× pack holds
//! megabytes of such text, and nearly every byte of it answers "nothing here". So the text is
//! judged a block at a time: a few comparisons per byte, with no branch between bytes, which
//! the compiler can do many bytes at once. Only a block holding a byte of interest is read
//! byte by byte.

/// Bytes judged at once: wide enough for the compiler's vector instructions, short enough
/// that a block with one byte of interest costs little to read again.
const BLOCK: usize = 32;

/// The positions in `bytes` of the bytes for which `wanted` holds, in order.
///
/// `wanted` should be a few comparisons of the byte and nothing else: it is asked of every
/// byte of a block before any answer is looked at.
pub fn positions(bytes: &[u8], wanted: impl Fn(u8) -> bool + Copy) -> impl Iterator<Item = usize> {
    bytes
        .chunks(BLOCK)
        .enumerate()
        .filter(move |(_, block)| block.iter().fold(false, |any, &b| any | wanted(b)))
        .flat_map(move |(k, block)| {
            block
                .iter()
                .enumerate()
                .filter(move |(_, b)| wanted(**b))
                .map(move |(j, _)| k * BLOCK + j)
        })
}

/// The character that starts at byte `at` of `s`, if one does.
pub fn char_at(s: &str, at: usize) -> Option<char> {
    s.get(at..).and_then(|rest| rest.chars().next())
}

/// Calls `check` with every character placed by `put` in a long plain text, twice: once
/// starting at the last byte of a block (so a character of several bytes runs into the next
/// block) and once starting a block. The checks built on [`positions`] are held
/// to their character-by-character answers on these texts.
#[cfg(test)]
pub(crate) fn every_char_in_long_text(
    put: impl Fn(&mut String, char),
    mut check: impl FnMut(&str),
) {
    let mut text = String::new();
    for c in (0..=u32::from(char::MAX)).filter_map(char::from_u32) {
        for at in [BLOCK - 1, 2 * BLOCK] {
            text.clear();
            text.extend(std::iter::repeat_n('a', at));
            put(&mut text, c);
            text.extend(std::iter::repeat_n('a', BLOCK + 8));
            check(&text);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The positions found byte by byte, without blocks.
    fn one_by_one(bytes: &[u8], wanted: impl Fn(u8) -> bool) -> Vec<usize> {
        (0..bytes.len())
            .filter(|&i| bytes.get(i).is_some_and(|b| wanted(*b)))
            .collect()
    }

    #[test]
    fn every_wanted_byte_is_found_in_order_across_blocks() {
        // Lengths around the block's size, and wanted bytes at each block's edges.
        for len in [0, 1, BLOCK - 1, BLOCK, BLOCK + 1, 3 * BLOCK + 5] {
            for marks in [
                vec![],
                vec![0],
                vec![BLOCK - 1, BLOCK],
                vec![1, 2, 2 * BLOCK + 4],
            ] {
                let mut bytes = vec![b'a'; len];
                for m in marks.iter().filter(|m| **m < len) {
                    if let Some(b) = bytes.get_mut(*m) {
                        *b = b'\n';
                    }
                }
                let found: Vec<usize> = positions(&bytes, |b| b == b'\n').collect();
                assert_eq!(found, one_by_one(&bytes, |b| b == b'\n'), "{len} {marks:?}");
            }
        }
    }

    proptest::proptest! {
        // PROPTEST_CASES sets how many texts are tried (256 by default).
        #[test]
        fn blocks_find_what_bytes_one_by_one_find(s in "(\\PC|[\t\n ]){0,200}") {
            let wanted = |b: u8| b >= 0xe0 || b == b'\t';
            let found: Vec<usize> = positions(s.as_bytes(), wanted).collect();
            proptest::prop_assert_eq!(found, one_by_one(s.as_bytes(), wanted));
        }
    }

    #[test]
    fn a_character_is_read_only_where_one_starts() {
        let s = "a“b";
        assert_eq!(char_at(s, 1), Some('“'));
        assert_eq!(char_at(s, 2), None);
        assert_eq!(char_at(s, 4), Some('b'));
        assert_eq!(char_at(s, 5), None);
    }
}
