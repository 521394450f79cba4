//! Content: the pack format, how it is read, and the checks that make it trustworthy.
//!
//! No terminal code lives here; the same loaded [`Pack`] serves the TUI, tests and any other
//! output.

mod beside;
pub mod cache;
pub mod date;
pub mod diag;
pub mod embedded;
pub mod files;
pub mod json;
pub mod load;
pub mod locate;
pub mod model;
pub mod raw;
pub mod sanitize;
/// Packs many times the shipped one's size: support for the benchmarks, the `gen_pack`
/// example and the tests, not part of the library's interface.
#[doc(hidden)]
pub mod scale;
mod scan;
pub mod schema;
pub mod span;
pub mod text;
pub mod unspaced;
pub mod validate;
pub mod yaml;

pub use diag::{Diagnostic, LoadError, Severity};
pub use load::{load, load_dir, load_embedded};
pub use model::{Era, Event, Kind, Pack, Passage, Point, PointRef, Section};
pub use validate::Checked;
