//! `arglens serve`: a class over SSH. A teacher runs one command; students run one `ssh` line
//! and get the explorer in their own terminal, following the presenter's slides or browsing
//! on their own; the presenter logs in as `presenter` with a listed key and gets the console,
//! whose moves move the class.
//!
//! The transport lives here and only here: `russh` for the protocol, one task per screen
//! (`session.rs`), termwiz for reading keys (`input.rs`). What a screen shows and how keys
//! change it is the same `app` and `ui` as in a local terminal; the class's shared state is
//! the presenter's [`Room`](crate::app::state::Room) in a watch channel (`class.rs`).
//! Nothing here touches the local terminal.

pub mod class;
pub mod handler;
pub mod input;
pub mod keys;
pub mod listen;
pub mod session;

use std::net::SocketAddr;
use std::sync::Arc;
use std::time::Duration;

use russh::keys::PrivateKey;
use russh::server::Config;
use tokio::net::TcpListener;

pub use class::{Admission, Class};

/// How a class is served.
pub struct Options {
    pub listen: SocketAddr,
    pub host_key: PrivateKey,
    pub admission: Admission,
    /// A connection that sends nothing for this long is closed.
    pub idle_timeout: Duration,
    /// A screen whose reader takes nothing for this long is let go (normally [`session::STUCK`]).
    pub stuck_after: Duration,
}

/// A class being served.
pub struct Running {
    /// Where it listens (with the port chosen, when 0 was asked for).
    pub addr: SocketAddr,
    pub class: Arc<Class>,
    task: tokio::task::JoinHandle<std::io::Result<()>>,
}

impl Running {
    /// Waits until the server stops.
    pub async fn wait(self) -> std::io::Result<()> {
        self.task.await.unwrap_or(Ok(()))
    }

    /// Tells every connection the class has ended, closes them and stops listening.
    pub fn stop(&self) {
        self.class.ended.send_replace(true);
    }

    /// [`stop`](Self::stop), then waits (a few seconds at most) until every screen has given
    /// its reader's terminal back and every connection has closed: a process that exits at
    /// once would leave students' terminals on the alternate screen.
    pub async fn end(&self) {
        self.stop();
        let deadline = tokio::time::Instant::now() + Duration::from_secs(3);
        while self.class.connected() > 0 && tokio::time::Instant::now() < deadline {
            tokio::time::sleep(Duration::from_millis(20)).await;
        }
    }
}

/// Starts serving `pack` as the options say.
pub async fn start(pack: Arc<crate::content::Pack>, opts: Options) -> std::io::Result<Running> {
    let listener = TcpListener::bind(opts.listen).await?;
    let addr = listener.local_addr()?;
    let class = Class::new(pack, opts.admission, (opts.stuck_after, opts.idle_timeout));
    let config = Arc::new(config(opts.host_key, opts.idle_timeout, &class));
    let ended = class.ended.subscribe();
    let task = tokio::spawn(listen::accept(listener, config, Arc::clone(&class), ended));
    Ok(Running { addr, class, task })
}

fn config(key: PrivateKey, idle: Duration, class: &Class) -> Config {
    Config {
        methods: class.admission.methods(),
        keys: vec![key],
        // The screens close idle sessions themselves, restoring the reader's terminal; this is
        // the backstop for a connection that never opened one.
        inactivity_timeout: Some(idle + Duration::from_secs(60)),
        auth_rejection_time: Duration::from_millis(500),
        auth_rejection_time_initial: Some(Duration::ZERO),
        max_auth_attempts: 6,
        nodelay: true,
        ..Config::default()
    }
}
