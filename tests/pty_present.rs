#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    clippy::panic
)]
//! Presenting with two terminals, as a teacher does: `present` on the projector, `console`
//! on the laptop. Keys on either move both; the notes show on the console and never on the
//! audience screen; `b` blanks the audience screen; closing the console leaves the
//! presentation running, and closing the presentation tells the console.

mod common;

use common::session::Session;

const NOTE: &str = "Open by asking the class";

/// The screen's text as one line of words, so wrapping does not matter.
fn words(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[test]
fn a_console_in_a_second_terminal_drives_the_audience_screen() {
    let runtime = tempfile::tempdir().unwrap();
    let dir = runtime.path().to_str().unwrap();
    let env = [("XDG_RUNTIME_DIR", dir)];
    let mut audience = Session::start(&["present"], &env);
    audience.wait_screen("slide 1 of 20 · step 1 of");
    let mut console = Session::start(&["console"], &env);
    let shown = console.wait_screen("Teacher's notes");
    assert!(words(&shown).contains(NOTE), "{shown}");

    // Space on the console advances the audience screen.
    console.send(b" ");
    audience.wait_screen("step 2 of");
    console.wait_screen("step 2 of");

    // n on the audience screen says where the notes are, and never shows them.
    audience.send(b"n");
    let shown = audience.wait_screen("arglens console");
    assert!(!words(&shown).contains(NOTE), "{shown}");
    assert!(!shown.contains("Teacher's notes"), "{shown}");

    // b blanks the audience screen; the console says so; b again brings it back.
    audience.send(b"b");
    console.wait_screen("AUDIENCE SCREEN BLANK");
    let blank = audience.screen().screen().contents();
    assert!(blank.trim().is_empty(), "{blank}");
    console.send(b"b");
    audience.wait_screen("slide 1 of 20");

    // 5G on the console shows slide 5 on both.
    console.send(b"5G");
    audience.wait_screen("slide 5 of 20");
    console.wait_screen("slide 5 of 20");
    // and digits then Enter on the audience screen, too.
    audience.send(b"7\r");
    console.wait_screen("slide 7 of 20");
    let shown = audience.wait_screen("slide 7 of 20");
    assert!(!words(&shown).contains("Teacher"), "{shown}");

    // Closing the console leaves the presentation running.
    console.send(b"q");
    assert_eq!(console.exit_code(), 0);
    audience.send(b" ");
    audience.wait_screen("slide 7 of 20 · step 2 of");

    // A second console joins where the presentation is; closing the deck tells it.
    let mut second = Session::start(&["console"], &env);
    second.wait_screen("slide 7 of 20 · step 2 of");
    audience.send(b"q");
    second.wait_screen("presentation has ended");
    audience.wait_screen("› point");
    audience.send(b"q");
    assert_eq!(audience.exit_code(), 0);
    second.send(b"q");
    assert_eq!(second.exit_code(), 0);
}

#[test]
fn a_console_with_no_presentation_says_how_to_start_one() {
    let runtime = tempfile::tempdir().unwrap();
    let dir = runtime.path().to_str().unwrap();
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_arglens"))
        .args(["console", "--room", "nobody"])
        .env("XDG_RUNTIME_DIR", dir)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("no presentation is running in room `nobody`"),
        "{err}"
    );
    assert!(err.contains("arglens present"), "{err}");
}

#[test]
fn a_second_presentation_in_the_same_room_is_refused_before_the_terminal_is_taken() {
    let runtime = tempfile::tempdir().unwrap();
    let dir = runtime.path().to_str().unwrap();
    let env = [("XDG_RUNTIME_DIR", dir)];
    let mut first = Session::start(&["present"], &env);
    first.wait_screen("slide 1 of 20");
    let mut second = Session::start(&["present"], &env);
    assert_eq!(second.exit_code(), 2);
    let said = String::from_utf8_lossy(&second.output()).to_string();
    assert!(said.contains("already running in room `default`"), "{said}");
    assert!(
        !said.contains("\u{1b}[?1049h"),
        "the terminal was never taken"
    );
    // Another room is fine.
    let mut other = Session::start(&["present", "--room", "second"], &env);
    other.wait_screen("slide 1 of 20");
    other.send(b"qq");
    first.send(b"qq");
    assert_eq!(other.exit_code(), 0);
    assert_eq!(first.exit_code(), 0);
}
