//! The command line: the explorer by default, and one module per subcommand, each with its
//! own arguments, so a flag is accepted only by the commands that use it.
//!
//! This is the binary side of the program, with [`crate::term`]: everything that can fail on
//! bad input fails here, before the terminal is touched, with a message and exit code 2.

pub mod check;
pub mod config;
pub mod console;
pub mod explore;
pub mod export;
pub mod guide;
pub mod new;
mod output;
pub mod present;
pub mod render;
pub mod schema;
pub mod serve;
mod start;

pub use start::{StartArgs, app as start_app};

use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::Arc;

use clap::{Parser, Subcommand};

use crate::app::ThemeName;
use crate::content::{self, Pack};

/// Exit code for a usage or load error.
pub const USAGE_ERROR: u8 = 2;

/// Explore an argument in the terminal: its sections, claims, the verbatim source passages
/// behind each claim, and a timeline of the events it cites.
#[derive(Debug, Parser)]
#[command(name = "arglens", version, about, long_about = None, args_conflicts_with_subcommands = true)]
pub struct Cli {
    #[command(flatten)]
    pub explore: explore::Args,

    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Check a pack (a folder or a JSON export) and report every problem (default: the pack in
    /// the current folder, else the built-in pack). Exits 0 when clean,
    /// 1 when problems were found, 2 when the check could not run.
    Check(check::Args),
    /// Create a starter pack for an article: the article copied in, one section, one point
    /// quoting the first paragraph, one event, and comments explaining each field. It passes
    /// `check` as written. Refuses to touch a folder that already exists.
    New(new::Args),
    /// Print the pack guide: the format's fields and dates, a first pack step by step, and
    /// what every message of `check` means and how to fix it.
    Guide(guide::Args),
    /// Print the JSON Schema of the pack format, for editors: one file kind (article, section,
    /// passages or timeline), or by default one schema accepting any pack file.
    Schema(schema::Args),
    /// Write the pack as a handout (Markdown, HTML), as JSON that loads back into the same
    /// pack, or as Argdown for the Argdown tools.
    Export(export::Args),
    /// Print one frame of the interface as plain text, without entering the terminal.
    Render(render::Args),
    /// Presentation mode for a projector: one point per screen, revealed step by step with
    /// Space or →; q leaves it for the explorer. The teacher's notes are never shown here:
    /// run `arglens console` in a second terminal for them.
    Present(present::Args),
    /// The presenter console, in a second terminal beside `arglens present`: the slide in
    /// miniature, what comes next, the notes, the clock and the slide index. Its keys move
    /// both screens; q closes it and the presentation goes on.
    Console(console::Args),
    /// Teach a class over SSH: students type the `ssh` line this prints and get the explorer
    /// in their own terminal, following your slides or browsing on their own; you log in as
    /// `presenter` with a key from --presenter-key and drive it from the console.
    Serve(serve::Args),
}

/// Where the pack comes from.
#[derive(Debug, Clone, clap::Args)]
pub struct PackArgs {
    /// Load the pack from this folder (or JSON export) instead of the built-in one.
    #[arg(long, value_name = "DIR")]
    pub content: Option<PathBuf>,
    /// Read a large pack afresh, without the copy of its checked model arglens keeps to
    /// open it quickly again (and without updating that copy).
    #[arg(long)]
    pub no_cache: bool,
}

impl PackArgs {
    /// Where checked models of large packs are kept between runs: `arglens/packs` in the
    /// user's cache folder; `None` with `--no-cache` or without an absolute cache folder.
    pub fn cache(&self) -> Option<content::cache::Cache> {
        use etcetera::BaseStrategy;
        if self.no_cache {
            return None;
        }
        let dirs = etcetera::choose_base_strategy().ok()?;
        let dir = dirs.cache_dir().join("arglens").join("packs");
        // A relative folder (from a relative `HOME`) would follow the working folder about.
        dir.is_absolute()
            .then(|| content::cache::Cache::new(dir).writing_later())
    }

