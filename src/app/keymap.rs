//! The key bindings, as data. The help overlay, the footer hints and the README's key table all
//! read this one table, so they cannot disagree with what the keys do.

use super::action::Action;

/// A key as the keymap names it, independent of the terminal library.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Key {
    Char(char),
    /// Any printable character, typed into the search box; the action receives it.
    Text,
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
            Self::Text => "text".into(),
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

/// Where a binding applies. A binding of the current context wins over one that applies
/// everywhere, so the search box can take letters and the deck can give `n` its own meaning.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Context {
    Everywhere,
    /// The tabs, the source view and the map.
    Explorer,
    Presentation,
    /// While the search box is open.
    SearchBox,
}

/// One row of the keymap.
#[derive(Debug, Clone, Copy)]
pub struct Binding {
    pub keys: &'static [Key],
    pub action: Action,
    pub context: Context,
    /// What the binding does, for the help overlay.
    pub description: &'static str,
    /// A short hint for the footer, for the bindings worth showing there.
    pub footer: Option<(&'static str, &'static str)>,
}

/// Every binding, in the order help lists them.
pub const KEYMAP: &[Binding] = &[
    Binding {
        keys: &[Key::Up, Key::Char('k')],
        context: Context::Everywhere,
        action: Action::Up,
        description: "Move up (previous item or link)",
        footer: None,
    },
    Binding {
        keys: &[Key::Down, Key::Char('j')],
        context: Context::Everywhere,
        action: Action::Down,
        description: "Move down (next item or link)",
        footer: Some(("↑↓", "move")),
    },
    Binding {
        keys: &[Key::PageUp],
        context: Context::Everywhere,
        action: Action::PageUp,
        description: "Scroll up a page",
        footer: None,
    },
    Binding {
        keys: &[Key::PageDown],
        context: Context::Everywhere,
        action: Action::PageDown,
        description: "Scroll down a page",
        footer: None,
    },
    Binding {
        keys: &[Key::Home, Key::Char('g')],
        context: Context::Everywhere,
        action: Action::Top,
        description: "Go to the first item",
        footer: None,
    },
    Binding {
        keys: &[Key::End, Key::Char('G')],
        context: Context::Everywhere,
        action: Action::Bottom,
        description: "Go to the last item",
        footer: None,
    },
    Binding {
        keys: &[Key::Tab],
        context: Context::Everywhere,
        action: Action::NextTab,
        description: "Next tab",
        footer: Some(("Tab", "tabs")),
    },
    Binding {
        keys: &[Key::BackTab],
        context: Context::Everywhere,
        action: Action::PrevTab,
        description: "Previous tab",
        footer: None,
    },
    Binding {
        keys: &[Key::Digit],
        context: Context::Everywhere,
        action: Action::GoToTab(0),
        description: "Go to tab by number",
        footer: None,
    },
    Binding {
        keys: &[Key::Left, Key::Char('h')],
        context: Context::Everywhere,
        action: Action::FocusLeft,
        description: "Focus the pane on the left",
        footer: None,
    },
    Binding {
        keys: &[Key::Right, Key::Char('l')],
        context: Context::Everywhere,
        action: Action::FocusRight,
        description: "Focus the pane on the right",
        footer: Some(("←→", "panes")),
    },
    Binding {
        keys: &[Key::Enter],
        context: Context::Everywhere,
        action: Action::Activate,
        description: "Open the item or follow the link",
        footer: Some(("Enter", "open")),
    },
    Binding {
        keys: &[Key::Backspace, Key::Esc],
        context: Context::Everywhere,
        action: Action::Back,
        description: "Close the overlay, or go back to where you were",
        footer: Some(("Bksp", "back")),
    },
    Binding {
        keys: &[Key::Char(']')],
        context: Context::Everywhere,
        action: Action::Forward,
        description: "Go forward again to where you went back from",
        footer: None,
    },
    Binding {
        keys: &[Key::Char('s')],
        context: Context::Explorer,
        action: Action::ToggleSource,
        description: "Show the source article at the selected passage (again: go back)",
        footer: Some(("s", "source")),
    },
    Binding {
        keys: &[Key::Char('m')],
        context: Context::Explorer,
        action: Action::ToggleMap,
        description: "Show the argument map (again: go back)",
        footer: Some(("m", "map")),
    },
    Binding {
        keys: &[Key::Char('/')],
        context: Context::Explorer,
        action: Action::Search,
        description: "Search points, passages and events",
        footer: Some(("/", "search")),
    },
    Binding {
        keys: &[Key::Char('n')],
        context: Context::Explorer,
        action: Action::SearchNext,
        description: "Go to the next search result",
        footer: None,
    },
    Binding {
        keys: &[Key::Char('N')],
        context: Context::Explorer,
        action: Action::SearchPrev,
        description: "Go to the previous search result",
        footer: None,
    },
    Binding {
        keys: &[Key::Text],
        context: Context::SearchBox,
        action: Action::Type(' '),
        description: "Search box: type to search; Enter goes to the result, Esc cancels",
        footer: None,
    },
    Binding {
        keys: &[Key::Backspace],
        context: Context::SearchBox,
        action: Action::Erase,
        description: "Search box: erase the last character",
        footer: None,
    },
    Binding {
        keys: &[Key::Char('f')],
        context: Context::Explorer,
        action: Action::Filter,
        description: "Filter lists, timeline and map by a tag (or clear the filter)",
        footer: Some(("f", "filter")),
    },
    Binding {
        keys: &[Key::Char('t')],
        context: Context::Everywhere,
        action: Action::ToggleTimeline,
        description: "Show or hide the timeline pane",
        footer: Some(("t", "timeline")),
    },
    Binding {
        keys: &[Key::Char('?')],
        context: Context::Everywhere,
        action: Action::ToggleHelp,
        description: "Show or hide this help",
        footer: Some(("?", "help")),
    },
    Binding {
        keys: &[Key::Char('i')],
        context: Context::Everywhere,
        action: Action::ToggleAbout,
        description: "About the article: authors, date, source",
        footer: None,
    },
    Binding {
        keys: &[Key::Char('p')],
        context: Context::Everywhere,
        action: Action::TogglePresent,
        description: "Presentation mode from the selected point (q leaves it)",
        footer: None,
    },
    Binding {
        keys: &[Key::Char(' ')],
        context: Context::Everywhere,
        action: Action::NextStep,
        description: "Presentation: reveal the next step (→ too; ← or Backspace steps back)",
        footer: None,
    },
    Binding {
        keys: &[Key::Char('n')],
        context: Context::Presentation,
        action: Action::ToggleNotes,
        description: "Presentation: show or hide the teacher's notes",
        footer: None,
    },
    Binding {
        keys: &[Key::Char('c')],
        context: Context::Everywhere,
        action: Action::CycleTheme,
        description: "Next colour scheme: dark, light, high contrast, mono",
        footer: None,
    },
    Binding {
        keys: &[Key::Char('q')],
        context: Context::Everywhere,
        action: Action::Quit,
        description: "Quit (in presentation mode: back to the explorer)",
        footer: Some(("q", "quit")),
    },
    Binding {
        keys: &[Key::Ctrl('c')],
        context: Context::Everywhere,
        action: Action::Interrupt,
        description: "Quit at once, from anywhere",
        footer: None,
    },
];

