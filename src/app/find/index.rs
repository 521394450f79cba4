//! Everything a reader can see, prepared once for searching: points (label, title, claim,
//! explanation, notes), passages, events (title, description, dates in every form shown),
//! every paragraph of the article, quoted or not, and the About page. Each field is folded once
//! (see `fold`) and keeps how much a match in it counts.

use std::borrow::Cow;
use std::sync::{Arc, OnceLock};

use super::fold::{Folded, fold};
use super::fuzzy::Vocabulary;
use crate::app::doc::{Target, quoted_by};
use crate::content::text::{is_folded, normalize_ws};
use crate::content::{Kind, Pack};

/// How much a match counts, best first: a title, a label or date, a claim, a quotation, an
/// explanation or note, the article's text, the About page.
pub type Tier = u8;
pub const TITLE: Tier = 1;
pub const LABEL: Tier = 2;
pub const CLAIM: Tier = 3;
pub const QUOTE: Tier = 4;
pub const PROSE: Tier = 5;
pub const ARTICLE: Tier = 6;

/// What a result is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum HitKind {
    Point,
    Event,
    Passage,
    /// A paragraph of the article's text.
    Source,
    /// The About page: authors, publisher, attribution.
    About,
}

impl HitKind {
    /// How a result of this kind is marked in the list.
    pub fn name(self) -> &'static str {
        match self {
            Self::Point => "Point",
            Self::Event => "Event",
            Self::Passage => "Passage",
            Self::Source => "Source",
            Self::About => "About",
        }
    }
}

/// One searchable field of an item.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Field {
    pub tier: Tier,
    /// The text as shown, when it is not the pack's own text as it stands: a label or dates
    /// put together for the index, or text whose white space needed folding. Otherwise
    /// [`Index::text`] reads it from the pack, so a large pack's text is not held twice.
    own: Option<Box<str>>,
    pub folded: Folded,
}

/// One thing a search can find.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    pub target: Target,
    pub kind: HitKind,
    /// Where it is, in words a reader knows: "R6 · A possible gas deal", "¶ 20, quoted by R6".
    pub place: String,
    pub fields: Vec<Field>,
    pub tags: Vec<String>,
    /// The kind of a point, for `kind:`.
    pub point_kind: Option<Kind>,
    /// The years an event's date may fall in, so `1990` finds the 1990s.
    pub years: Option<(i32, i32)>,
    /// Where a reader meets it, 0 first (see `order`): equally good results keep this order.
    pub order: usize,
}

/// The searchable entries of a pack: points, passages by paragraph, events by date,
/// paragraphs, the About page; each knows where a reader meets it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Index {
    pub entries: Vec<Entry>,
    /// The pack indexed, whose text the fields show.
    pack: Arc<Pack>,
    /// The words the pack uses, gathered on the first misspelt query.
    words: OnceLock<Vocabulary>,
}

/// A field before folding: how much it counts, and its text, the pack's own or put together.
type Source<'a> = (Tier, Cow<'a, str>);

fn field((tier, text): Source<'_>) -> Field {
    let own = match &text {
        Cow::Borrowed(s) if is_folded(s) => None,
        _ => Some(normalize_ws(&text).into_boxed_str()),
    };
    let folded = fold(own.as_deref().unwrap_or(&text));
    Field { tier, own, folded }
}

fn fields(pack: &Pack, target: Target) -> Vec<Field> {
    sources(pack, target).into_iter().map(field).collect()
}

impl Index {
    pub fn build(pack: &Arc<Pack>) -> Self {
        let mut entries = Vec::new();
        points(pack, &mut entries);
        passages(pack, &mut entries);
        events(pack, &mut entries);
        paragraphs(pack, &mut entries);
        entries.push(about(pack));
        entries.shrink_to_fit();
        let order = super::order::reading_order(pack, &entries);
        for (e, o) in entries.iter_mut().zip(order) {
            e.order = o;
        }
        Self {
            entries,
            pack: Arc::clone(pack),
            words: OnceLock::new(),
        }
    }

    /// The text of field `n` of `entry`, as shown: white space folded.
    pub fn text<'a>(&'a self, entry: &'a Entry, n: usize) -> Cow<'a, str> {
        if let Some(own) = entry.fields.get(n).and_then(|f| f.own.as_deref()) {
            return Cow::Borrowed(own);
        }
        sources(&self.pack, entry.target)
            .into_iter()
            .nth(n)
            .map(|(_, text)| text)
            .unwrap_or_default()
    }

    /// The words the pack uses, for respelling typos.
    pub(super) fn vocabulary(&self) -> &Vocabulary {
        self.words.get_or_init(|| Vocabulary::of(self))
    }
}

fn points(pack: &Pack, out: &mut Vec<Entry>) {
    for r in pack.point_refs() {
        let Some(p) = pack.point(r) else { continue };
        out.push(Entry {
            target: Target::Point(r),
            kind: HitKind::Point,
            place: format!("{} · {}", p.short_label(), p.title),
            fields: fields(pack, Target::Point(r)),
            tags: p.tags.clone(),
            point_kind: Some(p.kind),
            years: None,
            order: 0,
        });
    }
}

