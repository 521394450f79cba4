//! The event loop's side of a presentation: hosting the room while the audience screen shows
//! a deck (or joining it, for a console), passing moves between the screens, and giving the
//! console its clock. Everything reaches the state as actions.

use std::path::PathBuf;
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use super::room::{Guest, Hello, Host, Link, fingerprint, protocol};
use crate::app::state::{Clock, Role, Room};
use crate::app::views::present;
use crate::app::{Action, App, update};

/// How often the console's clock is brought up to date.
const TICK: Duration = Duration::from_secs(1);

/// What the event loop keeps for presenting.
pub struct Presenting {
    link: Option<Link>,
    /// The room this screen hosts or joined.
    room: String,
    /// The pack folder, told to consoles so they load the same pack.
    content: Option<PathBuf>,
    /// When the presentation started, for the console's clock.
    started: u64,
    /// Whether hosting was tried for the deck showing (it is not retried after a refusal).
    tried: bool,
    last_tick: Option<Instant>,
}

impl Presenting {
    /// For the explorer and the audience screen: the room is hosted while a deck shows.
    pub fn host(room: &str, content: Option<PathBuf>) -> Self {
        Self {
            link: None,
            room: room.to_string(),
            content,
            started: now(),
            tried: false,
            last_tick: None,
        }
    }

    /// Hosts the room now, so a refusal (another presentation holds it) is reported before
    /// the terminal is taken.
    pub fn open_now(&mut self, app: &App) -> Result<(), String> {
        self.tried = true;
        self.link = Some(Link::Host(Host::open(&self.room, self.hello(app))?));
        Ok(())
    }

    /// For a console that has joined the room.
    pub fn guest(room: &str, guest: Guest, hello: &Hello) -> Self {
        Self {
            link: Some(Link::Guest(guest)),
            room: room.to_string(),
            content: None,
            started: hello.started,
            tried: true,
            last_tick: None,
        }
    }

    fn hello(&self, app: &App) -> Hello {
        let d = app.deck.as_ref();
        Hello {
            version: protocol::VERSION,
            content: self.content.as_ref().map(|p| p.display().to_string()),
            fingerprint: fingerprint(&app.pack),
            hide_claim: d.is_some_and(|d| d.hide_claim),
            started: self.started,
            room: present::room(app).unwrap_or_default(),
        }
    }

    /// After the reader's own keys: tell the other screens if the room moved.
    pub fn after_keys(&mut self, app: &App, before: Option<Room>) {
        let now = present::room(app);
        if let (Some(link), Some(room)) = (&mut self.link, now)
            && now != before
        {
            link.moved(room, true);
        }
    }

    /// Between keys: opens or closes the room as decks come and go, applies what the other
    /// screens sent, and ticks the console's clock. Says whether anything changed.
    pub fn background(&mut self, app: &mut App) -> bool {
        self.host_while_deck_shows(app);
        let mut changed = false;
        let incoming = self.link.as_ref().map(Link::incoming).unwrap_or_default();
        for action in incoming {
            let before = present::room(app);
            update(app, action);
            changed = true;
            if let (Some(link), Some(room)) = (&mut self.link, present::room(app))
                && link.is_host()
                && Some(room) != before
            {
                // A console moved the room: the other consoles follow.
                link.moved(room, false);
            }
        }
        if app.deck.as_ref().is_some_and(|d| d.role == Role::Console)
            && self.last_tick.is_none_or(|t| t.elapsed() >= TICK)
        {
            self.last_tick = Some(Instant::now());
            update(app, Action::Tick(clock(self.started)));
            changed = true;
        }
        changed
    }

    fn host_while_deck_shows(&mut self, app: &mut App) {
        let audience = app.deck.as_ref().is_some_and(|d| d.role == Role::Audience);
        match (&self.link, audience) {
            (None, true) if !self.tried => {
                if let Err(e) = self.open_now(app) {
                    update(app, Action::Say(format!("No console can join: {e}")));
                }
            }
            (Some(Link::Host(_)), false) => {
                self.link = None;
                self.tried = false;
            }
            (None, false) => self.tried = false,
            _ => {}
        }
    }

    /// How long the loop may sleep before something here needs it.
    pub fn wait(&self, longest: Duration) -> Duration {
        if self.link.is_some() {
            longest.min(Duration::from_millis(20))
        } else {
            longest
        }
    }
}

fn now() -> u64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_secs())
}

/// The console's clock: time since the presentation started, and the local time of day.
fn clock(started: u64) -> Clock {
    let wall = jiff::Zoned::now().strftime("%H:%M").to_string();
    Clock {
        elapsed: now().saturating_sub(started),
        wall,
    }
}
