//! The source article as a document: paragraph numbers in the margin, every quoted passage
//! marked and made a link, the chosen passage highlighted.

use crate::app::doc::{Anchor, Doc, Line, Link, Mark, Role, Target};
use crate::content::Pack;
use crate::content::model::Paragraph;
use crate::content::text::normalize_ws;
use crate::wrap::wrap;

/// Bar in the margin of a line holding the chosen passage, another quoted passage, or neither;
/// they mark quotations without relying on colour.
pub const BAR_CHOSEN: &str = "┃";
pub const BAR_CITED: &str = "╎";
pub const BAR_PLAIN: &str = "│";

/// The source article laid out `width` columns wide, the passage `chosen` highlighted.
pub fn source_doc(pack: &Pack, chosen: Option<usize>, width: usize) -> Doc {
    let mut doc = Doc::default();
    let width = width.max(1);
    doc.para(Role::Title, &pack.article.title, width);
    doc.para(
        Role::Note,
        "Marked text is quoted by the pack: ↑↓ move between quotations, Enter lists the points citing one.",
        width,
    );
    let digits = pack
        .source
        .paragraphs
        .last()
        .map_or(1, |p| p.number.to_string().len());
    let layout = Margin {
        digits,
        text_width: width.saturating_sub(digits + 3).max(1),
        chosen,
    };
    doc.lines
        .reserve(lines_at_most(&pack.source.paragraphs, layout.text_width));
    for para in &pack.source.paragraphs {
        doc.blank();
        doc.paragraphs.push(doc.lines.len());
        paragraph(&mut doc, pack, para, &layout);
    }
    // Kept for as long as the view is open: a large article's lines would otherwise keep
    // the room their list grew into.
    doc.lines.shrink_to_fit();
    doc.links.shrink_to_fit();
    doc
}

/// About as many lines as the paragraphs take at `width`, erring high for prose: reserving
/// them up front spares a large article's line list the doublings that would leave it up to
/// twice the size it needs while it is built (it is trimmed to its size afterwards). Words
/// longer than a third of the width wrap looser than this counts, and the list then grows as
/// any list does: the estimate costs memory or saves it, never correctness.
fn lines_at_most(paragraphs: &[Paragraph], width: usize) -> usize {
    // A wrapped line of prose is rarely shorter than two-thirds of the width.
    let per_line = (width * 2 / 3).max(1);
    paragraphs
        .iter()
        .map(|p| crate::wrap::width(&p.text).div_ceil(per_line) + 2)
        .sum::<usize>()
        + 4
}

/// How paragraphs are laid out: the width of the number column and of the text, and which
/// passage is highlighted.
struct Margin {
    digits: usize,
    text_width: usize,
    chosen: Option<usize>,
}

/// One paragraph: its lines with the number in the margin, then a link for each passage
/// quoted from it, covering the lines it spans.
fn paragraph(doc: &mut Doc, pack: &Pack, para: &Paragraph, m: &Margin) {
    let text = normalize_ws(&para.text);
    let spans = quoted_spans(pack, &text, &para.passages);
    let first_link = doc.links.len();
    let mut link_lines: Vec<Option<(usize, usize)>> = vec![None; spans.len()];
    // Headings read as headings and page furniture (bylines, navigation) is dimmed. Every
    // paragraph keeps its number in the (dim) margin, so the numbers run on without gaps, as
    // passages cite them; only the body gets the bar that marks text a passage may quote.
    let (role, body) = match para.non_body.as_deref() {
        Some(why) if why.to_lowercase().contains("heading") => (Role::Heading, false),
        Some(_) => (Role::Note, false),
        None => (Role::Body, true),
    };
    let block = doc.block();
    let mut at = 0;
    for (n, piece) in wrap(&text, m.text_width).iter().enumerate() {
        let start = text
            .get(at..)
            .and_then(|rest| rest.find(piece.as_str()))
            .map_or(at, |off| at + off);
        let end = start + piece.len();
        at = end;
        let number = if n == 0 {
            format!("{:>width$}", para.number, width = m.digits)
        } else {
            " ".repeat(m.digits)
        };
        let line_index = doc.lines.len();
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
                first_link + k,
            ));
        }
        let mut line = margin_line(&format!("{number} {bar} "), piece, role, &marks);
        line.anchor = Anchor {
            block,
            offset: u32::try_from(start).unwrap_or(u32::MAX),
        };
        doc.lines.push(line);
    }
    for (&(_, _, passage), lines) in spans.iter().zip(link_lines) {
        let (first, last) = lines.unwrap_or((doc.lines.len(), doc.lines.len()));
        doc.links.push(Link {
            target: Target::Passage(passage),
            first,
            last,
        });
    }
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
    // Sized exactly: most lines hold the margin's mark alone, and a list grown by pushing
    // holds room for four, which over a large article's lines is megabytes.
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

/// Byte ranges of `text` quoted by `passages`, in order and not overlapping.
fn quoted_spans(pack: &Pack, text: &str, passages: &[usize]) -> Vec<(usize, usize, usize)> {
    let mut spans: Vec<(usize, usize, usize)> = passages
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

#[cfg(test)]
mod tests {
    use super::*;

    /// The reservation is an estimate: it must hold every line at any width (else the list
    /// doubles after all) without being far more than needed, in Latin and in wide scripts.
    #[test]
    fn the_lines_reserved_hold_the_article_at_every_width() {
        let shipped = crate::content::load_embedded().expect("loads").pack;
        let mut wide = shipped.clone();
        for p in &mut wide.source.paragraphs {
            p.text = "中文的文章没有空格所以可以在任何两个字之间换行".repeat(p.number % 7 + 1);
            p.passages.clear();
        }
        for pack in [&shipped, &wide] {
            for width in 20..=300 {
                let doc = source_doc(pack, None, width);
                let digits = pack.source.paragraphs.len().to_string().len();
                let reserved = lines_at_most(&pack.source.paragraphs, width - digits - 3);
                // The title and the note come first, before the reservation.
                let laid = doc.lines.len() - (doc.paragraphs[0] - 1);
                assert!(
                    reserved >= laid,
                    "width {width}: {reserved} for {laid} lines"
                );
                assert!(
                    reserved <= laid * 2,
                    "width {width}: {reserved} for {laid} lines"
                );
            }
        }
    }
}