/// The order footer hints are shown in, most needed first: a narrow footer keeps the first
/// ones that fit, so help and quit come before the keys the help lists anyway.
pub const FOOTER_ORDER: &[Action] = &[
    Action::Down,
    Action::Activate,
    Action::Back,
    Action::Search,
    Action::ToggleSource,
    Action::ToggleMap,
    Action::ToggleHelp,
    Action::Quit,
    Action::NextTab,
    Action::FocusRight,
    Action::Filter,
    Action::ToggleTimeline,
];

/// The footer hints, in [`FOOTER_ORDER`].
pub fn footer_hints() -> impl Iterator<Item = (&'static str, &'static str)> {
    FOOTER_ORDER.iter().filter_map(|a| {
        KEYMAP
            .iter()
            .find(|b| b.action == *a && b.context != Context::SearchBox)
            .and_then(|b| b.footer)
    })
}

/// The action bound to `key` in `context`, if any.
pub fn action_for(context: Context, key: Key) -> Option<Action> {
    match key {
        Key::Char(c) if context == Context::SearchBox => return Some(Action::Type(c)),
        Key::Char(c @ '1'..='9') => {
            let n = c.to_digit(10).unwrap_or(1) as usize;
            return Some(Action::GoToTab(n - 1));
        }
        _ => {}
    }
    let find = |ctx: Context| {
        KEYMAP
            .iter()
            .find(|b| b.context == ctx && b.keys.contains(&key))
            .map(|b| b.action)
    };
    find(context).or_else(|| find(Context::Everywhere))
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
    fn no_key_is_bound_twice_in_one_context() {
        let mut seen = Vec::new();
        for b in KEYMAP {
            for k in b.keys {
                assert!(!seen.contains(&(b.context, *k)), "{k:?} is bound twice");
                seen.push((b.context, *k));
            }
        }
    }

    #[test]
    fn every_footer_hint_is_shown_in_some_order() {
        let with_footer = KEYMAP.iter().filter(|b| b.footer.is_some()).count();
        assert_eq!(footer_hints().count(), with_footer);
    }

    #[test]
    fn contexts_give_keys_their_own_meaning() {
        use Context::*;
        assert_eq!(
            action_for(Explorer, Key::Char('n')),
            Some(Action::SearchNext)
        );
        assert_eq!(
            action_for(Presentation, Key::Char('n')),
            Some(Action::ToggleNotes)
        );
        assert_eq!(action_for(Presentation, Key::Char('/')), None);
        assert_eq!(
            action_for(SearchBox, Key::Char('q')),
            Some(Action::Type('q'))
        );
        assert_eq!(
            action_for(SearchBox, Key::Char('3')),
            Some(Action::Type('3'))
        );
        assert_eq!(action_for(SearchBox, Key::Backspace), Some(Action::Erase));
        assert_eq!(action_for(SearchBox, Key::Esc), Some(Action::Back));
        assert_eq!(action_for(SearchBox, Key::Enter), Some(Action::Activate));
        assert_eq!(
            action_for(SearchBox, Key::Ctrl('c')),
            Some(Action::Interrupt)
        );
        assert_eq!(action_for(Explorer, Key::Backspace), Some(Action::Back));
    }

    #[test]
    fn keys_from_the_brief_are_bound() {
        assert_eq!(
            action_for(Context::Explorer, Key::Char('j')),
            Some(Action::Down)
        );
        assert_eq!(action_for(Context::Explorer, Key::Up), Some(Action::Up));
        assert_eq!(
            action_for(Context::Explorer, Key::Char('G')),
            Some(Action::Bottom)
        );
        assert_eq!(
            action_for(Context::Explorer, Key::Char('3')),
            Some(Action::GoToTab(2))
        );
        assert_eq!(
            action_for(Context::Explorer, Key::BackTab),
            Some(Action::PrevTab)
        );
        assert_eq!(
            action_for(Context::Explorer, Key::Char('l')),
            Some(Action::FocusRight)
        );
        assert_eq!(action_for(Context::Explorer, Key::Esc), Some(Action::Back));
        assert_eq!(
            action_for(Context::Explorer, Key::Ctrl('c')),
            Some(Action::Interrupt)
        );
        assert_eq!(
            action_for(Context::Explorer, Key::Char(' ')),
            Some(Action::NextStep)
        );
        assert_eq!(
            action_for(Context::Explorer, Key::Char('t')),
            Some(Action::ToggleTimeline)
        );
        assert_eq!(action_for(Context::Explorer, Key::Char('x')), None);
    }
}
