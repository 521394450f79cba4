//! One cursor for everything that scrolls: the lists of points and events, the argument map,
//! the search results and pickers, the detail panes, the source view and the help pages.
//!
//! A cursor is a scroll position and, where the content has items to select, the selected one.
//! The content is described by [`Content`]: how many rows it is tall and which rows each item
//! covers. A list of one-line items and a document whose links span several lines are the same
//! thing to the cursor, so the arithmetic of moving, paging and keeping the selection in view
//! is written once, here, and tested here.

/// A place in content that survives re-wrapping: the block a line belongs to (a paragraph,
/// a quotation) and how far into the block's text the line starts. Lines of one text wrapped
/// to any width are in the same order of anchors.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Anchor {
    pub block: u32,
    pub offset: u32,
}

/// What a cursor moves over: `lines` rows, with `items` selectable items in order, each
/// covering a range of rows.
pub trait Content {
    /// Rows of content.
    fn lines(&self) -> usize;
    /// Selectable items.
    fn items(&self) -> usize;
    /// The first and last row of item `i`.
    fn extent(&self, i: usize) -> Option<(usize, usize)>;
    /// The place row `line` shows; by default the row itself.
    fn anchor_at(&self, line: usize) -> Anchor {
        Anchor {
            block: u32::try_from(line).unwrap_or(u32::MAX),
            offset: 0,
        }
    }
    /// The row showing `anchor`'s place; by default the row it names.
    fn line_of(&self, anchor: Anchor) -> usize {
        usize::try_from(anchor.block).unwrap_or(usize::MAX)
    }
}

/// A list of `n` one-line items.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct List(pub usize);

impl Content for List {
    fn lines(&self) -> usize {
        self.0
    }
    fn items(&self) -> usize {
        self.0
    }
    fn extent(&self, i: usize) -> Option<(usize, usize)> {
        (i < self.0).then_some((i, i))
    }
}

/// Text with nothing to select: only the scroll position matters.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Text(pub usize);

impl Content for Text {
    fn lines(&self) -> usize {
        self.0
    }
    fn items(&self) -> usize {
        0
    }
    fn extent(&self, _: usize) -> Option<(usize, usize)> {
        None
    }
}

/// A scroll position and the selected item, if any.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct Cursor {
    /// The selected item.
    pub selected: Option<usize>,
    /// The first row shown.
    pub scroll: usize,
    /// The place at the top of the view when the reader last moved, so a resize that wraps
    /// the text differently (or shows all of it) can bring the same place back to the top.
    pub anchor: Option<Anchor>,
}

impl Cursor {
    /// A cursor on item `i`, scrolled to the top.
    pub fn at(i: usize) -> Self {
        Self {
            selected: Some(i),
            ..Self::default()
        }
    }

    /// Remembers the place at the top of the view as the reader's place.
    pub fn keep_place(&mut self, c: &impl Content) {
        self.anchor = Some(c.anchor_at(self.scroll));
    }

    /// Restores the invariants after the content or the view changed, with the reader's place
    /// back at the top where the view allows: what a resize needs. The selection stays, and
    /// stays in view.
    pub fn settle(&mut self, c: &impl Content, view: usize) {
        if let Some(anchor) = self.anchor {
            self.scroll = c.line_of(anchor);
        }
        self.clamp(c, view);
    }

    /// The selected item, or the first.
    pub fn index(&self) -> usize {
        self.selected.unwrap_or(0)
    }

    /// Moves the selection `delta` items, stopping at either end, and scrolls it into view.
    /// With nothing selected, the first (or, going up, the last) item in view is selected.
    pub fn step(&mut self, delta: isize, c: &impl Content, view: usize) {
        let n = c.items();
        if n == 0 {
            return self.scroll_by(delta, c, view);
        }
        let to = match self.selected {
            Some(i) => i.saturating_add_signed(delta).min(n - 1),
            None => self.first_in_view(c, view).unwrap_or(0),
        };
        self.select(to, c, view);
    }

