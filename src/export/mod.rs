//! Handouts and machine-readable copies of a pack: `arglens export`.
//!
//! Every format is a pure function of the checked pack, so exports say exactly what the app
//! shows, and the tests can check them for completeness without a terminal.

pub mod argdown;
pub mod html;
pub mod json;
pub mod markdown;

use crate::content::Pack;

/// The formats `arglens export --format` offers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// A readable handout.
    Markdown,
    /// One self-contained, printable page.
    Html,
    /// The whole pack, for programs; loads back into the same pack.
    Json,
    /// The argument's structure for the Argdown tools (https://argdown.org).
    Argdown,
}

/// The pack in `format`.
pub fn export(pack: &Pack, format: Format) -> String {
    match format {
        Format::Markdown => markdown::export(pack),
        Format::Html => html::export(pack),
        Format::Json => json::export(pack),
        Format::Argdown => argdown::export(pack),
    }
}
