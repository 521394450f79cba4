//! The JSON export: the whole pack in one document, in the same shape as the YAML files (so the
//! pack guide documents it too), with the source text inside. Loading it back goes through the
//! ordinary loader, so an export is checked exactly like a pack folder, wherever a pack folder
//! is accepted (`arglens check pack.json`, `--content pack.json`).
//!
//! ```json
//! { "format": "arglens-pack", "version": 1,
//!   "article": { … article.yaml … }, "sections": [ { … sections/<id>.yaml … } ],
//!   "passages": [ … ], "events": [ … ], "source": "the article's text" }
//! ```

use serde::{Deserialize, Serialize};

use crate::content::files::PackFile;
use crate::content::{Checked, LoadError, Pack, raw};

pub use crate::content::json::{FORMAT, VERSION};

#[derive(Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct JsonPack {
    pub format: String,
    pub version: u32,
    pub article: raw::ArticleFile,
    pub sections: Vec<raw::Section>,
    pub passages: Vec<raw::Passage>,
    pub events: Vec<raw::Event>,
    /// The periods drawn as bands on the timeline; absent when the pack has none.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub eras: Vec<raw::Era>,
    /// The source text, one paragraph per line.
    pub source: String,
}

/// The pack as a [`JsonPack`], referring to everything by id.
pub fn to_json_pack(pack: &Pack) -> JsonPack {
    let source = pack
        .source
        .paragraphs
        .iter()
        .map(|p| p.text.as_str())
        .collect::<Vec<_>>()
        .join("\n\n");
    JsonPack {
        format: FORMAT.into(),
        version: VERSION,
        article: raw_article(pack),
        sections: pack.sections.iter().map(|s| raw_section(pack, s)).collect(),
        passages: pack
            .passages
            .iter()
            .map(|p| raw::Passage {
                id: p.id.clone(),
                paragraph: p.paragraph,
                text: p.text.clone(),
            })
            .collect(),
        events: pack.events.iter().map(|e| raw_event(pack, e)).collect(),
        eras: pack.eras.iter().map(|e| raw_era(pack, e)).collect(),
        source: source + "\n",
    }
}

fn passage_id(pack: &Pack, i: usize) -> String {
    pack.passage(i).map_or(String::new(), |p| p.id.clone())
}

fn raw_article(pack: &Pack) -> raw::ArticleFile {
    let a = &pack.article;
    raw::ArticleFile {
        article: raw::Article {
            title: a.title.clone(),
            question: a.question.clone(),
            publisher: a.publisher.clone(),
            published: raw::Published {
                date: a.published.date.canonical(),
                inferred: a.published.inferred,
                note: a.published.note.clone(),
            },
            authors: a
                .authors
                .iter()
                .map(|x| raw::Author {
                    name: x.name.clone(),
                    bio: x.bio.clone(),
                })
                .collect(),
            source: a.source_path.clone(),
            attribution: a.attribution.clone(),
            notes: a.notes.clone(),
            non_body: pack
                .source
                .paragraphs
                .iter()
                .filter_map(|p| {
                    p.non_body.as_ref().map(|why| raw::NonBody {
                        paragraph: p.number,
                        why: why.clone(),
                    })
                })
                .collect(),
        },
        sections: pack.sections.iter().map(|s| s.id.clone()).collect(),
    }
}

fn raw_section(pack: &Pack, s: &crate::content::Section) -> raw::Section {
    raw::Section {
        id: s.id.clone(),
        title: s.title.clone(),
        intro: s.intro.clone(),
        questions: s.questions.clone(),
        points: s
            .points
            .iter()
            .map(|p| raw::Point {
                id: p.id.clone(),
                label: p.label.clone(),
                kind: p.kind,
                title: p.title.clone(),
                claim: p.claim.clone(),
                explanation: p.explanation.clone(),
                passages: p.passages.iter().map(|&i| passage_id(pack, i)).collect(),
                events: p
                    .events
                    .iter()
                    .map(|&i| pack.event(i).map_or(String::new(), |e| e.id.clone()))
                    .collect(),
                tags: p.tags.clone(),
                notes: p.notes.clone(),
                reveal_claim: p.reveal_claim,
            })
            .collect(),
    }
}

fn raw_event(pack: &Pack, e: &crate::content::Event) -> raw::Event {
    raw::Event {
        id: e.id.clone(),
        date: e.date.canonical(),
        date_text: e.date_text.clone(),
        basis: e.basis.clone(),
        title: e.title.clone(),
        description: e.description.clone(),
        passages: e.passages.iter().map(|&i| passage_id(pack, i)).collect(),
        points: e
            .points
            .iter()
            .filter_map(|r| pack.point(*r).map(|p| p.id.clone()))
            .collect(),
        tags: e.tags.clone(),
        inferred: e.inferred,
        note: e.note.clone(),
        lane: e.lane.clone(),
    }
}

fn raw_era(pack: &Pack, e: &crate::content::Era) -> raw::Era {
    raw::Era {
        id: e.id.clone(),
        title: e.title.clone(),
        start: e.start.canonical(),
        end: e.end.canonical(),
        note: e.note.clone(),
        passages: e.passages.iter().map(|&i| passage_id(pack, i)).collect(),
    }
}

/// The JSON export, pretty-printed.
pub fn export(pack: &Pack) -> String {
    let mut text = serde_json::to_string_pretty(&to_json_pack(pack)).unwrap_or_default();
    text.push('\n');
    text
}

/// Loads a JSON export back into a checked pack. `name` is how messages name the document;
/// every problem is located in it, as [`crate::content::json`] explains.
pub fn import(name: &str, text: &str) -> Result<Checked, LoadError> {
    let file = PackFile::new(name, text);
    let files = crate::content::json::files(&file).map_err(LoadError::new)?;
    crate::content::load(&files)
}
