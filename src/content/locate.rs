//! Finds where a value sits in a YAML file, for messages about values that parsed fine but are
//! wrong (a duplicate id, a reference to nothing).
//!
//! The YAML library does not report positions of values, so this searches the text. It looks for
//! whole tokens, starting from the line of the item the value belongs to, which is precise for
//! the shapes pack files use.

pub struct Locator<'a> {
    text: &'a str,
    /// Where each line starts, as [`line_starts`] finds them.
    starts: std::borrow::Cow<'a, [usize]>,
}

/// Where each line of `text` starts, the lines being those of [`str::lines`].
pub fn line_starts(text: &str) -> Vec<usize> {
    #[cfg(test)]
    LINES_READ.with(|n| n.set(n.get() + text.len() as u64 / 64 + 1));
    let mut starts = vec![0];
    starts.extend(
        memchr::memchr_iter(b'\n', text.as_bytes())
            .map(|i| i + 1)
            .filter(|&i| i < text.len()),
    );
    if text.is_empty() {
        starts.clear();
    }
    starts
}

#[cfg(test)]
thread_local! {
    /// Work done locating on this thread: lines read, and one per 64 bytes indexed. Tests
    /// count it to show that locating grows with the pack, not with its square.
    pub(crate) static LINES_READ: std::cell::Cell<u64> = const { std::cell::Cell::new(0) };
}

impl<'a> Locator<'a> {
    pub fn new(text: &'a str) -> Self {
        Self {
            text,
            starts: line_starts(text).into(),
        }
    }

    /// A locator over `text` whose [`line_starts`] were found before.
    pub fn with_starts(text: &'a str, starts: &'a [usize]) -> Self {
        Self {
            text,
            starts: starts.into(),
        }
    }

    /// How many lines the text has.
    pub fn len(&self) -> usize {
        self.starts.len()
    }

    /// Whether the text has no line at all.
    pub fn is_empty(&self) -> bool {
        self.starts.is_empty()
    }

    /// Line `line` (1-based), without its line break.
    pub fn line_text(&self, line: usize) -> Option<&'a str> {
        self.line(line.checked_sub(1)?)
    }

    /// The `i`th line (0-based), without its line break.
    fn line(&self, i: usize) -> Option<&'a str> {
        #[cfg(test)]
        LINES_READ.with(|n| n.set(n.get() + 1));
        let start = *self.starts.get(i)?;
        let end = self.starts.get(i + 1).map_or(self.text.len(), |&next| next);
        let line = self.text.get(start..end)?;
        // As `str::lines`: a line ends at `\n` or `\r\n`, and a lone `\r` stays.
        Some(match line.strip_suffix('\n') {
            Some(l) => l.strip_suffix('\r').unwrap_or(l),
            None => line,
        })
    }

    /// Line and column of `key: value` (the value possibly quoted), searching from line `from`
    /// (1-based). Points at the value.
    pub fn key_value(&self, key: &str, value: &str, from: usize) -> Option<(usize, usize)> {
        self.key_value_within(key, value, from..usize::MAX)
    }

    /// [`Self::key_value`] on the lines in `lines` (1-based, the end excluded) only.
    pub fn key_value_within(
        &self,
        key: &str,
        value: &str,
        lines: std::ops::Range<usize>,
    ) -> Option<(usize, usize)> {
        self.search(lines, |line| {
            let (start, written) = find_key(line, key)?;
            let after_key = start + written;
            let rest = line.get(after_key..)?;
            let trimmed = rest.trim_start();
            let offset = after_key + (rest.len() - trimmed.len());
            let unquoted = trimmed
                .trim_end()
                .trim_end_matches(',')
                .trim_matches(|c| c == '"' || c == '\'');
            (unquoted.trim_end() == value).then_some(offset)
        })
    }

    /// Line and column of `key:` at or after line `from`.
    pub fn key(&self, key: &str, from: usize) -> Option<(usize, usize)> {
        self.key_within(key, from..usize::MAX)
    }

    /// [`Self::key`] on the lines in `lines` (1-based, the end excluded) only.
    pub fn key_within(&self, key: &str, lines: std::ops::Range<usize>) -> Option<(usize, usize)> {
        self.search(lines, |line| find_key(line, key).map(|(start, _)| start))
    }

    /// Line and column of `word` as a whole token (not part of a longer id) at or after `from`.
    pub fn word(&self, word: &str, from: usize) -> Option<(usize, usize)> {
        self.word_within(word, from..usize::MAX)
    }

    /// [`Self::word`] on the lines in `lines` (1-based, the end excluded) only.
    pub fn word_within(&self, word: &str, lines: std::ops::Range<usize>) -> Option<(usize, usize)> {
        if word.is_empty() {
            return None;
        }
        self.search(lines, |line| {
            line.match_indices(word).map(|(i, _)| i).find(|&i| {
                let before = line.get(..i).and_then(|s| s.chars().next_back());
                let after = line.get(i + word.len()..).and_then(|s| s.chars().next());
                !before.is_some_and(is_id_char) && !after.is_some_and(is_id_char)
            })
        })
    }

    fn search(
        &self,
        lines: std::ops::Range<usize>,
        mut find: impl FnMut(&str) -> Option<usize>,
    ) -> Option<(usize, usize)> {
        let start = lines.start.max(1) - 1;
        let end = lines.end.saturating_sub(1).min(self.len());
        (start..end).find_map(|i| {
            let line = self.line(i)?;
            find(line).map(|byte| {
                let column = line.get(..byte).map_or(0, |s| s.chars().count()) + 1;
                (i + 1, column)
            })
        })
    }
}

