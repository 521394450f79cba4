//! Documents: text laid out for a given width, with links.
//!
//! Every pane of text (a detail pane, the source view, an overlay, a slide) is a [`Doc`].
//!
//! A document is a list of wrapped lines, each with a role (what it is, not how it looks: the
//! theme decides that) and, for lines that belong to a link, the link they belong to. The state
//! uses a document's height and link positions to scroll and select; the drawing code paints the
//! same lines.

use unicode_width::UnicodeWidthStr;

use crate::content::{Pack, PointRef};
use crate::wrap::wrap;

/// What a line of a document is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Role {
    /// Small print above a title: a point's label and relation, an event's date.
    Kicker,
    Title,
    /// A heading inside the document ("Claim", "Passages").
    Heading,
    Claim,
    Body,
    /// A reference above a quotation: "¶ 16".
    QuoteRef,
    /// A line of a quotation.
    Quote,
    /// A link to an event or a point, on one line.
    Link,
    /// A remark about the content (an inferred date, tags).
    Note,
    Blank,
    /// The paragraph numbers beside the source text.
    Margin,
    /// The passage the source view was opened at.
    Chosen,
    /// Another passage the pack cites, marked subtly in the source view.
    Cited,
    /// Characters a search matched.
    Matched,
}

/// Where a link leads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Target {
    Passage(usize),
    Event(usize),
    Point(PointRef),
    /// A row of the tag picker: the pack's tag at this position, by name.
    Tag(usize),
    /// The tag picker's row that clears the filter.
    ClearFilter,
    /// A paragraph of the article, by its number.
    Paragraph(usize),
    /// The About page.
    About,
    /// A slide of the presentation deck, by its position.
    Slide(usize),
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Line {
    pub role: Role,
    pub text: String,
    /// Index into [`Doc::links`] when the line belongs to a link.
    pub link: Option<usize>,
    /// Parts of the line drawn differently from the rest, in order and not overlapping.
    pub marks: Vec<Mark>,
    /// Which piece of content the line starts, whatever the width it was wrapped to.
    pub anchor: Anchor,
}

pub use crate::app::cursor::Anchor;

/// A part of a line with its own role: a quoted passage inside a paragraph of the source, the
/// characters a search matched. Offsets are in bytes of [`Line::text`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Mark {
    pub start: usize,
    pub end: usize,
    pub role: Role,
    /// The link the marked text belongs to; it is drawn selected when that link is.
    pub link: Option<usize>,
}

/// A link and the lines it covers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Link {
    pub target: Target,
    pub first: usize,
    pub last: usize,
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Doc {
    pub lines: Vec<Line>,
    pub links: Vec<Link>,
    /// The block the next piece of content starts; see [`Anchor`].
    blocks: u32,
}

/// Prefix of quotation lines; the bar marks a quotation without relying on colour.
pub const QUOTE_BAR: &str = "│ ";

/// A quotation in quotation marks, wrapped so that each line, behind the quote bar, fills
/// at most `width` columns (when the bar and one column of text fit, and no character is
/// wider than the room left).
pub fn quote_lines(text: &str, width: usize) -> Vec<String> {
    // The bar's columns, not its bytes: "│" is one column written in three bytes.
    let room = width
        .saturating_sub(UnicodeWidthStr::width(QUOTE_BAR))
        .max(1);
    wrap(&format!("“{text}”"), room)
        .into_iter()
        .map(|l| format!("{QUOTE_BAR}{l}"))
        .collect()
}

impl Doc {
    /// A new block of content: lines wrapped from one text share it, so a place in the text
    /// can be found again after it is wrapped to another width.
    pub(crate) fn block(&mut self) -> u32 {
        self.blocks += 1;
        self.blocks
    }

    /// A line of its own block.
    pub(crate) fn push(&mut self, role: Role, text: impl Into<String>) {
        let block = self.block();
        self.push_at(role, text.into(), None, Anchor { block, offset: 0 });
    }

    /// A line starting `anchor`'s place in its block.
    pub(crate) fn push_at(
        &mut self,
        role: Role,
        text: String,
        link: Option<usize>,
        anchor: Anchor,
    ) {
        self.lines.push(Line {
            role,
            text,
            link,
            marks: Vec::new(),
            anchor,
        });
    }

    /// A paragraph of text wrapped to `width`, as one block.
    pub(crate) fn para(&mut self, role: Role, text: &str, width: usize) {
        let block = self.block();
        let mut offset = 0;
        for l in wrap(text, width) {
            let chars = l.chars().count();
            self.push_at(role, l, None, Anchor { block, offset });
            offset += u32::try_from(chars + 1).unwrap_or(u32::MAX);
        }
    }

