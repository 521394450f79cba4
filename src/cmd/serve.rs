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
    let runtime = match tokio::runtime::Runtime::new() {
        Ok(rt) => rt,
        Err(e) => return fail(&format!("cannot start: {e}")),
    };
    let fingerprint = keys::fingerprint(&opts.host_key);
    let presenting = !opts.admission.presenter_keys.is_empty();
    runtime.block_on(async move {
        let running = match serve::start(pack, opts).await {
            Ok(r) => r,
            Err(e) => return fail(&format!("cannot listen on {}: {e}", args.listen)),
        };
        println!("{}", announce(running.addr, &fingerprint, presenting));
        ended().await;
        running.stop();
        println!("The class has ended.");
        ExitCode::SUCCESS
    })
}

/// Waits for Ctrl-C, SIGTERM or SIGHUP: each ends the class, telling every student so.
async fn ended() {
    #[cfg(unix)]
    {
        use tokio::signal::unix::{SignalKind, signal};
        let term = signal(SignalKind::terminate());
        let hup = signal(SignalKind::hangup());
        if let (Ok(mut term), Ok(mut hup)) = (term, hup) {
            tokio::select! {
                _ = tokio::signal::ctrl_c() => {}
                _ = term.recv() => {}
                _ = hup.recv() => {}
            }
            return;
        }
    }
    let _ = tokio::signal::ctrl_c().await;
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
fn announce(addr: SocketAddr, fingerprint: &str, presenting: bool) -> String {
    let host = if addr.ip().is_unspecified() {
        hostname().unwrap_or_else(|| "THIS-COMPUTER".into())
    } else {
        addr.ip().to_string()
    };
    let port = if addr.port() == 22 {
        String::new()
    } else {
        format!("-p {} ", addr.port())
    };
    let mut text = format!("Serving the class on {addr}.\n\nStudents type:   ssh {port}{host}\n");
    if presenting {
        text.push_str(&format!("You present with: ssh {port}presenter@{host}\n"));
    } else {
        text.push_str("Nobody can present: start with --presenter-key FILE to drive the class.\n");
    }
    text.push_str(&format!(
        "\nThe server's key is {fingerprint}; ssh shows it the first time, so students can check it.\nCtrl-C ends the class."
    ));
    text
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
        let a = announce("127.0.0.1:2222".parse().unwrap(), "SHA256:abc", true);
        assert!(a.contains("ssh -p 2222 127.0.0.1"), "{a}");
        assert!(a.contains("ssh -p 2222 presenter@127.0.0.1"), "{a}");
        assert!(a.contains("SHA256:abc"), "{a}");
        let a = announce("0.0.0.0:22".parse().unwrap(), "SHA256:abc", false);
        assert!(!a.contains("-p "), "{a}");
        assert!(a.contains("--presenter-key"), "{a}");
    }
}
