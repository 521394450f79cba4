#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    clippy::panic
)]
//! The real binary in a pseudo-terminal: the terminal is restored however the program ends, and
//! no control sequence from a pack reaches the terminal.
//!
//! Every wait here is for something to happen (output to arrive, the process to exit), with a
//! generous deadline, never a fixed sleep, so the tests hold on a loaded machine.

mod common;

use std::io::Write;

use common::session::{LEAVE_ALT_SCREEN, MOUSE_OFF, SHOW_CURSOR, Session, contains};

/// Runs the explorer, waits for its first frame, ends it with `end`, and checks the terminal
/// was handed back.
fn check_restored(
    end: impl FnOnce(&mut Session),
    expected_code: u32,
    env: &[(&str, &str)],
) -> Vec<u8> {
    let mut s = Session::start(&[], env);
    s.wait_screen("› point 1 of");
    assert!(!s.canonical(), "the explorer runs in raw mode");
    end(&mut s);
    let code = s.exit_code();
    assert_eq!(code, expected_code);
    s.wait_for(LEAVE_ALT_SCREEN);
    let out = s.output();
    let last_enter = out.windows(8).rposition(|w| w == b"\x1b[?1049h").unwrap();
    let leave = out.windows(8).rposition(|w| w == LEAVE_ALT_SCREEN).unwrap();
    assert!(
        leave > last_enter,
        "the alternate screen is left after it was entered"
    );
    assert!(
        contains(&out[last_enter..], SHOW_CURSOR),
        "the cursor is shown again"
    );
    assert!(
        contains(&out[last_enter..], MOUSE_OFF),
        "mouse capture is turned off"
    );
    let clear = out[..leave]
        .windows(4)
        .rposition(|w| w == b"\x1b[2J")
        .expect("the alternate screen is cleared");
    assert!(
        clear > last_enter && only_control_sequences(&out[clear..leave]),
        "the alternate screen is cleared after the last frame, just before it is left"
    );
    assert!(s.canonical(), "the terminal is back in canonical mode");
    out
}

/// Whether `bytes` hold nothing but CSI sequences (`ESC [`, parameters, a final letter).
fn only_control_sequences(bytes: &[u8]) -> bool {
    let mut rest = bytes;
    while let Some(after) = rest.strip_prefix(b"\x1b[") {
        let Some(end) = after.iter().position(u8::is_ascii_alphabetic) else {
            return false;
        };
        rest = &after[end + 1..];
    }
    rest.is_empty()
}

#[test]
fn restored_after_q() {
    check_restored(
        |s| s.writer.as_mut().unwrap().write_all(b"q").unwrap(),
        0,
        &[],
    );
}

#[test]
fn restored_after_ctrl_c() {
    check_restored(
        |s| s.writer.as_mut().unwrap().write_all(b"\x03").unwrap(),
        0,
        &[],
    );
}

#[test]
fn restored_after_sigterm() {
    check_restored(|s| s.signal("TERM"), 128 + 15, &[]);
}

#[test]
fn restored_after_sighup() {
    check_restored(|s| s.signal("HUP"), 128 + 1, &[]);
}

#[test]
fn restored_after_sigint() {
    check_restored(|s| s.signal("INT"), 128 + 2, &[]);
}

#[test]
fn restored_after_a_panic_and_the_message_follows_the_restore() {
    let out = check_restored(
        |s| s.writer.as_mut().unwrap().write_all(b"x").unwrap(),
        101,
        &[("ARGLENS_TEST_PANIC", "1")],
    );
    let leave = out.windows(8).rposition(|w| w == LEAVE_ALT_SCREEN).unwrap();
    let message = out
        .windows(b"ARGLENS_TEST_PANIC".len())
        .rposition(|w| w == b"ARGLENS_TEST_PANIC")
        .expect("the panic message is printed");
    assert!(
        message > leave,
        "the panic message comes after the terminal is restored"
    );
}