/// Where `key:` (or JSON's `"key":`) starts a line's content, and how many bytes it takes.
fn find_key(line: &str, key: &str) -> Option<(usize, usize)> {
    let content = line.trim_start_matches([' ', '-', '{']);
    let start = line.len() - content.len();
    if let Some(rest) = content.strip_prefix(key) {
        return rest.starts_with(':').then_some((start, key.len() + 1));
    }
    let rest = content.strip_prefix('"')?.strip_prefix(key)?;
    rest.starts_with("\":").then_some((start, key.len() + 3))
}

fn is_id_char(c: char) -> bool {
    c.is_alphanumeric() || c == '-' || c == '_'
}

#[cfg(test)]
mod tests {
    use super::*;

    const YAML: &str =
        "points:\n  - id: arms\n    passages: [arms-trade, arms]\n  - id: \"energy\"\n";

    #[test]
    fn finds_keys_and_values() {
        let l = Locator::new(YAML);
        assert_eq!(l.key_value("id", "arms", 1), Some((2, 9)));
        assert_eq!(l.key_value("id", "energy", 1), Some((4, 9)));
        assert_eq!(l.key("passages", 2), Some((3, 5)));
    }

    #[test]
    fn finds_json_keys_and_values() {
        let l = Locator::new("{\n  \"points\": [\n    {\n      \"id\": \"arms\",\n");
        assert_eq!(l.key("points", 1), Some((2, 3)));
        assert_eq!(l.key_value("id", "arms", 1), Some((4, 13)));
    }

    #[test]
    fn finds_whole_words_only() {
        let l = Locator::new(YAML);
        assert_eq!(l.word("arms", 3), Some((3, 28)));
        assert_eq!(l.word("arms-trade", 1), Some((3, 16)));
        assert_eq!(l.word("trade", 1), None);
    }

    #[test]
    fn searches_stay_within_the_lines_asked() {
        let l = Locator::new(YAML);
        assert_eq!(l.key_within("passages", 1..3), None);
        assert_eq!(l.key_within("passages", 1..4), Some((3, 5)));
        assert_eq!(l.key_value_within("id", "energy", 2..4), None);
        assert_eq!(l.word_within("arms", 4..5), None);
        assert_eq!(l.len(), 4);
    }

