//! Turns raw pack files into a checked [`Pack`], collecting every problem on the way.
//!
//! Checks: ids are well formed and unique, every reference resolves, every passage is a verbatim
//! quotation from the paragraph it names, every event's date parses and its wording appears in a
//! passage it cites, inferred dates carry a note. Warnings cover what an author should fix but a
//! reader can live with: uncovered paragraphs, points without passages, events out of order,
//! prose copied from the source, control characters.

mod build;
mod eras;
mod events;
mod site;
mod source;
mod texts;
mod unread;

use std::collections::HashMap;

use site::ItemSite;
use texts::Texts;
pub use unread::Unread;

use super::date::{DATE_FORMS_BRIEF, DateSpec};
use super::diag::{Diagnostic, LoadError};
use super::files::PackFile;
use super::model::Pack;
use super::raw;
use super::sanitize::{is_clean, needs_sanitizing, sanitize};
use super::text::{ShingleIndex, longest_shared_run, nearest, normalize_ws};
use super::unspaced::CharShingles;

/// Own-words fields may share at most this many consecutive words with the source.
pub const MAX_SHARED_WORDS: usize = 7;
/// In scripts written without spaces (Chinese, Japanese, Thai…), at most this many
/// consecutive letters.
pub const MAX_SHARED_CHARS: usize = 11;

/// The parsed files of a pack, ready to be checked.
pub struct RawPack {
    pub article: (PackFile, raw::ArticleFile),
    pub sections: Vec<RawSection>,
    pub passages: (PackFile, raw::PassagesFile),
    pub timeline: (PackFile, raw::TimelineFile),
    pub source: PackFile,
    /// What could not be read, for the checks to leave alone.
    pub unread: Unread,
}

/// A section file as read, with the id `article.yaml` lists it under.
pub struct RawSection {
    pub listed: String,
    pub file: PackFile,
    pub section: raw::Section,
    /// Whether some of its points could not be read: an empty list is then not the author
    /// forgetting to write points, and saying so would be a false error.
    pub broken_points: bool,
}

/// A checked pack and the warnings found in it.
#[derive(Debug)]
pub struct Checked {
    pub pack: Pack,
    pub warnings: Vec<Diagnostic>,
}

/// How thorough loading is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Checks {
    /// Every check: what `arglens check` and the tests run.
    All,
    /// Skips the costliest check that can only warn (summaries copying the source), for the
    /// explorer, which shows no warnings and should open at once.
    ErrorsOnly,
}

/// Checks and indexes a parsed pack. Fails with every error found; warnings never fail.
pub fn validate(mut raw: RawPack, checks: Checks) -> Result<Checked, LoadError> {
    let unread = std::mem::take(&mut raw.unread);
    let mut v = Validator::new(&raw, checks, unread);
    let texts = Texts::take_from(&mut raw);
    let pack = v.build(&raw, texts);
    let mut diagnostics = v.diagnostics;
    super::diag::sort(&mut diagnostics);
    if diagnostics.iter().any(Diagnostic::is_error) {
        return Err(LoadError::new(diagnostics));
    }
    Ok(Checked {
        pack,
        warnings: diagnostics,
    })
}

/// Whether `id` has the form ids must take: lower-case letters, digits and hyphens.
pub fn is_valid_id(id: &str) -> bool {
    let mut chars = id.chars();
    chars
        .next()
        .is_some_and(|c| c.is_ascii_lowercase() || c.is_ascii_digit())
        && chars.all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
}

struct Validator {
    diagnostics: Vec<Diagnostic>,
    /// Absent when only errors are wanted: the own-words check only ever warns.
    source_shingles: Option<ShingleIndex>,
    /// The same for scripts without spaces; absent too when the source has none.
    source_chars: Option<CharShingles>,
    unread: Unread,
}

impl Validator {
    fn new(raw: &RawPack, checks: Checks, unread: Unread) -> Self {
        Self {
            unread,
            diagnostics: Vec::new(),
            source_shingles: (checks == Checks::All)
                .then(|| ShingleIndex::new(&raw.source.text, MAX_SHARED_WORDS + 1)),
            source_chars: (checks == Checks::All)
                .then(|| CharShingles::new(&raw.source.text, MAX_SHARED_CHARS + 1))
                .flatten(),
        }
    }

    /// A validator for one part of the pack built beside the rest: it only collects findings.
    fn aside() -> Self {
        Self {
            unread: Unread::default(),
            diagnostics: Vec::new(),
            source_shingles: None,
            source_chars: None,
        }
    }

    fn error(
        &mut self,
        place: ItemSite<'_>,
        at: Option<(usize, usize)>,
        message: String,
    ) -> &mut Diagnostic {
        let at = at.or_else(|| Some((place.line(), 1)));
        self.diagnostics
            .push(Diagnostic::error(place.name(), message).at(at));
        self.last()
    }

    fn warn(
        &mut self,
        place: ItemSite<'_>,
        at: Option<(usize, usize)>,
        message: String,
    ) -> &mut Diagnostic {
        let at = at.or_else(|| Some((place.line(), 1)));
        self.diagnostics
            .push(Diagnostic::warning(place.name(), message).at(at));
        self.last()
    }

    #[allow(clippy::indexing_slicing)] // `error` and `warn` push just before calling this.
    fn last(&mut self) -> &mut Diagnostic {
        let len = self.diagnostics.len();
        &mut self.diagnostics[len - 1]
    }

    /// Sanitises a string for the terminal, warning if anything had to be replaced.
    fn clean(&mut self, place: ItemSite<'_>, key: &str, s: &str) -> String {
        if needs_sanitizing(s) {
            self.warn(
                place,
                place.key(key),
                format!("`{key}` holds control or bidirectional-override characters; they are shown as \u{FFFD}"),
            )
            .hint = Some("remove the character: it could change how a terminal behaves".into());
        }
        sanitize(s)
    }

