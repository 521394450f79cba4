//! Which colour scheme the reader chose. The state only names it; `ui::theme` owns the styles.

/// A colour scheme, by name.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum ThemeName {
    /// Light text on the terminal's own dark background.
    #[default]
    Dark,
    /// Dark text for terminals with a light background.
    Light,
    /// White on black, bold, for washed-out projectors; nothing is told by colour alone.
    HighContrast,
    /// No colour at all, only bold, underline and reverse video (also what `NO_COLOR` picks).
    Mono,
}

impl ThemeName {
    pub const ALL: [Self; 4] = [Self::Dark, Self::Light, Self::HighContrast, Self::Mono];

    /// The name `--theme` takes.
    pub fn name(self) -> &'static str {
        match self {
            Self::Dark => "dark",
            Self::Light => "light",
            Self::HighContrast => "high-contrast",
            Self::Mono => "mono",
        }
    }

    /// The next scheme, for the key that cycles through them.
    pub fn next(self) -> Self {
        match self {
            Self::Dark => Self::Light,
            Self::Light => Self::HighContrast,
            Self::HighContrast => Self::Mono,
            Self::Mono => Self::Dark,
        }
    }
}

impl std::str::FromStr for ThemeName {
    type Err = String;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Self::ALL
            .into_iter()
            .find(|t| t.name() == s)
            .ok_or_else(|| "expected one of: dark, light, high-contrast, mono".to_string())
    }
}
