//! Presentation mode, drawn: the audience's slide, sized for a projector (see
//! `app::views::present::layout` for where each part goes), and the presenter's console
//! (`console.rs`), which draws the same slide in miniature beside what only the presenter
//! sees. Nothing here draws the teacher's notes on the audience screen.

mod console;

use ratatui::buffer::Buffer;
use ratatui::layout::{Alignment, Rect};
use ratatui::text::Line;
use ratatui::widgets::{LineGauge, Paragraph, Widget};
use tui_big_text::{BigText, PixelSize};

use super::pane::paint_doc;
use super::put::put;
use super::theme::Theme;
use crate::app::App;
use crate::app::state::{Deck, Role, Slide, steps};
use crate::app::views::present::laid_out;
use crate::app::views::present::layout::{BigFont, SlideLayout, body_scroll};
use crate::wrap::{truncate, width};

pub fn render(app: &App, area: Rect, theme: &Theme, buf: &mut Buffer) {
    let Some(deck) = &app.deck else { return };
    match deck.role {
        Role::Console => console::render(app, deck, area, theme, buf),
        Role::Audience if deck.blank => {}
        Role::Audience => {
            let l = slide(app, deck, area, theme, buf);
            gauge(deck, l.gauge, theme, buf);
            footer(app, l.footer, theme, buf);
        }
    }
}

/// Draws the slide showing into `area`: the top row, the heading and what has been revealed.
/// Returns the layout, for the parts around it.
fn slide(app: &App, deck: &Deck, area: Rect, theme: &Theme, buf: &mut Buffer) -> SlideLayout {
    let (l, doc) = laid_out(&app.pack, deck, area);
    top_row(app, deck, l.top, theme, buf);
    heading(&l, theme, buf);
    let rows = usize::from(l.body.height);
    let scroll = body_scroll(doc.height(), rows, deck.scroll_back);
    paint_doc(&doc, scroll, None, l.body, theme, buf);
    // Say where more of the slide is, above or below what fits: on the row just outside the
    // body, or on the body's own edge row where the body reaches the edge of `area` (the
    // console's miniature slide), since nothing may be drawn outside `area`.
    let mark = |y: u16, text: &str, buf: &mut Buffer| {
        let x = l
            .body
            .right()
            .saturating_sub(u16::try_from(width(text)).unwrap_or(0));
        put(
            buf,
            x,
            y,
            text,
            usize::from(l.body.right().saturating_sub(x)),
            theme.note,
        );
    };
    if l.body.height > 0 {
        if scroll > 0 {
            let above = l.body.y.checked_sub(1).filter(|y| *y >= area.y);
            mark(above.unwrap_or(l.body.y), "↑ more", buf);
        }
        if scroll + rows < doc.height() {
            let below = Some(l.body.bottom()).filter(|y| *y < area.bottom());
            mark(
                below.unwrap_or(l.body.bottom().saturating_sub(1)),
                "↓ more (↓ scrolls)",
                buf,
            );
        }
    }
    l
}

/// The label and title, in big letters or bold, then the claim once shown.
fn heading(l: &SlideLayout, theme: &Theme, buf: &mut Buffer) {
    let label = std::slice::from_ref(&l.label_text);
    match l.label_font {
        Some(font) => big(label, font, l.label, theme.kicker, buf),
        None => centred(label, l.label, theme.kicker, buf),
    }
    match l.font {
        Some(font) => big(&l.title_lines, font, l.title, theme.title, buf),
        None => centred(&l.title_lines, l.title, theme.title, buf),
    }
    centred(&l.claim_lines, l.claim, theme.claim, buf);
}

