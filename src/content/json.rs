//! A JSON export read back as a pack: `arglens check pack.json`, `--content pack.json`.
//!
//! The document holds every file of a pack (`"article"` is `article.yaml`, `"passages"` and
//! `"events"` the lists of `passages.yaml` and `timeline.yaml`, each of `"sections"` a section
//! file, `"source"` the text). Each part is cut out of the document by blanking everything
//! else, so it keeps its own line and column, and is then read by the ordinary loader: a
//! mistake in the document is reported at its place in the document, like one in a folder.

use std::collections::BTreeMap;
use std::ops::Range;
use std::sync::Arc;

use super::diag::Diagnostic;
use super::files::{PackFile, PackFiles};
use super::load::{ARTICLE_FILE, PASSAGES_FILE, TIMELINE_FILE, section_file};
use super::locate::Locator;
use super::yaml::{self, spans};

/// What `format` says, so a reader can tell the document apart from other JSON.
pub const FORMAT: &str = "arglens-pack";
/// Bumped when a field changes meaning or goes away; new optional fields keep the version.
pub const VERSION: u32 = 1;

/// The top-level members of the document (`eras` may be left out).
const MEMBERS: [&str; 8] = [
    "format", "version", "article", "sections", "passages", "events", "eras", "source",
];

/// Whether `text` looks like a JSON document rather than a pack file or folder.
pub fn looks_like_json(text: &str) -> bool {
    text.trim_start().starts_with('{')
}

/// The pack files a JSON export holds, or every problem that keeps it from being one.
pub fn files(file: &PackFile) -> Result<PackFiles, Vec<Diagnostic>> {
    let header = yaml::json_header(file).map_err(|d| vec![d])?;
    let mut problems = format_problems(file, &header);
    let Some(members) = spans::members(&file.text) else {
        problems.push(Diagnostic::error(
            &file.name,
            "the document is not a JSON object",
        ));
        return Err(problems);
    };
    problems.extend(member_problems(file, &members));
    if !problems.is_empty() {
        return Err(problems);
    }
    let (open, close) = members
        .last()
        .map_or((0..0, 0..0), |m| (m.whole.clone(), m.value.clone()));
    let find = |key: &str| members.iter().find(|m| m.key == key);
    let mut parts = BTreeMap::new();
    let mut part = |relative: String, keep: &[Range<usize>]| {
        parts.insert(relative, spans::only(&file.text, keep));
    };
    if let Some(m) = find("article") {
        part(ARTICLE_FILE.into(), std::slice::from_ref(&m.value));
    }
    if let Some(m) = find("passages") {
        part(
            PASSAGES_FILE.into(),
            &[open.clone(), m.whole.clone(), close.clone()],
        );
    }
    if let Some(events) = find("events") {
        // The timeline file holds the events and the eras: kept as one stretch when the
        // eras follow the events, as the export writes them, so the comma between stays.
        let timeline = match find("eras") {
            Some(eras) if eras.whole.start >= events.whole.end => {
                events.whole.start..eras.whole.end
            }
            _ => events.whole.clone(),
        };
        part(
            TIMELINE_FILE.into(),
            &[open.clone(), timeline, close.clone()],
        );
    }
    let sections = find("sections").and_then(|m| spans::flow_items(&file.text, m.value.start));
    for (i, range) in sections.into_iter().flatten().enumerate() {
        let id = file
            .text
            .get(range.clone())
            .and_then(yaml::id_in)
            .unwrap_or_else(|| format!("section-{}", i + 1));
        part(section_file(&id), &[range]);
    }
    if let Some(path) = header.source_path {
        parts.insert(path, header.source);
    }
    Ok(PackFiles::Json {
        name: file.name.clone(),
        parts: Arc::new(parts),
    })
}

/// A document that does not say it is an arglens export of this version.
fn format_problems(file: &PackFile, header: &yaml::JsonHeader) -> Vec<Diagnostic> {
    let (format, version) = (&header.format, header.version);
    if format.as_deref() == Some(FORMAT) && version == Some(u64::from(VERSION)) {
        return Vec::new();
    }
    let message = format!(
        "expected format `{FORMAT}` version {VERSION}, found {} version {}",
        format
            .as_ref()
            .map_or("no format".into(), |f| format!("`{f}`")),
        version.map_or("none".into(), |v| v.to_string())
    );
    vec![
        Diagnostic::error(&file.name, message)
            .at(Locator::new(&file.text).key("format", 1))
            .with_hint("this document is not an arglens JSON export"),
    ]
}

/// Members the document does not know, and the ones it lacks.
fn member_problems(file: &PackFile, members: &[spans::Member]) -> Vec<Diagnostic> {
    let mut problems = Vec::new();
    for m in members.iter().filter(|m| !m.key.is_empty()) {
        if !MEMBERS.contains(&m.key.as_str()) {
            let message = format!(
                "unknown field `{}`, expected one of `{}`",
                m.key,
                MEMBERS.join("`, `")
            );
            let at = Locator::new(&file.text).key(&m.key, 1);
            problems.push(Diagnostic::error(&file.name, message).at(at));
        }
    }
    for key in ["article", "sections", "passages", "events", "source"] {
        if !members.iter().any(|m| m.key == key) {
            problems.push(Diagnostic::error(
                &file.name,
                format!("missing field `{key}`"),
            ));
        }
    }
    problems
}
