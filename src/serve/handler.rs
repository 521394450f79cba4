//! One SSH connection: who it is (a student, or the presenter with a listed key), and what it
//! may ask for. It may open one session with a terminal and start the explorer in it; a
//! command, a subsystem (sftp), forwarding, the agent, X11 and environment variables are all
//! refused (russh itself answers no to the agent and to forwarding requests; the handlers
//! here refuse the rest). Failed logins are counted per address, and a full class says so
//! before login.

use std::net::SocketAddr;
use std::sync::Arc;

use russh::keys::ssh_key::PublicKey;
use russh::server::{Auth, ChannelOpenHandle, Handler, Msg, Session};
use russh::{Channel, ChannelId, MethodKind, MethodSet, Pty};

use super::class::{Class, Seat};
use super::keys::same_secret;
use super::listen::Link;
use super::session::{self, Who};

/// The user name that logs in as the presenter, with a key.
pub const PRESENTER: &str = "presenter";

/// One connection to the class.
pub struct Connection {
    class: Arc<Class>,
    peer: Option<SocketAddr>,
    /// Held while the connection lasts; `None` when the class was full.
    seat: Option<Seat>,
    who: Option<Who>,
    /// Whether the one session this connection may open is open.
    opened: bool,
    link: Arc<Link>,
}

impl Connection {
    pub fn new(class: Arc<Class>, peer: Option<SocketAddr>, link: Arc<Link>) -> Self {
        let seat = class.take_seat();
        Self {
            class,
            peer,
            seat,
            who: None,
            opened: false,
            link,
        }
    }

    fn ip(&self) -> Option<std::net::IpAddr> {
        self.peer.map(|p| p.ip())
    }

    /// Whether this connection may try to log in at all.
    fn may_try(&self) -> bool {
        self.seat.is_some() && !self.class.refused(self.ip())
    }

    fn accept(&mut self, who: Who) -> Auth {
        self.who = Some(who);
        self.link.logged_in();
        Auth::Accept
    }

    fn reject(&self, count: bool) -> Auth {
        if count {
            self.class.failed(self.ip());
        }
        Auth::Reject {
            proceed_with_methods: Some(self.methods()),
            partial_success: false,
        }
    }

    /// The ways a student or the presenter may still log in.
    fn methods(&self) -> MethodSet {
        self.class.admission.methods()
    }

    fn is_presenter_key(&self, key: &PublicKey) -> bool {
        self.class
            .admission
            .presenter_keys
            .iter()
            .any(|k| k.key_data() == key.key_data())
    }
}

impl Handler for Connection {
    type Error = russh::Error;

    async fn authentication_banner(&mut self) -> Result<Option<String>, Self::Error> {
        Ok(if self.seat.is_none() {
            let most = self.class.admission.max_clients;
            Some(format!(
                "arglens: the class is full ({most} connected); ask your teacher, or try again later.\r\n"
            ))
        } else if self.class.refused(self.ip()) {
            Some(
                "arglens: too many failed logins from here; wait a minute and try again.\r\n"
                    .into(),
            )
        } else {
            None
        })
    }

    async fn auth_none(&mut self, user: &str) -> Result<Auth, Self::Error> {
        let open = self.class.admission.password.is_none();
        Ok(if user == PRESENTER {
            // The presenter logs in with a key only: no password prompt to mislead.
            Auth::Reject {
                proceed_with_methods: Some(MethodSet::from(&[MethodKind::PublicKey][..])),
                partial_success: false,
            }
        } else if self.may_try() && open {
            self.accept(Who::Student)
        } else {
            self.reject(false)
        })
    }

    async fn auth_password(&mut self, user: &str, password: &str) -> Result<Auth, Self::Error> {
        let right = self
            .class
            .admission
            .password
            .as_deref()
            .is_some_and(|p| same_secret(p, password));
        Ok(if self.may_try() && right && user != PRESENTER {
            self.accept(Who::Student)
        } else {
            self.reject(true)
        })
    }

    // The presenter's key cannot be guessed, so neither the pause after failed logins (which
    // a shared classroom address would otherwise bring on the teacher) nor a full class keeps
    // the presenter out.
    async fn auth_publickey_offered(
        &mut self,
        user: &str,
        key: &PublicKey,
    ) -> Result<Auth, Self::Error> {
        Ok(if user == PRESENTER && self.is_presenter_key(key) {
            Auth::Accept
        } else {
            self.reject(false)
        })
    }

    async fn auth_publickey(&mut self, user: &str, key: &PublicKey) -> Result<Auth, Self::Error> {
        Ok(if user == PRESENTER && self.is_presenter_key(key) {
            if self.seat.is_none() {
                self.seat = Some(self.class.extra_seat());
            }
            self.accept(Who::Presenter)
        } else {
            self.reject(false)
        })
    }

    async fn channel_open_session(
        &mut self,
        channel: Channel<Msg>,
        reply: ChannelOpenHandle,
        _: &mut Session,
    ) -> Result<(), Self::Error> {
        let Some(who) = self.who.filter(|_| !self.opened) else {
            // Dropping the reply refuses the channel.
            return Ok(());
        };
        self.opened = true;
        reply.accept().await;
        let class = Arc::clone(&self.class);
        tokio::spawn(session::run(channel, class, who, Arc::clone(&self.link)));
        Ok(())
    }

    async fn pty_request(
        &mut self,
        channel: ChannelId,
        _: &str,
        _: u32,
        _: u32,
        _: u32,
        _: u32,
        _: &[(Pty, u32)],
        session: &mut Session,
    ) -> Result<(), Self::Error> {
        session.channel_success(channel)
    }

    async fn shell_request(
        &mut self,
        channel: ChannelId,
        session: &mut Session,
    ) -> Result<(), Self::Error> {
        session.channel_success(channel)
    }

    async fn exec_request(
        &mut self,
        channel: ChannelId,
        _: &[u8],
        session: &mut Session,
    ) -> Result<(), Self::Error> {
        session.channel_failure(channel)
    }

    async fn subsystem_request(
        &mut self,
        channel: ChannelId,
        _: &str,
        session: &mut Session,
    ) -> Result<(), Self::Error> {
        session.channel_failure(channel)
    }

    async fn env_request(
        &mut self,
        channel: ChannelId,
        _: &str,
        _: &str,
        session: &mut Session,
    ) -> Result<(), Self::Error> {
        session.channel_failure(channel)
    }

    async fn x11_request(
        &mut self,
        channel: ChannelId,
        _: bool,
        _: &str,
        _: &str,
        _: u32,
        session: &mut Session,
    ) -> Result<(), Self::Error> {
        session.channel_failure(channel)
    }
}
