//! Where each part of a slide sits, for a screen of a given size: pure geometry, so the
//! drawing and the state's scrolling agree, and so the console can draw the same slide in
//! miniature.
//!
//! From 100×30 up the label and the title are drawn in big letters, in the largest font in
//! which the longest title of the pack fits in two lines (so every slide of a deck uses the
//! same font, and no title is ever cut); below that, or for text the big font cannot draw,
//! they are bold and centred. The claim and what the steps reveal sit in a centred column of
//! a comfortable reading measure.

use ratatui::layout::Rect;

use crate::app::state::{Deck, Slide};
use crate::content::Pack;
use crate::wrap::wrap;

/// Columns of the reading measure the claim and the revealed text are set in.
pub const MEASURE: u16 = 68;
/// Smallest screen the big letters are drawn on.
const BIG_FROM: (u16, u16) = (100, 30);
/// Most lines a title takes in big letters under a big label.
const BIG_TITLE_LINES: usize = 2;
/// Most of the screen's rows, in percent, the label and a title in big letters may take.
const HEADING_SHARE: u32 = 45;

/// A font of big letters: how many columns and rows one character takes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BigFont {
    /// Eight columns by four rows: half-height blocks.
    Wide,
    /// Four columns by four rows: quadrant blocks.
    Narrow,
}

impl BigFont {
    pub fn cell(self) -> (u16, u16) {
        match self {
            Self::Wide => (8, 4),
            Self::Narrow => (4, 4),
        }
    }
}

/// Where the parts of a slide go.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SlideLayout {
    /// The row naming the section, the slide and the step.
    pub top: Rect,
    /// The font of the title, or `None` for bold text.
    pub font: Option<BigFont>,
    /// The font of the label, or `None` for a plain line above the title.
    pub label_font: Option<BigFont>,
    /// The label, as drawn.
    pub label_text: String,
    pub label: Rect,
    /// The title's lines, as drawn (in big letters: with plain quotes and dashes).
    pub title_lines: Vec<String>,
    pub title: Rect,
    /// The claim's lines, empty while it is held back.
    pub claim_lines: Vec<String>,
    pub claim: Rect,
    /// What the steps have revealed, in the reading measure.
    pub body: Rect,
    /// The deck's progress.
    pub gauge: Rect,
    pub footer: Rect,
}

/// The slide showing, laid out in `area`.
pub fn slide_layout(pack: &Pack, deck: &Deck, area: Rect) -> SlideLayout {
    let (label, title, claim) = heading_texts(pack, deck);
    let font = big_font(pack, area);
    let measure = area.width.saturating_sub(4).clamp(1, MEASURE);
    let column_x = area.x + (area.width.saturating_sub(measure)) / 2;
    let row = |y: u16, h: u16| Rect::new(area.x, y, area.width, h).intersection(area);
    let top = row(area.y, 1);
    let footer = row(area.bottom().saturating_sub(1), 1);
    let gauge = row(area.bottom().saturating_sub(2), 1);
    let mut y = area.y.saturating_add(2);
    let (label_rows, title_lines) = match font {
        Some((f, label_big)) => {
            let (w, h) = f.cell();
            let per_line = usize::from(area.width.saturating_sub(4) / w).max(1);
            (
                if label_big { h } else { 1 },
                wrap(&plain(&title), per_line),
            )
        }
        None => (1, wrap(&title, usize::from(measure))),
    };
    let label_rect = row(y, label_rows);
    y = y.saturating_add(label_rows + 1);
    let title_rows = match font {
        Some((f, _)) => f.cell().1.saturating_mul(count(&title_lines)),
        None => count(&title_lines),
    };
    let title_rect = row(y, title_rows);
    y = y.saturating_add(title_rows + 1);
    let claim_lines = wrap(&claim, usize::from(measure));
    let claim_rows = count(&claim_lines);
    let claim_rect = Rect::new(column_x, y, measure, claim_rows).intersection(area);
    if claim_rows > 0 {
        y = y.saturating_add(claim_rows + 1);
    }
    let body_bottom = gauge.y.saturating_sub(1);
    let body = Rect::new(column_x, y, measure, body_bottom.saturating_sub(y)).intersection(area);
    SlideLayout {
        top,
        font: font.map(|(f, _)| f),
        label_font: font.and_then(|(f, big)| big.then_some(f)),
        label_text: match font {
            Some(_) => plain(&label),
            None => label,
        },
        label: label_rect,
        title_lines,
        title: title_rect,
        claim_lines,
        claim: claim_rect,
        body,
        gauge,
        footer,
    }
}

