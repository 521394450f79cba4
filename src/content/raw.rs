//! The pack's files exactly as authors write them.
//!
//! These types mirror the YAML one to one and reject unknown fields, so a misspelt key is an
//! error rather than silently ignored. They are turned into the checked types of
//! [`super::model`] by the loader; nothing else in the program sees them.

use serde::Deserialize;

/// `article.yaml`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ArticleFile {
    pub article: Article,
    /// Section ids in reading order; each names `sections/<id>.yaml`.
    pub sections: Vec<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Article {
    pub title: String,
    /// The question the argument answers; the root of the argument map.
    #[serde(default)]
    pub question: Option<String>,
    pub publisher: String,
    pub published: Published,
    pub authors: Vec<Author>,
    /// Path of the source text, relative to the pack folder.
    pub source: String,
    pub attribution: String,
    #[serde(default)]
    pub notes: Vec<String>,
    /// Source paragraphs that are not part of the argument (headings, bylines).
    #[serde(default)]
    pub non_body: Vec<NonBody>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Published {
    pub date: String,
    #[serde(default)]
    pub inferred: bool,
    #[serde(default)]
    pub note: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Author {
    pub name: String,
    pub bio: String,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct NonBody {
    pub paragraph: usize,
    pub why: String,
}

/// `sections/<id>.yaml`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Section {
    pub id: String,
    pub title: String,
    pub intro: String,
    pub points: Vec<Point>,
    /// Discussion questions for a closing slide.
    #[serde(default)]
    pub questions: Vec<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Point {
    pub id: String,
    pub label: String,
    pub kind: super::model::Kind,
    pub title: String,
    pub claim: String,
    pub explanation: String,
    pub passages: Vec<String>,
    #[serde(default)]
    pub events: Vec<String>,
    #[serde(default)]
    pub tags: Vec<String>,
    /// Teacher's notes, shown only on request.
    #[serde(default)]
    pub notes: Option<String>,
}

/// `passages.yaml`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PassagesFile {
    pub passages: Vec<Passage>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Passage {
    pub id: String,
    pub paragraph: usize,
    pub text: String,
}

/// `timeline.yaml`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TimelineFile {
    pub events: Vec<Event>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Event {
    pub id: String,
    pub date: String,
    /// The date as the source words it; must appear in one of the event's passages.
    pub date_text: String,
    pub title: String,
    pub description: String,
    pub passages: Vec<String>,
    #[serde(default)]
    pub points: Vec<String>,
    #[serde(default)]
    pub tags: Vec<String>,
    #[serde(default)]
    pub inferred: bool,
    #[serde(default)]
    pub note: Option<String>,
}
