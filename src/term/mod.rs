//! The real terminal, the binary side of the program: entering and leaving full-screen mode,
//! turning terminal events into actions, running the explorer's event loop, and making sure
//! the terminal is given back in every way the program can end. Nothing else uses crossterm.
//!
//! Restoring is idempotent and ignores errors: it runs on quit, on a signal and from the panic
//! hook, and on SIGHUP the terminal may already be gone.

mod keys;
mod run;
mod signals;
mod watch;

pub use keys::action_for_event;
pub use run::run;
pub use signals::{SIGNALS, exit_if_stuck, signal_received, watch_signals};
pub use watch::Watch;

use std::io::{self, Stdout, Write};

use ratatui::Terminal;
use ratatui::backend::CrosstermBackend;
use ratatui::crossterm::event::{DisableMouseCapture, EnableMouseCapture};
use ratatui::crossterm::terminal::{
    EnterAlternateScreen, LeaveAlternateScreen, disable_raw_mode, enable_raw_mode,
};
use ratatui::crossterm::{cursor, execute};

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
