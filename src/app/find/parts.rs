//! What the index reads from the pack instead of keeping: which text of its item a field is,
//! and, for a result, where the item is, its tags, its kind and its years. A large pack's
//! index then holds little more than what points at the pack.

use crate::app::doc::{Target, quoted_by};
use crate::content::{Kind, Pack, PointRef};

use super::index::{ARTICLE, CLAIM, LABEL, PROSE, QUOTE, TITLE, Tier};

/// Which of its item's texts a field is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Part {
    /// A point's, an event's or the article's title.
    Title,
    Claim,
    Explanation,
    /// A point's notes.
    Notes,
    /// A passage's quotation.
    Quote,
    Description,
    /// An event's note.
    Note,
    Basis,
    /// A paragraph's text.
    Body,
    Publisher,
    Attribution,
    AuthorName(u32),
    AuthorBio(u32),
    Question,
    ArticleNote(u32),
}

/// A field before it is indexed: the pack's own text, or text put together for the index (a
/// point's labels, an event's dates in every form shown).
pub enum Piece {
    Pack(Part),
    Made(String),
}

/// The text `part` names in what `target` leads to.
pub fn text_of(pack: &Pack, target: Target, part: Part) -> Option<&str> {
    let at = |n: u32| usize::try_from(n).unwrap_or(usize::MAX);
    let text = match (target, part) {
        (Target::Point(r), _) => {
            let p = pack.point(r)?;
            match part {
                Part::Title => &p.title,
                Part::Claim => &p.claim,
                Part::Explanation => &p.explanation,
                Part::Notes => p.notes.as_deref()?,
                _ => return None,
            }
        }
        (Target::Passage(i), Part::Quote) => &pack.passage(i)?.text,
        (Target::Event(i), _) => {
            let e = pack.event(i)?;
            match part {
                Part::Title => &e.title,
                Part::Description => &e.description,
                Part::Note => e.note.as_deref()?,
                Part::Basis => e.basis.as_deref()?,
                _ => return None,
            }
        }
        (Target::Paragraph(n), Part::Body) => &pack.paragraph(n)?.text,
        (Target::About, _) => {
            let a = &pack.article;
            match part {
                Part::Title => &a.title,
                Part::Publisher => &a.publisher,
                Part::Attribution => &a.attribution,
                Part::AuthorName(n) => &a.authors.get(at(n))?.name,
                Part::AuthorBio(n) => &a.authors.get(at(n))?.bio,
                Part::Question => a.question.as_deref()?,
                Part::ArticleNote(n) => a.notes.get(at(n))?,
                _ => return None,
            }
        }
        _ => return None,
    };
    Some(text)
}

/// The fields of what `target` leads to, in order, with how much a match in each counts.
pub fn pieces(pack: &Pack, target: Target) -> Vec<(Tier, Piece)> {
    let mut out = Vec::new();
    match target {
        Target::Point(r) => point_pieces(pack, target, r, &mut out),
        Target::Passage(i) if pack.passage(i).is_some() => {
            out.push((QUOTE, Piece::Pack(Part::Quote)));
        }
        Target::Paragraph(n) if pack.paragraph(n).is_some() => {
            out.push((ARTICLE, Piece::Pack(Part::Body)));
        }
        Target::Event(i) => event_pieces(pack, i, &mut out),
        Target::About => about_pieces(pack, &mut out),
        _ => {}
    }
    out
}

fn point_pieces(pack: &Pack, target: Target, r: PointRef, out: &mut Vec<(Tier, Piece)>) {
    let Some(p) = pack.point(r) else { return };
    let label = format!("{} {}", p.label, p.short_label());
    out.push((TITLE, Piece::Pack(Part::Title)));
    out.push((LABEL, Piece::Made(label)));
    out.push((CLAIM, Piece::Pack(Part::Claim)));
    out.push((PROSE, Piece::Pack(Part::Explanation)));
    if text_of(pack, target, Part::Notes).is_some() {
        out.push((PROSE, Piece::Pack(Part::Notes)));
    }
}

