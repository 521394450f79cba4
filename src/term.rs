//! The real terminal: entering and leaving full-screen mode, turning terminal events into
//! actions, and making sure the terminal is given back in every way the program can end.
//!
//! Restoring is idempotent and ignores errors: it runs on quit, on a signal and from the panic
//! hook, and on SIGHUP the terminal may already be gone.

use std::io::{self, Stdout, Write};
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};

use ratatui::Terminal;
use ratatui::backend::CrosstermBackend;
use ratatui::crossterm::event::{
    DisableMouseCapture, EnableMouseCapture, Event, KeyCode, KeyEvent, KeyEventKind, KeyModifiers,
    MouseButton, MouseEventKind,
};
use ratatui::crossterm::terminal::{
    EnterAlternateScreen, LeaveAlternateScreen, disable_raw_mode, enable_raw_mode,
};
use ratatui::crossterm::{cursor, execute};

use crate::app::Action;
use crate::app::keymap::{Context, Key, action_for};

pub type Tui = Terminal<CrosstermBackend<Stdout>>;

/// Enters raw mode and the alternate screen with mouse capture. The panic hook is installed
/// first, so a failure half-way still restores what was changed.
pub fn enter() -> io::Result<Tui> {
    install_panic_hook();
    enable_raw_mode()?;
    let mut out = io::stdout();
    if let Err(e) = execute!(out, EnterAlternateScreen, EnableMouseCapture, cursor::Hide) {
        restore();
        return Err(e);
    }
    Terminal::new(CrosstermBackend::new(out)).inspect_err(|_| restore())
}

/// Gives the terminal back: mouse capture off, main screen, cursor shown, raw mode off.
pub fn restore() {
    let mut out = io::stdout();
    let _ = execute!(out, DisableMouseCapture, LeaveAlternateScreen, cursor::Show);
    let _ = disable_raw_mode();
    let _ = out.flush();
}

/// Restores the terminal before the default hook prints the panic, so the message is readable.
fn install_panic_hook() {
    let previous = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        restore();
        previous(info);
    }));
}

/// The signals that end the program with the terminal restored.
pub const SIGNALS: [i32; 3] = [
    signal_hook::consts::SIGTERM,
    signal_hook::consts::SIGHUP,
    signal_hook::consts::SIGINT,
];

/// Records the last terminating signal received (0 for none), checked by the event loop.
pub fn watch_signals() -> io::Result<Arc<AtomicUsize>> {
    let received = Arc::new(AtomicUsize::new(0));
    for sig in SIGNALS {
        let r = Arc::clone(&received);
        let value = usize::try_from(sig).unwrap_or(1);
        signal_hook::flag::register_usize(sig, r, value)?;
    }
    Ok(received)
}

/// How long the event loop has to act on a signal before [`exit_if_stuck`] ends the program.
const SIGNAL_GRACE: std::time::Duration = std::time::Duration::from_millis(500);

/// Ends the program, terminal restored, if a signal is not acted on within [`SIGNAL_GRACE`].
///
/// When the terminal is closed every read of it returns end of file, and crossterm's event
/// reader can keep retrying inside one `poll` call; when the terminal stops reading, drawing
/// blocks in a write. Either way the event loop never gets to look at the signal flag and
/// the process would stay for ever. This thread does not depend on it.
pub fn exit_if_stuck(flag: Arc<AtomicUsize>) {
    std::thread::spawn(move || {
        loop {
            std::thread::sleep(std::time::Duration::from_millis(50));
            if let Some(sig) = signal_received(&flag) {
                std::thread::sleep(SIGNAL_GRACE);
                // Restoring writes to the terminal, which blocks if nobody reads it (the event
                // loop may be stuck in such a write, holding stdout). Give it a moment, then
                // end regardless.
                let (done, wait) = std::sync::mpsc::channel();
                std::thread::spawn(move || {
                    restore();
                    let _ = done.send(());
                });
                let _ = wait.recv_timeout(SIGNAL_GRACE);
                std::process::exit(128 + sig);
            }
        }
    });
}

/// The signal received so far, if any.
pub fn signal_received(flag: &AtomicUsize) -> Option<i32> {
    match flag.load(Ordering::SeqCst) {
        0 => None,
        n => i32::try_from(n).ok(),
    }
}

/// The action a terminal event asks for in `context`, if any.
pub fn action_for_event(event: &Event, context: Context) -> Option<Action> {
    match event {
        Event::Key(key) if key.kind != KeyEventKind::Release => {
            key_of(key).and_then(|k| action_for(context, k))
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
    Some(match key.code {
        KeyCode::Char(c) if ctrl => Key::Ctrl(c.to_ascii_lowercase()),
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
            action_for_event(
                &key(KeyCode::Char('j'), KeyModifiers::NONE),
                Context::Explorer
            ),
            Some(Action::Down)
        );
        assert_eq!(
            action_for_event(
                &key(KeyCode::Char('c'), KeyModifiers::CONTROL),
                Context::Explorer
            ),
            Some(Action::Interrupt)
        );
        assert_eq!(
            action_for_event(&key(KeyCode::Tab, KeyModifiers::SHIFT), Context::Explorer),
            Some(Action::PrevTab)
        );
        assert_eq!(
            action_for_event(
                &key(KeyCode::Char('G'), KeyModifiers::SHIFT),
                Context::Explorer
            ),
            Some(Action::Bottom)
        );
        assert_eq!(
            action_for_event(&Event::Resize(80, 24), Context::Explorer),
            Some(Action::Resize(80, 24))
        );
    }
}
