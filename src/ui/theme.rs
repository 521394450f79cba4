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
    /// An era's band and title on the time axis.
    pub era: Style,
}

/// A colour of the xterm 256-colour palette. Its indices 16 to 255 are the same in every
/// terminal that has them, unlike the 16 basic colours, which each terminal picks for itself;
/// so contrast can be checked, and holds on a projector as on a laptop.
const fn x(index: u8) -> Color {
    Color::Indexed(index)
}

/// Black, white and the colours the themes use, by palette index.
const BLACK: Color = x(16);
const WHITE: Color = x(231);
const YELLOW: Color = x(220);
const BRIGHT_YELLOW: Color = x(226);
const CYAN: Color = x(51);
const TEAL: Color = x(37);
const SKY: Color = x(117);
const AZURE: Color = x(81);
const PINK: Color = x(213);
const PALE_YELLOW: Color = x(229);
const NAVY: Color = x(25);
const CRIMSON: Color = x(124);
const PLUM: Color = x(90);
/// Greys, light to dark: 252 is #d0d0d0, 246 #949494, 244 #808080, 238 #444444.
const GREY_252: Color = x(252);
const GREY_250: Color = x(250);
const GREY_248: Color = x(248);
const GREY_246: Color = x(246);
const GREY_244: Color = x(244);
const GREY_241: Color = x(241);
const GREY_240: Color = x(240);
const GREY_238: Color = x(238);

impl Theme {
    /// The default: light text on the terminal's own dark background.
    pub fn dark() -> Self {
        let bold = Modifier::BOLD;
        Self {
            base: Style::new(),
            tab: Style::new().fg(GREY_252),
            tab_active: Style::new().fg(BLACK).bg(TEAL).add_modifier(bold),
            border: Style::new().fg(GREY_244),
            border_focused: Style::new().fg(CYAN).add_modifier(bold),
            pane_title: Style::new().fg(GREY_250),
            item: Style::new(),
            item_dim: Style::new().fg(GREY_248),
            selected: Style::new().add_modifier(Modifier::REVERSED | bold),
            selected_unfocused: Style::new().add_modifier(bold | Modifier::UNDERLINED),
            linked: Style::new().fg(YELLOW).add_modifier(bold),
            kicker: Style::new().fg(AZURE),
            title: Style::new().add_modifier(bold),
            heading: Style::new().fg(YELLOW).add_modifier(bold),
            claim: Style::new().add_modifier(bold),
            body: Style::new(),
            quote_ref: Style::new().fg(PINK),
            // As bright as the body: the quotation is what the reader came for.
            quote: Style::new().add_modifier(Modifier::ITALIC),
            link: Style::new().fg(SKY),
            link_selected: Style::new().add_modifier(Modifier::REVERSED | bold),
            note: Style::new().fg(GREY_246),
            status: Style::new().fg(BLACK).bg(GREY_250),
            message: Style::new().fg(BLACK).bg(YELLOW),
            footer_key: Style::new().fg(CYAN).add_modifier(bold),
            footer_text: Style::new().fg(GREY_250),
            warning: Style::new().fg(YELLOW).add_modifier(bold),
            margin: Style::new().fg(GREY_246),
            passage_chosen: Style::new().fg(BLACK).bg(YELLOW).add_modifier(bold),
            passage_cited: Style::new().add_modifier(Modifier::UNDERLINED),
            matched: Style::new()
                .fg(YELLOW)
                .add_modifier(bold | Modifier::UNDERLINED),
            era: Style::new().fg(AZURE),
        }
    }

