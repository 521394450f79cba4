//! Handouts and machine-readable copies of a pack: `arglens export`.
//!
//! Every format is a pure function of the checked pack, so exports say exactly what the app
//! shows, and the tests can check them for completeness without a terminal.

pub mod argdown;
pub mod html;
pub mod json;
pub mod markdown;
pub mod svg;

use crate::content::{Event, Pack};

/// The formats `arglens export --format` offers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum ExportFormat {
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
pub fn export(pack: &Pack, format: ExportFormat) -> String {
    match format {
        ExportFormat::Markdown => markdown::export(pack),
        ExportFormat::Html => html::export(pack),
        ExportFormat::Json => json::export(pack),
        ExportFormat::Argdown => argdown::export(pack),
    }
}

/// An event's date as shown, with "(inferred)" where the date was worked out.
/// and "(background, not in the article)" where the article does not date the event.
pub fn date_label(e: &Event) -> String {
    if e.is_background() {
        format!("{} ({})", e.date, crate::content::model::BACKGROUND)
    } else if e.inferred {
        format!("{} (inferred)", e.date)
    } else {
        e.date.to_string()
    }
}

/// `before` and the items joined by `sep`, then `after`; nothing when there are no items:
/// " · quoted by Reason 1, Pitfall 2".
fn listed(before: &str, items: &[String], sep: &str, after: &str) -> String {
    if items.is_empty() {
        String::new()
    } else {
        format!("{before}{}{after}", items.join(sep))
    }
}
