use std::path::{Path, PathBuf};

use super::*;
use crate::content::scale::scaled_files;

/// A pack scaled `n` times written to `root/content` (its source in `root/assets`), and a
/// cache in `root/cache` that remembers packs of any size.
fn setup(root: &Path, n: usize) -> (PathBuf, Cache) {
    let content = root.join("content");
    for (relative, bytes) in scaled_files(n).unwrap() {
        let path = content.join(relative);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, bytes).unwrap();
    }
    (content, Cache::new(root.join("cache")).remembering_from(0))
}

/// The pack opened through `cache`.
fn open(cache: &Cache, content: &Path) -> Pack {
    std::sync::Arc::unwrap_or_clone(cache.load(content).unwrap())
}

/// The pack loaded the usual way, without a cache.
fn fresh(content: &Path) -> Pack {
    crate::content::load_dir(content).unwrap().pack
}

fn entries(cache: &Cache) -> Vec<PathBuf> {
    let mut out: Vec<PathBuf> = std::fs::read_dir(&cache.dir)
        .map(|l| l.flatten().map(|e| e.path()).collect())
        .unwrap_or_default();
    out.sort();
    out
}

/// Replaces the pack's entry with one whose key is right for the files as they are now but
/// whose model is `marker`: a load that returns `marker` used the entry.
fn plant(cache: &Cache, content: &Path, marker: &Pack) {
    let files = load::files_at(content).unwrap();
    let logged = files.logged();
    load::load_with(&logged, Checks::ErrorsOnly).unwrap();
    let entry = cache.entry_for(content).unwrap();
    cache
        .remember(&entry, logged.reads().unwrap(), marker)
        .unwrap();
}

/// A pack unlike any scaled one: the shipped pack with another title.
fn marker() -> Pack {
    let mut pack = crate::content::load_embedded().unwrap().pack;
    pack.article.title = "A remembered model".to_string();
    pack
}

/// A pack large enough to be loaded on two threads, both of which log what they read.
#[test]
fn a_pack_opened_again_is_the_pack_loaded_afresh() {
    let tmp = tempfile::tempdir().unwrap();
    let (content, cache) = setup(tmp.path(), 12);
    let first = open(&cache, &content);
    let [entry] = entries(&cache).try_into().unwrap();
    let written = std::fs::read(&entry).unwrap();
    #[cfg(unix)]
    {
        use std::os::unix::fs::{MetadataExt, PermissionsExt};
        let mode = |p: &Path| std::fs::metadata(p).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode(&cache.dir), 0o700, "only the user may list the copies");
        assert_eq!(mode(&entry), 0o600, "only the user may read what packs say");
        let inode = std::fs::metadata(&entry).unwrap().ino();
        let again = open(&cache, &content);
        assert_eq!(again, fresh(&content));
        assert_eq!(first, again);
        let after = std::fs::metadata(&entry).unwrap().ino();
        assert_eq!(
            inode, after,
            "opened again, the copy is read, not written again"
        );
    }
    // Written again after a fresh load, the copy is the same bytes, whichever of the two
    // loading threads read first.
    std::fs::remove_file(&entry).unwrap();
    open(&cache, &content);
    assert_eq!(std::fs::read(&entry).unwrap(), written);
}

#[test]
fn a_copy_left_for_later_is_there_once_writing_is_finished() {
    let tmp = tempfile::tempdir().unwrap();
    let (content, cache) = setup(tmp.path(), 1);
    let cache = cache.writing_later();
    let first = open(&cache, &content);
    assert!(entries(&cache).is_empty(), "not written yet");
    finish_writing();
    let [entry] = entries(&cache).try_into().unwrap();
    let written = std::fs::read(&entry).unwrap();
    std::fs::remove_file(&entry).unwrap();
    let cache = Cache {
        later: false,
        ..cache
    };
    assert_eq!(open(&cache, &content), first);
    assert_eq!(
        std::fs::read(&entry).unwrap(),
        written,
        "as written on this thread"
    );
}

