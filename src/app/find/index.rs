//! Everything a reader can see, prepared once for searching: points (label, title, claim,
//! explanation, notes), passages, events (title, description, dates in every form shown),
//! every paragraph of the article, quoted or not, and the About page. Each field keeps how much
//! a match in it counts and where its text is; text that is not plain (ASCII with typographic
//! quotes, dashes and spaces at most) is folded once (see `fold` and `searched`). What a
//! result shows besides (where it is, its tags) is read from the pack when a search asks, so
//! a large pack's index stays small beside it.

use std::sync::{Arc, OnceLock};

use super::fold::Folded;
use super::fuzzy::Vocabulary;
use super::parts::{self, Part, Piece};
use super::searched::{Searched, folded_unless_plain};
use crate::app::doc::Target;
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
    text: Text,
    /// The folded text, unless the text is plain (see `searched`) and is searched as it
    /// stands.
    folded: Option<Box<Folded>>,
}

/// Where a field's text is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Text {
    /// The pack's own text, read from it again.
    Pack(Part),
    /// Text put together for the index (a label, dates), or the pack's text with its white
    /// space folded: held in [`Index::own`] at this position.
    Own(u32),
}

/// One thing a search can find.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    pub target: Target,
    pub kind: HitKind,
    pub fields: Box<[Field]>,
    /// Where a reader meets it, 0 first (see `order`): equally good results keep this order.
    pub order: u32,
}

/// The searchable entries of a pack: points, passages by paragraph, events by date,
/// paragraphs, the About page; each knows where a reader meets it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Index {
    pub entries: Vec<Entry>,
    /// The texts of the fields that are not the pack's own as it stands.
    own: Vec<Box<str>>,
    /// The pack indexed, whose text the fields show.
    pack: Arc<Pack>,
    /// The words the pack uses, gathered on the first misspelt query.
    words: OnceLock<Vocabulary>,
}

impl Index {
    pub fn build(pack: &Arc<Pack>) -> Self {
        let mut index = Self {
            entries: Vec::new(),
            own: Vec::new(),
            pack: Arc::clone(pack),
            words: OnceLock::new(),
        };
        let targets = points(pack)
            .chain(passages(pack))
            .chain((0..pack.events.len()).map(|i| (Target::Event(i), HitKind::Event)))
            .chain(paragraphs(pack))
            .chain(std::iter::once((Target::About, HitKind::About)));
        let entries = targets
            .map(|(target, kind)| Entry {
                target,
                kind,
                fields: index.fields(target),
                order: 0,
            })
            .collect();
        index.entries = entries;
        index.own.shrink_to_fit();
        let order = super::order::reading_order(pack, &index.entries);
        for (e, o) in index.entries.iter_mut().zip(order) {
            e.order = u32::try_from(o).unwrap_or(u32::MAX);
        }
        index
    }

    /// The fields of what `target` leads to. A field whose text is the pack's own, as it
    /// stands, points at it; only text put together here or with its white space folded is
    /// kept in the index.
    fn fields(&mut self, target: Target) -> Box<[Field]> {
        let pieces = parts::pieces(&self.pack, target);
        let mut out = Vec::with_capacity(pieces.len());
        for (tier, piece) in pieces {
            let text = match piece {
                Piece::Pack(part) => {
                    let text = parts::text_of(&self.pack, target, part).unwrap_or_default();
                    if is_folded(text) {
                        let folded = folded_unless_plain(text);
                        out.push(Field {
                            tier,
                            text: Text::Pack(part),
                            folded,
                        });
                        continue;
                    }
                    normalize_ws(text)
                }
                Piece::Made(made) if is_folded(&made) => made,
                Piece::Made(made) => normalize_ws(&made),
            };
            let folded = folded_unless_plain(&text);
            let at = u32::try_from(self.own.len()).unwrap_or(u32::MAX);
            self.own.push(text.into_boxed_str());
            out.push(Field {
                tier,
                text: Text::Own(at),
                folded,
            });
        }
        out.into_boxed_slice()
    }

    /// The text of field `n` of `entry`, as shown: white space folded.
    pub fn text<'a>(&'a self, entry: &Entry, n: usize) -> &'a str {
        let own = |at: u32| usize::try_from(at).ok().and_then(|i| self.own.get(i));
        match entry.fields.get(n).map(|f| f.text) {
            Some(Text::Pack(part)) => parts::text_of(&self.pack, entry.target, part),
            Some(Text::Own(at)) => own(at).map(AsRef::as_ref),
            None => None,
        }
        .unwrap_or_default()
    }

    /// Field `n` of `entry` as the search sees it.
    pub fn searched<'a>(&'a self, entry: &'a Entry, n: usize) -> Searched<'a> {
        match entry.fields.get(n).and_then(|f| f.folded.as_deref()) {
            Some(folded) => Searched::Folded(folded),
            None => Searched::Plain(self.text(entry, n)),
        }
    }

    /// Where `entry` is, in words a reader knows: "R6 · A possible gas deal", "¶ 20, quoted
    /// by R6".
    pub fn place(&self, entry: &Entry) -> String {
        parts::place(&self.pack, entry.target)
    }

    /// Whether `entry` carries the tag `lower` (in lower case).
    pub fn tagged(&self, entry: &Entry, lower: &str) -> bool {
        parts::tagged(&self.pack, entry.target, lower)
    }

    /// Every tag an entry can carry, in lower case, sorted.
    pub fn tags(&self) -> Vec<String> {
        parts::all_tags(&self.pack)
    }

    /// The kind of the point `entry` is, for `kind:`.
    pub fn point_kind(&self, entry: &Entry) -> Option<Kind> {
        parts::point_kind(&self.pack, entry.target)
    }

    /// The years the event `entry` is may fall in, so `1990` finds the 1990s.
    pub fn years(&self, entry: &Entry) -> Option<(i32, i32)> {
        parts::years(&self.pack, entry.target)
    }

    /// The words the pack uses, for respelling typos.
    pub(super) fn vocabulary(&self) -> &Vocabulary {
        self.words.get_or_init(|| Vocabulary::of(self))
    }
}

/// The points, in the sections' order.
fn points(pack: &Pack) -> impl Iterator<Item = (Target, HitKind)> + '_ {
    pack.point_refs()
        .map(|r| (Target::Point(r), HitKind::Point))
}

/// The passages, in the order of the paragraphs they quote.
fn passages(pack: &Pack) -> impl Iterator<Item = (Target, HitKind)> {
    let mut order: Vec<usize> = (0..pack.passages.len()).collect();
    order.sort_by_key(|&i| pack.passage(i).map_or(0, |p| p.paragraph));
    order
        .into_iter()
        .map(|i| (Target::Passage(i), HitKind::Passage))
}

/// The article's paragraphs, in order.
fn paragraphs(pack: &Pack) -> impl Iterator<Item = (Target, HitKind)> + '_ {
    pack.source.paragraphs.iter().map(|p| {
        // Fields find the text again by number: the numbers must be the positions.
        debug_assert!(pack.paragraph(p.number).is_some_and(|q| std::ptr::eq(p, q)));
        (Target::Paragraph(p.number), HitKind::Source)
    })
}
