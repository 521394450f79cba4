//! One person's screen in a served class: an explorer of their own, sized to their terminal,
//! drawn into their SSH channel. A student's screen follows the presenter until they move on
//! their own; the presenter's is the console, and its moves move the class.
//!
//! Each screen runs in its own task and only ever draws its latest state: while a frame is on
//! its way, what happens meanwhile is applied and the next frame shows the result, so a slow
//! reader gets fewer frames, never a backlog. A reader who takes nothing for [`STUCK`] is
//! let go; the others never wait for them.

use std::sync::{Arc, Mutex};
use std::time::Duration;

use ratatui::Terminal;
use ratatui::backend::CrosstermBackend;
use ratatui::layout::Rect;
use ratatui::{TerminalOptions, Viewport};
use russh::server::Msg;
use russh::{Channel, ChannelMsg, ChannelReadHalf, ChannelWriteHalf};
use termwiz::input::InputParser;
use tokio::time::timeout;

use super::class::Class;
use super::listen::Link;
use crate::app::keymap::action_for;
use crate::app::state::{Clock, Role, Room};
use crate::app::views::{self, present};
use crate::app::{Action, App, update};

/// How long a frame may wait for the reader to take it before the reader is let go.
pub const STUCK: Duration = Duration::from_secs(30);
/// How long a new connection may take to ask for its terminal.
const SETUP: Duration = Duration::from_secs(30);
/// The largest terminal drawn for; a bigger request is drawn at this size.
pub const MOST: (u16, u16) = (500, 200);
/// Sent first: the alternate screen, the cursor hidden, the screen cleared.
const ENTER: &[u8] = b"\x1b[?1049h\x1b[?25l\x1b[2J";
/// Sent last: the screen cleared with the cursor home (a terminal made taller meanwhile, such
/// as tmux's, otherwise brings the last frame's rows back above the shell's), the cursor
/// shown, the main screen back.
const LEAVE: &[u8] = b"\x1b[H\x1b[2J\x1b[?25h\x1b[?1049l";

/// Who a screen belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Who {
    Student,
    Presenter,
}

/// A terminal size as asked for, kept between 1×1 and [`MOST`].
pub fn clamp_size(cols: u32, rows: u32) -> (u16, u16) {
    let fit = |v: u32, most: u16| u16::try_from(v).unwrap_or(most).clamp(1, most);
    (fit(cols, MOST.0), fit(rows, MOST.1))
}

/// Why a screen stopped.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Ending {
    /// The reader quit, or their connection went.
    Left,
    /// The reader took nothing for too long; nothing more can be sent to them.
    Stuck,
    /// The class ended.
    ClassOver,
    /// Nothing happened for the idle time.
    Idle,
}

impl Ending {
    /// The line left on the reader's terminal after it is restored.
    fn farewell(self, class: &Class) -> Option<String> {
        match self {
            Self::ClassOver => Some("arglens: the class has ended.".into()),
            Self::Idle => Some(format!(
                "arglens: closed after {} with nothing happening.",
                said(class.idle)
            )),
            Self::Left | Self::Stuck => None,
        }
    }
}

/// A duration as people say it: "2 h", "30 min", "90 s".
fn said(d: Duration) -> String {
    let s = d.as_secs();
    if s >= 3600 && s % 3600 == 0 {
        format!("{} h", s / 3600)
    } else if s >= 60 && s % 60 == 0 {
        format!("{} min", s / 60)
    } else {
        format!("{s} s")
    }
}

/// Runs one screen until the reader leaves, is let go, the class ends or nothing happens for
/// too long; then ends the connection too, so its seat is free for someone else. A reader who
/// can still read gets a moment for the goodbye to reach them; one who was let go gets none.
pub async fn run(channel: Channel<Msg>, class: Arc<Class>, who: Who, link: Arc<Link>) {
    if show(channel, &class, who).await != Ending::Stuck {
        tokio::time::sleep(Duration::from_millis(500)).await;
    }
    link.drop_connection();
}

