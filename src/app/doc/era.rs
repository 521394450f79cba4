//! The document of an era selected on the time axis.

use super::{Doc, Role};
use crate::content::Pack;

/// The detail of an era: its dates, title, note and the passages that describe it.
pub fn era_doc(pack: &Pack, index: usize, width: usize) -> Doc {
    let mut doc = Doc::default();
    let Some(e) = pack.era(index) else {
        return doc;
    };
    let width = width.max(1);
    doc.para(
        Role::Kicker,
        &format!("Era · {} to {}", e.start.in_words(), e.end.in_words()),
        width,
    );
    doc.para(Role::Title, &e.title, width);
    if let Some(note) = &e.note {
        doc.blank();
        doc.para(Role::Body, note, width);
    }
    doc.heading(&format!("Passages ({})", e.passages.len()));
    for (n, &i) in e.passages.iter().enumerate() {
        if n > 0 {
            doc.blank();
        }
        doc.passage(pack, i, width);
    }
    doc
}