    /// A required text field: cleaned, and an error if blank.
    fn text(&mut self, place: ItemSite<'_>, key: &str, s: &str) -> String {
        if s.trim().is_empty() {
            self.error(place, place.key(key), format!("`{key}` is empty"));
        }
        normalize_prose(self.clean(place, key, s))
    }

    /// [`Validator::text`] for a string the caller gives up: text that needs no cleaning
    /// keeps its buffer, so a large pack's strings are not copied from what was parsed.
    fn text_owned(&mut self, place: ItemSite<'_>, key: &str, s: String) -> String {
        if !is_clean(&s) || s.trim().is_empty() {
            return self.text(place, key, &s);
        }
        normalize_prose(s)
    }

    /// [`Validator::own_words`] for a string the caller gives up (see [`Validator::text_owned`]).
    fn own_words_owned(&mut self, place: ItemSite<'_>, key: &str, s: String) -> String {
        self.check_own_words(place, key, &s);
        self.text_owned(place, key, s)
    }

    /// A field that must be in the author's own words, not copied from the source.
    fn own_words(&mut self, place: ItemSite<'_>, key: &str, s: &str) -> String {
        self.check_own_words(place, key, s);
        self.text(place, key, s)
    }

    /// Warns when an own-words field repeats a run of the source.
    fn check_own_words(&mut self, place: ItemSite<'_>, key: &str, s: &str) {
        let shared = self
            .source_shingles
            .as_ref()
            .map_or(0, |index| longest_shared_run(s, index));
        let shared_chars = self
            .source_chars
            .as_ref()
            .map_or(0, |index| index.longest_shared_run(s));
        let copied = if shared > MAX_SHARED_WORDS {
            Some(format!("{shared} consecutive words"))
        } else {
            (shared_chars > MAX_SHARED_CHARS)
                .then(|| format!("{shared_chars} consecutive characters"))
        };
        if let Some(copied) = copied {
            self.warn(
                place,
                place.key(key),
                format!("`{key}` repeats {copied} of the source"),
            )
            .hint = Some(
                "write claims and explanations in your own words; quote the source in a passage"
                    .into(),
            );
        }
    }

    fn check_id<'r>(
        &mut self,
        place: ItemSite<'r>,
        what: &str,
        id: &'r str,
        seen: &mut HashMap<&'r str, ItemSite<'r>>,
    ) {
        // Locating reads the file, so it is done only for an id that is wrong.
        let at = || place.key_value("id", id);
        if !is_valid_id(id) {
            self.error(place, at(), format!("{what} id `{id}` is not valid"))
                .hint = Some(
                "use lower-case letters, digits and hyphens, starting with a letter or digit"
                    .into(),
            );
        }
        if let Some(first) = seen.get(id) {
            let (file, line) = (first.name(), first.line());
            let msg = format!("duplicate {what} id `{id}`, first defined at {file}:{line}");
            self.error(place, at(), msg);
        } else {
            seen.insert(id, place);
        }
    }

    /// Parses the date written as `key: value`; one that cannot be read is reported with the
    /// caret on the word at fault inside the value (or on the whole value), `what` naming it
    /// (`bad date`, `bad publication date`).
    fn date(
        &mut self,
        place: ItemSite<'_>,
        key: &str,
        value: &str,
        what: &str,
    ) -> Option<DateSpec> {
        let e = match DateSpec::read(value) {
            Ok(date) => return Some(date),
            Err(e) => e,
        };
        let whole = value.len() - value.trim_start().len()..value.trim_end().len();
        let (at, width) = match place.value_piece(key, value, e.word.unwrap_or(whole)) {
            Some((line, column, width)) => (Some((line, column)), width),
            None => (None, None),
        };
        let hint = e
            .hint
            .unwrap_or_else(|| match super::date::suggestion(value) {
                Some(s) => format!("did you mean `{s}`?"),
                None => format!(
                    "write it as one of {DATE_FORMS_BRIEF}; `arglens guide` has the full table"
                ),
            });
        let d = self.error(place, at, format!("{what}: {}", e.message));
        d.width = width.and_then(|w| u32::try_from(w).ok()).filter(|&w| w > 0);
        d.hint = Some(hint);
        None
    }

    /// Resolves a list of references, reporting each that does not exist with the nearest ids.
    fn resolve(
        &mut self,
        place: ItemSite<'_>,
        what: &str,
        refs: &[String],
        index: &HashMap<&str, usize>,
    ) -> Vec<usize> {
        let mut out = Vec::new();
        for r in refs {
            if let Some(&i) = index.get(r.as_str()) {
                if !out.contains(&i) {
                    out.push(i);
                }
                continue;
            }
            if self.unread.may_hold(what, r) {
                // Its entry is broken, and that is reported where it is.
                continue;
            }
            let near = nearest(r, index.keys().copied(), 3);
            let hint = if near.is_empty() {
                format!("no {what} has an id like it")
            } else {
                format!("did you mean {}?", quoted_list(&near))
            };
            self.error(place, place.word(r), format!("no {what} has the id `{r}`"))
                .hint = Some(hint);
        }
        out
    }
}

fn quoted_list(items: &[&str]) -> String {
    items
        .iter()
        .map(|i| format!("`{i}`"))
        .collect::<Vec<_>>()
        .join(", ")
}

/// Folds runs of spaces inside a line but keeps paragraph breaks an author wrote.
fn normalize_prose(s: String) -> String {
    if super::text::is_folded(&s) {
        return s;
    }
    s.split("\n\n")
        .map(normalize_ws)
        .filter(|p| !p.is_empty())
        .collect::<Vec<_>>()
        .join("\n\n")
}
