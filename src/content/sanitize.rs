//! Makes pack text safe to print in a terminal.
//!
//! Packs are shared between strangers, so a title or passage may hold escape sequences that
//! would retitle the window, write the clipboard or query the terminal. Every string is cleaned
//! once, where it enters the program, so no later code path (widgets, exports, plain output) has
//! to remember to do it.

/// Width a tab expands to.
const TAB_WIDTH: usize = 4;

/// What stands in for a removed character, so the reader can see something was there.
pub const REPLACEMENT: char = '\u{FFFD}';

/// Whether `c` must never reach a terminal: C0 controls other than newline and tab, DEL, C1
/// controls (the 8-bit CSI among them) and the bidirectional overrides and isolates that can
/// make text display in a different order from the one it is stored in.
pub fn is_unsafe(c: char) -> bool {
    matches!(c,
        '\u{0}'..='\u{8}' | '\u{b}'..='\u{1f}' | '\u{7f}'..='\u{9f}'
        | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
}

/// Returns `s` with tabs expanded and every unsafe character replaced by U+FFFD. Carriage
/// returns before a newline are dropped (CRLF files are normal); any other carriage return is
/// unsafe, since it moves the cursor.
pub fn sanitize(s: &str) -> String {
    // Nearly every string of a pack is clean; copying it whole is many times quicker than
    // pushing it character by character, and a 100× pack cleans megabytes before its first frame.
    if is_clean(s) {
        return s.to_owned();
    }
    rewrite(s)
}

/// [`sanitize`] for a string the caller gives up: a clean one is kept as it is, not copied.
pub fn sanitize_owned(s: String) -> String {
    if is_clean(&s) {
        return s;
    }
    rewrite(&s)
}

/// Whether [`sanitize`] would leave `s` as it is: no tab, no carriage return, nothing unsafe.
/// Judged a block of bytes at a time (`content/scan.rs`): the unsafe characters above ASCII
/// are the C1 controls (0xC2 0x80–0x9F in UTF-8) and the bidirectional controls
/// U+202A–U+202E (0xE2 0x80 0xAA–0xAE) and U+2066–U+2069 (0xE2 0x81 0xA6–0xA9), so only the
/// bytes that may start one, and the ASCII controls but the line feed, are looked at.
pub fn is_clean(s: &str) -> bool {
    let bytes = s.as_bytes();
    let suspect = |b: u8| (b < b' ' && b != b'\n') || matches!(b, 0x7f | 0xc2 | 0xe2);
    super::scan::positions(bytes, suspect).all(|i| match bytes.get(i) {
        Some(0xc2) => !bytes.get(i + 1).is_some_and(|n| (0x80..=0x9f).contains(n)),
        Some(0xe2) => !matches!(
            (bytes.get(i + 1), bytes.get(i + 2)),
            (Some(0x80), Some(0xaa..=0xae)) | (Some(0x81), Some(0xa6..=0xa9))
        ),
        _ => false,
    })
}

/// [`sanitize`] character by character.
fn rewrite(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut column = 0usize;
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\n' => {
                out.push('\n');
                column = 0;
            }
            '\r' if chars.peek() == Some(&'\n') => {}
            '\t' => {
                let spaces = TAB_WIDTH - column % TAB_WIDTH;
                out.extend(std::iter::repeat_n(' ', spaces));
                column += spaces;
            }
            c if is_unsafe(c) => {
                out.push(REPLACEMENT);
                column += 1;
            }
            c => {
                out.push(c);
                column += 1;
            }
        }
    }
    out
}

/// Whether `s` holds anything [`sanitize`] would replace (tabs and CRLF do not count).
pub fn needs_sanitizing(s: &str) -> bool {
    if is_clean(s) {
        return false;
    }
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '\r' && chars.peek() == Some(&'\n') {
            continue;
        }
        if c == '\r' || is_unsafe(c) {
            return true;
        }
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_character_deep_in_a_long_text_is_judged_as_cleaning_judges_it() {
        crate::content::scan::every_char_in_long_text(
            |text, c| text.push(c),
            |s| assert_eq!(is_clean(s), rewrite(s) == s, "{s:?}"),
        );
    }

    proptest::proptest! {
        // PROPTEST_CASES sets how many strings are tried (256 by default).
        #[test]
        fn the_clean_shortcut_changes_nothing(s in "(\\PC|[\t\r\n\u{1b}\u{85}\u{9b}\u{9f}\u{a0}\u{202a}\u{202e}\u{202f}\u{2066}\u{2069}\u{206a}é“]){0,100}") {
            proptest::prop_assert_eq!(sanitize(&s), rewrite(&s));
        }

        #[test]
        fn the_clean_shortcut_changes_no_ascii(s in "[ -~\n\t\r\u{0}-\u{1f}\u{7f}]{0,100}") {
            proptest::prop_assert_eq!(sanitize(&s), rewrite(&s));
        }
    }

    #[test]
    fn removes_escape_sequences_and_8_bit_csi() {
        let dirty = "a\u{1b}]0;pwned\u{7}b\u{9b}6nc\u{1b}[6n";
        let clean = sanitize(dirty);
        assert!(!clean.chars().any(is_unsafe));
        assert!(!clean.contains('\u{1b}'));
        assert!(clean.starts_with('a'));
    }

    #[test]
    fn removes_bidi_overrides() {
        let clean = sanitize("abc\u{202e}fed\u{2066}x");
        assert_eq!(clean, "abc\u{fffd}fed\u{fffd}x");
    }

    #[test]
    fn keeps_newlines_and_expands_tabs() {
        assert_eq!(sanitize("a\tb\r\nc"), "a   b\nc");
        assert_eq!(sanitize("lone\rcr"), "lone\u{fffd}cr");
    }

    #[test]
    fn keeps_cjk_and_cyrillic() {
        assert_eq!(sanitize("习近平 и Путин"), "习近平 и Путин");
        assert!(!needs_sanitizing("习近平 и Путин\r\n"));
        assert!(needs_sanitizing("bell\u{7}"));
    }
}
