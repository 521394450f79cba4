//! The HTML handout: the same content as the Markdown one in a single self-contained page
//! (inline CSS, no scripts, no external assets) that prints cleanly on A4 or Letter.

use std::fmt::Write;

use super::{cited_by, date_label, events_of};
use crate::content::{Pack, Point};

const CSS: &str = "body{font:16px/1.5 Georgia,serif;max-width:46em;margin:2em auto;padding:0 1em;color:#111}\
h1{font-size:1.8em;margin-bottom:.2em}h2{border-bottom:2px solid #333;margin-top:2em}\
h3{margin-bottom:.2em}.meta,.relation{color:#444;font-style:italic}\
blockquote{margin:.8em 0;padding:.2em 1em;border-left:4px solid #888;background:#f4f4f4}\
blockquote cite{display:block;font-size:.85em;color:#444}\
table{border-collapse:collapse;width:100%}th,td{border:1px solid #999;padding:.3em .5em;text-align:left;vertical-align:top}\
@media print{body{margin:0;max-width:none}h2{break-before:auto}.point{break-inside:avoid}}";

pub fn export(pack: &Pack) -> String {
    let a = &pack.article;
    let mut out = String::new();
    let _ = write!(
        out,
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n\
         <title>{}</title>\n<style>{CSS}</style>\n</head>\n<body>\n",
        esc(&a.title)
    );
    let _ = writeln!(out, "<h1>{}</h1>", esc(&a.title));
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
    for section in &pack.sections {
        let _ = writeln!(
            out,
            "<section id=\"{}\">\n<h2>{}</h2>\n<p>{}</p>",
            esc(&section.id),
            esc(&section.title),
            esc(&section.intro)
        );
        for point in &section.points {
            write_point(&mut out, pack, point);
        }
        if !section.questions.is_empty() {
            let _ = writeln!(out, "<h3>Questions for discussion</h3>\n<ol>");
            for q in &section.questions {
                let _ = writeln!(out, "<li>{}</li>", esc(q));
            }
            let _ = writeln!(out, "</ol>");
        }
        let _ = writeln!(out, "</section>");
    }
    let _ = writeln!(
        out,
        "<section id=\"timeline\">\n<h2>Timeline</h2>\n<table>\n\
         <thead><tr><th>Date</th><th>Event</th><th>Points</th></tr></thead>\n<tbody>"
    );
    for e in &pack.events {
        let _ = writeln!(
            out,
            "<tr><td>{}</td><td>{}</td><td>{}</td></tr>",
            esc(&date_label(e)),
            esc(&e.title),
            esc(&cited_by(pack, e))
        );
    }
    let _ = writeln!(out, "</tbody>\n</table>\n</section>\n</body>\n</html>");
    out
}

fn write_point(out: &mut String, pack: &Pack, point: &Point) {
    let _ = writeln!(
        out,
        "<div class=\"point\" id=\"{}\">\n<h3>{}: {}</h3>\n<p class=\"relation\">{}</p>\n\
         <p><strong>Claim.</strong> {}</p>",
        esc(&point.id),
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
            "<blockquote><p>{}</p><cite>¶ {}</cite></blockquote>",
            esc(&p.text),
            p.paragraph
        );
    }
    let events = events_of(pack, point);
    if !events.is_empty() {
        let _ = writeln!(out, "<p>Events: {}</p>", esc(&events));
    }
    let _ = writeln!(out, "</div>");
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
