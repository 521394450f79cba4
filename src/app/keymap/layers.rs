//! The tables. Groups of bindings shared by several layers are written once and listed in
//! each layer that has them; a layer is exactly the groups it names.

use super::groups::*;
use super::{Binding, Does, Key, Layer};
use crate::app::action::Action::*;
use crate::app::action::Edit::*;

static LIST: &[Binding] = &[
    hinted(
        &[Key::Enter],
        Activate,
        "Open the selected point, or the points citing the selected event",
        ("Enter", "open", 1),
    ),
    bind(
        &[Key::Char('v')],
        ToggleTimelineView,
        "Show the timeline on a time axis (again: as a list)",
    ),
];

static AXIS: &[Binding] = &[
    bind(
        &[Key::Left, Key::Char('h'), Key::Up, Key::Char('k')],
        Up,
        "Previous event in time",
    ),
    hinted(
        &[Key::Right, Key::Char('l'), Key::Down, Key::Char('j')],
        Down,
        "Next event in time",
        ("←→", "events", 0),
    ),
    bind(TOP, Top, "First event"),
    bind(BOTTOM, Bottom, "Last event"),
    hinted(
        &[Key::Char('+'), Key::Char('=')],
        ZoomIn,
        "Zoom in around the selected event or era",
        ("+-", "zoom", 3),
    ),
    bind(&[Key::Char('-')], ZoomOut, "Zoom out"),
    bind(&[Key::Char('0')], ZoomFit, "Zoom out to fit every event"),
    hinted(
        &[Key::Char('e')],
        NextEra,
        "Select the era of the selected event, or the next era",
        ("e", "eras", 4),
    ),
    bind(&[Key::Char('E')], PrevEra, "Select the previous era"),
    hinted(
        &[Key::Enter],
        Activate,
        "The points citing the selected event (for an era: quoting its passage)",
        ("Enter", "cited by", 1),
    ),
    bind(PAGE_UP, PageUp, "Scroll the detail up a page"),
    bind(PAGE_DOWN, PageDown, "Scroll the detail down a page"),
    hinted(
        &[Key::Char('v')],
        ToggleTimelineView,
        "Show the events as a list again",
        ("v", "list", 5),
    ),
];

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
];

static MAP: &[Binding] = &[
    bind(
        &[Key::Left, Key::Char('h')],
        Collapse,
        "Fold the section, or move up to the section or the question",
    ),
    hinted(
        &[Key::Right, Key::Char('l')],
        Expand,
        "Unfold the section, or move into its first point",
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
        help: "Type a query: every word must occur; \"a phrase\", -word, tag:, kind:, in: (see Writing a search)",
        hint: None,
    },
    hinted(
        &[Key::Up],
        Up,
        "Previous result (in an empty box: the query before)",
        ("↑↓", "choose", 0),
    ),
    bind(
        &[Key::Down],
        Down,
        "Next result (in an empty box: the next query)",
    ),
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
    bind(
        &[Key::Backspace],
        Erase,
        "Erase the character before the cursor",
    ),
    bind(
        &[Key::Delete, Key::Ctrl('d')],
        Edit(Delete),
        "Erase the character under the cursor",
    ),
    bind(&[Key::Left, Key::Ctrl('b')], Edit(Left), "Cursor left"),
    bind(&[Key::Right, Key::Ctrl('f')], Edit(Right), "Cursor right"),
    bind(&[Key::Alt('b')], Edit(WordLeft), "Cursor back a word"),
    bind(&[Key::Alt('f')], Edit(WordRight), "Cursor forward a word"),
    bind(
        &[Key::Home, Key::Ctrl('a')],
        Edit(Home),
        "Cursor to the start",
    ),
    bind(&[Key::End, Key::Ctrl('e')], Edit(End), "Cursor to the end"),
    bind(
        &[Key::Ctrl('w')],
        Edit(DeleteWord),
        "Erase the word before the cursor",
    ),
    bind(
        &[Key::Ctrl('u')],
        Edit(DeleteToStart),
        "Erase everything before the cursor",
    ),
    bind(&[Key::Ctrl('p')], EarlierQuery, "The query typed before"),
    bind(&[Key::Ctrl('n')], LaterQuery, "The query typed after"),
];

/// Choosing from a short list over the tabs.
pub(super) static PICK: &[Binding] = &[
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
        "See the passage (or the event's) in the source article",
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

static GLOBAL: &[Binding] = &[
    bind(&[Key::Ctrl('c')], Interrupt, "Quit at once, from anywhere"),
    bind(
        &[Key::Char('F')],
        FollowClass,
        "Follow the class again (when joined with ssh to arglens serve)",
    ),
    bind(
        &[Key::Ctrl('z')],
        Suspend,
        "Suspend to the shell; `fg` comes back to the same place",
    ),
];

static GLOBAL_LAYER: &[&[Binding]] = &[GLOBAL];
static LIST_LAYER: &[&[Binding]] = &[
    LIST_MOVES, LIST, PANES, TABS, BACK_KEYS, FORWARD, EXPLORE, OPEN_MAP, SEARCHING, APP,
];
static AXIS_LAYER: &[&[Binding]] = &[
    AXIS, TABS, BACK_KEYS, FORWARD, EXPLORE, OPEN_MAP, SEARCHING, APP,
];
static DETAIL_LAYER: &[&[Binding]] = &[
    READ_MOVES, DETAIL, PANES, TABS, BACK_KEYS, FORWARD, EXPLORE, OPEN_MAP, SEARCHING, COPY, APP,
];
static SOURCE_LAYER: &[&[Binding]] = &[
    READ_MOVES, SOURCE, FORWARD, OPEN_MAP, FINDING, TABS, COPY, APP,
];
static MAP_LAYER: &[&[Binding]] = &[LIST_MOVES, MAP, FORWARD, SEARCHING, TABS, APP];
static SEARCH_BOX_LAYER: &[&[Binding]] = &[SEARCH_BOX];
static CHOOSER_LAYER: &[&[Binding]] = &[PICK, CHOOSER, COPY];
static TAGS_LAYER: &[&[Binding]] = &[PICK, TAGS];
static PAGE_LAYER: &[&[Binding]] = &[PAGE];

/// The groups a layer is made of, in the order help lists them.
fn groups(layer: Layer) -> &'static [&'static [Binding]] {
    match layer {
        Layer::Global => GLOBAL_LAYER,
        Layer::List => LIST_LAYER,
        Layer::Detail => DETAIL_LAYER,
        Layer::Axis => AXIS_LAYER,
        Layer::Source => SOURCE_LAYER,
        Layer::Map => MAP_LAYER,
        Layer::SearchBox => SEARCH_BOX_LAYER,
        Layer::Chooser => CHOOSER_LAYER,
        Layer::Tags => TAGS_LAYER,
        Layer::Page => PAGE_LAYER,
        Layer::Presentation => super::deck::PRESENTATION_LAYER,
        Layer::Console => super::deck::CONSOLE_LAYER,
        Layer::SlideIndex => super::deck::SLIDE_INDEX_LAYER,
    }
}

/// Whether the layer has the search over the whole pack, so its help says how to write a
/// query.
pub fn searches_pack(layer: Layer) -> bool {
    groups(layer).iter().any(|g| {
        [SEARCHING, SEARCH_BOX]
            .iter()
            .any(|s| std::ptr::eq(g.as_ptr(), s.as_ptr()))
    })
}

/// Every binding of a layer, without the global ones.
pub fn layer_bindings(layer: Layer) -> impl Iterator<Item = &'static Binding> {
    groups(layer).iter().flat_map(|g| g.iter())
}
