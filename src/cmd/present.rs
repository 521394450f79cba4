//! `arglens present`: the explorer started in presentation mode.

use std::process::ExitCode;

use super::start::find_point;
use super::{PackArgs, ThemeArgs, fail, load_or_fail};
use crate::app::Action;

#[derive(Debug, Clone, clap::Args)]
pub struct Args {
    #[command(flatten)]
    pub pack: PackArgs,
    #[command(flatten)]
    pub theme: ThemeArgs,
    /// The point to start at: its id, or SECTION/POINT.
    #[arg(long, value_name = "ID")]
    pub start: Option<String>,
    /// Show the teacher's notes (n toggles them).
    #[arg(long)]
    pub notes: bool,
}

pub fn run(args: &Args) -> ExitCode {
    let pack = match load_or_fail(&args.pack) {
        Ok(pack) => pack,
        Err(code) => return code,
    };
    let at = match args
        .start
        .as_deref()
        .map(|id| find_point(id, &pack))
        .transpose()
    {
        Ok(at) => at,
        Err(message) => return fail(&message),
    };
    let mut actions = super::settings(&args.theme);
    actions.push(Action::Present {
        at,
        notes: args.notes,
        step: 0,
    });
    crate::term::run(pack, &actions, None)
}
