//! The pack's files exactly as authors write them.
//!
//! These types mirror the YAML one to one and reject unknown fields, so a misspelt key is an
//! error rather than silently ignored. They are turned into the checked types of
//! [`super::model`] by the loader; nothing else in the program sees them.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// `article.yaml`.
#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ArticleFile {
    /// Who wrote the article, where its text lives, and notes about the pack.
    pub article: Article,
    /// Section ids in reading order; each names `sections/<id>.yaml`.
    pub sections: Vec<String>,
}

#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Article {
    /// The article's title, shown in the title bar and on the About page.
    pub title: String,
    /// The question the argument answers; the root of the argument map.
    #[serde(default)]
    pub question: Option<String>,
    /// Who published the article.
    pub publisher: String,
    /// When the article was published.
    pub published: Published,
    /// The article's authors, at least one.
    pub authors: Vec<Author>,
    /// Path of the source text, relative to the pack folder.
    pub source: String,
    /// Credit for the source text and a note on which words are the pack's own.
    pub attribution: String,
    /// Notes about how the pack reads the article, shown on the About page.
    #[serde(default)]
    pub notes: Vec<String>,
    /// Source paragraphs that are not part of the argument (headings, bylines).
    #[serde(default)]
    pub non_body: Vec<NonBody>,
}

#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Published {
    /// YYYY, YYYY-MM or YYYY-MM-DD (see the pack guide for every form).
    pub date: String,
    /// True when the date is worked out rather than printed in the source.
    #[serde(default)]
    pub inferred: bool,
    /// How an inferred date was worked out; required when `inferred` is true.
    #[serde(default)]
    pub note: Option<String>,
}

#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Author {
    /// The author's name.
    pub name: String,
    /// One sentence on who the author is, in the pack's own words.
    pub bio: String,
}

#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct NonBody {
    /// The paragraph's number (non-empty lines of the source, from 1).
    pub paragraph: usize,
    /// Why it is not part of the argument: "byline", "section heading"…
    pub why: String,
}

/// `sections/<id>.yaml`.
#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Section {
    /// The section's id; must match the file name `sections/<id>.yaml`.
    pub id: String,
    /// The tab's title.
    pub title: String,
    /// A sentence or two on what this part argues, in the pack's own words.
    pub intro: String,
    /// The section's points, in reading order.
    pub points: Vec<Point>,
    /// Discussion questions for a closing slide.
    #[serde(default)]
    pub questions: Vec<String>,
}

#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Point {
    /// Unique id across the pack: lower-case letters, digits and hyphens.
    pub id: String,
    /// The article's own label for the point, e.g. "Reason 1".
    pub label: String,
    /// The point's role in the argument.
    pub kind: super::model::Kind,
    /// A short title for lists.
    pub title: String,
    /// The point's claim in one sentence, in the pack's own words.
    pub claim: String,
    /// Why the article makes the point, in the pack's own words.
    pub explanation: String,
    /// Ids of passages (passages.yaml) that back the claim.
    pub passages: Vec<String>,
    /// Ids of events (timeline.yaml) the point refers to.
    #[serde(default)]
    pub events: Vec<String>,
    /// Topic tags for filtering, e.g. energy, security.
    #[serde(default)]
    pub tags: Vec<String>,
    /// Teacher's notes, shown only on request.
    #[serde(default)]
    pub notes: Option<String>,
    /// True to hold the claim back in presentation mode until the first reveal step, for a
    /// point whose notes ask the class to guess it first. Default false: the claim shows at once.
    #[serde(default)]
    pub reveal_claim: bool,
}

/// `passages.yaml`.
#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct PassagesFile {
    /// Verbatim quotations from the source.
    pub passages: Vec<Passage>,
}

#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Passage {
    /// Unique id among passages.
    pub id: String,
    /// The paragraph quoted (non-empty lines of the source, from 1).
    pub paragraph: usize,
    /// The quotation, word for word; line breaks may differ from the source.
    pub text: String,
}

/// `timeline.yaml`.
#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct TimelineFile {
    /// Dated events the article mentions, oldest first.
    pub events: Vec<Event>,
    /// Periods the article describes, drawn as labelled bands behind the events.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub eras: Vec<Era>,
}

#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Event {
    /// Unique id among events.
    pub id: String,
    /// The date in a machine-readable form: YYYY, YYYY-MM, YYYY-MM-DD, a decade, a season…
    pub date: String,
    /// The date as the source words it; must appear in one of the event's passages. Left out
    /// for a background event, which gives `basis` instead.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date_text: Option<String>,
    /// For a background event (one the article presupposes but does not date, so it has no
    /// `date_text`): why it belongs and where its date comes from, in the pack's own words.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub basis: Option<String>,
    /// What happened, in a few words.
    pub title: String,
    /// What happened and why it matters, in the pack's own words.
    pub description: String,
    /// Ids of passages that mention the event (a background event may cite none).
    #[serde(default)]
    pub passages: Vec<String>,
    /// Ids of points that refer to the event.
    #[serde(default)]
    pub points: Vec<String>,
    /// Topic tags for filtering.
    #[serde(default)]
    pub tags: Vec<String>,
    /// True when the date is worked out rather than printed in the source.
    #[serde(default)]
    pub inferred: bool,
    /// How an inferred date was worked out; required when `inferred` is true.
    #[serde(default)]
    pub note: Option<String>,
    /// The lane the event is drawn in on the time axis (diplomacy, borders…); without one, the
    /// event's first tag names its lane.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lane: Option<String>,
}

/// A period the article describes, from `start` to `end`.
#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Era {
    /// Unique id among eras.
    pub id: String,
    /// What the period was, in a few words of the pack's own.
    pub title: String,
    /// When it began, in the same forms as an event's `date`.
    pub start: String,
    /// When it ended, in the same forms; not before `start`.
    pub end: String,
    /// How the article describes the period, or how its dates were worked out, in the pack's
    /// own words.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
    /// Ids of passages that describe the period.
    #[serde(default)]
    pub passages: Vec<String>,
}

impl super::yaml::ItemList for Section {
    type Item = Point;
    const KEY: &'static str = "points";
    fn items_mut(&mut self) -> &mut Vec<Point> {
        &mut self.points
    }
}

impl super::yaml::ItemList for PassagesFile {
    type Item = Passage;
    const KEY: &'static str = "passages";
    fn items_mut(&mut self) -> &mut Vec<Passage> {
        &mut self.passages
    }
}

impl super::yaml::ItemList for TimelineFile {
    type Item = Event;
    const KEY: &'static str = "events";
    fn items_mut(&mut self) -> &mut Vec<Event> {
        &mut self.events
    }
}
