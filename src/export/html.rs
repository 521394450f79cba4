//! The HTML handout: the same content as the Markdown one in a single self-contained page
//! (inline CSS, no scripts, no external assets) that reads on a phone and prints cleanly on A4
//! or Letter. A table of contents leads to every section; every point, passage, event and era
//! has an anchor, and every cross-reference is a link: a point to its passages and events, an
//! event to the points citing it and its passages, a passage to the points quoting it. The
//! timeline is drawn to scale as an inline SVG whose events link to their entries. The
//! teacher's edition adds each point's notes and its slide's steps (see [`super::edition`]).

use std::fmt::Write;

use super::edition::{Deck, SlideSteps, Step, TEACHER_INTRO};
use super::{Edition, date_label, listed, svg};
use crate::content::{Event, Pack, Point, PointRef};
use crate::deck::Reveal;

const CSS: &str = "body{font:16px/1.5 Georgia,serif;max-width:46em;margin:2em auto;padding:0 1em;color:#111}\
h1{font-size:1.8em;margin-bottom:.2em}h2{border-bottom:2px solid #333;margin-top:2em}\
h3{margin-bottom:.2em}.meta,.relation{color:#444;font-style:italic}a{color:#0b3d6e}\
nav ol{padding-left:1.2em}nav li{margin:.1em 0}\
blockquote{margin:.8em 0;padding:.2em 1em;border-left:4px solid #888;background:#f4f4f4}\
blockquote cite{display:block;font-size:.85em;color:#444}\
table{border-collapse:collapse;width:100%}th,td{border:1px solid #999;padding:.3em .5em;text-align:left;vertical-align:top}\
figure.timeline{margin:1em 0;max-width:none}figure.timeline figcaption{font-size:.85em;color:#444}\
@media (min-width:60em){figure.timeline{margin-left:-8em;margin-right:-8em}}\
@media print{body{margin:0;max-width:none}h2{break-before:auto}.point,tr{break-inside:avoid}\
a{color:inherit;text-decoration:none}figure.timeline{margin:0;break-inside:avoid;page-break-inside:avoid}\
svg.timeline{max-height:24cm}}";

/// The teacher's edition's own parts: dashed boxes, apart from what the class reads.
const TEACHER_CSS: &str = ".teacher{margin:.8em 0;padding:.2em 1em;border:2px dashed #555}";

/// The anchor of a point, passage, event or era: `point-energy`, `event-gas-deal-target`.
pub fn anchor(kind: &str, id: &str) -> String {
    format!("{kind}-{}", esc(id))
}

pub fn export(pack: &Pack, edition: Edition) -> String {
    let teacher = (edition == Edition::Teacher).then(|| Deck::new(pack));
    let a = &pack.article;
    let mut out = String::new();
    let _ = write!(
        out,
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <title>{}{}</title>\n<style>{CSS}{}{}</style>\n</head>\n<body>\n",
        esc(&a.title),
        if teacher.is_some() {
            " (teacher&#39;s edition)"
        } else {
            ""
        },
        svg::CSS,
        if teacher.is_some() { TEACHER_CSS } else { "" }
    );
    let _ = writeln!(out, "<h1 id=\"top\">{}</h1>", esc(&a.title));
    let authors: Vec<&str> = a.authors.iter().map(|x| x.name.as_str()).collect();
    let _ = writeln!(
        out,
        "<p class=\"meta\">{} · {} · {}{}</p>",
        esc(&authors.join(", ")),
        esc(&a.publisher),
        esc(&a.published.date.to_string()),
        if a.published.inferred {
            " (inferred)"
        } else {
            ""
        }
    );
    if let Some(q) = &a.question {
        let _ = writeln!(out, "<p><strong>Question:</strong> {}</p>", esc(q));
    }
    let _ = writeln!(out, "<p>{}</p>", esc(&a.attribution));
    if teacher.is_some() {
        let _ = writeln!(
            out,
            "<p class=\"teacher\"><strong>{}</strong></p>",
            coded(TEACHER_INTRO)
        );
    }
    contents(&mut out, pack);
    for (si, section) in pack.sections.iter().enumerate() {
        let _ = writeln!(
            out,
            "<section id=\"{}\">\n<h2>{}</h2>\n<p>{}</p>",
            anchor("section", &section.id),
            esc(&section.title),
            esc(&section.intro)
        );
        for (pi, point) in section.points.iter().enumerate() {
            let r = PointRef {
                section: si,
                point: pi,
            };
            write_point(&mut out, pack, point, teacher.as_ref().map(|d| (d, r)));
        }
        if !section.questions.is_empty() {
            let _ = writeln!(out, "<h3>Questions for discussion</h3>\n<ol>");
            for q in &section.questions {
                let _ = writeln!(out, "<li>{}</li>", esc(q));
            }
            let _ = writeln!(out, "</ol>");
        }
        if let Some(slide) = teacher.as_ref().and_then(|d| d.questions(si)) {
            let _ = writeln!(out, "<div class=\"teacher\">");
            steps(&mut out, pack, &slide);
            let _ = writeln!(out, "</div>");
        }
        let _ = writeln!(out, "</section>");
    }
    timeline(&mut out, pack);
    passages(&mut out, pack);
    let _ = writeln!(out, "</body>\n</html>");
    out
}

