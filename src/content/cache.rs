//! Remembers the checked model of a large pack between runs, so that opening it again skips
//! parsing and checking.
//!
//! Three quarters of opening a large pack is the YAML library reading it (benches/README.md),
//! and a pack is mostly opened unchanged: a class opens the same pack lesson after lesson.
//! An entry holds the model, what it was made from (the SHA-256 digest of the text of every
//! file the loader read, as it was read: a byte-order mark dropped, line ends made LF; and
//! the section files the folder held) and which build of arglens made it.
//! Opening the pack again reads every one of those files through the same checks as a load
//! (so a file that has since become a link out of the pack is refused as before) and uses
//! the entry only if every digest and the list of sections match; anything else loads the
//! pack afresh and replaces the entry. A pack that fails to load is never remembered.
//!
//! Every command that shows a pack from a folder uses it (the explorer, `render`, `present`,
//! `console`, `serve`, `export`: they load with errors only, which is all the model needs);
//! `arglens check` always reads the YAML, since its warnings point into it.

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::{Duration, SystemTime};

use serde::{Deserialize, Serialize};

use super::beside;
use super::diag::LoadError;
use super::embedded;
use super::files::PackFiles;
// Only the module: `load` is also this module's function.
use super::load::{self};
use super::model::Pack;
use super::validate::Checks;

/// A SHA-256 digest.
pub type Digest = [u8; 32];

/// The SHA-256 digest of a text: what [`Reads`] remembers of each file.
pub fn digest(text: &str) -> Digest {
    digest_bytes(text.as_bytes())
}

fn digest_bytes(bytes: &[u8]) -> Digest {
    use sha2::Digest as _;
    sha2::Sha256::digest(bytes).into()
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
    /// Writes down a read of `relative` that gave a text of digest `d` (`None`: an error).
    pub(super) fn file(&mut self, relative: &str, d: Option<Digest>) {
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

/// A digest of the loader's code, the dependencies, the compiler, the target and the profile
/// (`build.rs`): a model is only trusted by a build like the one that made it. Empty in the
/// build script, which never remembers a pack.
const LOADER: &str = match option_env!("ARGLENS_LOADER_DIGEST") {
    Some(d) => d,
    None => "",
};

/// What an entry was made from and by. In the entry's file the model follows it, and then
/// the model's SHA-256, so that a copy damaged on the disk is never decoded.
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
pub fn load(path: &Path, cache: Option<&Cache>) -> Result<Arc<Pack>, LoadError> {
    match cache {
        Some(cache) => cache.load(path),
        None => load::load_for(Some(path), Checks::ErrorsOnly).map(|c| Arc::new(c.pack)),
    }
}

/// Where models are remembered, from what size a pack is worth remembering, and whether a
/// model is written after the pack is shown.
#[derive(Debug, Clone)]
pub struct Cache {
    dir: PathBuf,
    from_bytes: u64,
    later: bool,
}

impl Cache {
    /// Entries in `dir`, for packs whose passages and timeline hold at least as many bytes
    /// as make loading them worth a second thread: smaller packs load in a few milliseconds.
    pub fn new(dir: PathBuf) -> Self {
        Self {
            dir,
            from_bytes: load::THREAD_FROM_BYTES,
            later: false,
        }
    }

    /// The same cache, leaving a model to be written by [`finish_writing`], so that a first
    /// opening shows the pack as soon as it is loaded.
    pub fn writing_later(self) -> Self {
        Self {
            later: true,
            ..self
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
    pub fn load(&self, path: &Path) -> Result<Arc<Pack>, LoadError> {
        let files = load::files_at(path)?;
        let entry = match &files {
            PackFiles::Dir(dir) if !LOADER.is_empty() && self.worth_it(&files) => {
                self.entry_for(dir)
            }
            _ => None,
        };
        let Some(entry) = entry else {
            return load::load_with(&files, Checks::ErrorsOnly).map(|c| Arc::new(c.pack));
        };
        if let Some(pack) = recall(&entry, &files) {
            touch(&entry);
            return Ok(Arc::new(pack));
        }
        let logged = files.logged();
        let pack = Arc::new(load::load_with(&logged, Checks::ErrorsOnly)?.pack);
        match logged.reads() {
            Some(reads) if self.later => write::later(self, &entry, reads, &pack),
            reads => self.remember_or_forget(&entry, reads, &pack),
        }
        Ok(pack)
    }

    /// Remembers `pack` as made from `reads`, or, if it cannot be, forgets the entry there:
    /// that one is stale, and would be read again for nothing.
    fn remember_or_forget(&self, entry: &Path, reads: Option<Reads>, pack: &Pack) {
        if reads.and_then(|r| self.remember(entry, r, pack)).is_none() {
            let _ = std::fs::remove_file(entry);
        }
    }

    fn worth_it(&self, files: &PackFiles) -> bool {
        load::list_bytes(files) >= self.from_bytes
    }

    /// The entry's file for the pack folder `dir`, named by a digest of its full path and
    /// the build's [`LOADER`] digest, so that two builds used on one pack (one installed, one
    /// being worked on) keep a copy each instead of replacing each other's.
    fn entry_for(&self, dir: &Path) -> Option<PathBuf> {
        let real = std::fs::canonicalize(dir).ok()?;
        let name: String = digest(&real.to_string_lossy())
            .iter()
            .take(12)
            .map(|b| format!("{b:02x}"))
            .collect();
        let build = LOADER.get(..8).unwrap_or(LOADER);
        Some(self.dir.join(format!("{name}-{build}.postcard")))
    }

    /// Writes the entry (to a file of its own, then renamed, so a reader never sees half of
    /// it) and lets go of entries beyond the limits. Failing to is no error: the pack loaded.
    fn remember(&self, entry: &Path, reads: Reads, pack: &Pack) -> Option<()> {
        let key = Key {
            version: env!("CARGO_PKG_VERSION").to_string(),
            loader: LOADER.to_string(),
            reads,
        };
        write::make_private_dir(&self.dir).ok()?;
        let tmp = entry.with_extension(write::unique_tmp_extension());
        let written = write::write_entry(&tmp, &key, pack);
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
        self.trim_to(MAX_ENTRIES, MAX_TOTAL_BYTES);
    }

    fn trim_to(&self, max_entries: usize, max_bytes: u64) {
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
            if i >= max_entries || total > max_bytes {
                let _ = std::fs::remove_file(path);
            }
        }
    }
}

/// The model in `entry`, if it was made by this build from what `files` holds now. The files
/// are read and compared while the model is checked against its digest and decoded.
fn recall(entry: &Path, files: &PackFiles) -> Option<Pack> {
    let bytes = read_at_most(entry, MAX_TOTAL_BYTES)?;
    let (key, rest) = postcard::take_from_bytes::<Key>(&bytes).ok()?;
    let (model, sum) = rest.split_last_chunk::<32>()?;
    if key.version != env!("CARGO_PKG_VERSION")
        || key.loader != LOADER
        || key.reads.files.is_empty()
        || key.reads.files.len() > load::MAX_FILES
    {
        return None;
    }
    let (pack, unchanged) = beside::both(
        true,
        || (digest_bytes(model) == *sum).then(|| embedded::decode(model))?,
        || key.reads.unchanged(files),
    );
    pack.filter(|_| unchanged)
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

mod write;
pub use write::finish_writing;

#[cfg(test)]
mod tests;
