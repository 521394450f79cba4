//! Reads a well-formed list file a chunk of items at a time.
//!
//! The YAML library turns a whole document into a list of events before deserialising any
//! of it, and those events take several times the file's size: read whole, the passages of a
//! large pack need more memory than the pack itself. Read in chunks of items, only one
//! chunk's events exist at a time. This is only a quicker way to the same value: anything it does
//! not expect (a list laid out in a way [`spans`] does not understand, an item that does not
//! read on its own, an alias reaching across items, a block scalar that keeps its trailing
//! blank lines) gives `None`, and the caller reads the file whole, as before, with its exact
//! diagnostics. A test holds the two ways to the same value on every pack file it has.

use std::ops::Range;

use super::ItemList;
use super::spans;

/// The file read in chunks of items, or `None` when it must be read whole.
pub fn read<T: ItemList>(text: &str) -> Option<T> {
    // Keep chomping (`|+`, `>2+`) keeps the blank lines after a block scalar, which an
    // item's text would not hold; anchors could be used by another item.
    if keeps_trailing_lines(text) || has_anchor(text) {
        return None;
    }
    // Block lists only: flow lists (JSON exports) are read whole, since reading their items
    // alone would forgive an empty element (`[{…}, ,]`) the whole reading refuses.
    let list = spans::list(text, T::KEY).filter(|l| l.block)?;
    // The key's line must start a real key, not a line inside a string that runs over
    // several lines: then what comes before it reads on its own.
    let key_line = text
        .get(..list.after_colon)?
        .rfind('\n')
        .map_or(0, |i| i + 1);
    serde_yaml::from_str::<serde_yaml::Value>(text.get(..key_line)?).ok()?;
    let mut value: T = serde_yaml::from_str(&header(text, &list)?).ok()?;
    // The header's list must be the emptied one, not another list under the same key.
    if !value.items_mut().is_empty() {
        return None;
    }
    let mut items = Vec::with_capacity(list.items.len());
    for chunk in chunks(&list.items) {
        items.extend(block_items::<T::Item>(text, chunk)?);
    }
    *value.items_mut() = items;
    Some(value)
}

/// Whether a block scalar may keep its trailing blank lines: `|` or `>` followed by a `+`
/// within its indicators (`|+`, `>2+`, `|+2`). Text that merely looks so ("a >+ b") only
/// sends the file the whole way.
fn keeps_trailing_lines(text: &str) -> bool {
    let bytes = text.as_bytes();
    memchr::memchr2_iter(b'|', b'>', bytes).any(|i| {
        let indicators = bytes.get(i + 1..).unwrap_or_default();
        indicators
            .iter()
            .take(2)
            .take_while(|b| **b == b'+' || b.is_ascii_digit())
            .any(|b| *b == b'+')
    })
}

/// The file with its block list emptied (`key: []`). Unlike the
/// line-keeping header the diagnostics use, it leaves the items' text out instead of
/// blanking it, so the parser does not scan megabytes of spaces.
fn header(text: &str, list: &spans::List) -> Option<String> {
    let before = text.get(..list.after_colon)?;
    let after = text.get(list.value.end..)?;
    Some(format!("{before} []{after}"))
}

/// Bytes of items read at once: enough that starting the parser costs little beside the
/// reading, few enough that the events of one chunk stay small.
const CHUNK_BYTES: usize = 64 * 1024;

/// The items in runs of about [`CHUNK_BYTES`].
fn chunks(items: &[Range<usize>]) -> Vec<&[Range<usize>]> {
    let mut out = Vec::new();
    let mut rest = items;
    while let Some(first) = rest.first() {
        let take = rest
            .iter()
            .position(|r| r.end.saturating_sub(first.start) > CHUNK_BYTES)
            .unwrap_or(rest.len())
            .max(1);
        let (chunk, after) = rest.split_at(take);
        out.push(chunk);
        rest = after;
    }
    out
}

/// A run of `- ` items read as a list, from the start of the first one's line (so every
/// line keeps its column) to the end of the last one's last line (so a block scalar keeps
/// its final line break); `None` unless it reads as exactly that many items.
fn block_items<I: serde::de::DeserializeOwned>(
    text: &str,
    chunk: &[Range<usize>],
) -> Option<Vec<I>> {
    let (first, last) = (chunk.first()?, chunk.last()?);
    let before = text.get(..first.start)?;
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    if !before.get(line_start..)?.bytes().all(|b| b == b' ') {
        return None;
    }
    let end = text
        .get(last.end..)?
        .find('\n')
        .map_or(text.len(), |i| last.end + i + 1);
    let read: Vec<I> = serde_yaml::from_str(text.get(line_start..end)?).ok()?;
    (read.len() == chunk.len()).then_some(read)
}

/// Whether `text` may define an anchor: an `&` that starts a node (after white space or a
/// flow indicator) and is followed by a name. "R&D" and "Tom & Jerry" are not anchors.
fn has_anchor(text: &str) -> bool {
    let bytes = text.as_bytes();
    memchr::memchr_iter(b'&', bytes).any(|i| {
        let starts_node = i == 0
            || bytes
                .get(i - 1)
                .is_some_and(|b| matches!(b, b' ' | b'\t' | b'\n' | b'[' | b'{' | b','));
        let named = bytes.get(i + 1).is_some_and(|b| !b.is_ascii_whitespace());
        starts_node && named
    })
}

#[cfg(test)]
mod tests {
    use super::super::tests::Points;
    use super::*;
    use crate::content::raw;

