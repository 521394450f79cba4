#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    clippy::panic,
    clippy::print_stdout
)]
//! A served class under load, on loopback: for 10, 50 and 100 students, the server's resident
//! memory per student, and the time from the presenter's key to the moment the last student's
//! screen shows the new slide (median and 99th percentile over many moves).
//!
//! The server runs as its own process (`arglens serve`), so its memory is its own; the
//! students are russh clients in this process, each reading its screen through vt100.
//!
//! `cargo bench --bench serve` (`SERVE_BENCH_MOVES` sets the moves per class size).

use std::io::{BufRead, BufReader};
use std::net::SocketAddr;
use std::process::{Child, Command, Stdio};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use russh::client::{self, Handle};
use russh::keys::ssh_key::private::Ed25519Keypair;
use russh::keys::{PrivateKey, PrivateKeyWithHashAlg, PublicKeyOrCertificate};
use russh::{ChannelMsg, ChannelWriteHalf};

const SIZES: [usize; 3] = [10, 50, 100];
/// A student's terminal: a common laptop size.
const STUDENT: (u32, u32) = (120, 40);

struct Trusting;

impl client::Handler for Trusting {
    type Error = russh::Error;
    async fn check_server_key(&mut self, _: &PublicKeyOrCertificate) -> Result<bool, Self::Error> {
        Ok(true)
    }
}

/// One screen: what it shows, and when it first showed what is awaited.
struct Screen {
    _connection: Handle<Trusting>,
    writer: ChannelWriteHalf<client::Msg>,
    seen: Arc<Mutex<Seen>>,
}

struct Seen {
    parser: vt100::Parser,
    /// The text awaited, and when it appeared.
    want: String,
    at: Option<Instant>,
}

fn presenter_key() -> PrivateKey {
    PrivateKey::from(Ed25519Keypair::from_seed(&[9; 32]))
}

async fn join(addr: SocketAddr, user: &str) -> Screen {
    let config = Arc::new(client::Config::default());
    let mut handle = client::connect(config, addr, Trusting).await.unwrap();
    let ok = if user == "presenter" {
        let key = PrivateKeyWithHashAlg::new(Arc::new(presenter_key()), None);
        handle.authenticate_publickey(user, key).await.unwrap()
    } else {
        handle.authenticate_none(user).await.unwrap()
    };
    assert!(ok.success(), "{user} logs in");
    let channel = handle.channel_open_session().await.unwrap();
    let (w, h) = STUDENT;
    channel
        .request_pty(false, "xterm-256color", w, h, 0, 0, &[])
        .await
        .unwrap();
    channel.request_shell(false).await.unwrap();
    let (mut rx, writer) = channel.split();
    let seen = Arc::new(Mutex::new(Seen {
        parser: vt100::Parser::new(nonzero(h), nonzero(w), 0),
        want: "slide 1 of".into(),
        at: None,
    }));
    let s = Arc::clone(&seen);
    tokio::spawn(async move {
        while let Some(msg) = rx.wait().await {
            if let ChannelMsg::Data { data } = msg {
                let mut s = s.lock().unwrap();
                s.parser.process(&data);
                if s.at.is_none() && s.parser.screen().contents().contains(&s.want) {
                    s.at = Some(Instant::now());
                }
            }
        }
    });
    Screen {
        _connection: handle,
        writer,
        seen,
    }
}

fn nonzero(n: u32) -> std::num::NonZeroU16 {
    std::num::NonZeroU16::new(u16::try_from(n).unwrap()).unwrap()
}

/// Waits until every screen has shown what it awaits; the last time one did.
async fn last_shown(screens: &[Screen], within: Duration) -> Option<Instant> {
    let start = Instant::now();
    loop {
        let times: Vec<Option<Instant>> =
            screens.iter().map(|s| s.seen.lock().unwrap().at).collect();
        if times.iter().all(Option::is_some) {
            return times.into_iter().flatten().max();
        }
        if start.elapsed() > within {
            return None;
        }
        tokio::time::sleep(Duration::from_millis(1)).await;
    }
}

