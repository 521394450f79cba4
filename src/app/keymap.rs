//! The key bindings, as data. The help overlay, the footer hints and the README's key table all
//! read this one table, so they cannot disagree with what the keys do.

use super::action::Action;

/// A key as the keymap names it, independent of the terminal library.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Key {
    Char(char),
    /// Any of the digits 1 to 9; the binding's action receives the digit.
    Digit,
    Ctrl(char),
    Up,
    Down,
    Left,
    Right,
    PageUp,
    PageDown,
    Home,
    End,
    Enter,
    Esc,
    Backspace,
    Tab,
    BackTab,
}

impl Key {
    /// How help screens write the key.
    pub fn label(self) -> String {
        match self {
            Self::Char(' ') => "Space".into(),
            Self::Char(c) => c.to_string(),
            Self::Digit => "1–9".into(),
            Self::Ctrl(c) => format!("Ctrl-{}", c.to_ascii_uppercase()),
            Self::Up => "↑".into(),
            Self::Down => "↓".into(),
            Self::Left => "←".into(),
            Self::Right => "→".into(),
            Self::PageUp => "PgUp".into(),
            Self::PageDown => "PgDn".into(),
            Self::Home => "Home".into(),
            Self::End => "End".into(),
            Self::Enter => "Enter".into(),
            Self::Esc => "Esc".into(),
            Self::Backspace => "Backspace".into(),
            Self::Tab => "Tab".into(),
            Self::BackTab => "Shift-Tab".into(),
        }
    }
}

/// One row of the keymap.
#[derive(Debug, Clone, Copy)]
pub struct Binding {
    pub keys: &'static [Key],
    pub action: Action,
    /// What the binding does, for the help overlay.
    pub description: &'static str,
    /// A short hint for the footer, for the bindings worth showing there.
    pub footer: Option<(&'static str, &'static str)>,
}

/// Every binding, in the order help lists them.
pub const KEYMAP: &[Binding] = &[
    Binding {
        keys: &[Key::Up, Key::Char('k')],
        action: Action::Up,
        description: "Move up (previous item or link)",
        footer: None,
    },
    Binding {
        keys: &[Key::Down, Key::Char('j')],
        action: Action::Down,
        description: "Move down (next item or link)",
        footer: Some(("↑↓", "move")),
    },
    Binding {
        keys: &[Key::PageUp],
        action: Action::PageUp,
        description: "Scroll up a page",
        footer: None,
    },
    Binding {
        keys: &[Key::PageDown],
        action: Action::PageDown,
        description: "Scroll down a page",
        footer: None,
    },
    Binding {
        keys: &[Key::Home, Key::Char('g')],
        action: Action::Top,
        description: "Go to the first item",
        footer: None,
    },
    Binding {
        keys: &[Key::End, Key::Char('G')],
        action: Action::Bottom,
        description: "Go to the last item",
        footer: None,
    },
    Binding {
        keys: &[Key::Tab],
        action: Action::NextTab,
        description: "Next tab",
        footer: Some(("Tab", "tabs")),
    },
    Binding {
        keys: &[Key::BackTab],
        action: Action::PrevTab,
        description: "Previous tab",
        footer: None,
    },
    Binding {
        keys: &[Key::Digit],
        action: Action::GoToTab(0),
        description: "Go to tab by number",
        footer: None,
    },
    Binding {
        keys: &[Key::Left, Key::Char('h')],
        action: Action::FocusLeft,
        description: "Focus the pane on the left",
        footer: None,
    },
    Binding {
        keys: &[Key::Right, Key::Char('l')],
        action: Action::FocusRight,
        description: "Focus the pane on the right",
        footer: Some(("←→", "panes")),
    },
    Binding {
        keys: &[Key::Enter],
        action: Action::Activate,
        description: "Open the item or follow the link",
        footer: Some(("Enter", "open")),
    },
    Binding {
        keys: &[Key::Backspace, Key::Esc],
        action: Action::Back,
        description: "Close the overlay, or go back to where you were",
        footer: Some(("Bksp", "back")),
    },
    Binding {
        keys: &[Key::Char(']')],
        action: Action::Forward,
        description: "Go forward again to where you went back from",
        footer: None,
    },
    Binding {
        keys: &[Key::Char('t')],
        action: Action::ToggleTimeline,
        description: "Show or hide the timeline pane",
        footer: Some(("t", "timeline")),
    },
    Binding {
        keys: &[Key::Char('?')],
        action: Action::ToggleHelp,
        description: "Show or hide this help",
        footer: Some(("?", "help")),
    },
    Binding {
        keys: &[Key::Char('i')],
        action: Action::ToggleAbout,
        description: "About the article: authors, date, source",
        footer: None,
    },
    Binding {
        keys: &[Key::Char('p')],
        action: Action::TogglePresent,
        description: "Presentation mode from the selected point (q leaves it)",
        footer: None,
    },
    Binding {
        keys: &[Key::Char(' ')],
        action: Action::NextStep,
        description: "Presentation: reveal the next step (→ too; ← or Backspace steps back)",
        footer: None,
    },
    Binding {
        keys: &[Key::Char('n')],
        action: Action::ToggleNotes,
        description: "Presentation: show or hide the teacher's notes",
        footer: None,
    },
    Binding {
        keys: &[Key::Char('c')],
        action: Action::CycleTheme,
        description: "Next colour scheme: dark, light, high contrast, mono",
        footer: None,
    },
    Binding {
        keys: &[Key::Char('q')],
        action: Action::Quit,
        description: "Quit (in presentation mode: back to the explorer)",
        footer: Some(("q", "quit")),
    },
    Binding {
        keys: &[Key::Ctrl('c')],
        action: Action::Interrupt,
        description: "Quit at once, from anywhere",
        footer: None,
    },
];

