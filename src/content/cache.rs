//! Remembers the checked model of a large pack between runs, so that opening it again skips
//! parsing and checking.
//!
//! Three quarters of opening a large pack is the YAML library reading it (benches/README.md),
//! and a pack is mostly opened unchanged: a class opens the same pack lesson after lesson.
//! An entry holds the model, what it was made from (the SHA-256 digest of every file the
//! loader read, and the section files the folder held) and which build of arglens made it.
//! Opening the pack again reads every one of those files through the same checks as a load
//! (so a file that has since become a link out of the pack is refused as before) and uses
//! the entry only if every digest and the list of sections match; anything else loads the
//! pack afresh and replaces the entry. A pack that fails to load is never remembered.
//!
//! Only the explorer's loads (errors only, which is all the model needs) of folders use it:
//! `arglens check` always reads the YAML, since its warnings point into it.

use std::path::{Path, PathBuf};
use std::time::{Duration, SystemTime};

use serde::{Deserialize, Serialize};

use super::beside;
use super::diag::LoadError;
use super::embedded;
use super::files::PackFiles;
use super::load::{self, PASSAGES_FILE, TIMELINE_FILE};
use super::model::Pack;
use super::validate::Checks;

/// A SHA-256 digest.
pub type Digest = [u8; 32];

/// The SHA-256 digest of a text: what [`Reads`] remembers of each file.
pub fn digest(text: &str) -> Digest {
    use sha2::Digest as _;
    sha2::Sha256::digest(text.as_bytes()).into()
}

/// What a load read: every file, by its path in the pack, with the digest of its text
/// (`None` when it could not be read), and the section files the folder held.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Reads {
    pub files: Vec<(String, Option<Digest>)>,
    pub sections: Option<Vec<String>>,
    /// Whether something was read twice and differed the second time, or the folder could
    /// not be listed: then no single state of the folder is known to give the model.
    #[serde(skip)]
    pub(super) unsure: bool,
}

impl Reads {
    /// Writes down a read of `relative`.
    pub(super) fn file(&mut self, relative: &str, text: Option<&str>) {
        let d = text.map(digest);
        match self.files.iter().find(|(r, _)| r == relative) {
            Some((_, seen)) => self.unsure |= *seen != d,
            None => self.files.push((relative.to_string(), d)),
        }
    }

    /// Writes down a listing of the section files.
    pub(super) fn sections(&mut self, listed: &Option<Vec<String>>) {
        match (&self.sections, listed) {
            (_, None) => self.unsure = true,
            (Some(seen), Some(now)) => self.unsure |= seen != now,
            (None, Some(now)) => self.sections = Some(now.clone()),
        }
    }

    /// Whether `files` holds now what was read.
    fn unchanged(&self, files: &PackFiles) -> bool {
        let sections_same = self
            .sections
            .as_ref()
            .is_none_or(|s| files.section_files().as_ref() == Some(s));
        sections_same
            && self
                .files
                .iter()
                .all(|(relative, d)| files.read(relative).ok().map(|f| digest(&f.text)) == *d)
    }
}

/// The version of arglens, and a digest of the loader's code and of the versions of every
/// crate it was built with (`build.rs`): a model is only trusted by the build that made it.
/// Empty in the build script, which never remembers a pack.
const LOADER: &str = match option_env!("ARGLENS_LOADER_DIGEST") {
    Some(d) => d,
    None => "",
};

/// What an entry was made from and by; the model follows it in the entry's file.
#[derive(Debug, PartialEq, Eq, Serialize, Deserialize)]
struct Key {
    version: String,
    loader: String,
    reads: Reads,
}

/// Most entries kept, and most bytes all of them take; the least recently used go first.
const MAX_ENTRIES: usize = 8;
const MAX_TOTAL_BYTES: u64 = 512 * 1024 * 1024;

/// How long a half-written entry (`.tmp`) is left alone: another arglens may be writing it.
const TMP_GRACE: Duration = Duration::from_secs(600);

/// The pack at `path`, through `cache` if there is one, else loaded (errors only).
pub fn load(path: &Path, cache: Option<&Cache>) -> Result<Pack, LoadError> {
    match cache {
        Some(cache) => cache.load(path),
        None => load::load_for(Some(path), Checks::ErrorsOnly).map(|c| c.pack),
    }
}

/// Where models are remembered, and from what size a pack is worth remembering.
#[derive(Debug, Clone)]
pub struct Cache {
    dir: PathBuf,
    from_bytes: u64,
}

impl Cache {
    /// Entries in `dir`, for packs whose passages and timeline hold at least as many bytes
    /// as make loading them worth a second thread: smaller packs load in a few milliseconds.
    pub fn new(dir: PathBuf) -> Self {
        Self {
            dir,
            from_bytes: load::THREAD_FROM_BYTES,
        }
    }

    /// The same cache, remembering packs from `bytes` of passages and timeline.
    pub fn remembering_from(self, bytes: u64) -> Self {
        Self {
            from_bytes: bytes,
            ..self
        }
    }

    /// The pack at `path`, from its entry if the files it was made from are unchanged, else
    /// loaded (errors only) and remembered.
    pub fn load(&self, path: &Path) -> Result<Pack, LoadError> {
        let files = load::files_at(path)?;
        let entry = match &files {
            PackFiles::Dir(dir) if !LOADER.is_empty() && self.worth_it(&files) => {
                self.entry_for(dir)
            }
            _ => None,
        };
        let Some(entry) = entry else {
            return load::load_with(&files, Checks::ErrorsOnly).map(|c| c.pack);
        };
        if let Some(pack) = recall(&entry, &files) {
            touch(&entry);
            return Ok(pack);
        }
        let logged = files.logged();
        let pack = load::load_with(&logged, Checks::ErrorsOnly)?.pack;
        if let Some(reads) = logged.reads() {
            self.remember(&entry, reads, &pack);
        }
        Ok(pack)
    }

