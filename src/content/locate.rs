//! Finds where a value sits in a YAML file, for messages about values that parsed fine but are
//! wrong (a duplicate id, a reference to nothing).
//!
//! The YAML library does not report positions of values, so this searches the text. It looks for
//! whole tokens, starting from the line of the item the value belongs to, which is precise for
//! the shapes pack files use.

pub struct Locator<'a> {
    lines: Vec<&'a str>,
}

impl<'a> Locator<'a> {
    pub fn new(text: &'a str) -> Self {
        Self {
            lines: text.lines().collect(),
        }
    }

    /// Line and column of `key: value` (the value possibly quoted), searching from line `from`
    /// (1-based). Points at the value.
    pub fn key_value(&self, key: &str, value: &str, from: usize) -> Option<(usize, usize)> {
        self.search(from, |line| {
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
        self.search(from, |line| find_key(line, key).map(|(start, _)| start))
    }

    /// Line and column of `word` as a whole token (not part of a longer id) at or after `from`.
    pub fn word(&self, word: &str, from: usize) -> Option<(usize, usize)> {
        if word.is_empty() {
            return None;
        }
        self.search(from, |line| {
            line.match_indices(word).map(|(i, _)| i).find(|&i| {
                let before = line.get(..i).and_then(|s| s.chars().next_back());
                let after = line.get(i + word.len()..).and_then(|s| s.chars().next());
                !before.is_some_and(is_id_char) && !after.is_some_and(is_id_char)
            })
        })
    }

    fn search(
        &self,
        from: usize,
        mut find: impl FnMut(&str) -> Option<usize>,
    ) -> Option<(usize, usize)> {
        let start = from.max(1) - 1;
        self.lines
            .iter()
            .enumerate()
            .skip(start)
            .find_map(|(i, line)| {
                find(line).map(|byte| {
                    let column = line.get(..byte).map_or(0, |s| s.chars().count()) + 1;
                    (i + 1, column)
                })
            })
    }
}

/// Where `key:` (or JSON's `"key":`) starts a line's content, and how many bytes it takes.
fn find_key(line: &str, key: &str) -> Option<(usize, usize)> {
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
}
