//! Building the checked pack from its parsed files, one kind of item at a time: passages,
//! then the order of the events, then sections and their points, then the events themselves,
//! then the links between them.

use std::collections::HashMap;

use super::events::link_both_ways;
use super::site::{ItemSite, SiteFile};
use super::texts::{EventTexts, PointTexts, Texts};
use super::{RawPack, Validator};
use crate::content::date::DateSpec;
use crate::content::files::PackFile;
use crate::content::model::{
    self, Event, Pack, Passage, Point, PointRef, Section, Source, short_labels,
};
use crate::content::raw;
use crate::content::sanitize::sanitize;
use crate::content::unspaced::fold_owned;

/// Passages from which building them on a second thread pays for starting it.
const PASSAGES_FOR_A_THREAD: usize = 2000;

/// Ids to indices, the first item winning where an id is repeated.
type Index<'r> = HashMap<&'r str, usize>;

/// The timeline's events as the file lists them, with their parsed dates and date order.
struct Timeline<'r> {
    places: Vec<ItemSite<'r>>,
    dates: Vec<Option<DateSpec>>,
    /// File positions in date order; the file's order is kept for equal dates.
    order: Vec<usize>,
    /// Event id to its position in date order.
    index: Index<'r>,
}

/// The sections built so far, and the events each point names.
struct Sections {
    sections: Vec<Section>,
    point_events: Vec<(PointRef, Vec<usize>)>,
}

impl Validator {
    pub(super) fn build(&mut self, raw: &RawPack, texts: Texts) -> Pack {
        let (article_file, article_raw) = &raw.article;
        let article_site = SiteFile::whole(article_file);
        let article_place = article_site.top();
        let source = self.source(raw, texts.source, article_place);
        let article = self.article(article_place, &article_raw.article);
        let (pfile, praw) = &raw.passages;
        let passage_index: Index = first_wins(praw.passages.iter().map(|p| p.id.as_str()));
        let (tfile, traw) = &raw.timeline;
        let timeline_site = SiteFile::new(tfile, traw.events.iter().map(|e| e.id.as_str()));
        let points = texts.points;
        let (passages, (timeline, built)) =
            self.passages_beside(pfile, praw, texts.passages, &source, |v| {
                let timeline = v.timeline(&timeline_site, traw);
                let built = v.sections(raw, points, &passage_index, &timeline.index);
                (timeline, built)
            });
        let point_index: Index = first_wins(
            raw.sections
                .iter()
                .flat_map(|s| s.section.points.iter().map(|p| p.id.as_str())),
        );
        let refs = Refs {
            passage_index: &passage_index,
            point_index: &point_index,
            passages: &passages,
            points: built
                .sections
                .iter()
                .enumerate()
                .flat_map(|(section, s)| {
                    (0..s.points.len()).map(move |point| PointRef { section, point })
                })
                .collect(),
        };
        let events = self.events(&raw.timeline.1, texts.events, &timeline, &refs);
        let eras = self.eras(&raw.timeline, &passage_index);
        let mut pack = Pack {
            article,
            source,
            sections: built.sections,
            passages,
            events,
            eras,
        };
        link_both_ways(&mut pack, &built.point_events);
        self.check_coverage(&pack, pfile);
        pack
    }

    /// Builds the passages while `rest` builds what does not need them (the timeline and the
    /// sections, which name passages by id). With enough passages they are built on a second
    /// thread, by a validator of their own whose findings are put back where building them
    /// first would have put them, so messages come in the same order either way.
    fn passages_beside<T>(
        &mut self,
        file: &PackFile,
        raw: &raw::PassagesFile,
        texts: Vec<String>,
        source: &Source,
        rest: impl FnOnce(&mut Self) -> T,
    ) -> (Vec<Passage>, T) {
        let build = || {
            let mut aside = Validator::aside();
            let passages = aside.passages(file, raw, texts, source);
            (passages, aside.diagnostics)
        };
        let mark = self.diagnostics.len();
        let split = raw.passages.len() >= PASSAGES_FOR_A_THREAD;
        let ((passages, found), rest) = crate::content::beside::both(split, build, || rest(self));
        let after = self.diagnostics.split_off(mark);
        self.diagnostics.extend(found);
        self.diagnostics.extend(after);
        (passages, rest)
    }

