//! The source article laid out for one width, kept as where each paragraph's lines and links
//! fall rather than as the lines themselves. A large article is thousands of lines, each its
//! own text and marks, megabytes held for as long as the view is open, when a frame shows a
//! screenful: the lines are made again, a paragraph at a time, when they are shown or
//! searched. Laying a paragraph out twice gives the same lines, so what a reader sees and
//! what the cursor counts always agree.

use std::ops::Range;
use std::sync::Arc;

mod paragraph;

pub use paragraph::{BAR_CHOSEN, BAR_CITED, BAR_PLAIN};

use super::highlight::matches;
use super::{Doc, Line, Link, Role};
use crate::app::cursor::{Anchor, Content};
use crate::content::Pack;
use paragraph::{Margin, Place, Span, paragraph, quoted};

/// Where one occurrence of the words searched for is: its line, and its bytes in that line's
/// text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Occurrence {
    pub line: usize,
    pub start: usize,
    pub end: usize,
}

/// The article laid out `width` columns wide, one passage highlighted.
#[derive(Debug, Clone)]
pub struct SourceText {
    pack: Arc<Pack>,
    margin: Margin,
    /// The title and the note above the article, kept whole: a few lines.
    head: Vec<Line>,
    /// The lines of the note, which is the program's, not the article's: finding words in
    /// the article passes over it.
    note: Range<usize>,
    /// For each paragraph, its first line (the blank before it) and its first link.
    starts: Vec<(usize, usize)>,
    /// The block the first paragraph's blank line starts; each paragraph takes two.
    first_block: u32,
    /// Every quotation in the article, in order: the cursor's items.
    links: Vec<Link>,
    /// Where each link's quotation is in its paragraph. Finding them means looking for every
    /// passage of a paragraph in it, and a paragraph may be quoted thousands of times over
    /// (most of them inside one another, and dropped): done once, here.
    spans: Vec<Span>,
    height: usize,
}

impl SourceText {
    /// Lays `pack`'s article out `width` columns wide with `chosen` highlighted: every
    /// paragraph is wrapped once, to know its height and where its quotations fall.
    pub fn new(pack: &Arc<Pack>, chosen: Option<usize>, width: usize) -> Self {
        let width = width.max(1);
        let mut doc = Doc::default();
        doc.para(Role::Title, &pack.article.title, width);
        let note_from = doc.lines.len();
        doc.para(
            Role::Note,
            "Marked text is quoted by the pack: ↑↓ move between quotations, Enter lists the points citing one.",
            width,
        );
        let first_block = doc.block();
        let mut text = Self {
            pack: Arc::clone(pack),
            margin: Margin::new(pack, chosen, width),
            height: doc.lines.len(),
            note: note_from..doc.lines.len(),
            head: doc.lines,
            starts: Vec::with_capacity(pack.source.paragraphs.len()),
            first_block,
            links: Vec::new(),
            spans: Vec::new(),
        };
        for (i, para) in pack.source.paragraphs.iter().enumerate() {
            let place = text.place(i, text.height, text.links.len());
            let (folded, spans) = quoted(pack, para);
            let (lines, links) = paragraph(para, &folded, &spans, &text.margin, place);
            text.starts.push((place.first_line, place.first_link));
            text.height += lines.len();
            text.links.extend(links);
            text.spans.extend(spans);
        }
        text
    }

    /// Where paragraph `i` goes, given its first line and link.
    fn place(&self, i: usize, first_line: usize, first_link: usize) -> Place {
        let i = u32::try_from(i).unwrap_or(u32::MAX / 2);
        Place {
            first_line,
            first_link,
            block: self.first_block.saturating_add(i.saturating_mul(2)),
        }
    }

    /// Paragraph `i`'s lines, the blank before it first, laid out again.
    fn paragraph_lines(&self, i: usize) -> Vec<Line> {
        let (Some(&(line, link)), Some(para)) =
            (self.starts.get(i), self.pack.source.paragraphs.get(i))
        else {
            return Vec::new();
        };
        let next_link = self.starts.get(i + 1).map_or(self.spans.len(), |s| s.1);
        let spans = self.spans.get(link..next_link).unwrap_or_default();
        let text = crate::content::text::normalize_ws(&para.text);
        paragraph(para, &text, spans, &self.margin, self.place(i, line, link)).0
    }

    /// The paragraph line `line` belongs to, if it is below the title and the note.
    fn paragraph_of(&self, line: usize) -> Option<usize> {
        self.starts
            .partition_point(|&(first, _)| first <= line)
            .checked_sub(1)
    }

    /// The height in lines.
    pub fn height(&self) -> usize {
        self.height
    }

