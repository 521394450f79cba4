//! Eras: periods the article describes, checked like events. Ids are well formed and unique,
//! both dates parse and the end does not come before the start, every passage cited exists
//! (and, being a passage, is a verbatim quotation), and the title and note are the pack's own
//! words. An era that cites no passage is a warning: a band on the timeline should rest on the
//! article as a point does.

use std::collections::HashMap;

use super::Validator;
use super::site::{ItemSite, SiteFile};
use crate::content::date::DateSpec;
use crate::content::files::PackFile;
use crate::content::model::Era;
use crate::content::raw;
use crate::content::sanitize::sanitize;
use crate::content::span::span;

impl Validator {
    /// The timeline's eras in order of their start, each checked; an era with a bad date is
    /// reported and left out.
    pub(super) fn eras(
        &mut self,
        (file, timeline): &(PackFile, raw::TimelineFile),
        passage_index: &HashMap<&str, usize>,
    ) -> Vec<Era> {
        let site = SiteFile::new(file, timeline.eras.iter().map(|e| e.id.as_str()));
        let mut seen = HashMap::new();
        let mut eras = Vec::new();
        for (raw, place) in timeline.eras.iter().zip(site.items()) {
            self.check_id(place, "era", &raw.id, &mut seen);
            if let Some(era) = self.era(place, raw, passage_index) {
                eras.push(era);
            }
        }
        eras.sort_by_key(|e| (e.start.sort_key(), e.end.sort_key()));
        eras
    }

    fn era(
        &mut self,
        place: ItemSite<'_>,
        raw: &raw::Era,
        passage_index: &HashMap<&str, usize>,
    ) -> Option<Era> {
        let passages = self.resolve(place, "passage", &raw.passages, passage_index);
        if raw.passages.is_empty() {
            self.warn(
                place,
                place.key("passages"),
                format!("era `{}` cites no passage", raw.id),
            )
            .hint = Some("cite the passage where the article describes the period".into());
        }
        let title = self.own_words(place, "title", &raw.title);
        let note = raw.note.as_ref().map(|n| self.own_words(place, "note", n));
        let start = self.era_date(place, "start", &raw.start);
        let end = self.era_date(place, "end", &raw.end);
        let (start, end) = (start?, end?);
        if span(&end).end <= span(&start).start {
            self.error(
                place,
                place.key("end"),
                format!("era `{}` ends ({end}) before it starts ({start})", raw.id),
            )
            .hint = Some("swap `start` and `end`, or fix the one that is wrong".into());
            return None;
        }
        Some(Era {
            id: sanitize(&raw.id),
            title,
            start,
            end,
            note,
            passages,
        })
    }

    /// One of an era's dates, parsed; a bad one is reported where it is written.
    fn era_date(&mut self, place: ItemSite<'_>, key: &str, text: &str) -> Option<DateSpec> {
        self.date(place, key, text, &format!("bad {key} date"))
    }
}
