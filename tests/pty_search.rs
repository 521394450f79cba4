#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    clippy::panic
)]
//! Searching in a real terminal: the words are marked where Enter lands, and `n` steps through
//! the results without piling up history, so one Back returns to where the search began.

mod common;

use common::session::{COLS, Session};

/// Whether `word` appears on screen with every one of its cells underlined and bold, as the
/// dark theme marks a match.
fn marked(p: &vt100::Parser, word: &str) -> bool {
    let screen = p.screen();
    let rows: Vec<String> = screen.rows(0, COLS).collect();
    rows.iter().enumerate().any(|(row, text)| {
        text.match_indices(word).any(|(at, _)| {
            let col = text[..at].chars().count();
            (col..col + word.chars().count()).all(|c| {
                let cell = screen.cell(row as u16, c as u16).unwrap();
                cell.underline() && cell.bold()
            })
        })
    })
}

#[test]
fn slash_gazprom_enter_marks_the_word_and_back_after_n_returns_in_one_step() {
    let mut s = Session::start(&[], &[]);
    let start = s.wait_screen("› point 1 of");
    assert!(
        !marked(&s.screen(), "Gazprom"),
        "nothing is marked before searching"
    );
    s.send(b"/gazprom");
    s.wait_screen("Search: gazprom▏");
    s.send(b"\r");
    s.wait_screen("◂ 1 back");
    let p = s.screen();
    assert!(marked(&p, "Gazprom"), "{}", p.screen().contents());
    for n in 2..=4 {
        s.send(b"n");
        s.wait_screen(&format!("result {n} of"));
    }
    // The message gives way to the status line at the next key; the trail is still one back.
    s.send(b"j");
    let status = |screen: &str| screen.lines().rev().nth(1).unwrap_or("").to_string();
    let after_n = s.wait_screen("◂ 1 back");
    assert!(
        !after_n.contains("◂ 2 back"),
        "n adds no history: {}",
        status(&after_n)
    );
    // Backspace is Back: one press returns to the very screen the search began from.
    s.send(b"\x7f");
    let back = s.wait_screen("Why Moscow? › point 1 of");
    let body = |screen: &str| screen.lines().take(27).collect::<Vec<_>>().join("\n");
    assert_eq!(
        body(&back),
        body(&start),
        "the same place as before the search"
    );
    assert!(!status(&back).contains("back"), "{}", status(&back));
    s.send(b"q");
    assert_eq!(s.exit_code(), 0);
}
