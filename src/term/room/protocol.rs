//! What the screens of one presentation say to each other over the room's socket: one JSON
//! object per line. The audience screen (the host) greets each console with what it needs to
//! load the same pack and join, then both send the room whenever it moves; the host says
//! goodbye when the deck closes.

use serde::{Deserialize, Serialize};

use crate::app::state::Room;

/// Bumped when a message changes shape, so an old console and a new host refuse each other
/// plainly instead of misreading.
pub const VERSION: u32 = 1;
/// Longest line read from a peer; anything longer is dropped.
pub const MAX_LINE: usize = 64 * 1024;

/// One line on the socket.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum Message {
    /// The host's greeting.
    Hello(Hello),
    /// Where the presentation is now.
    Room {
        slide: usize,
        step: usize,
        blank: bool,
    },
    /// The audience screen closed its deck.
    Bye,
}

/// What a console needs to show the same deck.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Hello {
    pub version: u32,
    /// The pack folder, absolute, or `None` for the built-in pack.
    pub content: Option<String>,
    /// Names the pack's slides, so a console that loaded a different pack can tell.
    pub fingerprint: String,
    /// Whether every claim is held back until the first step.
    pub hide_claim: bool,
    /// When the presentation started, in seconds since 1970, for the console's clock.
    pub started: u64,
    pub room: Room,
}

impl Message {
    pub fn room(r: Room) -> Self {
        Self::Room {
            slide: r.slide,
            step: r.step,
            blank: r.blank,
        }
    }

    /// The message as one line, newline included.
    pub fn line(&self) -> String {
        let mut s = serde_json::to_string(self).unwrap_or_default();
        s.push('\n');
        s
    }

    /// Reads a line; `None` for anything that is not a message of this version.
    pub fn parse(line: &str) -> Option<Self> {
        if line.len() > MAX_LINE {
            return None;
        }
        serde_json::from_str(line.trim_end()).ok()
    }
}

/// A short, stable name for a deck: how many slides and which points, in order.
pub fn fingerprint(pack: &crate::content::Pack) -> String {
    use std::hash::{Hash, Hasher};
    let mut h = std::collections::hash_map::DefaultHasher::new();
    for s in &pack.sections {
        s.id.hash(&mut h);
        for p in &s.points {
            p.id.hash(&mut h);
        }
    }
    format!("{:016x}", h.finish())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn messages_round_trip_as_single_lines() {
        let room = Room {
            slide: 4,
            step: 2,
            blank: true,
        };
        let line = Message::room(room).line();
        assert!(line.ends_with('\n') && line.matches('\n').count() == 1);
        assert_eq!(Message::parse(&line), Some(Message::room(room)));
        assert_eq!(Message::parse(&Message::Bye.line()), Some(Message::Bye));
        assert_eq!(Message::parse("not json"), None);
        assert_eq!(Message::parse(&"x".repeat(MAX_LINE + 1)), None);
    }
}