    /// Reading a document: moves to the next item when it is in view, else scrolls one line,
    /// so long text between items is read line by line and no item is skipped.
    pub fn read(&mut self, delta: isize, c: &impl Content, view: usize) {
        let view = view.max(1);
        let bottom = self.scroll + view;
        let next = match (self.selected, delta > 0) {
            (Some(i), true) => Some(i + 1),
            (Some(i), false) => i.checked_sub(1),
            (None, true) => {
                (0..c.items()).find(|&i| c.extent(i).is_some_and(|e| e.0 >= self.scroll))
            }
            (None, false) => (0..c.items())
                .rev()
                .find(|&i| c.extent(i).is_some_and(|e| e.1 < bottom)),
        };
        let visible = next.and_then(|i| c.extent(i).map(|e| (i, e)));
        match visible {
            Some((i, (first, last))) if first < bottom && last >= self.scroll => {
                self.selected = Some(i);
                self.reveal(first, last, view);
            }
            _ => {
                self.scroll = self.scroll.saturating_add_signed(delta);
                self.clamp_scroll(c, view);
                self.drop_hidden(c, view);
            }
        }
        self.keep_place(c);
    }

    /// Moves the selection a page (`view` minus one rows' worth of items) in a list.
    pub fn page(&mut self, dir: isize, c: &impl Content, view: usize) {
        self.step(dir.saturating_mul(page_size(view)), c, view);
    }

    /// Scrolls a document by a page and selects the first item in view, if any.
    pub fn page_text(&mut self, dir: isize, c: &impl Content, view: usize) {
        self.scroll_by(dir.saturating_mul(page_size(view)), c, view);
        self.selected = self.first_in_view(c, view);
        self.keep_place(c);
    }

    /// Scrolls `delta` rows (clamped), dropping a selection that leaves the view.
    pub fn scroll_by(&mut self, delta: isize, c: &impl Content, view: usize) {
        self.scroll = self.scroll.saturating_add_signed(delta);
        self.clamp_scroll(c, view);
        self.drop_hidden(c, view);
        self.keep_place(c);
    }

    /// Brings `line` into view a third of the way down, as `less` shows a match, dropping a
    /// selection that leaves the view.
    pub fn show_line(&mut self, line: usize, c: &impl Content, view: usize) {
        self.scroll = line.saturating_sub(view / 3);
        self.scroll_by(0, c, view);
    }

    /// The top: the first row and the first item.
    pub fn first(&mut self, c: &impl Content, view: usize) {
        self.scroll = 0;
        self.selected = (c.items() > 0).then_some(0);
        self.clamp(c, view);
        self.keep_place(c);
    }

    /// The bottom: the last item selected and the end of the content in view.
    pub fn last(&mut self, c: &impl Content, view: usize) {
        self.scroll = usize::MAX;
        self.clamp_scroll(c, view);
        self.selected = c.items().checked_sub(1);
        if let Some((first, last)) = self.selected.and_then(|i| c.extent(i)) {
            self.reveal(first, last, view);
        }
        self.keep_place(c);
    }

    /// Selects item `i` (clamped) and scrolls it into view.
    pub fn select(&mut self, i: usize, c: &impl Content, view: usize) {
        let Some(last) = c.items().checked_sub(1) else {
            self.selected = None;
            return;
        };
        let i = i.min(last);
        self.selected = Some(i);
        if let Some((first, last)) = c.extent(i) {
            self.reveal(first, last, view);
        }
        self.keep_place(c);
    }

    /// Scrolls so rows `first..=last` are in view, preferring the first when they do not fit.
    pub fn reveal(&mut self, first: usize, last: usize, view: usize) {
        let view = view.max(1);
        if last >= self.scroll + view {
            self.scroll = (last + 1).saturating_sub(view);
        }
        if first < self.scroll {
            self.scroll = first;
        }
    }

    /// Restores the invariants after the content or the view changed: the selection names an
    /// item and is in view, and the scroll does not run past the end.
    pub fn clamp(&mut self, c: &impl Content, view: usize) {
        if self.selected.is_some_and(|i| i >= c.items()) {
            self.selected = c.items().checked_sub(1);
        }
        self.clamp_scroll(c, view);
        if let Some((first, last)) = self.selected.and_then(|i| c.extent(i)) {
            self.reveal(first, last, view);
        }
    }