/// The action bound to `key`, if any.
pub fn action_for(key: Key) -> Option<Action> {
    if let Key::Char(c @ '1'..='9') = key {
        let n = c.to_digit(10).unwrap_or(1) as usize;
        return Some(Action::GoToTab(n - 1));
    }
    KEYMAP
        .iter()
        .find(|b| b.keys.contains(&key))
        .map(|b| b.action)
}

/// The keys of a binding as help writes them: "↑ / k".
pub fn keys_label(binding: &Binding) -> String {
    binding
        .keys
        .iter()
        .map(|k| k.label())
        .collect::<Vec<_>>()
        .join(" / ")
}

/// The keymap as a Markdown table body, one row per binding, for the README (a test keeps the
/// README in step with this table).
pub fn markdown_rows() -> String {
    KEYMAP
        .iter()
        .map(|b| {
            let keys: Vec<String> = b.keys.iter().map(|k| format!("`{}`", k.label())).collect();
            format!("| {} | {} |\n", keys.join(" "), b.description)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_binding_has_a_description_and_keys() {
        for b in KEYMAP {
            assert!(!b.keys.is_empty());
            assert!(!b.description.is_empty());
        }
    }

    #[test]
    fn no_key_is_bound_twice() {
        let mut seen = Vec::new();
        for b in KEYMAP {
            for k in b.keys {
                assert!(!seen.contains(k), "{k:?} is bound twice");
                seen.push(*k);
            }
        }
    }

    #[test]
    fn keys_from_the_brief_are_bound() {
        assert_eq!(action_for(Key::Char('j')), Some(Action::Down));
        assert_eq!(action_for(Key::Up), Some(Action::Up));
        assert_eq!(action_for(Key::Char('G')), Some(Action::Bottom));
        assert_eq!(action_for(Key::Char('3')), Some(Action::GoToTab(2)));
        assert_eq!(action_for(Key::BackTab), Some(Action::PrevTab));
        assert_eq!(action_for(Key::Char('l')), Some(Action::FocusRight));
        assert_eq!(action_for(Key::Esc), Some(Action::Back));
        assert_eq!(action_for(Key::Ctrl('c')), Some(Action::Interrupt));
        assert_eq!(action_for(Key::Char(' ')), Some(Action::NextStep));
        assert_eq!(action_for(Key::Char('t')), Some(Action::ToggleTimeline));
        assert_eq!(action_for(Key::Char('x')), None);
    }
}
