//! Everything a reader can see, prepared once for searching: points (label, title, claim,
//! explanation, notes), passages, events (title, description, dates in every form shown),
//! every paragraph of the article, quoted or not, and the About page. Each field is folded once
//! (see `fold`) and keeps how much a match in it counts.

use std::sync::OnceLock;

use super::fold::{Folded, fold};
use super::fuzzy::Vocabulary;
use crate::app::doc::{Target, quoted_by};
use crate::content::text::normalize_ws;
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
    /// The text as shown, white space folded.
    pub text: String,
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
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Index {
    pub entries: Vec<Entry>,
    /// The words the pack uses, gathered on the first misspelt query.
    words: OnceLock<Vocabulary>,
}

fn field(tier: Tier, text: &str) -> Field {
    let text = normalize_ws(text);
    Field {
        tier,
        folded: fold(&text),
        text,
    }
}

impl Index {
    pub fn build(pack: &Pack) -> Self {
        let mut entries = Vec::new();
        points(pack, &mut entries);
        passages(pack, &mut entries);
        events(pack, &mut entries);
        paragraphs(pack, &mut entries);
        entries.push(about(pack));
        let order = super::order::reading_order(pack, &entries);
        for (e, o) in entries.iter_mut().zip(order) {
            e.order = o;
        }
        Self {
            entries,
            words: OnceLock::new(),
        }
    }

    /// The words the pack uses, for respelling typos.
    pub(super) fn vocabulary(&self) -> &Vocabulary {
        self.words.get_or_init(|| Vocabulary::of(self))
    }
}

fn points(pack: &Pack, out: &mut Vec<Entry>) {
    for r in pack.point_refs() {
        let Some(p) = pack.point(r) else { continue };
        let mut fields = vec![
            field(TITLE, &p.title),
            field(LABEL, &format!("{} {}", p.label, p.short_label())),
            field(CLAIM, &p.claim),
            field(PROSE, &p.explanation),
        ];
        fields.extend(p.notes.as_deref().map(|n| field(PROSE, n)));
        out.push(Entry {
            target: Target::Point(r),
            kind: HitKind::Point,
            place: format!("{} · {}", p.short_label(), p.title),
            fields,
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
            fields: vec![field(QUOTE, &p.text)],
            tags,
            point_kind: None,
            years: None,
            order: 0,
        });
    }
}

fn events(pack: &Pack, out: &mut Vec<Entry>) {
    for (i, e) in pack.events.iter().enumerate() {
        let dates = format!(
            "{} {} {} {}",
            e.date.short(),
            e.date,
            e.date.in_words(),
            e.date_text.as_deref().unwrap_or_default()
        );
        let mut fields = vec![
            field(TITLE, &e.title),
            field(LABEL, &dates),
            field(PROSE, &e.description),
        ];
        fields.extend(e.note.as_deref().map(|n| field(PROSE, n)));
        fields.extend(e.basis.as_deref().map(|b| field(PROSE, b)));
        out.push(Entry {
            target: Target::Event(i),
            kind: HitKind::Event,
            place: format!("{} · {}", e.date.short(), e.title),
            fields,
            tags: e.tags.clone(),
            point_kind: None,
            years: Some(e.date.years()),
            order: 0,
        });
    }
}

fn paragraphs(pack: &Pack, out: &mut Vec<Entry>) {
    for p in &pack.source.paragraphs {
        let place = match &p.non_body {
            Some(why) => format!("¶ {} ({why})", p.number),
            None => format!("¶ {}", p.number),
        };
        out.push(Entry {
            target: Target::Paragraph(p.number),
            kind: HitKind::Source,
            place,
            fields: vec![field(ARTICLE, &p.text)],
            tags: Vec::new(),
            point_kind: None,
            years: None,
            order: 0,
        });
    }
}

fn about(pack: &Pack) -> Entry {
    let a = &pack.article;
    let mut fields = vec![
        field(ARTICLE, &a.title),
        field(ARTICLE, &a.publisher),
        field(ARTICLE, &a.attribution),
    ];
    for author in &a.authors {
        fields.push(field(ARTICLE, &author.name));
        fields.push(field(ARTICLE, &author.bio));
    }
    fields.extend(a.question.as_deref().map(|q| field(ARTICLE, q)));
    fields.extend(a.notes.iter().map(|n| field(ARTICLE, n)));
    Entry {
        target: Target::About,
        kind: HitKind::About,
        place: "About the article".into(),
        fields,
        tags: Vec::new(),
        point_kind: None,
        years: None,
        order: 0,
    }
}
