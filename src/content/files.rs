//! Reading a pack's files, from a folder or from the copy compiled into the binary.
//!
//! This is where bytes become text, so it is also where the forgiving parts of the format live
//! (a byte-order mark, CRLF line endings) and where limits are enforced before anything is
//! parsed.

use std::io::Read;
use std::path::{Component, Path, PathBuf};

use super::cache::{Reads, digest};
use super::diag::Diagnostic;
use super::embedded;

/// Largest file a pack may hold; larger ones are refused unread.
pub const MAX_FILE_BYTES: u64 = 16 * 1024 * 1024;

/// How messages name files of an in-memory pack.
pub const MEMORY_PREFIX: &str = "<memory>";

/// One file of a pack, as text.
#[derive(Debug, Clone)]
pub struct PackFile {
    /// How messages name the file.
    pub name: String,
    /// The text; empty once [`PackFile::release`] let it go.
    pub text: String,
    /// Where to read the text again after it was let go.
    released: Option<Box<Released>>,
}

/// How a let-go file is read again: from the same source, by the same path, and only if it
/// still holds the same text.
#[derive(Debug, Clone)]
struct Released {
    files: PackFiles,
    relative: String,
    fingerprint: u64,
}

impl PackFile {
    pub fn new(name: impl Into<String>, text: impl Into<String>) -> Self {
        Self {
            name: name.into(),
            text: text.into(),
            released: None,
        }
    }

    /// Lets go of the text once the file is parsed. A large pack's files are as big as
    /// everything built from them, and a pack that loads cleanly never looks at them again;
    /// the places a message points at are found in the text read again
    /// ([`PackFile::read_again`]).
    pub fn release(&mut self, files: &PackFiles, relative: &str) {
        let fingerprint = fingerprint(&self.text);
        self.text = String::new();
        self.released = Some(Box::new(Released {
            files: files.clone(),
            relative: relative.to_string(),
            fingerprint,
        }));
    }

    /// The text of a file [`PackFile::release`] let go, read again to find lines and columns
    /// in; `None` when the text was never let go (it is in [`PackFile::text`]). A file changed
    /// (or gone) since it was parsed gives an empty text: its messages then point at its
    /// first line, as they do for an item written in a shape the search cannot find, rather
    /// than at a line of a text that was never checked.
    pub fn read_again(&self) -> Option<String> {
        let r = self.released.as_ref()?;
        let again = r.files.read(&r.relative).map(|f| f.text);
        Some(
            again
                .ok()
                .filter(|t| fingerprint(t) == r.fingerprint)
                .unwrap_or_default(),
        )
    }
}

/// A cheap 64-bit digest of a text (FNV-1a over eight bytes at a time): enough to tell a file
/// edited while it was being checked from the one that was parsed.
fn fingerprint(text: &str) -> u64 {
    const PRIME: u64 = 0x0000_0100_0000_01b3;
    let mut hash = 0xcbf2_9ce4_8422_2325_u64 ^ text.len() as u64;
    let mut words = text.as_bytes().chunks_exact(8);
    for word in &mut words {
        let mut w = [0u8; 8];
        w.copy_from_slice(word);
        hash = (hash ^ u64::from_le_bytes(w)).wrapping_mul(PRIME);
    }
    for &b in words.remainder() {
        hash = (hash ^ u64::from(b)).wrapping_mul(PRIME);
    }
    hash
}

/// Where a pack's files come from.
#[derive(Debug, Clone)]
pub enum PackFiles {
    /// A folder on disk (`--content DIR`).
    Dir(PathBuf),
    /// The pack compiled into the binary.
    Embedded,
    /// Files held in memory, by path relative to the pack (`../assets/…` for a shared source).
    /// Lets fuzzing, generators and tests load a pack without touching the disk.
    Memory(std::sync::Arc<std::collections::BTreeMap<String, Vec<u8>>>),
    /// A JSON export (`arglens export --format json`): one document holding every file, each
    /// part kept at its own line and column of the document (see [`super::json`]), so
    /// messages point into the document itself.
    Json {
        /// How messages name the document.
        name: String,
        /// Each part's text, by the path of the file it stands for.
        parts: std::sync::Arc<std::collections::BTreeMap<String, String>>,
    },
    /// Another source whose reads are written down, so that a load can later tell whether
    /// the files it was made from are unchanged (see [`super::cache`]).
    Logged {
        files: Box<PackFiles>,
        log: std::sync::Arc<std::sync::Mutex<Reads>>,
    },
}

impl PackFiles {
    /// This source with its reads written down.
    pub fn logged(&self) -> Self {
        Self::Logged {
            files: Box::new(self.clone()),
            log: std::sync::Arc::default(),
        }
    }

