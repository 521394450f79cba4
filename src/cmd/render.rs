//! `arglens render`: one frame of the interface as plain text (or with ANSI colours), without
//! entering the terminal: for docs, scripts and tests.

use std::process::ExitCode;

use super::start::{self, StartArgs};
use super::{PackArgs, ThemeArgs, fail, pack_and_start, parse_size};
use crate::app::Action;
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
    /// Draw presentation mode (at --open's point, or the first).
    #[arg(long)]
    pub present: bool,
}

pub fn run(args: &Args) -> ExitCode {
    let (pack, mut actions) = match pack_and_start(&args.pack, &args.start, &args.theme) {
        Ok(started) => started,
        Err(code) => return code,
    };
    if args.present {
        let at = match args.start.point(&pack) {
            Ok(at) => at,
            Err(message) => return fail(&message),
        };
        // The claim and its explanation: what a picture of a slide needs.
        actions.push(Action::Present {
            at,
            notes: false,
            step: 1,
        });
    }
    let app = start::app(pack, args.size, &actions);
    if args.color {
        super::output::print(&render_to_ansi(&app))
    } else {
        super::output::print(&render_to_string(&app))
    }
}
