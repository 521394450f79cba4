#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    clippy::panic
)]
//! The documentation says what the program does: the README's key table is the keymap, and the
//! pack-format guide names every field the format accepts.

use arglens::app::keymap;

const README: &str = include_str!("../README.md");
const FORMAT: &str = include_str!("../content/README.md");

#[test]
fn the_readme_key_table_is_the_keymap() {
    let rows = keymap::markdown();
    assert!(
        README.contains(&rows),
        "README.md's key table differs from the keymap; it should read:\n{rows}"
    );
}

#[test]
fn the_readme_states_the_minimum_size() {
    let min = format!(
        "{}×{}",
        arglens::app::layout::MIN_WIDTH,
        arglens::app::layout::MIN_HEIGHT
    );
    assert!(README.contains(&min), "README should mention {min}");
}

#[test]
fn the_format_guide_documents_every_field() {
    // Every field name the raw types accept, from the source of those types.
    let raw = include_str!("../src/content/raw.rs");
    let fields: Vec<&str> = raw
        .lines()
        .filter_map(|l| l.trim().strip_prefix("pub "))
        .filter_map(|l| l.split_once(':').map(|(name, _)| name))
        .filter(|n| !n.contains(' '))
        .collect();
    assert!(fields.len() > 30, "{fields:?}");
    for f in fields {
        assert!(
            FORMAT.contains(&format!("`{f}`")),
            "content/README.md does not document `{f}`"
        );
    }
}