    /// What was read through a [`PackFiles::logged`] source so far, files in order of their
    /// paths; `None` for any other source, or when no single state of the folder is known to
    /// have been read (a file read twice gave two texts, or the section files could not be
    /// listed or were listed twice differently).
    pub fn reads(&self) -> Option<Reads> {
        match self {
            Self::Logged { log, .. } => {
                let reads = log
                    .lock()
                    .unwrap_or_else(std::sync::PoisonError::into_inner);
                let mut reads = (!reads.unsure).then(|| reads.clone())?;
                // Two threads log as they read: the order they happened to read in is no part
                // of what was read.
                reads.files.sort();
                Some(reads)
            }
            _ => None,
        }
    }

    /// Writes down a read of a [`PackFiles::logged`] source.
    fn log(&self, write: impl FnOnce(&mut Reads)) {
        if let Self::Logged { log, .. } = self {
            write(
                &mut log
                    .lock()
                    .unwrap_or_else(std::sync::PoisonError::into_inner),
            );
        }
    }
}

impl PackFiles {
    /// How messages name the pack itself.
    pub fn describe(&self) -> String {
        match self {
            Self::Dir(dir) => dir.display().to_string(),
            Self::Embedded => embedded::PREFIX.to_string(),
            Self::Memory(_) => MEMORY_PREFIX.to_string(),
            Self::Json { name, .. } => name.clone(),
            Self::Logged { files, .. } => files.describe(),
        }
    }

    /// The name a message uses for `relative` inside this pack.
    pub fn name_of(&self, relative: &str) -> String {
        match self {
            Self::Dir(dir) => dir.join(relative).display().to_string(),
            Self::Embedded => format!("{}/{relative}", embedded::PREFIX),
            Self::Memory(_) => format!("{MEMORY_PREFIX}/{relative}"),
            Self::Json { name, .. } => name.clone(),
            Self::Logged { files, .. } => files.name_of(relative),
        }
    }

    /// The ids of the section files the pack holds (`sections/<id>.yaml`), sorted; `None`
    /// when the folder cannot be listed.
    pub fn section_files(&self) -> Option<Vec<String>> {
        let id_of = |path: &str| {
            path.strip_prefix("sections/")
                .and_then(|f| f.strip_suffix(".yaml"))
                .filter(|id| !id.contains('/'))
                .map(str::to_string)
        };
        let mut ids: Vec<String> = match self {
            Self::Dir(dir) => std::fs::read_dir(dir.join("sections"))
                .ok()?
                .flatten()
                // Links count as the files they lead to; reading refuses those leading out.
                .filter(|e| e.path().is_file())
                .filter_map(|e| id_of(&format!("sections/{}", e.file_name().to_string_lossy())))
                .collect(),
            Self::Embedded => embedded::FILES
                .iter()
                .filter_map(|(p, _)| id_of(p))
                .collect(),
            Self::Memory(files) => files.keys().filter_map(|p| id_of(p)).collect(),
            Self::Json { parts, .. } => parts.keys().filter_map(|p| id_of(p)).collect(),
            Self::Logged { files, .. } => {
                let listed = files.section_files();
                self.log(|reads| reads.sections(&listed));
                return listed;
            }
        };
        ids.sort();
        Some(ids)
    }

    /// The size in bytes of `relative`, when it can be told without reading it.
    pub fn size_of(&self, relative: &str) -> Option<u64> {
        match self {
            Self::Dir(dir) => std::fs::metadata(dir.join(relative)).ok().map(|m| m.len()),
            Self::Embedded => embedded::file(relative).map(|t| t.len() as u64),
            Self::Memory(files) => files.get(relative).map(|b| b.len() as u64),
            Self::Json { parts, .. } => parts.get(relative).map(|t| t.len() as u64),
            Self::Logged { files, .. } => files.size_of(relative),
        }
    }

    /// Reads `relative` (a path inside the pack, `/`-separated) as UTF-8 text with a leading
    /// byte-order mark dropped and CRLF turned into LF.
    pub fn read(&self, relative: &str) -> Result<PackFile, Diagnostic> {
        let name = self.name_of(relative);
        let bytes = match self {
            Self::Embedded => embedded::file(relative)
                .map(|text| text.as_bytes().to_vec())
                .ok_or_else(|| Diagnostic::error(&name, "no such file in the built-in pack"))?,
            Self::Dir(dir) => read_limited(&resolve(dir, relative, &name)?, &name)?,
            Self::Memory(files) => {
                let bytes = files
                    .get(relative)
                    .ok_or_else(|| Diagnostic::error(&name, "no such file in the pack"))?;
                if bytes.len() as u64 > MAX_FILE_BYTES {
                    return Err(too_big(&name));
                }
                bytes.clone()
            }
            Self::Json { parts, .. } => {
                let text = parts.get(relative).ok_or_else(|| {
                    Diagnostic::error(&name, format!("the document has no part for {relative}"))
                })?;
                return Ok(PackFile::new(name, text.clone()));
            }
            Self::Logged { files, .. } => {
                let file = files.read(relative);
                // Digested before the log is locked: the other loading thread logs too.
                let d = file.as_ref().ok().map(|f| digest(&f.text));
                self.log(|reads| reads.file(relative, d));
                return file;
            }
        };
        decode(name, &bytes)
    }
}

