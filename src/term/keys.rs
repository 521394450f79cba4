//! Terminal events as actions: keys through the keymap's active layer, mouse events and
//! resizes directly.

use ratatui::crossterm::event::{
    Event, KeyCode, KeyEvent, KeyEventKind, KeyModifiers, MouseButton, MouseEventKind,
};

use crate::app::Action;
use crate::app::keymap::{Key, Layer, action_for};

/// The action a terminal event asks for where the reader is (the keymap `layer`), if any.
pub fn action_for_event(event: &Event, layer: Layer) -> Option<Action> {
    match event {
        Event::Key(key) if key.kind != KeyEventKind::Release => {
            key_of(key).and_then(|k| action_for(layer, k))
        }
        Event::Mouse(m) => {
            let (col, row) = (m.column, m.row);
            match m.kind {
                MouseEventKind::Down(MouseButton::Left) => Some(Action::Click(col, row)),
                MouseEventKind::ScrollUp => Some(Action::WheelUp(col, row)),
                MouseEventKind::ScrollDown => Some(Action::WheelDown(col, row)),
                _ => None,
            }
        }
        Event::Resize(w, h) => Some(Action::Resize(*w, *h)),
        _ => None,
    }
}

fn key_of(key: &KeyEvent) -> Option<Key> {
    let ctrl = key.modifiers.contains(KeyModifiers::CONTROL);
    let alt = key
        .modifiers
        .intersects(KeyModifiers::ALT | KeyModifiers::META);
    Some(match key.code {
        KeyCode::Char(c) if ctrl => Key::Ctrl(c.to_ascii_lowercase()),
        KeyCode::Char(c) if alt => Key::Alt(c.to_ascii_lowercase()),
        KeyCode::Char(c) => Key::Char(c),
        KeyCode::Up => Key::Up,
        KeyCode::Down => Key::Down,
        KeyCode::Left => Key::Left,
        KeyCode::Right => Key::Right,
        KeyCode::PageUp => Key::PageUp,
        KeyCode::PageDown => Key::PageDown,
        KeyCode::Home => Key::Home,
        KeyCode::End => Key::End,
        KeyCode::Enter => Key::Enter,
        KeyCode::Esc => Key::Esc,
        KeyCode::Backspace => Key::Backspace,
        KeyCode::Delete => Key::Delete,
        KeyCode::BackTab => Key::BackTab,
        KeyCode::Tab if key.modifiers.contains(KeyModifiers::SHIFT) => Key::BackTab,
        KeyCode::Tab => Key::Tab,
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use ratatui::crossterm::event::KeyEventState;

    fn key(code: KeyCode, modifiers: KeyModifiers) -> Event {
        Event::Key(KeyEvent {
            code,
            modifiers,
            kind: KeyEventKind::Press,
            state: KeyEventState::NONE,
        })
    }

    #[test]
    fn maps_keys_through_the_keymap() {
        assert_eq!(
            action_for_event(&key(KeyCode::Char('j'), KeyModifiers::NONE), Layer::List),
            Some(Action::Down)
        );
        assert_eq!(
            action_for_event(&key(KeyCode::Char('c'), KeyModifiers::CONTROL), Layer::List),
            Some(Action::Interrupt)
        );
        assert_eq!(
            action_for_event(&key(KeyCode::Tab, KeyModifiers::SHIFT), Layer::List),
            Some(Action::PrevTab)
        );
        assert_eq!(
            action_for_event(&key(KeyCode::Char('G'), KeyModifiers::SHIFT), Layer::List),
            Some(Action::Bottom)
        );
        assert_eq!(
            action_for_event(&Event::Resize(80, 24), Layer::List),
            Some(Action::Resize(80, 24))
        );
    }
}
