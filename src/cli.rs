//! Command-line arguments.

use std::path::PathBuf;

use clap::{Parser, Subcommand};

/// Explore an argument in the terminal: its sections, claims, the verbatim source passages
/// behind each claim, and a timeline of the events it cites.
#[derive(Debug, Parser)]
#[command(name = "arglens", version, about, long_about = None)]
pub struct Cli {
    /// Load the pack from this folder instead of the built-in one.
    #[arg(long, value_name = "DIR", global = true)]
    pub content: Option<PathBuf>,

    /// Start on this tab: a section id (the built-in pack has why-moscow and pitfalls) or
    /// "timeline".
    #[arg(long, value_name = "ID", global = true)]
    pub tab: Option<String>,

    /// Start at a place: a section id, SECTION/POINT (e.g. why-moscow/energy), timeline, or
    /// event/EVENT (e.g. event/gas-deal-target).
    #[arg(long, value_name = "PLACE", global = true)]
    pub open: Option<String>,

    /// Colour scheme: dark, light, high-contrast or mono. With NO_COLOR set in the
    /// environment (to any value) the default is mono. `c` cycles through them in the app.
    #[arg(long, value_name = "NAME", global = true)]
    pub theme: Option<crate::app::ThemeName>,

    /// Reload the pack whenever one of its files changes, keeping your place; an edit that
    /// breaks the pack shows its problems and keeps the last good version. Needs --content.
    #[arg(long, requires = "content")]
    pub watch: bool,

    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Check a pack and report every problem (default: the built-in pack). Exits 0 when clean,
    /// 1 when problems were found, 2 when the check could not run.
    Check {
        /// The pack folder to check (overrides --content).
        dir: Option<PathBuf>,
        /// Fail on warnings too.
        #[arg(long)]
        strict: bool,
        /// How to print the problems.
        #[arg(long, value_enum, default_value_t = Format::Human)]
        format: Format,
    },
    /// Create a starter pack for an article: the article copied in, one section, one point
    /// quoting the first paragraph, one event, and comments explaining each field. It passes
    /// `check` as written. Refuses to touch a folder that already exists.
    New {
        /// The folder to create.
        dir: PathBuf,
        /// The article's text (UTF-8), copied into the pack.
        #[arg(long, value_name = "ARTICLE.txt")]
        source: PathBuf,
        /// The article's title (default: the first paragraph, if it is short).
        #[arg(long)]
        title: Option<String>,
    },
    /// Print the JSON Schema of the pack format, for editors: one file kind (article, section,
    /// passages or timeline), or by default one schema accepting any pack file.
    Schema {
        /// article, section, passages or timeline.
        #[arg(value_name = "KIND")]
        kind: Option<crate::content::schema::FileKind>,
    },
    /// Write the pack as a handout (Markdown, HTML), as JSON that loads back into the same
    /// pack, or as Argdown for the Argdown tools.
    Export {
        #[arg(long, value_enum)]
        format: crate::export::Format,
        /// Write here instead of standard output.
        #[arg(long, value_name = "FILE")]
        out: Option<PathBuf>,
    },
    /// Print one frame of the interface as plain text, without entering the terminal.
    Render {
        /// Terminal size to draw at, as COLSxROWS.
        #[arg(long, value_name = "COLSxROWS", default_value = "100x30", value_parser = parse_size)]
        size: (u16, u16),
        /// Keep the theme's colours and styles, as ANSI escape sequences.
        #[arg(long)]
        color: bool,
        /// Draw presentation mode (at --open's point, or the first), fully revealed.
        #[arg(long)]
        present: bool,
    },
    /// Presentation mode for a projector: one point per screen, revealed step by step with
    /// Space or →; q leaves it for the explorer.
    Present {
        /// The point to start at: its id, or SECTION/POINT.
        #[arg(long, value_name = "ID")]
        start: Option<String>,
        /// Show the teacher's notes (n toggles them).
        #[arg(long)]
        notes: bool,
    },
}

/// Output format of `check`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// rustc-style messages with the offending line quoted.
    Human,
    /// A JSON report for editors and CI.
    Json,
}

/// The theme to start with: `--theme`, else mono when `NO_COLOR` is set (to any value), else
/// dark.
pub fn theme(cli: &Cli, no_color: bool) -> crate::app::ThemeName {
    match cli.theme {
        Some(t) => t,
        None if no_color => crate::app::ThemeName::Mono,
        None => crate::app::ThemeName::Dark,
    }
}

/// Parses "100x30" (or "100×30").
pub fn parse_size(s: &str) -> Result<(u16, u16), String> {
    let (c, r) = s
        .split_once(['x', 'X', '×'])
        .ok_or_else(|| format!("`{s}` is not a size; expected COLSxROWS, e.g. 100x30"))?;
    let num = |v: &str| {
        v.trim()
            .parse::<u16>()
            .map_err(|_| format!("`{v}` is not a whole number from 0 to 65535"))
    };
    let (c, r) = (num(c)?, num(r)?);
    if c > 1000 || r > 1000 {
        return Err("sizes above 1000x1000 are not supported".into());
    }
    Ok((c, r))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_sizes() {
        assert_eq!(parse_size("80x24"), Ok((80, 24)));
        assert_eq!(parse_size("240×67"), Ok((240, 67)));
        assert!(parse_size("80").is_err());
        assert!(parse_size("axb").is_err());
        assert!(parse_size("5000x10").is_err());
    }
}
