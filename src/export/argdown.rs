//! The Argdown export (https://argdown.org): the article's question is the main statement,
//! each section a heading, each point an argument whose text is its claim, related to the
//! question by its kind (reasons and context support it, pitfalls and objections attack it),
//! with the point's tags as Argdown tags.

use std::fmt::Write;

use crate::content::{Kind, Pack};

/// The title of the main statement.
const QUESTION: &str = "Question";

pub fn export(pack: &Pack) -> String {
    let a = &pack.article;
    let mut out = String::new();
    let _ = writeln!(out, "# {}\n", text(&a.title));
    let question = a
        .question
        .clone()
        .unwrap_or_else(|| format!("What does \"{}\" argue?", a.title));
    let _ = writeln!(out, "[{QUESTION}]: {}\n", text(&question));
    for section in &pack.sections {
        let _ = writeln!(out, "## {}\n", text(&section.title));
        for point in &section.points {
            let tags: String = point
                .tags
                .iter()
                .map(|t| format!(" #({})", title(t)))
                .collect();
            let _ = writeln!(
                out,
                "<{}>: {}{tags}\n  {} [{QUESTION}]\n",
                argument_title(&point.label, &point.title),
                text(&point.claim),
                relation(point.kind),
            );
        }
    }
    out
}

/// Argdown's relation symbol from an argument to the statement it bears on.
pub fn relation(kind: Kind) -> &'static str {
    match kind {
        Kind::Context | Kind::Reason | Kind::Evidence | Kind::Conclusion => "+>",
        Kind::Pitfall | Kind::Objection => "->",
    }
}

/// "Reason 3 - Seeking support against Japan": unique because labels are.
fn argument_title(label: &str, point_title: &str) -> String {
    title(&format!("{label} - {point_title}"))
}

/// Text for a title inside `<…>` or `#(…)`: brackets that would close it are replaced.
fn title(s: &str) -> String {
    text(s)
        .chars()
        .map(|c| match c {
            '<' | '[' | '(' => '‹',
            '>' | ']' | ')' => '›',
            c => c,
        })
        .collect()
}

/// Text on one line, without the characters Argdown gives meaning to inside a description
/// (tags, mentions, links, inline formatting).
fn text(s: &str) -> String {
    s.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .chars()
        .map(|c| match c {
            '#' => '♯',
            '@' => '＠',
            '[' => '(',
            ']' => ')',
            '<' => '‹',
            '>' => '›',
            '*' | '_' => ' ',
            '{' => '(',
            '}' => ')',
            c => c,
        })
        .collect()
}