fn await_text(screens: &[Screen], want: &str) {
    for s in screens {
        let mut s = s.seen.lock().unwrap();
        s.want = want.to_string();
        s.at = None;
        if s.parser.screen().contents().contains(want) {
            s.at = Some(Instant::now());
        }
    }
}

/// Starts `arglens serve` on a port of the system's choosing; the process and its address.
fn server(dir: &std::path::Path, most: usize) -> (Child, SocketAddr) {
    let keys = dir.join("presenter.pub");
    std::fs::write(&keys, presenter_key().public_key().to_openssh().unwrap()).unwrap();
    let mut child = Command::new(env!("CARGO_BIN_EXE_arglens"))
        .args(["serve", "--listen", "127.0.0.1:0", "--max-clients"])
        .arg((most + 5).to_string())
        .arg("--host-key")
        .arg(dir.join("host_key"))
        .arg("--presenter-key")
        .arg(&keys)
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    let mut lines = BufReader::new(child.stdout.take().unwrap()).lines();
    let first = lines.next().unwrap().unwrap();
    let addr = first
        .trim_start_matches("Serving the class on ")
        .trim_end_matches('.')
        .parse()
        .unwrap();
    std::thread::spawn(move || lines.for_each(drop));
    (child, addr)
}

fn rss_kib(pid: u32) -> u64 {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).unwrap();
    let line = status.lines().find(|l| l.starts_with("VmRSS:")).unwrap();
    line.split_whitespace().nth(1).unwrap().parse().unwrap()
}

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    let i = ((sorted.len() as f64 - 1.0) * p).round() as usize;
    sorted[i.min(sorted.len() - 1)]
}

async fn class_of(students: usize, moves: usize) {
    let dir = tempfile::tempdir().unwrap();
    let (mut child, addr) = server(dir.path(), students);
    let presenter = join(addr, "presenter").await;
    assert!(
        last_shown(std::slice::from_ref(&presenter), Duration::from_secs(10))
            .await
            .is_some()
    );
    tokio::time::sleep(Duration::from_millis(300)).await;
    let before = rss_kib(child.id());
    let mut screens = Vec::new();
    for i in 0..students {
        screens.push(join(addr, &format!("s{i}")).await);
    }
    assert!(
        last_shown(&screens, Duration::from_secs(30))
            .await
            .is_some(),
        "all joined"
    );
    tokio::time::sleep(Duration::from_millis(300)).await;
    let after = rss_kib(child.id());
    let per = (after.saturating_sub(before)) as f64 / students as f64 / 1024.0;
    let mut times = Vec::new();
    for m in 0..moves {
        let slide = 2 + (m * 7) % 19;
        await_text(&screens, &format!("slide {slide} of"));
        let key = Instant::now();
        presenter
            .writer
            .data_bytes(format!("{slide}G").into_bytes())
            .await
            .unwrap();
        let last = last_shown(&screens, Duration::from_secs(10))
            .await
            .expect("every screen moved");
        times.push(last.duration_since(key));
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    times.sort();
    println!(
        "| {students} | {per:.2} MiB ({:.1} → {:.1} MiB) | {:.1} ms | {:.1} ms | {moves} |",
        before as f64 / 1024.0,
        after as f64 / 1024.0,
        percentile(&times, 0.5).as_secs_f64() * 1000.0,
        percentile(&times, 0.99).as_secs_f64() * 1000.0,
    );
    let _ = child.kill();
    let _ = child.wait();
}

fn main() {
    // `cargo test --benches` runs benches with --bench absent: do nothing then.
    if !std::env::args().any(|a| a == "--bench") {
        return;
    }
    let moves = std::env::var("SERVE_BENCH_MOVES")
        .ok()
        .and_then(|m| m.parse().ok())
        .unwrap_or(100);
    let runtime = tokio::runtime::Runtime::new().unwrap();
    println!(
        "| students | server memory per student (before → after) | key → last screen, median | p99 | moves |"
    );
    println!("|---|---|---|---|---|");
    for students in SIZES {
        runtime.block_on(class_of(students, moves));
    }
}
