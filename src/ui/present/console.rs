//! The presenter console: the audience's slide in miniature, what the next step shows, the
//! notes and questions, the clock, and the slide index. Only this screen draws the notes.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::Line;
use ratatui::widgets::{Block, Widget};

use crate::app::App;
use crate::app::layout::inner;
use crate::app::state::Deck;
use crate::app::views::present::console::{console_layout, header_text, notes_doc};
use crate::app::views::present::{index_doc, next_reveal};
use crate::ui::pane::{block, paint_doc};
use crate::ui::put::put;
use crate::ui::theme::Theme;
use crate::wrap::{truncate, wrap};

pub fn render(app: &App, deck: &Deck, area: Rect, theme: &Theme, buf: &mut Buffer) {
    let l = console_layout(area);
    let pack = &app.pack;
    let header = truncate(
        &format!(" {}", header_text(pack, deck)),
        usize::from(area.width),
    );
    let style = if deck.blank {
        theme.message
    } else {
        theme.status
    };
    buf.set_style(l.header, style);
    put(
        buf,
        l.header.x,
        l.header.y,
        header,
        usize::from(l.header.width),
        style,
    );

    // The slide as the class sees it (blank when they see nothing).
    let title = if deck.blank {
        "On the screen: blank"
    } else {
        "On the screen"
    };
    block(title, false, theme).render(l.slide, buf);
    if !deck.blank {
        super::slide(app, deck, inner(l.slide), theme, buf);
    }

    let slides = inner(l.index);
    block("Slides", false, theme).render(l.index, buf);
    let index = index_doc(pack, deck, usize::from(slides.width.saturating_sub(2)));
    let rows = usize::from(slides.height).max(1);
    // The current slide in the middle of the list where the list allows.
    let scroll = deck
        .slide
        .saturating_sub(rows / 2)
        .min(index.height().saturating_sub(rows));
    paint_doc(&index, scroll, Some(deck.slide), slides, theme, buf);

    let next = inner(l.next);
    let cols = usize::from(next.width.saturating_sub(2)).max(1);
    let text = next_reveal(pack, deck, usize::MAX);
    let lines = wrap(&text, cols);
    with_more_below(block("Next", false, theme), lines.len(), next, theme).render(l.next, buf);
    for (row, line) in lines.into_iter().take(usize::from(next.height)).enumerate() {
        let y = next
            .y
            .saturating_add(u16::try_from(row).unwrap_or(u16::MAX));
        put(buf, next.x + 1, y, line, cols, theme.item);
    }

    let notes = inner(l.notes);
    let doc = notes_doc(pack, deck, usize::from(notes.width.saturating_sub(2)));
    let notes_block = block("Teacher's notes", false, theme);
    with_more_below(notes_block, doc.height(), notes, theme).render(l.notes, buf);
    paint_doc(&doc, 0, None, notes, theme, buf);

    match &app.status.message {
        Some(m) => {
            let m = truncate(&format!(" {m}"), usize::from(l.footer.width));
            put(
                buf,
                l.footer.x,
                l.footer.y,
                m,
                usize::from(l.footer.width),
                theme.message,
            );
        }
        None => crate::ui::status::render_footer(app, l.footer, theme, buf),
    }
}

/// The box, saying on its bottom border how many of its `lines` do not fit in `inside`: the
/// presenter then knows the notes or the next step go on, and a taller terminal shows them.
fn with_more_below<'a>(b: Block<'a>, lines: usize, inside: Rect, theme: &Theme) -> Block<'a> {
    match lines.checked_sub(usize::from(inside.height)) {
        Some(hidden) if hidden > 0 => {
            let lines = if hidden == 1 { "line" } else { "lines" };
            let note = format!(" ↓ {hidden} more {lines} ");
            b.title_bottom(Line::styled(note, theme.note).right_aligned())
        }
        _ => b,
    }
}
