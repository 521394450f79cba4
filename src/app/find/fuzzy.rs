//! Close matches, for typos. A query word found nowhere in the pack is compared with the
//! words the pack does use; those one or two edits away (a letter left out, added, changed or
//! swapped) stand in for it, and the corrected query is searched literally. So a close match
//! always holds real words of the pack, marked where they occur, and the reader is told which
//! words were searched instead. Close matches are looked for only when literal matches are few
//! and are always shown apart from them.

use std::collections::BTreeMap;

use super::Query;
use super::index::Index;

/// Most stand-ins tried for one misspelt word.
const MOST_SPELLINGS: usize = 3;

/// The words a pack uses, folded, with how often each occurs.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Vocabulary {
    words: BTreeMap<String, usize>,
}

impl Vocabulary {
    /// Every word of every field of the index.
    pub fn of(index: &Index) -> Self {
        let mut words = BTreeMap::new();
        let fields = index
            .entries
            .iter()
            .flat_map(|e| (0..e.fields.len()).map(move |n| (e, n)));
        for (e, n) in fields {
            for w in index
                .searched(e, n)
                .text()
                .split(|c: char| !c.is_alphanumeric())
            {
                if w.chars().count() >= MIN_LEN {
                    *words.entry(w.to_string()).or_insert(0) += 1;
                }
            }
        }
        Self { words }
    }

    /// Whether some word of the pack starts with `term`.
    fn has_prefix(&self, term: &str) -> bool {
        self.words
            .range::<str, _>((std::ops::Bound::Included(term), std::ops::Bound::Unbounded))
            .next()
            .is_some_and(|(w, _)| w.starts_with(term))
    }

    /// The pack's words nearest `term`, most used first, if any are close enough.
    fn spellings(&self, term: &str) -> Vec<String> {
        let most = if term.chars().count() >= 8 { 2 } else { 1 };
        let mut near: Vec<(usize, usize, &String)> = self
            .words
            .iter()
            .filter_map(|(w, n)| edits(term, w, most).map(|d| (d, *n, w)))
            .collect();
        let best = near.iter().map(|x| x.0).min();
        near.retain(|x| Some(x.0) == best);
        near.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.2.cmp(b.2)));
        near.into_iter()
            .take(MOST_SPELLINGS)
            .map(|(.., w)| w.clone())
            .collect()
    }
}

/// Whether a query word may be respelt: a plain word of letters and digits, long enough, in a
/// script written with spaces.
fn respellable(term: &str) -> bool {
    term.chars().count() >= MIN_LEN
        && term
            .chars()
            .all(|c| c.is_alphanumeric() && !super::fold::is_unspaced(c))
}

/// Words shorter than this are never respelt: too many short words are one edit apart.
const MIN_LEN: usize = 4;

/// The queries to try instead of `q`: each of its words found nowhere replaced by the nearest
/// words the pack uses. Empty when every word occurs somewhere or a word has no near spelling.
pub fn respelt(index: &Index, q: &Query) -> Vec<Query> {
    let vocabulary = index.vocabulary();
    let mut choices: Vec<Vec<String>> = Vec::new();
    let mut changed = false;
    for t in &q.terms {
        if !respellable(t) || vocabulary.has_prefix(t) {
            choices.push(vec![t.clone()]);
            continue;
        }
        let near = vocabulary.spellings(t);
        if near.is_empty() {
            return Vec::new();
        }
        changed = true;
        choices.push(near);
    }
    if !changed {
        return Vec::new();
    }
    let tries = choices.iter().map(Vec::len).max().unwrap_or(0);
    (0..tries)
        .map(|i| Query {
            terms: choices
                .iter()
                .map(|c| c.get(i).or(c.first()).cloned().unwrap_or_default())
                .collect(),
            ..q.clone()
        })
        .collect()
}

/// The edit distance between `a` and `b` (letters left out, added, changed or two swapped),
/// if it is at most `most`; `b` may also be a longer word that `a` begins.
fn edits(a: &str, b: &str, most: usize) -> Option<usize> {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    if b.len() + most < a.len() {
        return None;
    }
    // Compare with the whole word and with its start as long as `a` (a prefix typo).
    let whole = distance(&a, &b);
    let start = b.get(..a.len()).map_or(whole, |p| distance(&a, p));
    Some(whole.min(start)).filter(|d| (1..=most).contains(d))
}

/// Optimal string alignment distance, row by row.
fn distance(a: &[char], b: &[char]) -> usize {
    let cell = |row: &[usize], j: usize| row.get(j).copied().unwrap_or(usize::MAX / 2);
    let mut before: Vec<usize> = Vec::new();
    let mut last: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.iter().enumerate() {
        let mut row = vec![i + 1];
        for (j, cb) in b.iter().enumerate() {
            let mut d = (cell(&last, j + 1) + 1)
                .min(cell(&row, j) + 1)
                .min(cell(&last, j) + usize::from(ca != cb));
            let swapped = i > 0 && j > 0 && a.get(i - 1) == Some(cb) && b.get(j - 1) == Some(ca);
            if swapped {
                d = d.min(cell(&before, j - 1) + 1);
            }
            row.push(d);
        }
        before = std::mem::replace(&mut last, row);
    }
    cell(&last, b.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_left_out_added_changed_and_swapped_letters() {
        assert_eq!(edits("gazprm", "gazprom", 1), Some(1));
        assert_eq!(edits("gazpom", "gazprom", 1), Some(1));
        assert_eq!(edits("gzaprom", "gazprom", 1), Some(1));
        assert_eq!(edits("gazprox", "gazprom", 1), Some(1));
        assert_eq!(edits("vladivstk", "vladivostok", 2), Some(2));
        assert_eq!(edits("gazprom", "gazprom", 1), None, "not a typo");
        assert_eq!(edits("kazakh", "gazprom", 1), None);
        // A typo at the start of a longer word.
        assert_eq!(edits("gorbsc", "gorbachev", 1), Some(1));
        assert_eq!(distance(&['a', 'b'], &['b', 'a']), 1);
        assert_eq!(distance(&[], &['a', 'b']), 2);
    }
}
