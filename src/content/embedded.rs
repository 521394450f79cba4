//! The shipped pack, compiled into the binary so `arglens` runs from any folder.
//!
//! A test checks this list against the files in `content/` and `assets/`, so adding a file to
//! the pack without listing it here fails the build's tests rather than the user.

/// How messages name files of the built-in pack.
pub const PREFIX: &str = "<built-in>";

/// Every file of the built-in pack, by its path relative to `content/`.
pub const FILES: &[(&str, &str)] = &[
    ("article.yaml", include_str!("../../content/article.yaml")),
    ("passages.yaml", include_str!("../../content/passages.yaml")),
    ("timeline.yaml", include_str!("../../content/timeline.yaml")),
    (
        "sections/why-moscow.yaml",
        include_str!("../../content/sections/why-moscow.yaml"),
    ),
    (
        "sections/pitfalls.yaml",
        include_str!("../../content/sections/pitfalls.yaml"),
    ),
    (
        "../assets/xi-jinping-moscow-2013.txt",
        include_str!("../../assets/xi-jinping-moscow-2013.txt"),
    ),
];

/// The text of a built-in file.
pub fn file(relative: &str) -> Option<&'static str> {
    FILES
        .iter()
        .find(|(path, _)| *path == relative)
        .map(|(_, text)| *text)
}

/// The checked model of a pack in postcard's compact binary form: how `build.rs` embeds the
/// built-in pack, so the binary opens it without parsing YAML or checking it again.
pub fn encode(pack: &super::Pack) -> Result<Vec<u8>, String> {
    postcard::to_allocvec(pack).map_err(|e| format!("cannot encode the checked pack: {e}"))
}

/// A model written by [`encode`]; `None` unless the bytes hold exactly one pack.
pub fn decode(bytes: &[u8]) -> Option<super::Pack> {
    match postcard::take_from_bytes(bytes) {
        Ok((pack, [])) => Some(pack),
        _ => None,
    }
}
