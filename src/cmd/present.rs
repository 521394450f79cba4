//! `arglens present`: the explorer started in presentation mode.

use std::process::ExitCode;

use super::start::find_point;
use super::{PackArgs, ThemeArgs, fail, load_or_fail};
use crate::app::Action;
use crate::app::state::Role;
use crate::term::RunOptions;
use crate::term::presenting::Presenting;

#[derive(Debug, Clone, clap::Args)]
pub struct Args {
    #[command(flatten)]
    pub pack: PackArgs,
    #[command(flatten)]
    pub theme: ThemeArgs,
    /// The point to start at: its id, or SECTION/POINT.
    #[arg(long, value_name = "ID")]
    pub start: Option<String>,
    /// Hold every claim back until the first step, so the class can guess it (a point's
    /// `reveal_claim` does this for that point alone).
    #[arg(long)]
    pub hide_claim: bool,
    /// The room a presenter console joins (`arglens console --room NAME`), when several
    /// presentations run at once.
    #[arg(long, value_name = "NAME", default_value = super::DEFAULT_ROOM)]
    pub room: String,
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
        step: 0,
        role: Role::Audience,
        hide_claim: args.hide_claim,
    });
    if !crate::term::room::valid_name(&args.room) {
        return fail(&format!(
            "`{}` cannot name a room: use up to 40 letters, digits, - and _",
            args.room
        ));
    }
    let opts = RunOptions {
        watch: None,
        cache: None,
        presenting: Presenting::host(&args.room, args.pack.absolute_content()),
        host_now: true,
    };
    crate::term::run(pack, &actions, opts)
}