/// Draws one screen until it ends, and says why.
async fn show(channel: Channel<Msg>, class: &Arc<Class>, who: Who) -> Ending {
    let (mut rx, tx) = channel.split();
    let Some(size) = wait_for_shell(&mut rx).await else {
        let _ = tx.close().await;
        return Ending::Left;
    };
    let Some(mut screen) = Screen::new(class, who, size) else {
        let _ = tx.close().await;
        return Ending::Left;
    };
    let mut out = ENTER.to_vec();
    out.extend(screen.frame());
    let ending = if send(&tx, out, class.patience).await {
        live(&mut rx, &tx, &mut screen, class).await
    } else {
        Ending::Stuck
    };
    if ending != Ending::Stuck {
        let mut bye = LEAVE.to_vec();
        if let Some(line) = ending.farewell(class) {
            bye.extend(format!("{line}\r\n").into_bytes());
        }
        let _ = timeout(Duration::from_secs(1), tx.data_bytes(bye)).await;
        let _ = tx.exit_status(0).await;
        let _ = tx.eof().await;
    }
    let _ = tx.close().await;
    ending
}

/// The screen's life: keys, the class's moves and the clock, each followed by one frame.
async fn live(
    rx: &mut ChannelReadHalf,
    tx: &ChannelWriteHalf<Msg>,
    screen: &mut Screen,
    class: &Arc<Class>,
) -> Ending {
    let mut room = class.room.subscribe();
    room.mark_unchanged();
    let mut ended = class.ended.subscribe();
    let mut ticks = tokio::time::interval(Duration::from_secs(1));
    let mut last = tokio::time::Instant::now();
    loop {
        tokio::select! {
            msg = rx.wait() => {
                if !screen.take(msg) {
                    return Ending::Left;
                }
                last = tokio::time::Instant::now();
            }
            changed = room.changed() => {
                if changed.is_err() {
                    return Ending::Left;
                }
                screen.class_moved(*room.borrow_and_update());
                last = tokio::time::Instant::now();
            }
            _ = ticks.tick(), if screen.who == Who::Presenter => screen.tick(),
            _ = ended.wait_for(|e| *e) => return Ending::ClassOver,
            () = tokio::time::sleep_until(last + class.idle) => return Ending::Idle,
        }
        // Apply everything already waiting before drawing once.
        if !drain(rx, screen).await {
            return Ending::Left;
        }
        if room.has_changed().unwrap_or(false) {
            screen.class_moved(*room.borrow_and_update());
        }
        if !screen.app.is_running() {
            return Ending::Left;
        }
        if !send(tx, screen.frame(), class.patience).await {
            return Ending::Stuck;
        }
    }
}

/// Waits for the terminal's size and the request for a shell; `None` if the connection asks
/// for anything else (a command, a subsystem) or goes.
async fn wait_for_shell(rx: &mut ChannelReadHalf) -> Option<(u16, u16)> {
    let mut size = (80, 24);
    loop {
        match timeout(SETUP, rx.wait()).await.ok()?? {
            ChannelMsg::RequestPty {
                col_width,
                row_height,
                ..
            }
            | ChannelMsg::WindowChange {
                col_width,
                row_height,
                ..
            } => size = clamp_size(col_width, row_height),
            ChannelMsg::RequestShell { .. } => return Some(size),
            ChannelMsg::Exec { .. }
            | ChannelMsg::RequestSubsystem { .. }
            | ChannelMsg::Eof
            | ChannelMsg::Close => return None,
            _ => {}
        }
    }
}

/// Applies what has already arrived, without waiting; false once the reader has gone.
async fn drain(rx: &mut ChannelReadHalf, screen: &mut Screen) -> bool {
    while let Ok(msg) = timeout(Duration::ZERO, rx.wait()).await {
        if !screen.take(msg) {
            return false;
        }
    }
    true
}

/// Sends a frame; false if the reader would not take it within `patience`.
async fn send(tx: &ChannelWriteHalf<Msg>, bytes: Vec<u8>, patience: Duration) -> bool {
    if bytes.is_empty() {
        return true;
    }
    matches!(timeout(patience, tx.data_bytes(bytes)).await, Ok(Ok(())))
}

