//! `arglens` with no subcommand: the explorer in the terminal.

use std::path::PathBuf;
use std::process::ExitCode;

use super::start::StartArgs;
use super::{PackArgs, ThemeArgs, fail, load_or_fail};
use crate::app::Action;

/// The explorer's arguments.
#[derive(Debug, Clone, clap::Args)]
pub struct Args {
    #[command(flatten)]
    pub pack: PackArgs,
    #[command(flatten)]
    pub start: StartArgs,
    #[command(flatten)]
    pub theme: ThemeArgs,
    /// Reload the pack whenever one of its files changes, keeping your place; an edit that
    /// breaks the pack shows its problems and keeps the last good version. Needs --content.
    #[arg(long, requires = "content")]
    pub watch: bool,
}

pub fn run(args: &Args) -> ExitCode {
    let pack = match load_or_fail(&args.pack) {
        Ok(pack) => pack,
        Err(code) => return code,
    };
    let mut actions = vec![Action::SetTheme(args.theme.theme())];
    match args.start.actions(&pack) {
        Ok(more) => actions.extend(more),
        Err(message) => return fail(&message),
    }
    let watch: Option<PathBuf> = args.watch.then(|| args.pack.content.clone()).flatten();
    crate::term::run(pack, &actions, watch)
}
