//! Named styles. Widgets ask for a role ("selected", "quote"), never for a colour, so a theme
//! is one place to change and every state is also marked without colour (reverse video,
//! bold, a marker), which keeps the explorer usable on a washed-out projector.

use ratatui::style::{Color, Modifier, Style};

use crate::app::ThemeName;
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
    /// Paragraph numbers beside the source text.
    pub margin: Style,
    /// The passage the source view was opened at.
    pub passage_chosen: Style,
    /// The other passages the pack cites, marked subtly.
    pub passage_cited: Style,
    /// Characters a search matched.
    pub matched: Style,
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
            margin: Style::new().fg(Color::DarkGray),
            passage_chosen: Style::new()
                .fg(Color::Black)
                .bg(Color::Yellow)
                .add_modifier(bold),
            passage_cited: Style::new().add_modifier(Modifier::UNDERLINED),
            matched: Style::new()
                .fg(Color::Yellow)
                .add_modifier(bold | Modifier::UNDERLINED),
        }
    }

    /// Dark text for terminals with a light background.
    pub fn light() -> Self {
        let bold = Modifier::BOLD;
        Self {
            tab: Style::new().fg(Color::DarkGray),
            tab_active: Style::new()
                .fg(Color::White)
                .bg(Color::Blue)
                .add_modifier(bold),
            border: Style::new().fg(Color::Gray),
            border_focused: Style::new().fg(Color::Blue).add_modifier(bold),
            pane_title: Style::new().fg(Color::DarkGray),
            item_dim: Style::new().fg(Color::DarkGray),
            linked: Style::new().fg(Color::Red).add_modifier(bold),
            kicker: Style::new().fg(Color::Blue),
            heading: Style::new().fg(Color::Magenta).add_modifier(bold),
            quote_ref: Style::new().fg(Color::Magenta),
            quote: Style::new()
                .fg(Color::DarkGray)
                .add_modifier(Modifier::ITALIC),
            link: Style::new()
                .fg(Color::Blue)
                .add_modifier(Modifier::UNDERLINED),
            note: Style::new().fg(Color::DarkGray),
            status: Style::new().fg(Color::White).bg(Color::DarkGray),
            message: Style::new().fg(Color::Black).bg(Color::LightYellow),
            footer_key: Style::new().fg(Color::Blue).add_modifier(bold),
            footer_text: Style::new().fg(Color::DarkGray),
            warning: Style::new().fg(Color::Red).add_modifier(bold),
            margin: Style::new().fg(Color::Gray),
            passage_chosen: Style::new()
                .fg(Color::Black)
                .bg(Color::LightYellow)
                .add_modifier(bold),
            matched: Style::new()
                .fg(Color::Red)
                .add_modifier(bold | Modifier::UNDERLINED),
            ..Self::dark()
        }
    }

    /// For a washed-out projector: white on black, bold where it matters, and every state
    /// shown by reverse video, underline or a marker as well as by colour.
    pub fn high_contrast() -> Self {
        let bold = Modifier::BOLD;
        let white = Style::new().fg(Color::White).bg(Color::Black);
        let strong = white.add_modifier(bold);
        let reversed = Style::new()
            .fg(Color::Black)
            .bg(Color::White)
            .add_modifier(bold);
        Self {
            base: white,
            tab: white,
            tab_active: reversed,
            border: white,
            border_focused: Style::new()
                .fg(Color::Yellow)
                .bg(Color::Black)
                .add_modifier(bold),
            pane_title: strong,
            item: white,
            item_dim: white,
            selected: reversed,
            selected_unfocused: strong.add_modifier(Modifier::UNDERLINED),
            linked: Style::new()
                .fg(Color::Yellow)
                .bg(Color::Black)
                .add_modifier(bold),
            kicker: strong,
            title: strong.add_modifier(Modifier::UNDERLINED),
            heading: Style::new()
                .fg(Color::Yellow)
                .bg(Color::Black)
                .add_modifier(bold),
            claim: strong,
            body: white,
            quote_ref: strong,
            quote: white.add_modifier(Modifier::ITALIC),
            link: strong.add_modifier(Modifier::UNDERLINED),
            link_selected: reversed,
            note: white,
            status: reversed,
            message: Style::new()
                .fg(Color::Black)
                .bg(Color::Yellow)
                .add_modifier(bold),
            footer_key: strong,
            footer_text: white,
            margin: white,
            passage_chosen: Style::new()
                .fg(Color::Black)
                .bg(Color::Yellow)
                .add_modifier(bold),
            passage_cited: white.add_modifier(Modifier::UNDERLINED),
            matched: Style::new()
                .fg(Color::Yellow)
                .bg(Color::Black)
                .add_modifier(bold | Modifier::UNDERLINED),
            warning: Style::new()
                .fg(Color::Yellow)
                .bg(Color::Black)
                .add_modifier(bold),
        }
    }

    /// No colour: only bold, italic, underline and reverse video.
    pub fn mono() -> Self {
        let bold = Modifier::BOLD;
        let plain = Style::new();
        let strong = plain.add_modifier(bold);
        let reversed = plain.add_modifier(Modifier::REVERSED | bold);
        Self {
            base: plain,
            tab: plain,
            tab_active: reversed,
            border: plain,
            border_focused: strong,
            pane_title: plain,
            item: plain,
            item_dim: plain,
            selected: reversed,
            selected_unfocused: strong.add_modifier(Modifier::UNDERLINED),
            linked: strong,
            kicker: plain,
            title: strong,
            heading: strong.add_modifier(Modifier::UNDERLINED),
            claim: strong,
            body: plain,
            quote_ref: strong,
            quote: plain.add_modifier(Modifier::ITALIC),
            link: plain.add_modifier(Modifier::UNDERLINED),
            link_selected: reversed,
            note: plain,
            status: plain.add_modifier(Modifier::REVERSED),
            message: reversed,
            footer_key: strong,
            footer_text: plain,
            warning: strong,
            margin: plain,
            passage_chosen: plain.add_modifier(Modifier::REVERSED),
            passage_cited: plain.add_modifier(Modifier::UNDERLINED),
            matched: strong.add_modifier(Modifier::UNDERLINED),
        }
    }

    /// The styles of a named scheme.
    pub fn named(name: ThemeName) -> Self {
        match name {
            ThemeName::Dark => Self::dark(),
            ThemeName::Light => Self::light(),
            ThemeName::HighContrast => Self::high_contrast(),
            ThemeName::Mono => Self::mono(),
        }
    }

    /// Every style of the theme, for tests that check a property of all of them.
    pub fn styles(&self) -> [Style; 30] {
        [
            self.base,
            self.tab,
            self.tab_active,
            self.border,
            self.border_focused,
            self.pane_title,
            self.item,
            self.item_dim,
            self.selected,
            self.selected_unfocused,
            self.linked,
            self.kicker,
            self.title,
            self.heading,
            self.claim,
            self.body,
            self.quote_ref,
            self.quote,
            self.link,
            self.link_selected,
            self.note,
            self.status,
            self.message,
            self.footer_key,
            self.footer_text,
            self.warning,
            self.margin,
            self.passage_chosen,
            self.passage_cited,
            self.matched,
        ]
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
            Role::Margin => self.margin,
            Role::Chosen => self.passage_chosen,
            Role::Cited => self.passage_cited,
            Role::Matched => self.matched,
        }
    }
}

impl Default for Theme {
    fn default() -> Self {
        Self::dark()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn mono_has_no_colour() {
        for style in Theme::mono().styles() {
            assert_eq!((style.fg, style.bg), (None, None), "{style:?}");
        }
    }

    #[test]
    fn selection_never_relies_on_colour_alone() {
        for name in ThemeName::ALL {
            let t = Theme::named(name);
            for s in [t.selected, t.link_selected, t.tab_active, t.passage_chosen] {
                assert!(
                    s.add_modifier.contains(Modifier::REVERSED) || s.bg.is_some(),
                    "{name:?}: {s:?}"
                );
            }
            assert!(
                t.selected_unfocused
                    .add_modifier
                    .contains(Modifier::UNDERLINED),
                "{name:?}"
            );
        }
    }
}