    #[test]
    fn lines_are_those_of_str_lines() {
        for text in [
            "",
            "a",
            "a\n",
            "a\n\nb",
            "a\r\nb\r\n",
            "\n\n",
            "x\ny",
            "a\r",
            "\r\n",
        ] {
            let l = Locator::new(text);
            let lines: Vec<&str> = (0..l.len()).filter_map(|i| l.line(i)).collect();
            assert_eq!(lines, text.lines().collect::<Vec<_>>(), "{text:?}");
        }
    }

    #[test]
    fn keys_are_found_only_where_a_line_starts_them() {
        assert_eq!(find_key("  - id: a", "id"), Some((4, 3)));
        assert_eq!(find_key("{\"id\": \"a\"", "id"), Some((1, 5)));
        assert_eq!(find_key("  ids: a", "id"), None);
        assert_eq!(find_key("  x: id: a", "id"), None);
        assert_eq!(find_key("  \"id\" : a", "id"), None);
    }

    /// The locator as it was before line starts were indexed: every line split out, every
    /// key searched for as written. The indexed one must find exactly what it found.
    mod naive {
        pub fn search(
            text: &str,
            from: usize,
            find: impl Fn(&str) -> Option<usize>,
        ) -> Option<(usize, usize)> {
            text.lines()
                .enumerate()
                .skip(from.max(1) - 1)
                .find_map(|(i, line)| {
                    find(line).map(|b| (i + 1, line.get(..b).map_or(0, |s| s.chars().count()) + 1))
                })
        }

        pub fn find_key(line: &str, key: &str) -> Option<(usize, usize)> {
            [format!("{key}:"), format!("\"{key}\":")]
                .into_iter()
                .find_map(|written| {
                    let start = line.find(&written)?;
                    let before = line.get(..start)?;
                    before
                        .chars()
                        .all(|c| c == ' ' || c == '-' || c == '{')
                        .then_some((start, written.len()))
                })
        }
    }

    /// Texts made of the pieces pack files are made of, so keys, values and near misses meet.
    fn pack_like_text() -> impl proptest::strategy::Strategy<Value = String> {
        use proptest::prelude::*;
        let piece = prop::sample::select(vec![
            "id", "ids", ":", ": ", " ", "  - ", "-", "{", "\"", "a", "a-b", "é", "\r", "\n",
            "\r\n",
        ]);
        prop::collection::vec(piece, 0..60).prop_map(|pieces| pieces.concat())
    }

    proptest::proptest! {
        // PROPTEST_CASES sets how many texts are tried (256 by default).
        #[test]
        fn indexed_lines_find_what_the_naive_search_finds(
            text in pack_like_text(),
            from in 0usize..12,
            upto in 0usize..14,
        ) {
            let l = Locator::new(&text);
            for key in ["id", "a"] {
                let naive_key = naive::search(&text, from, |line| naive::find_key(line, key).map(|k| k.0));
                proptest::prop_assert_eq!(l.key(key, from), naive_key);
                let within = naive_key.filter(|&(line, _)| line < upto);
                proptest::prop_assert_eq!(l.key_within(key, from..upto), within);
                for value in ["a", "a-b", "é"] {
                    let naive_value = naive::search(&text, from, |line| {
                        let (start, written) = naive::find_key(line, key)?;
                        let rest = line.get(start + written..)?;
                        let trimmed = rest.trim_start();
                        let unquoted = trimmed
                            .trim_end()
                            .trim_end_matches(',')
                            .trim_matches(|c| c == '"' || c == '\'');
                        (unquoted.trim_end() == value)
                            .then_some(start + written + rest.len() - trimmed.len())
                    });
                    proptest::prop_assert_eq!(l.key_value(key, value, from), naive_value);
                }
            }
            for word in ["a", "a-b", "id", "é"] {
                let naive_word = naive::search(&text, from, |line| {
                    line.match_indices(word).map(|(i, _)| i).find(|&i| {
                        let before = line.get(..i).and_then(|s| s.chars().next_back());
                        let after = line.get(i + word.len()..).and_then(|s| s.chars().next());
                        !before.is_some_and(is_id_char) && !after.is_some_and(is_id_char)
                    })
                });
                proptest::prop_assert_eq!(l.word(word, from), naive_word);
            }
        }
    }
}