/// Checks that `relative` stays where a pack may keep files: inside the pack folder, or in an
/// `assets/` folder beside it (the layout of the arglens repository). A shared pack must not be
/// able to display, say, a key file from the reader's home folder.
fn resolve(dir: &Path, relative: &str, name: &str) -> Result<PathBuf, Diagnostic> {
    let rel = Path::new(relative);
    let outside = || {
        Diagnostic::error(
            name,
            "a pack may only read files inside its own folder or in `../assets/`",
        )
        .with_hint("copy the file into the pack folder and name it by a relative path")
    };
    if rel.is_absolute() {
        return Err(outside());
    }
    let mut parts = rel.components().peekable();
    let assets_beside = parts.peek() == Some(&Component::ParentDir);
    if assets_beside {
        parts.next();
        if parts.next() != Some(Component::Normal("assets".as_ref())) {
            return Err(outside());
        }
    }
    if parts.any(|c| !matches!(c, Component::Normal(_) | Component::CurDir)) {
        return Err(outside());
    }
    let path = dir.join(rel);
    // The path is inside on paper; it must be inside once links are followed too.
    match std::fs::canonicalize(&path) {
        Ok(real)
            if !allowed_places(dir)
                .iter()
                .any(|place| real.starts_with(place)) =>
        {
            Err(Diagnostic::error(
                name,
                format!(
                    "this is a link to {}, outside the pack folder; a pack may only read \
                     files inside its own folder or in `../assets/`",
                    real.display()
                ),
            )
            .with_hint("replace the link with a copy of the file"))
        }
        // A missing file is reported when it is read, with the usual message.
        _ => Ok(path),
    }
}

/// Where a pack in `dir` may read, links followed: its own folder and the `assets/` folder
/// beside it.
pub fn allowed_places(dir: &Path) -> Vec<PathBuf> {
    // `arglens check` names the current folder by the empty path, which joins to relative
    // file names but does not canonicalize: it is `.`.
    let dir = if dir.as_os_str().is_empty() {
        Path::new(".")
    } else {
        dir
    };
    let Ok(root) = std::fs::canonicalize(dir) else {
        return Vec::new();
    };
    let assets = root
        .parent()
        .map(|p| p.join("assets"))
        .and_then(|a| std::fs::canonicalize(a).ok());
    std::iter::once(root).chain(assets).collect()
}

/// Reads any text file the way pack files are read: refused above [`MAX_FILE_BYTES`],
/// UTF-8 with a byte-order mark dropped and CRLF turned into LF, never empty.
pub fn read_text(path: &Path) -> Result<PackFile, Diagnostic> {
    let name = path.display().to_string();
    decode(name.clone(), &read_limited(path, &name)?)
}

