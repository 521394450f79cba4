#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    clippy::panic
)]
//! A pack never reads outside its folder, links included: a source text, a section file or a
//! whole folder linked from elsewhere is refused with a message naming the file, and nothing
//! of the linked file is shown. Links that stay inside the pack (or its `../assets/`) work.
#![cfg(unix)]

mod common;

use std::os::unix::fs::symlink;
use std::path::Path;
use std::process::{Command, Output};

/// A line that must never be printed: it is only in the files outside the pack.
const SECRET: &str = "OUTSIDE-THE-PACK-4417";

fn check(pack: &Path) -> Output {
    Command::new(env!("CARGO_BIN_EXE_arglens"))
        .arg("check")
        .arg(pack)
        .env("ARGLENS_CONFIG", common::scratch_config())
        .output()
        .expect("the binary runs")
}

fn text(o: &Output) -> String {
    format!(
        "{}{}",
        String::from_utf8_lossy(&o.stdout),
        String::from_utf8_lossy(&o.stderr)
    )
}

/// Moves `relative` out of the pack to a folder beside it, with the secret added, and leaves
/// a link in its place.
fn link_out(tmp: &Path, pack: &Path, relative: &str) -> String {
    let inside = pack.join(relative);
    let outside = tmp.join("elsewhere").join(relative.replace('/', "_"));
    std::fs::create_dir_all(outside.parent().unwrap()).unwrap();
    if inside.is_dir() {
        common::copy_dir(&inside, &outside);
        std::fs::remove_dir_all(&inside).unwrap();
    } else {
        let mut body = std::fs::read_to_string(&inside).unwrap();
        body.push_str(&format!("\n# {SECRET}\n"));
        std::fs::write(&outside, body).unwrap();
        std::fs::remove_file(&inside).unwrap();
    }
    symlink(&outside, &inside).unwrap();
    outside.display().to_string()
}

fn assert_refused(o: &Output, file: &str) {
    let t = text(o);
    assert!(!o.status.success(), "{t}");
    assert!(t.contains("outside the pack folder"), "{t}");
    assert!(t.contains(file), "the message names {file}: {t}");
    assert!(
        !t.contains(SECRET),
        "nothing of the linked file is shown: {t}"
    );
}

#[test]
fn the_shipped_pack_checks_as_a_baseline() {
    let (_tmp, pack) = common::pack_copy();
    assert!(check(&pack).status.success(), "{}", text(&check(&pack)));
}

#[test]
fn a_source_text_linked_from_outside_is_refused() {
    let (tmp, pack) = common::pack_copy();
    // The shipped pack keeps its source in ../assets/; a pack of one's own keeps it inside.
    let source = std::fs::read_dir(tmp.path().join("assets"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .find(|p| p.extension().is_some_and(|x| x == "txt"))
        .unwrap();
    let name = source.file_name().unwrap().to_string_lossy().into_owned();
    std::fs::write(
        tmp.path().join("secret.txt"),
        format!("{}\n{SECRET}\n", std::fs::read_to_string(&source).unwrap()),
    )
    .unwrap();
    std::fs::remove_file(&source).unwrap();
    symlink(tmp.path().join("secret.txt"), &source).unwrap();
    assert_refused(&check(&pack), &name);
}

#[test]
fn a_section_file_linked_from_outside_is_refused() {
    let (tmp, pack) = common::pack_copy();
    link_out(tmp.path(), &pack, "sections/pitfalls.yaml");
    assert_refused(&check(&pack), "pitfalls.yaml");
}

#[test]
fn a_folder_linked_from_outside_is_refused() {
    let (tmp, pack) = common::pack_copy();
    link_out(tmp.path(), &pack, "sections");
    assert_refused(&check(&pack), "sections");
}

#[test]
fn links_that_stay_inside_the_pack_are_followed() {
    let (_tmp, pack) = common::pack_copy();
    let file = pack.join("sections/pitfalls.yaml");
    std::fs::rename(&file, pack.join("pitfalls-kept-here.yaml")).unwrap();
    symlink(pack.join("pitfalls-kept-here.yaml"), &file).unwrap();
    let o = check(&pack);
    assert!(o.status.success(), "{}", text(&o));
}

#[test]
fn a_pack_folder_reached_through_a_link_loads() {
    let (tmp, pack) = common::pack_copy();
    let via = tmp.path().join("via");
    symlink(&pack, &via).unwrap();
    let o = check(&via);
    assert!(o.status.success(), "{}", text(&o));
}

#[test]
fn the_pack_in_the_current_folder_is_held_to_the_same_rule() {
    let (tmp, pack) = common::pack_copy();
    link_out(tmp.path(), &pack, "sections/pitfalls.yaml");
    let o = Command::new(env!("CARGO_BIN_EXE_arglens"))
        .arg("check")
        .current_dir(&pack)
        .env("ARGLENS_CONFIG", common::scratch_config())
        .output()
        .unwrap();
    assert_refused(&o, "pitfalls.yaml");
}
