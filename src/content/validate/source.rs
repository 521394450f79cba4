//! The source text and the article: paragraphs with their non-body marks, the article's
//! fields, quotations checked word for word, and the paragraphs no passage quotes.

use std::collections::HashMap;

use super::site::ItemSite;
use super::{RawPack, Validator};
use crate::content::date::{DateSpec, Precision};
use crate::content::diag::Diagnostic;
use crate::content::files::PackFile;
use crate::content::model::{self, Article, Author, Pack, Paragraph, Published, Source};
use crate::content::raw;
use crate::content::sanitize::{sanitize, sanitize_owned};
use crate::content::text::{common_prefix_chars, paragraphs};
use crate::content::unspaced::fold;

impl Validator {
    pub(super) fn source(&mut self, raw: &RawPack, text: String, place: ItemSite<'_>) -> Source {
        let text = sanitize_owned(text);
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
                let at = place.key_value("paragraph", &n.paragraph.to_string());
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
                    text: fold(t),
                    non_body: non_body.get(&(i + 1)).map(|w| sanitize(w)),
                    passages: Vec::new(),
                })
                .collect(),
        }
    }

    pub(super) fn article(&mut self, place: ItemSite<'_>, a: &raw::Article) -> Article {
        let date = self
            .date(place, "date", &a.published.date, "bad publication date")
            .unwrap_or(DateSpec {
                year: 0,
                month: None,
                day: None,
                precision: Precision::Year,
                part: None,
                approximate: false,
            });
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
    pub(super) fn check_quote(
        &mut self,
        place: ItemSite<'_>,
        source: &Source,
        paragraph: usize,
        quote: &str,
    ) {
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
        if quote.is_empty() || para.text.contains(quote) {
            return;
        }
        if let Some(other) = source.paragraphs.iter().find(|p| p.text.contains(quote)) {
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
        let (line_place, hint) = closest_difference(quote, source, para);
        self.error(
            place,
            place.key("text").or(line_place),
            format!("the passage is not a verbatim quotation of paragraph {paragraph}"),
        )
        .hint = Some(hint);
    }

    /// One warning per run of consecutive unquoted paragraphs, so a new pack that quotes one
    /// paragraph of thirty gets a few lines of advice rather than thirty.
    pub(super) fn check_coverage(&mut self, pack: &Pack, passages_file: &PackFile) {
        if !self.unread.coverage_known() {
            return;
        }
        let uncovered: Vec<&model::Paragraph> = pack
            .source
            .paragraphs
            .iter()
            .filter(|p| p.non_body.is_none() && p.passages.is_empty())
            .filter(|p| !self.unread.quotes(p.number))
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

/// Explains how a misquoted passage differs from the source: finds where its opening words
/// occur and reports the first character at which the two part ways.
fn closest_difference(
    quote: &str,
    source: &Source,
    para: &Paragraph,
) -> (Option<(usize, usize)>, String) {
    let opening: String = if quote
        .chars()
        .take(8)
        .any(crate::content::unspaced::is_unspaced)
    {
        // A script without spaces has no words to take: its first characters instead.
        quote.chars().take(6).collect()
    } else {
        quote.split(' ').take(4).collect::<Vec<_>>().join(" ")
    };
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
