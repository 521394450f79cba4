//! `arglens serve`: teach a class over SSH. Prints the line students type and the server's
//! key fingerprint, then serves until Ctrl-C, SIGTERM or SIGHUP.

use std::net::SocketAddr;
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Duration;

use super::{PackArgs, fail, load_or_fail};
use crate::serve::{self, Admission, Options, keys};

#[derive(Debug, Clone, clap::Args)]
pub struct Args {
    /// Where to listen. The default lets only this computer in; a class uses 0.0.0.0:2222.
    #[arg(long, value_name = "ADDR:PORT", default_value = "127.0.0.1:2222")]
    pub listen: SocketAddr,
    #[command(flatten)]
    pub pack: PackArgs,
    /// An authorized_keys file: whoever logs in as `presenter` with one of its keys drives
    /// the class. Without it nobody can present.
    #[arg(long, value_name = "FILE")]
    pub presenter_key: Option<PathBuf>,
    /// A file whose first line is the password students must give.
    #[arg(long, value_name = "FILE")]
    pub password_file: Option<PathBuf>,
    /// Most connections at once; more are turned away with a message.
    #[arg(long, value_name = "N", default_value_t = 100)]
    pub max_clients: usize,
    /// Close a connection that sends nothing for this long: 90s, 30m, 2h.
    #[arg(long, value_name = "TIME", default_value = "2h", value_parser = parse_duration)]
    pub idle_timeout: Duration,
    /// The server's private key (OpenSSH format). By default one is made on first run and
    /// kept in your data folder, readable by you alone.
    #[arg(long, value_name = "FILE")]
    pub host_key: Option<PathBuf>,
}

pub fn run(args: &Args) -> ExitCode {
    let opts = match options(args) {
        Ok(opts) => opts,
        Err(message) => return fail(&message),
    };
    let pack = match load_or_fail(&args.pack) {
        Ok(pack) => pack,
        Err(code) => return code,
    };
    // A server runs until it is stopped: a large pack it opened first is remembered now.
    crate::content::cache::finish_writing();
    let runtime = match tokio::runtime::Runtime::new() {
        Ok(rt) => rt,
        Err(e) => return fail(&format!("cannot start: {e}")),
    };
    let fingerprint = keys::fingerprint(&opts.host_key);
    let presenting = !opts.admission.presenter_keys.is_empty();
    let password = opts.admission.password.is_some();
    runtime.block_on(async move {
        let running = match serve::start(pack, opts).await {
            Ok(r) => r,
            Err(e) => return fail(&format!("cannot listen on {}: {e}", args.listen)),
        };
        let announcement = Announcement {
            addr: running.addr,
            hosts: hosts_for(running.addr),
            fingerprint: &fingerprint,
            presenting,
            password,
        };
        println!("{}", announcement.text());
        tokio::spawn(count_aloud(std::sync::Arc::clone(&running.class)));
        let signal = ended().await;
        running.end().await;
        println!("The class has ended.");
        // As the README's exit codes say: ended by signal N.
        ExitCode::from(u8::try_from(128 + signal).unwrap_or(u8::MAX))
    })
}

/// Tells the teacher how many are connected whenever it changes (checked every two seconds,
/// so a burst of arrivals is one line).
async fn count_aloud(class: std::sync::Arc<serve::Class>) {
    let mut said = 0;
    loop {
        tokio::time::sleep(Duration::from_secs(2)).await;
        let now = class.connected();
        if now != said {
            println!("{now} connected");
            said = now;
        }
    }
}

/// Waits for Ctrl-C, SIGTERM or SIGHUP, each of which ends the class; the signal's number.
async fn ended() -> i32 {
    #[cfg(unix)]
    {
        use tokio::signal::unix::{SignalKind, signal};
        let term = signal(SignalKind::terminate());
        let hup = signal(SignalKind::hangup());
        if let (Ok(mut term), Ok(mut hup)) = (term, hup) {
            return tokio::select! {
                _ = tokio::signal::ctrl_c() => 2,
                _ = term.recv() => 15,
                _ = hup.recv() => 1,
            };
        }
    }
    let _ = tokio::signal::ctrl_c().await;
    2
}

fn options(args: &Args) -> Result<Options, String> {
    let key_path = match &args.host_key {
        Some(p) => p.clone(),
        None => keys::default_host_key_path()
            .ok_or("no data folder to keep the host key in; give one with --host-key FILE")?,
    };
    let presenter_keys = match &args.presenter_key {
        Some(p) => keys::presenter_keys(p)?,
        None => Vec::new(),
    };
    let password = args
        .password_file
        .as_deref()
        .map(keys::password)
        .transpose()?;
    if args.max_clients == 0 {
        return Err("--max-clients must be at least 1".into());
    }
    Ok(Options {
        listen: args.listen,
        host_key: keys::host_key(&key_path)?,
        admission: Admission {
            presenter_keys,
            password,
            max_clients: args.max_clients,
        },
        idle_timeout: args.idle_timeout,
        stuck_after: serve::session::STUCK,
    })
}

