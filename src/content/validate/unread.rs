//! What could not be read, so the checks across files leave it alone: a reference to a point
//! whose entry is broken is not also reported as a reference to nothing.

use std::collections::HashSet;

use crate::content::files::{PackFile, PackFiles};
use crate::content::load::{PASSAGES_FILE, TIMELINE_FILE};
use crate::content::raw;
use crate::content::yaml::BrokenItem;

/// Items the loader could not read, by kind.
#[derive(Debug, Default)]
pub struct Unread {
    passages: HashSet<String>,
    events: HashSet<String>,
    points: HashSet<String>,
    /// Paragraphs quoted by passages that could not be read.
    paragraphs: HashSet<usize>,
    all_passages: bool,
    all_events: bool,
    /// A section could not be read, so any point id may be one of its points.
    pub all_points: bool,
    /// A passage that could not be read names no paragraph that can be read.
    coverage_unknown: bool,
}

/// A file as [`crate::content::load`] reads it: the file, its contents if understood, and
/// the items of its list that were not.
pub type Read<T> = Option<(PackFile, Option<T>, Vec<BrokenItem>)>;

impl Unread {
    /// The passages file, empty where it could not be read, noting what is missing.
    pub fn passages(
        &mut self,
        files: &PackFiles,
        read: Read<raw::PassagesFile>,
    ) -> (PackFile, raw::PassagesFile) {
        let (file, value, broken) = or_empty(files, PASSAGES_FILE, read);
        for b in &broken {
            note(&mut self.passages, b);
            match b.paragraph {
                Some(n) => {
                    self.paragraphs.insert(n);
                }
                None => self.coverage_unknown = true,
            }
        }
        let value = value.unwrap_or_else(|| {
            self.all_passages = true;
            raw::PassagesFile {
                passages: Vec::new(),
            }
        });
        (file, value)
    }

    /// The timeline file, empty where it could not be read, noting what is missing.
    pub fn events(
        &mut self,
        files: &PackFiles,
        read: Read<raw::TimelineFile>,
    ) -> (PackFile, raw::TimelineFile) {
        let (file, value, broken) = or_empty(files, TIMELINE_FILE, read);
        for b in &broken {
            note(&mut self.events, b);
        }
        let value = value.unwrap_or_else(|| {
            self.all_events = true;
            raw::TimelineFile {
                events: Vec::new(),
                eras: Vec::new(),
            }
        });
        (file, value)
    }

    /// Points of a section file that could not be read.
    pub fn add_points(&mut self, broken: &[BrokenItem]) {
        for b in broken {
            note(&mut self.points, b);
        }
    }

    /// Whether a reference to the `what` (passage, event, point) with this id may name an
    /// item that could not be read.
    pub(super) fn may_hold(&self, what: &str, id: &str) -> bool {
        match what {
            "passage" => self.all_passages || self.passages.contains(id),
            "event" => self.all_events || self.events.contains(id),
            "point" => self.all_points || self.points.contains(id),
            _ => false,
        }
    }

    /// Whether coverage can be judged at all, and whether an unread passage quotes `paragraph`.
    pub(super) fn coverage_known(&self) -> bool {
        !self.all_passages && !self.coverage_unknown
    }

    pub(super) fn quotes(&self, paragraph: usize) -> bool {
        self.paragraphs.contains(&paragraph)
    }
}

/// Notes an item's id; one without a readable id cannot be referred to anyway.
fn note(ids: &mut HashSet<String>, b: &BrokenItem) {
    if let Some(id) = &b.id {
        ids.insert(id.clone());
    }
}

fn or_empty<T>(
    files: &PackFiles,
    relative: &str,
    read: Read<T>,
) -> (PackFile, Option<T>, Vec<BrokenItem>) {
    read.unwrap_or_else(|| {
        let file = PackFile::new(files.name_of(relative), String::new());
        (file, None, Vec::new())
    })
}
