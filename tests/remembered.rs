#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]
//! A large pack opened a second time comes from the copy of its checked model kept in the
//! user's cache folder, draws the same frame, and `--no-cache` neither uses nor writes it.

mod common;

use std::path::{Path, PathBuf};
use std::process::Command;

/// A pack twelve times the shipped one (its passages and timeline together above the size
/// from which a pack is remembered), written to `root/content`.
fn large_pack(root: &Path) -> PathBuf {
    let content = root.join("content");
    for (relative, bytes) in arglens::content::scale::scaled_files(12).unwrap() {
        let path = content.join(relative);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, bytes).unwrap();
    }
    content
}

/// `arglens render` of `content` with `cache` as the cache folder; its frame.
fn render(content: &Path, cache: &Path, extra: &[&str]) -> String {
    let o = Command::new(env!("CARGO_BIN_EXE_arglens"))
        .args(["render", "--size", "100x30", "--content"])
        .arg(content)
        .args(extra)
        .env("XDG_CACHE_HOME", cache)
        .env("ARGLENS_CONFIG", common::scratch_config())
        .env_remove("NO_COLOR")
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    String::from_utf8(o.stdout).unwrap()
}

fn entries(cache: &Path) -> usize {
    std::fs::read_dir(cache.join("arglens/packs")).map_or(0, |l| l.count())
}

#[test]
fn a_large_pack_is_remembered_and_opens_again_to_the_same_frame() {
    let tmp = tempfile::tempdir().unwrap();
    let content = large_pack(tmp.path());
    let cache = tmp.path().join("cache");
    let afresh = render(&content, &cache, &["--no-cache"]);
    assert_eq!(entries(&cache), 0, "--no-cache writes no copy");
    let first = render(&content, &cache, &[]);
    assert_eq!(entries(&cache), 1, "the first opening is remembered");
    let entry = std::fs::read_dir(cache.join("arglens/packs"))
        .unwrap()
        .next()
        .unwrap()
        .unwrap()
        .path();
    let written = std::fs::metadata(&entry).unwrap();
    std::thread::sleep(std::time::Duration::from_millis(20));
    let again = render(&content, &cache, &[]);
    assert_eq!(first, afresh);
    assert_eq!(again, afresh);
    // Opened again, the copy was used: marked as just used, not written anew.
    let used = std::fs::metadata(&entry).unwrap();
    assert!(used.modified().unwrap() > written.modified().unwrap());
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        assert_eq!(used.ino(), written.ino());
    }
    render(&content, &cache, &["--no-cache"]);
    let left = std::fs::metadata(&entry).unwrap();
    assert_eq!(
        left.modified().unwrap(),
        used.modified().unwrap(),
        "--no-cache leaves it"
    );
    assert!(afresh.contains("point 1 of 120"), "{afresh}");
}

#[test]
fn an_edit_between_openings_is_shown() {
    let tmp = tempfile::tempdir().unwrap();
    let content = large_pack(tmp.path());
    let cache = tmp.path().join("cache");
    render(&content, &cache, &[]);
    let section = content.join("sections/why-moscow.yaml");
    let text = std::fs::read_to_string(&section).unwrap();
    let edited = text.replacen("title: Why Moscow?", "title: Why Moscow, again?", 1);
    assert_ne!(edited, text, "the section file holds its title");
    std::fs::write(&section, edited).unwrap();
    let frame = render(&content, &cache, &[]);
    assert!(frame.contains("Why Moscow, again?"), "{frame}");
}
