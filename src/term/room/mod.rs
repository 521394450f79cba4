//! The room: how the audience screen and presenter consoles of one presentation, run by the
//! same user on the same machine, stay together. The audience screen hosts a Unix socket in
//! the user's runtime folder; each console joins it. Moves travel as [`protocol`] lines and
//! arrive in the event loop as actions, so the state changes only through `update`.
//!
//! The host is the authority: a console sends the moves its keys make and shows whatever the
//! host sends back, so two people pressing keys at once cannot leave the screens apart.

pub mod protocol;
mod socket;

pub use protocol::{Hello, fingerprint};
pub use socket::{room_path, valid_name};

use std::io::{BufRead, BufReader, Write};
use std::os::unix::net::{UnixListener, UnixStream};
use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{Receiver, Sender, channel};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use protocol::Message;

use crate::app::Action;
use crate::app::state::Room;

/// How long a write to a peer may block before that peer is dropped.
const WRITE_TIMEOUT: Duration = Duration::from_millis(200);
/// How long a console waits for the host's greeting.
const HELLO_TIMEOUT: Duration = Duration::from_secs(3);

/// This screen's end of a room.
pub enum Link {
    /// The audience screen, which consoles join.
    Host(Host),
    /// A console.
    Guest(Guest),
}

impl Link {
    /// What arrived from the other screens since last time, as actions.
    pub fn incoming(&self) -> Vec<Action> {
        let rx = match self {
            Self::Host(h) => &h.actions,
            Self::Guest(g) => &g.actions,
        };
        rx.try_iter().collect()
    }

    /// The room moved: tell the other screens. The host tells every console; a console tells
    /// the host only about its own moves (`own`), never echoing what it was sent.
    pub fn moved(&mut self, room: Room, own: bool) {
        match self {
            Self::Host(h) => h.broadcast(&Message::room(room), Some(room)),
            Self::Guest(g) if own => g.send(&Message::room(room)),
            Self::Guest(_) => {}
        }
    }

    pub fn is_host(&self) -> bool {
        matches!(self, Self::Host(_))
    }
}

/// The audience screen's socket and the consoles that joined it.
pub struct Host {
    path: PathBuf,
    peers: Arc<Mutex<Vec<UnixStream>>>,
    /// The greeting for new consoles, with the room as it is now.
    hello: Arc<Mutex<Hello>>,
    actions: Receiver<Action>,
    stop: Arc<AtomicBool>,
}

impl Host {
    /// Opens room `name`, refusing if another presentation holds it.
    pub fn open(name: &str, hello: Hello) -> Result<Self, String> {
        let path = socket::claim(name)?;
        let listener = UnixListener::bind(&path)
            .map_err(|e| format!("cannot open room `{name}` at {}: {e}", path.display()))?;
        let (tx, actions) = channel();
        let host = Self {
            path,
            peers: Arc::new(Mutex::new(Vec::new())),
            hello: Arc::new(Mutex::new(hello)),
            actions,
            stop: Arc::new(AtomicBool::new(false)),
        };
        let (peers, greeting, stop) = (
            Arc::clone(&host.peers),
            Arc::clone(&host.hello),
            Arc::clone(&host.stop),
        );
        std::thread::spawn(move || accept(&listener, &peers, &greeting, &stop, &tx));
        Ok(host)
    }

    /// Sends a line to every console, dropping any that cannot take it.
    fn broadcast(&self, message: &Message, room: Option<Room>) {
        if let (Some(room), Ok(mut hello)) = (room, self.hello.lock()) {
            hello.room = room;
        }
        let line = message.line();
        if let Ok(mut peers) = self.peers.lock() {
            peers.retain_mut(|p| p.write_all(line.as_bytes()).is_ok());
        }
    }

    /// How many consoles are connected.
    pub fn consoles(&self) -> usize {
        self.peers.lock().map_or(0, |p| p.len())
    }
}

impl Drop for Host {
    /// Says goodbye to the consoles, stops accepting and removes the socket.
    fn drop(&mut self) {
        self.broadcast(&Message::Bye, None);
        self.stop.store(true, Ordering::SeqCst);
        // Wake the accepting thread so it sees the stop.
        let _ = UnixStream::connect(&self.path);
        let _ = std::fs::remove_file(&self.path);
    }
}

fn accept(
    listener: &UnixListener,
    peers: &Mutex<Vec<UnixStream>>,
    hello: &Mutex<Hello>,
    stop: &AtomicBool,
    tx: &Sender<Action>,
) {
    for stream in listener.incoming() {
        if stop.load(Ordering::SeqCst) {
            return;
        }
        let Ok(mut stream) = stream else { continue };
        let _ = stream.set_write_timeout(Some(WRITE_TIMEOUT));
        let greeting = hello.lock().map(|h| Message::Hello(h.clone()).line());
        let Ok(greeting) = greeting else { continue };
        if stream.write_all(greeting.as_bytes()).is_err() {
            continue;
        }
        if let (Ok(reader), Ok(mut list)) = (stream.try_clone(), peers.lock()) {
            list.push(stream);
            let tx = tx.clone();
            std::thread::spawn(move || read_moves(BufReader::new(reader), &tx, false));
        }
    }
}

/// Reads a peer's lines until it goes, turning its moves into actions. For a console, the
/// host's goodbye or its going away ends the presentation.
fn read_moves(mut reader: BufReader<UnixStream>, tx: &Sender<Action>, from_host: bool) {
    let mut line = String::new();
    loop {
        line.clear();
        match reader.read_line(&mut line) {
            Ok(0) | Err(_) => break,
            Ok(_) => match Message::parse(&line) {
                Some(Message::Room { slide, step, blank }) => {
                    let room = Room { slide, step, blank };
                    if tx.send(Action::JoinRoom(room)).is_err() {
                        return;
                    }
                }
                Some(Message::Bye) if from_host => break,
                _ => {}
            },
        }
    }
    if from_host {
        let _ = tx.send(Action::RoomEnded);
    }
}

/// A console's connection to the audience screen.
pub struct Guest {
    stream: UnixStream,
    actions: Receiver<Action>,
}

impl Guest {
    /// Joins room `name`: the greeting says which pack to load and where the deck is.
    pub fn join(name: &str) -> Result<(Self, Hello), String> {
        let path = room_path(name)?;
        let stream = UnixStream::connect(&path).map_err(|_| {
            format!(
                "no presentation is running in room `{name}`: start one with `arglens present` \
                 in another terminal (and the same --room), then run the console again"
            )
        })?;
        let _ = stream.set_read_timeout(Some(HELLO_TIMEOUT));
        let mut reader = BufReader::new(stream.try_clone().map_err(|e| e.to_string())?);
        let mut line = String::new();
        reader
            .read_line(&mut line)
            .map_err(|e| format!("room `{name}` did not answer: {e}"))?;
        let hello = match Message::parse(&line) {
            Some(Message::Hello(h)) if h.version == protocol::VERSION => h,
            _ => {
                return Err(format!(
                    "room `{name}` is held by another version of arglens; use the same one on both screens"
                ));
            }
        };
        let _ = stream.set_read_timeout(None);
        let _ = stream.set_write_timeout(Some(WRITE_TIMEOUT));
        let (tx, actions) = channel();
        // The reader goes on from where the greeting ended, whatever it has buffered.
        std::thread::spawn(move || read_moves(reader, &tx, true));
        Ok((Self { stream, actions }, hello))
    }

    fn send(&mut self, message: &Message) {
        let _ = self.stream.write_all(message.line().as_bytes());
    }
}
