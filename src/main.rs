//! The `arglens` binary: parse arguments, load the pack, then run the explorer in the terminal
//! (or print one frame with `render`). Everything that can fail on bad input fails here, before
//! the terminal is touched.

use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::Arc;
use std::time::{Duration, Instant};

use clap::Parser;
use ratatui::crossterm::event;

use arglens::app;
use arglens::start::Start;
use std::io::IsTerminal;

use arglens::cli::{Cli, Command, Format};
use arglens::content::{self, Pack};
use arglens::watch::Watch;
use arglens::{render_text, term, ui};

/// How often the event loop wakes to check for signals when no input arrives.
const SIGNAL_POLL: Duration = Duration::from_millis(100);

/// Exit code for a usage or load error.
const USAGE_ERROR: u8 = 2;

fn main() -> ExitCode {
    let cli = Cli::parse();
    if let Some(Command::Check {
        dir,
        strict,
        format,
    }) = &cli.command
    {
        return check(dir.as_deref().or(cli.content.as_deref()), *strict, *format);
    }
    match &cli.command {
        Some(Command::New { dir, source, title }) => return new(dir, source, title.as_deref()),
        Some(Command::Schema { kind }) => {
            let schema = match kind {
                Some(kind) => content::schema::schema(*kind),
                None => content::schema::pack_schema(),
            };
            print!("{}", content::schema::to_text(&schema));
            return ExitCode::SUCCESS;
        }
        _ => {}
    }
    let pack = match load(&cli) {
        Ok(pack) => Arc::new(pack),
        Err(message) => {
            eprintln!("{message}");
            return ExitCode::from(USAGE_ERROR);
        }
    };
    let start = match Start::from_cli(&cli, &pack, std::env::var_os("NO_COLOR").is_some()) {
        Ok(start) => start,
        Err(message) => {
            eprintln!("arglens: {message}");
            return ExitCode::from(USAGE_ERROR);
        }
    };
    match cli.command {
        Some(Command::Render { size, color, .. }) => {
            let app = start.app(pack, size);
            if color {
                print!("{}", render_text::render_to_ansi(&app));
            } else {
                print!("{}", render_text::render_to_string(&app));
            }
            ExitCode::SUCCESS
        }
        Some(Command::Export { format, out }) => {
            let text = arglens::export::export(&pack, format);
            match write_output(out.as_deref(), &text) {
                Ok(()) => ExitCode::SUCCESS,
                Err(message) => {
                    eprintln!("arglens: {message}");
                    ExitCode::from(USAGE_ERROR)
                }
            }
        }
        Some(Command::Check { .. } | Command::New { .. } | Command::Schema { .. }) => {
            ExitCode::SUCCESS
        }
        None | Some(Command::Present { .. }) => match run(pack, &start, watch_dir(&cli)) {
            Ok(code) => code,
            Err(e) => {
                eprintln!("arglens: terminal error: {e}");
                ExitCode::from(USAGE_ERROR)
            }
        },
    }
}

/// `arglens check`: reports go to stdout, so they can be piped; the exit code says the verdict.
fn check(dir: Option<&std::path::Path>, strict: bool, format: Format) -> ExitCode {
    match arglens::check::check(dir) {
        Ok(report) => {
            match format {
                Format::Json => println!("{}", report.to_json()),
                Format::Human => {
                    let color =
                        std::io::stdout().is_terminal() && std::env::var_os("NO_COLOR").is_none();
                    print!("{}", report.to_human(color));
                }
            }
            ExitCode::from(report.exit_code(strict))
        }
        Err(e) => {
            eprintln!("{e}");
            ExitCode::from(arglens::check::COULD_NOT_RUN)
        }
    }
}

/// `arglens new`: writes the starter pack and says what to do next.
fn new(dir: &std::path::Path, source: &std::path::Path, title: Option<&str>) -> ExitCode {
    match arglens::scaffold::create(dir, source, title) {
        Ok(written) => {
            println!("Created {} with:", dir.display());
            for file in written {
                println!("  {file}");
            }
            println!(
                "Next: edit the YAML files, then run `arglens check {0}` and `arglens --content {0}`.",
                dir.display()
            );
            ExitCode::SUCCESS
        }
        Err(message) => {
            eprintln!("arglens: {message}");
            ExitCode::from(USAGE_ERROR)
        }
    }
}

