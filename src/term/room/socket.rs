//! Where a room's socket lives: a folder only its user can enter, in the user's runtime
//! folder (`$XDG_RUNTIME_DIR`) or else the temporary folder, one socket per room name.

use std::os::unix::fs::{DirBuilderExt, PermissionsExt};
use std::os::unix::net::UnixStream;
use std::path::PathBuf;

/// Whether `name` can name a room: letters, digits, `-` and `_`, at most 40.
pub fn valid_name(name: &str) -> bool {
    (1..=40).contains(&name.len())
        && name
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
}

/// The folder holding this user's rooms, made if need be, and refused if others could
/// enter it.
fn folder() -> Result<PathBuf, String> {
    let dir = match std::env::var_os("XDG_RUNTIME_DIR").filter(|d| !d.is_empty()) {
        Some(d) => PathBuf::from(d).join("arglens"),
        None => {
            let user = std::env::var("USER")
                .or_else(|_| std::env::var("LOGNAME"))
                .unwrap_or_else(|_| "user".into());
            std::env::temp_dir().join(format!("arglens-{user}"))
        }
    };
    if !dir.exists() {
        std::fs::DirBuilder::new()
            .recursive(true)
            .mode(0o700)
            .create(&dir)
            .map_err(|e| format!("cannot make {}: {e}", dir.display()))?;
    }
    let meta = std::fs::symlink_metadata(&dir).map_err(|e| e.to_string())?;
    if !meta.is_dir() || meta.permissions().mode() & 0o077 != 0 {
        return Err(format!(
            "{} must be a folder only you can enter (chmod 700 it), so no one else can join \
             your presentation",
            dir.display()
        ));
    }
    Ok(dir)
}

/// The socket of room `name`.
pub fn room_path(name: &str) -> Result<PathBuf, String> {
    if !valid_name(name) {
        return Err(format!(
            "`{name}` cannot name a room: use up to 40 letters, digits, - and _"
        ));
    }
    Ok(folder()?.join(format!("{name}.sock")))
}

/// The socket path for hosting room `name`: refused while another presentation answers
/// there; a socket left by one that ended without cleaning up is removed.
pub fn claim(name: &str) -> Result<PathBuf, String> {
    let path = room_path(name)?;
    if path.exists() {
        if UnixStream::connect(&path).is_ok() {
            return Err(format!(
                "a presentation is already running in room `{name}`; give this one another \
                 room with --room NAME"
            ));
        }
        std::fs::remove_file(&path)
            .map_err(|e| format!("cannot clear the old room at {}: {e}", path.display()))?;
    }
    Ok(path)
}
