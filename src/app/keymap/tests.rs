//! The keymap's own rules; what each key does in the running app is tested in tests/keys.rs.

use super::*;

#[test]
fn every_binding_has_a_description_and_keys() {
    for layer in Layer::ALL {
        for b in layer_bindings(layer) {
            assert!(!b.keys.is_empty(), "{layer:?}");
            assert!(!b.help.is_empty(), "{layer:?}");
        }
    }
}

#[test]
fn no_key_is_bound_twice_in_one_layer() {
    for layer in Layer::ALL {
        let mut seen = Vec::new();
        for b in layer_bindings(layer) {
            for k in b.keys {
                assert!(!seen.contains(k), "{k:?} is bound twice in {layer:?}");
                seen.push(*k);
            }
        }
    }
}

#[test]
fn no_layer_shadows_a_global_key() {
    let global: Vec<Key> = layer_bindings(Layer::Global)
        .flat_map(|b| b.keys.iter().copied())
        .collect();
    for layer in Layer::ALL.into_iter().filter(|l| *l != Layer::Global) {
        for b in layer_bindings(layer) {
            assert!(
                b.keys.iter().all(|k| !global.contains(k)),
                "{layer:?} rebinds a global key"
            );
        }
    }
}

#[test]
fn each_layer_has_its_own_footer_in_rank_order() {
    for layer in Layer::ALL.into_iter().filter(|l| *l != Layer::Global) {
        let hints = footer_hints(layer);
        assert!(!hints.is_empty(), "{layer:?} has no footer");
        assert!(hints.windows(2).all(|w| w[0].rank <= w[1].rank));
    }
    let search: Vec<&str> = footer_hints(Layer::SearchBox)
        .iter()
        .map(|h| h.what)
        .collect();
    assert!(!search.contains(&"quit"), "q is text in the search box");
}

#[test]
fn a_narrow_footer_keeps_help_and_quit_and_the_most_useful_hints_before_them() {
    let cost = |h: &Hint| h.keys.chars().count() + h.what.chars().count() + 3;
    for layer in Layer::ALL.into_iter().filter(|l| *l != Layer::Global) {
        let all = footer_hints(layer);
        let kept: Vec<Hint> = all
            .iter()
            .copied()
            .filter(|h| ["?", "q"].contains(&h.keys))
            .collect();
        for room in 0..200 {
            let shown = fitting_hints(layer, room, cost);
            assert!(
                shown.iter().map(cost).sum::<usize>() <= room,
                "{layer:?} at {room}"
            );
            assert!(
                shown.windows(2).all(|w| w[0].rank <= w[1].rank),
                "{layer:?} at {room}"
            );
            if kept.iter().map(cost).sum::<usize>() <= room {
                assert!(
                    kept.iter().all(|k| shown.contains(k)),
                    "{layer:?} at {room}"
                );
            }
            // The others shown are the first of the others, with none skipped.
            let others: Vec<Hint> = all.iter().copied().filter(|h| !kept.contains(h)).collect();
            let shown_others: Vec<Hint> = shown
                .iter()
                .copied()
                .filter(|h| !kept.contains(h))
                .collect();
            assert_eq!(
                shown_others,
                others[..shown_others.len()],
                "{layer:?} at {room}"
            );
            if all.iter().map(cost).sum::<usize>() <= room {
                assert_eq!(shown, all, "{layer:?} at {room}: everything fits");
            }
        }
    }
    let list = fitting_hints(Layer::List, 58, cost);
    let whats: Vec<&str> = list.iter().map(|h| h.what).collect();
    assert!(
        whats.contains(&"help") && whats.contains(&"quit"),
        "{whats:?}"
    );
}

#[test]
fn layers_give_keys_their_own_meaning() {
    use Layer::*;
    assert_eq!(action_for(List, Key::Char('n')), Some(Action::SearchNext));
    assert_eq!(
        action_for(Presentation, Key::Char('n')),
        Some(Action::ToggleNotes)
    );
    assert_eq!(action_for(Presentation, Key::Char('/')), None);
    assert_eq!(
        action_for(Presentation, Key::Char('q')),
        Some(Action::TogglePresent)
    );
    assert_eq!(action_for(Presentation, Key::Right), Some(Action::NextStep));
    assert_eq!(action_for(Map, Key::Left), Some(Action::Collapse));
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
    assert_eq!(action_for(List, Key::Char('3')), Some(Action::GoToTab(2)));
    assert_eq!(action_for(Detail, Key::Char('9')), Some(Action::GoToTab(8)));
    assert_eq!(action_for(Page, Key::Char('3')), None, "no fallthrough");
    assert_eq!(action_for(List, Key::Char('x')), None);
    assert_eq!(action_for(List, Key::Char(' ')), Some(Action::PageDown));
}

#[test]
fn typed_control_characters_are_not_text() {
    assert_eq!(action_for(Layer::SearchBox, Key::Char('\u{7}')), None);
}

#[test]
fn the_markdown_lists_every_layer_and_binding() {
    let md = markdown();
    for layer in Layer::ALL {
        assert!(md.contains(layer.title()));
        for b in layer_bindings(layer) {
            assert!(md.contains(b.help), "{}", b.help);
        }
    }
}
