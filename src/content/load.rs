//! Loads a pack: reads its files, parses each, then checks and indexes the whole.
//!
//! Every file is parsed even when an earlier one failed, so an author sees all syntax errors in
//! one run. Cross-file checks need every file parsed, so they run only when parsing succeeded.

use std::path::Path;

use super::diag::{Diagnostic, LoadError};
use super::files::{PackFile, PackFiles};
use super::raw;
use super::validate::{Checked, Checks, RawPack, RawSection, Unread, is_valid_id, validate};
use super::yaml::{self, BrokenItem, Parsed};

mod folder;

pub use folder::MAX_FILES;
use folder::check_dir;

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

/// Loads a folder (or a JSON export), or the built-in pack without one, with the checks
/// asked for.
pub fn load_for(path: Option<&Path>, checks: Checks) -> Result<Checked, LoadError> {
    let files = match path {
        Some(p) => files_at(p)?,
        None => PackFiles::Embedded,
    };
    load_with(&files, checks)
}

/// Where a pack at `path` comes from: a folder, or a JSON export read into its parts.
pub fn files_at(path: &Path) -> Result<PackFiles, LoadError> {
    if path.is_file() {
        let file = super::files::read_text(path).map_err(LoadError::single)?;
        if !super::json::looks_like_json(&file.text) {
            return Err(LoadError::single(
                Diagnostic::error(
                    &file.name,
                    "a pack is a folder or a JSON export, not a single YAML file",
                )
                .with_hint(format!("name the folder that holds {ARTICLE_FILE}")),
            ));
        }
        return super::json::files(&file).map_err(LoadError::new);
    }
    check_dir(path)?;
    Ok(PackFiles::Dir(path.to_path_buf()))
}

/// Loads a pack from a folder (or a JSON export).
pub fn load_dir(dir: &Path) -> Result<Checked, LoadError> {
    load_for(Some(dir), Checks::All)
}

/// Loads a pack from any source of files, with every check.
pub fn load(files: &PackFiles) -> Result<Checked, LoadError> {
    load_with(files, Checks::All)
}

/// Loads a pack from any source of files with the checks asked for. Every file is read as
/// far as it can be, and the checks across files run on everything that was read.
///
/// A large pack is loaded on a thread of its own (see [`super::beside::apart`]): the memory
/// parsing takes and gives back then stays with that thread's share of the allocator, and the
/// thread that goes on to draw keeps a small heap, where its allocations stay quick.
pub fn load_with(files: &PackFiles, checks: Checks) -> Result<Checked, LoadError> {
    let large = worth_a_thread(files);
    super::beside::apart(large, || load_here(files, checks, large))
}

/// [`load_with`] on this thread.
///
/// Parsing is most of the time a large pack takes to load, and the files do not depend on one
/// another until they are checked together, so a `large` pack's passages and timeline are
/// parsed on a second thread while this one parses the article and the sections. Problems are
/// reported in the same order either way: article, passages, timeline, sections, source.
fn load_here(files: &PackFiles, checks: Checks, large: bool) -> Result<Checked, LoadError> {
    let mut problems = Vec::new();
    let mut later = Vec::new();
    let mut unread = Unread::default();
    let read_lists = || {
        let mut problems = Vec::new();
        let passages = read_list(files, PASSAGES_FILE, &mut problems, yaml::parse_items);
        let timeline = read_list(files, TIMELINE_FILE, &mut problems, yaml::parse_items);
        (passages, timeline, problems)
    };
    let read_rest = || {
        let article = read(
            files,
            ARTICLE_FILE,
            &mut problems,
            yaml::parse::<raw::ArticleFile>,
        );
        let mut sections = Vec::new();
        let mut source = None;
        if let Some((article_file, Some(a), _)) = &article {
            sections = read_sections(files, article_file, a, &mut unread, &mut later);
            source = read_source(files, article_file, a, &mut later);
        }
        (article, sections, source)
    };
    let ((passages, timeline, list_problems), article) =
        super::beside::both(large, read_lists, read_rest);
    let (article, sections, source) = article;
    problems.extend(list_problems);
    problems.append(&mut later);
    let passages = unread.passages(files, passages);
    let timeline = unread.events(files, timeline);
    let (Some((article_file, Some(a), _)), Some(source)) = (article, source) else {
        if sections.is_empty() {
            read_present_sections(files, &mut problems);
        }
        return Err(LoadError::new(problems));
    };
    let raw = RawPack {
        article: (article_file, a),
        sections,
        passages,
        timeline,
        source,
        unread,
    };
    let result = validate(raw, checks);
    if !problems.iter().any(Diagnostic::is_error) {
        return result.map(|mut checked| {
            checked.warnings.extend(problems);
            super::diag::sort(&mut checked.warnings);
            checked
        });
    }
    problems.extend(match result {
        Ok(checked) => checked.warnings,
        Err(e) => e.diagnostics,
    });
    Err(LoadError::new(problems))
}

/// Bytes of passages and timeline from which parsing them on a second thread pays: below
/// it, starting the thread costs more than it saves (the shipped pack is about 40 KB).
pub(super) const THREAD_FROM_BYTES: u64 = 256 * 1024;

/// Whether the passages and the timeline are big enough to parse beside the rest.
fn worth_a_thread(files: &PackFiles) -> bool {
    list_bytes(files) >= THREAD_FROM_BYTES
}

