//! Turns raw pack files into a checked [`Pack`], collecting every problem on the way.
//!
//! Checks: ids are well formed and unique, every reference resolves, every passage is a verbatim
//! quotation from the paragraph it names, every event's date parses and its wording appears in a
//! passage it cites, inferred dates carry a note. Warnings cover what an author should fix but a
//! reader can live with: uncovered paragraphs, points without passages, events out of order,
//! prose copied from the source, control characters.

use std::collections::HashMap;

use super::date::DateSpec;
use super::diag::{Diagnostic, LoadError};
use super::files::PackFile;
use super::locate::Locator;
use super::model::{
    self, Article, Author, Event, Pack, Paragraph, Passage, Point, PointRef, Published, Section,
    Source,
};
use super::raw;
use super::sanitize::{needs_sanitizing, sanitize};
use super::text::{
    ShingleIndex, common_prefix_chars, longest_shared_run, nearest, normalize_ws, paragraphs,
};

/// Own-words fields may share at most this many consecutive words with the source.
pub const MAX_SHARED_WORDS: usize = 7;

/// The parsed files of a pack, ready to be checked.
pub struct RawPack {
    pub article: (PackFile, raw::ArticleFile),
    pub sections: Vec<(PackFile, raw::Section)>,
    pub passages: (PackFile, raw::PassagesFile),
    pub timeline: (PackFile, raw::TimelineFile),
    pub source: PackFile,
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
pub fn validate(raw: RawPack, checks: Checks) -> Result<Checked, LoadError> {
    let mut v = Validator::new(&raw, checks);
    let pack = v.build(&raw);
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
}

/// Where an item lives: its file and the line its `id:` is on.
#[derive(Clone, Copy)]
struct Place<'f> {
    file: &'f PackFile,
    line: usize,
}

impl<'f> Place<'f> {
    /// The place of the `nth` (0-based) item with this id, so a duplicate points at itself.
    fn of_nth_id(file: &'f PackFile, id: &str, nth: usize) -> Self {
        let locator = Locator::new(&file.text);
        let mut line = 1;
        let mut from = 1;
        for _ in 0..=nth {
            match locator.key_value("id", id, from) {
                Some((l, _)) => {
                    line = l;
                    from = l + 1;
                }
                None => break,
            }
        }
        Self { file, line }
    }

    /// Places of a list of items, in file order, each found by its own id. Items come in file
    /// order, so each search starts after the last item found: one pass over the file, however
    /// many items it holds.
    fn of_items<'i>(file: &'f PackFile, ids: impl Iterator<Item = &'i str>) -> Vec<Self> {
        let locator = Locator::new(&file.text);
        let mut seen: HashMap<&str, usize> = HashMap::new();
        let mut from = 1;
        ids.map(|id| {
            let n = seen.entry(id).or_default();
            let nth = *n;
            *n += 1;
            match locator.key_value("id", id, from) {
                Some((line, _)) => {
                    from = line + 1;
                    Self { file, line }
                }
                // Written in a shape the search does not know: look from the top.
                None => Self::of_nth_id(file, id, nth),
            }
        })
        .collect()
    }

    fn key(&self, key: &str) -> Option<(usize, usize)> {
        Locator::new(&self.file.text).key(key, self.line)
    }

    fn word(&self, word: &str) -> Option<(usize, usize)> {
        Locator::new(&self.file.text).word(word, self.line)
    }
}

impl Validator {
    fn new(raw: &RawPack, checks: Checks) -> Self {
        Self {
            diagnostics: Vec::new(),
            source_shingles: (checks == Checks::All)
                .then(|| ShingleIndex::new(&raw.source.text, MAX_SHARED_WORDS + 1)),
        }
    }

    fn error(
        &mut self,
        place: Place<'_>,
        at: Option<(usize, usize)>,
        message: String,
    ) -> &mut Diagnostic {
        let at = at.or(Some((place.line, 1)));
        self.diagnostics
            .push(Diagnostic::error(&place.file.name, message).at(at));
        self.last()
    }

