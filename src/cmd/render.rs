//! `arglens render`: one frame of the interface as plain text (or with ANSI colours), without
//! entering the terminal: for docs, scripts and tests.

use std::process::ExitCode;

use super::start::{self, StartArgs};
use super::{PackArgs, ThemeArgs, fail, pack_and_start, parse_size};
use crate::app::Action;
use crate::app::state::Role;
use crate::ui::text::{render_to_ansi, render_to_string};

#[derive(Debug, Clone, clap::Args)]
pub struct Args {
    #[command(flatten)]
    pub pack: PackArgs,
    #[command(flatten)]
    pub start: StartArgs,
    #[command(flatten)]
    pub theme: ThemeArgs,
    /// Terminal size to draw at, as COLSxROWS.
    #[arg(long, value_name = "COLSxROWS", default_value = "100x30", value_parser = parse_size)]
    pub size: (u16, u16),
    /// Keep the theme's colours and styles, as ANSI escape sequences.
    #[arg(long)]
    pub color: bool,
    /// Draw a presentation slide (at --open's point, or the first), fully revealed unless
    /// --step says how far.
    #[arg(long, conflicts_with = "console")]
    pub present: bool,
    /// Draw the presenter console at that slide instead.
    #[arg(long)]
    pub console: bool,
    /// With --present or --console: how many steps of the slide are revealed (0 shows the
    /// heading alone).
    #[arg(long, value_name = "N")]
    pub step: Option<usize>,
    /// With --present or --console: hold the claim back until the first step.
    #[arg(long)]
    pub hide_claim: bool,
}

pub fn run(args: &Args) -> ExitCode {
    let (pack, mut actions) = match pack_and_start(&args.pack, &args.start, &args.theme) {
        Ok(started) => started,
        Err(code) => return code,
    };
    if args.present || args.console {
        let at = match args.start.point(&pack) {
            Ok(at) => at,
            Err(message) => return fail(&message),
        };
        let role = if args.console {
            Role::Console
        } else {
            Role::Audience
        };
        actions.push(Action::Present {
            at,
            // More steps than a slide has reveal all of it.
            step: args.step.unwrap_or(usize::MAX),
            role,
            hide_claim: args.hide_claim,
        });
    } else if args.step.is_some() || args.hide_claim {
        return fail("--step and --hide-claim draw a slide: add --present or --console");
    }
    let app = start::app(pack, args.size, &actions);
    if args.color {
        super::output::print(&render_to_ansi(&app))
    } else {
        super::output::print(&render_to_string(&app))
    }
}