/// Prints `text`, or writes it to `path` through a temporary file beside it, so an
/// interrupted export never leaves half a file where a good one was.
fn write_output(path: Option<&std::path::Path>, text: &str) -> Result<(), String> {
    let Some(path) = path else {
        print!("{text}");
        return Ok(());
    };
    let name = path.display();
    let mut tmp = path.as_os_str().to_owned();
    tmp.push(".arglens-tmp");
    let tmp = PathBuf::from(tmp);
    std::fs::write(&tmp, text).map_err(|e| format!("cannot write {name}: {e}"))?;
    std::fs::rename(&tmp, path).map_err(|e| {
        let _ = std::fs::remove_file(&tmp);
        format!("cannot write {name}: {e}")
    })
}

fn load(cli: &Cli) -> Result<Pack, String> {
    // The explorer shows no warnings, so it skips the checks that can only warn.
    content::load::load_for(
        cli.content.as_deref(),
        content::validate::Checks::ErrorsOnly,
    )
    .map(|checked| checked.pack)
    .map_err(|e| e.to_string())
}

/// Runs the explorer until the reader quits or a signal arrives. The terminal is restored on
/// every way out, including errors.
fn run(pack: Arc<Pack>, start: &Start, watch_dir: Option<PathBuf>) -> std::io::Result<ExitCode> {
    let signals = term::watch_signals()?;
    term::exit_if_stuck(Arc::clone(&signals));
    // Start watching before the terminal is taken, so a failure is reported on a clean screen.
    let watch = match &watch_dir {
        Some(dir) => {
            let assets = dir.join("..").join("assets");
            let watch = Watch::new(dir, &[assets]).map_err(|e| {
                std::io::Error::other(format!("cannot watch {}: {e}", dir.display()))
            })?;
            Some((watch, dir.clone()))
        }
        None => None,
    };
    let mut terminal = term::enter()?;
    let result = event_loop(&mut terminal, pack, start, &signals, watch);
    term::restore();
    result
}

/// The pack folder `--watch` follows.
fn watch_dir(cli: &Cli) -> Option<PathBuf> {
    cli.watch.then(|| cli.content.clone()).flatten()
}

fn event_loop(
    terminal: &mut term::Tui,
    pack: Arc<Pack>,
    start: &Start,
    signals: &std::sync::atomic::AtomicUsize,
    mut watch: Option<(Watch, PathBuf)>,
) -> std::io::Result<ExitCode> {
    let size = terminal.size()?;
    let mut app = start.app(pack, (size.width, size.height));
    let mut dirty = true;
    loop {
        if let Some(sig) = term::signal_received(signals) {
            return Ok(ExitCode::from(u8::try_from(128 + sig).unwrap_or(1)));
        }
        let now = Instant::now();
        if let Some((w, dir)) = &mut watch
            && w.due(now)
        {
            match content::load::load_for(Some(dir), content::validate::Checks::ErrorsOnly) {
                Ok(checked) => app::reload::replace_pack(&mut app, Arc::new(checked.pack)),
                Err(e) => app::reload::show_problems(&mut app, &e.diagnostics),
            }
            dirty = true;
        }
        if dirty {
            terminal.draw(|frame| ui::render(&app, frame))?;
            dirty = false;
        }
        let wait = watch
            .as_ref()
            .map_or(SIGNAL_POLL, |(w, _)| w.wait(now, SIGNAL_POLL));
        if !event::poll(wait)? {
            continue;
        }
        // Handle everything already queued before drawing again, so a burst of wheel events or
        // a held key does not queue up frames.
        loop {
            let ev = event::read()?;
            test_panic_if_requested(&ev);
            if let Some(action) = term::action_for_event(&ev, app.key_context()) {
                app::update(&mut app, action);
                dirty = true;
            }
            if !app.running {
                return Ok(ExitCode::SUCCESS);
            }
            if !event::poll(Duration::ZERO)? {
                break;
            }
        }
    }
}

/// Lets the tests prove the terminal is restored after a panic: in debug builds only, with
/// `ARGLENS_TEST_PANIC` set, the first key press panics. Release builds compile this away.
#[cfg(debug_assertions)]
#[allow(clippy::panic)]
fn test_panic_if_requested(ev: &event::Event) {
    if matches!(ev, event::Event::Key(_)) && std::env::var_os("ARGLENS_TEST_PANIC").is_some() {
        panic!("panic requested by ARGLENS_TEST_PANIC");
    }
}

#[cfg(not(debug_assertions))]
fn test_panic_if_requested(_: &event::Event) {}
