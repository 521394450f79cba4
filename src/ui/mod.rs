//! Drawing. `render` reads the state and paints one frame; it never changes the state, so the
//! same state always draws the same screen (which is what the render tests rely on).

pub mod axis;
pub mod filter;
mod flags;
pub mod help;
pub mod map;
pub mod pane;
pub mod passage;
pub mod present;
pub(crate) mod put;
pub mod search;
pub mod section;
pub mod source;
pub mod status;
pub mod tabs;
pub mod text;
pub mod theme;
pub mod timeline;

use ratatui::Frame;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::Line;
use ratatui::widgets::{Paragraph, Widget, Wrap};

use crate::app::layout::{Body, MIN_HEIGHT, MIN_WIDTH};
use crate::app::{App, FullView, Overlay};
pub use theme::Theme;

/// Draws the whole screen for `app` into the frame.
pub fn render(app: &App, frame: &mut Frame) {
    let area = frame.area();
    draw(
        app,
        area,
        &Theme::named(app.prefs.theme),
        frame.buffer_mut(),
    );
}

/// Draws the whole screen into a buffer; used by [`render`] and by headless output.
pub fn draw(app: &App, area: Rect, theme: &Theme, buf: &mut Buffer) {
    draw_screen(app, area, theme, buf);
    flags::split(buf, area);
}

fn draw_screen(app: &App, area: Rect, theme: &Theme, buf: &mut Buffer) {
    if theme.base != ratatui::style::Style::default() {
        buf.set_style(area, theme.base);
    }
    let wants = app.memo().measures().wants;
    let Some(screen) = crate::app::layout::screen(
        area,
        app.nav.tab,
        app.prefs.show_timeline,
        app.axis_shown(),
        wants,
    ) else {
        too_small(area, theme, buf);
        return;
    };
    if app.deck.is_some() {
        present::render(app, area, theme, buf);
        match app.overlay {
            Some(Overlay::Page { .. }) => help::render(app, area, theme, buf),
            Some(Overlay::SlideIndex { .. }) => present::render_index(app, theme, buf),
            _ => {}
        }
        return;
    }
    tabs::render(app, screen.tabs, theme, buf);
    match &app.nav.view {
        Some(FullView::Source(_)) => source::render(app, screen.whole_body, theme, buf),
        Some(FullView::Map(_)) => map::render(app, screen.whole_body, theme, buf),
        None => body(app, screen.body, theme, buf),
    }
    status::render_status(app, screen.status, theme, buf);
    status::render_footer(app, screen.footer, theme, buf);
    match app.overlay {
        Some(Overlay::Page { .. }) => help::render(app, area, theme, buf),
        Some(Overlay::Chooser(_)) => passage::render(app, theme, buf),
        Some(Overlay::Search(_)) => search::render(app, theme, buf),
        Some(Overlay::Tags { .. }) => filter::render(app, theme, buf),
        Some(Overlay::SlideIndex { .. }) | None => {}
    }
}

/// The panes of the current tab.
fn body(app: &App, body: Body, theme: &Theme, buf: &mut Buffer) {
    match body {
        Body::Section {
            list,
            detail,
            timeline,
        } => {
            if let crate::app::Tab::Section(i) = app.nav.tab {
                section::render_list(app, i, list, theme, buf);
            }
            section::render_detail(app, detail, theme, buf);
            if let Some((r, _)) = timeline {
                timeline::render_pane(app, r, theme, buf);
            }
        }
        Body::Timeline { list, detail } => {
            timeline::render_list(app, list, theme, buf);
            section::render_detail(app, detail, theme, buf);
        }
        Body::Axis { axis, detail, .. } => {
            self::axis::render(app, axis, theme, buf);
            section::render_detail(app, detail, theme, buf);
        }
    }
}

fn too_small(area: Rect, theme: &Theme, buf: &mut Buffer) {
    if area.width == 0 || area.height == 0 {
        return;
    }
    let text = format!(
        "terminal too small (need {MIN_WIDTH}×{MIN_HEIGHT}, have {}×{})",
        area.width, area.height
    );
    let y = area.y + area.height / 2;
    let row = Rect {
        y,
        height: area.height - area.height / 2,
        ..area
    };
    Paragraph::new(Line::styled(text, theme.warning).centered())
        .wrap(Wrap { trim: true })
        .render(row, buf);
}
