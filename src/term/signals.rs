//! The signals that end the program (SIGTERM, SIGHUP, SIGINT): recorded for the event loop,
//! with a watchdog for when the event loop cannot look.

use std::io::{self, IsTerminal};
use std::os::fd::{AsFd, OwnedFd};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, OnceLock};

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
///
/// A terminal can also go without a SIGHUP: the program was started in a session of its own
/// (`setsid`, some service managers and remote runners), so the terminal is not its
/// controlling one, and closing it signals nobody. crossterm's reader then spins on the
/// closed terminal for ever. So this thread also watches the terminal, and a hang-up counts
/// as the SIGHUP that did not come.
pub fn exit_if_stuck(flag: Arc<AtomicUsize>) {
    let input = terminal_input();
    std::thread::spawn(move || {
        loop {
            std::thread::sleep(std::time::Duration::from_millis(50));
            if signal_received(&flag).is_none() && input.is_some_and(hung_up) {
                let hangup = usize::try_from(signal_hook::consts::SIGHUP).unwrap_or(1);
                flag.store(hangup, Ordering::SeqCst);
            }
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

/// The terminal the explorer reads keys from: standard input (it refuses to start when that
/// is not a terminal). Decided once, at start-up: a terminal that has hung up no longer says
/// it is one.
fn terminal_input() -> Option<&'static OwnedFd> {
    static INPUT: OnceLock<Option<OwnedFd>> = OnceLock::new();
    INPUT
        .get_or_init(|| {
            let stdin = io::stdin();
            stdin
                .is_terminal()
                .then(|| stdin.as_fd().try_clone_to_owned().ok())
                .flatten()
        })
        .as_ref()
}

/// Whether the terminal the program reads keys from has hung up.
pub fn terminal_hung_up() -> bool {
    terminal_input().is_some_and(hung_up)
}

/// Whether the far side of the terminal has gone (a closed pseudo-terminal, a dropped line).
/// Asks without waiting and without reading, so no key is taken from the event loop.
fn hung_up(fd: &OwnedFd) -> bool {
    use rustix::event::{PollFd, PollFlags, Timespec, poll};
    let mut fds = [PollFd::new(fd, PollFlags::empty())];
    let now = Timespec {
        tv_sec: 0,
        tv_nsec: 0,
    };
    // Not `NVAL`: the descriptor is this program's own, so "not open" never means the far
    // side went, and macOS reports it for every terminal opened through `/dev/tty`.
    let gone = PollFlags::HUP | PollFlags::ERR;
    poll(&mut fds, Some(&now)).is_ok() && fds.first().is_some_and(|f| f.revents().intersects(gone))
}

/// The signal received so far, if any.
pub fn signal_received(flag: &AtomicUsize) -> Option<i32> {
    match flag.load(Ordering::SeqCst) {
        0 => None,
        n => i32::try_from(n).ok(),
    }
}
