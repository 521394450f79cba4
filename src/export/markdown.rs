//! The Markdown handout: the article, each section with its points (claim, explanation, the
//! quoted passages with paragraph numbers, the events), then the timeline as a table.

use std::fmt::Write;

use super::{cited_by, date_label, events_of};
use crate::content::{Pack, Point};

pub fn export(pack: &Pack) -> String {
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
    for section in &pack.sections {
        let _ = writeln!(out, "## {}\n", inline(&section.title));
        let _ = writeln!(out, "{}\n", inline(&section.intro));
        for point in &section.points {
            write_point(&mut out, pack, point);
        }
        if !section.questions.is_empty() {
            let _ = writeln!(out, "### Questions for discussion\n");
            for (i, q) in section.questions.iter().enumerate() {
                let _ = writeln!(out, "{}. {}", i + 1, inline(q));
            }
            out.push('\n');
        }
    }
    let _ = writeln!(out, "## Timeline\n");
    let _ = writeln!(out, "| Date | Event | Points |");
    let _ = writeln!(out, "|---|---|---|");
    for e in &pack.events {
        let _ = writeln!(
            out,
            "| {} | {} | {} |",
            inline(&date_label(e)),
            inline(&e.title),
            inline(&cited_by(pack, e))
        );
    }
    out
}

fn write_point(out: &mut String, pack: &Pack, point: &Point) {
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
        let _ = writeln!(out, "> {}\n>\n> — ¶ {}\n", inline(&p.text), p.paragraph);
    }
    let events = events_of(pack, point);
    if !events.is_empty() {
        let _ = writeln!(out, "Events: {}\n", inline(&events));
    }
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