    /// Every quotation's link, in order.
    pub fn links(&self) -> &[Link] {
        &self.links
    }

    /// The first line of each paragraph's text, in order.
    pub fn paragraph_starts(&self) -> impl Iterator<Item = usize> + '_ {
        self.starts.iter().map(|&(first, _)| first + 1)
    }

    /// Line `i`, made again.
    pub fn line(&self, i: usize) -> Option<Line> {
        self.lines(i..i.saturating_add(1)).pop()
    }

    /// The lines in `range` (as far as the article goes), each paragraph laid out once.
    pub fn lines(&self, range: Range<usize>) -> Vec<Line> {
        let end = range.end.min(self.height);
        let mut out: Vec<Line> = self
            .head
            .get(range.start.min(self.head.len())..end.min(self.head.len()))
            .unwrap_or_default()
            .to_vec();
        let mut at = range.start.max(self.head.len());
        while at < end {
            let Some(i) = self.paragraph_of(at) else {
                break;
            };
            let first = self.starts.get(i).map_or(at, |s| s.0);
            let lines = self.paragraph_lines(i);
            let wanted = (at - first)..(end - first).min(lines.len());
            // Every paragraph has a line at `at` (the next starts after its last), so this
            // moves on; if it ever did not, stopping beats looping.
            if wanted.is_empty() {
                break;
            }
            at = first + wanted.end;
            out.extend(lines.into_iter().take(wanted.end).skip(wanted.start));
        }
        out
    }

    /// Every line, a paragraph at a time, with its index; what finding words in the article
    /// reads. Only one paragraph's lines are held at once.
    pub fn each_line(&self, mut f: impl FnMut(usize, &Line)) {
        for (i, line) in self.head.iter().enumerate() {
            f(i, line);
        }
        for (p, &(first, _)) in self.starts.iter().enumerate() {
            for (k, line) in self.paragraph_lines(p).iter().enumerate() {
                f(first + k, line);
            }
        }
    }

    /// Every occurrence of `terms` in the article as laid out, in reading order: what `/`
    /// counts and `n` steps through. The note above the article is not the article.
    pub fn occurrences(&self, terms: &[String]) -> Vec<Occurrence> {
        let mut all = Vec::new();
        if terms.is_empty() {
            return all;
        }
        self.each_line(|line, l| {
            if self.note.contains(&line) {
                return;
            }
            all.extend(
                matches(l, terms)
                    .into_iter()
                    .map(|(start, end)| Occurrence { line, start, end }),
            );
        });
        all
    }

    /// The view's rows from `scroll`, `rows` tall, as a document of those lines alone (their
    /// links keep their numbers in the whole article).
    pub fn window(&self, scroll: usize, rows: usize) -> Doc {
        Doc {
            lines: self.lines(scroll..scroll.saturating_add(rows)),
            ..Doc::default()
        }
    }

    /// The whole article as one document: every line made at once.
    pub fn to_doc(&self) -> Doc {
        Doc {
            lines: self.lines(0..self.height),
            links: self.links.clone(),
            ..Doc::default()
        }
    }
}