#[test]
fn an_unchanged_pack_is_opened_from_its_entry() {
    let tmp = tempfile::tempdir().unwrap();
    let (content, cache) = setup(tmp.path(), 1);
    plant(&cache, &content, &marker());
    assert_eq!(open(&cache, &content), marker());
    // Without the cache the pack is read, whatever is remembered.
    assert_ne!(*load(&content, None).unwrap(), marker());
}

#[test]
fn a_change_to_any_file_it_was_made_from_loads_the_pack_afresh() {
    let tmp = tempfile::tempdir().unwrap();
    let (content, cache) = setup(tmp.path(), 1);
    let read: Vec<String> = {
        let logged = load::files_at(&content).unwrap().logged();
        load::load_with(&logged, Checks::ErrorsOnly).unwrap();
        logged
            .reads()
            .unwrap()
            .files
            .into_iter()
            .map(|(r, _)| r)
            .collect()
    };
    assert!(read.len() >= 6, "the loader read only {read:?}");
    for relative in read {
        plant(&cache, &content, &marker());
        let path = content.join(&relative);
        let mut text = std::fs::read_to_string(&path).unwrap();
        // A comment in YAML, a blank line at the end of the source: the model may not
        // change, but what it was made from did.
        text.push_str(if relative.ends_with(".yaml") {
            "# edited\n"
        } else {
            "\n"
        });
        std::fs::write(&path, text).unwrap();
        let loaded = open(&cache, &content);
        assert_ne!(
            loaded,
            marker(),
            "{relative} changed, yet its entry was used"
        );
        assert_eq!(loaded, fresh(&content), "{relative}");
    }
}

#[test]
fn a_section_file_added_or_removed_loads_the_pack_afresh() {
    let tmp = tempfile::tempdir().unwrap();
    let (content, cache) = setup(tmp.path(), 1);
    let extra = content.join("sections/extra.yaml");
    plant(&cache, &content, &marker());
    std::fs::write(&extra, "title: Extra\npoints: []\n").unwrap();
    assert_ne!(open(&cache, &content), marker(), "added");
    plant(&cache, &content, &marker());
    std::fs::remove_file(&extra).unwrap();
    assert_ne!(open(&cache, &content), marker(), "removed");
}

#[cfg(unix)]
#[test]
fn a_file_become_a_link_out_of_the_pack_is_refused_though_remembered() {
    let tmp = tempfile::tempdir().unwrap();
    let (content, cache) = setup(tmp.path(), 1);
    open(&cache, &content);
    let outside = tmp.path().join("elsewhere.yaml");
    std::fs::rename(content.join("passages.yaml"), &outside).unwrap();
    std::os::unix::fs::symlink(&outside, content.join("passages.yaml")).unwrap();
    let e = cache.load(&content).unwrap_err();
    assert!(e.to_string().contains("outside the pack folder"), "{e}");
}

#[test]
fn a_broken_or_foreign_entry_is_replaced_by_a_fresh_load() {
    let tmp = tempfile::tempdir().unwrap();
    let (content, cache) = setup(tmp.path(), 1);
    open(&cache, &content);
    let entry = cache.entry_for(&content).unwrap();
    let whole = std::fs::read(&entry).unwrap();
    // The right files, but made by another build: the marker with a sound digest.
    let foreign = |change: fn(&mut Key)| {
        let mut key = postcard::take_from_bytes::<Key>(&whole).unwrap().0;
        change(&mut key);
        let mut bytes = postcard::to_allocvec(&key).unwrap();
        let model = embedded::encode(&marker()).unwrap();
        bytes.extend(&model);
        bytes.extend(digest_bytes(&model));
        bytes
    };
    // One byte of the model changed, in the middle of the source text.
    let damaged = {
        let mut bytes = whole.clone();
        let at = bytes.windows(6).position(|w| w == b"Moscow").unwrap();
        bytes[at] = b'm';
        bytes
    };
    for bytes in [
        whole.get(..whole.len() / 2).unwrap().to_vec(),
        b"not an entry".to_vec(),
        Vec::new(),
        damaged,
        foreign(|key| key.loader.push('x')),
        foreign(|key| key.version.push('x')),
    ] {
        std::fs::write(&entry, bytes).unwrap();
        assert_eq!(open(&cache, &content), fresh(&content));
        assert_eq!(
            std::fs::read(&entry).unwrap(),
            whole,
            "the entry is written again"
        );
    }
}

