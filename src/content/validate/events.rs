//! Events: dates parsed and put in order, their date wording found in a cited passage, and
//! the links between points and events filled in both ways.

use super::Validator;
use super::site::ItemSite;
use crate::content::date::DateSpec;
use crate::content::model::{Pack, Passage, PointRef};
use crate::content::raw;
use crate::content::unspaced::fold;

impl Validator {
    pub(super) fn check_date_text(
        &mut self,
        place: ItemSite<'_>,
        e: &raw::Event,
        cited: &[usize],
        passages: &[Passage],
    ) {
        let Some(date_text) = &e.date_text else {
            return;
        };
        let wanted = fold(date_text).to_lowercase();
        let unread = e
            .passages
            .iter()
            .any(|id| self.unread.may_hold("passage", id));
        if wanted.is_empty() || unread {
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
                    e.id, date_text
                ),
            )
            .hint = Some(
                "cite the passage where the source gives this date, or fix `date_text`".into(),
            );
        }
    }

    /// An event is dated by the article (`date_text`) or is background (`basis`), never both
    /// and never neither; only a dated one must cite a passage.
    pub(super) fn check_event_kind(&mut self, place: ItemSite<'_>, e: &raw::Event) {
        match (&e.date_text, &e.basis) {
            (None, None) => {
                self.error(
                    place,
                    place.key("id"),
                    format!("event `{}` has no `date_text`", e.id),
                )
                .hint = Some(
                    "add `date_text:` with the date as the source words it; for an event the \
                     article does not date, give `basis:` instead (why it belongs, and where its \
                     date comes from) and it is shown as background, not in the article"
                        .into(),
                );
            }
            (Some(_), Some(_)) => {
                self.error(
                    place,
                    place.key("basis"),
                    format!("event `{}` has both `date_text` and `basis`", e.id),
                )
                .hint = Some(
                    "an event the article dates has `date_text`; only a background event has \
                     `basis`: keep one"
                        .into(),
                );
            }
            (Some(_), None) if e.passages.is_empty() => {
                self.error(
                    place,
                    place.key("passages"),
                    format!("event `{}` cites no passage", e.id),
                )
                .hint = Some("cite the passage that holds the event's date".into());
            }
            _ => {}
        }
    }

    pub(super) fn check_event_order(
        &mut self,
        places: &[ItemSite<'_>],
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
}

/// Fills the reverse links: passage → points and events, paragraph → passages, and the union
/// of point ↔ event links declared on either side.
pub(super) fn link_both_ways(pack: &mut Pack, point_events: &[(PointRef, Vec<usize>)]) {
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
