//! Watching a pack folder for edits (`--watch`), with a well-kept cross-platform watcher.
//!
//! Editors save in bursts (write a temporary file, rename it, touch metadata), so changes are
//! only reported once the folder has been quiet for [`QUIET`]. The event loop asks
//! [`Watch::due`] each turn; nothing here touches the app or the terminal.

use std::path::{Path, PathBuf};
use std::sync::mpsc::{Receiver, channel};
use std::time::{Duration, Instant};

use notify::{RecommendedWatcher, RecursiveMode, Watcher};

/// How long the folder must be quiet after a change before the pack is reloaded.
pub const QUIET: Duration = Duration::from_millis(150);

pub struct Watch {
    // Held so the watcher keeps running; dropping it stops the watch.
    _watcher: RecommendedWatcher,
    changes: Receiver<()>,
    pending_since: Option<Instant>,
}

impl Watch {
    /// Watches `dir` and everything under it, plus `extra` folders (such as a shared
    /// `../assets/` holding the source text), not recursively.
    pub fn new(dir: &Path, extra: &[PathBuf]) -> notify::Result<Self> {
        let (tx, changes) = channel();
        let handler = move |res: notify::Result<notify::Event>| {
            let relevant = res.is_ok_and(|e| !e.kind.is_access());
            if relevant {
                // The receiver only goes away when the program is ending.
                let _ = tx.send(());
            }
        };
        // Watched where they really are, and links inside not followed: the watch stays in
        // the places the pack may read, as the loader does.
        let config = notify::Config::default().with_follow_symlinks(false);
        let mut watcher = RecommendedWatcher::new(handler, config)?;
        watcher.watch(&std::fs::canonicalize(dir)?, RecursiveMode::Recursive)?;
        for folder in extra.iter().filter_map(|f| std::fs::canonicalize(f).ok()) {
            if folder.is_dir() {
                watcher.watch(&folder, RecursiveMode::NonRecursive)?;
            }
        }
        Ok(Self {
            _watcher: watcher,
            changes,
            pending_since: None,
        })
    }

    /// True once a change has been followed by [`QUIET`] time with no further change.
    pub fn due(&mut self, now: Instant) -> bool {
        while self.changes.try_recv().is_ok() {
            self.pending_since = Some(now);
        }
        match self.pending_since {
            Some(t) if now.duration_since(t) >= QUIET => {
                self.pending_since = None;
                true
            }
            _ => false,
        }
    }

    /// How long the event loop may sleep before [`Watch::due`] could turn true.
    pub fn wait(&self, now: Instant, longest: Duration) -> Duration {
        match self.pending_since {
            Some(t) => QUIET.saturating_sub(now.duration_since(t)).min(longest),
            None => longest,
        }
    }
}
