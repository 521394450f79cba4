//! What every session of a served class shares: the pack, where the presenter is (a watch
//! channel, so each session sees the latest room and a slow one never holds up the others),
//! how many are connected, and the failed logins per address.

use std::collections::HashMap;
use std::net::IpAddr;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use russh::keys::ssh_key::PublicKey;
use russh::{MethodKind, MethodSet};
use tokio::sync::watch;

use crate::app::state::Room;
use crate::content::Pack;

/// Failed logins an address may make in [`FAILURE_WINDOW`] before it is refused outright.
pub const MAX_FAILURES: usize = 5;
pub const FAILURE_WINDOW: Duration = Duration::from_secs(60);

/// Who may join and how.
#[derive(Clone)]
pub struct Admission {
    /// Keys that make a login as `presenter` the presenter.
    pub presenter_keys: Vec<PublicKey>,
    /// The class password students give, if one is set.
    pub password: Option<String>,
    pub max_clients: usize,
}

impl Admission {
    /// The ways in: a key (the presenter's), and the class password when there is one, else
    /// none at all.
    pub fn methods(&self) -> MethodSet {
        let second = if self.password.is_some() {
            MethodKind::Password
        } else {
            MethodKind::None
        };
        MethodSet::from(&[MethodKind::PublicKey, second][..])
    }
}

/// The class, shared by every session.
pub struct Class {
    pub pack: Arc<Pack>,
    pub admission: Admission,
    /// How long a screen may wait for its reader to take a frame before the reader is let go.
    pub patience: Duration,
    /// How long a screen may go with nothing happening (no key of its own, no move of the
    /// class) before it is closed.
    pub idle: Duration,
    /// When the class began: the presenter's clock counts from here, so it survives the
    /// presenter reconnecting.
    pub started: Instant,
    /// Where the presenter is.
    pub room: watch::Sender<Room>,
    /// Turns true when the class ends, so every screen can restore its reader's terminal.
    pub ended: watch::Sender<bool>,
    connected: AtomicUsize,
    failures: Mutex<HashMap<IpAddr, Vec<Instant>>>,
}

impl Class {
    pub fn new(pack: Arc<Pack>, admission: Admission, limits: (Duration, Duration)) -> Arc<Self> {
        let (patience, idle) = limits;
        Arc::new(Self {
            pack,
            admission,
            patience,
            idle,
            started: Instant::now(),
            room: watch::Sender::new(Room::default()),
            ended: watch::Sender::new(false),
            connected: AtomicUsize::new(0),
            failures: Mutex::new(HashMap::new()),
        })
    }

    /// Counts a connection in; `None` when the class is full. The seat is given back when the
    /// returned guard goes.
    pub fn take_seat(self: &Arc<Self>) -> Option<Seat> {
        let taken = self.connected.fetch_add(1, Ordering::SeqCst);
        let seat = Seat(Arc::clone(self));
        (taken < self.admission.max_clients).then_some(seat)
    }

    /// A seat beyond the limit, for the presenter of a full class.
    pub fn extra_seat(self: &Arc<Self>) -> Seat {
        self.connected.fetch_add(1, Ordering::SeqCst);
        Seat(Arc::clone(self))
    }

    /// How many are connected.
    pub fn connected(&self) -> usize {
        self.connected.load(Ordering::SeqCst)
    }

    /// Notes a failed login from `ip`.
    pub fn failed(&self, ip: Option<IpAddr>) {
        if let (Some(ip), Ok(mut map)) = (ip, self.failures.lock()) {
            let now = Instant::now();
            let times = map.entry(ip).or_default();
            times.retain(|t| now.duration_since(*t) < FAILURE_WINDOW);
            times.push(now);
        }
    }

    /// Whether `ip` has failed too often lately to be let try again yet.
    pub fn refused(&self, ip: Option<IpAddr>) -> bool {
        let (Some(ip), Ok(map)) = (ip, self.failures.lock()) else {
            return false;
        };
        let now = Instant::now();
        map.get(&ip).is_some_and(|times| {
            times
                .iter()
                .filter(|t| now.duration_since(**t) < FAILURE_WINDOW)
                .count()
                >= MAX_FAILURES
        })
    }
}

/// A place in the class, held while a connection lasts.
pub struct Seat(Arc<Class>);

impl Drop for Seat {
    fn drop(&mut self) {
        self.0.connected.fetch_sub(1, Ordering::SeqCst);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn class(max: usize) -> Arc<Class> {
        let pack = Arc::new(crate::content::load_embedded().unwrap().pack);
        Class::new(
            pack,
            Admission {
                presenter_keys: Vec::new(),
                password: None,
                max_clients: max,
            },
            (Duration::from_secs(30), Duration::from_secs(60)),
        )
    }

    #[test]
    fn seats_are_counted_and_given_back() {
        let c = class(2);
        let a = c.take_seat();
        let b = c.take_seat();
        assert!(a.is_some() && b.is_some());
        assert!(c.take_seat().is_none(), "the class is full");
        drop(a);
        assert_eq!(c.connected(), 1);
        assert!(c.take_seat().is_some());
    }

    #[test]
    fn an_address_failing_too_often_is_refused_and_others_are_not() {
        let c = class(10);
        let ip: IpAddr = "127.0.0.2".parse().unwrap();
        for _ in 0..MAX_FAILURES - 1 {
            c.failed(Some(ip));
        }
        assert!(!c.refused(Some(ip)));
        c.failed(Some(ip));
        assert!(c.refused(Some(ip)));
        assert!(!c.refused(Some("127.0.0.3".parse().unwrap())));
    }
}
