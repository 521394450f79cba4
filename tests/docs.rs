#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    clippy::panic
)]
//! The documentation says what the program does: the README's key table is the keymap, and the
//! pack-format guide names every field the format accepts.

mod common;

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

/// The message patterns of the guide's tables under "What is checked": the code spans of each
/// row's first cell, backticks dropped.
fn guide_patterns() -> Vec<String> {
    let checked = &FORMAT[FORMAT.find("## What is checked").unwrap()..];
    let checked = &checked[..checked.find("\n## ").unwrap_or(checked.len())];
    let mut patterns = Vec::new();
    for row in checked.lines().filter(|l| l.starts_with("| ")) {
        let cell = row.split(" | ").next().unwrap().trim_start_matches("| ");
        for span in cell.split(", ") {
            let plain = span.replace('`', "").trim().to_string();
            if !plain.is_empty() && plain != "Message" && !plain.starts_with("with ") {
                patterns.push(plain);
            }
        }
    }
    assert!(patterns.len() > 40, "{patterns:#?}");
    patterns
}

/// Whether `message` is what `pattern` describes: its fixed parts, in order.
fn matches(pattern: &str, message: &str) -> bool {
    let message = message.replace('`', "");
    let mut rest = message.as_str();
    for piece in pattern.split('…').map(str::trim).filter(|p| !p.is_empty()) {
        match rest.find(piece) {
            Some(at) => rest = &rest[at + piece.len()..],
            None => return false,
        }
    }
    true
}

fn described(message: &str, patterns: &[String]) -> bool {
    patterns.iter().any(|p| matches(p, message))
}

#[test]
fn the_guide_describes_every_diagnostic_the_fixtures_produce() {
    let patterns = guide_patterns();
    let fixtures = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    let mut undescribed = Vec::new();
    let mut seen = 0;
    for case in std::fs::read_dir(&fixtures).unwrap() {
        let case = case.unwrap().path();
        if !case.is_dir() {
            continue;
        }
        let tmp = tempfile::tempdir().unwrap();
        let pack = tmp.path().join("pack");
        common::copy_dir(&fixtures.join("base"), &pack);
        common::copy_dir(&case, &pack);
        let _ = std::fs::remove_file(pack.join("expected"));
        let json = pack.join("pack.json");
        let target = if json.exists() { json } else { pack };
        let report = arglens::cmd::check::check(Some(&target)).unwrap();
        for d in report.diagnostics {
            seen += 1;
            // Messages about an item start with where it is: `points[1].paragraph: …`.
            let message = match d.message.split_once(": ") {
                Some((path, rest)) if !path.contains(' ') => rest.to_string(),
                _ => d.message.clone(),
            };
            if !described(&message, &patterns) {
                undescribed.push(format!("{}: {message}", case.display()));
            }
        }
    }
    assert!(seen > 40, "the fixtures were checked: {seen}");
    assert!(
        undescribed.is_empty(),
        "content/README.md's tables do not describe:\n{}",
        undescribed.join("\n")
    );
}

/// Every message literal that starts a diagnostic in the loader and validator: the first
/// string after `Diagnostic::error(`, `Diagnostic::warning(`, `self.error(` or `self.warn(`
/// that reads as a sentence, cut at its first placeholder.
fn message_stems() -> Vec<String> {
    let mut stems = Vec::new();
    let mut pending = Vec::new();
    collect_rs(
        &std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src/content"),
        &mut pending,
    );
    for text in pending {
        let code = text.split("#[cfg(test)]").next().unwrap();
        let lines: Vec<&str> = code.lines().collect();
        for (i, line) in lines.iter().enumerate() {
            let markers = [
                "Diagnostic::error(",
                "Diagnostic::warning(",
                "self.error(",
                "self.warn(",
            ];
            if !markers.iter().any(|m| line.contains(m)) {
                continue;
            }
            let window = lines[i..(i + 6).min(lines.len())].join("\n");
            let literal = window
                .split('"')
                .skip(1)
                .step_by(2)
                .find(|s| s.contains(' ') && !s.starts_with("did you mean"));
            if let Some(l) = literal {
                let stem = l.split('{').next().unwrap().replace('`', "");
                let stem = stem.trim().trim_end_matches(['(', ':']).trim();
                if stem.len() >= 8 {
                    stems.push(stem.to_string());
                }
            }
        }
    }
    stems
}

fn collect_rs(dir: &std::path::Path, out: &mut Vec<String>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            collect_rs(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(std::fs::read_to_string(path).unwrap());
        }
    }
}

#[test]
fn the_guide_describes_every_message_the_loader_can_give() {
    let guide = FORMAT.replace('`', "");
    let stems = message_stems();
    assert!(stems.len() > 25, "{stems:#?}");
    let missing: Vec<&String> = stems
        .iter()
        .filter(|s| !guide.contains(s.as_str()))
        .collect();
    assert!(
        missing.is_empty(),
        "content/README.md's tables do not list: {missing:#?}"
    );
}
