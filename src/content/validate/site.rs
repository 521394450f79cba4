//! Where an item of a pack file lives, so a diagnostic can point at its line and column.
//!
//! Finding places means reading the file's text line by line, and a pack that loads cleanly
//! needs no place at all. So a file's lines, and the line of each of its items, are found only
//! when the first message about that file needs them, and then once: a pack with a message
//! on every item still costs one pass over each file, not one per message. The loader lets go
//! of a large file's text once it is parsed, so the first message about it reads it again.

use std::cell::OnceCell;
use std::collections::HashMap;
use std::ops::Range;

use crate::content::files::PackFile;
use crate::content::locate::{Locator, line_starts};

/// A file being checked: its text and the ids of its list's items in file order, with the
/// lines of both found on first use.
pub(super) struct SiteFile<'f> {
    file: &'f PackFile,
    ids: Vec<&'f str>,
    /// The file's text read again, if the loader let it go after parsing.
    again: OnceCell<Option<String>>,
    /// Where each line starts ([`crate::content::locate::line_starts`]).
    starts: OnceCell<Vec<usize>>,
    /// The line of each item's `id:`.
    item_lines: OnceCell<Vec<usize>>,
}

impl<'f> SiteFile<'f> {
    /// A file whose items have these ids, in file order.
    pub(super) fn new(file: &'f PackFile, ids: impl Iterator<Item = &'f str>) -> Self {
        Self {
            file,
            ids: ids.collect(),
            again: OnceCell::new(),
            starts: OnceCell::new(),
            item_lines: OnceCell::new(),
        }
    }

    /// A file spoken of as a whole (an article, a section's own fields).
    pub(super) fn whole(file: &'f PackFile) -> Self {
        Self::new(file, std::iter::empty())
    }

    /// The place of the whole file: its first line.
    pub(super) fn top(&self) -> ItemSite<'_> {
        ItemSite {
            site: self,
            item: None,
        }
    }

    /// The place of each item, in file order.
    pub(super) fn items(&self) -> impl Iterator<Item = ItemSite<'_>> {
        (0..self.ids.len()).map(|i| ItemSite {
            site: self,
            item: Some(i),
        })
    }

    fn locator(&self) -> Locator<'_> {
        let again = self.again.get_or_init(|| self.file.read_again());
        let text = again.as_deref().unwrap_or(&self.file.text);
        let starts = self.starts.get_or_init(|| line_starts(text));
        Locator::with_starts(text, starts)
    }

    /// Each item's line, found by its own id. Items come in file order, so each search starts
    /// after the last item found: one pass over the file, however many items it holds.
    fn item_lines(&self) -> &[usize] {
        self.item_lines.get_or_init(|| {
            let locator = self.locator();
            let mut seen: HashMap<&str, usize> = HashMap::new();
            let mut from = 1;
            self.ids
                .iter()
                .map(|id| {
                    let n = seen.entry(id).or_default();
                    let nth = *n;
                    *n += 1;
                    match locator.key_value("id", id, from) {
                        Some((line, _)) => {
                            from = line + 1;
                            line
                        }
                        // Written in a shape the search does not know: look from the top.
                        None => nth_id(&locator, id, nth),
                    }
                })
                .collect()
        })
    }
}

/// The line of the `nth` (0-based) item with this id, so a duplicate points at itself.
fn nth_id(locator: &Locator<'_>, id: &str, nth: usize) -> usize {
    let mut line = 1;
    let mut from = 1;
    for _ in 0..=nth {
        match locator.key_value("id", id, from) {
            Some((l, _)) => {
                line = l;
                from = l + 1;
            }
            None => break,
        }
    }
    line
}

/// Where an item lives: its file and which of the file's items it is (none: the whole file).
#[derive(Clone, Copy)]
pub(super) struct ItemSite<'f> {
    site: &'f SiteFile<'f>,
    item: Option<usize>,
}

impl ItemSite<'_> {
    /// How messages name the file.
    pub(super) fn name(&self) -> &str {
        &self.site.file.name
    }

    /// The line of the item's `id:` (the file's first line for the whole file).
    pub(super) fn line(&self) -> usize {
        self.item
            .and_then(|i| self.site.item_lines().get(i).copied())
            .unwrap_or(1)
    }

    /// The item's lines: from its own to the next item's (to the end for the last item and for
    /// the whole file).
    fn lines(&self) -> Range<usize> {
        let next = self
            .item
            .and_then(|i| self.site.item_lines().get(i + 1).copied())
            .filter(|&next| next > self.line());
        self.line()..next.unwrap_or(usize::MAX)
    }

    pub(super) fn key(&self, key: &str) -> Option<(usize, usize)> {
        self.site.locator().key_within(key, self.lines())
    }

    pub(super) fn key_value(&self, key: &str, value: &str) -> Option<(usize, usize)> {
        self.site
            .locator()
            .key_value_within(key, value, self.lines())
    }

    /// Where `piece` (a byte range of `value`) sits in `key: value` as the file writes it:
    /// line, column and width in characters. The width is absent, and the column the
    /// value's, when the value is not written verbatim on its line (escaped, or folded).
    pub(super) fn value_piece(
        &self,
        key: &str,
        value: &str,
        piece: Range<usize>,
    ) -> Option<(usize, usize, Option<usize>)> {
        let Some((line, column)) = self.key_value(key, value) else {
            return self.key(key).map(|(l, c)| (l, c, None));
        };
        let exact = || {
            let text = self.site.locator().line_text(line)?;
            let from = text.char_indices().nth(column - 1)?.0;
            let start = from + text.get(from..)?.find(value)? + piece.start;
            let width = value.get(piece.clone())?.chars().count();
            Some((line, text.get(..start)?.chars().count() + 1, Some(width)))
        };
        Some(exact().unwrap_or((line, column, None)))
    }

    pub(super) fn word(&self, word: &str) -> Option<(usize, usize)> {
        self.site.locator().word_within(word, self.lines())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::files::PackFiles;

    const TIMELINE: &str =
        "events:\n  - id: first\n    title: One\n  - id: second\n    title: Two\n";

    /// A file let go after parsing is read again for places; if it changed meanwhile, its
    /// places fall back to the top of the file rather than to lines of the new text.
    #[test]
    fn places_in_a_released_file_are_found_in_its_text_read_again_unless_it_changed() {
        let tmp = tempfile::tempdir().unwrap();
        let path = tmp.path().join("timeline.yaml");
        std::fs::write(&path, TIMELINE).unwrap();
        let files = PackFiles::Dir(tmp.path().to_path_buf());
        let mut file = files.read("timeline.yaml").unwrap();
        file.release(&files, "timeline.yaml");
        let site = SiteFile::new(&file, ["first", "second"].into_iter());
        let places: Vec<_> = site.items().map(|p| (p.line(), p.key("title"))).collect();
        assert_eq!(places, [(2, Some((3, 5))), (4, Some((5, 5)))]);

        std::fs::write(&path, format!("\n\n{TIMELINE}")).unwrap();
        let site = SiteFile::new(&file, ["first", "second"].into_iter());
        let places: Vec<_> = site.items().map(|p| (p.line(), p.key("title"))).collect();
        assert_eq!(places, [(1, None), (1, None)]);
    }
}
