//! Bindings several layers share, and the helpers the tables are written with.

use super::{Binding, Does, Hint, Key};
use crate::app::action::Action::{self, *};

pub(super) const fn bind(keys: &'static [Key], action: Action, help: &'static str) -> Binding {
    Binding {
        keys,
        does: Does::Act(action),
        help,
        hint: None,
    }
}

pub(super) const fn hinted(
    keys: &'static [Key],
    action: Action,
    help: &'static str,
    (hint_keys, what, rank): (&'static str, &'static str, u8),
) -> Binding {
    Binding {
        keys,
        does: Does::Act(action),
        help,
        hint: Some(Hint {
            keys: hint_keys,
            what,
            rank,
        }),
    }
}

/// The tab numbered `n` in the tab bar, which counts from 1.
fn tab_numbered(n: usize) -> Action {
    GoToTab(n.saturating_sub(1))
}

pub(super) const UP: &[Key] = &[Key::Up, Key::Char('k')];
pub(super) const DOWN: &[Key] = &[Key::Down, Key::Char('j')];
pub(super) const PAGE_UP: &[Key] = &[Key::PageUp];
pub(super) const PAGE_DOWN: &[Key] = &[Key::PageDown, Key::Char(' ')];
pub(super) const TOP: &[Key] = &[Key::Home, Key::Char('g')];
pub(super) const BOTTOM: &[Key] = &[Key::End, Key::Char('G')];
pub(super) const BACK: &[Key] = &[Key::Backspace, Key::Esc];

/// Moving through a list of items.
pub(super) static LIST_MOVES: &[Binding] = &[
    bind(UP, Up, "Move up the list"),
    hinted(DOWN, Down, "Move down the list", ("↑↓", "move", 0)),
    bind(PAGE_UP, PageUp, "Move up a page"),
    bind(PAGE_DOWN, PageDown, "Move down a page"),
    bind(TOP, Top, "Go to the first item"),
    bind(BOTTOM, Bottom, "Go to the last item"),
];

/// Moving through text with links in it: link by link, and line by line between links.
pub(super) static READ_MOVES: &[Binding] = &[
    bind(UP, Up, "Previous link, or scroll up a line"),
    hinted(
        DOWN,
        Down,
        "Next link, or scroll down a line",
        ("↑↓", "links", 0),
    ),
    bind(PAGE_UP, PageUp, "Scroll up a page"),
    bind(PAGE_DOWN, PageDown, "Scroll down a page"),
    bind(TOP, Top, "Go to the top and the first link"),
    bind(BOTTOM, Bottom, "Go to the end and the last link"),
];

/// Leaving for another tab, which closes any full view.
pub(super) static TABS: &[Binding] = &[
    hinted(&[Key::Tab], NextTab, "Next tab", ("Tab", "tabs", 8)),
    bind(&[Key::BackTab], PrevTab, "Previous tab"),
    Binding {
        keys: &[Key::Digit],
        does: Does::Digit(tab_numbered),
        help: "Go to tab by number",
        hint: None,
    },
];

/// Going back to where a link was followed from.
pub(super) static BACK_KEYS: &[Binding] = &[hinted(
    BACK,
    Back,
    "Go back to where you were",
    ("Bksp", "back", 2),
)];

/// Retracing a step gone back.
pub(super) static FORWARD: &[Binding] = &[bind(
    &[Key::Char(']')],
    Forward,
    "Go forward again to where you went back from",
)];

/// Searching, and stepping through the last search's results. The help names everything the
/// search looks in, because a reader who thinks it only covers the lists will not look for a
/// name that is only in the article; how to write a query is set out under it (see
/// [`super::QUERY_SYNTAX`]).
pub(super) static SEARCHING: &[Binding] = &[
    hinted(
        &[Key::Char('/')],
        Search,
        "Search points, passages, events and dates, the article and About (see Writing a search)",
        ("/", "search", 3),
    ),
    bind(
        &[Key::Char('n')],
        SearchNext,
        "Go to the next search result",
    ),
    bind(
        &[Key::Char('N')],
        SearchPrev,
        "Go to the previous search result",
    ),
];

/// Finding words in the source article, as `less` does, and stepping through them: there `/`
/// looks only in the text on screen, so its help must not promise the whole pack.
pub(super) static FINDING: &[Binding] = &[
    hinted(
        &[Key::Char('/')],
        Search,
        "Find words in the article, as less does: every occurrence marked and counted",
        ("/", "find", 3),
    ),
    bind(
        &[Key::Char('n')],
        SearchNext,
        "Go to the next occurrence (after a search elsewhere: its next result)",
    ),
    bind(
        &[Key::Char('N')],
        SearchPrev,
        "Go to the previous occurrence (or search result)",
    ),
];

/// The argument map, from wherever the reader is reading.
pub(super) static OPEN_MAP: &[Binding] = &[hinted(
    &[Key::Char('m')],
    ToggleMap,
    "Show the argument map",
    ("m", "map", 5),
)];

/// The ways out of the tabs into other views.
pub(super) static EXPLORE: &[Binding] = &[
    hinted(
        &[Key::Char('s')],
        ToggleSource,
        "Show the source article at the selected passage",
        ("s", "source", 4),
    ),
    hinted(
        &[Key::Char('f')],
        Filter,
        "Filter lists, timeline and map by a tag (or clear the filter)",
        ("f", "filter", 10),
    ),
    bind(
        &[Key::Char('p')],
        TogglePresent,
        "Presentation mode from the selected point",
    ),
];

/// Pages and settings, and leaving.
pub(super) static APP: &[Binding] = &[
    hinted(
        &[Key::Char('?')],
        ToggleHelp,
        "Show the keys of this place",
        ("?", "help", 6),
    ),
    bind(
        &[Key::Char('i')],
        ToggleAbout,
        "About the article: authors, date, source",
    ),
    bind(
        &[Key::Char('c')],
        CycleTheme,
        "Next colour scheme: dark, light, high contrast, mono",
    ),
    bind(
        &[Key::Char('M')],
        ToggleMouse,
        "Give the mouse to the terminal, so its own selection works (again: take it back)",
    ),
    hinted(&[Key::Char('q')], Quit, "Quit arglens", ("q", "quit", 7)),
];

/// Copying the selected quotation.
pub(super) static COPY: &[Binding] = &[hinted(
    &[Key::Char('y')],
    Copy,
    "Copy the selected quotation with its source to the clipboard",
    ("y", "copy", 12),
)];

/// Moving between the panes of a tab.
pub(super) static PANES: &[Binding] = &[
    bind(
        &[Key::Left, Key::Char('h')],
        FocusLeft,
        "Focus the pane on the left",
    ),
    hinted(
        &[Key::Right, Key::Char('l')],
        FocusRight,
        "Focus the pane on the right",
        ("←→", "panes", 9),
    ),
    hinted(
        &[Key::Char('t')],
        ToggleTimeline,
        "Show or hide the timeline pane",
        ("t", "timeline", 11),
    ),
];
