//! The Markdown handout: the article, each section with its points (claim, explanation, the
//! quoted passages with paragraph numbers, the events), then the timeline as a Mermaid
//! `timeline` block (which common forges draw) and as a list, the eras and every passage.
//! Points, events, eras and passages carry anchors, and every cross-reference links to one.
//! The teacher's edition adds each point's notes and its slide's steps (see [`super::edition`]).

use std::fmt::Write;

use super::edition::{Deck, SlideSteps, Step, TEACHER_INTRO};
use super::{Edition, date_label, listed};
use crate::content::{Event, Pack, Point, PointRef};
use crate::deck::Reveal;

/// An anchor line before an item, so links can reach it: `<a id="point-energy"></a>`.
fn anchor(kind: &str, id: &str) -> String {
    format!("<a id=\"{kind}-{id}\"></a>")
}

fn link(text: &str, kind: &str, id: &str) -> String {
    format!("[{}](#{kind}-{id})", inline(text))
}

pub fn export(pack: &Pack, edition: Edition) -> String {
    let teacher = (edition == Edition::Teacher).then(|| Deck::new(pack));
    let mut out = String::new();
    let a = &pack.article;
    let _ = writeln!(out, "# {}\n", inline(&a.title));
    let authors: Vec<&str> = a.authors.iter().map(|x| x.name.as_str()).collect();
    let _ = writeln!(
        out,
        "*{}* · {} · {}{}\n",
        inline(&authors.join(", ")),
        inline(&a.publisher),
        a.published.date,
        if a.published.inferred {
            " (inferred)"
        } else {
            ""
        }
    );
    if let Some(q) = &a.question {
        let _ = writeln!(out, "**Question:** {}\n", inline(q));
    }
    let _ = writeln!(out, "{}\n", inline(&a.attribution));
    if teacher.is_some() {
        let _ = writeln!(out, "**{TEACHER_INTRO}**\n");
    }
    contents(&mut out, pack);
    for (si, section) in pack.sections.iter().enumerate() {
        let _ = writeln!(out, "{}\n", anchor("section", &section.id));
        let _ = writeln!(out, "## {}\n", inline(&section.title));
        let _ = writeln!(out, "{}\n", inline(&section.intro));
        for (pi, point) in section.points.iter().enumerate() {
            write_point(&mut out, pack, point);
            let r = PointRef {
                section: si,
                point: pi,
            };
            if let Some(deck) = &teacher {
                teacher_point(&mut out, pack, deck, r);
            }
        }
        if !section.questions.is_empty() {
            let _ = writeln!(out, "### Questions for discussion\n");
            for (i, q) in section.questions.iter().enumerate() {
                let _ = writeln!(out, "{}. {}", i + 1, inline(q));
            }
            out.push('\n');
        }
        if let Some(slide) = teacher.as_ref().and_then(|d| d.questions(si)) {
            steps(&mut out, pack, &slide);
        }
    }
    timeline(&mut out, pack);
    passages(&mut out, pack);
    out
}

fn contents(out: &mut String, pack: &Pack) {
    let _ = writeln!(out, "**Contents:**\n");
    for s in &pack.sections {
        let _ = writeln!(out, "- {}", link(&s.title, "section", &s.id));
        for p in &s.points {
            let title = format!("{}: {}", p.label, p.title);
            let _ = writeln!(out, "  - {}", link(&title, "point", &p.id));
        }
    }
    let _ = writeln!(out, "- [Timeline](#timeline)");
    if !pack.eras.is_empty() {
        let _ = writeln!(out, "- [Eras](#eras)");
    }
    let _ = writeln!(out, "- [Passages](#passages)\n");
}

fn write_point(out: &mut String, pack: &Pack, point: &Point) {
    let _ = writeln!(out, "{}\n", anchor("point", &point.id));
    let _ = writeln!(
        out,
        "### {}: {}\n",
        inline(&point.label),
        inline(&point.title)
    );
    let _ = writeln!(out, "*{}*\n", point.kind.relation());
    let _ = writeln!(out, "**Claim.** {}\n", inline(&point.claim));
    for para in point.explanation.split("\n\n") {
        let _ = writeln!(out, "{}\n", inline(para));
    }
    for p in point.passages.iter().filter_map(|i| pack.passage(*i)) {
        let cite = link(&format!("¶ {}", p.paragraph), "passage", &p.id);
        let _ = writeln!(out, "> {}\n>\n> — {cite}\n", inline(&p.text));
    }
    let events: Vec<String> = point
        .events
        .iter()
        .filter_map(|i| pack.event(*i))
        .map(event_link)
        .collect();
    if !events.is_empty() {
        let _ = writeln!(out, "Events: {}\n", events.join("; "));
    }
}

/// The teacher's part of a point: its notes, then its slide's steps.
fn teacher_point(out: &mut String, pack: &Pack, deck: &Deck, r: PointRef) {
    if let Some(notes) = pack.point(r).and_then(|p| p.notes.as_deref()) {
        for (i, para) in notes.split("\n\n").enumerate() {
            let lead = if i == 0 { "**Teacher's notes.** " } else { "" };
            let _ = writeln!(out, "{lead}{}\n", inline(para));
        }
    }
    if let Some(slide) = deck.point(pack, r) {
        steps(out, pack, &slide);
    }
}

