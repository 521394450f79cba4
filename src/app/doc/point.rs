//! The documents of the detail pane: a point and an event.

use super::{Doc, Role, Target};
use crate::content::model::{BACKGROUND, BACKGROUND_BASIS};
use crate::content::{Pack, PointRef};

/// The detail of a point: label, title, claim, explanation, quotations and linked events.
pub fn point_doc(pack: &Pack, r: PointRef, width: usize) -> Doc {
    let mut doc = Doc::default();
    let Some(p) = pack.point(r) else { return doc };
    let width = width.max(1);
    doc.para(
        Role::Kicker,
        &format!("{} · {}", p.label, p.kind.relation_sentence()),
        width,
    );
    doc.para(Role::Title, &p.title, width);
    doc.heading("Claim");
    doc.para(Role::Claim, &p.claim, width);
    doc.heading("Explanation");
    doc.para(Role::Body, &p.explanation, width);
    doc.heading(&format!("Passages ({})", p.passages.len()));
    for (n, &i) in p.passages.iter().enumerate() {
        if n > 0 {
            doc.blank();
        }
        doc.passage(pack, i, width);
    }
    if !p.events.is_empty() {
        doc.heading(&format!("Events ({})", p.events.len()));
        for &e in &p.events {
            if let Some(ev) = pack.event(e) {
                let text = format!("→ {} — {}", ev.date.short(), ev.title);
                doc.line_link(Target::Event(e), &text, width);
            }
        }
    }
    if !p.tags.is_empty() {
        doc.blank();
        doc.para(Role::Note, &format!("Tags: {}", p.tags.join(" · ")), width);
    }
    doc
}

/// The detail of an event: date and precision, description, how an inferred date was worked
/// out, the passages that hold it and the points that cite it.
pub fn event_doc(pack: &Pack, index: usize, width: usize) -> Doc {
    let mut doc = Doc::default();
    let Some(e) = pack.event(index) else {
        return doc;
    };
    let width = width.max(1);
    let inferred = if e.is_background() {
        format!(" · {BACKGROUND}")
    } else if e.inferred {
        " (date worked out from the text)".into()
    } else {
        String::new()
    };
    doc.para(
        Role::Kicker,
        &format!("{}{inferred}", e.date.in_words()),
        width,
    );
    doc.para(Role::Title, &e.title, width);
    doc.blank();
    doc.para(Role::Body, &e.description, width);
    doc.blank();
    match (&e.date_text, &e.basis) {
        (Some(said), _) => doc.para(Role::Note, &format!("The text says: “{said}”"), width),
        (None, basis) => {
            let basis = basis.as_deref().unwrap_or("");
            let line = format!("{BACKGROUND_BASIS}: {basis}");
            doc.para(Role::Note, line.trim_end(), width);
        }
    }
    if let Some(note) = &e.note {
        doc.para(Role::Note, &format!("Date worked out: {note}"), width);
    }
    doc.heading(&format!("Passages ({})", e.passages.len()));
    for (n, &i) in e.passages.iter().enumerate() {
        if n > 0 {
            doc.blank();
        }
        doc.passage(pack, i, width);
    }
    doc.heading(&format!("Cited by ({})", e.points.len()));
    for &r in &e.points {
        doc.point_link(pack, r, width);
    }
    if !e.tags.is_empty() {
        doc.blank();
        doc.para(Role::Note, &format!("Tags: {}", e.tags.join(" · ")), width);
    }
    doc
}
