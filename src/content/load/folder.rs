//! The checks a folder passes before any of it is read as a pack: it is a folder, it is not
//! too big to be one, and it holds a pack's files at all.

use std::path::Path;

use super::{ARTICLE_FILE, PASSAGES_FILE, TIMELINE_FILE};
use crate::content::diag::{Diagnostic, LoadError};

/// Refuses a path that is not a folder, or a folder too big to be a pack.
pub(super) fn check_dir(dir: &Path) -> Result<(), LoadError> {
    if !dir.is_dir() {
        let what = if dir.exists() {
            "is not a folder"
        } else {
            "does not exist"
        };
        return Err(LoadError::single(
            Diagnostic::error(dir.display().to_string(), format!("the pack folder {what}"))
                .with_hint(format!("a pack is a folder holding {ARTICLE_FILE}, {PASSAGES_FILE}, {TIMELINE_FILE} and sections/, or a JSON export of one")),
        ));
    }
    count_files(dir)?;
    not_a_pack(dir).map_or(Ok(()), |d| Err(LoadError::single(d)))
}

/// A folder holding none of a pack's three files is not a pack at all: one error saying so,
/// and where the pack may be instead, rather than one per missing file. (A folder holding
/// some of them is a pack with files missing, and each is reported.)
fn not_a_pack(dir: &Path) -> Option<Diagnostic> {
    let holds = |d: &Path, name: &str| std::fs::symlink_metadata(d.join(name)).is_ok();
    if [ARTICLE_FILE, PASSAGES_FILE, TIMELINE_FILE]
        .iter()
        .any(|f| holds(dir, f))
    {
        return None;
    }
    let inner = dir.join("content");
    let hint = if holds(&inner, ARTICLE_FILE) {
        format!(
            "its `content` folder holds a pack: name {}",
            inner.display()
        )
    } else {
        format!(
            "a pack is a folder holding {ARTICLE_FILE}, {PASSAGES_FILE}, {TIMELINE_FILE} and \
             sections/; `arglens new DIR --source ARTICLE.txt` starts one"
        )
    };
    let message = format!("the folder is not a pack: it holds no {ARTICLE_FILE}");
    Some(Diagnostic::error(dir.display().to_string(), message).with_hint(hint))
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