    /// Like [`Cursor::clamp`] for lists that always have a selection: an empty selection
    /// becomes the first item.
    pub fn clamp_list(&mut self, c: &impl Content, view: usize) {
        if self.selected.is_none() && c.items() > 0 {
            self.selected = Some(0);
        }
        self.clamp(c, view);
    }

    /// Keeps the scroll inside the content.
    pub fn clamp_scroll(&mut self, c: &impl Content, view: usize) {
        self.scroll = self.scroll.min(c.lines().saturating_sub(view.max(1)));
    }

    /// The first item that starts in view.
    pub fn first_in_view(&self, c: &impl Content, view: usize) -> Option<usize> {
        let bottom = self.scroll + view.max(1);
        (0..c.items()).find(|&i| {
            c.extent(i)
                .is_some_and(|(f, _)| f >= self.scroll && f < bottom)
        })
    }

    /// The first item in view, or the first after it, or the last: what Enter picks when
    /// nothing is selected.
    pub fn nearest_item(&self, c: &impl Content) -> Option<usize> {
        (0..c.items())
            .find(|&i| c.extent(i).is_some_and(|(_, l)| l >= self.scroll))
            .or(c.items().checked_sub(1))
    }

    fn drop_hidden(&mut self, c: &impl Content, view: usize) {
        let bottom = self.scroll + view.max(1);
        if let Some((first, last)) = self.selected.and_then(|i| c.extent(i))
            && (last < self.scroll || first >= bottom)
        {
            self.selected = None;
        }
    }
}