fn count(lines: &[String]) -> u16 {
    u16::try_from(lines.len()).unwrap_or(u16::MAX)
}

/// The label, the title and the claim of the slide showing (the claim empty while held back).
pub fn heading_texts(pack: &Pack, deck: &Deck) -> (String, String, String) {
    match deck.current() {
        Some(Slide::Point(r)) => pack.point(r).map_or_else(Default::default, |p| {
            let claim = if super::claim_shown(pack, deck) {
                p.claim.clone()
            } else {
                String::new()
            };
            (p.label.clone(), p.title.clone(), claim)
        }),
        Some(Slide::Questions(_)) => (
            "Discussion".into(),
            "Questions for discussion".into(),
            String::new(),
        ),
        None => Default::default(),
    }
}

/// The largest big font in which every title of the pack fits, and whether the label is big
/// too; `None` when the screen is too small or a title has letters the big font lacks. In
/// order of preference: wide letters for label and title, narrow ones, then narrow letters
/// for a title of up to three lines under a plain label. The heading never takes more than
/// [`HEADING_SHARE`] percent of the screen's rows.
pub fn big_font(pack: &Pack, area: Rect) -> Option<(BigFont, bool)> {
    if area.width < BIG_FROM.0 || area.height < BIG_FROM.1 {
        return None;
    }
    let titles: Vec<String> = pack
        .sections
        .iter()
        .flat_map(|s| &s.points)
        .flat_map(|p| [plain(&p.title), plain(&p.label)])
        .chain(["Questions for discussion".to_string()])
        .collect();
    if !titles.iter().all(|t| drawable(t)) {
        return None;
    }
    let budget = u32::from(area.height) * HEADING_SHARE / 100;
    let choices = [
        (BigFont::Wide, true, BIG_TITLE_LINES),
        (BigFont::Narrow, true, BIG_TITLE_LINES),
        (BigFont::Narrow, false, BIG_TITLE_LINES + 1),
    ];
    choices.into_iter().find_map(|(font, label_big, most)| {
        let (w, h) = font.cell();
        let per_line = usize::from(area.width.saturating_sub(4) / w).max(1);
        let lines = titles
            .iter()
            .map(|t| wrap(t, per_line).len())
            .max()
            .unwrap_or(1);
        let label_rows = if label_big { u32::from(h) } else { 1 };
        let rows = label_rows + u32::from(h) * u32::try_from(lines).unwrap_or(u32::MAX);
        (lines <= most && rows <= budget).then_some((font, label_big))
    })
}

/// Typographic quotes, apostrophes and dashes as the big font has them.
pub fn plain(s: &str) -> String {
    s.chars()
        .map(|c| match c {
            '‘' | '’' => '\'',
            '“' | '”' => '"',
            '–' | '—' => '-',
            c => c,
        })
        .collect()
}

/// Whether the big font can draw every character: printable Latin letters and signs.
fn drawable(s: &str) -> bool {
    s.chars()
        .all(|c| matches!(u32::from(c), 0x20..=0x7E | 0xA0..=0xFF))
}

/// The row the slide's revealed text starts scrolled to: the newest step in view, less what
/// the reader scrolled back by hand.
pub fn body_scroll(doc_height: usize, rows: usize, back: Option<usize>) -> usize {
    let newest = doc_height.saturating_sub(rows);
    newest.saturating_sub(back.unwrap_or(0))
}