impl Content for SourceText {
    fn lines(&self) -> usize {
        self.height
    }
    fn items(&self) -> usize {
        self.links.len()
    }
    fn extent(&self, i: usize) -> Option<(usize, usize)> {
        self.links.get(i).map(|l| (l.first, l.last))
    }
    fn anchor_at(&self, line: usize) -> Anchor {
        self.line(line).map_or_else(Anchor::default, |l| l.anchor)
    }
    fn line_of(&self, anchor: Anchor) -> usize {
        // As a whole document: the last line starting at or before the anchor. Paragraph
        // `i` starts block `first_block + 2i` (its blank line), its text the next block.
        if anchor.block < self.first_block || self.starts.is_empty() {
            return self
                .head
                .partition_point(|l| l.anchor <= anchor)
                .saturating_sub(1);
        }
        let i = usize::try_from((anchor.block - self.first_block) / 2).unwrap_or(usize::MAX);
        let Some(&(first, _)) = self.starts.get(i) else {
            return self.height.saturating_sub(1);
        };
        // The blank line starts the paragraph's first block, at or before any anchor in it.
        let within = self
            .paragraph_lines(i)
            .partition_point(|l| l.anchor <= anchor);
        first + within.saturating_sub(1)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The shipped pack; the same with every paragraph led by a run of Chinese, which wraps
    /// inside words (lines then start mid-word, and paragraphs run to more lines); and the
    /// shipped pack with every passage repeated, each quotation found three times over.
    fn packs() -> Vec<Arc<Pack>> {
        use crate::content::{files::PackFiles, load, scale};
        let shipped = crate::content::load_embedded().expect("loads").pack;
        let mut wide = shipped.clone();
        for p in &mut wide.source.paragraphs {
            let lead = "中文的文章没有空格所以可以在任何两个字之间换行".repeat(p.number % 3);
            p.text = format!("{lead} {}", p.text);
        }
        let files = scale::repeated_files(3).expect("grows");
        let repeated = load(&PackFiles::Memory(Arc::new(files))).expect("loads");
        vec![Arc::new(shipped), Arc::new(wide), Arc::new(repeated.pack)]
    }

    /// Each layout of each pack, at widths narrow to wide, with and without a chosen passage.
    fn layouts() -> Vec<SourceText> {
        let mut out = Vec::new();
        for pack in packs() {
            for width in [12, 20, 33, 47, 60, 79, 100, 137, 200, 300] {
                for chosen in [None, Some(0), Some(pack.passages.len() / 2)] {
                    out.push(SourceText::new(&pack, chosen, width));
                }
            }
        }
        out
    }

    /// Lines made a window at a time, a line at a time and a paragraph at a time are the same
    /// lines, wherever the window starts: at a paragraph's edge, inside one, past the end.
    #[test]
    fn every_way_of_making_the_lines_gives_the_same_lines() {
        for text in layouts() {
            let doc = text.to_doc();
            let all = &doc.lines;
            assert_eq!(all.len(), text.height());
            let mut each = Vec::new();
            text.each_line(|i, l| each.push((i, l.clone())));
            assert_eq!(each.len(), all.len());
            for (i, l) in &each {
                assert_eq!(l, &all[*i], "line {i}");
                assert_eq!(text.line(*i).as_ref(), Some(l), "line {i}");
            }
            assert_eq!(text.line(all.len()), None);
            let edges = text
                .paragraph_starts()
                .flat_map(|s| [s - 2, s - 1, s, s + 1]);
            for scroll in edges.chain([0, all.len().saturating_sub(3), all.len() + 2]) {
                for rows in [1, 5, 30] {
                    let end = (scroll + rows).min(all.len());
                    let want = all.get(scroll.min(end)..end).unwrap_or_default();
                    assert_eq!(text.window(scroll, rows).lines, want, "{scroll}+{rows}");
                }
            }
        }
    }

    /// Each quotation's link covers the lines its marks are on, and each paragraph's first
    /// line carries its number.
    #[test]
    fn links_and_paragraph_starts_point_at_their_lines() {
        for text in layouts() {
            let doc = text.to_doc();
            for (i, link) in text.links().iter().enumerate() {
                let marked = |n: usize| {
                    doc.lines[n]
                        .marks
                        .iter()
                        .any(|m| m.link == Some(i) && m.start < m.end)
                };
                assert!(marked(link.first) && marked(link.last), "link {i}");
                let outside = (0..doc.lines.len()).filter(|&n| n < link.first || n > link.last);
                assert!(!outside.clone().any(marked), "link {i}");
            }
            for (start, para) in text.paragraph_starts().zip(&text.pack.source.paragraphs) {
                let number = para.number.to_string();
                assert!(doc.lines[start].text.trim_start().starts_with(&number));
                assert_eq!(doc.lines[start - 1].role, Role::Blank);
            }
        }
    }

    /// Words of the note above the article are not found in it; the article's title is.
    #[test]
    fn finding_words_passes_over_the_note_but_not_the_title() {
        for text in layouts() {
            let words = |w: &str| text.occurrences(&[w.to_string()]);
            assert!(words("citing").is_empty(), "the note's own word");
            let title = words("moscow");
            assert!(title.iter().any(|o| o.line < text.note.start), "{title:?}");
            assert!(title.iter().all(|o| !text.note.contains(&o.line)));
        }
    }

    /// Places found again without the whole document are the places the whole document
    /// gives, for every line's anchor and for anchors between and beyond them.
    #[test]
    fn anchors_find_the_lines_the_whole_document_finds() {
        for text in layouts() {
            let doc = text.to_doc();
            let mut anchors = vec![
                Anchor::default(),
                Anchor {
                    block: u32::MAX,
                    offset: 0,
                },
            ];
            for (i, l) in doc.lines.iter().enumerate() {
                assert_eq!(text.anchor_at(i), l.anchor, "line {i}");
                assert_eq!(text.line_of(l.anchor), i, "line {i}");
                let a = l.anchor;
                anchors.extend([
                    Anchor {
                        offset: a.offset + 1,
                        ..a
                    },
                    Anchor {
                        block: a.block + 1,
                        offset: 0,
                    },
                ]);
            }
            for a in anchors {
                assert_eq!(text.line_of(a), Content::line_of(&doc, a), "{a:?}");
            }
        }
    }
}
