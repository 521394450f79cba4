//! Writing a remembered model: at once, or later, once the pack is on the screen.

use std::path::Path;
use std::sync::{Arc, Mutex, PoisonError};
use std::time::SystemTime;

use super::{Cache, Key, Pack, Reads};

/// A copy to be written.
type Job = Box<dyn FnOnce() + Send>;

/// Copies waiting for [`finish_writing`].
static PENDING: Mutex<Vec<Job>> = Mutex::new(Vec::new());

/// Leaves the entry for `pack` to be written by [`finish_writing`].
pub(super) fn later(cache: &Cache, entry: &Path, reads: Reads, pack: &Arc<Pack>) {
    let (cache, entry, pack) = (cache.clone(), entry.to_path_buf(), Arc::clone(pack));
    PENDING
        .lock()
        .unwrap_or_else(PoisonError::into_inner)
        .push(Box::new(move || {
            cache.remember_or_forget(&entry, Some(reads), &pack);
        }));
}

/// Writes, on this thread, every copy a [`Cache::writing_later`] left to write. The explorer
/// calls it once its frame is up: writing the copy of a 100× pack takes about as long as
/// drawing that frame, and a second thread writing beside the search index being built
/// would take memory of its own; it calls it after each `--watch` reload too. `serve` calls
/// it before listening, and the binary before it exits, so that `render` and `export` leave
/// their copy too (their output then ends only after the write).
pub fn finish_writing() {
    let jobs = std::mem::take(&mut *PENDING.lock().unwrap_or_else(PoisonError::into_inner));
    for job in jobs {
        job();
    }
}

/// Creates `dir` and any folder above it that is missing, readable by the user alone: the
/// entries hold what the user's packs say.
pub(super) fn make_private_dir(dir: &Path) -> std::io::Result<()> {
    let mut builder = std::fs::DirBuilder::new();
    builder.recursive(true);
    #[cfg(unix)]
    std::os::unix::fs::DirBuilderExt::mode(&mut builder, 0o700);
    builder.create(dir)
}

/// Writes the key, the model and the model's digest to the new file `path` as they are
/// encoded, so that remembering a pack takes no second copy of it in memory; the bytes
/// written, or `None` on failure. Only the user may read the file.
pub(super) fn write_entry(path: &Path, key: &Key, pack: &Pack) -> Option<u64> {
    use std::io::Write;
    let mut options = std::fs::File::options();
    options.write(true).create_new(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    let mut out = std::io::BufWriter::new(options.open(path).ok()?);
    postcard::to_io(key, &mut out).ok()?;
    let mut model = Digesting {
        out,
        sum: <sha2::Sha256 as sha2::Digest>::new(),
    };
    postcard::to_io(pack, &mut model).ok()?;
    let Digesting { mut out, sum } = model;
    out.write_all(&sha2::Digest::finalize(sum)).ok()?;
    let file = out.into_inner().ok()?;
    file.metadata().ok().map(|m| m.len())
}

/// A writer that digests what goes through it.
struct Digesting<W> {
    out: W,
    sum: sha2::Sha256,
}

impl<W: std::io::Write> std::io::Write for Digesting<W> {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        let n = self.out.write(buf)?;
        sha2::Digest::update(&mut self.sum, buf.get(..n).unwrap_or_default());
        Ok(n)
    }

    fn flush(&mut self) -> std::io::Result<()> {
        self.out.flush()
    }
}

/// An extension for a half-written entry that no other writer uses: this process's id, the
/// time and a count.
pub(super) fn unique_tmp_extension() -> String {
    static COUNT: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);
    let n = COUNT.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    let nanos = SystemTime::now()
        .duration_since(SystemTime::UNIX_EPOCH)
        .map_or(0, |d| d.subsec_nanos());
    format!("{}-{nanos}-{n}.tmp", std::process::id())
}