fn read_limited(path: &Path, name: &str) -> Result<Vec<u8>, Diagnostic> {
    let io = |e: std::io::Error| Diagnostic::error(name, format!("cannot read the file: {e}"));
    let meta = std::fs::metadata(path).map_err(io)?;
    if !meta.is_file() {
        return Err(Diagnostic::error(
            name,
            "expected a file, found a folder or device",
        ));
    }
    if meta.len() > MAX_FILE_BYTES {
        return Err(too_big(name));
    }
    let mut bytes = Vec::new();
    std::fs::File::open(path)
        .map_err(io)?
        .take(MAX_FILE_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(io)?;
    if bytes.len() as u64 > MAX_FILE_BYTES {
        return Err(too_big(name));
    }
    Ok(bytes)
}

fn too_big(name: &str) -> Diagnostic {
    Diagnostic::error(
        name,
        format!(
            "the file is larger than {} MiB; packs are limited to that per file",
            MAX_FILE_BYTES / 1024 / 1024
        ),
    )
}

/// Bytes to text, naming the file and the place of the first bad byte on failure.
pub fn decode(name: String, bytes: &[u8]) -> Result<PackFile, Diagnostic> {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let text = std::str::from_utf8(bytes).map_err(|e| {
        let good = bytes.get(..e.valid_up_to()).unwrap_or_default();
        let line = good.iter().filter(|b| **b == b'\n').count() + 1;
        let column = good.iter().rev().take_while(|b| **b != b'\n').count() + 1;
        Diagnostic::error(&name, "the file is not UTF-8 text")
            .at(Some((line, column)))
            .with_hint("save the file as UTF-8")
    })?;
    if text.trim().is_empty() {
        return Err(Diagnostic::error(&name, "the file is empty"));
    }
    let text = if text.contains('\r') {
        text.replace("\r\n", "\n")
    } else {
        text.to_string()
    };
    Ok(PackFile::new(name, text))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strips_bom_and_crlf() {
        let f = decode("x".into(), b"\xEF\xBB\xBFa: 1\r\nb: 2\r\n").unwrap();
        assert_eq!(f.text, "a: 1\nb: 2\n");
    }

    #[test]
    fn a_released_file_is_read_again_only_while_it_is_unchanged() {
        let tmp = tempfile::tempdir().unwrap();
        std::fs::write(tmp.path().join("timeline.yaml"), "events:\r\n- id: a\r\n").unwrap();
        let files = PackFiles::Dir(tmp.path().to_path_buf());
        let mut f = files.read("timeline.yaml").unwrap();
        assert_eq!(
            f.read_again(),
            None,
            "nothing to read again before it is let go"
        );
        let kept = f.text.clone();
        assert_eq!(kept, "events:\n- id: a\n");
        f.release(&files, "timeline.yaml");
        assert!(f.text.is_empty() && f.text.capacity() == 0);
        assert_eq!(f.read_again(), Some(kept));
        // Edited since it was parsed: its places would be wrong, so there are none.
        std::fs::write(tmp.path().join("timeline.yaml"), "events:\n- id: b\n").unwrap();
        assert_eq!(f.read_again().as_deref(), Some(""));
        std::fs::remove_file(tmp.path().join("timeline.yaml")).unwrap();
        assert_eq!(f.read_again().as_deref(), Some(""));
    }

    #[test]
    fn a_fingerprint_tells_texts_apart_by_every_byte_and_their_length() {
        let text = "events:\n- id: a-long-enough-id\n";
        let base = fingerprint(text);
        for i in 0..text.len() {
            let mut bytes = text.as_bytes().to_vec();
            bytes[i] ^= 1;
            assert_ne!(
                fingerprint(std::str::from_utf8(&bytes).unwrap()),
                base,
                "byte {i}"
            );
        }
        assert_ne!(fingerprint(&text[..text.len() - 1]), base);
        assert_ne!(fingerprint(&format!("{text}\0")), base);
    }

    #[test]
    fn names_the_place_of_bad_utf8() {
        let e = decode("f.yaml".into(), b"ok\nab\xFFc").unwrap_err();
        assert_eq!((e.line, e.column), (Some(2), Some(3)));
        assert!(e.message.contains("UTF-8"));
    }

    #[test]
    fn empty_files_are_errors() {
        assert!(
            decode("f".into(), b"  \n")
                .unwrap_err()
                .message
                .contains("empty")
        );
    }

    #[cfg(unix)]
    #[test]
    fn refuses_links_that_lead_outside_the_pack() {
        let tmp = tempfile::tempdir().unwrap();
        let pack = tmp.path().join("pack");
        std::fs::create_dir_all(pack.join("sections")).unwrap();
        std::fs::create_dir_all(tmp.path().join("assets")).unwrap();
        std::fs::write(tmp.path().join("secret.txt"), "secret").unwrap();
        std::fs::write(tmp.path().join("assets/shared.txt"), "shared").unwrap();
        std::fs::write(pack.join("real.txt"), "real").unwrap();
        let link = |target: &Path, at: &str| std::os::unix::fs::symlink(target, pack.join(at));
        link(&tmp.path().join("secret.txt"), "source.txt").unwrap();
        link(&pack.join("real.txt"), "inside.txt").unwrap();
        link(&tmp.path().join("assets/shared.txt"), "shared.txt").unwrap();
        link(tmp.path(), "up").unwrap();
        let e = resolve(&pack, "source.txt", "n").unwrap_err();
        assert!(
            e.message.contains("outside the pack folder"),
            "{}",
            e.message
        );
        assert!(
            resolve(&pack, "up/secret.txt", "n").is_err(),
            "a linked folder"
        );
        assert!(
            resolve(&pack, "inside.txt", "n").is_ok(),
            "a link within the pack"
        );
        assert!(
            resolve(&pack, "shared.txt", "n").is_ok(),
            "a link into ../assets/"
        );
        assert!(
            resolve(&pack, "missing.txt", "n").is_ok(),
            "reported when read"
        );
    }

    #[test]
    fn refuses_paths_outside_the_pack() {
        let dir = Path::new("/packs/p");
        assert!(resolve(dir, "source.txt", "n").is_ok());
        assert!(resolve(dir, "../assets/a.txt", "n").is_ok());
        assert!(resolve(dir, "../secret.txt", "n").is_err());
        assert!(resolve(dir, "../assets/../../x", "n").is_err());
        assert!(resolve(dir, "/etc/passwd", "n").is_err());
    }
}