fn event_pieces(pack: &Pack, i: usize, out: &mut Vec<(Tier, Piece)>) {
    let Some(e) = pack.event(i) else { return };
    let dates = format!(
        "{} {} {} {}",
        e.date.short(),
        e.date,
        e.date.in_words(),
        e.date_text.as_deref().unwrap_or_default()
    );
    out.push((TITLE, Piece::Pack(Part::Title)));
    out.push((LABEL, Piece::Made(dates)));
    out.push((PROSE, Piece::Pack(Part::Description)));
    if e.note.is_some() {
        out.push((PROSE, Piece::Pack(Part::Note)));
    }
    if e.basis.is_some() {
        out.push((PROSE, Piece::Pack(Part::Basis)));
    }
}

fn about_pieces(pack: &Pack, out: &mut Vec<(Tier, Piece)>) {
    let a = &pack.article;
    let number = |n: usize| u32::try_from(n).unwrap_or(u32::MAX);
    let mut add = |part| out.push((ARTICLE, Piece::Pack(part)));
    add(Part::Title);
    add(Part::Publisher);
    add(Part::Attribution);
    for n in (0..a.authors.len()).map(number) {
        add(Part::AuthorName(n));
        add(Part::AuthorBio(n));
    }
    if a.question.is_some() {
        add(Part::Question);
    }
    for n in (0..a.notes.len()).map(number) {
        add(Part::ArticleNote(n));
    }
}

/// Where `target` is, in words a reader knows: "R6 · A possible gas deal", "¶ 20, quoted by R6".
pub fn place(pack: &Pack, target: Target) -> String {
    match target {
        Target::Point(r) => pack
            .point(r)
            .map(|p| format!("{} · {}", p.short_label(), p.title)),
        Target::Passage(i) => pack
            .passage(i)
            .map(|p| format!("¶ {}{}", p.paragraph, quoted_by(pack, &p.cited_by))),
        Target::Event(i) => pack
            .event(i)
            .map(|e| format!("{} · {}", e.date.short(), e.title)),
        Target::Paragraph(n) => pack.paragraph(n).map(|p| match &p.non_body {
            Some(why) => format!("¶ {} ({why})", p.number),
            None => format!("¶ {}", p.number),
        }),
        Target::About => Some("About the article".into()),
        Target::Tag(_) | Target::ClearFilter | Target::Slide(_) => None,
    }
    .unwrap_or_default()
}

/// Whether what `target` leads to carries tag `lower` (in lower case): a passage carries the
/// tags of the points that quote it.
pub fn tagged(pack: &Pack, target: Target, lower: &str) -> bool {
    let has = |tags: &[String]| tags.iter().any(|t| t.to_lowercase() == lower);
    match target {
        Target::Point(r) => pack.point(r).is_some_and(|p| has(&p.tags)),
        Target::Passage(i) => pack.passage(i).is_some_and(|p| {
            p.cited_by
                .iter()
                .filter_map(|r| pack.point(*r))
                .any(|pt| has(&pt.tags))
        }),
        Target::Event(i) => pack.event(i).is_some_and(|e| has(&e.tags)),
        _ => false,
    }
}

/// Every tag a search result can carry, in lower case: the points' and the events' (a
/// passage's are its points').
pub fn all_tags(pack: &Pack) -> Vec<String> {
    let points = pack.point_refs().filter_map(|r| pack.point(r));
    let mut tags: Vec<String> = points
        .flat_map(|p| p.tags.iter())
        .chain(pack.events.iter().flat_map(|e| e.tags.iter()))
        .map(|t| t.to_lowercase())
        .collect();
    tags.sort();
    tags.dedup();
    tags
}

/// The kind of the point `target` leads to, for `kind:`.
pub fn point_kind(pack: &Pack, target: Target) -> Option<Kind> {
    match target {
        Target::Point(r) => pack.point(r).map(|p| p.kind),
        _ => None,
    }
}

/// The years the date of the event `target` leads to may fall in, so `1990` finds the 1990s.
pub fn years(pack: &Pack, target: Target) -> Option<(i32, i32)> {
    match target {
        Target::Event(i) => pack.event(i).map(|e| e.date.years()),
        _ => None,
    }
}
