//! `arglens guide`: the pack guide (the format, a first pack step by step, and what every
//! message of `check` means), compiled into the binary so an author needs no repository.

use std::process::ExitCode;

/// The guide's text: `content/README.md`.
pub const GUIDE: &str = include_str!("../../content/README.md");

/// `arglens guide` takes no arguments.
#[derive(Debug, Clone, clap::Args)]
pub struct Args {}

/// Prints the guide.
pub fn run(_args: &Args) -> ExitCode {
    print!("{GUIDE}");
    ExitCode::SUCCESS
}