/// A slide's steps in the deck's order, numbered as the deck counts them.
fn steps(out: &mut String, pack: &Pack, slide: &SlideSteps) {
    let _ = writeln!(
        out,
        "**Slide {} of {}**, step by step:\n",
        slide.number, slide.of
    );
    for (i, step) in slide.steps.iter().enumerate() {
        let words = match step {
            Step::Reveal(Reveal::Passage(p)) => pack.passage(*p).map_or_else(String::new, |p| {
                format!(
                    "the passage {}",
                    link(&format!("¶ {}", p.paragraph), "passage", &p.id)
                )
            }),
            _ => inline(&slide.words(pack, *step)),
        };
        let _ = writeln!(out, "{}. {words}", i + 1);
    }
    out.push('\n');
}

/// Links to passages by their paragraph: "[¶ 20](#passage-gas-target)".
fn passage_links(pack: &Pack, passages: &[usize]) -> Vec<String> {
    passages
        .iter()
        .filter_map(|&i| pack.passage(i))
        .map(|p| link(&format!("¶ {}", p.paragraph), "passage", &p.id))
        .collect()
}

fn event_link(e: &Event) -> String {
    format!(
        "{} — {}",
        link(&e.title, "event", &e.id),
        inline(&date_label(e))
    )
}

/// The timeline: a Mermaid block, then each event with the points citing it.
fn timeline(out: &mut String, pack: &Pack) {
    let _ = writeln!(out, "<a id=\"timeline\"></a>\n\n## Timeline\n");
    if !pack.events.is_empty() {
        let _ = writeln!(
            out,
            "```mermaid\ntimeline\n    title {}",
            mermaid(&pack.article.title)
        );
        let mut last = String::new();
        for e in &pack.events {
            let when = mermaid(&date_label(e));
            if when == last {
                let _ = writeln!(out, "        : {}", mermaid(&e.title));
            } else {
                let _ = writeln!(out, "    {when} : {}", mermaid(&e.title));
                last = when;
            }
        }
        let _ = writeln!(out, "```\n");
    }
    for e in &pack.events {
        let cited: Vec<String> = e
            .points
            .iter()
            .filter_map(|r| pack.point(*r))
            .map(|p| link(&p.label, "point", &p.id))
            .collect();
        let _ = writeln!(
            out,
            "- {} **{}** — {}. {}{}{}{}",
            anchor("event", &e.id),
            inline(&date_label(e)),
            inline(&e.title),
            inline(&e.description),
            super::basis_note(e, |h| format!(" *{h}:*"), inline),
            listed(" Cited by ", &cited, ", ", "."),
            listed(" Passages: ", &passage_links(pack, &e.passages), ", ", ".")
        );
    }
    out.push('\n');
    if pack.eras.is_empty() {
        return;
    }
    let _ = writeln!(out, "<a id=\"eras\"></a>\n\n## Eras\n");
    for era in &pack.eras {
        let _ = writeln!(
            out,
            "- {} **{}** ({} to {}). {}{}",
            anchor("era", &era.id),
            inline(&era.title),
            era.start.in_words(),
            era.end.in_words(),
            era.note.as_deref().map(inline).unwrap_or_default(),
            listed(
                " Passages: ",
                &passage_links(pack, &era.passages),
                ", ",
                "."
            )
        );
    }
    out.push('\n');
}

/// Every passage once, with the points quoting it.
fn passages(out: &mut String, pack: &Pack) {
    let _ = writeln!(out, "<a id=\"passages\"></a>\n\n## Passages\n");
    for p in &pack.passages {
        let quoted: Vec<String> = p
            .cited_by
            .iter()
            .filter_map(|r| pack.point(*r))
            .map(|x| link(&x.label, "point", &x.id))
            .collect();
        let by = listed(", quoted by ", &quoted, ", ", "");
        let _ = writeln!(
            out,
            "{}\n\n> {}\n>\n> — ¶ {}{by}\n",
            anchor("passage", &p.id),
            inline(&p.text),
            p.paragraph
        );
    }
}

/// Text for a Mermaid timeline line: on one line, without the characters its syntax uses
/// (a colon separates a period from its events, `#` and `;` start entities and statements).
fn mermaid(s: &str) -> String {
    s.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .replace(':', " -")
        .replace(';', ",")
        .replace('#', "no.")
        .replace(['`', '<', '>', '{', '}'], "")
}

/// Text on one line with Markdown's own characters escaped, so pack text reads as written.
fn inline(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.split_whitespace().collect::<Vec<_>>().join(" ").chars() {
        if matches!(
            c,
            '\\' | '*' | '_' | '`' | '[' | ']' | '<' | '>' | '#' | '|'
        ) {
            out.push('\\');
        }
        out.push(c);
    }
    out
}
