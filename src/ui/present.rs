//! Presentation mode: one point per screen, sized for a projector. The point's label is drawn
//! in big letters when the screen has room, the revealed part of the slide sits in a centred
//! column, and a bar at the bottom shows how far through the deck the class is.

use ratatui::buffer::Buffer;
use ratatui::layout::{Alignment, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{LineGauge, Paragraph, Widget};
use tui_big_text::{BigText, PixelSize};

use super::pane::paint_doc;
use super::theme::Theme;
use crate::app::present::Slide;
use crate::app::{App, doc};
use crate::wrap::{truncate, width};

/// Widest the text column grows, so lines stay readable from the back of a room.
const MAX_COLUMN: u16 = 76;
/// Big letters are 4 columns wide and 4 rows high at quadrant size.
const BIG_CELL: u16 = 4;

pub fn render(app: &App, area: Rect, theme: &Theme, buf: &mut Buffer) {
    let Some(present) = &app.present else { return };
    let pack = &app.pack;
    let (kicker, label, progress) = match present.current() {
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

    // Top row: the section on the left, "Reason 3 / 6" on the right.
    let right = format!("{progress} ");
    let left = truncate(&format!(" {kicker}"), cols.saturating_sub(width(&right)));
    let pad = " ".repeat(cols.saturating_sub(width(&left) + width(&right)));
    buf.set_stringn(
        area.x,
        area.y,
        format!("{left}{pad}{right}"),
        cols,
        theme.status,
    );

    // The label: big letters if they fit, else one bold centred line.
    let mut y = area.y.saturating_add(2);
    let label_cols = u16::try_from(width(&label)).unwrap_or(u16::MAX);
    let big_fits = area.height >= 24 && label_cols.saturating_mul(BIG_CELL) <= area.width;
    if big_fits {
        let rect = Rect::new(area.x, y, area.width, BIG_CELL).intersection(area);
        BigText::builder()
            .pixel_size(PixelSize::Quadrant)
            .style(theme.title)
            .alignment(Alignment::Center)
            .lines(vec![Line::from(label.as_str())])
            .build()
            .render(rect, buf);
        y = y.saturating_add(BIG_CELL + 1);
    } else {
        let rect = Rect::new(area.x, y, area.width, 1).intersection(area);
        Paragraph::new(Line::styled(label.as_str(), theme.title))
            .alignment(Alignment::Center)
            .render(rect, buf);
        y = y.saturating_add(2);
    }

    // The slide's text in a centred column; the newest step stays in view.
    let column = area.width.saturating_sub(4).min(MAX_COLUMN);
    let x = area.x + (area.width - column) / 2;
    let bottom = area.bottom().saturating_sub(3);
    let rows = bottom.saturating_sub(y);
    let body = Rect::new(x, y, column, rows).intersection(area);
    let slide = doc::slide_doc(pack, present, usize::from(column.saturating_sub(2)));
    let scroll = slide.height().saturating_sub(usize::from(body.height));
    paint_doc(&slide, scroll, None, body, theme, buf);

    // The deck's progress, then the keys.
    let total = present.slides.len().max(1);
    let done = present.slide + 1;
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
        .filled_style(theme.border_focused)
        .unfilled_style(theme.border)
        .render(gauge, buf);
    let footer =
        Rect::new(area.x, area.bottom().saturating_sub(1), area.width, 1).intersection(area);
    let text = match &app.message {
        Some(m) => Line::styled(format!(" {m}"), theme.message),
        None => Line::from(vec![
            Span::styled(" Space/→", theme.footer_key),
            Span::styled(" next  ", theme.footer_text),
            Span::styled("←/Bksp", theme.footer_key),
            Span::styled(" back  ", theme.footer_text),
            Span::styled("n", theme.footer_key),
            Span::styled(" notes  ", theme.footer_text),
            Span::styled("q", theme.footer_key),
            Span::styled(" leave", theme.footer_text),
        ]),
    };
    Paragraph::new(text).render(footer, buf);
}
