//! Loads a pack: reads its files, parses each, then checks and indexes the whole.
//!
//! Every file is parsed even when an earlier one failed, so an author sees all syntax errors in
//! one run. Cross-file checks need every file parsed, so they run only when parsing succeeded.

use std::path::Path;

use super::diag::{Diagnostic, LoadError};
use super::files::{PackFile, PackFiles};
use super::raw;
use super::validate::{Checked, Checks, RawPack, is_valid_id, validate};
use super::yaml;

/// The file every pack starts from.
pub const ARTICLE_FILE: &str = "article.yaml";
pub const PASSAGES_FILE: &str = "passages.yaml";
pub const TIMELINE_FILE: &str = "timeline.yaml";

/// Where a section's file lives, from its id.
pub fn section_file(id: &str) -> String {
    format!("sections/{id}.yaml")
}

/// Loads the pack compiled into the binary.
pub fn load_embedded() -> Result<Checked, LoadError> {
    load(&PackFiles::Embedded)
}

/// Loads a folder, or the built-in pack without one, with the checks asked for.
pub fn load_for(dir: Option<&Path>, checks: Checks) -> Result<Checked, LoadError> {
    match dir {
        Some(d) => {
            check_dir(d)?;
            load_with(&PackFiles::Dir(d.to_path_buf()), checks)
        }
        None => load_with(&PackFiles::Embedded, checks),
    }
}

/// Loads a pack from a folder.
pub fn load_dir(dir: &Path) -> Result<Checked, LoadError> {
    load_for(Some(dir), Checks::All)
}

/// Refuses a path that is not a folder, or a folder too big to be a pack.
fn check_dir(dir: &Path) -> Result<(), LoadError> {
    if !dir.is_dir() {
        let what = if dir.exists() {
            "is not a folder"
        } else {
            "does not exist"
        };
        return Err(LoadError::single(
            Diagnostic::error(dir.display().to_string(), format!("the pack folder {what}"))
                .with_hint(format!("a pack is a folder holding {ARTICLE_FILE}, {PASSAGES_FILE}, {TIMELINE_FILE} and sections/")),
        ));
    }
    count_files(dir)
}

/// Most files a pack folder may hold; a larger folder is refused before anything is parsed.
pub const MAX_FILES: usize = 10_000;

/// Refuses a folder with more than [`MAX_FILES`] entries (counted up to one past the limit, so
/// a huge tree is not walked to the end). Symbolic links are not followed.
fn count_files(dir: &Path) -> Result<(), LoadError> {
    let mut count = 0usize;
    let mut pending = vec![dir.to_path_buf()];
    while let Some(d) = pending.pop() {
        let entries = std::fs::read_dir(&d).map_err(|e| {
            LoadError::single(Diagnostic::error(
                d.display().to_string(),
                format!("cannot read the folder: {e}"),
            ))
        })?;
        for entry in entries.flatten() {
            count += 1;
            if count > MAX_FILES {
                return Err(LoadError::single(Diagnostic::error(
                    dir.display().to_string(),
                    format!(
                        "the pack folder holds more than {MAX_FILES} files; packs are limited to that"
                    ),
                )));
            }
            if entry.file_type().is_ok_and(|t| t.is_dir()) {
                pending.push(entry.path());
            }
        }
    }
    Ok(())
}

/// Loads a pack from any source of files, with every check.
pub fn load(files: &PackFiles) -> Result<Checked, LoadError> {
    load_with(files, Checks::All)
}

/// Loads a pack from any source of files with the checks asked for.
pub fn load_with(files: &PackFiles, checks: Checks) -> Result<Checked, LoadError> {
    let mut problems = Vec::new();
    let article = parse::<raw::ArticleFile>(files, ARTICLE_FILE, &mut problems);
    let passages = parse::<raw::PassagesFile>(files, PASSAGES_FILE, &mut problems);
    let timeline = parse::<raw::TimelineFile>(files, TIMELINE_FILE, &mut problems);

    let mut sections = Vec::new();
    let mut source = None;
    if let Some((article_file, a)) = &article {
        for id in &a.sections {
            if !is_valid_id(id) {
                // The id names a file, so a bad one must not reach the file system.
                let at = super::locate::Locator::new(&article_file.text).word(id, 1);
                problems.push(
                    Diagnostic::error(
                        &article_file.name,
                        format!("section id `{id}` is not valid"),
                    )
                    .at(at)
                    .with_hint("use lower-case letters, digits and hyphens"),
                );
                continue;
            }
            if let Some(s) = parse::<raw::Section>(files, &section_file(id), &mut problems) {
                sections.push(s);
            }
        }
        if a.sections.is_empty() {
            problems.push(Diagnostic::error(
                &article_file.name,
                "`sections` lists no section",
            ));
        }
        match files.read(&a.article.source) {
            Ok(f) => source = Some(f),
            Err(d) => {
                let at = super::locate::Locator::new(&article_file.text).key("source", 1);
                problems.push(
                    Diagnostic::error(
                        &article_file.name,
                        format!("cannot read the source text: {}", d.message),
                    )
                    .at(at)
                    .with_hint(format!("`source` names {}", d.file)),
                );
            }
        }
    }

    match (article, passages, timeline, source) {
        (Some(article), Some(passages), Some(timeline), Some(source)) if problems.is_empty() => {
            validate(
                RawPack {
                    article,
                    sections,
                    passages,
                    timeline,
                    source,
                },
                checks,
            )
        }
        _ => Err(LoadError::new(problems)),
    }
}

fn parse<T: serde::de::DeserializeOwned>(
    files: &PackFiles,
    relative: &str,
    problems: &mut Vec<Diagnostic>,
) -> Option<(PackFile, T)> {
    let file = files.read(relative).map_err(|d| problems.push(d)).ok()?;
    let value = yaml::parse(&file).map_err(|d| problems.push(d)).ok()?;
    Some((file, value))
}
