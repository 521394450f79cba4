//! Handouts and machine-readable copies of a pack: `arglens export`.
//!
//! Every format is a pure function of the checked pack, so exports say exactly what the app
//! shows, and the tests can check them for completeness without a terminal.

pub mod argdown;
pub mod edition;
pub mod html;
pub mod json;
pub mod markdown;
pub mod svg;

pub use edition::Edition;

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

impl ExportFormat {
    /// Whether the format is a handout, written in a student's and a teacher's edition.
    /// JSON and Argdown have one form each (JSON is the whole pack, notes included).
    pub fn has_editions(self) -> bool {
        matches!(self, ExportFormat::Markdown | ExportFormat::Html)
    }
}

/// The pack in `format`; a handout in the student's edition.
pub fn export(pack: &Pack, format: ExportFormat) -> String {
    export_edition(pack, format, Edition::Student)
}

/// The pack in `format`, a handout in `edition`; the formats without editions (see
/// [`ExportFormat::has_editions`]) are the same in either.
pub fn export_edition(pack: &Pack, format: ExportFormat, edition: Edition) -> String {
    match format {
        ExportFormat::Markdown => markdown::export(pack, edition),
        ExportFormat::Html => html::export(pack, edition),
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

/// A background event's basis, introduced as not the article's, or nothing; `heading` and
/// `text` dress each part for the format.
fn basis_note(
    e: &Event,
    heading: impl Fn(&str) -> String,
    text: impl Fn(&str) -> String,
) -> String {
    e.basis.as_deref().map_or(String::new(), |b| {
        format!(
            "{} {}",
            heading(crate::content::model::BACKGROUND_BASIS),
            text(b)
        )
    })
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
