//! arglens: explore an argument in the terminal.
//!
//! Data flows one way: content files are parsed, validated and indexed by [`content`]; [`app`]
//! holds the reader's state and changes it only through [`app::update`]; [`ui`] draws that state
//! and never changes it. The binary in `main.rs` wires these to a real terminal.

pub mod app;
pub mod check;
pub mod cli;
pub mod content;
pub mod export;
pub mod render_text;
pub mod scaffold;
pub mod start;
pub mod term;
pub mod ui;
pub mod watch;
pub mod wrap;
