//! The keys of a presentation: the audience screen, the presenter's console and the slide
//! index. The two screens share their moves, so a key does the same on either.

use super::groups::{BOTTOM, TOP, bind, hinted};
use super::layers::PICK;
use super::{Binding, Does, Key};
use crate::app::action::Action::{self, *};

/// A digit typed towards a jump to slide N.
fn number(digit: usize) -> Action {
    Number(u8::try_from(digit).unwrap_or(0))
}

/// Moving through the deck, on either screen.
static MOVES: &[Binding] = &[
    hinted(
        &[
            Key::Char(' '),
            Key::Right,
            Key::Char('l'),
            Key::PageDown,
            Key::Enter,
        ],
        NextStep,
        "Reveal the next step, or go on to the next slide (after digits: go to that slide)",
        ("Space/→", "next", 0),
    ),
    hinted(
        &[Key::Left, Key::Char('h'), Key::PageUp, Key::Backspace],
        PrevStep,
        "Hide the last step, or go back to the previous slide",
        ("←/Bksp", "back", 1),
    ),
    bind(
        &[Key::Up, Key::Char('k')],
        Up,
        "Scroll the slide up, to what an earlier step showed",
    ),
    bind(
        &[Key::Down, Key::Char('j')],
        Down,
        "Scroll the slide down again",
    ),
    bind(TOP, Top, "Go to the first slide"),
    bind(
        BOTTOM,
        Bottom,
        "Go to the last slide (after digits: go to that slide, as 5G)",
    ),
    Binding {
        keys: &[Key::Digit, Key::Char('0')],
        does: Does::Digit(number),
        help: "Type a slide number, then G or Enter to go there",
        hint: None,
    },
    hinted(
        &[Key::Char('i'), Key::Ctrl('p')],
        SlideIndex,
        "List the slides, to go to one",
        ("i", "index", 2),
    ),
    hinted(
        &[Key::Char('b')],
        ToggleBlank,
        "Blank the audience screen (again: show it)",
        ("b", "blank", 3),
    ),
    bind(
        &[Key::Char('c')],
        CycleTheme,
        "Next colour scheme: dark, light, high contrast, mono",
    ),
];

static AUDIENCE: &[Binding] = &[
    bind(
        &[Key::Char('n')],
        ToggleNotes,
        "Teacher's notes: never here; run arglens console in a second terminal",
    ),
    hinted(
        &[Key::Char('q'), Key::Char('p'), Key::Esc],
        TogglePresent,
        "Leave the deck for the place it started from",
        ("q", "leave", 4),
    ),
    bind(
        &[Key::Char('?')],
        ToggleHelp,
        "Show the keys of presentation mode",
    ),
];

static CONSOLE: &[Binding] = &[
    hinted(
        &[Key::Char('q')],
        Quit,
        "Close the console; the audience screen goes on",
        ("q", "quit", 4),
    ),
    bind(
        &[Key::Char('?')],
        ToggleHelp,
        "Show the keys of the console",
    ),
];

static SLIDE_INDEX: &[Binding] = &[
    hinted(
        &[Key::Enter],
        Activate,
        "Go to the selected slide",
        ("Enter", "go", 1),
    ),
    hinted(
        &[Key::Esc, Key::Backspace, Key::Char('i'), Key::Ctrl('p')],
        Back,
        "Close the index",
        ("Esc", "close", 2),
    ),
];

pub(super) static PRESENTATION_LAYER: &[&[Binding]] = &[MOVES, AUDIENCE];
pub(super) static CONSOLE_LAYER: &[&[Binding]] = &[MOVES, CONSOLE];
pub(super) static SLIDE_INDEX_LAYER: &[&[Binding]] = &[PICK, SLIDE_INDEX];