    pub(crate) fn blank(&mut self) {
        self.push(Role::Blank, "");
    }

    pub(crate) fn heading(&mut self, text: &str) {
        self.blank();
        self.push(Role::Heading, text);
    }

    /// Adds lines belonging to one link, as one block.
    pub(crate) fn link(&mut self, target: Target, lines: Vec<(Role, String)>) {
        let index = self.links.len();
        let first = self.lines.len();
        let block = self.block();
        let mut offset = 0;
        for (role, text) in lines {
            let chars = text.chars().count();
            self.push_at(role, text, Some(index), Anchor { block, offset });
            offset += u32::try_from(chars + 1).unwrap_or(u32::MAX);
        }
        let last = self.lines.len().saturating_sub(1).max(first);
        self.links.push(Link {
            target,
            first,
            last,
        });
    }

    /// A one-item link: its text wrapped, every line belonging to the link.
    pub(crate) fn line_link(&mut self, target: Target, text: &str, width: usize) {
        let lines = wrap(text, width)
            .into_iter()
            .map(|l| (Role::Link, l))
            .collect();
        self.link(target, lines);
    }

    /// A link to a point, named by section, label and title.
    pub(crate) fn point_link(&mut self, pack: &Pack, r: PointRef, width: usize) {
        if let (Some(p), Some(s)) = (pack.point(r), pack.section(r.section)) {
            let text = format!("→ {} › {} · {}", s.title, p.label, p.title);
            self.line_link(Target::Point(r), &text, width);
        }
    }

    pub(crate) fn passage(&mut self, pack: &Pack, index: usize, width: usize) {
        let Some(p) = pack.passage(index) else { return };
        let mut lines = vec![(Role::QuoteRef, format!("¶ {}", p.paragraph))];
        lines.extend(
            quote_lines(&p.text, width)
                .into_iter()
                .map(|l| (Role::Quote, l)),
        );
        self.link(Target::Passage(index), lines);
    }

    /// The height of the document in lines.
    pub fn height(&self) -> usize {
        self.lines.len()
    }
}

impl crate::app::cursor::Content for Doc {
    fn lines(&self) -> usize {
        self.lines.len()
    }
    fn items(&self) -> usize {
        self.links.len()
    }
    fn extent(&self, i: usize) -> Option<(usize, usize)> {
        self.links.get(i).map(|l| (l.first, l.last))
    }
    fn anchor_at(&self, line: usize) -> Anchor {
        self.lines
            .get(line)
            .map_or_else(Anchor::default, |l| l.anchor)
    }
    fn line_of(&self, anchor: Anchor) -> usize {
        // Lines come in anchor order: the last one starting at or before the anchor.
        self.lines
            .partition_point(|l| l.anchor <= anchor)
            .saturating_sub(1)
    }
}

mod era;
pub mod highlight;
mod point;
pub mod source;
pub use era::era_doc;
pub use point::{event_doc, point_doc};

/// ", quoted by R6 and P2": the short labels of the points citing a passage.
pub fn quoted_by(pack: &Pack, points: &[PointRef]) -> String {
    let labels: Vec<&str> = points
        .iter()
        .filter_map(|r| pack.point(*r).map(|p| p.short_label()))
        .collect();
    match labels.as_slice() {
        [] => String::new(),
        [one] => format!(", quoted by {one}"),
        [rest @ .., last] => format!(", quoted by {} and {last}", rest.join(", ")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_quotation_fills_the_width_bar_included() {
        let text = "so the two sides of a long frontier look at each other across it, and each \
                    keeps its own counsel about what the other may want in the years to come";
        for width in 12..60 {
            let lines = quote_lines(text, width);
            assert!(
                lines.iter().all(|l| l.width() <= width),
                "{width}: {lines:?}"
            );
            // No line leaves room for the next line's first word.
            for (line, next) in lines.iter().zip(lines.iter().skip(1)) {
                let word = next.trim_start_matches(QUOTE_BAR).split(' ').next();
                let word = word.map_or(0, UnicodeWidthStr::width);
                assert!(line.width() + 1 + word > width, "{width}: {lines:?}");
            }
            assert!(lines.iter().all(|l| l.starts_with(QUOTE_BAR)));
        }
        let one = quote_lines("brief", 80);
        assert_eq!(one, vec![format!("{QUOTE_BAR}“brief”")]);
    }
}
