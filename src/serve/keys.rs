//! The keys of a class: the server's own host key (made on first run and kept where only its
//! owner can read it), the presenter's public keys (an `authorized_keys` file), and the class
//! password, if there is one.

use std::os::unix::fs::{OpenOptionsExt, PermissionsExt};
use std::path::{Path, PathBuf};

use russh::keys::PrivateKey;
use russh::keys::ssh_key::private::Ed25519Keypair;
use russh::keys::ssh_key::{AuthorizedKeys, HashAlg, LineEnding, PublicKey};

/// The host key in `path`, or a new ed25519 key written there (mode 0600) on first run.
pub fn host_key(path: &Path) -> Result<PrivateKey, String> {
    if path.exists() {
        let mode = std::fs::metadata(path)
            .map_err(|e| format!("cannot read {}: {e}", path.display()))?
            .permissions()
            .mode();
        if mode & 0o077 != 0 {
            return Err(format!(
                "the host key {} can be read by others; `chmod 600` it (or delete it to make a new one)",
                path.display()
            ));
        }
        return russh::keys::load_secret_key(path, None)
            .map_err(|e| format!("cannot read the host key {}: {e}", path.display()));
    }
    let key = new_ed25519().map_err(|e| format!("cannot make a host key: {e}"))?;
    let text = key
        .to_openssh(LineEnding::LF)
        .map_err(|e| format!("cannot write the host key: {e}"))?;
    if let Some(dir) = path.parent() {
        std::fs::create_dir_all(dir).map_err(|e| format!("cannot make {}: {e}", dir.display()))?;
    }
    let mut file = std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .mode(0o600)
        .open(path)
        .map_err(|e| format!("cannot write {}: {e}", path.display()))?;
    std::io::Write::write_all(&mut file, text.as_bytes())
        .map_err(|e| format!("cannot write {}: {e}", path.display()))?;
    Ok(key)
}

/// A fresh ed25519 key from the system's random source.
fn new_ed25519() -> std::io::Result<PrivateKey> {
    use std::io::Read;
    let mut seed = [0u8; 32];
    std::fs::File::open("/dev/urandom")?.read_exact(&mut seed)?;
    Ok(PrivateKey::from(Ed25519Keypair::from_seed(&seed)))
}

/// Where the host key is kept unless `--host-key` says otherwise: the platform's data
/// folder.
pub fn default_host_key_path() -> Option<PathBuf> {
    use etcetera::BaseStrategy;
    etcetera::choose_base_strategy()
        .ok()
        .map(|s| s.data_dir().join("arglens").join("ssh_host_ed25519_key"))
}

/// "SHA256:…", as `ssh` shows it when it first meets the server.
pub fn fingerprint(key: &PrivateKey) -> String {
    key.public_key().fingerprint(HashAlg::Sha256).to_string()
}

/// The public keys of an `authorized_keys` file.
pub fn presenter_keys(path: &Path) -> Result<Vec<PublicKey>, String> {
    let text = std::fs::read_to_string(path)
        .map_err(|e| format!("cannot read {}: {e}", path.display()))?;
    let keys = AuthorizedKeys::new(&text)
        .map(|entry| entry.map(|e| e.public_key().clone()))
        .collect::<Result<Vec<_>, _>>()
        .map_err(|e| format!("{}: not an authorized_keys file: {e}", path.display()))?;
    if keys.is_empty() {
        return Err(format!("{} lists no key", path.display()));
    }
    Ok(keys)
}

/// The class password: the first line of the file, which must not be empty.
pub fn password(path: &Path) -> Result<String, String> {
    let text = std::fs::read_to_string(path)
        .map_err(|e| format!("cannot read {}: {e}", path.display()))?;
    let line = text.lines().next().unwrap_or("").trim_end().to_string();
    if line.is_empty() {
        return Err(format!(
            "{} holds no password on its first line",
            path.display()
        ));
    }
    Ok(line)
}

/// Compares two secrets in time that does not depend on where they first differ.
pub fn same_secret(a: &str, b: &str) -> bool {
    let (a, b) = (a.as_bytes(), b.as_bytes());
    let mut diff = a.len() ^ b.len();
    for (i, x) in a.iter().enumerate() {
        diff |= usize::from(x ^ b.get(i).copied().unwrap_or(0));
    }
    diff == 0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_new_host_key_is_kept_private_and_read_back() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("keys").join("host");
        let made = host_key(&path).unwrap();
        let mode = std::fs::metadata(&path).unwrap().permissions().mode();
        assert_eq!(mode & 0o777, 0o600);
        let again = host_key(&path).unwrap();
        assert_eq!(fingerprint(&made), fingerprint(&again));
        assert!(fingerprint(&made).starts_with("SHA256:"));
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o644)).unwrap();
        assert!(host_key(&path).unwrap_err().contains("chmod 600"));
    }

    #[test]
    fn secrets_compare_whole() {
        assert!(same_secret("opensesame", "opensesame"));
        assert!(!same_secret("opensesame", "opensesam"));
        assert!(!same_secret("opensesame", "opensesamf"));
        assert!(!same_secret("", "x"));
    }
}
