//! The tables. Groups of bindings shared by several layers are written once and listed in
//! each layer that has them; a layer is exactly the groups it names.

use super::{Binding, Does, Hint, Key, Layer};
use crate::app::action::Action::{self, *};

const fn bind(keys: &'static [Key], action: Action, help: &'static str) -> Binding {
    Binding {
        keys,
        does: Does::Act(action),
        help,
        hint: None,
    }
}

const fn hinted(
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

const UP: &[Key] = &[Key::Up, Key::Char('k')];
const DOWN: &[Key] = &[Key::Down, Key::Char('j')];
const PAGE_UP: &[Key] = &[Key::PageUp];
const PAGE_DOWN: &[Key] = &[Key::PageDown, Key::Char(' ')];
const TOP: &[Key] = &[Key::Home, Key::Char('g')];
const BOTTOM: &[Key] = &[Key::End, Key::Char('G')];
const BACK: &[Key] = &[Key::Backspace, Key::Esc];

/// Moving through a list of items.
static LIST_MOVES: &[Binding] = &[
    bind(UP, Up, "Move up the list"),
    hinted(DOWN, Down, "Move down the list", ("↑↓", "move", 0)),
    bind(PAGE_UP, PageUp, "Move up a page"),
    bind(PAGE_DOWN, PageDown, "Move down a page"),
    bind(TOP, Top, "Go to the first item"),
    bind(BOTTOM, Bottom, "Go to the last item"),
];

/// Moving through text with links in it: link by link, and line by line between links.
static READ_MOVES: &[Binding] = &[
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
static TABS: &[Binding] = &[
    hinted(&[Key::Tab], NextTab, "Next tab", ("Tab", "tabs", 8)),
    bind(&[Key::BackTab], PrevTab, "Previous tab"),
    Binding {
        keys: &[Key::Digit],
        does: Does::Digit(GoToTab),
        help: "Go to tab by number",
        hint: None,
    },
];

/// Following links and retracing them.
static HISTORY: &[Binding] = &[
    hinted(BACK, Back, "Go back to where you were", ("Bksp", "back", 2)),
    bind(
        &[Key::Char(']')],
        Forward,
        "Go forward again to where you went back from",
    ),
];

/// The ways out of the tabs into other views, and the search results.
static EXPLORE: &[Binding] = &[
    hinted(
        &[Key::Char('s')],
        ToggleSource,
        "Show the source article at the selected passage",
        ("s", "source", 4),
    ),
    hinted(
        &[Key::Char('m')],
        ToggleMap,
        "Show the argument map",
        ("m", "map", 5),
    ),
    hinted(
        &[Key::Char('/')],
        Search,
        "Search points, passages and events",
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
static APP: &[Binding] = &[
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
    hinted(&[Key::Char('q')], Quit, "Quit arglens", ("q", "quit", 7)),
];

/// Moving between the panes of a tab.
static PANES: &[Binding] = &[
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

static LIST: &[Binding] = &[hinted(
    &[Key::Enter],
    Activate,
    "Open the selected point, or the points citing the selected event",
    ("Enter", "open", 1),
)];

static DETAIL: &[Binding] = &[hinted(
    &[Key::Enter],
    Activate,
    "Follow the selected link: a passage to the source, an event to the timeline",
    ("Enter", "follow", 1),
)];

static SOURCE: &[Binding] = &[
    hinted(
        &[Key::Enter],
        Activate,
        "List the points citing the selected quotation",
        ("Enter", "cited by", 1),
    ),
    hinted(
        &[Key::Char('s'), Key::Backspace, Key::Esc],
        Back,
        "Go back to where the source was opened from",
        ("s", "back", 2),
    ),
    bind(
        &[Key::Char(']')],
        Forward,
        "Go forward again to where you went back from",
    ),
    hinted(
        &[Key::Char('m')],
        ToggleMap,
        "Show the argument map",
        ("m", "map", 5),
    ),
    hinted(
        &[Key::Char('/')],
        Search,
        "Search points, passages and events",
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

static MAP: &[Binding] = &[
    bind(&[Key::Left, Key::Char('h')], Collapse, "Fold the section"),
    hinted(
        &[Key::Right, Key::Char('l')],
        Expand,
        "Unfold the section",
        ("←→", "fold", 4),
    ),
    hinted(
        &[Key::Enter],
        Activate,
        "Open the selected point, or fold or unfold the selected section",
        ("Enter", "open", 1),
    ),
    hinted(
        &[Key::Char('m'), Key::Backspace, Key::Esc],
        Back,
        "Go back to where the map was opened from",
        ("m", "back", 2),
    ),
    bind(
        &[Key::Char(']')],
        Forward,
        "Go forward again to where you went back from",
    ),
    hinted(
        &[Key::Char('/')],
        Search,
        "Search points, passages and events",
        ("/", "search", 3),
    ),
    hinted(
        &[Key::Char('f')],
        Filter,
        "Filter the map by a tag (or clear the filter)",
        ("f", "filter", 10),
    ),
];

static SEARCH_BOX: &[Binding] = &[
    Binding {
        keys: &[Key::Text],
        does: Does::Text(Type),
        help: "Type to search",
        hint: None,
    },
    bind(&[Key::Backspace], Erase, "Erase the last character"),
    hinted(&[Key::Up], Up, "Previous result", ("↑↓", "choose", 0)),
    bind(&[Key::Down], Down, "Next result"),
    bind(&[Key::PageUp], PageUp, "Up a page of results"),
    bind(&[Key::PageDown], PageDown, "Down a page of results"),
    hinted(
        &[Key::Enter],
        Activate,
        "Go to the selected result",
        ("Enter", "go", 1),
    ),
    hinted(
        &[Key::Esc],
        Back,
        "Close the search box",
        ("Esc", "cancel", 2),
    ),
];

/// Choosing from a short list over the tabs.
static PICK: &[Binding] = &[
    bind(UP, Up, "Previous choice"),
    hinted(DOWN, Down, "Next choice", ("↑↓", "choose", 0)),
    bind(&[Key::Home, Key::PageUp], Top, "First choice"),
    bind(&[Key::End, Key::PageDown], Bottom, "Last choice"),
    hinted(&[Key::Char('q')], Quit, "Quit arglens", ("q", "quit", 7)),
];

static CHOOSER: &[Binding] = &[
    hinted(
        &[Key::Enter],
        Activate,
        "Open the selected point",
        ("Enter", "open", 1),
    ),
    hinted(
        &[Key::Char('s')],
        ToggleSource,
        "See the passage in the source article",
        ("s", "source", 3),
    ),
    hinted(BACK, Back, "Close this list", ("Esc", "close", 2)),
];

static TAGS: &[Binding] = &[
    hinted(
        &[Key::Enter],
        Activate,
        "Filter by the selected tag (the first row clears the filter)",
        ("Enter", "choose", 1),
    ),
    hinted(
        &[Key::Char('f'), Key::Backspace, Key::Esc],
        Back,
        "Close the picker, keeping the filter as it was",
        ("Esc", "close", 2),
    ),
];

static PAGE: &[Binding] = &[
    bind(UP, Up, "Scroll up a line"),
    hinted(DOWN, Down, "Scroll down a line", ("↑↓", "scroll", 0)),
    bind(PAGE_UP, PageUp, "Scroll up a page"),
    bind(PAGE_DOWN, PageDown, "Scroll down a page"),
    bind(TOP, Top, "Go to the top"),
    bind(BOTTOM, Bottom, "Go to the end"),
    hinted(
        &[Key::Esc, Key::Backspace, Key::Enter, Key::Char('?')],
        Back,
        "Close the page",
        ("Esc", "close", 1),
    ),
    bind(
        &[Key::Char('i')],
        ToggleAbout,
        "Show the page about the article (again: close it)",
    ),
    hinted(&[Key::Char('q')], Quit, "Quit arglens", ("q", "quit", 7)),
];

static PRESENTATION: &[Binding] = &[
    hinted(
        &[
            Key::Char(' '),
            Key::Right,
            Key::Char('l'),
            Key::Down,
            Key::Char('j'),
            Key::PageDown,
            Key::Enter,
        ],
        NextStep,
        "Reveal the next step, or go on to the next slide",
        ("Space/→", "next", 0),
    ),
    hinted(
        &[
            Key::Left,
            Key::Char('h'),
            Key::Up,
            Key::Char('k'),
            Key::PageUp,
            Key::Backspace,
        ],
        PrevStep,
        "Hide the last step, or go back to the previous slide",
        ("←/Bksp", "back", 1),
    ),
    bind(TOP, Top, "Go to the first slide"),
    bind(BOTTOM, Bottom, "Go to the last slide"),
    hinted(
        &[Key::Char('n')],
        ToggleNotes,
        "Show or hide the teacher's notes",
        ("n", "notes", 2),
    ),
    hinted(
        &[Key::Char('q'), Key::Char('p'), Key::Esc],
        TogglePresent,
        "Leave the deck for the place it started from",
        ("q", "leave", 3),
    ),
    bind(
        &[Key::Char('?')],
        ToggleHelp,
        "Show the keys of presentation mode",
    ),
    bind(
        &[Key::Char('c')],
        CycleTheme,
        "Next colour scheme: dark, light, high contrast, mono",
    ),
];

static GLOBAL: &[Binding] = &[bind(
    &[Key::Ctrl('c')],
    Interrupt,
    "Quit at once, from anywhere",
)];

static GLOBAL_LAYER: &[&[Binding]] = &[GLOBAL];
static LIST_LAYER: &[&[Binding]] = &[LIST_MOVES, LIST, PANES, TABS, HISTORY, EXPLORE, APP];
static DETAIL_LAYER: &[&[Binding]] = &[READ_MOVES, DETAIL, PANES, TABS, HISTORY, EXPLORE, APP];
static SOURCE_LAYER: &[&[Binding]] = &[READ_MOVES, SOURCE, TABS, APP];
static MAP_LAYER: &[&[Binding]] = &[LIST_MOVES, MAP, TABS, APP];
static SEARCH_BOX_LAYER: &[&[Binding]] = &[SEARCH_BOX];
static CHOOSER_LAYER: &[&[Binding]] = &[PICK, CHOOSER];
static TAGS_LAYER: &[&[Binding]] = &[PICK, TAGS];
static PAGE_LAYER: &[&[Binding]] = &[PAGE];
static PRESENTATION_LAYER: &[&[Binding]] = &[PRESENTATION];

/// The groups a layer is made of, in the order help lists them.
fn groups(layer: Layer) -> &'static [&'static [Binding]] {
    match layer {
        Layer::Global => GLOBAL_LAYER,
        Layer::List => LIST_LAYER,
        Layer::Detail => DETAIL_LAYER,
        Layer::Source => SOURCE_LAYER,
        Layer::Map => MAP_LAYER,
        Layer::SearchBox => SEARCH_BOX_LAYER,
        Layer::Chooser => CHOOSER_LAYER,
        Layer::Tags => TAGS_LAYER,
        Layer::Page => PAGE_LAYER,
        Layer::Presentation => PRESENTATION_LAYER,
    }
}

/// Every binding of a layer, without the global ones.
pub fn layer_bindings(layer: Layer) -> impl Iterator<Item = &'static Binding> {
    groups(layer).iter().flat_map(|g| g.iter())
}