#[test]
fn only_packs_large_enough_and_loaded_without_error_are_remembered() {
    let tmp = tempfile::tempdir().unwrap();
    let (content, cache) = setup(tmp.path(), 1);
    let cache = cache.remembering_from(load::THREAD_FROM_BYTES);
    open(&cache, &content);
    assert!(
        entries(&cache).is_empty(),
        "the shipped pack's size loads quickly"
    );
    let cache = cache.remembering_from(0);
    std::fs::write(content.join("timeline.yaml"), "events: [").unwrap();
    assert!(cache.load(&content).is_err());
    assert!(
        entries(&cache).is_empty(),
        "a pack with errors is not remembered"
    );
}

#[test]
fn a_cache_that_cannot_be_written_still_opens_the_pack() {
    let tmp = tempfile::tempdir().unwrap();
    let (content, _) = setup(tmp.path(), 1);
    let blocked = tmp.path().join("a-file");
    std::fs::write(&blocked, "").unwrap();
    let cache = Cache::new(blocked.join("cache")).remembering_from(0);
    assert_eq!(open(&cache, &content), fresh(&content));
}

#[test]
fn the_least_recently_used_entries_beyond_the_limit_go() {
    let tmp = tempfile::tempdir().unwrap();
    let cache = Cache::new(tmp.path().to_path_buf());
    let now = SystemTime::now();
    let names = || -> Vec<String> {
        entries(&cache)
            .iter()
            .map(|p| p.file_name().unwrap().to_string_lossy().into_owned())
            .collect()
    };
    let put = |name: &str, age_secs: u64| {
        let path = tmp.path().join(name);
        std::fs::write(&path, name).unwrap();
        let f = std::fs::File::options().append(true).open(&path).unwrap();
        f.set_modified(now - Duration::from_secs(age_secs)).unwrap();
    };
    for i in 0..MAX_ENTRIES as u64 + 3 {
        put(&format!("{i:02}.postcard"), 100 * i);
    }
    put("old.9.tmp", TMP_GRACE.as_secs() + 60);
    put("new.9.tmp", 1);
    put("notes.txt", 100_000);
    cache.trim();
    let mut kept: Vec<String> = (0..MAX_ENTRIES)
        .map(|i| format!("{i:02}.postcard"))
        .collect();
    kept.extend(["new.9.tmp".to_string(), "notes.txt".to_string()]);
    kept.sort();
    assert_eq!(names(), kept);
    // Each entry holds its own name, 11 bytes: three fit in 35 bytes, not four.
    cache.trim_to(MAX_ENTRIES, 35);
    assert_eq!(
        names(),
        [
            "00.postcard",
            "01.postcard",
            "02.postcard",
            "new.9.tmp",
            "notes.txt"
        ]
    );
}

#[test]
fn a_file_read_twice_with_two_texts_makes_the_reads_unsure() {
    let mut reads = Reads::default();
    reads.file("a.yaml", Some(digest("one")));
    reads.file("a.yaml", Some(digest("one")));
    reads.sections(&Some(vec!["s".to_string()]));
    assert!(!reads.unsure);
    assert_eq!(reads.files.len(), 1);
    reads.file("a.yaml", Some(digest("two")));
    assert!(reads.unsure);
    let mut reads = Reads::default();
    reads.file("gone.yaml", None);
    reads.file("gone.yaml", Some(digest("back")));
    assert!(reads.unsure);
    let mut reads = Reads::default();
    reads.sections(&Some(vec!["s".to_string()]));
    reads.sections(&Some(vec!["s".to_string(), "t".to_string()]));
    assert!(reads.unsure);
    let mut reads = Reads::default();
    reads.sections(&None);
    assert!(reads.unsure, "a folder that could not be listed");
}

#[test]
fn the_digest_is_sha256() {
    let hex: String = digest("abc").iter().map(|b| format!("{b:02x}")).collect();
    assert_eq!(
        hex,
        "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
    );
}
