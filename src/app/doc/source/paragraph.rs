//! One paragraph of the source article as lines of a document: its number in the margin,
//! every quoted passage marked and made a link, the chosen passage highlighted. The source
//! view lays paragraphs out one at a time (see `mod.rs`), so this builds one paragraph's
//! lines for given places in the whole document.

use crate::app::doc::{Anchor, Line, Link, Mark, Role, Target};
use crate::content::Pack;
use crate::content::model::Paragraph;
use crate::content::text::normalize_ws;
use crate::wrap::wrap;

/// Bar in the margin of a line holding the chosen passage, another quoted passage, or neither;
/// they mark quotations without relying on colour.
pub const BAR_CHOSEN: &str = "┃";
pub const BAR_CITED: &str = "╎";
pub const BAR_PLAIN: &str = "│";

/// How paragraphs are laid out: the width of the number column and of the text, and which
/// passage is highlighted.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Margin {
    pub digits: usize,
    pub text_width: usize,
    pub chosen: Option<usize>,
}

impl Margin {
    /// The margin for `pack`'s paragraphs in a view `width` columns wide.
    pub fn new(pack: &Pack, chosen: Option<usize>, width: usize) -> Self {
        let digits = pack
            .source
            .paragraphs
            .last()
            .map_or(1, |p| p.number.to_string().len());
        Self {
            digits,
            text_width: width.saturating_sub(digits + 3).max(1),
            chosen,
        }
    }
}

/// Where a paragraph's lines go in the whole document: the index of its first line (the blank
/// before it), of its first link, and the block its blank line starts (its text is the next).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Place {
    pub first_line: usize,
    pub first_link: usize,
    pub block: u32,
}

/// Bytes of a paragraph's text (white space folded) that a passage quotes, and the passage.
pub(super) type Span = (usize, usize, usize);

/// One paragraph, its text `text` (white space folded) quoted at `spans`: a blank line, then
/// its lines with the number in the margin, and a link for each span, covering the lines it
/// is on. Line and link indices are those of the whole document, from `at`.
pub(super) fn paragraph(
    para: &Paragraph,
    text: &str,
    spans: &[Span],
    m: &Margin,
    at: Place,
) -> (Vec<Line>, Vec<Link>) {
    let mut lines = vec![blank(at.block)];
    let block = at.block + 1;
    let mut link_lines: Vec<Option<(usize, usize)>> = vec![None; spans.len()];
    // Headings read as headings and page furniture (bylines, navigation) is dimmed. Every
    // paragraph keeps its number in the (dim) margin, so the numbers run on without gaps, as
    // passages cite them; only the body gets the bar that marks text a passage may quote.
    let (role, body) = match para.non_body.as_deref() {
        Some(why) if why.to_lowercase().contains("heading") => (Role::Heading, false),
        Some(_) => (Role::Note, false),
        None => (Role::Body, true),
    };
    let mut from = 0;
    for (n, piece) in wrap(text, m.text_width).iter().enumerate() {
        let start = text
            .get(from..)
            .and_then(|rest| rest.find(piece.as_str()))
            .map_or(from, |off| from + off);
        let end = start + piece.len();
        from = end;
        let number = if n == 0 {
            format!("{:>width$}", para.number, width = m.digits)
        } else {
            " ".repeat(m.digits)
        };
        let line_index = at.first_line + lines.len();
        let mut marks = Vec::new();
        let mut bar = if body { BAR_PLAIN } else { " " };
        for (k, &(s, e, passage)) in spans.iter().enumerate() {
            if e <= start || s >= end {
                continue;
            }
            let here = m.chosen == Some(passage);
            bar = if here || bar == BAR_CHOSEN {
                BAR_CHOSEN
            } else {
                BAR_CITED
            };
            if let Some(slot) = link_lines.get_mut(k) {
                let first = slot.map_or(line_index, |(f, _)| f);
                *slot = Some((first, line_index));
            }
            let role = if here { Role::Chosen } else { Role::Cited };
            marks.push((
                s.max(start) - start,
                e.min(end) - start,
                role,
                at.first_link + k,
            ));
        }
        let mut line = margin_line(&format!("{number} {bar} "), piece, role, &marks);
        line.anchor = Anchor {
            block,
            offset: u32::try_from(start).unwrap_or(u32::MAX),
        };
        lines.push(line);
    }
    let after = at.first_line + lines.len();
    (lines, quotation_links(spans, link_lines, after))
}

/// The blank line before a paragraph, a block of its own.
fn blank(block: u32) -> Line {
    Line {
        role: Role::Blank,
        text: String::new(),
        link: None,
        marks: Vec::new(),
        anchor: Anchor { block, offset: 0 },
    }
}

/// A link for each quoted span, over the lines it was found on; a span on no line (none
/// should be) points just after the paragraph.
fn quotation_links(spans: &[Span], lines: Vec<Option<(usize, usize)>>, after: usize) -> Vec<Link> {
    spans
        .iter()
        .zip(lines)
        .map(|(&(_, _, passage), lines)| {
            let (first, last) = lines.unwrap_or((after, after));
            Link {
                target: Target::Passage(passage),
                first,
                last,
            }
        })
        .collect()
}

/// A line of text behind its margin, with the quoted parts marked (byte ranges of `piece`,
/// their role and their link).
fn margin_line(
    prefix: &str,
    piece: &str,
    role: Role,
    marks: &[(usize, usize, Role, usize)],
) -> Line {
    let shift = prefix.len();
    // Sized exactly: most lines hold the margin's mark alone.
    let mut line_marks = Vec::with_capacity(1 + marks.len());
    line_marks.push(Mark {
        start: 0,
        end: shift,
        role: Role::Margin,
        link: None,
    });
    line_marks.extend(marks.iter().map(|&(s, e, role, link)| Mark {
        start: shift + s,
        end: shift + e,
        role,
        link: Some(link),
    }));
    Line {
        role,
        text: [prefix, piece].concat(),
        link: marks.first().map(|m| m.3),
        marks: line_marks,
        anchor: Anchor::default(),
    }
}

/// A paragraph's text with its white space folded, and where `pack`'s passages quote it, in
/// order and not overlapping (a passage quoted again inside another is dropped).
pub(super) fn quoted(pack: &Pack, para: &Paragraph) -> (String, Vec<Span>) {
    let text = normalize_ws(&para.text);
    let spans = quoted_spans(pack, &text, &para.passages);
    (text, spans)
}

/// Byte ranges of `text` quoted by `passages`, in order and not overlapping.
fn quoted_spans(pack: &Pack, text: &str, passages: &[usize]) -> Vec<Span> {
    let mut spans: Vec<Span> = passages
        .iter()
        .filter_map(|&i| {
            let needle = normalize_ws(&pack.passage(i)?.text);
            let start = text.find(&needle)?;
            Some((start, start + needle.len(), i))
        })
        .collect();
    spans.sort_unstable();
    let mut reached = 0;
    for span in &mut spans {
        span.0 = span.0.max(reached).min(span.1);
        reached = reached.max(span.1);
    }
    spans.retain(|s| s.0 < s.1);
    spans
}
