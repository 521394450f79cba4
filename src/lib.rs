//! arglens: explore an argument in the terminal.
//!
//! Data flows one way: content files are parsed, validated and indexed by [`content`] (the
//! built-in pack once, when arglens is built: [`built_in`] holds its checked model); [`app`]
//! holds the reader's state and changes it only through [`app::update`]; [`ui`] draws that state
//! and never changes it. The binary side, [`cmd`] and [`term`], reads the command line and wires
//! these to a real terminal; [`serve`] to many terminals over SSH; [`export`] writes handouts. `ARCHITECTURE.md` is the map.

pub mod app;
pub mod axis;
pub mod built_in;
pub mod cmd;
pub mod content;
pub mod deck;
pub mod export;
pub mod serve;
pub mod term;
pub mod ui;
pub mod wrap;