#[test]
fn no_control_sequence_from_a_pack_reaches_the_terminal() {
    let (_tmp, pack) = common::pack_copy();
    let evil = "\u{1b}]0;pwned\u{7} \u{1b}]52;c;ZXZpbA==\u{7} \u{1b}[6n \u{9b}6n \u{202e}reversed";
    let yaml_evil = "\\e]0;pwned\\a \\e]52;c;ZXZpbA==\\a \\e[6n \\u009b6n \\u202Ereversed";
    common::edit(
        &pack,
        "sections/why-moscow.yaml",
        "title: The trip and its message",
        &format!("title: \"Trip {yaml_evil}\""),
    );
    common::edit(
        &pack,
        "timeline.yaml",
        "title: Gorbachev visits Beijing",
        &format!("title: \"Gorbachev {yaml_evil}\""),
    );
    common::edit(
        &pack,
        "article.yaml",
        "publisher: Carnegie Endowment for International Peace",
        &format!("publisher: \"Carnegie {yaml_evil}\""),
    );
    // The same bytes in the source text and in a passage quoting it.
    let source = pack
        .parent()
        .unwrap()
        .join("assets/xi-jinping-moscow-2013.txt");
    let text = std::fs::read_to_string(&source).unwrap();
    std::fs::write(
        &source,
        text.replacen(
            "The near-term agenda",
            &format!("The near-term {evil} agenda"),
            1,
        ),
    )
    .unwrap();
    common::edit(
        &pack,
        "passages.yaml",
        "    text: >-\n      The near-term agenda",
        &format!("    text: \"The near-term {yaml_evil} agenda"),
    );
    common::edit(
        &pack,
        "passages.yaml",
        "But potential pitfalls\n      remain.",
        "But potential pitfalls\n      remain.\"",
    );
    arglens::content::load_dir(&pack).unwrap_or_else(|e| panic!("{e}"));

    let mut s = Session::start(&["--content", pack.to_str().unwrap()], &[]);
    s.wait_screen("Why Moscow?");
    // Show the passage, the event, the about page; then quit.
    for keys in [
        &b"\r"[..],
        b"jjjjjjjjjjjj",
        b"\x1b",
        b"3",
        b"jjj",
        b"i",
        b"\x1b",
        b"\r",
    ] {
        s.send(keys);
    }
    s.writer.as_mut().unwrap().write_all(b"q").unwrap();
    assert_eq!(s.exit_code(), 0);
    s.wait_for(LEAVE_ALT_SCREEN);
    let out = s.output();
    assert!(
        contains(&out, "\u{fffd}".as_bytes()),
        "the replaced characters are visible"
    );
    // The 8-bit CSI is checked as UTF-8 (C2 9B): a lone 9B byte is an ordinary continuation
    // byte of box-drawing characters such as ┛.
    for bad in [
        &b"\x1b]0;"[..],
        b"\x1b]52;",
        b"\x1b[6n",
        "\u{9b}".as_bytes(),
        "\u{202e}".as_bytes(),
        b"\x07",
    ] {
        assert!(!contains(&out, bad), "{bad:?} reached the terminal");
    }
}

#[test]
fn watch_reloads_edits_and_shows_problems_without_quitting() {
    let (_tmp, pack) = common::pack_copy();
    let p = pack.to_str().unwrap();
    let mut s = Session::start(&["--watch", "--content", p], &[]);
    s.wait_screen("› point 1 of");
    s.send(b"jj");
    let file = "sections/why-moscow.yaml";
    common::edit(&pack, file, "A quarter-century of progress", "ZQXJWV");
    s.wait_for(b"ZQXJWV");
    common::edit(&pack, file, "    label: Context 3", "    zqxwv: Context 3");
    s.wait_for(b"zqxwv");
    common::edit(&pack, file, "    zqxwv: Context 3", "    label: Context 3");
    common::edit(&pack, file, "ZQXJWV", "KWYVQZ");
    s.wait_for(b"KWYVQZ");
    s.send(b"q");
    assert_eq!(s.exit_code(), 0);
}

#[test]
fn present_q_returns_to_the_explorer_and_a_second_q_quits() {
    let mut s = Session::start(&["present", "--start", "energy"], &[]);
    s.wait_screen("leave");
    s.send(b"q");
    s.wait_screen("Points");
    s.send(b"q");
    assert_eq!(s.exit_code(), 0);
}

#[test]
fn the_search_box_takes_typed_letters_in_a_real_terminal() {
    let mut s = Session::start(&[], &[]);
    s.wait_screen("quit");
    // "q" and "1" are text in the search box, not quit and a tab.
    s.send(b"/q1");
    s.wait_screen("Search: q1");
    s.send(b"\x7f\x7fmissile");
    // The screen is redrawn by difference, so only the new part of the line is written.
    s.wait_screen("missile▏");
    s.send(b"\r");
    s.wait_screen("point 9 of 10 · Reason 5");
    s.send(b"q");
    assert_eq!(s.exit_code(), 0);
}

#[test]
fn the_chosen_theme_and_timeline_setting_are_saved_for_next_time() {
    let dir = tempfile::tempdir().unwrap();
    let cfg = dir.path().join("settings").join("config.toml");
    let cfg = cfg.to_str().unwrap();
    let mut s = Session::start(&[], &[("ARGLENS_CONFIG", cfg)]);
    s.wait_screen("quit");
    s.send(b"c");
    s.wait_screen("Theme: light");
    s.send(b"t");
    s.send(b"q");
    assert_eq!(s.exit_code(), 0);
    let saved = std::fs::read_to_string(cfg).unwrap();
    assert!(saved.contains("theme = \"light\""), "{saved}");
    assert!(saved.contains("timeline = false"), "{saved}");
}