/// What the teacher reads at the start: the line for students, the presenter's, and the key
/// fingerprint students' `ssh` will ask them to accept.
struct Announcement<'a> {
    addr: SocketAddr,
    /// The names students can reach this computer by, most likely to work first.
    hosts: Vec<String>,
    fingerprint: &'a str,
    presenting: bool,
    password: bool,
}

impl Announcement<'_> {
    fn text(&self) -> String {
        let port = if self.addr.port() == 22 {
            String::new()
        } else {
            format!("-p {} ", self.addr.port())
        };
        let host = self.hosts.first().map_or("THIS-COMPUTER", String::as_str);
        let mut text = format!(
            "Serving the class on {}.\n\nStudents type:   ssh {port}{host}\n",
            self.addr
        );
        for other in self.hosts.iter().skip(1) {
            text.push_str(&format!("           or:   ssh {port}{other}\n"));
        }
        if self.password {
            text.push_str("                 and give the class password when asked.\n");
        }
        if self.presenting {
            text.push_str(&format!("You present with: ssh {port}presenter@{host}\n"));
        } else {
            text.push_str(
                "Nobody can present: start with --presenter-key FILE to drive the class.\n",
            );
        }
        text.push_str(&format!(
            "\nThe server's key is {}; ssh shows it the first time, so students can check it.\nCtrl-C ends the class.",
            self.fingerprint
        ));
        text
    }
}

/// The names students can reach `addr` by: the address itself, or, when listening on every
/// interface, this computer's address on the local network and then its name.
fn hosts_for(addr: SocketAddr) -> Vec<String> {
    if !addr.ip().is_unspecified() {
        return vec![addr.ip().to_string()];
    }
    // Connecting a UDP socket sends nothing; it only picks the interface a packet would use.
    let lan = std::net::UdpSocket::bind("0.0.0.0:0")
        .and_then(|s| s.connect("192.0.2.1:9").and(s.local_addr()))
        .ok()
        .map(|a| a.ip())
        .filter(|ip| !ip.is_unspecified() && !ip.is_loopback());
    lan.map(|ip| ip.to_string())
        .into_iter()
        .chain(hostname())
        .collect()
}

fn hostname() -> Option<String> {
    std::fs::read_to_string("/proc/sys/kernel/hostname")
        .or_else(|_| std::fs::read_to_string("/etc/hostname"))
        .ok()
        .map(|h| h.trim().to_string())
        .filter(|h| !h.is_empty())
}

/// "90s", "30m", "2h", or a number of seconds.
pub fn parse_duration(s: &str) -> Result<Duration, String> {
    let s = s.trim();
    let (number, unit) = s.split_at(s.find(|c: char| !c.is_ascii_digit()).unwrap_or(s.len()));
    let n: u64 = number
        .parse()
        .map_err(|_| format!("`{s}` is not a time; write 90s, 30m or 2h"))?;
    let seconds = match unit {
        "" | "s" => n,
        "m" => n * 60,
        "h" => n * 3600,
        _ => return Err(format!("`{s}` is not a time; write 90s, 30m or 2h")),
    };
    if seconds == 0 {
        return Err("the idle timeout must be more than 0".into());
    }
    Ok(Duration::from_secs(seconds))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_times_people_write() {
        assert_eq!(parse_duration("90s"), Ok(Duration::from_secs(90)));
        assert_eq!(parse_duration("30m"), Ok(Duration::from_secs(1800)));
        assert_eq!(parse_duration("2h"), Ok(Duration::from_secs(7200)));
        assert_eq!(parse_duration("45"), Ok(Duration::from_secs(45)));
        assert!(parse_duration("2 days").is_err());
        assert!(parse_duration("0").is_err());
    }

    #[test]
    fn the_announcement_gives_the_lines_to_type() {
        let at = |addr: &str, hosts: &[&str], presenting, password| {
            Announcement {
                addr: addr.parse().unwrap(),
                hosts: hosts.iter().map(|h| h.to_string()).collect(),
                fingerprint: "SHA256:abc",
                presenting,
                password,
            }
            .text()
        };
        let a = at("127.0.0.1:2222", &["127.0.0.1"], true, false);
        assert!(a.contains("ssh -p 2222 127.0.0.1"), "{a}");
        assert!(a.contains("ssh -p 2222 presenter@127.0.0.1"), "{a}");
        assert!(a.contains("SHA256:abc"), "{a}");
        assert!(!a.contains("password"), "{a}");
        let a = at("0.0.0.0:22", &["192.168.1.5", "classroom"], false, true);
        assert!(a.contains("Students type:   ssh 192.168.1.5\n"), "{a}");
        assert!(a.contains("or:   ssh classroom\n"), "{a}");
        assert!(a.contains("class password"), "{a}");
        assert!(a.contains("--presenter-key"), "{a}");
    }

    #[test]
    fn every_interface_is_announced_by_an_address_students_can_reach() {
        let hosts = hosts_for("0.0.0.0:2222".parse().unwrap());
        assert!(
            hosts.iter().all(|h| h != "0.0.0.0" && h != "127.0.0.1"),
            "{hosts:?}"
        );
        assert_eq!(
            hosts_for("127.0.0.1:2222".parse().unwrap()),
            vec!["127.0.0.1"]
        );
    }
}
