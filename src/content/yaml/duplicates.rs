//! Where a key given twice in one mapping is given the second time.
//!
//! The library reports a duplicate key at the start of the mapping that holds it (for an
//! item, its `- id:` line), which in a long entry leaves the author hunting for it. The text
//! is searched instead, the way the author would: for the key at the column of that
//! mapping's keys, or among the members of a flow mapping.

use super::spans;

/// The key a "duplicate field `lane`" (a typed reading) or "duplicate entry with key
/// \"lane\"" (a reading into plain values) message names.
pub(super) fn key_named(message: &str) -> Option<&str> {
    if let Some(rest) = message.split("duplicate field `").nth(1) {
        return rest.split_once('`').map(|(key, _)| key);
    }
    let rest = message.split("duplicate entry with key \"").nth(1)?;
    rest.split_once('"').map(|(key, _)| key)
}

/// Where the mapping the library places at `place` gives `key` the second time, and the line
/// where it gives it first.
pub(super) fn second(place: (usize, usize), text: &str, key: &str) -> Option<Found> {
    let start = offset(text, place)?;
    let places: Vec<usize> = if text.get(start..)?.starts_with('{') {
        spans::flow_keys(text, start)?
            .into_iter()
            .filter(|(k, _)| k == key)
            .map(|(_, at)| at)
            .collect()
    } else {
        block_keys(text, start, key)
    };
    let (first, again) = (*places.first()?, *places.get(1)?);
    Some(Found {
        place: line_and_column(text, again),
        first_line: line_and_column(text, first).0,
    })
}

/// A key given a second time: where, and the line that gives it first.
#[derive(Debug, PartialEq, Eq)]
pub(super) struct Found {
    pub place: (usize, usize),
    pub first_line: usize,
}

/// Where each line of the block mapping whose first key is at `start` gives `key`. The
/// mapping's keys start in that key's column; it ends at a line indented less.
fn block_keys(text: &str, start: usize, key: &str) -> Vec<usize> {
    let line_start = text
        .get(..start)
        .and_then(|b| b.rfind('\n'))
        .map_or(0, |i| i + 1);
    let column = start - line_start;
    let mut found = Vec::new();
    let mut at = line_start;
    for (i, line) in text
        .get(line_start..)
        .unwrap_or_default()
        .split('\n')
        .enumerate()
    {
        let here = at;
        at += line.len() + 1;
        let content = line.trim_start();
        let indent = line.len() - content.len();
        if i > 0 && (content.is_empty() || content.starts_with('#')) {
            continue;
        }
        if i > 0 && indent < column {
            break;
        }
        if (i == 0 || indent == column) && gives(line.get(column..).unwrap_or_default(), key) {
            found.push(here + column);
        }
    }
    found
}

/// Whether `rest` starts with `key:` or the key quoted.
fn gives(rest: &str, key: &str) -> bool {
    let after = rest.strip_prefix(key).or_else(|| {
        ['"', '\'']
            .into_iter()
            .find_map(|q| rest.strip_prefix(q)?.strip_prefix(key)?.strip_prefix(q))
    });
    after.is_some_and(|a| a.trim_start_matches(' ').starts_with(':'))
}

/// The byte offset of a 1-based line and column (in characters).
fn offset(text: &str, (line, column): (usize, usize)) -> Option<usize> {
    let line_start = if line <= 1 {
        0
    } else {
        text.match_indices('\n').nth(line - 2)?.0 + 1
    };
    let rest = text.get(line_start..)?;
    let within = rest.char_indices().nth(column.checked_sub(1)?)?.0;
    Some(line_start + within)
}

/// The 1-based line and column (in characters) of a byte offset.
fn line_and_column(text: &str, at: usize) -> (usize, usize) {
    let before = text.get(..at).unwrap_or_default();
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    let column = before.get(line_start..).unwrap_or_default().chars().count();
    (before.matches('\n').count() + 1, column + 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn both_wordings_name_the_key() {
        assert_eq!(key_named("a[0]: duplicate field `lane`"), Some("lane"));
        assert_eq!(
            key_named("a[0]: duplicate entry with key \"lane\""),
            Some("lane")
        );
        assert_eq!(key_named("missing field `lane`"), None);
    }

    #[test]
    fn only_keys_of_the_mapping_itself_count() {
        let text = "a:\n  - id: x\n    n:\n      lane: deeper\n    lane: a\n    d: >-\n      lane: text\n    lane: b\n  - lane: next item\n";
        let found = second((2, 5), text, "lane").unwrap();
        assert_eq!(found.place, (8, 5));
        assert_eq!(found.first_line, 5);
        assert_eq!(second((2, 5), "a:\n  - id: x\n    lane: a\n", "lane"), None);
    }

    #[test]
    fn quoted_keys_and_text_in_other_scripts_are_found() {
        let text = "t: “中”\n\"k\": 1\n'k' : 2\n";
        let found = second((1, 1), text, "k").unwrap();
        assert_eq!((found.place, found.first_line), ((3, 1), 2));
        let flow = "x: {k: 1, “n”: 2,\n    k: 3}\n";
        let found = second((1, 4), flow, "k").unwrap();
        assert_eq!((found.place, found.first_line), ((2, 5), 1));
    }
}
