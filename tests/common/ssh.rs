//! A class served on loopback and SSH clients that join it, reading what they are shown
//! through a terminal emulator, as a student's terminal would.

use std::net::SocketAddr;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use arglens::serve::{self, Admission, Options, Running};
use russh::client::{self, Handle};
use russh::keys::ssh_key::private::Ed25519Keypair;
use russh::keys::{PrivateKey, PrivateKeyWithHashAlg};
use russh::{ChannelMsg, ChannelWriteHalf};
use tokio::io::{AsyncReadExt, AsyncWriteExt};

/// The presenter's key in the tests: fixed, so it can be listed before the server starts.
pub fn presenter_key() -> PrivateKey {
    PrivateKey::from(Ed25519Keypair::from_seed(&[7; 32]))
}

/// A class on 127.0.0.1 at a port of the system's choosing.
pub async fn class(password: Option<&str>, max_clients: usize) -> Running {
    class_with_patience(password, max_clients, Duration::from_secs(30)).await
}

/// A class that lets a reader who takes nothing go after `patience`.
pub async fn class_with_patience(
    password: Option<&str>,
    max_clients: usize,
    patience: Duration,
) -> Running {
    class_with_limits(password, max_clients, patience, Duration::from_secs(60)).await
}

/// A class with its limits given: the patience with a reader who takes nothing, and the time
/// with nothing happening after which a screen is closed.
pub async fn class_with_limits(
    password: Option<&str>,
    max_clients: usize,
    patience: Duration,
    idle: Duration,
) -> Running {
    let opts = Options {
        listen: "127.0.0.1:0".parse().unwrap(),
        host_key: PrivateKey::from(Ed25519Keypair::from_seed(&[1; 32])),
        admission: Admission {
            presenter_keys: vec![presenter_key().public_key().clone()],
            password: password.map(Into::into),
            max_clients,
        },
        idle_timeout: idle,
        stuck_after: patience,
    };
    serve::start(crate::common::pack(), opts).await.unwrap()
}

/// Accepts the test server's key and keeps any banner it sends.
#[derive(Clone, Default)]
pub struct Trusting {
    pub banner: Arc<Mutex<String>>,
}

impl client::Handler for Trusting {
    type Error = russh::Error;

    async fn check_server_key(
        &mut self,
        _: &russh::keys::PublicKeyOrCertificate,
    ) -> Result<bool, Self::Error> {
        Ok(true)
    }

    async fn auth_banner(
        &mut self,
        banner: &str,
        _: &mut client::Session,
    ) -> Result<(), Self::Error> {
        self.banner.lock().unwrap().push_str(banner);
        Ok(())
    }
}

/// How a client logs in.
pub enum Login<'a> {
    Student(&'a str),
    Password(&'a str, &'a str),
    Presenter,
}

/// A connection that has not opened its terminal yet.
pub async fn connect(addr: SocketAddr, login: Login<'_>) -> (Handle<Trusting>, bool, Trusting) {
    connect_with(addr, login, client::Config::default()).await
}

/// [`connect`] with a client configuration of the test's own.
pub async fn connect_with(
    addr: SocketAddr,
    login: Login<'_>,
    config: client::Config,
) -> (Handle<Trusting>, bool, Trusting) {
    let config = Arc::new(config);
    let handler = Trusting::default();
    let mut handle = client::connect(config, addr, handler.clone())
        .await
        .unwrap();
    let ok = match login {
        Login::Student(user) => handle.authenticate_none(user).await,
        Login::Password(user, pw) => handle.authenticate_password(user, pw).await,
        Login::Presenter => {
            let key = PrivateKeyWithHashAlg::new(Arc::new(presenter_key()), None);
            handle.authenticate_publickey("presenter", key).await
        }
    }
    .map(|r| r.success())
    .unwrap_or(false);
    (handle, ok, handler)
}

/// A terminal joined to the class: what it shows, and a way to type into it.
pub struct Terminal {
    /// Kept so the connection lasts as long as the terminal.
    _connection: Handle<Trusting>,
    pub writer: ChannelWriteHalf<client::Msg>,
    pub screen: Arc<Mutex<vt100::Parser>>,
    /// Bytes received so far.
    pub received: Arc<Mutex<usize>>,
    /// Set once the server has closed the channel.
    pub closed: Arc<AtomicBool>,
}

