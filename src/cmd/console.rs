//! `arglens console`: the presenter's console, in a second terminal beside the audience
//! screen. It joins the room `arglens present` opened, loads the same pack, and shows the
//! slide in miniature with the notes, what comes next, the clock and the slide index. Its
//! keys move both screens; closing it leaves the audience screen running.

use std::process::ExitCode;

use super::{PackArgs, ThemeArgs, fail, load_or_fail};
use crate::app::Action;
use crate::app::state::Role;
use crate::term::RunOptions;
use crate::term::presenting::Presenting;
use crate::term::room::{Guest, fingerprint};

#[derive(Debug, Clone, clap::Args)]
pub struct Args {
    /// The room of the presentation to join, as given to `arglens present --room`.
    #[arg(long, value_name = "NAME", default_value = super::DEFAULT_ROOM)]
    pub room: String,
    #[command(flatten)]
    pub theme: ThemeArgs,
}

pub fn run(args: &Args) -> ExitCode {
    let (guest, hello) = match Guest::join(&args.room) {
        Ok(joined) => joined,
        Err(message) => return fail(&message),
    };
    let pack_args = PackArgs {
        content: hello.content.as_ref().map(Into::into),
        // The presenter opened this pack: if it is large, its copy is likely there.
        no_cache: false,
    };
    let pack = match load_or_fail(&pack_args) {
        Ok(pack) => pack,
        Err(code) => return code,
    };
    if fingerprint(&pack) != hello.fingerprint {
        return fail(
            "the presentation's pack has changed since it started; restart `arglens present`, \
             then the console",
        );
    }
    let mut actions = super::settings(&args.theme);
    actions.push(Action::Present {
        at: None,
        step: 0,
        role: Role::Console,
        hide_claim: hello.hide_claim,
    });
    actions.push(Action::JoinRoom(hello.room));
    let opts = RunOptions {
        watch: None,
        cache: None,
        presenting: Presenting::guest(&args.room, guest, &hello),
        host_now: false,
    };
    crate::term::run(pack, &actions, opts)
}