fn passages(pack: &Pack, out: &mut Vec<Entry>) {
    let mut order: Vec<usize> = (0..pack.passages.len()).collect();
    order.sort_by_key(|&i| pack.passage(i).map_or(0, |p| p.paragraph));
    for i in order {
        let Some(p) = pack.passage(i) else { continue };
        let tags = p
            .cited_by
            .iter()
            .filter_map(|r| pack.point(*r))
            .flat_map(|pt| pt.tags.iter().cloned())
            .collect();
        out.push(Entry {
            target: Target::Passage(i),
            kind: HitKind::Passage,
            place: format!("¶ {}{}", p.paragraph, quoted_by(pack, &p.cited_by)),
            fields: fields(pack, Target::Passage(i)),
            tags,
            point_kind: None,
            years: None,
            order: 0,
        });
    }
}

fn events(pack: &Pack, out: &mut Vec<Entry>) {
    for (i, e) in pack.events.iter().enumerate() {
        out.push(Entry {
            target: Target::Event(i),
            kind: HitKind::Event,
            place: format!("{} · {}", e.date.short(), e.title),
            fields: fields(pack, Target::Event(i)),
            tags: e.tags.clone(),
            point_kind: None,
            years: Some(e.date.years()),
            order: 0,
        });
    }
}

fn paragraphs(pack: &Pack, out: &mut Vec<Entry>) {
    for p in &pack.source.paragraphs {
        // `sources` finds the text again by number: the numbers must be the positions.
        debug_assert!(pack.paragraph(p.number).is_some_and(|q| std::ptr::eq(p, q)));
        let place = match &p.non_body {
            Some(why) => format!("¶ {} ({why})", p.number),
            None => format!("¶ {}", p.number),
        };
        out.push(Entry {
            target: Target::Paragraph(p.number),
            kind: HitKind::Source,
            place,
            fields: fields(pack, Target::Paragraph(p.number)),
            tags: Vec::new(),
            point_kind: None,
            years: None,
            order: 0,
        });
    }
}

fn about(pack: &Pack) -> Entry {
    Entry {
        target: Target::About,
        kind: HitKind::About,
        place: "About the article".into(),
        fields: fields(pack, Target::About),
        tags: Vec::new(),
        point_kind: None,
        years: None,
        order: 0,
    }
}

/// The fields of what `target` leads to, in order: what the index folds, and where
/// [`Index::text`] finds a field's text again.
fn sources(pack: &Pack, target: Target) -> Vec<Source<'_>> {
    match target {
        Target::Point(r) => pack.point(r).map_or_else(Vec::new, |p| {
            let label = format!("{} {}", p.label, p.short_label());
            let mut out = vec![
                mine(TITLE, &p.title),
                (LABEL, Cow::Owned(label)),
                mine(CLAIM, &p.claim),
                mine(PROSE, &p.explanation),
            ];
            out.extend(p.notes.as_deref().map(|n| mine(PROSE, n)));
            out
        }),
        Target::Passage(i) => pack
            .passage(i)
            .map_or_else(Vec::new, |p| vec![mine(QUOTE, &p.text)]),
        Target::Event(i) => pack.events.get(i).map_or_else(Vec::new, |e| {
            let dates = format!(
                "{} {} {} {}",
                e.date.short(),
                e.date,
                e.date.in_words(),
                e.date_text.as_deref().unwrap_or_default()
            );
            let mut out = vec![
                mine(TITLE, &e.title),
                (LABEL, Cow::Owned(dates)),
                mine(PROSE, &e.description),
            ];
            out.extend(e.note.as_deref().map(|n| mine(PROSE, n)));
            out.extend(e.basis.as_deref().map(|b| mine(PROSE, b)));
            out
        }),
        Target::Paragraph(n) => pack
            .paragraph(n)
            .map_or_else(Vec::new, |p| vec![mine(ARTICLE, &p.text)]),
        Target::About => {
            let a = &pack.article;
            let mut out = vec![
                mine(ARTICLE, &a.title),
                mine(ARTICLE, &a.publisher),
                mine(ARTICLE, &a.attribution),
            ];
            for author in &a.authors {
                out.push(mine(ARTICLE, &author.name));
                out.push(mine(ARTICLE, &author.bio));
            }
            out.extend(a.question.as_deref().map(|q| mine(ARTICLE, q)));
            out.extend(a.notes.iter().map(|n| mine(ARTICLE, n)));
            out
        }
        Target::Tag(_) | Target::ClearFilter | Target::Slide(_) => Vec::new(),
    }
}

/// A field that is the pack's own text.
fn mine(tier: Tier, text: &str) -> Source<'_> {
    (tier, Cow::Borrowed(text))
}
