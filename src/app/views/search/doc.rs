//! The search box as a document: the query line, what it found, then each result as a
//! two-line link (what it is and where, then the matched text with the matches marked).
//! Spelling-tolerant results come last, under their own heading, never counted as matches.

use std::sync::Arc;

use crate::app::doc::{Anchor, Doc, Line, Link, Mark, Role};
use crate::app::find::Hit;
use crate::app::state::{SearchBox, SearchMode};
use crate::wrap::{truncate, width};

/// The box's document, `w` columns wide: the one kept with the box if it was laid out for
/// this width and shows the query line as it now is (typing searches again, which drops it),
/// else a fresh one.
pub fn laid_out(s: &SearchBox, w: usize) -> Arc<Doc> {
    if let Some((width, doc)) = &s.laid.0 {
        let line = query_line(label(s.mode), s, w.max(1));
        if *width == w && doc.lines.first().is_some_and(|l| l.text == line) {
            return Arc::clone(doc);
        }
    }
    Arc::new(search_doc(s, w))
}

fn label(mode: SearchMode) -> &'static str {
    match mode {
        SearchMode::Pack => "Search",
        SearchMode::Article => "Find in the article",
    }
}

/// The box's document, `w` columns wide.
pub fn search_doc(s: &SearchBox, w: usize) -> Doc {
    let mut doc = Doc::default();
    let w = w.max(1);
    doc.push(Role::Title, query_line(label(s.mode), s, w));
    doc.para(Role::Note, &summary(s), w);
    for problem in &s.results.problems {
        doc.para(Role::Note, problem, w);
    }
    doc.blank();
    let literal = s.results.literal;
    for (n, hit) in s.results.hits.iter().enumerate() {
        if n == literal {
            if n > 0 {
                doc.blank();
            }
            doc.para(
                Role::Heading,
                &format!(
                    "Close matches: no literal match; searched for “{}” instead",
                    s.results.instead.join("”, “")
                ),
                w,
            );
        }
        result(&mut doc, hit, w);
    }
    doc
}

/// "Search: gas deal▏", with the cursor where the reader is typing; a long query scrolls so
/// the cursor stays in view.
fn query_line(label: &str, s: &SearchBox, w: usize) -> String {
    let prefix = format!("{label}: ");
    let room = w.saturating_sub(width(&prefix) + 1).max(1);
    let value = s.query();
    let scroll = s.input.0.visual_scroll(room);
    let cursor = s.input.0.visual_cursor().saturating_sub(scroll);
    let shown: String = value.chars().skip(scroll).collect();
    let before: String = shown.chars().take(cursor).collect();
    let after: String = shown.chars().skip(cursor).collect();
    truncate(&format!("{prefix}{before}▏{after}"), w)
}

/// What the query found, in words; the word "matches" counts literal matches only.
fn summary(s: &SearchBox) -> String {
    let q = s.query();
    if q.trim().is_empty() {
        return match s.mode {
            SearchMode::Pack => "Type words to find in points, passages, events, the article and About: they must all occur. \"a phrase\", -word to leave out, tag:energy, kind:pitfall, in:source|points|passages|events. ↑ recalls earlier searches.".into(),
            SearchMode::Article => "Type words to find in the article; Enter marks them all and goes to the first, n and N step through them.".into(),
        };
    }
    if s.mode == SearchMode::Article {
        return format!("Enter marks every “{q}” in the article; Esc cancels.");
    }
    let close = s.results.hits.len() - s.results.literal;
    match (s.results.literal, close) {
        (0, 0) => format!("No matches for “{q}”."),
        (0, _) => format!(
            "No matches for “{q}”; close matches for “{}” follow.",
            s.results.instead.join("”, “")
        ),
        (1, _) => "1 match — Enter goes there, Esc cancels.".into(),
        (n, _) if s.results.found > n => format!(
            "{} matches; the best {n} are listed — add words to narrow them.",
            s.results.found
        ),
        (n, _) => format!("{n} matches, best first — ↑↓ choose, Enter goes there, Esc cancels."),
    }
}

/// One result: its kind and place, then its text, with the matches marked in both.
fn result(doc: &mut Doc, hit: &Hit, w: usize) {
    let index = doc.links.len();
    let first = doc.lines.len();
    let block = doc.block();
    let kind = format!("{:<8}", hit.kind.name());
    for (offset, role, prefix, text, matched) in [
        (
            0,
            Role::Kicker,
            kind.as_str(),
            &hit.place,
            &hit.place_matched,
        ),
        (1, Role::Body, "  ", &hit.text, &hit.matched),
    ] {
        let (text, marks) = marked_line(prefix, text, matched, w);
        doc.lines.push(Line {
            role,
            text,
            link: Some(index),
            marks,
            anchor: Anchor { block, offset },
        });
    }
    doc.links.push(Link {
        target: hit.target,
        first,
        last: first + 1,
    });
}

/// `prefix` and `text` cut to `w` columns, with the matched byte ranges of `text` as marks;
/// matches cut off are dropped and the ellipsis never gets a mark.
fn marked_line(
    prefix: &str,
    text: &str,
    matched: &[(usize, usize)],
    w: usize,
) -> (String, Vec<Mark>) {
    let whole = format!("{prefix}{text}");
    let shown = truncate(&whole, w);
    let cut = shown.len().saturating_sub(if width(&whole) > w {
        '…'.len_utf8()
    } else {
        0
    });
    let shift = prefix.len();
    let marks = matched
        .iter()
        .map(|&(a, b)| (a + shift, b + shift))
        .filter(|&(a, _)| a < cut)
        .map(|(a, b)| Mark {
            start: a,
            end: b.min(cut),
            role: Role::Matched,
            link: None,
        })
        .collect();
    (shown, marks)
}