impl Terminal {
    /// Logs in, asks for a terminal of `size` and starts the explorer in it.
    pub async fn open(addr: SocketAddr, login: Login<'_>, size: (u16, u16)) -> Self {
        let (handle, ok, _) = connect(addr, login).await;
        assert!(ok, "logged in");
        let channel = handle.channel_open_session().await.unwrap();
        let (w, h) = (u32::from(size.0), u32::from(size.1));
        channel
            .request_pty(false, "xterm-256color", w, h, 0, 0, &[])
            .await
            .unwrap();
        channel.request_shell(false).await.unwrap();
        let (mut rx, writer) = channel.split();
        let rows = size.1.clamp(1, 200);
        let cols = size.0.clamp(1, 500);
        let nz = |n: u16| std::num::NonZeroU16::new(n).unwrap();
        let screen = Arc::new(Mutex::new(vt100::Parser::new(nz(rows), nz(cols), 0)));
        let received = Arc::new(Mutex::new(0));
        let closed = Arc::new(AtomicBool::new(false));
        let (s, r, c) = (
            Arc::clone(&screen),
            Arc::clone(&received),
            Arc::clone(&closed),
        );
        tokio::spawn(async move {
            while let Some(msg) = rx.wait().await {
                if let ChannelMsg::Data { data } = msg {
                    s.lock().unwrap().process(&data);
                    *r.lock().unwrap() += data.len();
                }
            }
            c.store(true, Ordering::SeqCst);
        });
        Self {
            _connection: handle,
            writer,
            screen,
            received,
            closed,
        }
    }

    pub async fn type_keys(&self, bytes: &[u8]) {
        self.writer.data_bytes(bytes.to_vec()).await.unwrap();
    }

    pub fn bytes_received(&self) -> usize {
        *self.received.lock().unwrap()
    }

    /// The reader resizes their terminal: the emulator takes the new size and the server is
    /// told, as a terminal's `ssh` does.
    pub async fn resize(&self, cols: u16, rows: u16) {
        let nz = |n: u16| std::num::NonZeroU16::new(n).unwrap();
        self.screen
            .lock()
            .unwrap()
            .screen_mut()
            .set_size(nz(rows), nz(cols));
        let (w, h) = (u32::from(cols), u32::from(rows));
        self.writer.window_change(w, h, 0, 0).await.unwrap();
    }

    /// The text of one row of the screen.
    pub fn row(&self, row: u16) -> String {
        let parser = self.screen.lock().unwrap();
        let (_, cols) = parser.screen().size();
        parser.screen().contents_between(row, 0, row, cols.get())
    }

    pub fn in_alternate_screen(&self) -> bool {
        self.screen.lock().unwrap().screen().alternate_screen()
    }

    pub fn cursor_hidden(&self) -> bool {
        self.screen.lock().unwrap().screen().hide_cursor()
    }

    pub fn is_closed(&self) -> bool {
        self.closed.load(Ordering::SeqCst)
    }

    pub fn text(&self) -> String {
        self.screen.lock().unwrap().screen().contents()
    }

    /// Waits until the screen shows `needle`, up to `within`; says whether it did.
    pub async fn shows(&self, needle: &str, within: Duration) -> bool {
        let start = Instant::now();
        loop {
            if self.text().contains(needle) {
                return true;
            }
            if start.elapsed() > within {
                return false;
            }
            tokio::time::sleep(Duration::from_millis(5)).await;
        }
    }
}

/// Waits until every terminal shows `needle`, all by `within` from now; the ones that did not.
pub async fn all_show(terminals: &[&Terminal], needle: &str, within: Duration) -> Vec<usize> {
    let deadline = Instant::now() + within;
    let mut late = Vec::new();
    for (i, t) in terminals.iter().enumerate() {
        let left = deadline.saturating_duration_since(Instant::now());
        if !t.shows(needle, left).await {
            late.push(i);
        }
    }
    late
}

/// A go-between on loopback for one connection to `server` that passes everything until
/// `stall` is set, then stops reading what the server sends, as a client that never reads.
pub async fn stalling_proxy(server: SocketAddr) -> (SocketAddr, Arc<AtomicBool>) {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    let stall = Arc::new(AtomicBool::new(false));
    let stalled = Arc::clone(&stall);
    tokio::spawn(async move {
        let (client, _) = listener.accept().await.unwrap();
        let upstream = tokio::net::TcpStream::connect(server).await.unwrap();
        let (mut client_rx, mut client_tx) = client.into_split();
        let (mut server_rx, mut server_tx) = upstream.into_split();
        tokio::spawn(async move {
            let _ = tokio::io::copy(&mut client_rx, &mut server_tx).await;
        });
        let mut buf = vec![0u8; 4096];
        while !stalled.load(Ordering::SeqCst) {
            let read = tokio::time::timeout(Duration::from_millis(20), server_rx.read(&mut buf));
            match read.await {
                Ok(Ok(0) | Err(_)) => return,
                Ok(Ok(n)) => {
                    if client_tx.write_all(&buf[..n]).await.is_err() {
                        return;
                    }
                }
                Err(_) => {}
            }
        }
        // Hold both ends open and read nothing more, for as long as the test lasts.
        tokio::time::sleep(Duration::from_secs(120)).await;
        drop((server_rx, client_tx));
    });
    (addr, stall)
}