    fn worth_it(&self, files: &PackFiles) -> bool {
        let bytes: u64 = [PASSAGES_FILE, TIMELINE_FILE]
            .iter()
            .filter_map(|f| files.size_of(f))
            .sum();
        bytes >= self.from_bytes
    }

    /// The entry's file for the pack folder `dir`, named by a digest of its full path.
    fn entry_for(&self, dir: &Path) -> Option<PathBuf> {
        let real = std::fs::canonicalize(dir).ok()?;
        let name: String = digest(&real.to_string_lossy())
            .iter()
            .take(16)
            .map(|b| format!("{b:02x}"))
            .collect();
        Some(self.dir.join(format!("{name}.postcard")))
    }

    /// Writes the entry (to a file of its own, then renamed, so a reader never sees half of
    /// it) and lets go of entries beyond the limits. Failing to is no error: the pack loaded.
    fn remember(&self, entry: &Path, reads: Reads, pack: &Pack) -> Option<()> {
        let key = Key {
            version: env!("CARGO_PKG_VERSION").to_string(),
            loader: LOADER.to_string(),
            reads,
        };
        make_private_dir(&self.dir).ok()?;
        let tmp = entry.with_extension(format!("{}.tmp", std::process::id()));
        let written = write_entry(&tmp, &key, pack);
        if written.is_none_or(|bytes| bytes > MAX_TOTAL_BYTES)
            || std::fs::rename(&tmp, entry).is_err()
        {
            let _ = std::fs::remove_file(&tmp);
            return None;
        }
        self.trim();
        Some(())
    }

    /// Removes the least recently used entries beyond [`MAX_ENTRIES`] or
    /// [`MAX_TOTAL_BYTES`], and half-written ones left by an arglens that stopped.
    fn trim(&self) {
        let Ok(listing) = std::fs::read_dir(&self.dir) else {
            return;
        };
        let mut entries = Vec::new();
        for e in listing.flatten() {
            let path = e.path();
            let Ok(meta) = e.metadata() else { continue };
            let used = meta.modified().unwrap_or(SystemTime::UNIX_EPOCH);
            match path.extension().and_then(|x| x.to_str()) {
                Some("postcard") => entries.push((used, meta.len(), path)),
                Some("tmp") if used.elapsed().is_ok_and(|age| age > TMP_GRACE) => {
                    let _ = std::fs::remove_file(&path);
                }
                _ => {}
            }
        }
        entries.sort_by_key(|e| std::cmp::Reverse(e.0));
        let mut total = 0u64;
        for (i, (_, len, path)) in entries.iter().enumerate() {
            total = total.saturating_add(*len);
            if i >= MAX_ENTRIES || total > MAX_TOTAL_BYTES {
                let _ = std::fs::remove_file(path);
            }
        }
    }
}

/// The model in `entry`, if it was made by this build from what `files` holds now. The files
/// are read and compared while the model is decoded.
fn recall(entry: &Path, files: &PackFiles) -> Option<Pack> {
    let bytes = read_at_most(entry, MAX_TOTAL_BYTES)?;
    let (key, model) = postcard::take_from_bytes::<Key>(&bytes).ok()?;
    if key.version != env!("CARGO_PKG_VERSION") || key.loader != LOADER {
        return None;
    }
    let (pack, unchanged) = beside::both(
        true,
        || embedded::decode(model),
        || key.reads.unchanged(files),
    );
    pack.filter(|_| unchanged)
}

/// Creates `dir` and any folder above it that is missing, readable by the user alone: the
/// entries hold what the user's packs say.
fn make_private_dir(dir: &Path) -> std::io::Result<()> {
    let mut builder = std::fs::DirBuilder::new();
    builder.recursive(true);
    #[cfg(unix)]
    std::os::unix::fs::DirBuilderExt::mode(&mut builder, 0o700);
    builder.create(dir)
}

/// Writes the key and then the model to `path` as they are encoded, so that remembering a
/// pack takes no second copy of it in memory; the bytes written, or `None` on failure.
fn write_entry(path: &Path, key: &Key, pack: &Pack) -> Option<u64> {
    let mut out = std::io::BufWriter::new(std::fs::File::create(path).ok()?);
    postcard::to_io(key, &mut out).ok()?;
    postcard::to_io(pack, &mut out).ok()?;
    let file = out.into_inner().ok()?;
    file.metadata().ok().map(|m| m.len())
}

/// The bytes of `path`, unless it cannot be read or holds more than `limit`.
fn read_at_most(path: &Path, limit: u64) -> Option<Vec<u8>> {
    use std::io::Read;
    let file = std::fs::File::open(path).ok()?;
    let mut bytes = Vec::new();
    file.take(limit.saturating_add(1))
        .read_to_end(&mut bytes)
        .ok()?;
    (bytes.len() as u64 <= limit).then_some(bytes)
}

/// Marks an entry as just used, so it is the last to go.
fn touch(entry: &Path) {
    if let Ok(f) = std::fs::File::options().append(true).open(entry) {
        let _ = f.set_modified(SystemTime::now());
    }
}

#[cfg(test)]
mod tests;
