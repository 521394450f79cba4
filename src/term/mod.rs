//! The real terminal, the binary side of the program: entering and leaving full-screen mode,
//! turning terminal events into actions, running the explorer's event loop, and making sure
//! the terminal is given back in every way the program can end. Nothing else uses crossterm.
//!
//! Restoring is idempotent and ignores errors: it runs on quit, on a signal and from the panic
//! hook, and on SIGHUP the terminal may already be gone.

mod keys;
pub mod presenting;
pub mod room;
mod run;
mod signals;
mod watch;

pub use keys::action_for_event;
pub use run::{RunOptions, run};
pub use signals::{SIGNALS, exit_if_stuck, signal_received, terminal_hung_up, watch_signals};
pub use watch::Watch;

use std::io::{self, BufWriter, Stdout, Write};
use std::sync::atomic::{AtomicBool, Ordering};

use ratatui::Terminal;
use ratatui::backend::CrosstermBackend;
use ratatui::crossterm::event::{DisableMouseCapture, EnableMouseCapture};
use ratatui::crossterm::terminal::{
    Clear, ClearType, EnterAlternateScreen, LeaveAlternateScreen, disable_raw_mode, enable_raw_mode,
};
use ratatui::crossterm::{cursor, execute};

pub type Tui = Terminal<CrosstermBackend<BufWriter<Stdout>>>;

/// Bytes a frame may take before it is written out: more than a full redraw of a large
/// terminal, so each frame reaches the terminal in one write. Standard output alone writes
/// every 1 KiB, and at the first frame each of those writes costs a round trip through the
/// terminal.
const FRAME_BUFFER: usize = 256 * 1024;

/// Whether the alternate screen is up: [`restore`] clears it before leaving it, and must not
/// clear the main screen when it was never entered (or already left).
static ON_ALTERNATE_SCREEN: AtomicBool = AtomicBool::new(false);

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
    ON_ALTERNATE_SCREEN.store(true, Ordering::SeqCst);
    let out = BufWriter::with_capacity(FRAME_BUFFER, out);
    Terminal::new(CrosstermBackend::new(out)).inspect_err(|_| restore())
}

/// Whether standard input and output are a terminal the explorer can take over.
pub fn is_terminal() -> bool {
    use std::io::IsTerminal;
    io::stdin().is_terminal() && io::stdout().is_terminal()
}

/// Turns mouse capture on or off.
pub fn capture_mouse(on: bool) -> io::Result<()> {
    let mut out = io::stdout();
    if on {
        execute!(out, EnableMouseCapture)
    } else {
        execute!(out, DisableMouseCapture)
    }
}

/// Puts `text` on the clipboard with OSC 52, which terminals (and tmux, and SSH sessions)
/// pass to the system clipboard. The text travels base64-encoded, so nothing in it can act
/// as a control sequence.
pub fn copy_to_clipboard(text: &str) -> io::Result<()> {
    let mut out = io::stdout();
    write!(out, "{}", osc52(text))?;
    out.flush()
}

/// The OSC 52 sequence that asks a terminal to put `text` on the clipboard.
pub fn osc52(text: &str) -> String {
    use base64::Engine;
    let encoded = base64::engine::general_purpose::STANDARD.encode(text.as_bytes());
    format!("\x1b]52;c;{encoded}\x07")
}

/// Hands the terminal back to the shell and stops, as Ctrl-Z does in other programs; when
/// the shell's `fg` continues the process, takes the terminal again. The caller redraws.
pub fn suspend(mouse: bool) -> io::Result<()> {
    restore();
    signal_hook::low_level::raise(signal_hook::consts::SIGTSTP)?;
    // Continued: take the terminal back as `enter` does, on a clean screen.
    enable_raw_mode()?;
    let mut out = io::stdout();
    execute!(
        out,
        EnterAlternateScreen,
        cursor::Hide,
        Clear(ClearType::All)
    )?;
    ON_ALTERNATE_SCREEN.store(true, Ordering::SeqCst);
    capture_mouse(mouse)
}

/// Gives the terminal back: mouse capture off, main screen, cursor shown, raw mode off.
///
/// The alternate screen is cleared, with the cursor home, before it is left. A terminal made
/// taller while it was up (tmux, when its window is resized) otherwise brings the last
/// frame's rows back above the shell's lines when the main screen returns.
pub fn restore() {
    let mut out = io::stdout();
    if ON_ALTERNATE_SCREEN.swap(false, Ordering::SeqCst) {
        let _ = execute!(out, cursor::MoveTo(0, 0), Clear(ClearType::All));
    }
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