    /// The file read whole, as the diagnostics path does.
    fn whole<T: ItemList>(text: &str) -> Option<T> {
        serde_yaml::from_str(text).ok()
    }

    /// Both ways give the same value, or item by item gives way to reading whole.
    fn agree<T: ItemList + std::fmt::Debug>(text: &str) -> bool {
        match read::<T>(text) {
            Some(quick) => Some(format!("{quick:?}")) == whole::<T>(text).map(|w| format!("{w:?}")),
            None => true,
        }
    }

    /// Every list file of the shipped pack and of the test fixtures.
    fn pack_files() -> Vec<(std::path::PathBuf, String)> {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
        let mut dirs = vec![root.join("content")];
        let fixtures = std::fs::read_dir(root.join("tests/fixtures")).unwrap();
        dirs.extend(fixtures.flatten().map(|e| e.path()));
        let mut out = Vec::new();
        for dir in dirs {
            let mut files = vec![dir.join("passages.yaml"), dir.join("timeline.yaml")];
            if let Ok(sections) = std::fs::read_dir(dir.join("sections")) {
                files.extend(sections.flatten().map(|e| e.path()));
            }
            for f in files {
                if let Ok(text) = std::fs::read_to_string(&f) {
                    out.push((f, text));
                }
            }
        }
        out
    }

    #[test]
    fn every_pack_file_reads_the_same_item_by_item() {
        let files = pack_files();
        assert!(files.len() > 20, "found only {} files", files.len());
        for (path, text) in files {
            let name = path.display().to_string();
            let same = if name.ends_with("passages.yaml") {
                agree::<raw::PassagesFile>(&text)
            } else if name.ends_with("timeline.yaml") {
                agree::<raw::TimelineFile>(&text)
            } else {
                agree::<raw::Section>(&text)
            };
            assert!(same, "{name} reads differently item by item");
        }
    }

    #[test]
    fn the_shipped_pack_takes_the_quick_way() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("content");
        let text = |f: &str| std::fs::read_to_string(root.join(f)).unwrap();
        assert!(read::<raw::PassagesFile>(&text("passages.yaml")).is_some());
        assert!(read::<raw::TimelineFile>(&text("timeline.yaml")).is_some());
        assert!(read::<raw::Section>(&text("sections/why-moscow.yaml")).is_some());
    }

    #[test]
    fn layouts_it_cannot_vouch_for_are_read_whole() {
        let item = |rest: &str| {
            format!(
                "title: T\npoints:\n  - id: a\n    explanation: {rest}\n  - id: b\n    explanation: x\n"
            )
        };
        // An anchor in one item used by another; a block scalar keeping its blank lines.
        let anchored = "title: T\npoints:\n  - id: a\n    explanation: &e shared\n  - id: b\n    explanation: *e\n";
        assert!(read::<Points>(anchored).is_none());
        assert!(read::<Points>(&item("|+\n      kept\n\n")).is_none());
        // A quoted scalar whose next line looks like an item cannot be split there.
        let quoted = "title: T\npoints:\n  - id: a\n    explanation: \"two\n  - lines\"\n  - id: b\n    explanation: x\n";
        assert!(whole::<Points>(quoted).is_some());
        assert!(read::<Points>(quoted).is_none());
        // A flow list is read whole: an empty element is an error only that way.
        let flow = "{\"title\": \"T\", \"points\": [{\"id\": \"a\", \"explanation\": \"j\"}, ,]}";
        assert!(whole::<Points>(flow).is_none());
        assert!(read::<Points>(flow).is_none());
        // Keep chomping with an indentation indicator.
        assert!(read::<Points>(&item("|2+\n      kept\n\n")).is_none());
        // The key's line inside a string that runs over lines is not the list.
        let stale = "title: \"it once read:\npoints:\n  - id: stale\n    explanation: old\nand changed\"\npoints:\n  - id: real\n    explanation: new\n";
        assert!(whole::<Points>(stale).is_some());
        assert!(read::<Points>(stale).is_none());
        // "R&D" and "Q & A" are text, not anchors.
        assert!(read::<Points>(&item("R&D, Q & A")).is_some());
    }

    #[test]
    fn the_quick_way_keeps_every_value() {
        for text in [
            "title: T\npoints:\n- id: a\n  explanation: |\n    kept\n    lines\n# between\n- id: b\n  explanation: last\n",
            "title: T\npoints:\n  - id: a\n    explanation: >-\n      folded\n      text\n\n  - id: b\n    explanation: |\n      no final newline",
            "points:\n  - {id: a, explanation: flow}\n  - id: b\n    explanation: x\ntitle: after\n",
            // A line of a block scalar that looks like a comment is its text, last item or not.
            "title: T\npoints:\n  - id: a\n    explanation: |\n      text\n      # not a comment\n  - id: b\n    explanation: |\n      more\n      # nor this\n",
        ] {
            assert!(read::<Points>(text).is_some(), "{text}");
            assert!(agree::<Points>(text), "{text}");
        }
    }

    #[test]
    fn a_large_list_is_read_in_chunks_that_add_up() {
        let mut text = String::from("title: T\npoints:\n");
        for i in 0..3000 {
            text.push_str(&format!(
                "  - id: p{i}\n    explanation: point number {i} of many\n"
            ));
        }
        assert!(text.len() > 2 * CHUNK_BYTES);
        let quick = read::<Points>(&text).unwrap();
        assert_eq!(
            format!("{quick:?}"),
            format!("{:?}", whole::<Points>(&text).unwrap())
        );
    }
}
