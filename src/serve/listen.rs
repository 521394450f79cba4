//! The accept loop: each connection in its own task, with limits russh leaves to us. A
//! connection must log in within [`LOGIN_TIME`]; one whose screen has let its reader go is
//! dropped at once (russh would otherwise wait for the reader before closing); when the class
//! ends, each is told so and closed.

use std::net::{Shutdown, SocketAddr};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;

use russh::Disconnect;
use russh::server::{Config, run_stream};
use tokio::net::{TcpListener, TcpStream};
use tokio::sync::{Notify, watch};
use tokio::time::{sleep, timeout};

use super::class::Class;
use super::handler::Connection;

/// How long a connection has from its first byte to a successful login.
pub const LOGIN_TIME: Duration = Duration::from_secs(60);
/// How long a closing connection is given to say goodbye.
const GOODBYE: Duration = Duration::from_secs(1);

/// What a connection's task and its screen share: whether it has logged in, and a way for the
/// screen to have the connection dropped.
#[derive(Default)]
pub struct Link {
    logged_in: AtomicBool,
    drop_now: Notify,
}

impl Link {
    pub fn logged_in(&self) {
        self.logged_in.store(true, Ordering::SeqCst);
    }

    /// Has the connection closed, whatever state its reader is in.
    pub fn drop_connection(&self) {
        self.drop_now.notify_one();
    }

    /// Completes once [`LOGIN_TIME`] has passed without a login; never, after one.
    async fn login_overdue(&self) {
        sleep(LOGIN_TIME).await;
        if self.logged_in.load(Ordering::SeqCst) {
            std::future::pending::<()>().await;
        }
    }
}

/// Accepts connections until `ended` turns true.
pub async fn accept(
    listener: TcpListener,
    config: Arc<Config>,
    class: Arc<Class>,
    mut ended: watch::Receiver<bool>,
) -> std::io::Result<()> {
    loop {
        tokio::select! {
            _ = ended.changed() => return Ok(()),
            accepted = listener.accept() => {
                // A failed accept (too many open files, a reset) is one client's problem.
                let Ok((socket, peer)) = accepted else { continue };
                let job = one(socket, peer, Arc::clone(&config), Arc::clone(&class), ended.clone());
                tokio::spawn(job);
            }
        }
    }
}

/// Runs one connection until it ends, overstays its login, is dropped by its screen or the
/// class ends.
async fn one(
    socket: TcpStream,
    peer: SocketAddr,
    config: Arc<Config>,
    class: Arc<Class>,
    mut ended: watch::Receiver<bool>,
) {
    let _ = socket.set_nodelay(true);
    // russh runs the session in a task of its own that would outlive a dropped future; a
    // second handle on the socket lets this task shut it, which ends that session whatever
    // its reader is doing.
    let Some((socket, cutter)) = with_cutter(socket) else {
        return;
    };
    let link = Arc::new(Link::default());
    let handler = Connection::new(class, Some(peer), Arc::clone(&link));
    let Ok(Ok(session)) = timeout(LOGIN_TIME, run_stream(config, socket, handler)).await else {
        let _ = cutter.shutdown(Shutdown::Both);
        return;
    };
    let handle = session.handle();
    tokio::select! {
        _ = session => return,
        () = link.drop_now.notified() => {}
        () = link.login_overdue() => {}
        _ = ended.changed() => {
            // The screen restores its reader's terminal first; then the connection ends.
            sleep(Duration::from_millis(300)).await;
            let bye = handle.disconnect(Disconnect::ByApplication, "the class has ended".into(), String::new());
            let _ = timeout(GOODBYE, bye).await;
            sleep(Duration::from_millis(100)).await;
        }
    }
    let _ = cutter.shutdown(Shutdown::Both);
}

/// The socket for russh, and a second handle on it to shut it with.
fn with_cutter(socket: TcpStream) -> Option<(TcpStream, std::net::TcpStream)> {
    let socket = socket.into_std().ok()?;
    let cutter = socket.try_clone().ok()?;
    Some((TcpStream::from_std(socket).ok()?, cutter))
}
