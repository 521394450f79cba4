//! `arglens` with no subcommand: the explorer in the terminal.

use std::path::PathBuf;
use std::process::ExitCode;

use super::start::StartArgs;
use super::{DEFAULT_ROOM, PackArgs, ThemeArgs, pack_and_start};
use crate::term::RunOptions;
use crate::term::presenting::Presenting;

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
    let (pack, actions) = match pack_and_start(&args.pack, &args.start, &args.theme) {
        Ok(started) => started,
        Err(code) => return code,
    };
    let watch: Option<PathBuf> = args.watch.then(|| args.pack.content.clone()).flatten();
    let opts = RunOptions {
        watch,
        cache: args.pack.cache(),
        // `p` presents from here too, in the default room, for a console to join.
        presenting: Presenting::host(DEFAULT_ROOM, args.pack.absolute_content()),
        host_now: false,
    };
    crate::term::run(pack, &actions, opts)
}
