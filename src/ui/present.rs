//! Presentation mode: one point per screen, sized for a projector. The claim is drawn in big
//! letters when the screen has room (bold and centred otherwise), what has been revealed
//! after it sits in a centred column, and a bar at the bottom shows how far through the deck
//! the class is.

use ratatui::buffer::Buffer;
use ratatui::layout::{Alignment, Rect};
use ratatui::text::Line;
use ratatui::widgets::{LineGauge, Paragraph, Widget};
use tui_big_text::{BigText, PixelSize};

use super::pane::paint_doc;
use super::theme::Theme;
use crate::app::App;
use crate::app::state::{Deck, Slide};
use crate::app::views::present::slide_doc;
use crate::wrap::{truncate, width, wrap};

/// Widest the text column grows, so lines stay readable from the back of a room.
const MAX_COLUMN: u16 = 76;
/// Big letters are 4 columns wide and 4 rows high at quadrant size.
const BIG_CELL: u16 = 4;

pub fn render(app: &App, area: Rect, theme: &Theme, buf: &mut Buffer) {
    let Some(deck) = &app.deck else { return };
    top_row(app, deck, area, theme, buf);
    let column = area.width.saturating_sub(4).min(MAX_COLUMN);
    let x = area.x + (area.width - column) / 2;
    let bottom = area.bottom().saturating_sub(3);
    let y = heading(app, deck, area, bottom, theme, buf);

    // What has been revealed after the claim, in a centred column; the newest step stays in
    // view.
    let rows = bottom.saturating_sub(y);
    let body = Rect::new(x, y, column, rows).intersection(area);
    let slide = slide_doc(&app.pack, deck, usize::from(column.saturating_sub(2)));
    let scroll = slide.height().saturating_sub(usize::from(body.height));
    paint_doc(&slide, scroll, None, body, theme, buf);

    // The deck's progress, then the keys.
    let total = deck.slides.len().max(1);
    let done = deck.slide + 1;
    let gauge = Rect::new(
        area.x + 1,
        bottom.saturating_add(1),
        area.width.saturating_sub(2),
        1,
    )
    .intersection(area);
    LineGauge::default()
        .ratio(done as f64 / total as f64)
        .label(format!("{done} of {total}"))
        // Done and to come differ in shape as well as colour.
        .filled_symbol("━")
        .unfilled_symbol("╌")
        .filled_style(theme.border_focused)
        .unfilled_style(theme.border)
        .render(gauge, buf);
    let footer =
        Rect::new(area.x, area.bottom().saturating_sub(1), area.width, 1).intersection(area);
    match &app.status.message {
        Some(m) => Paragraph::new(Line::styled(format!(" {m}"), theme.message)).render(footer, buf),
        None => super::status::render_footer(app, footer, theme, buf),
    }
}

/// Top row: section and label on the left, "Reason 3 / 6" on the right.
fn top_row(app: &App, deck: &Deck, area: Rect, theme: &Theme, buf: &mut Buffer) {
    let pack = &app.pack;
    let (kicker, label, progress) = match deck.current() {
        Some(Slide::Point(r)) => {
            let section = pack.section(r.section).map_or("", |s| s.title.as_str());
            match pack.point(r) {
                Some(p) => (
                    section.to_string(),
                    p.label.clone(),
                    format!("{} {} / {}", p.kind.noun(), p.ordinal, p.of_kind),
                ),
                None => (section.to_string(), String::new(), String::new()),
            }
        }
        Some(Slide::Questions(s)) => (
            pack.section(s).map_or(String::new(), |s| s.title.clone()),
            "Discussion".to_string(),
            String::new(),
        ),
        None => (String::new(), String::new(), String::new()),
    };
    let cols = usize::from(area.width);
    let right = format!("{progress} ");
    let left = truncate(
        &format!(" {kicker} › {label}"),
        cols.saturating_sub(width(&right)),
    );
    let pad = " ".repeat(cols.saturating_sub(width(&left) + width(&right)));
    buf.set_stringn(
        area.x,
        area.y,
        format!("{left}{pad}{right}"),
        cols,
        theme.status,
    );
}

/// The title, then the claim: in big letters when the screen has room for them, else bold and
/// centred. Returns the first row below them.
fn heading(
    app: &App,
    deck: &Deck,
    area: Rect,
    bottom: u16,
    theme: &Theme,
    buf: &mut Buffer,
) -> u16 {
    let column = area.width.saturating_sub(4).min(MAX_COLUMN);
    let mut y = area.y.saturating_add(2);
    let (title, claim) = match deck.current() {
        Some(Slide::Point(r)) => app
            .pack
            .point(r)
            .map_or((String::new(), String::new()), |p| {
                (p.title.clone(), p.claim.clone())
            }),
        Some(Slide::Questions(_)) => ("Questions for discussion".to_string(), String::new()),
        None => (String::new(), String::new()),
    };
    let title_rect = Rect::new(area.x, y, area.width, 1).intersection(area);
    Paragraph::new(Line::styled(title.as_str(), theme.kicker))
        .alignment(Alignment::Center)
        .render(title_rect, buf);
    y = y.saturating_add(2);
    let big_cols = usize::from(area.width.saturating_sub(4) / BIG_CELL);
    let big_lines = wrap(&claim, big_cols.max(1));
    let big_rows = u16::try_from(big_lines.len())
        .unwrap_or(u16::MAX)
        .saturating_mul(BIG_CELL);
    let room = bottom.saturating_sub(y);
    if claim.is_empty() {
        return y;
    }
    if big_cols >= 20 && big_rows <= room / 2 {
        let rect = Rect::new(area.x, y, area.width, big_rows).intersection(area);
        BigText::builder()
            .pixel_size(PixelSize::Quadrant)
            .style(theme.claim)
            .alignment(Alignment::Center)
            .lines(big_lines.into_iter().map(Line::from).collect::<Vec<_>>())
            .build()
            .render(rect, buf);
        return y.saturating_add(big_rows + 1);
    }
    let lines: Vec<Line> = wrap(&claim, usize::from(column))
        .into_iter()
        .map(|l| Line::styled(l, theme.claim))
        .collect();
    let rows = u16::try_from(lines.len()).unwrap_or(u16::MAX);
    let rect = Rect::new(area.x, y, area.width, rows).intersection(area);
    Paragraph::new(lines)
        .alignment(Alignment::Center)
        .render(rect, buf);
    y.saturating_add(rows + 1)
}