/// One reader's explorer and the terminal it is drawn into.
struct Screen {
    app: App,
    terminal: Terminal<CrosstermBackend<Sink>>,
    /// What the terminal wrote, taken after each frame.
    written: Arc<Mutex<Vec<u8>>>,
    parser: InputParser,
    class: Arc<Class>,
    who: Who,
    /// How many copies to the clipboard have been sent, so each is sent once.
    copies: u64,
}

impl Screen {
    fn new(class: &Arc<Class>, who: Who, size: (u16, u16)) -> Option<Self> {
        let mut app = App::new(Arc::clone(&class.pack), size);
        let room = *class.room.borrow();
        match who {
            Who::Student => update(&mut app, Action::JoinClass(room)),
            Who::Presenter => {
                let start = Action::Present {
                    at: None,
                    step: 0,
                    role: Role::Console,
                    hide_claim: false,
                };
                update(&mut app, start);
                update(&mut app, Action::JoinRoom(room));
            }
        }
        let viewport = Viewport::Fixed(Rect::new(0, 0, size.0, size.1));
        let written = Arc::new(Mutex::new(Vec::new()));
        let backend = CrosstermBackend::new(Sink(Arc::clone(&written)));
        let terminal = Terminal::with_options(backend, TerminalOptions { viewport }).ok()?;
        let copies = app.terminal.copies;
        Some(Self {
            app,
            terminal,
            written,
            parser: InputParser::new(),
            class: Arc::clone(class),
            who,
            copies,
        })
    }

    /// Applies a message from the channel; false once the reader has gone.
    fn take(&mut self, msg: Option<ChannelMsg>) -> bool {
        match msg {
            Some(ChannelMsg::Data { data }) => self.input(&data),
            Some(ChannelMsg::WindowChange {
                col_width,
                row_height,
                ..
            }) => self.resize(clamp_size(col_width, row_height)),
            Some(ChannelMsg::Eof | ChannelMsg::Close) | None => return false,
            Some(_) => {}
        }
        true
    }

    /// The reader's keys. The presenter's moves move the class.
    fn input(&mut self, bytes: &[u8]) {
        let before = present::room(&self.app);
        for key in super::input::keys(&mut self.parser, bytes) {
            if let Some(action) = action_for(views::layer(&self.app), key) {
                update(&mut self.app, action);
            }
        }
        let after = present::room(&self.app);
        if self.who == Who::Presenter
            && let Some(room) = after.filter(|r| Some(*r) != before)
        {
            self.class.room.send_replace(room);
        }
    }

    fn class_moved(&mut self, room: Room) {
        let action = match self.who {
            Who::Student => Action::ClassMoved(room),
            Who::Presenter => Action::JoinRoom(room),
        };
        update(&mut self.app, action);
    }

    fn resize(&mut self, (w, h): (u16, u16)) {
        update(&mut self.app, Action::Resize(w, h));
        let _ = self.terminal.resize(Rect::new(0, 0, w, h));
    }

    /// The presenter's clock: time since the class began, and the time of day.
    fn tick(&mut self) {
        let wall = jiff::Zoned::now().strftime("%H:%M").to_string();
        let clock = Clock {
            elapsed: self.class.started.elapsed().as_secs(),
            wall,
        };
        update(&mut self.app, Action::Tick(clock));
    }

    /// What changed on screen since the last frame, as bytes for the terminal, with any
    /// quotation copied to the clipboard.
    fn frame(&mut self) -> Vec<u8> {
        let app = &self.app;
        let _ = self.terminal.draw(|f| crate::ui::render(app, f));
        let mut out = self
            .written
            .lock()
            .map(|mut w| std::mem::take(&mut *w))
            .unwrap_or_default();
        if self.app.terminal.copies != self.copies {
            self.copies = self.app.terminal.copies;
            if let Some(text) = &self.app.terminal.copy {
                out.extend(crate::term::osc52(text).into_bytes());
            }
        }
        out
    }
}

/// Where the terminal backend writes a frame: a buffer the session takes and sends.
struct Sink(Arc<Mutex<Vec<u8>>>);

impl std::io::Write for Sink {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0
            .lock()
            .map_err(|_| std::io::Error::other("the frame buffer is poisoned"))?
            .extend_from_slice(buf);
        Ok(buf.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}