    fn warn(
        &mut self,
        place: Place<'_>,
        at: Option<(usize, usize)>,
        message: String,
    ) -> &mut Diagnostic {
        let at = at.or(Some((place.line, 1)));
        self.diagnostics
            .push(Diagnostic::warning(&place.file.name, message).at(at));
        self.last()
    }

    #[allow(clippy::indexing_slicing)] // `error` and `warn` push just before calling this.
    fn last(&mut self) -> &mut Diagnostic {
        let len = self.diagnostics.len();
        &mut self.diagnostics[len - 1]
    }

    /// Sanitises a string for the terminal, warning if anything had to be replaced.
    fn clean(&mut self, place: Place<'_>, key: &str, s: &str) -> String {
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
    fn text(&mut self, place: Place<'_>, key: &str, s: &str) -> String {
        if s.trim().is_empty() {
            self.error(place, place.key(key), format!("`{key}` is empty"));
        }
        normalize_prose(&self.clean(place, key, s))
    }

    /// A field that must be in the author's own words, not copied from the source.
    fn own_words(&mut self, place: Place<'_>, key: &str, s: &str) -> String {
        let shared = self
            .source_shingles
            .as_ref()
            .map_or(0, |index| longest_shared_run(s, index));
        if shared > MAX_SHARED_WORDS {
            self.warn(
                place,
                place.key(key),
                format!("`{key}` repeats {shared} consecutive words of the source"),
            )
            .hint = Some(
                "write claims and explanations in your own words; quote the source in a passage"
                    .into(),
            );
        }
        self.text(place, key, s)
    }

    fn check_id(
        &mut self,
        place: Place<'_>,
        what: &str,
        id: &str,
        seen: &mut HashMap<String, (String, usize)>,
    ) {
        // Locating reads the whole file, so it is done only for an id that is wrong.
        let at = || Locator::new(&place.file.text).key_value("id", id, place.line);
        if !is_valid_id(id) {
            self.error(place, at(), format!("{what} id `{id}` is not valid"))
                .hint = Some(
                "use lower-case letters, digits and hyphens, starting with a letter or digit"
                    .into(),
            );
        }
        if let Some((file, line)) = seen.get(id) {
            let msg = format!("duplicate {what} id `{id}`, first defined at {file}:{line}");
            self.error(place, at(), msg);
        } else {
            seen.insert(id.to_string(), (place.file.name.clone(), place.line));
        }
    }

    /// Resolves a list of references, reporting each that does not exist with the nearest ids.
    fn resolve(
        &mut self,
        place: Place<'_>,
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

    fn build(&mut self, raw: &RawPack) -> Pack {
        let (article_file, article_raw) = &raw.article;
        let article_place = Place {
            file: article_file,
            line: 1,
        };
        let source = self.source(raw, article_place);
        let article = self.article(article_place, &article_raw.article);

        // Passages.
        let (pfile, praw) = &raw.passages;
        let mut passage_ids = HashMap::new();
        let mut passages: Vec<Passage> = Vec::new();
        let passage_places = Place::of_items(pfile, praw.passages.iter().map(|p| p.id.as_str()));
        for (p, &place) in praw.passages.iter().zip(&passage_places) {
            self.check_id(place, "passage", &p.id, &mut passage_ids);
            let text = self.text(place, "text", &p.text);
            self.check_quote(place, &source, p.paragraph, &text);
            passages.push(Passage {
                id: sanitize(&p.id),
                paragraph: p.paragraph,
                text: normalize_ws(&text),
                cited_by: Vec::new(),
                events: Vec::new(),
            });
        }
        let passage_index: HashMap<&str, usize> = praw
            .passages
            .iter()
            .enumerate()
            .map(|(i, p)| (p.id.as_str(), i))
            .rev()
            .collect();

        // Events, sorted by date; the order in the file is kept for equal dates.
        let (tfile, traw) = &raw.timeline;
        let event_places = Place::of_items(tfile, traw.events.iter().map(|e| e.id.as_str()));
        let dates: Vec<Option<DateSpec>> = traw
            .events
            .iter()
            .zip(&event_places)
            .map(|(e, &place)| {
                DateSpec::parse(&e.date)
                    .map_err(|msg| {
                        let at = Locator::new(&place.file.text)
                            .key_value("date", &e.date, place.line)
                            .or(place.key("date"));
                        self.error(place, at, format!("bad date: {msg}"));
                    })
                    .ok()
            })
            .collect();
        let mut order: Vec<usize> = (0..traw.events.len()).collect();
        order.sort_by_key(|&i| {
            dates
                .get(i)
                .and_then(|d| d.as_ref())
                .map_or(i64::MIN, DateSpec::sort_key)
        });
        self.check_event_order(&event_places, &traw.events, &dates);
        let event_index: HashMap<&str, usize> = order
            .iter()
            .enumerate()
            .filter_map(|(sorted, &i)| traw.events.get(i).map(|e| (e.id.as_str(), sorted)))
            .rev()
            .collect();

        // Sections and points.
        let mut sections = Vec::new();
        let mut section_ids = HashMap::new();
        let mut point_ids = HashMap::new();
        let mut point_events: Vec<(PointRef, Vec<usize>)> = Vec::new();
        for (si, (sfile, s)) in raw.sections.iter().enumerate() {
            let place = Place {
                file: sfile,
                line: 1,
            };
            self.check_id(place, "section", &s.id, &mut section_ids);
            if let Some(listed) = article_raw.sections.get(si)
                && *listed != s.id
            {
                self.error(
                    place,
                    place.key("id"),
                    format!("this file is listed as section `{listed}` in article.yaml but its id is `{}`", s.id),
                );
            }
            if s.points.is_empty() {
                self.error(
                    place,
                    place.key("points"),
                    "a section needs at least one point".into(),
                );
            }
            let mut points = Vec::new();
            let point_places = Place::of_items(sfile, s.points.iter().map(|p| p.id.as_str()));
            for ((pi, p), &place) in s.points.iter().enumerate().zip(&point_places) {
                self.check_id(place, "point", &p.id, &mut point_ids);
                let passages_of = self.resolve(place, "passage", &p.passages, &passage_index);
                if p.passages.is_empty() {
                    self.warn(
                        place,
                        place.key("passages"),
                        format!("point `{}` cites no passage", p.id),
                    )
                    .hint = Some("every claim should rest on at least one quotation".into());
                }
                let events_of = self.resolve(place, "event", &p.events, &event_index);
                let r = PointRef {
                    section: si,
                    point: pi,
                };
                point_events.push((r, events_of));
                points.push(Point {
                    id: sanitize(&p.id),
                    label: self.text(place, "label", &p.label),
                    kind: p.kind,
                    title: self.own_words(place, "title", &p.title),
                    claim: self.own_words(place, "claim", &p.claim),
                    explanation: self.own_words(place, "explanation", &p.explanation),
                    passages: passages_of,
                    events: Vec::new(),
                    tags: p.tags.iter().map(|t| sanitize(t)).collect(),
                    notes: p.notes.as_ref().map(|n| self.own_words(place, "notes", n)),
                    reveal_claim: p.reveal_claim,
                    ordinal: 0,
                    of_kind: 0,
                });
            }
            number_by_kind(&mut points);
            sections.push(Section {
                id: sanitize(&s.id),
                title: self.text(place, "title", &s.title),
                intro: self.own_words(place, "intro", &s.intro),
                questions: s
                    .questions
                    .iter()
                    .map(|q| self.own_words(place, "questions", q))
                    .collect(),
                points,
            });
        }
        let point_index: HashMap<&str, usize> = raw
            .sections
            .iter()
            .flat_map(|(_, s)| s.points.iter())
            .enumerate()
            .map(|(i, p)| (p.id.as_str(), i))
            .collect::<Vec<_>>()
            .into_iter()
            .rev()
            .collect();
        let all_points: Vec<PointRef> = sections
            .iter()
            .enumerate()
            .flat_map(|(section, s)| {
                (0..s.points.len()).map(move |point| PointRef { section, point })
            })
            .collect();

        let mut events: Vec<Event> = Vec::new();
        for &i in &order {
            // An event with a bad date is still checked, so every problem is reported at once;
            // it is only left out of the pack.
            let (Some(e), Some(&place)) = (traw.events.get(i), event_places.get(i)) else {
                continue;
            };
            let date = dates.get(i).cloned().flatten();
            let passages_of = self.resolve(place, "passage", &e.passages, &passage_index);
            let points_of: Vec<PointRef> = self
                .resolve(place, "point", &e.points, &point_index)
                .into_iter()
                .filter_map(|i| all_points.get(i).copied())
                .collect();
            self.check_date_text(place, e, &passages_of, &passages);
            if e.inferred && e.note.as_deref().is_none_or(|n| n.trim().is_empty()) {
                self.error(
                    place,
                    place.key("inferred"),
                    format!("event `{}` is marked inferred but has no `note`", e.id),
                )
                .hint = Some("say how the date was worked out".into());
            }
            if e.passages.is_empty() {
                self.error(
                    place,
                    place.key("passages"),
                    format!("event `{}` cites no passage", e.id),
                )
                .hint = Some("cite the passage that holds the event's date".into());
            }
            let Some(date) = date else {
                continue;
            };
            events.push(Event {
                id: sanitize(&e.id),
                date,
                date_text: self.text(place, "date_text", &e.date_text),
                title: self.own_words(place, "title", &e.title),
                description: self.own_words(place, "description", &e.description),
                passages: passages_of,
                points: points_of,
                tags: e.tags.iter().map(|t| sanitize(t)).collect(),
                inferred: e.inferred,
                note: e.note.as_ref().map(|n| self.own_words(place, "note", n)),
            });
        }
        // Duplicate event ids are checked across the whole file, not per event.
        let mut seen = HashMap::new();
        for (e, &place) in traw.events.iter().zip(&event_places) {
            self.check_id(place, "event", &e.id, &mut seen);
        }

        let mut pack = Pack {
            article,
            source,
            sections,
            passages,
            events,
        };
        link_both_ways(&mut pack, &point_events);
        self.check_coverage(&pack, pfile);
        pack
    }

    fn source(&mut self, raw: &RawPack, place: Place<'_>) -> Source {
        let text = sanitize(&raw.source.text);
        let non_body: HashMap<usize, &str> = raw
            .article
            .1
            .article
            .non_body
            .iter()
            .map(|n| (n.paragraph, n.why.as_str()))
            .collect();
        let paras = paragraphs(&text);
        for n in &raw.article.1.article.non_body {
            if n.paragraph == 0 || n.paragraph > paras.len() {
                let at = Locator::new(&place.file.text).key_value(
                    "paragraph",
                    &n.paragraph.to_string(),
                    1,
                );
                self.error(
                    place,
                    at,
                    format!(
                        "paragraph {} does not exist: the source has {} paragraphs",
                        n.paragraph,
                        paras.len()
                    ),
                );
            }
        }
        Source {
            paragraphs: paras
                .into_iter()
                .enumerate()
                .map(|(i, t)| Paragraph {
                    number: i + 1,
                    text: normalize_ws(t),
                    non_body: non_body.get(&(i + 1)).map(|w| sanitize(w)),
                    passages: Vec::new(),
                })
                .collect(),
        }
    }

    fn article(&mut self, place: Place<'_>, a: &raw::Article) -> Article {
        let date = match DateSpec::parse(&a.published.date) {
            Ok(d) => d,
            Err(msg) => {
                self.error(
                    place,
                    place.key("date"),
                    format!("bad publication date: {msg}"),
                );
                DateSpec {
                    year: 0,
                    month: None,
                    day: None,
                    precision: super::date::Precision::Year,
                    part: None,
                    approximate: false,
                }
            }
        };
        if a.published.inferred && a.published.note.is_none() {
            self.error(
                place,
                place.key("inferred"),
                "the publication date is marked inferred but has no `note`".into(),
            );
        }
        if a.authors.is_empty() {
            self.error(
                place,
                place.key("authors"),
                "an article needs at least one author".into(),
            );
        }
        Article {
            title: self.text(place, "title", &a.title),
            question: a.question.as_ref().map(|q| self.text(place, "question", q)),
            publisher: self.text(place, "publisher", &a.publisher),
            published: Published {
                date,
                inferred: a.published.inferred,
                note: a
                    .published
                    .note
                    .as_ref()
                    .map(|n| self.own_words(place, "note", n)),
            },
            authors: a
                .authors
                .iter()
                .map(|au| Author {
                    name: self.text(place, "name", &au.name),
                    bio: self.own_words(place, "bio", &au.bio),
                })
                .collect(),
            source_path: sanitize(&a.source),
            attribution: self.text(place, "attribution", &a.attribution),
            notes: a
                .notes
                .iter()
                .map(|n| self.own_words(place, "notes", n))
                .collect(),
        }
    }

    /// A passage must appear word for word in the paragraph it names.
    fn check_quote(&mut self, place: Place<'_>, source: &Source, paragraph: usize, text: &str) {
        let quote = normalize_ws(text);
        let count = source.paragraphs.len();
        let at = || place.key("paragraph");
        let Some(para) = paragraph
            .checked_sub(1)
            .and_then(|i| source.paragraphs.get(i))
        else {
            self.error(
                place,
                at(),
                format!("paragraph {paragraph} does not exist: the source has {count} paragraphs"),
            );
            return;
        };
        if quote.is_empty() || para.text.contains(&quote) {
            return;
        }
        if let Some(other) = source.paragraphs.iter().find(|p| p.text.contains(&quote)) {
            self.error(
                place,
                at(),
                format!(
                    "the passage is quoted from paragraph {}, not paragraph {paragraph}",
                    other.number
                ),
            )
            .hint = Some(format!("set `paragraph: {}`", other.number));
            return;
        }
        let (line_place, hint) = closest_difference(&quote, source, para);
        self.error(
            place,
            place.key("text").or(line_place),
            format!("the passage is not a verbatim quotation of paragraph {paragraph}"),
        )
        .hint = Some(hint);
    }

    fn check_date_text(
        &mut self,
        place: Place<'_>,
        e: &raw::Event,
        cited: &[usize],
        passages: &[Passage],
    ) {
        let wanted = normalize_ws(&e.date_text).to_lowercase();
        if wanted.is_empty() {
            return;
        }
        let found = cited
            .iter()
            .filter_map(|&i| passages.get(i))
            .any(|p| p.text.to_lowercase().contains(&wanted));
        if !found && !cited.is_empty() {
            self.error(
                place,
                place.key("date_text"),
                format!(
                    "no passage cited by event `{}` contains its date wording \"{}\"",
                    e.id, e.date_text
                ),
            )
            .hint = Some(
                "cite the passage where the source gives this date, or fix `date_text`".into(),
            );
        }
    }

    fn check_event_order(
        &mut self,
        places: &[Place<'_>],
        events: &[raw::Event],
        dates: &[Option<DateSpec>],
    ) {
        let mut latest: Option<(i64, &str)> = None;
        for ((e, d), &place) in events.iter().zip(dates).zip(places) {
            let Some(d) = d else { continue };
            let key = d.sort_key();
            if let Some((prev, prev_id)) = latest
                && key < prev
            {
                self.warn(
                    place,
                    place.key("date"),
                    format!(
                        "event `{}` is listed after `{prev_id}` but happened earlier",
                        e.id
                    ),
                )
                .hint = Some(
                    "keep timeline.yaml in date order; the timeline is sorted either way".into(),
                );
            }
            if latest.is_none_or(|(prev, _)| key >= prev) {
                latest = Some((key, &e.id));
            }
        }
    }

    /// One warning per run of consecutive unquoted paragraphs, so a new pack that quotes one
    /// paragraph of thirty gets a few lines of advice rather than thirty.
    fn check_coverage(&mut self, pack: &Pack, passages_file: &PackFile) {
        let uncovered: Vec<&model::Paragraph> = pack
            .source
            .paragraphs
            .iter()
            .filter(|p| p.non_body.is_none() && p.passages.is_empty())
            .collect();
        for run in uncovered.chunk_by(|a, b| a.number + 1 == b.number) {
            let (Some(first), Some(last)) = (run.first(), run.last()) else {
                continue;
            };
            let preview: String = first.text.chars().take(50).collect();
            let which = if run.len() == 1 {
                format!("paragraph {}", first.number)
            } else {
                format!("paragraphs {}–{}", first.number, last.number)
            };
            self.diagnostics.push(
                Diagnostic::warning(
                    &passages_file.name,
                    format!("no passage quotes {which} (\"{preview}…\")"),
                )
                .with_hint("quote it in a passage, or list it under `non_body` in article.yaml"),
            );
        }
    }
}

/// Folds runs of spaces inside a line but keeps paragraph breaks an author wrote.
fn normalize_prose(s: &str) -> String {
    s.split("\n\n")
        .map(normalize_ws)
        .filter(|p| !p.is_empty())
        .collect::<Vec<_>>()
        .join("\n\n")
}

/// Numbers points within their kind: "Reason 3 of 6".
fn number_by_kind(points: &mut [Point]) {
    let mut totals: HashMap<model::Kind, usize> = HashMap::new();
    for p in points.iter_mut() {
        let n = totals.entry(p.kind).or_default();
        *n += 1;
        p.ordinal = *n;
    }
    for p in points.iter_mut() {
        p.of_kind = totals.get(&p.kind).copied().unwrap_or(0);
    }
}

/// Fills the reverse links: passage → points and events, paragraph → passages, and the union
/// of point ↔ event links declared on either side.
fn link_both_ways(pack: &mut Pack, point_events: &[(PointRef, Vec<usize>)]) {
    for r in pack.point_refs().collect::<Vec<_>>() {
        let passages = pack
            .point(r)
            .map(|p| p.passages.clone())
            .unwrap_or_default();
        for i in passages {
            if let Some(p) = pack.passages.get_mut(i) {
                p.cited_by.push(r);
            }
        }
    }
    for (r, events) in point_events {
        for &e in events {
            if let Some(ev) = pack.events.get_mut(e)
                && !ev.points.contains(r)
            {
                ev.points.push(*r);
            }
        }
    }
    for (ei, ev) in pack.events.iter_mut().enumerate() {
        ev.points.sort();
        for &r in &ev.points {
            if let Some(p) = pack
                .sections
                .get_mut(r.section)
                .and_then(|s| s.points.get_mut(r.point))
                && !p.events.contains(&ei)
            {
                p.events.push(ei);
            }
        }
        for &pi in &ev.passages {
            if let Some(p) = pack.passages.get_mut(pi) {
                p.events.push(ei);
            }
        }
    }
    for s in &mut pack.sections {
        for p in &mut s.points {
            p.events.sort_unstable();
        }
    }
    for (i, p) in pack.passages.iter().enumerate() {
        if let Some(para) = p
            .paragraph
            .checked_sub(1)
            .and_then(|n| pack.source.paragraphs.get_mut(n))
        {
            para.passages.push(i);
        }
    }
}

/// Explains how a misquoted passage differs from the source: finds where its opening words
/// occur and reports the first character at which the two part ways.
fn closest_difference(
    quote: &str,
    source: &Source,
    para: &Paragraph,
) -> (Option<(usize, usize)>, String) {
    let opening: String = quote.split(' ').take(4).collect::<Vec<_>>().join(" ");
    let candidates = std::iter::once(para).chain(source.paragraphs.iter());
    for p in candidates {
        if let Some(start) = p.text.find(&opening) {
            let from_source = p.text.get(start..).unwrap_or("");
            let same = common_prefix_chars(quote, from_source);
            let agreed: String = quote.chars().take(same).collect();
            let tail: String = agreed
                .chars()
                .rev()
                .take(30)
                .collect::<Vec<_>>()
                .into_iter()
                .rev()
                .collect();
            let source_next: String = from_source.chars().skip(same).take(20).collect();
            let quote_next: String = quote.chars().skip(same).take(20).collect();
            return (
                None,
                format!(
                    "it matches paragraph {} up to \"…{tail}\", then the source has \"{source_next}\" where the passage has \"{quote_next}\"",
                    p.number
                ),
            );
        }
    }
    (
        None,
        "its opening words do not occur anywhere in the source".into(),
    )
}

fn quoted_list(items: &[&str]) -> String {
    items
        .iter()
        .map(|i| format!("`{i}`"))
        .collect::<Vec<_>>()
        .join(", ")
}
