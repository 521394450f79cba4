#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    clippy::panic
)]
//! Every theme readable on a projector: each text style meets WCAG AA contrast (4.5:1, and
//! 7:1 in the high-contrast theme) against the background it is drawn on, and borders 3:1
//! (WCAG 1.4.11). The 16 basic colours differ between terminals, so each is judged by its
//! worst case over the xterm, GNOME (Tango) and Windows Terminal (Campbell) palettes; the
//! 256-colour palette's upper indices are the same everywhere. A colour on the terminal's own
//! background is judged on black, and dim text counts as halfway to its background.

use arglens::app::ThemeName;
use arglens::ui::Theme;
use ratatui::style::{Color, Modifier, Style};

type Rgb = (u8, u8, u8);

/// The 16 basic colours in three terminals' default palettes.
const XTERM: [Rgb; 16] = [
    (0, 0, 0),
    (205, 0, 0),
    (0, 205, 0),
    (205, 205, 0),
    (0, 0, 238),
    (205, 0, 205),
    (0, 205, 205),
    (229, 229, 229),
    (127, 127, 127),
    (255, 0, 0),
    (0, 255, 0),
    (255, 255, 0),
    (92, 92, 255),
    (255, 0, 255),
    (0, 255, 255),
    (255, 255, 255),
];
const TANGO: [Rgb; 16] = [
    (0x2e, 0x34, 0x36),
    (0xcc, 0, 0),
    (0x4e, 0x9a, 0x06),
    (0xc4, 0xa0, 0),
    (0x34, 0x65, 0xa4),
    (0x75, 0x50, 0x7b),
    (0x06, 0x98, 0x9a),
    (0xd3, 0xd7, 0xcf),
    (0x55, 0x57, 0x53),
    (0xef, 0x29, 0x29),
    (0x8a, 0xe2, 0x34),
    (0xfc, 0xe9, 0x4f),
    (0x72, 0x9f, 0xcf),
    (0xad, 0x7f, 0xa8),
    (0x34, 0xe2, 0xe2),
    (0xee, 0xee, 0xec),
];
const CAMPBELL: [Rgb; 16] = [
    (0x0c, 0x0c, 0x0c),
    (0xc5, 0x0f, 0x1f),
    (0x13, 0xa1, 0x0e),
    (0xc1, 0x9c, 0),
    (0, 0x37, 0xda),
    (0x88, 0x17, 0x98),
    (0x3a, 0x96, 0xdd),
    (0xcc, 0xcc, 0xcc),
    (0x76, 0x76, 0x76),
    (0xe7, 0x48, 0x56),
    (0x16, 0xc6, 0x0c),
    (0xf9, 0xf1, 0xa5),
    (0x3b, 0x78, 0xff),
    (0xb4, 0x00, 0x9e),
    (0x61, 0xd6, 0xd6),
    (0xf2, 0xf2, 0xf2),
];

/// The RGB a colour may show as: one value, or one per palette for the basic colours. `None`
/// is the terminal's own colour for text or background.
fn shades(c: Option<Color>, background: bool) -> Vec<Rgb> {
    let basic = |i: usize| vec![XTERM[i], TANGO[i], CAMPBELL[i]];
    match c {
        // Judged as light text on black, the dark themes' assumption.
        None | Some(Color::Reset) if background => vec![(0, 0, 0)],
        None | Some(Color::Reset) => basic(7),
        Some(Color::Rgb(r, g, b)) => vec![(r, g, b)],
        Some(Color::Indexed(i)) if i < 16 => basic(usize::from(i)),
        Some(Color::Indexed(i)) if i >= 232 => {
            let v = 8 + 10 * (i - 232);
            vec![(v, v, v)]
        }
        Some(Color::Indexed(i)) => {
            let level = |n: u8| if n == 0 { 0 } else { 55 + 40 * n };
            let n = i - 16;
            vec![(level(n / 36), level(n / 6 % 6), level(n % 6))]
        }
        Some(named) => {
            let order = [
                Color::Black,
                Color::Red,
                Color::Green,
                Color::Yellow,
                Color::Blue,
                Color::Magenta,
                Color::Cyan,
                Color::Gray,
                Color::DarkGray,
                Color::LightRed,
                Color::LightGreen,
                Color::LightYellow,
                Color::LightBlue,
                Color::LightMagenta,
                Color::LightCyan,
                Color::White,
            ];
            basic(order.iter().position(|o| *o == named).unwrap())
        }
    }
}

fn luminance((r, g, b): Rgb) -> f64 {
    let lin = |c: u8| {
        let c = f64::from(c) / 255.0;
        if c <= 0.039_28 {
            c / 12.92
        } else {
            ((c + 0.055) / 1.055).powf(2.4)
        }
    };
    0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b)
}

fn contrast(a: Rgb, b: Rgb) -> f64 {
    let (la, lb) = (luminance(a), luminance(b));
    (la.max(lb) + 0.05) / (la.min(lb) + 0.05)
}

fn halfway(a: Rgb, b: Rgb) -> Rgb {
    let mid = |x: u8, y: u8| u8::try_from((u16::from(x) + u16::from(y)) / 2).unwrap();
    (mid(a.0, b.0), mid(a.1, b.1), mid(a.2, b.2))
}

/// The lowest contrast `style` can have, drawn over the theme's `base`.
fn worst_contrast(style: Style, base: Style) -> f64 {
    let mut fgs = shades(style.fg.or(base.fg), false);
    let mut bgs = shades(style.bg.or(base.bg), true);
    if style.add_modifier.contains(Modifier::REVERSED) {
        std::mem::swap(&mut fgs, &mut bgs);
    }
    let dim = style.add_modifier.contains(Modifier::DIM);
    let mut worst = f64::MAX;
    for f in &fgs {
        for b in &bgs {
            let f = if dim { halfway(*f, *b) } else { *f };
            worst = worst.min(contrast(f, *b));
        }
    }
    worst
}

#[test]
fn every_style_of_every_colour_theme_is_readable() {
    for name in [ThemeName::Dark, ThemeName::Light, ThemeName::HighContrast] {
        let theme = Theme::named(name);
        let text_needs = if name == ThemeName::HighContrast {
            7.0
        } else {
            4.5
        };
        for (role, style) in theme.named_styles() {
            let needs = if Theme::GRAPHICS.contains(&role) {
                3.0
            } else {
                text_needs
            };
            let got = worst_contrast(style, theme.base);
            assert!(got >= needs, "{name:?} {role}: contrast {got:.2} < {needs}");
        }
    }
}

#[test]
fn the_light_theme_paints_its_own_background() {
    assert!(Theme::light().base.bg.is_some());
    assert!(Theme::light().base.fg.is_some());
}

#[test]
fn the_judge_fails_what_it_should() {
    // Dark grey on the terminal's black fails in GNOME's palette, where it is #555753.
    let grey = Style::new().fg(Color::DarkGray);
    assert!(worst_contrast(grey, Style::new()) < 4.5);
    // Dim white on black is halfway grey.
    let dim = Style::new()
        .fg(Color::Indexed(231))
        .add_modifier(Modifier::DIM);
    assert!(worst_contrast(dim, Style::new()) < contrast((255, 255, 255), (0, 0, 0)));
    assert!((contrast((255, 255, 255), (0, 0, 0)) - 21.0).abs() < 0.01);
}