/// The table of contents: each section with its points, then the timeline and the passages.
fn contents(out: &mut String, pack: &Pack) {
    let _ = writeln!(out, "<nav id=\"contents\">\n<h2>Contents</h2>\n<ol>");
    for s in &pack.sections {
        let _ = writeln!(
            out,
            "<li><a href=\"#{}\">{}</a>\n<ol>",
            anchor("section", &s.id),
            esc(&s.title)
        );
        for p in &s.points {
            let _ = writeln!(
                out,
                "<li><a href=\"#{}\">{}: {}</a></li>",
                anchor("point", &p.id),
                esc(&p.label),
                esc(&p.title)
            );
        }
        let _ = writeln!(out, "</ol></li>");
    }
    let _ = writeln!(out, "<li><a href=\"#timeline\">Timeline</a></li>");
    if !pack.eras.is_empty() {
        let _ = writeln!(out, "<li><a href=\"#eras\">Eras</a></li>");
    }
    let _ = writeln!(
        out,
        "<li><a href=\"#passages\">Passages</a></li>\n</ol>\n</nav>"
    );
}

/// A link to a point, by its label (and title, if `titled`).
fn point_link(pack: &Pack, r: PointRef, titled: bool) -> Option<String> {
    let p = pack.point(r)?;
    let text = if titled {
        format!("{}: {}", p.label, p.title)
    } else {
        p.label.clone()
    };
    Some(format!(
        "<a href=\"#{}\">{}</a>",
        anchor("point", &p.id),
        esc(&text)
    ))
}

/// Links to passages, by their paragraph: "¶ 20".
fn passage_links(pack: &Pack, passages: &[usize]) -> String {
    let links: Vec<String> = passages
        .iter()
        .filter_map(|&i| pack.passage(i))
        .map(|p| {
            format!(
                "<a href=\"#{}\">¶ {}</a>",
                anchor("passage", &p.id),
                p.paragraph
            )
        })
        .collect();
    links.join(", ")
}

fn event_link(e: &Event) -> String {
    format!(
        "<a href=\"#{}\">{}</a> — {}",
        anchor("event", &e.id),
        esc(&e.title),
        esc(&date_label(e))
    )
}

/// A point; in the teacher's edition, with its notes and its slide's steps.
fn write_point(out: &mut String, pack: &Pack, point: &Point, teacher: Option<(&Deck, PointRef)>) {
    let _ = writeln!(
        out,
        "<div class=\"point\" id=\"{}\">\n<h3>{}: {}</h3>\n<p class=\"relation\">{}</p>\n\
         <p><strong>Claim.</strong> {}</p>",
        anchor("point", &point.id),
        esc(&point.label),
        esc(&point.title),
        point.kind.relation(),
        esc(&point.claim)
    );
    for para in point.explanation.split("\n\n") {
        let _ = writeln!(out, "<p>{}</p>", esc(para));
    }
    for p in point.passages.iter().filter_map(|i| pack.passage(*i)) {
        let _ = writeln!(
            out,
            "<blockquote><p>{}</p><cite><a href=\"#{}\">¶ {}</a></cite></blockquote>",
            esc(&p.text),
            anchor("passage", &p.id),
            p.paragraph
        );
    }
    let events: Vec<String> = point
        .events
        .iter()
        .filter_map(|i| pack.event(*i))
        .map(event_link)
        .collect();
    if !events.is_empty() {
        let _ = writeln!(out, "<p>Events: {}</p>", events.join("; "));
    }
    if let Some((deck, r)) = teacher {
        teacher_point(out, pack, deck, r);
    }
    let _ = writeln!(out, "</div>");
}

/// The teacher's part of a point: its notes, then its slide's steps.
fn teacher_point(out: &mut String, pack: &Pack, deck: &Deck, r: PointRef) {
    let _ = writeln!(out, "<div class=\"teacher\">");
    if let Some(notes) = pack.point(r).and_then(|p| p.notes.as_deref()) {
        for (i, para) in notes.split("\n\n").enumerate() {
            let lead = if i == 0 {
                "<strong>Teacher&#39;s notes.</strong> "
            } else {
                ""
            };
            let _ = writeln!(out, "<p>{lead}{}</p>", esc(para));
        }
    }
    if let Some(slide) = deck.point(pack, r) {
        steps(out, pack, &slide);
    }
    let _ = writeln!(out, "</div>");
}

