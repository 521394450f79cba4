//! The timeline tab as a time axis: paints the glyphs and texts the axis view laid out, each in
//! the style of its role. The selected event or era is drawn selected (and marked ▸), the
//! events the reader's point cites stand out, eras are double lines and lanes have their own
//! marks, so the picture reads in the mono theme too.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::Line;
use ratatui::widgets::Widget;

use super::pane::block;
use super::put::put;
use super::theme::Theme;
use crate::app::views::axis::{Picture, picture};
use crate::app::{App, layout};
use crate::axis::Role;
use crate::wrap::fit_parts;

/// Draws the axis pane.
pub fn render(app: &App, area: Rect, theme: &Theme, buf: &mut Buffer) {
    let inner = layout::inner(area);
    let Some(pic) = picture(app) else {
        block("Timeline", true, theme).render(area, buf);
        return;
    };
    // The focused border takes six columns beside its title: corners, "▶ " and spaces.
    let title = fit_parts(&pic.title, " · ", usize::from(area.width).saturating_sub(6));
    let mut b = block(&title, true, theme);
    if let Some(note) = &pic.note {
        b = b.title_bottom(Line::styled(note.as_str(), theme.note).right_aligned());
    }
    b.render(area, buf);
    for g in &pic.plan.glyphs {
        if g.x < inner.width && g.y < inner.height {
            let cell = (inner.x + g.x, inner.y + g.y);
            if let Some(c) = buf.cell_mut(cell) {
                c.set_char(g.ch).set_style(style(&pic, app, g.role, theme));
            }
        }
    }
    for t in &pic.plan.texts {
        if t.x < inner.width && t.y < inner.height {
            let room = usize::from(inner.width - t.x);
            let style = style(&pic, app, t.role, theme);
            put(buf, inner.x + t.x, inner.y + t.y, &t.text, room, style);
        }
    }
}

/// The style of a role: the selection selected, the reader's point's events linked.
fn style(pic: &Picture, app: &App, role: Role, theme: &Theme) -> Style {
    let event_style = |event: usize, quiet: Style| {
        let real = pic.shown.get(event).copied();
        if real.is_some() && real == pic.selected {
            theme.selected
        } else if pic.marked.get(event).copied().unwrap_or(false) {
            theme.linked
        } else {
            quiet
        }
    };
    match role {
        Role::Axis | Role::Break | Role::Lane | Role::Boundary => theme.border,
        Role::TickLabel | Role::Legend => theme.note,
        Role::Era { era } | Role::EraLabel { era } => {
            if app.nav.axis.era == Some(era) {
                theme.selected
            } else {
                theme.era
            }
        }
        Role::Mark { event } => event_style(event, theme.item),
        Role::Label { event } => event_style(event, theme.item),
        Role::Leader { event } => {
            let s = event_style(event, theme.border);
            if s == theme.selected { theme.linked } else { s }
        }
    }
}
