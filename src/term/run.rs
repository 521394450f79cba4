//! The explorer's event loop: read terminal events, turn them into actions, hand those to
//! `update`, draw. Reloads from `--watch` come in as actions too.

use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::Arc;
use std::sync::atomic::AtomicUsize;
use std::sync::mpsc::Receiver;
use std::time::{Duration, Instant};

use ratatui::crossterm::event;

use super::presenting::Presenting;
use super::{Tui, Watch, action_for_event};
use crate::app::action::{Indexed, Reload};
use crate::app::find::Index;
use crate::app::views::{self, present};
use crate::app::{Action, App, update};
use crate::content::{self, Pack};
use crate::ui;

/// How often the event loop wakes to check for signals when no input arrives.
const SIGNAL_POLL: Duration = Duration::from_millis(100);

/// What runs beside the explorer: the `--watch` folder, and presenting (the room a deck is
/// shown to, or the console's link to it).
pub struct RunOptions {
    pub watch: Option<PathBuf>,
    /// Where a reload from the `--watch` folder remembers the pack (see
    /// [`content::cache`]), so that opening it next time is quick.
    pub cache: Option<content::cache::Cache>,
    pub presenting: Presenting,
    /// Host the room before the terminal is taken, so a refusal is a plain error.
    pub host_now: bool,
}

/// The exit code after a hang-up: 128 + SIGHUP, as the shell reports a program a hang-up ended.
const HUNG_UP: u8 = 129;

/// Runs the explorer until the reader quits or a signal arrives, starting with `actions`
/// applied. The terminal is restored on every way out, including errors.
pub fn run(pack: Arc<Pack>, actions: &[Action], opts: RunOptions) -> ExitCode {
    if !super::is_terminal() {
        return crate::cmd::fail(
            "the explorer needs a terminal; `arglens render` prints a frame as text, \
             `arglens export` writes a handout",
        );
    }
    match run_in_terminal(pack, actions, opts) {
        Ok(code) => code,
        // The error was the terminal going away: nobody is left to read a message, and
        // writing one would fail too. End as a hang-up would have ended the program.
        Err(_) if super::terminal_hung_up() => ExitCode::from(HUNG_UP),
        Err(e) => crate::cmd::fail(&format!("terminal error: {e}")),
    }
}

fn run_in_terminal(
    pack: Arc<Pack>,
    actions: &[Action],
    mut opts: RunOptions,
) -> std::io::Result<ExitCode> {
    let signals = super::watch_signals()?;
    super::exit_if_stuck(Arc::clone(&signals));
    // Start watching and presenting before the terminal is taken, so a failure is reported
    // on a clean screen.
    let watch = match opts.watch.take() {
        Some(dir) => {
            let assets = dir.join("..").join("assets");
            let watch = Watch::new(&dir, &[assets]).map_err(|e| {
                std::io::Error::other(format!("cannot watch {}: {e}", dir.display()))
            })?;
            Some((watch, dir, opts.cache.take()))
        }
        None => None,
    };
    let (cols, rows) = ratatui::crossterm::terminal::size()?;
    let app = crate::cmd::start_app(pack, (cols, rows), actions);
    if opts.host_now
        && let Err(e) = opts.presenting.open_now(&app)
    {
        return Ok(crate::cmd::fail(&e.to_string()));
    }
    let mut terminal = super::enter()?;
    let mut state = Loop {
        app,
        watch,
        indexing: None,
        presenting: opts.presenting,
    };
    let result = state.run(&mut terminal, &signals);
    super::restore();
    // Dropped with its cursor hidden, ratatui's terminal shows it, and reports a failure
    // with `eprintln!`, which panics when standard error is that same terminal gone away. A
    // terminal that cannot take the write is not dropped: the process is ending anyway.
    if terminal.show_cursor().is_err() {
        std::mem::forget(terminal);
    }
    result
}

/// The explorer and everything running beside it.
struct Loop {
    app: App,
    /// The folder watched, and where a reload of it is remembered.
    watch: Option<(Watch, PathBuf, Option<content::cache::Cache>)>,
    /// The search index being built, once the first frame is up.
    indexing: Option<Receiver<Action>>,
    presenting: Presenting,
}