#[test]
fn ctrl_z_suspends_to_the_shell_and_fg_comes_back() {
    let bin = env!("CARGO_BIN_EXE_arglens");
    // A shell with job control, as a reader has: Ctrl-Z stops the explorer, `fg` resumes it.
    let mut s = Session::spawn("bash", &["--norc", "--noprofile", "-i"], &[("PS1", "$ ")]);
    s.wait_for(b"$ ");
    s.send(format!("{bin}\r").as_bytes());
    s.wait_screen("› point 1 of");
    s.send(b"jj");
    s.wait_screen("▸ C3");
    let before = s.output().len();
    s.writer.as_mut().unwrap().write_all(b"\x1a").unwrap();
    s.wait_for_after(before, b"Stopped");
    let out = s.output();
    assert!(
        contains(&out[before..], LEAVE_ALT_SCREEN),
        "the terminal is handed back before stopping"
    );
    let before = s.output().len();
    s.send(b"fg\r");
    s.wait_for_after(before, b"\x1b[?1049h");
    // The whole screen is drawn again, at the same place.
    s.wait_screen("› point 3 of");
    s.send(b"q");
    s.wait_for(b"$ ");
    s.send(b"exit\r");
    assert_eq!(s.exit_code(), 0);
}

#[test]
fn y_puts_the_quotation_on_the_clipboard_and_m_releases_the_mouse() {
    let mut s = Session::start(&[], &[]);
    s.wait_screen("quit");
    // Into the detail pane, down to the first quotation, copy it.
    s.send(b"l");
    for _ in 0..40 {
        if contains(&s.output(), b"to the clipboard") {
            break;
        }
        s.send(b"j");
        s.send(b"y");
    }
    s.wait_for(b"\x1b]52;c;");
    let out = s.output();
    let at = out.windows(7).position(|w| w == b"\x1b]52;c;").unwrap() + 7;
    let end = at + out[at..].iter().position(|&b| b == 0x07).unwrap();
    use base64::Engine;
    let text = base64::engine::general_purpose::STANDARD
        .decode(&out[at..end])
        .unwrap();
    let text = String::from_utf8(text).unwrap();
    assert!(text.contains("Paal & Trenin"), "{text}");
    assert!(text.starts_with('“'), "{text}");
    let before = s.output().len();
    s.send(b"M");
    s.wait_for_after(before, b"\x1b[?1000l");
    s.send(b"q");
    assert_eq!(s.exit_code(), 0);
}

/// A terminal that closes without a SIGHUP reaching the program: started by `setsid`, the
/// program is in a session of its own and the terminal is not its controlling one, so closing
/// it signals nobody. The program must still notice and end, not spin on the closed terminal.
#[test]
fn a_terminal_closed_without_a_hangup_signal_still_ends_the_program() {
    use std::io::Read;
    use std::process::{Command, Stdio};
    use std::time::{Duration, Instant};
    // util-linux's setsid; BusyBox's has no `--wait`. (Started by `Command`, setsid is not a
    // process group leader, so it never needs to fork: the child is the program itself.)
    let Some(setsid) = common::find_program(&["setsid"]).filter(|s| {
        Command::new(s)
            .args(["--wait", "true"])
            .status()
            .is_ok_and(|st| st.success())
    }) else {
        eprintln!("skipped: no setsid(1) with --wait on this machine");
        return;
    };
    let size = nix::pty::Winsize {
        ws_row: 24,
        ws_col: 80,
        ws_xpixel: 0,
        ws_ypixel: 0,
    };
    let pty = nix::pty::openpty(&size, None).unwrap();
    // openpty's descriptors are inherited by children; these copies are not, so the program
    // holds only its standard streams and closing the master here closes the terminal.
    let (master, slave_fd) = (
        pty.master.try_clone().unwrap(),
        pty.slave.try_clone().unwrap(),
    );
    drop(pty);
    let slave = || Stdio::from(slave_fd.try_clone().unwrap());
    // `--wait`: should setsid have to fork, it still ends with the program's own status.
    let mut child = Command::new(setsid)
        .args(["--wait", env!("CARGO_BIN_EXE_arglens")])
        .env("TERM", "xterm-256color")
        .env("ARGLENS_CONFIG", common::scratch_config())
        .stdin(slave())
        .stdout(slave())
        .stderr(slave())
        .spawn()
        .unwrap();
    drop(slave_fd);
    // Read until the first frame is up (the footer names the quit key), then close the
    // terminal: the only handle on its far side is the one this thread drops.
    let mut master = std::fs::File::from(master);
    let (closed_tx, closed) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        let mut out = Vec::new();
        let mut buf = [0u8; 4096];
        while let Ok(n) = master.read(&mut buf) {
            out.extend_from_slice(&buf[..n]);
            if n == 0 || contains(&out, b"quit") {
                break;
            }
        }
        drop(master);
        let _ = closed_tx.send(contains(&out, b"quit"));
    });
    let framed = closed.recv_timeout(Duration::from_secs(30));
    assert_eq!(framed, Ok(true), "the first frame appears");
    let start = Instant::now();
    let status = loop {
        if let Some(status) = child.try_wait().unwrap() {
            break Some(status);
        }
        if start.elapsed() > Duration::from_secs(10) {
            break None;
        }
        std::thread::sleep(Duration::from_millis(20));
    };
    let Some(status) = status else {
        child.kill().unwrap();
        child.wait().unwrap();
        panic!("the program kept running for 10 s after its terminal closed");
    };
    assert_eq!(status.code(), Some(129), "ends as on a hang-up: {status:?}");
}
