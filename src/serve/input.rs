//! A student's keystrokes, as bytes from their SSH channel, turned into the keymap's keys by
//! termwiz's input parser, which knows the escape sequences terminals send.

use termwiz::input::{InputEvent, InputParser, KeyCode, KeyEvent, Modifiers};

use crate::app::keymap::Key;

/// The keys in one chunk of input. A lone Esc is taken as the Esc key: over SSH a key's
/// sequence arrives in one piece.
pub fn keys(parser: &mut InputParser, bytes: &[u8]) -> Vec<Key> {
    let mut out = Vec::new();
    parser.parse(
        bytes,
        |event| {
            if let InputEvent::Key(k) = event
                && let Some(key) = key_of(&k)
            {
                out.push(key);
            }
        },
        false,
    );
    out
}

fn key_of(k: &KeyEvent) -> Option<Key> {
    let ctrl = k.modifiers.contains(Modifiers::CTRL);
    let alt = k.modifiers.contains(Modifiers::ALT);
    let shift = k.modifiers.contains(Modifiers::SHIFT);
    Some(match k.key {
        KeyCode::Char('\u{7f}' | '\u{8}') => Key::Backspace,
        KeyCode::Char('\r' | '\n') => Key::Enter,
        KeyCode::Char('\t') if shift => Key::BackTab,
        KeyCode::Char('\t') => Key::Tab,
        KeyCode::Char('\u{1b}') => Key::Esc,
        KeyCode::Char(c) if ctrl => Key::Ctrl(c.to_ascii_lowercase()),
        KeyCode::Char(c) if alt => Key::Alt(c.to_ascii_lowercase()),
        KeyCode::Char(c) if !c.is_control() => Key::Char(c),
        KeyCode::UpArrow | KeyCode::ApplicationUpArrow => Key::Up,
        KeyCode::DownArrow | KeyCode::ApplicationDownArrow => Key::Down,
        KeyCode::LeftArrow | KeyCode::ApplicationLeftArrow => Key::Left,
        KeyCode::RightArrow | KeyCode::ApplicationRightArrow => Key::Right,
        KeyCode::PageUp => Key::PageUp,
        KeyCode::PageDown => Key::PageDown,
        KeyCode::Home => Key::Home,
        KeyCode::End => Key::End,
        KeyCode::Enter => Key::Enter,
        KeyCode::Escape => Key::Esc,
        KeyCode::Backspace => Key::Backspace,
        KeyCode::Delete => Key::Delete,
        KeyCode::Tab if shift => Key::BackTab,
        KeyCode::Tab => Key::Tab,
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(bytes: &[u8]) -> Vec<Key> {
        keys(&mut InputParser::new(), bytes)
    }

    #[test]
    fn reads_what_terminals_send() {
        assert_eq!(parse(b"jk"), vec![Key::Char('j'), Key::Char('k')]);
        assert_eq!(parse(b"\x1b[A\x1b[B"), vec![Key::Up, Key::Down]);
        assert_eq!(
            parse(b"\x1bOC"),
            vec![Key::Right],
            "application cursor keys"
        );
        assert_eq!(parse(b"\r"), vec![Key::Enter]);
        assert_eq!(parse(b"\x7f"), vec![Key::Backspace]);
        assert_eq!(parse(b"\x03"), vec![Key::Ctrl('c')]);
        assert_eq!(parse(b"\x1b"), vec![Key::Esc]);
        assert_eq!(parse(b"\x1b[Z"), vec![Key::BackTab]);
        assert_eq!(parse(b"\x1b[5~\x1b[6~"), vec![Key::PageUp, Key::PageDown]);
        assert_eq!(parse("é".as_bytes()), vec![Key::Char('é')]);
        assert_eq!(parse(b"F"), vec![Key::Char('F')]);
    }

    #[test]
    fn garbage_gives_no_keys_and_no_panic() {
        let junk: Vec<u8> = (0..=255u8).cycle().take(4096).collect();
        let _ = parse(&junk);
        let _ = parse(b"\x1b[999999999999999999999999;;;;;;;;;;~");
        let _ = parse(&[0xff, 0xfe, 0x1b, 0x5b]);
    }
}