fn big(
    lines: &[String],
    font: BigFont,
    area: Rect,
    style: ratatui::style::Style,
    buf: &mut Buffer,
) {
    let size = match font {
        BigFont::Wide => PixelSize::HalfHeight,
        BigFont::Narrow => PixelSize::Quadrant,
    };
    BigText::builder()
        .pixel_size(size)
        .style(style)
        .alignment(Alignment::Center)
        .lines(
            lines
                .iter()
                .map(|l| Line::from(l.as_str()))
                .collect::<Vec<_>>(),
        )
        .build()
        .render(area, buf);
}

fn centred(lines: &[String], area: Rect, style: ratatui::style::Style, buf: &mut Buffer) {
    let lines: Vec<Line> = lines
        .iter()
        .map(|l| Line::styled(l.as_str(), style))
        .collect();
    Paragraph::new(lines)
        .alignment(Alignment::Center)
        .render(area, buf);
}

/// The fewest columns worth giving the top row's place (" Why…" is the least that says
/// something).
const MIN_PLACE: usize = 6;

/// Top row: section and label on the left; slide and step on the right.
fn top_row(app: &App, deck: &Deck, area: Rect, theme: &Theme, buf: &mut Buffer) {
    let pack = &app.pack;
    let (section, label) = match deck.current() {
        Some(Slide::Point(r)) => (
            pack.section(r.section).map_or("", |s| s.title.as_str()),
            pack.point(r).map_or("", |p| p.label.as_str()),
        ),
        Some(Slide::Questions(s)) => (
            pack.section(s).map_or("", |s| s.title.as_str()),
            "Discussion",
        ),
        None => ("", ""),
    };
    let total = deck.current().map_or(1, |s| steps(pack, deck, s));
    let right = format!(
        "slide {} of {} · step {} of {total} ",
        deck.slide + 1,
        deck.slides.len(),
        deck.step + 1
    );
    let cols = usize::from(area.width);
    // A space always parts the two. A label that does not fit goes before the section is cut,
    // and a place cut to a letter or two says nothing, so it goes too.
    let room = cols.saturating_sub(width(&right) + 1);
    let full = format!(" {section} › {label}");
    let left = match room {
        0..MIN_PLACE => String::new(),
        _ if width(&full) <= room => full,
        _ => truncate(&format!(" {section}"), room),
    };
    let pad = " ".repeat(cols.saturating_sub(width(&left) + width(&right)));
    put(
        buf,
        area.x,
        area.y,
        format!("{left}{pad}{right}"),
        cols,
        theme.status,
    );
}

/// How far through the deck the class is; done and to come differ in shape as well as
/// colour.
fn gauge(deck: &Deck, area: Rect, theme: &Theme, buf: &mut Buffer) {
    let total = deck.slides.len().max(1);
    let done = deck.slide + 1;
    let area = Rect {
        x: area.x.saturating_add(1),
        width: area.width.saturating_sub(2),
        ..area
    };
    LineGauge::default()
        .ratio(done as f64 / total as f64)
        .label(format!("{done} of {total}"))
        .filled_symbol("━")
        .unfilled_symbol("╌")
        .filled_style(theme.border_focused)
        .unfilled_style(theme.border)
        .render(area, buf);
}

/// The message of the moment, else, on a student's screen, whether it follows the class and
/// how to come back, else the keys.
fn footer(app: &App, area: Rect, theme: &Theme, buf: &mut Buffer) {
    use crate::app::views::present::follow;
    let class = if follow::browsing(app) {
        Some(follow::BROWSING)
    } else {
        follow::following(app).then_some(follow::FOLLOWING)
    };
    match app.status.message.as_deref().or(class) {
        Some(m) => Paragraph::new(Line::styled(format!(" {m}"), theme.message)).render(area, buf),
        None => super::status::render_footer(app, area, theme, buf),
    }
}

/// The slide index over either screen.
pub fn render_index(app: &App, theme: &Theme, buf: &mut Buffer) {
    if let Some((cursor, doc, rect)) = crate::app::views::present::index_current(app) {
        super::pane::list_overlay("Slides", &doc, cursor, rect, theme, buf);
    }
}