    fn passages(
        &mut self,
        file: &PackFile,
        raw: &raw::PassagesFile,
        texts: Vec<String>,
        source: &Source,
    ) -> Vec<Passage> {
        let mut ids = HashMap::new();
        let site = SiteFile::new(file, raw.passages.iter().map(|p| p.id.as_str()));
        let mut passages = Vec::with_capacity(raw.passages.len());
        for ((p, text), place) in raw.passages.iter().zip(texts).zip(site.items()) {
            self.check_id(place, "passage", &p.id, &mut ids);
            let text = fold_owned(self.text_owned(place, "text", text));
            self.check_quote(place, source, p.paragraph, &text);
            passages.push(Passage {
                id: sanitize(&p.id),
                paragraph: p.paragraph,
                text,
                cited_by: Vec::new(),
                events: Vec::new(),
            });
        }
        passages
    }

    /// Parses every event's date and sorts the events by it, reporting bad dates and events
    /// listed out of order.
    fn timeline<'r>(&mut self, site: &'r SiteFile<'r>, raw: &'r raw::TimelineFile) -> Timeline<'r> {
        let places: Vec<ItemSite<'r>> = site.items().collect();
        let dates: Vec<Option<DateSpec>> = raw
            .events
            .iter()
            .zip(&places)
            .map(|(e, &place)| self.date(place, "date", &e.date, "bad date"))
            .collect();
        let mut order: Vec<usize> = (0..raw.events.len()).collect();
        order.sort_by_key(|&i| {
            dates
                .get(i)
                .and_then(|d| d.as_ref())
                .map_or(i64::MIN, DateSpec::sort_key)
        });
        self.check_event_order(&places, &raw.events, &dates);
        let index = first_wins(
            order
                .iter()
                .filter_map(|&i| raw.events.get(i).map(|e| e.id.as_str())),
        );
        Timeline {
            places,
            dates,
            order,
            index,
        }
    }

    fn sections(
        &mut self,
        raw: &RawPack,
        texts: Vec<Vec<PointTexts>>,
        passages: &Index,
        events: &Index,
    ) -> Sections {
        // Sized up front: grown by doubling, a large pack's lists would hold slack at the peak.
        let all_points = raw.sections.iter().map(|s| s.section.points.len()).sum();
        let mut out = Sections {
            sections: Vec::with_capacity(raw.sections.len()),
            point_events: Vec::with_capacity(all_points),
        };
        let mut section_ids = HashMap::with_capacity(raw.sections.len());
        let mut point_ids = HashMap::with_capacity(all_points);
        // Ids are checked across every file, so every file's places live to the end.
        let sites: Vec<SiteFile> = raw
            .sections
            .iter()
            .map(|r| SiteFile::new(&r.file, r.section.points.iter().map(|p| p.id.as_str())))
            .collect();
        for (((si, raw_section), site), texts) in
            raw.sections.iter().enumerate().zip(&sites).zip(texts)
        {
            let (s, listed) = (&raw_section.section, &raw_section.listed);
            let place = site.top();
            self.check_id(place, "section", &s.id, &mut section_ids);
            if *listed != s.id {
                self.error(
                    place,
                    place.key("id"),
                    format!("this file is listed as section `{listed}` in article.yaml but its id is `{}`", s.id),
                );
            }
            if s.points.is_empty() && !raw_section.broken_points {
                self.error(
                    place,
                    place.key("points"),
                    "a section needs at least one point".into(),
                );
            }
            let mut points = Vec::with_capacity(s.points.len());
            debug_assert_eq!(
                texts.len(),
                s.points.len(),
                "texts are taken point by point"
            );
            for (((pi, p), place), texts) in
                s.points.iter().enumerate().zip(site.items()).zip(texts)
            {
                self.check_id(place, "point", &p.id, &mut point_ids);
                let r = PointRef {
                    section: si,
                    point: pi,
                };
                let events_of = self.resolve(place, "event", &p.events, events);
                out.point_events.push((r, events_of));
                points.push(self.point(place, p, texts, passages));
            }
            number_by_kind(&mut points);
            out.sections.push(Section {
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
        give_short_labels(&mut out.sections);
        out
    }

    fn point(
        &mut self,
        place: ItemSite<'_>,
        p: &raw::Point,
        texts: PointTexts,
        passages: &Index,
    ) -> Point {
        let passages_of = self.resolve(place, "passage", &p.passages, passages);
        if p.passages.is_empty() {
            self.warn(
                place,
                place.key("passages"),
                format!("point `{}` cites no passage", p.id),
            )
            .hint = Some("every claim should rest on at least one quotation".into());
        }
        Point {
            id: sanitize(&p.id),
            label: self.text(place, "label", &p.label),
            kind: p.kind,
            title: self.own_words_owned(place, "title", texts.title),
            claim: self.own_words_owned(place, "claim", texts.claim),
            explanation: self.own_words_owned(place, "explanation", texts.explanation),
            passages: passages_of,
            events: Vec::new(),
            tags: p.tags.iter().map(|t| sanitize(t)).collect(),
            notes: p.notes.as_ref().map(|n| self.own_words(place, "notes", n)),
            reveal_claim: p.reveal_claim,
            short: String::new(),
            ordinal: 0,
            of_kind: 0,
        }
    }
}

/// What events refer to: passages and points by id, the passages built, every point.
struct Refs<'a> {
    passage_index: &'a Index<'a>,
    point_index: &'a Index<'a>,
    passages: &'a [Passage],
    points: Vec<PointRef>,
}

impl Validator {
    /// The events in date order. An event with a bad date is still checked, so every problem
    /// is reported at once; it is only left out of the pack.
    fn events(
        &mut self,
        raw: &raw::TimelineFile,
        mut texts: Vec<EventTexts>,
        t: &Timeline<'_>,
        refs: &Refs<'_>,
    ) -> Vec<Event> {
        let mut events = Vec::with_capacity(t.order.len());
        for &i in &t.order {
            let (Some(e), Some(&place)) = (raw.events.get(i), t.places.get(i)) else {
                continue;
            };
            let date = t.dates.get(i).cloned().flatten();
            let texts = texts.get_mut(i).map(std::mem::take).unwrap_or_default();
            if let Some(event) = self.event(place, e, texts, date, refs) {
                events.push(event);
            }
        }
        // Duplicate event ids are checked across the whole file, not per event.
        let mut seen = HashMap::new();
        for (e, &place) in raw.events.iter().zip(&t.places) {
            self.check_id(place, "event", &e.id, &mut seen);
        }
        events
    }

    fn event(
        &mut self,
        place: ItemSite<'_>,
        e: &raw::Event,
        texts: EventTexts,
        date: Option<DateSpec>,
        refs: &Refs<'_>,
    ) -> Option<Event> {
        let passages_of = self.resolve(place, "passage", &e.passages, refs.passage_index);
        let points_of: Vec<PointRef> = self
            .resolve(place, "point", &e.points, refs.point_index)
            .into_iter()
            .filter_map(|i| refs.points.get(i).copied())
            .collect();
        self.check_date_text(place, e, &passages_of, refs.passages);
        if e.inferred && e.note.as_deref().is_none_or(|n| n.trim().is_empty()) {
            self.error(
                place,
                place.key("inferred"),
                format!("event `{}` is marked inferred but has no `note`", e.id),
            )
            .hint = Some("say how the date was worked out".into());
        }
        self.check_event_kind(place, e);
        Some(Event {
            id: sanitize(&e.id),
            date: date?,
            date_text: e
                .date_text
                .as_ref()
                .map(|t| self.text(place, "date_text", t)),
            basis: e.basis.as_ref().map(|b| self.own_words(place, "basis", b)),
            title: self.own_words_owned(place, "title", texts.title),
            description: self.own_words_owned(place, "description", texts.description),
            passages: passages_of,
            points: points_of,
            tags: e.tags.iter().map(|t| sanitize(t)).collect(),
            inferred: e.inferred,
            note: e.note.as_ref().map(|n| self.own_words(place, "note", n)),
            lane: e.lane.as_ref().map(|l| self.text(place, "lane", l)),
        })
    }
}

/// Ids to positions, the first of a repeated id winning (the repeat is reported elsewhere).
fn first_wins<'r>(ids: impl Iterator<Item = &'r str>) -> Index<'r> {
    let mut index = HashMap::new();
    for (i, id) in ids.enumerate() {
        index.entry(id).or_insert(i);
    }
    index
}

/// Gives every point the shortest label that tells it from the others.
fn give_short_labels(sections: &mut [Section]) {
    let labels: Vec<String> = sections
        .iter()
        .flat_map(|s| s.points.iter().map(|p| p.label.clone()))
        .collect();
    let labels: Vec<&str> = labels.iter().map(String::as_str).collect();
    let points = sections.iter_mut().flat_map(|s| s.points.iter_mut());
    for (p, short) in points.zip(short_labels(&labels)) {
        p.short = short;
    }
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