/// The bytes of the passages and the timeline together: what tells a large pack, for which
/// a second thread pays and which is worth remembering (see [`super::cache`]).
pub(super) fn list_bytes(files: &PackFiles) -> u64 {
    [PASSAGES_FILE, TIMELINE_FILE]
        .iter()
        .filter_map(|f| files.size_of(f))
        .sum()
}

/// Reads one file with `parse`, adding its problems to `problems`. `None` when the file
/// could not be read; `Some((file, None))` when it was read but not understood.
fn read<T>(
    files: &PackFiles,
    relative: &str,
    problems: &mut Vec<Diagnostic>,
    parse: fn(&PackFile) -> Parsed<T>,
) -> Option<(PackFile, Option<T>, Vec<BrokenItem>)> {
    let file = files.read(relative).map_err(|d| problems.push(d)).ok()?;
    let parsed = parse(&file);
    problems.extend(parsed.problems);
    Some((file, parsed.value, parsed.broken))
}

/// Reads a file of list items (passages, events, a section's points) and lets go of its
/// text: the items hold what the checks need, and a message that points into the file reads
/// it again ([`PackFile::release`]). At 100 times the shipped pack this is a fifth of the
/// memory loading takes at its peak.
fn read_list<T>(
    files: &PackFiles,
    relative: &str,
    problems: &mut Vec<Diagnostic>,
    parse: fn(&PackFile) -> Parsed<T>,
) -> Option<(PackFile, Option<T>, Vec<BrokenItem>)> {
    let mut read = read(files, relative, problems, parse)?;
    read.0.release(files, relative);
    Some(read)
}

/// The sections `article.yaml` lists, each read from its file; a listed section without a
/// file is reported where it is listed, and a section file that is not listed is a warning.
fn read_sections(
    files: &PackFiles,
    article_file: &PackFile,
    a: &raw::ArticleFile,
    unread: &mut Unread,
    problems: &mut Vec<Diagnostic>,
) -> Vec<RawSection> {
    let present = files.section_files();
    let locator = super::locate::Locator::new(&article_file.text);
    let listed_from = locator.key("sections", 1).map_or(1, |(line, _)| line);
    let mut sections = Vec::new();
    for id in &a.sections {
        let at = locator.word(id, listed_from);
        if !is_valid_id(id) {
            // The id names a file, so a bad one must not reach the file system.
            problems.push(
                Diagnostic::error(
                    &article_file.name,
                    format!("section id `{id}` is not valid"),
                )
                .at(at)
                .with_hint("use lower-case letters, digits and hyphens"),
            );
            unread.all_points = true;
            continue;
        }
        if let Some(present) = present.as_ref().filter(|p| !p.contains(id)) {
            // No file means no points to refer to: references to points are still checked
            // against the sections that did load, so a misspelt id is reported in this run.
            problems.push(dangling_section(article_file, id, at, present));
            continue;
        }
        let relative = section_file(id);
        match read_list(
            files,
            &relative,
            problems,
            yaml::parse_items::<raw::Section>,
        ) {
            Some((file, Some(section), broken)) => {
                unread.add_points(&broken);
                sections.push(RawSection {
                    listed: id.clone(),
                    file,
                    section,
                    broken_points: !broken.is_empty(),
                });
            }
            _ => unread.all_points = true,
        }
    }
    if a.sections.is_empty() {
        problems.push(
            Diagnostic::error(&article_file.name, "`sections` lists no section")
                .at(locator.key("sections", 1)),
        );
    }
    for stray in present.iter().flatten().filter(|f| !a.sections.contains(f)) {
        problems.push(
            Diagnostic::warning(
                files.name_of(&section_file(stray)),
                format!("this section file is not listed in `sections` in {ARTICLE_FILE}, so it is not part of the pack"),
            )
            .with_hint(format!("add `{stray}` to `sections` in {ARTICLE_FILE}, or delete the file")),
        );
    }
    sections
}

/// Without a readable `article.yaml`, the section files present are still read, so their
/// problems are reported in the same run.
fn read_present_sections(files: &PackFiles, problems: &mut Vec<Diagnostic>) {
    for id in files.section_files().unwrap_or_default() {
        read(
            files,
            &section_file(&id),
            problems,
            yaml::parse_items::<raw::Section>,
        );
    }
}

fn dangling_section(
    article_file: &PackFile,
    id: &str,
    at: Option<(usize, usize)>,
    present: &[String],
) -> Diagnostic {
    let hint = if present.is_empty() {
        format!(
            "create {}; the sections/ folder holds no section file yet",
            section_file(id)
        )
    } else {
        let files: Vec<String> = present.iter().map(|p| format!("{p}.yaml")).collect();
        let near = super::text::nearest(id, present.iter().map(String::as_str), 1);
        let mean = near
            .first()
            .map(|n| format!("did you mean `{n}`? "))
            .unwrap_or_default();
        format!("{mean}the sections/ folder holds {}", files.join(", "))
    };
    Diagnostic::error(
        &article_file.name,
        format!(
            "section `{id}` has no file: {} does not exist",
            section_file(id)
        ),
    )
    .at(at)
    .with_hint(hint)
}

fn read_source(
    files: &PackFiles,
    article_file: &PackFile,
    a: &raw::ArticleFile,
    problems: &mut Vec<Diagnostic>,
) -> Option<PackFile> {
    files
        .read(&a.article.source)
        .map_err(|d| {
            let at = super::locate::Locator::new(&article_file.text).key("source", 1);
            problems.push(
                Diagnostic::error(
                    &article_file.name,
                    format!("cannot read the source text: {}", d.message),
                )
                .at(at)
                .with_hint(format!("`source` names {}", d.file)),
            );
        })
        .ok()
}
