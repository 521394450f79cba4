//! The signals that end the program (SIGTERM, SIGHUP, SIGINT): recorded for the event loop,
//! with a watchdog for when the event loop cannot look.

use std::io;
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};

use super::restore;

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
