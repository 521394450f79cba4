//! The real binary in a pseudo-terminal, for the tests that drive it as a reader would.
//!
//! Every wait here is for something to happen (output to arrive, the process to exit), with a
//! generous deadline, never a fixed sleep, so the tests hold on a loaded machine.

use std::io::{Read, Write};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use nix::sys::termios::LocalFlags;
use portable_pty::{Child, CommandBuilder, MasterPty, PtySize, native_pty_system};

/// The pseudo-terminal's size.
pub const ROWS: u16 = 30;
pub const COLS: u16 = 100;

pub const DEADLINE: Duration = Duration::from_secs(30);

/// Bytes written by crossterm when leaving: main screen, cursor shown, mouse capture off.
pub const LEAVE_ALT_SCREEN: &[u8] = b"\x1b[?1049l";
pub const SHOW_CURSOR: &[u8] = b"\x1b[?25h";
pub const MOUSE_OFF: &[u8] = b"\x1b[?1000l";

pub struct Session {
    pub child: Box<dyn Child + Send + Sync>,
    /// Taken when the test closes the terminal.
    pub master: Option<Box<dyn MasterPty + Send>>,
    pub writer: Option<Box<dyn Write + Send>>,
    pub output: Arc<Mutex<Vec<u8>>>,
}

impl Session {
    pub fn start(args: &[&str], env: &[(&str, &str)]) -> Self {
        Self::spawn(env!("CARGO_BIN_EXE_arglens"), args, env)
    }

    /// Runs `program` in a new pseudo-terminal.
    pub fn spawn(program: &str, args: &[&str], env: &[(&str, &str)]) -> Self {
        let pty = native_pty_system()
            .openpty(PtySize {
                rows: ROWS,
                cols: COLS,
                pixel_width: 0,
                pixel_height: 0,
            })
            .unwrap();
        let mut cmd = CommandBuilder::new(program);
        cmd.args(args);
        cmd.env("TERM", "xterm-256color");
        cmd.env("ARGLENS_CONFIG", super::scratch_config());
        for (k, v) in env {
            cmd.env(k, v);
        }
        let child = pty.slave.spawn_command(cmd).unwrap();
        drop(pty.slave);
        let mut reader = pty.master.try_clone_reader().unwrap();
        let output = Arc::new(Mutex::new(Vec::new()));
        let sink = Arc::clone(&output);
        std::thread::spawn(move || {
            let mut buf = [0u8; 4096];
            while let Ok(n) = reader.read(&mut buf) {
                if n == 0 {
                    break;
                }
                sink.lock().unwrap().extend_from_slice(&buf[..n]);
            }
        });
        let writer = pty.master.take_writer().unwrap();
        Self {
            child,
            master: Some(pty.master),
            writer: Some(writer),
            output,
        }
    }

    pub fn output(&self) -> Vec<u8> {
        self.output.lock().unwrap().clone()
    }

    /// Waits until the output after its first `from` bytes holds `needle`.
    pub fn wait_for_after(&self, from: usize, needle: &[u8]) {
        let start = Instant::now();
        while !contains(self.output().get(from..).unwrap_or(&[]), needle) {
            assert!(
                start.elapsed() < DEADLINE,
                "timed out waiting for {:?}; got {:?}",
                String::from_utf8_lossy(needle),
                String::from_utf8_lossy(self.output().get(from..).unwrap_or(&[]))
            );
            std::thread::sleep(Duration::from_millis(20));
        }
    }

    /// The screen as a terminal shows it, from everything the program wrote.
    pub fn screen(&self) -> vt100::Parser {
        let size = |n| std::num::NonZeroU16::new(n).expect("not zero");
        let mut parser = vt100::Parser::new(size(ROWS), size(COLS), 0);
        parser.process(&self.output());
        parser
    }

    /// Waits until the screen shows `needle`, and returns the screen's text. The program
    /// redraws by difference, so the words of a line may arrive apart: only the terminal's
    /// picture of them can be searched for text.
    pub fn wait_screen(&self, needle: &str) -> String {
        let start = Instant::now();
        loop {
            let shown = self.screen().screen().contents();
            if shown.contains(needle) {
                return shown;
            }
            assert!(
                start.elapsed() < DEADLINE,
                "timed out waiting for {needle:?} on\n{shown}"
            );
            std::thread::sleep(Duration::from_millis(20));
        }
    }

    /// Waits until the output holds `needle`.
    pub fn wait_for(&self, needle: &[u8]) {
        let start = Instant::now();
        while !contains(&self.output(), needle) {
            assert!(
                start.elapsed() < DEADLINE,
                "timed out waiting for {:?}; got {:?}",
                String::from_utf8_lossy(needle),
                String::from_utf8_lossy(&self.output())
            );
            std::thread::sleep(Duration::from_millis(20));
        }
    }

    /// Waits until the output has grown by at least one more frame after `since` bytes.
    pub fn wait_for_more(&self, since: usize) {
        let start = Instant::now();
        while self.output().len() <= since {
            assert!(start.elapsed() < DEADLINE, "no more output");
            std::thread::sleep(Duration::from_millis(20));
        }
    }

    pub fn send(&mut self, bytes: &[u8]) {
        let before = self.output().len();
        let writer = self.writer.as_mut().expect("the terminal is open");
        writer.write_all(bytes).unwrap();
        writer.flush().unwrap();
        self.wait_for_more(before);
    }

    pub fn signal(&self, name: &str) {
        let pid = self.child.process_id().unwrap();
        let status = std::process::Command::new("kill")
            .args([&format!("-{name}"), &pid.to_string()])
            .status()
            .unwrap();
        assert!(status.success());
    }

    /// Waits for the program to end and returns its exit code.
    pub fn exit_code(&mut self) -> u32 {
        let start = Instant::now();
        loop {
            if let Some(status) = self.child.try_wait().unwrap() {
                return status.exit_code();
            }
            assert!(start.elapsed() < DEADLINE, "the program did not exit");
            std::thread::sleep(Duration::from_millis(20));
        }
    }

    /// Whether the terminal is back in canonical (line-by-line) mode with echo.
    pub fn canonical(&self) -> bool {
        let master = self.master.as_ref().expect("the terminal is open");
        let t = master.get_termios().expect("termios of the pty");
        t.local_flags.contains(LocalFlags::ICANON) && t.local_flags.contains(LocalFlags::ECHO)
    }
}

impl Drop for Session {
    /// A failed test must not leave the program running.
    fn drop(&mut self) {
        let _ = self.child.kill();
    }
}

pub fn contains(haystack: &[u8], needle: &[u8]) -> bool {
    haystack.windows(needle.len()).any(|w| w == needle)
}