    /// Dark text on a white background the theme paints itself, so it reads the same on a
    /// terminal whose own background is dark.
    pub fn light() -> Self {
        let bold = Modifier::BOLD;
        Self {
            base: Style::new().fg(BLACK).bg(WHITE),
            tab: Style::new().fg(GREY_238),
            tab_active: Style::new().fg(WHITE).bg(NAVY).add_modifier(bold),
            border: Style::new().fg(GREY_244),
            border_focused: Style::new().fg(NAVY).add_modifier(bold),
            pane_title: Style::new().fg(GREY_238),
            item_dim: Style::new().fg(GREY_240),
            linked: Style::new().fg(CRIMSON).add_modifier(bold),
            kicker: Style::new().fg(NAVY),
            heading: Style::new().fg(PLUM).add_modifier(bold),
            quote_ref: Style::new().fg(PLUM),
            link: Style::new().fg(NAVY).add_modifier(Modifier::UNDERLINED),
            note: Style::new().fg(GREY_240),
            status: Style::new().fg(WHITE).bg(GREY_238),
            message: Style::new().fg(BLACK).bg(PALE_YELLOW),
            footer_key: Style::new().fg(NAVY).add_modifier(bold),
            footer_text: Style::new().fg(GREY_238),
            warning: Style::new().fg(CRIMSON).add_modifier(bold),
            margin: Style::new().fg(GREY_241),
            passage_chosen: Style::new().fg(BLACK).bg(PALE_YELLOW).add_modifier(bold),
            matched: Style::new()
                .fg(CRIMSON)
                .add_modifier(bold | Modifier::UNDERLINED),
            era: Style::new().fg(NAVY),
            ..Self::dark()
        }
    }

    /// For a washed-out projector: white on black, bold where it matters, and every state
    /// shown by reverse video, underline or a marker as well as by colour.
    pub fn high_contrast() -> Self {
        let bold = Modifier::BOLD;
        let white = Style::new().fg(WHITE).bg(BLACK);
        let strong = white.add_modifier(bold);
        let reversed = Style::new().fg(BLACK).bg(WHITE).add_modifier(bold);
        let yellow = Style::new().fg(BRIGHT_YELLOW).bg(BLACK).add_modifier(bold);
        Self {
            base: white,
            tab: white,
            tab_active: reversed,
            border: white,
            border_focused: yellow,
            pane_title: strong,
            item: white,
            item_dim: white,
            selected: reversed,
            selected_unfocused: strong.add_modifier(Modifier::UNDERLINED),
            linked: yellow,
            kicker: strong,
            title: strong.add_modifier(Modifier::UNDERLINED),
            heading: yellow,
            claim: strong,
            body: white,
            quote_ref: strong,
            quote: white.add_modifier(Modifier::ITALIC),
            link: strong.add_modifier(Modifier::UNDERLINED),
            link_selected: reversed,
            note: white,
            status: reversed,
            message: Style::new().fg(BLACK).bg(BRIGHT_YELLOW).add_modifier(bold),
            footer_key: strong,
            footer_text: white,
            margin: white,
            passage_chosen: Style::new().fg(BLACK).bg(BRIGHT_YELLOW).add_modifier(bold),
            passage_cited: white.add_modifier(Modifier::UNDERLINED),
            matched: yellow.add_modifier(Modifier::UNDERLINED),
            warning: yellow,
            era: strong,
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
            era: plain,
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

    /// Every style of the theme by name, for tests that check a property of all of them.
    pub fn named_styles(&self) -> [(&'static str, Style); 31] {
        [
            ("base", self.base),
            ("tab", self.tab),
            ("tab_active", self.tab_active),
            ("border", self.border),
            ("border_focused", self.border_focused),
            ("pane_title", self.pane_title),
            ("item", self.item),
            ("item_dim", self.item_dim),
            ("selected", self.selected),
            ("selected_unfocused", self.selected_unfocused),
            ("linked", self.linked),
            ("kicker", self.kicker),
            ("title", self.title),
            ("heading", self.heading),
            ("claim", self.claim),
            ("body", self.body),
            ("quote_ref", self.quote_ref),
            ("quote", self.quote),
            ("link", self.link),
            ("link_selected", self.link_selected),
            ("note", self.note),
            ("status", self.status),
            ("message", self.message),
            ("footer_key", self.footer_key),
            ("footer_text", self.footer_text),
            ("warning", self.warning),
            ("margin", self.margin),
            ("passage_chosen", self.passage_chosen),
            ("passage_cited", self.passage_cited),
            ("matched", self.matched),
            ("era", self.era),
        ]
    }

    /// Every style of the theme.
    pub fn styles(&self) -> [Style; 31] {
        self.named_styles().map(|(_, s)| s)
    }

    /// Styles that draw lines and marks rather than text: they need less contrast.
    pub const GRAPHICS: [&'static str; 2] = ["border", "border_focused"];

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
