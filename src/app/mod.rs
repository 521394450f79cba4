//! The explorer's state and behaviour, with no drawing and no terminal: everything here can be
//! driven and checked in tests.

pub mod action;
pub mod cache;
pub mod doc;
pub mod filter;
pub mod keymap;
pub mod layout;
pub mod map;
pub mod place;
pub mod present;
pub mod reload;
pub mod search;
pub mod source;
pub mod state;
pub mod tab;
pub mod theme_name;
pub mod trail;
pub mod update;

pub use action::Action;
pub use state::{App, Focus, Overlay, Page, View};
pub use tab::Tab;
pub use theme_name::ThemeName;
pub use update::update;
