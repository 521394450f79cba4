//! Text comparisons that decide whether a quotation is faithful.
//!
//! The source and the YAML may break lines differently, so quotations are compared with runs of
//! white space folded to one space. Nothing else is forgiven: punctuation, quotation marks and
//! case must match the source exactly.

/// Folds every run of white space (including no-break spaces and newlines) into one space and
/// trims both ends.
pub fn normalize_ws(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for word in s.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    out
}

/// The paragraphs of a source text: its non-empty lines, in order, numbered from 1.
pub fn paragraphs(source: &str) -> Vec<&str> {
    source
        .lines()
        .map(str::trim)
        .filter(|line| !line.is_empty())
        .collect()
}

/// Lower-case words with surrounding punctuation stripped: the unit for spotting copied prose.
pub fn words(s: &str) -> Vec<String> {
    s.split_whitespace()
        .map(|w| {
            w.trim_matches(|c: char| !c.is_alphanumeric())
                .to_lowercase()
        })
        .filter(|w| !w.is_empty())
        .collect()
}

/// The length of the longest run of consecutive words that `text` shares with `source_words`
/// (as produced by [`words`]). Used to tell own words from copied sentences.
pub fn longest_shared_run(text: &str, source_index: &ShingleIndex) -> usize {
    let w = words(text);
    let n = source_index.size;
    let mut best = 0;
    let mut consecutive = 0;
    for window in w.windows(n) {
        if source_index.contains(window) {
            consecutive += 1;
            best = best.max(consecutive + n - 1);
        } else {
            consecutive = 0;
        }
    }
    best
}

/// Every run of `size` consecutive words in a text, for fast copy detection.
pub struct ShingleIndex {
    size: usize,
    set: std::collections::HashSet<String>,
}

impl ShingleIndex {
    pub fn new(text: &str, size: usize) -> Self {
        let w = words(text);
        let size = size.max(1);
        let set = w.windows(size).map(|win| win.join(" ")).collect();
        Self { size, set }
    }

    pub fn size(&self) -> usize {
        self.size
    }

    fn contains(&self, window: &[String]) -> bool {
        self.set.contains(&window.join(" "))
    }
}

/// Levenshtein distance, for "did you mean" suggestions on ids.
pub fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    let mut cur = vec![0; b.len() + 1];
    for (i, ca) in a.chars().enumerate() {
        if let Some(first) = cur.first_mut() {
            *first = i + 1;
        }
        for (j, cb) in b.iter().enumerate() {
            let cost = usize::from(ca != *cb);
            let del = prev.get(j + 1).copied().unwrap_or(usize::MAX) + 1;
            let ins = cur.get(j).copied().unwrap_or(usize::MAX) + 1;
            let sub = prev.get(j).copied().unwrap_or(usize::MAX) + cost;
            if let Some(slot) = cur.get_mut(j + 1) {
                *slot = del.min(ins).min(sub);
            }
        }
        std::mem::swap(&mut prev, &mut cur);
    }
    prev.last().copied().unwrap_or(0)
}

/// The candidates nearest to `wanted`, best first: at most `limit`, and only plausible ones.
pub fn nearest<'a>(
    wanted: &str,
    candidates: impl IntoIterator<Item = &'a str>,
    limit: usize,
) -> Vec<&'a str> {
    let mut scored: Vec<(usize, &str)> = candidates
        .into_iter()
        .map(|c| {
            let mut d = edit_distance(wanted, c);
            if c.contains(wanted) || wanted.contains(c) {
                d = d.min(1);
            }
            (d, c)
        })
        .filter(|(d, c)| *d <= (wanted.chars().count().max(c.chars().count()) / 2).max(2))
        .collect();
    scored.sort();
    scored.into_iter().take(limit).map(|(_, c)| c).collect()
}

/// Where two strings stop agreeing, as a char count into `a`. Used to show how a misquoted
/// passage differs from its closest match in the source.
pub fn common_prefix_chars(a: &str, b: &str) -> usize {
    a.chars().zip(b.chars()).take_while(|(x, y)| x == y).count()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_white_space_of_every_kind() {
        assert_eq!(normalize_ws("  a\n b\u{a0}\tc  "), "a b c");
    }

    #[test]
    fn paragraphs_skip_blank_lines() {
        assert_eq!(
            paragraphs("one\n\n  two \n\nthree"),
            vec!["one", "two", "three"]
        );
    }

    #[test]
    fn shared_runs_are_measured_in_words() {
        let index = ShingleIndex::new("the quick brown fox jumps over the lazy dog", 3);
        assert_eq!(longest_shared_run("a quick brown fox sat", &index), 3);
        assert_eq!(longest_shared_run("The quick, brown fox jumps!", &index), 5);
        assert_eq!(longest_shared_run("nothing in common here", &index), 0);
    }

    #[test]
    fn nearest_prefers_close_ids() {
        let ids = ["energy", "arms", "multipolar"];
        assert_eq!(nearest("enrgy", ids, 2), vec!["energy"]);
        assert!(nearest("zzzzzzzzzz", ids, 2).is_empty());
    }

    #[test]
    fn edit_distance_counts_edits() {
        assert_eq!(edit_distance("kitten", "sitting"), 3);
        assert_eq!(edit_distance("", "abc"), 3);
    }
}
