#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    clippy::panic
)]
//! The keymap's layers against the running app: every key the footer shows does something
//! where it is shown, and each place's help lists its own keys.

mod common;

use arglens::app::destination::Destination;
use arglens::app::keymap::{Key, Layer, footer_hints, layer_bindings};
use arglens::app::state::Role;
use arglens::app::{Action::*, App, views};
use common::{app, press, screen};

/// An app in `layer`, part-way through what it shows, so keys that move either way can move.
fn in_layer(layer: Layer) -> App {
    let mut a = app((100, 30));
    if layer == Layer::Chooser {
        // On the timeline, at the event cited by the most points.
        let pack = a.pack.clone();
        let most = (0..pack.events.len())
            .max_by_key(|&e| pack.events[e].points.len())
            .unwrap();
        assert!(pack.events[most].points.len() >= 3);
        press(&mut a, &[Open(Destination::Event(most))]);
    }
    let steps: &[arglens::app::Action] = match layer {
        // Followed a link from the map, so there is somewhere to go back to.
        Layer::List => &[Down, Down, ToggleMap, Down, Activate, FocusLeft],
        // On the first quotation, so y has something to copy.
        Layer::Detail => &[Down, Down, ToggleMap, Down, Activate, Top],
        // On the axis from a point the map opened, on the second event.
        Layer::Axis => &[
            ToggleTimelineView,
            Down,
            Down,
            ToggleMap,
            Down,
            Activate,
            GoToTab(2),
            Down,
        ],
        Layer::Source => &[ToggleSource, Down, Down],
        // On an open section, so ← folds it and → moves into it.
        Layer::Map => &[ToggleMap, Top, Down],
        Layer::SearchBox => &[Search, Type('g'), Down],
        Layer::Chooser => &[Activate, Down],
        Layer::Tags => &[Filter, Down],
        Layer::Page => &[ToggleHelp, Down],
        Layer::Presentation => &[TogglePresent, NextStep],
        Layer::Console => &[
            Present {
                at: None,
                step: 1,
                role: Role::Console,
                hide_claim: false,
            },
            NextStep,
        ],
        Layer::SlideIndex => &[TogglePresent, SlideIndex, Down],
        Layer::Global => &[],
    };
    press(&mut a, steps);
    assert_eq!(
        views::layer(&a),
        if layer == Layer::Global {
            Layer::List
        } else {
            layer
        }
    );
    a
}

/// The key a binding's key stands for, as a terminal would send it.
fn concrete(key: Key) -> Key {
    match key {
        Key::Text => Key::Char('x'),
        Key::Digit => Key::Char('2'),
        k => k,
    }
}

/// The state as text, without the one-off message: a key that only says "nothing to go back
/// to" has done nothing.
fn state(a: &App) -> String {
    let mut a = a.clone();
    a.status.message = None;
    format!("{a:?}")
}

#[test]
fn every_key_the_footer_shows_does_something_there() {
    for layer in Layer::ALL.into_iter().filter(|l| *l != Layer::Global) {
        let start = in_layer(layer);
        let hints = footer_hints(layer);
        assert!(!hints.is_empty());
        let shown = layer_bindings(layer)
            .chain(layer_bindings(Layer::Global))
            .filter(|b| b.hint.is_some());
        for b in shown {
            for key in b.keys.iter().map(|k| concrete(*k)) {
                let mut a = start.clone();
                common::key(&mut a, key);
                assert!(
                    state(&a) != state(&start) || !a.is_running(),
                    "{key:?} ({}) does nothing in {layer:?}",
                    b.help
                );
            }
        }
    }
}

#[test]
fn the_footer_is_the_layers_own() {
    let list = screen(&in_layer(Layer::List));
    let search = screen(&in_layer(Layer::SearchBox));
    let deck = screen(&in_layer(Layer::Presentation));
    let footer = |s: &str| s.lines().last().unwrap().to_string();
    assert!(footer(&list).contains("q quit"), "{}", footer(&list));
    assert!(!footer(&search).contains("quit"), "{}", footer(&search));
    assert!(
        footer(&search).contains("Esc cancel"),
        "{}",
        footer(&search)
    );
    assert!(footer(&deck).contains("b blank"), "{}", footer(&deck));
    assert!(footer(&deck).contains("q leave"), "{}", footer(&deck));
    let console = screen(&in_layer(Layer::Console));
    assert!(footer(&console).contains("q quit"), "{}", footer(&console));
}

#[test]
fn help_shows_the_keys_of_the_place_it_was_opened_from() {
    for layer in [
        Layer::Detail,
        Layer::Source,
        Layer::Map,
        Layer::Presentation,
        Layer::Console,
    ] {
        let mut a = in_layer(layer);
        common::key(&mut a, Key::Char('?'));
        let mut tall = a.clone();
        press(&mut tall, &[Resize(120, 80)]);
        let s = screen(&tall);
        assert!(s.contains(layer.title()), "{layer:?}:\n{s}");
        for b in layer_bindings(layer) {
            assert!(s.contains(b.help), "{layer:?} help lacks {:?}\n{s}", b.help);
        }
    }
}

#[test]
fn help_explains_every_symbol_the_screens_use() {
    let mut a = in_layer(Layer::List);
    common::key(&mut a, Key::Char('?'));
    press(&mut a, &[Resize(120, 90)]);
    let s = screen(&a);
    for (symbol, meaning) in arglens::app::views::pages::LEGEND {
        assert!(s.contains(symbol) && s.contains(meaning), "{symbol}: {s}");
    }
    // The symbols the legend explains are the ones drawn: look for each on some screen.
    let shots = [
        screen(&in_layer(Layer::List)),
        screen(&in_layer(Layer::Source)),
        screen(&in_layer(Layer::Map)),
    ]
    .join("\n");
    for symbol in ["▶", "▸", "●", "¶", "┃", "╎", "▾", "◂", "↓"] {
        assert!(shots.contains(symbol), "{symbol} is never drawn");
    }
}
