//! The built-in pack as the build checked it.
//!
//! `build.rs` loads `content/` and `assets/` with the loader in [`crate::content`], every check
//! included, and writes the checked model in postcard's compact binary form; this module
//! includes those bytes. Opening the built-in pack then decodes the model instead of parsing
//! its YAML and checking it again. `arglens check` still reads the YAML, which is what its
//! warnings point into.

use crate::content::{LoadError, Pack, embedded, load, validate::Checks};

/// The checked model of the built-in pack, as `build.rs` wrote it.
pub static MODEL: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/built-in-pack.postcard"));

/// The built-in pack, decoded from its model.
pub fn pack() -> Result<Pack, LoadError> {
    pack_from(MODEL)
}

/// The built-in pack from `model`. Should the model ever fail to decode, the pack is loaded
/// from its embedded files as any other pack is, with the checks that can fail.
pub fn pack_from(model: &[u8]) -> Result<Pack, LoadError> {
    match embedded::decode(model) {
        Some(pack) => Ok(pack),
        None => load::load_for(None, Checks::ErrorsOnly).map(|checked| checked.pack),
    }
}
