#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    clippy::panic
)]
//! A class served over SSH on loopback: students follow the presenter within half a second,
//! browse on their own and come back with F; hostile clients are refused or let go while the
//! others keep receiving frames; a full class and wrong passwords are turned away.

mod common;
#[path = "common/ssh.rs"]
mod ssh;

use std::time::Duration;

use ssh::{
    Login, Terminal, all_show, class, class_with_patience, connect, connect_with, stalling_proxy,
};

const SOON: Duration = Duration::from_millis(500);
const PATIENT: Duration = Duration::from_secs(10);

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn thirty_students_follow_the_presenter_and_one_browses_on_their_own() {
    let running = class(None, 100).await;
    let addr = running.addr;
    let mut students = Vec::new();
    for i in 0..30 {
        let size = (80 + (i % 5) * 20, 24 + (i % 3) * 8);
        students.push(Terminal::open(addr, Login::Student(&format!("s{i}")), size).await);
    }
    let presenter = Terminal::open(addr, Login::Presenter, (120, 40)).await;
    assert!(
        presenter.shows("Teacher's notes", PATIENT).await,
        "{}",
        presenter.text()
    );
    for s in &students {
        assert!(
            s.shows("slide 1 of 20 · step 1 of", PATIENT).await,
            "{}",
            s.text()
        );
    }
    // Three steps: every screen shows the third within half a second of the key.
    let all: Vec<&Terminal> = students.iter().collect();
    for step in 2..=4 {
        presenter.type_keys(b" ").await;
        let want = format!("slide 1 of 20 · step {step} of");
        let late = all_show(&all, &want, SOON).await;
        assert!(late.is_empty(), "students {late:?} missed step {step}");
    }
    // One student moves on their own and stops following; the others go on.
    let own = &students[7];
    own.type_keys(b"j").await;
    assert!(
        own.shows("browsing on your own — F follows the class again", SOON)
            .await
    );
    presenter.type_keys(b" ").await;
    for (i, s) in students.iter().enumerate().filter(|(i, _)| *i != 7) {
        assert!(
            s.shows("step 5 of", SOON).await,
            "student {i}:\n{}",
            s.text()
        );
    }
    assert!(own.text().contains("step 4 of"), "{}", own.text());
    // F: back with the class, at its slide and step.
    own.type_keys(b"F").await;
    assert!(own.shows("step 5 of", SOON).await, "{}", own.text());
    // The presenter's jump takes everyone along.
    presenter.type_keys(b"7G").await;
    for s in &students {
        assert!(s.shows("slide 7 of 20", SOON).await, "{}", s.text());
    }
    // The class ends: every screen gives its reader's terminal back (main screen, cursor
    // shown) and the connection closes.
    assert!(students.iter().all(Terminal::in_alternate_screen));
    running.stop();
    tokio::time::sleep(Duration::from_millis(1500)).await;
    for (i, s) in students.iter().enumerate() {
        assert!(
            !s.in_alternate_screen(),
            "student {i} is back on the main screen"
        );
        assert!(!s.cursor_hidden(), "student {i} has a cursor again");
        assert!(s.is_closed(), "student {i} was let go");
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn hostile_clients_are_refused_or_let_go_and_the_class_goes_on() {
    let running = class(None, 100).await;
    let addr = running.addr;
    let steady = Terminal::open(addr, Login::Student("steady"), (100, 30)).await;
    let presenter = Terminal::open(addr, Login::Presenter, (120, 40)).await;
    assert!(steady.shows("slide 1 of 20", PATIENT).await);

    // Terminals of no size and of an absurd size are drawn at sizes that exist.
    let tiny = Terminal::open(addr, Login::Student("tiny"), (0, 0)).await;
    let huge = Terminal::open(addr, Login::Student("huge"), (10000, 10000)).await;
    // One that sends garbage once logged in.
    let garbage = Terminal::open(addr, Login::Student("garbage"), (80, 24)).await;
    let junk: Vec<u8> = (0..=255u8).cycle().take(64 * 1024).collect();
    garbage.type_keys(&junk).await;
    // One that goes in the middle of a frame.
    let leaver = Terminal::open(addr, Login::Student("leaver"), (240, 67)).await;
    drop(leaver);
    // Raw bytes that are not SSH at all.
    let mut raw = tokio::net::TcpStream::connect(addr).await.unwrap();
    tokio::io::AsyncWriteExt::write_all(&mut raw, &junk)
        .await
        .unwrap();

    // Forbidden requests: a command, sftp, port forwarding.
    let (h, ok, _) = connect(addr, Login::Student("nosy")).await;
    assert!(ok);
    let exec = h.channel_open_session().await.unwrap();
    exec.exec(true, "cat /etc/passwd").await.unwrap();
    let (mut exec_rx, _) = exec.split();
    let answer = tokio::time::timeout(PATIENT, exec_rx.wait()).await.unwrap();
    assert!(
        matches!(answer, Some(russh::ChannelMsg::Failure)),
        "{answer:?}"
    );
    let (h2, _, _) = connect(addr, Login::Student("nosy2")).await;
    let sub = h2.channel_open_session().await.unwrap();
    sub.request_subsystem(true, "sftp").await.unwrap();
    let (mut sub_rx, _) = sub.split();
    let answer = tokio::time::timeout(PATIENT, sub_rx.wait()).await.unwrap();
    assert!(
        matches!(answer, Some(russh::ChannelMsg::Failure)),
        "{answer:?}"
    );
    let (h3, _, _) = connect(addr, Login::Student("nosy3")).await;
    let fwd = h3
        .channel_open_direct_tcpip("127.0.0.1", 22, "127.0.0.1", 5000)
        .await;
    assert!(fwd.is_err(), "port forwarding is refused");

    // Through all of it the class goes on.
    for step in 2..=4 {
        presenter.type_keys(b" ").await;
        let want = format!("step {step} of");
        assert!(steady.shows(&want, SOON).await, "{}", steady.text());
    }
    assert!(
        tiny.bytes_received() > 0,
        "a terminal of no size is drawn at one cell"
    );
    assert!(!tiny.is_closed());
    assert!(
        huge.shows("step 4 of", PATIENT).await,
        "the huge terminal is drawn too"
    );
    // The garbage may have said q; either its screen ended cleanly or it is still drawn.
    let seen = garbage.bytes_received();
    presenter.type_keys(b" ").await;
    assert!(steady.shows("step 5 of", SOON).await);
    tokio::time::sleep(Duration::from_millis(200)).await;
    assert!(
        garbage.is_closed()
            || garbage.bytes_received() > seen
            || garbage.text().contains("browsing")
    );
    // And a newcomer still gets in and joins the class where it is.
    let late = Terminal::open(addr, Login::Student("late"), (100, 30)).await;
    assert!(late.shows("step 5 of", PATIENT).await, "{}", late.text());
    running.stop();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_full_class_says_so_and_passwords_are_checked_and_counted() {
    let running = class(Some("opensesame"), 2).await;
    let addr = running.addr;
    let (a, ok, _) = connect(addr, Login::Password("a", "opensesame")).await;
    assert!(ok, "the right password");
    let (_b, ok, _) = connect(addr, Login::Student("b")).await;
    assert!(!ok, "no password, no entry");
    // The class of two is full: the third hears why.
    let (_c, ok, told) = connect(addr, Login::Password("c", "opensesame")).await;
    assert!(!ok);
    assert!(told.banner.lock().unwrap().contains("the class is full"));
    drop(a);
    drop(_b);
    tokio::time::sleep(Duration::from_millis(300)).await;
    // Wrong passwords from one address are counted; after five it is refused outright.
    for _ in 0..5 {
        let (_x, ok, _) = connect(addr, Login::Password("x", "guess")).await;
        assert!(!ok);
        drop(_x);
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    let (_y, ok, told) = connect(addr, Login::Password("y", "opensesame")).await;
    assert!(!ok, "refused for a while, even with the right password");
    assert!(
        told.banner
            .lock()
            .unwrap()
            .contains("too many failed logins")
    );
    // Nobody but the presenter's key logs in as the presenter.
    let (_p, ok, _) = connect(addr, Login::Password("presenter", "opensesame")).await;
    assert!(!ok);
    running.stop();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn a_reader_who_takes_nothing_is_let_go_and_the_others_go_on() {
    let running = class_with_patience(None, 10, Duration::from_secs(1)).await;
    let addr = running.addr;
    let steady = Terminal::open(addr, Login::Student("steady"), (100, 30)).await;
    let presenter = Terminal::open(addr, Login::Presenter, (120, 40)).await;
    assert!(steady.shows("slide 1 of 20", PATIENT).await);
    // A client behind a go-between that stops reading, with a small window, so the server
    // soon has frames the reader will not take.
    let (via, stall) = stalling_proxy(addr).await;
    let config = russh::client::Config {
        window_size: 32 * 1024,
        ..Default::default()
    };
    let (silent, ok, _) = connect_with(via, Login::Student("silent"), config).await;
    assert!(ok);
    let ch = silent.channel_open_session().await.unwrap();
    ch.request_pty(false, "xterm", 200, 60, 0, 0, &[])
        .await
        .unwrap();
    ch.request_shell(false).await.unwrap();
    tokio::time::sleep(Duration::from_millis(300)).await;
    assert_eq!(running.class.connected(), 3);
    stall.store(true, std::sync::atomic::Ordering::SeqCst);
    // The silent one keeps asking for new sizes (each a whole new frame); the class goes on.
    let start = std::time::Instant::now();
    let mut step = 1;
    while running.class.connected() == 3 && start.elapsed() < PATIENT {
        let cols = 150 + u32::try_from(start.elapsed().as_millis() % 50).unwrap();
        let _ = ch.window_change(cols, 60, 0, 0).await;
        if step < 6 {
            presenter.type_keys(b" ").await;
            step += 1;
            let want = format!("step {step} of");
            assert!(steady.shows(&want, SOON).await, "{}", steady.text());
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    assert_eq!(
        running.class.connected(),
        2,
        "the reader who took nothing was let go"
    );
    presenter.type_keys(b"3G").await;
    assert!(
        steady.shows("slide 3 of 20", SOON).await,
        "{}",
        steady.text()
    );
    running.stop();
}