/// A slide's steps in the deck's order, numbered as the deck counts them.
fn steps(out: &mut String, pack: &Pack, slide: &SlideSteps) {
    let _ = writeln!(
        out,
        "<p><strong>Slide {} of {}</strong>, step by step:</p>\n<ol class=\"steps\">",
        slide.number, slide.of
    );
    for step in &slide.steps {
        let words = match step {
            Step::Reveal(Reveal::Passage(p)) => pack.passage(*p).map_or_else(String::new, |p| {
                format!(
                    "the passage <a href=\"#{}\">¶ {}</a>",
                    anchor("passage", &p.id),
                    p.paragraph
                )
            }),
            _ => esc(&slide.words(pack, *step)),
        };
        let _ = writeln!(out, "<li>{words}</li>");
    }
    let _ = writeln!(out, "</ol>");
}

/// Trusted text with `code` in backticks, escaped, the backticked stretches as `<code>`.
fn coded(s: &str) -> String {
    let mut out = String::new();
    for (i, part) in s.split('`').enumerate() {
        if i % 2 == 1 {
            let _ = write!(out, "<code>{}</code>", esc(part));
        } else {
            out.push_str(&esc(part));
        }
    }
    out
}

/// The timeline: the picture to scale, then a row per event, then the eras.
fn timeline(out: &mut String, pack: &Pack) {
    let _ = writeln!(out, "<section id=\"timeline\">\n<h2>Timeline</h2>");
    let picture = svg::timeline(pack);
    if !picture.is_empty() {
        let _ = writeln!(
            out,
            "<figure class=\"timeline\">\n{picture}<figcaption>To scale; // leaves out years \
             with nothing in them. A line is a year or longer, dotted where its edges are \
             uncertain; a hollow mark is a date worked out from the text. Each event links to \
             its entry below.</figcaption>\n</figure>"
        );
    }
    let _ = writeln!(
        out,
        "<table>\n<thead><tr><th>Date</th><th>Event</th><th>Cited by</th><th>Passages</th></tr></thead>\n<tbody>"
    );
    for e in &pack.events {
        let cited: Vec<String> = e
            .points
            .iter()
            .filter_map(|r| point_link(pack, *r, false))
            .collect();
        let _ = writeln!(
            out,
            "<tr id=\"{}\"><td>{}</td><td><strong>{}</strong><br>{}{}</td><td>{}</td><td>{}</td></tr>",
            anchor("event", &e.id),
            esc(&date_label(e)),
            esc(&e.title),
            esc(&e.description),
            super::basis_note(e, |h| format!("<br><em>{}:</em>", esc(h)), esc),
            cited.join(", "),
            passage_links(pack, &e.passages)
        );
    }
    let _ = writeln!(out, "</tbody>\n</table>\n</section>");
    if pack.eras.is_empty() {
        return;
    }
    let _ = writeln!(out, "<section id=\"eras\">\n<h2>Eras</h2>");
    for era in &pack.eras {
        let _ = writeln!(
            out,
            "<div class=\"point\" id=\"{}\">\n<h3>{}</h3>\n<p class=\"relation\">{} to {}</p>",
            anchor("era", &era.id),
            esc(&era.title),
            esc(&era.start.in_words()),
            esc(&era.end.in_words())
        );
        if let Some(note) = &era.note {
            let _ = writeln!(out, "<p>{}</p>", esc(note));
        }
        let _ = writeln!(
            out,
            "<p>Passages: {}</p>\n</div>",
            passage_links(pack, &era.passages)
        );
    }
    let _ = writeln!(out, "</section>");
}

/// Every passage once, with the points quoting it and the events it dates.
fn passages(out: &mut String, pack: &Pack) {
    let _ = writeln!(out, "<section id=\"passages\">\n<h2>Passages</h2>");
    for p in &pack.passages {
        let quoted: Vec<String> = p
            .cited_by
            .iter()
            .filter_map(|r| point_link(pack, *r, true))
            .collect();
        let events: Vec<String> = p
            .events
            .iter()
            .filter_map(|&i| pack.event(i))
            .map(event_link)
            .collect();
        let _ = writeln!(
            out,
            "<blockquote id=\"{}\"><p>{}</p><cite>¶ {}{}{}</cite></blockquote>",
            anchor("passage", &p.id),
            esc(&p.text),
            p.paragraph,
            listed(" · quoted by ", &quoted, ", ", ""),
            listed(" · events: ", &events, "; ", "")
        );
    }
    let _ = writeln!(out, "</section>");
}

/// Escapes text for HTML element content and attribute values.
pub fn esc(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}
