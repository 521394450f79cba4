#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    clippy::panic
)]
//! Presentation mode through `update` and `render`: stepping, slides, notes, questions, and
//! leaving back to exactly where the reader was.

mod common;

use arglens::app::keymap::Key;
use arglens::app::state::{Slide, steps};
use arglens::app::{Action, update};
use arglens::content::PointRef;
use arglens::ui::text::render_to_string;

fn press(app: &mut arglens::app::App, action: Action, times: usize) {
    for _ in 0..times {
        update(app, action.clone());
    }
}

#[test]
fn p_starts_at_the_selected_point_and_q_returns_to_the_same_place() {
    let mut app = common::app((100, 30));
    press(&mut app, Action::Down, 6); // Reason 3
    press(&mut app, Action::FocusRight, 1);
    press(&mut app, Action::Down, 2);
    let before = app.nav.clone();
    update(&mut app, Action::TogglePresent);
    let p = app.deck.as_ref().unwrap();
    assert_eq!(
        p.current(),
        Some(Slide::Point(PointRef {
            section: 0,
            point: 6
        }))
    );
    assert_eq!(p.step, 0);
    let screen = render_to_string(&app);
    assert!(screen.contains("Reason 3 / 6"), "{screen}");
    press(&mut app, Action::NextStep, 7);
    common::key(&mut app, Key::Char('q'));
    assert!(app.deck.is_none());
    assert!(app.is_running(), "q leaves the deck, not the program");
    assert_eq!(app.nav, before);
}

#[test]
fn each_step_reveals_one_more_part_then_the_next_slide_begins() {
    let mut app = common::app((120, 40));
    update(&mut app, Action::TogglePresent);
    let pack = app.pack.clone();
    let first = pack
        .point(PointRef {
            section: 0,
            point: 0,
        })
        .unwrap();
    let n = steps(
        &pack,
        Slide::Point(PointRef {
            section: 0,
            point: 0,
        }),
    );
    assert_eq!(n, 2 + first.passages.len() + 1);

    let claim_only = render_to_string(&app);
    assert!(claim_only.contains("Xi's near-term agenda, with Moscow first"));
    assert!(!claim_only.contains("The article lists Moscow first"));
    update(&mut app, Action::NextStep);
    assert!(render_to_string(&app).contains("The article lists Moscow first"));
    update(&mut app, Action::NextStep);
    let one_passage = render_to_string(&app);
    assert!(one_passage.contains("¶ 1"));
    assert!(!one_passage.contains("Events"));
    for _ in 0..n - 3 {
        common::key(&mut app, Key::Right);
    }
    assert!(render_to_string(&app).contains("Events"));
    assert_eq!(app.deck.as_ref().unwrap().step, n - 1);
    update(&mut app, Action::NextStep);
    let p = app.deck.as_ref().unwrap();
    assert_eq!((p.slide, p.step), (1, 0));
    // Back at the start of a slide goes to the previous one, fully revealed.
    common::key(&mut app, Key::Backspace);
    let p = app.deck.as_ref().unwrap();
    assert_eq!((p.slide, p.step), (0, n - 1));
}

#[test]
fn sections_close_with_their_discussion_questions() {
    let mut app = common::app((100, 30));
    update(&mut app, Action::TogglePresent);
    let slides = app.deck.as_ref().unwrap().slides.clone();
    let pack = app.pack.clone();
    let points: usize = pack.sections.iter().map(|s| s.points.len()).sum();
    assert_eq!(slides.len(), points + 2);
    let q = slides
        .iter()
        .position(|s| *s == Slide::Questions(0))
        .unwrap();
    assert_eq!(q, pack.sections[0].points.len());
    update(&mut app, Action::Bottom);
    let screen = render_to_string(&app);
    assert!(screen.contains("Questions for discussion"), "{screen}");
    assert!(
        screen.contains("18 of 20") || screen.contains("20 of 20"),
        "{screen}"
    );
    assert!(screen.contains("alliance"), "the last question is shown");
    update(&mut app, Action::NextStep);
    assert!(
        app.status
            .message
            .as_deref()
            .unwrap()
            .contains("End of the deck")
    );
}

#[test]
fn notes_show_only_on_request() {
    let mut app = common::app((120, 40));
    update(&mut app, Action::TogglePresent);
    let note = "Open by asking the class";
    assert!(!render_to_string(&app).contains(note));
    update(&mut app, Action::ToggleNotes);
    let screen = render_to_string(&app);
    assert!(screen.contains("Teacher's notes"), "{screen}");
    assert!(screen.contains(note), "{screen}");
    update(&mut app, Action::ToggleNotes);
    assert!(!render_to_string(&app).contains(note));
}

#[test]
fn every_point_has_notes_and_every_section_questions() {
    let pack = common::pack();
    for s in &pack.sections {
        assert!(s.questions.len() >= 2, "{}", s.id);
        for p in &s.points {
            assert!(p.notes.as_deref().is_some_and(|n| n.len() > 40), "{}", p.id);
        }
    }
}

#[test]
fn slides_fit_small_and_large_screens() {
    for size in [(80, 24), (60, 16), (240, 67)] {
        let mut app = common::app(size);
        update(&mut app, Action::TogglePresent);
        for _ in 0..60 {
            let screen = render_to_string(&app);
            for line in screen.lines() {
                assert!(arglens::wrap::width(line) <= usize::from(size.0));
            }
            assert!(screen.contains(" of 20"), "{size:?}\n{screen}");
            update(&mut app, Action::NextStep);
        }
    }
}

#[test]
fn ctrl_c_quits_even_from_the_deck() {
    let mut app = common::app((80, 24));
    update(&mut app, Action::TogglePresent);
    update(&mut app, Action::Interrupt);
    assert!(!app.is_running());
}

#[test]
fn presentation_snapshots() {
    let mut app = common::app((80, 24));
    update(&mut app, Action::TogglePresent);
    update(&mut app, Action::NextStep);
    insta::assert_snapshot!("present_80x24", render_to_string(&app));
    let mut app = common::app((240, 67));
    // The last point of the first section.
    press(&mut app, Action::Bottom, 1);
    update(&mut app, Action::TogglePresent);
    press(&mut app, Action::NextStep, 2);
    insta::assert_snapshot!("present_240x67", render_to_string(&app));
}