/// Rows a page moves: the view less one, so one line of context stays, and at least one.
pub fn page_size(view: usize) -> isize {
    isize::try_from(view.saturating_sub(1).max(1)).unwrap_or(isize::MAX)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Items of two lines each with a blank line between: rows 0–1, 3–4, 6–7, …
    struct Spaced(usize);

    impl Content for Spaced {
        fn lines(&self) -> usize {
            self.0 * 3
        }
        fn items(&self) -> usize {
            self.0
        }
        fn extent(&self, i: usize) -> Option<(usize, usize)> {
            (i < self.0).then_some((i * 3, i * 3 + 1))
        }
    }

    #[test]
    fn steps_stop_at_both_ends_and_keep_the_selection_in_view() {
        let list = List(10);
        let mut c = Cursor::at(0);
        c.step(-1, &list, 4);
        assert_eq!((c.selected, c.scroll), (Some(0), 0));
        for _ in 0..5 {
            c.step(1, &list, 4);
        }
        assert_eq!(c.selected, Some(5));
        assert_eq!(c.scroll, 2, "row 5 is the last of four in view");
        c.step(100, &list, 4);
        assert_eq!((c.selected, c.scroll), (Some(9), 6));
    }

    #[test]
    fn pages_move_by_the_view_less_one() {
        let list = List(30);
        let mut c = Cursor::at(0);
        c.page(1, &list, 10);
        assert_eq!(c.selected, Some(9));
        c.page(-1, &list, 10);
        assert_eq!(c.selected, Some(0));
        c.page(1, &list, 1);
        assert_eq!(c.selected, Some(1), "a page is at least one row");
    }

    #[test]
    fn first_and_last_reach_the_ends() {
        let doc = Spaced(5);
        let mut c = Cursor::default();
        c.last(&doc, 4);
        assert_eq!(c.selected, Some(4), "the last item is selected");
        assert_eq!(c.scroll, 15 - 4, "and the end is in view");
        c.first(&doc, 4);
        assert_eq!((c.selected, c.scroll), (Some(0), 0));
        let mut empty = Cursor::default();
        empty.last(&Text(20), 5);
        assert_eq!((empty.selected, empty.scroll), (None, 15));
    }

    #[test]
    fn reading_visits_every_item_in_order_and_scrolls_between_them() {
        let doc = Spaced(6);
        let mut c = Cursor::default();
        let mut seen = Vec::new();
        for _ in 0..100 {
            c.read(1, &doc, 4);
            assert!(c.scroll + 4 <= doc.lines().max(4));
            if let Some(i) = c.selected
                && seen.last() != Some(&i)
            {
                seen.push(i);
            }
        }
        assert_eq!(seen, vec![0, 1, 2, 3, 4, 5]);
        assert_eq!(c.scroll, doc.lines() - 4, "reading ends at the bottom");
        for _ in 0..100 {
            c.read(-1, &doc, 4);
        }
        assert_eq!((c.selected, c.scroll), (Some(0), 0));
    }

    #[test]
    fn reading_text_without_items_scrolls_line_by_line() {
        let text = Text(10);
        let mut c = Cursor::default();
        c.read(1, &text, 4);
        assert_eq!(c.scroll, 1);
        c.read(-5, &text, 4);
        assert_eq!(c.scroll, 0);
    }

    #[test]
    fn paging_text_selects_the_first_item_in_view() {
        let doc = Spaced(10);
        let mut c = Cursor::default();
        c.page_text(1, &doc, 5);
        assert_eq!(c.scroll, 4);
        assert_eq!(
            c.selected,
            Some(2),
            "item 2 starts on row 6, the first in view"
        );
    }

    #[test]
    fn scrolling_drops_a_selection_that_leaves_the_view() {
        let doc = Spaced(10);
        let mut c = Cursor::at(0);
        c.scroll_by(5, &doc, 3);
        assert_eq!(c.selected, None);
        assert_eq!(c.scroll, 5);
    }

    #[test]
    fn clamp_follows_the_content_when_it_shrinks() {
        let mut c = Cursor {
            selected: Some(8),
            scroll: 7,
            anchor: None,
        };
        c.clamp(&List(3), 2);
        assert_eq!((c.selected, c.scroll), (Some(2), 1));
        c.clamp(&List(0), 2);
        assert_eq!((c.selected, c.scroll), (None, 0));
        let mut none = Cursor::default();
        none.clamp_list(&List(4), 2);
        assert_eq!(none.selected, Some(0));
    }

    #[test]
    fn settling_brings_the_readers_place_back_to_the_top() {
        // Items two lines tall, then the same items one line tall (wider text): the place is
        // the item, not the row.
        struct Tall(usize, usize);
        impl Content for Tall {
            fn lines(&self) -> usize {
                self.0 * self.1
            }
            fn items(&self) -> usize {
                self.0
            }
            fn extent(&self, i: usize) -> Option<(usize, usize)> {
                (i < self.0).then_some((i * self.1, i * self.1 + self.1 - 1))
            }
            fn anchor_at(&self, line: usize) -> Anchor {
                Anchor {
                    block: u32::try_from(line / self.1).unwrap(),
                    offset: 0,
                }
            }
            fn line_of(&self, a: Anchor) -> usize {
                usize::try_from(a.block).unwrap() * self.1
            }
        }
        let mut c = Cursor::default();
        c.scroll_by(8, &Tall(20, 2), 5);
        assert_eq!(c.scroll, 8, "item 4 at the top");
        c.settle(&Tall(20, 1), 5);
        assert_eq!(c.scroll, 4, "still item 4 at the top, one line each");
        c.settle(&Tall(20, 1), 40);
        assert_eq!(c.scroll, 0, "everything fits");
        c.settle(&Tall(20, 2), 5);
        assert_eq!(c.scroll, 8, "back where the reader was");
    }

    #[test]
    fn reveal_prefers_the_top_of_an_item_taller_than_the_view() {
        let mut c = Cursor::default();
        c.reveal(10, 30, 5);
        assert_eq!(c.scroll, 10);
    }

    #[test]
    fn nearest_item_is_the_first_not_above_the_view() {
        let doc = Spaced(4);
        let c = Cursor {
            scroll: 2,
            ..Cursor::default()
        };
        assert_eq!(c.nearest_item(&doc), Some(1));
        let past = Cursor {
            scroll: 50,
            ..Cursor::default()
        };
        assert_eq!(past.nearest_item(&doc), Some(3));
    }
}