    /// The pack folder as an absolute path, for telling another process which pack this is.
    pub fn absolute_content(&self) -> Option<PathBuf> {
        self.content
            .as_ref()
            .map(|p| std::fs::canonicalize(p).unwrap_or_else(|_| p.clone()))
    }
}

/// The room a presentation and its console meet in unless told otherwise.
pub const DEFAULT_ROOM: &str = "default";

/// How the explorer looks.
#[derive(Debug, Clone, clap::Args)]
pub struct ThemeArgs {
    /// Colour scheme: dark, light, high-contrast or mono. With NO_COLOR set in the
    /// environment (to any value) the default is mono. `c` cycles through them in the app.
    #[arg(long, value_name = "NAME")]
    pub theme: Option<ThemeName>,
}

impl ThemeArgs {
    /// `--theme`, else mono when `NO_COLOR` is set (to any value), else the saved theme, else
    /// dark.
    pub fn theme(&self, saved: Option<ThemeName>) -> ThemeName {
        match self.theme {
            Some(t) => t,
            None if std::env::var_os("NO_COLOR").is_some() => ThemeName::Mono,
            None => saved.unwrap_or(ThemeName::Dark),
        }
    }
}

/// The actions that apply the saved settings and `--theme`: the theme, the timeline pane,
/// and a note if the settings file had to be ignored (also said on standard error, where it
/// stays readable after the explorer ends).
pub fn settings(theme: &ThemeArgs) -> Vec<crate::app::Action> {
    use crate::app::Action;
    let (saved, warning) = config::load();
    let mut actions = vec![Action::SetTheme(theme.theme(saved.theme))];
    if let Some(shown) = saved.timeline {
        actions.push(Action::SetTimeline(shown));
    }
    if let Some(view) = saved.timeline_view {
        actions.push(Action::SetTimelineView(view));
    }
    if let Some(w) = warning {
        say(&format!("arglens: {w}"));
        actions.push(Action::Say(w));
    }
    actions
}

/// Runs the command the arguments name.
pub fn run(cli: Cli) -> ExitCode {
    match cli.command {
        None => explore::run(&cli.explore),
        Some(Command::Check(args)) => check::run(&args),
        Some(Command::New(args)) => new::run(&args),
        Some(Command::Guide(args)) => guide::run(&args),
        Some(Command::Schema(args)) => schema::run(&args),
        Some(Command::Export(args)) => export::run(&args),
        Some(Command::Render(args)) => render::run(&args),
        Some(Command::Present(args)) => present::run(&args),
        Some(Command::Console(args)) => console::run(&args),
        Some(Command::Serve(args)) => serve::run(&args),
    }
}

/// Loads the pack the arguments name. The explorer shows no warnings, so it skips the checks
/// that can only warn; the built-in pack was checked when arglens was built, so its model is
/// decoded instead of loaded, and a large pack opened before is decoded from the copy kept
/// of it if its files are unchanged.
pub fn load_pack(args: &PackArgs) -> Result<Arc<Pack>, String> {
    match args.content.as_deref() {
        None => crate::built_in::pack().map(Arc::new),
        Some(path) => content::cache::load(path, args.cache().as_ref()),
    }
    .map_err(|e| e.to_string())
}

/// The pack the arguments name, or the exit code after saying why it could not be loaded
/// (the message names the file, line and column).
pub fn load_or_fail(args: &PackArgs) -> Result<Arc<Pack>, ExitCode> {
    load_pack(args).map_err(|message| {
        say(&message);
        ExitCode::from(USAGE_ERROR)
    })
}

/// The pack and the actions that open the explorer where the arguments say, or the exit
/// code after saying what is wrong.
pub fn pack_and_start(
    pack: &PackArgs,
    start: &StartArgs,
    theme: &ThemeArgs,
) -> Result<(Arc<Pack>, Vec<crate::app::Action>), ExitCode> {
    let pack = load_or_fail(pack)?;
    let mut actions = settings(theme);
    actions.extend(start.actions(&pack).map_err(|message| fail(&message))?);
    Ok((pack, actions))
}

/// Prints an error message the way every command does, and gives the usage exit code.
pub fn fail(message: &str) -> ExitCode {
    say(&format!("arglens: {message}"));
    ExitCode::from(USAGE_ERROR)
}

/// Writes a line to standard error. Unlike `eprintln!`, which panics when it cannot write,
/// a closed or vanished standard error (a terminal that hung up, `2>&-`) loses the message
/// and nothing else: the exit code still says what happened.
pub fn say(line: &str) {
    use std::io::Write;
    let _ = writeln!(std::io::stderr(), "{line}");
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

    #[test]
    fn flags_belong_to_the_commands_that_use_them() {
        let parse = |args: &[&str]| Cli::try_parse_from([&["arglens"], args].concat());
        assert!(parse(&["schema", "--open", "nope"]).is_err());
        assert!(parse(&["check", "--theme", "dark"]).is_err());
        assert!(parse(&["export", "--tab", "timeline", "--format", "json"]).is_err());
        assert!(parse(&["--tab", "timeline", "render"]).is_err());
        assert!(parse(&["render", "--tab", "timeline"]).is_ok());
        assert!(
            parse(&["render", "--tab", "timeline", "--open", "energy"]).is_err(),
            "one start place"
        );
        assert!(parse(&["present", "--content", "x", "--start", "energy"]).is_ok());
        assert!(parse(&["--content", "x", "--watch", "--theme", "mono"]).is_ok());
        assert!(parse(&["--watch"]).is_err(), "--watch needs --content");
    }
}
