//! The explorer's state and behaviour, with no drawing and no terminal: everything here can be
//! driven and checked in tests.

pub mod action;
pub mod doc;
pub mod keymap;
pub mod layout;
pub mod place;
pub mod present;
pub mod reload;
pub mod state;
pub mod tab;
pub mod theme_name;
pub mod update;

pub use action::Action;
pub use state::{App, Focus, Overlay, Page};
pub use tab::Tab;
pub use theme_name::ThemeName;
pub use update::update;
