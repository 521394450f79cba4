//! The explorer's state and behaviour, with no drawing and no terminal: everything here can be
//! driven and checked in tests.
//!
//! - [`state`]: the plain data, in groups; [`cursor`]: the one cursor every list uses.
//! - [`action`] and [`keymap`]: what can happen, and which key asks for it where.
//! - [`update`]: the only writer, which routes each action to the view in front.
//! - [`views`]: one module per place the reader can be.
//! - [`navigate`]: jumps, back and forward, used by the views; the history itself is state.
//! - [`doc`], [`layout`], [`memo`], [`status`]: what the drawing code reads.

pub mod action;
pub mod clipboard;
pub mod cursor;
pub mod destination;
pub mod doc;
pub mod filter;
pub mod find;
pub mod keymap;
pub mod layout;
pub mod memo;
pub mod navigate;
pub mod reload;
pub mod room;
pub mod state;
pub mod status;
pub mod tab;
pub mod tabbar;
pub mod theme_name;
pub mod timeline_view;
pub mod update;
pub mod views;

pub use action::Action;
pub use state::{App, Focus, FullView, Overlay, Page};
pub use tab::Tab;
pub use theme_name::ThemeName;
pub use update::update;
