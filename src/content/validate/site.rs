//! Where an item of a pack file lives, so a diagnostic can point at its line and column.

use std::collections::HashMap;

use crate::content::files::PackFile;
use crate::content::locate::Locator;

/// Where an item lives: its file and the line its `id:` is on.
#[derive(Clone, Copy)]
pub(super) struct ItemSite<'f> {
    pub(super) file: &'f PackFile,
    pub(super) line: usize,
}

impl<'f> ItemSite<'f> {
    /// The place of the `nth` (0-based) item with this id, so a duplicate points at itself.
    pub(super) fn of_nth_id(file: &'f PackFile, id: &str, nth: usize) -> Self {
        let locator = Locator::new(&file.text);
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
        Self { file, line }
    }

    /// ItemSites of a list of items, in file order, each found by its own id. Items come in file
    /// order, so each search starts after the last item found: one pass over the file, however
    /// many items it holds.
    pub(super) fn of_items<'i>(
        file: &'f PackFile,
        ids: impl Iterator<Item = &'i str>,
    ) -> Vec<Self> {
        let locator = Locator::new(&file.text);
        let mut seen: HashMap<&str, usize> = HashMap::new();
        let mut from = 1;
        ids.map(|id| {
            let n = seen.entry(id).or_default();
            let nth = *n;
            *n += 1;
            match locator.key_value("id", id, from) {
                Some((line, _)) => {
                    from = line + 1;
                    Self { file, line }
                }
                // Written in a shape the search does not know: look from the top.
                None => Self::of_nth_id(file, id, nth),
            }
        })
        .collect()
    }

    pub(super) fn key(&self, key: &str) -> Option<(usize, usize)> {
        Locator::new(&self.file.text).key(key, self.line)
    }

    pub(super) fn word(&self, word: &str) -> Option<(usize, usize)> {
        Locator::new(&self.file.text).word(word, self.line)
    }
}