impl Loop {
    fn run(&mut self, terminal: &mut Tui, signals: &AtomicUsize) -> std::io::Result<ExitCode> {
        let size = terminal.size()?;
        update(&mut self.app, Action::Resize(size.width, size.height));
        let mut saved = self.app.prefs;
        let mut carried = self.app.terminal.clone();
        let mut dirty = true;
        loop {
            save_settings(&mut self.app, &mut saved);
            carry_out(&self.app, &mut carried)?;
            if let Some(sig) = super::signal_received(signals) {
                return Ok(ExitCode::from(u8::try_from(128 + sig).unwrap_or(1)));
            }
            let now = Instant::now();
            dirty |= self.background(now);
            if dirty {
                terminal.draw(|frame| ui::render(&self.app, frame))?;
                dirty = false;
            }
            if self.indexing.is_none() {
                // After the first frame: start-up does not wait for the search index.
                self.indexing = Some(index_in_background(&self.app.pack));
            }
            // With the frame up, a large pack opened (or reloaded) for the first time is
            // remembered (`content::cache`).
            content::cache::finish_writing();
            let wait = self
                .watch
                .as_ref()
                .map_or(SIGNAL_POLL, |(w, _, _)| w.wait(now, SIGNAL_POLL));
            if !event::poll(self.presenting.wait(wait))? {
                continue;
            }
            let before = present::room(&self.app);
            let next = handle_queued(&mut self.app)?;
            self.presenting.after_keys(&self.app, before);
            match next {
                Next::Quit => return Ok(ExitCode::SUCCESS),
                Next::Suspend => {
                    super::suspend(self.app.terminal.mouse)?;
                    // The screen was cleared: forget what was on it, so all of it is drawn
                    // again; the window may have been resized meanwhile.
                    terminal.swap_buffers();
                    let size = terminal.size()?;
                    update(&mut self.app, Action::Resize(size.width, size.height));
                }
                Next::Draw => {}
            }
            dirty = true;
        }
    }

    /// What happens between keys: reloads, the search index arriving, the other screens of a
    /// presentation. Says whether the screen needs drawing.
    fn background(&mut self, now: Instant) -> bool {
        let mut changed = false;
        if let Some((w, dir, cache)) = &mut self.watch
            && w.due(now)
        {
            update(&mut self.app, reload(dir, cache.as_ref()));
            self.indexing = None;
            changed = true;
        }
        if let Some(built) = self.indexing.as_ref().and_then(|r| r.try_recv().ok()) {
            update(&mut self.app, built);
        }
        changed | self.presenting.background(&mut self.app)
    }
}

/// Saves the theme and the timeline pane's setting when the reader changes them.
fn save_settings(app: &mut App, saved: &mut crate::app::state::Prefs) {
    if app.prefs == *saved {
        return;
    }
    *saved = app.prefs;
    if let Err(e) = crate::cmd::config::save(saved) {
        update(app, Action::Say(e));
    }
}

/// What the event loop does after the queued events.
enum Next {
    Draw,
    Suspend,
    Quit,
}

/// Handles every event already queued before drawing again, so a burst of wheel events or a
/// held key does not queue up frames.
fn handle_queued(app: &mut App) -> std::io::Result<Next> {
    loop {
        let ev = event::read()?;
        test_panic_if_requested(&ev);
        if let Some(action) = action_for_event(&ev, views::layer(app)) {
            let suspend = action == Action::Suspend;
            update(app, action);
            if suspend {
                return Ok(Next::Suspend);
            }
        }
        if !app.is_running() {
            return Ok(Next::Quit);
        }
        if !event::poll(Duration::ZERO)? {
            return Ok(Next::Draw);
        }
    }
}

/// Carries out what the state asks of the terminal since last time: mouse capture on or off,
/// text to copy.
fn carry_out(app: &App, carried: &mut crate::app::state::Terminal) -> std::io::Result<()> {
    let wanted = &app.terminal;
    if wanted.mouse != carried.mouse {
        super::capture_mouse(wanted.mouse)?;
    }
    if wanted.copies != carried.copies
        && let Some(text) = &wanted.copy
    {
        super::copy_to_clipboard(text)?;
    }
    *carried = wanted.clone();
    Ok(())
}

/// Builds the pack's search index on another thread; it arrives as an action. A reader who
/// searches before it is ready gets one built on the spot, and this one is then dropped.
fn index_in_background(pack: &Arc<Pack>) -> Receiver<Action> {
    let (tx, rx) = std::sync::mpsc::channel();
    let pack = Arc::clone(pack);
    std::thread::spawn(move || {
        let index = Arc::new(Index::build(&pack));
        // The loop may have ended meanwhile; then nobody wants it.
        let _ = tx.send(Action::Indexed(Indexed { pack, index }));
    });
    rx
}

/// The pack loaded again from `dir`, or why it could not be.
fn reload(dir: &std::path::Path, cache: Option<&content::cache::Cache>) -> Action {
    match content::cache::load(dir, cache) {
        Ok(pack) => Action::Reloaded(Reload(pack)),
        Err(e) => Action::ReloadFailed(e.diagnostics.iter().map(ToString::to_string).collect()),
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
