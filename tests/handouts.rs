#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    clippy::panic
)]
//! The handouts' two editions: the student's has every discussion question and none of the
//! teacher's notes; the teacher's has every note and, per slide, the steps the deck reveals,
//! checked against the deck itself driven through `update`.

mod common;

use arglens::app::state::{Role, steps};
use arglens::app::views::present::next_reveal;
use arglens::app::{Action, update};
use arglens::content::Pack;
use arglens::export::{self, Edition, ExportFormat as Format};

const HANDOUTS: [Format; 2] = [Format::Markdown, Format::Html];

/// The text a reader sees in a handout, with the format's escapes undone and every run of
/// white space one space, so pack text can be looked for in it.
fn readable(out: &str, format: Format) -> String {
    let text = match format {
        Format::Html => out
            .replace("&#39;", "'")
            .replace("&quot;", "\"")
            .replace("&lt;", "<")
            .replace("&gt;", ">")
            .replace("&amp;", "&"),
        _ => out.replace('\\', ""),
    };
    one_line(&text)
}

fn one_line(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Every teacher's note of the pack, on one line each.
fn notes(pack: &Pack) -> Vec<String> {
    let notes: Vec<String> = pack
        .point_refs()
        .filter_map(|r| pack.point(r).unwrap().notes.as_deref())
        .map(one_line)
        .collect();
    assert!(notes.len() > 10, "the shipped pack has notes to leave out");
    notes
}

fn questions(pack: &Pack) -> Vec<String> {
    let questions: Vec<String> = pack
        .sections
        .iter()
        .flat_map(|s| &s.questions)
        .map(|q| one_line(q))
        .collect();
    assert!(questions.len() > 3);
    questions
}

#[test]
fn the_student_edition_has_every_question_and_no_note() {
    let pack = common::pack();
    for format in HANDOUTS {
        let out = export::export_edition(&pack, format, Edition::Student);
        assert_eq!(out, export::export(&pack, format), "the default edition");
        let text = readable(&out, format);
        for q in questions(&pack) {
            assert!(text.contains(&q), "{format:?}: {q}");
        }
        for n in notes(&pack) {
            assert!(!text.contains(&n), "{format:?}: a note shows: {n}");
        }
        assert!(!text.contains("Teacher's"), "{format:?}");
        assert!(!text.contains("step by step"), "{format:?}");
    }
}

#[test]
fn the_teacher_edition_has_every_note_and_every_question() {
    let pack = common::pack();
    for format in HANDOUTS {
        let out = export::export_edition(&pack, format, Edition::Teacher);
        let text = readable(&out, format);
        assert!(text.contains("Teacher's edition, not for the class"));
        for q in questions(&pack) {
            assert!(text.contains(&q), "{format:?}: {q}");
        }
        let notes = notes(&pack);
        for n in &notes {
            assert!(text.contains(n.as_str()), "{format:?}: {n}");
        }
        assert_eq!(text.matches("Teacher's notes.").count(), notes.len());
    }
}

/// Each slide's number and what its steps after the first reveal, as the presenter console
/// announces them ("the claim", "passage ¶ 20", "the events (3)"), pressing Space through
/// the whole deck.
fn the_deck_as_presented(pack: &Pack) -> Vec<(usize, Vec<String>)> {
    let mut app = common::app((120, 40));
    update(
        &mut app,
        Action::Present {
            at: None,
            step: 0,
            role: Role::Console,
            hide_claim: false,
        },
    );
    let mut out = Vec::new();
    loop {
        let d = app.deck.as_ref().unwrap();
        let (slide, count) = (d.slide, d.slides.len());
        let mut shown = Vec::new();
        for _ in 1..steps(pack, d, d.current().unwrap()) {
            let d = app.deck.as_ref().unwrap();
            let next = next_reveal(pack, d, 10_000);
            let next = next.strip_prefix("Next: ").unwrap();
            // A passage is announced with its text: keep its paragraph.
            shown.push(next.split(':').next().unwrap().to_string());
            update(&mut app, Action::NextStep);
        }
        out.push((slide + 1, shown));
        if slide + 1 == count {
            return out;
        }
        update(&mut app, Action::NextStep);
    }
}

/// Each slide the teacher's Markdown lists: its number and its steps after the first, links
/// reduced to their text ("the passage [¶ 20](#passage-x)" reads "the passage ¶ 20").
fn the_deck_as_listed(md: &str, count: usize) -> Vec<(usize, Vec<String>)> {
    md.split("**Slide ")
        .skip(1)
        .map(|block| {
            let (number, rest) = block.split_once(" of ").unwrap();
            assert!(rest.starts_with(&format!("{count}**, step by step:\n\n")));
            let lines: Vec<String> = rest
                .lines()
                .skip(2)
                .take_while(|l| !l.is_empty())
                .enumerate()
                .map(|(i, l)| {
                    let (n, words) = l.split_once(". ").unwrap();
                    assert_eq!(n, (i + 1).to_string());
                    let words = words.split("](#").next().unwrap().replace('[', "");
                    words.trim_start_matches("the ").to_string()
                })
                .collect();
            (number.parse().unwrap(), lines[1..].to_vec())
        })
        .collect()
}

#[test]
fn the_teacher_edition_lists_every_slides_steps_as_the_deck_reveals_them() {
    let pack = common::pack();
    let deck = the_deck_as_presented(&pack);
    let md = export::export_edition(&pack, Format::Markdown, Edition::Teacher);
    let listed = the_deck_as_listed(&md, deck.len());
    let presented: Vec<(usize, Vec<String>)> = deck
        .into_iter()
        .map(|(n, steps)| {
            let steps = steps
                .iter()
                .map(|s| s.trim_start_matches("the ").to_string())
                .collect();
            (n, steps)
        })
        .collect();
    assert_eq!(listed, presented);
    // The HTML lists the same slides, each in the same number of steps.
    let html = export::export_edition(&pack, Format::Html, Edition::Teacher);
    let html_slides: Vec<usize> = html
        .split("<ol class=\"steps\">")
        .skip(1)
        .map(|s| s[..s.find("</ol>").unwrap()].matches("<li>").count())
        .collect();
    let md_slides: Vec<usize> = md
        .split("**, step by step:\n\n")
        .skip(1)
        .map(|s| s.lines().take_while(|l| !l.is_empty()).count())
        .collect();
    assert_eq!(html_slides, md_slides);
}

#[test]
fn a_held_back_claim_is_the_first_step_in_both_formats() {
    let pack = common::pack();
    let md = export::export_edition(&pack, Format::Markdown, Edition::Teacher);
    let start = md.find("<a id=\"point-the-trip\"></a>").unwrap();
    let end = start
        + md[start..]
            .find("<a id=\"point-first-moves\"></a>")
            .unwrap();
    // The teacher's part of Context 1, whose claim the pack holds back.
    let point = &md[start..end];
    let teacher = &point[point.find("**Teacher's notes.**").unwrap()..];
    insta::assert_snapshot!("teacher_markdown_the_trip", teacher);
    let html = export::export_edition(&pack, Format::Html, Edition::Teacher);
    let start = html.find("id=\"point-the-trip\"").unwrap();
    let block = &html[start..start + html[start..].find("</ol>").unwrap()];
    let items: Vec<&str> = block
        .split("<li>")
        .skip(1)
        .map(|s| &s[..s.find("</li>").unwrap()])
        .collect();
    assert_eq!(
        items,
        [
            "the label and the title (the claim is held back)",
            "the claim",
            "the explanation",
            "the passage <a href=\"#passage-trip-itinerary\">¶ 1</a>",
            "the passage <a href=\"#passage-friends-everywhere\">¶ 2</a>",
            "the events (2)",
        ]
    );
}
