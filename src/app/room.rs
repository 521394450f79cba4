//! What the screens of one presentation share, as plain data: the room (slide, step, blank),
//! which screen an app is, and the console's clock. Kept apart from the state and the actions
//! so both can name it.

/// What every screen of one presentation agrees on: the slide, how far it is revealed, and
/// whether the audience sees it. (It crosses to the other screens as it is, hence serde.)
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, Default, serde::Serialize, serde::Deserialize,
)]
pub struct Room {
    pub slide: usize,
    pub step: usize,
    pub blank: bool,
}

/// Which screen of a presentation this app draws.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Role {
    /// The projected slides: never the teacher's notes.
    #[default]
    Audience,
    /// The presenter's console: the slide in miniature, what comes next, the notes, the clock
    /// and the slide index.
    Console,
}

/// The time the console shows, handed in by the terminal side (the state reads no clock).
#[derive(Debug, Clone, PartialEq, Eq, Hash, Default)]
pub struct Clock {
    /// Seconds since the presentation started.
    pub elapsed: u64,
    /// The time of day, as the console shows it ("14:05").
    pub wall: String,
}

/// A student's place in a class: where the presenter is, and whether this screen follows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct Follow {
    /// Where the presenter's deck is.
    pub room: Room,
    /// Whether this screen shows it; any move of the reader's own stops following.
    pub following: bool,
}
