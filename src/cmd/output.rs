//! Writing a command's result to standard output. A reader piping it into `head` closes the
//! pipe early; that is not an error, so it ends the command quietly instead of panicking as
//! `print!` would.

use std::io::{ErrorKind, Write};
use std::process::ExitCode;

/// Prints `text`; a closed pipe ends quietly with success, any other failure is reported.
pub fn print(text: &str) -> ExitCode {
    let mut out = std::io::stdout().lock();
    match out.write_all(text.as_bytes()).and_then(|()| out.flush()) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) if e.kind() == ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(e) => super::fail(&format!("cannot write to standard output: {e}")),
    }
}
