//! Named styles. Widgets ask for a role ("selected", "quote"), never for a colour, so a theme
//! is one place to change and every state is also marked without colour (reverse video,
//! bold, a marker), which keeps the explorer usable on a washed-out projector.

use ratatui::style::{Color, Modifier, Style};

use crate::app::doc::Role;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Theme {
    pub base: Style,
    pub tab: Style,
    pub tab_active: Style,
    pub border: Style,
    pub border_focused: Style,
    pub pane_title: Style,
    pub item: Style,
    pub item_dim: Style,
    /// The cursor in a focused list: also reversed, so it shows without colour.
    pub selected: Style,
    /// The cursor in a list that does not have focus.
    pub selected_unfocused: Style,
    /// Events linked to the selected point, in the timeline pane.
    pub linked: Style,
    pub kicker: Style,
    pub title: Style,
    pub heading: Style,
    pub claim: Style,
    pub body: Style,
    pub quote_ref: Style,
    pub quote: Style,
    pub link: Style,
    pub link_selected: Style,
    pub note: Style,
    pub status: Style,
    pub message: Style,
    pub footer_key: Style,
    pub footer_text: Style,
    pub warning: Style,
}

impl Theme {
    /// The default: light text on the terminal's own dark background.
    pub fn dark() -> Self {
        let bold = Modifier::BOLD;
        Self {
            base: Style::new(),
            tab: Style::new().fg(Color::Gray),
            tab_active: Style::new()
                .fg(Color::Black)
                .bg(Color::Cyan)
                .add_modifier(bold),
            border: Style::new().fg(Color::DarkGray),
            border_focused: Style::new().fg(Color::Cyan).add_modifier(bold),
            pane_title: Style::new().fg(Color::Gray),
            item: Style::new(),
            item_dim: Style::new().fg(Color::Gray),
            selected: Style::new().add_modifier(Modifier::REVERSED | bold),
            selected_unfocused: Style::new().add_modifier(bold | Modifier::UNDERLINED),
            linked: Style::new().fg(Color::Yellow).add_modifier(bold),
            kicker: Style::new().fg(Color::Cyan),
            title: Style::new().add_modifier(bold),
            heading: Style::new().fg(Color::Yellow).add_modifier(bold),
            claim: Style::new().add_modifier(bold),
            body: Style::new(),
            quote_ref: Style::new().fg(Color::Magenta),
            quote: Style::new().fg(Color::Gray).add_modifier(Modifier::ITALIC),
            link: Style::new().fg(Color::LightBlue),
            link_selected: Style::new().add_modifier(Modifier::REVERSED | bold),
            note: Style::new().fg(Color::DarkGray),
            status: Style::new().fg(Color::Black).bg(Color::Gray),
            message: Style::new().fg(Color::Black).bg(Color::Yellow),
            footer_key: Style::new().fg(Color::Cyan).add_modifier(bold),
            footer_text: Style::new().fg(Color::Gray),
            warning: Style::new().fg(Color::Yellow).add_modifier(bold),
        }
    }

    /// The style of a document line of this role.
    pub fn role(&self, role: Role) -> Style {
        match role {
            Role::Kicker => self.kicker,
            Role::Title => self.title,
            Role::Heading => self.heading,
            Role::Claim => self.claim,
            Role::Body | Role::Blank => self.body,
            Role::QuoteRef => self.quote_ref,
            Role::Quote => self.quote,
            Role::Link => self.link,
            Role::Note => self.note,
        }
    }
}

impl Default for Theme {
    fn default() -> Self {
        Self::dark()
    }
}
