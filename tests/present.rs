#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    clippy::panic
)]
//! Presentation mode through `update` and `render`: stepping, jumping, the index, blanking,
//! scrolling, held-back claims, the two screens (the audience's never shows notes, the
//! console's always does), and leaving back to exactly where the reader was.

mod common;

use arglens::app::keymap::Key;
use arglens::app::state::{Role, Room, Slide, steps};
use arglens::app::views::present::layout::{big_font, plain, slide_layout};
use arglens::app::{Action, App, update};
use arglens::content::PointRef;
use arglens::ui::text::render_to_string;

fn press(app: &mut App, action: Action, times: usize) {
    for _ in 0..times {
        update(app, action.clone());
    }
}

/// A deck on `role`'s screen at `size`, at the first slide.
fn deck(size: (u16, u16), role: Role, hide_claim: bool) -> App {
    let mut app = common::app(size);
    update(
        &mut app,
        Action::Present {
            at: None,
            step: 0,
            role,
            hide_claim,
        },
    );
    app
}

fn at(app: &App) -> (usize, usize) {
    let d = app.deck.as_ref().unwrap();
    (d.slide, d.step)
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
    let r3 = PointRef {
        section: 0,
        point: 6,
    };
    assert_eq!(p.current(), Some(Slide::Point(r3)));
    assert_eq!(p.step, 0);
    let screen = render_to_string(&app);
    assert!(screen.contains("Why Moscow? › Reason 3"), "{screen}");
    assert!(screen.contains("slide 7 of 20 · step 1 of"), "{screen}");
    press(&mut app, Action::NextStep, 7);
    common::key(&mut app, Key::Char('q'));
    assert!(app.deck.is_none());
    assert!(app.is_running(), "q leaves the deck, not the program");
    assert_eq!(app.nav, before);
}

#[test]
fn each_step_reveals_one_more_part_then_the_next_slide_begins() {
    let mut app = deck((120, 40), Role::Audience, false);
    // Reason 1: its claim shows with its title.
    press(&mut app, Action::Number(5), 1);
    update(&mut app, Action::NextStep);
    assert_eq!(at(&app), (4, 0));
    let pack = app.pack.clone();
    let r1 = pack
        .point(PointRef {
            section: 0,
            point: 4,
        })
        .unwrap();
    let d = app.deck.as_ref().unwrap();
    let n = steps(&pack, d, d.current().unwrap());
    assert_eq!(
        n,
        2 + r1.passages.len() + usize::from(!r1.events.is_empty())
    );
    let words = |s: &str| s.split_whitespace().collect::<Vec<_>>().join(" ");
    let first = words(&render_to_string(&app));
    assert!(first.contains(&words(&r1.claim)[..40]), "{first}");
    assert!(!first.contains(&words(&r1.explanation)[..40]));
    update(&mut app, Action::NextStep);
    assert!(words(&render_to_string(&app)).contains(&words(&r1.explanation)[..40]));
    for _ in 0..n - 2 {
        common::key(&mut app, Key::Right);
    }
    assert_eq!(at(&app), (4, n - 1));
    update(&mut app, Action::NextStep);
    assert_eq!(at(&app), (5, 0));
    // Back at the start of a slide goes to the previous one, fully revealed.
    common::key(&mut app, Key::Backspace);
    assert_eq!(at(&app), (4, n - 1));
}

#[test]
fn a_held_back_claim_waits_for_the_first_step() {
    let pack = common::pack();
    let c1 = pack
        .point(PointRef {
            section: 0,
            point: 0,
        })
        .unwrap();
    assert!(c1.reveal_claim, "the pack holds Context 1's claim back");
    let claim: String = c1
        .claim
        .split_whitespace()
        .take(5)
        .collect::<Vec<_>>()
        .join(" ");
    let flat = |a: &App| {
        render_to_string(a)
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
    };
    let mut app = deck((120, 40), Role::Audience, false);
    assert!(!flat(&app).contains(&claim), "held back by the pack");
    update(&mut app, Action::NextStep);
    assert!(flat(&app).contains(&claim));
    // --hide-claim does the same for every point.
    let mut app = deck((120, 40), Role::Audience, true);
    press(&mut app, Action::Number(5), 1);
    update(&mut app, Action::NextStep);
    let r1 = pack
        .point(PointRef {
            section: 0,
            point: 4,
        })
        .unwrap();
    let claim: String = r1
        .claim
        .split_whitespace()
        .take(5)
        .collect::<Vec<_>>()
        .join(" ");
    assert!(!flat(&app).contains(&claim));
    update(&mut app, Action::NextStep);
    assert!(flat(&app).contains(&claim));
}

#[test]
fn digits_then_g_or_enter_jump_and_the_index_lists_every_slide() {
    let mut app = deck((100, 30), Role::Audience, false);
    for k in ['1', '2', 'G'] {
        common::key(&mut app, Key::Char(k));
    }
    assert_eq!(at(&app), (11, 0));
    common::key(&mut app, Key::Char('3'));
    common::key(&mut app, Key::Enter);
    assert_eq!(at(&app), (2, 0));
    for k in ['9', '9', 'G'] {
        common::key(&mut app, Key::Char(k));
    }
    assert_eq!(at(&app), (2, 0), "no slide 99");
    assert!(
        app.status
            .message
            .as_deref()
            .unwrap()
            .contains("no slide 99")
    );
    // G alone is the last slide; g the first.
    common::key(&mut app, Key::Char('G'));
    assert_eq!(at(&app).0, 19);
    common::key(&mut app, Key::Char('g'));
    assert_eq!(at(&app).0, 0);
    // The index: every slide by label and title; Enter goes to the one chosen.
    common::key(&mut app, Key::Char('i'));
    let screen = render_to_string(&app);
    assert!(screen.contains("Slides"), "{screen}");
    assert!(
        screen.contains("C2 · A leader who chooses symbols with care"),
        "{screen}"
    );
    press(&mut app, Action::Down, 3);
    update(&mut app, Action::Activate);
    assert!(app.overlay.is_none());
    assert_eq!(at(&app), (3, 0));
    common::key(&mut app, Key::Ctrl('p'));
    update(&mut app, Action::Back);
    assert!(
        app.overlay.is_none() && app.deck.is_some(),
        "Esc closes the index only"
    );
}

#[test]
fn b_blanks_the_audience_screen_and_the_console_says_so() {
    let mut app = deck((100, 30), Role::Audience, false);
    common::key(&mut app, Key::Char('b'));
    let screen = render_to_string(&app);
    assert!(
        screen.trim().is_empty(),
        "nothing on a blank screen:\n{screen}"
    );
    common::key(&mut app, Key::Char('b'));
    assert!(render_to_string(&app).contains("Context 1"));
    let mut console = deck((120, 40), Role::Console, false);
    update(
        &mut console,
        Action::JoinRoom(Room {
            slide: 4,
            step: 1,
            blank: true,
        }),
    );
    let screen = render_to_string(&console);
    assert!(screen.contains("AUDIENCE SCREEN BLANK"), "{screen}");
    assert!(screen.contains("slide 5 of 20 · step 2 of"), "{screen}");
}

#[test]
fn notes_never_show_on_the_audience_screen_and_always_on_the_console() {
    let note = "Open by asking the class";
    let mut app = deck((120, 40), Role::Audience, false);
    assert!(!render_to_string(&app).contains(note));
    common::key(&mut app, Key::Char('n'));
    let screen = render_to_string(&app);
    assert!(!screen.contains(note), "{screen}");
    assert!(screen.contains("arglens console"), "{screen}");
    press(&mut app, Action::NextStep, 6);
    assert!(!render_to_string(&app).contains("Teacher's notes"));
    let console = deck((120, 40), Role::Console, false);
    let screen = render_to_string(&console);
    assert!(screen.contains("Teacher's notes"), "{screen}");
    assert!(screen.contains(note), "{screen}");
    assert!(screen.contains("Next: the claim"), "{screen}");
    assert!(screen.contains("Discussion questions"), "{screen}");
}

#[test]
fn a_slide_too_long_for_the_screen_keeps_the_newest_step_and_scrolls_by_hand() {
    let mut app = deck((80, 24), Role::Audience, false);
    press(&mut app, Action::Number(1), 1);
    press(&mut app, Action::Number(0), 1);
    update(&mut app, Action::NextStep); // Reason 6
    press(&mut app, Action::NextStep, 4);
    let screen = render_to_string(&app);
    assert!(screen.contains("↑ more"), "{screen}");
    assert!(
        !screen.contains("Hectic negotiations"),
        "scrolled to the newest step"
    );
    press(&mut app, Action::Up, 40);
    let screen = render_to_string(&app);
    assert!(screen.contains("Hectic negotiations"), "{screen}");
    assert!(screen.contains("↓ more"), "{screen}");
    // Scrolling back stops at the top; the next step comes back to the newest.
    let back = app.deck.as_ref().unwrap().scroll_back;
    update(&mut app, Action::Up);
    assert_eq!(app.deck.as_ref().unwrap().scroll_back, back);
    update(&mut app, Action::PrevStep);
    assert_eq!(app.deck.as_ref().unwrap().scroll_back, None);
}

#[test]
fn the_longest_title_is_drawn_whole_in_big_letters_from_100x30() {
    let pack = common::pack();
    let longest = pack
        .sections
        .iter()
        .flat_map(|s| s.points.iter().enumerate().map(move |(i, p)| (s, i, p)))
        .max_by_key(|(_, _, p)| p.title.len())
        .unwrap();
    let section = pack
        .sections
        .iter()
        .position(|s| s.id == longest.0.id)
        .unwrap();
    for size in [(100, 30), (120, 40), (240, 67)] {
        let area = ratatui::layout::Rect::new(0, 0, size.0, size.1);
        assert!(big_font(&pack, area).is_some(), "{size:?}");
        let mut app = common::app(size);
        update(
            &mut app,
            Action::Present {
                at: Some(PointRef {
                    section,
                    point: longest.1,
                }),
                step: 0,
                role: Role::Audience,
                hide_claim: false,
            },
        );
        let l = slide_layout(&pack, app.deck.as_ref().unwrap(), area);
        assert!(l.font.is_some());
        assert_eq!(
            l.title_lines.join(" "),
            plain(&longest.2.title),
            "never cut"
        );
        let screen = render_to_string(&app);
        let title_rows: Vec<&str> = screen
            .lines()
            .skip(usize::from(l.title.y))
            .take(usize::from(l.title.height))
            .collect();
        assert!(
            title_rows
                .iter()
                .any(|r| r.contains('▀') || r.contains('█')),
            "{size:?}\n{screen}"
        );
        if size == (100, 30) {
            insta::assert_snapshot!("present_longest_title_100x30", screen);
        }
    }
    assert!(big_font(&pack, ratatui::layout::Rect::new(0, 0, 99, 30)).is_none());
}

#[test]
fn sections_close_with_their_discussion_questions() {
    let mut app = deck((100, 30), Role::Audience, false);
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
    assert!(screen.contains("slide 20 of 20"), "{screen}");
    assert!(screen.contains("alliance"), "the last question is shown");
    update(&mut app, Action::NextStep);
    let said = app.status.message.as_deref().unwrap();
    assert!(said.contains("End of the deck"));
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
fn slides_fit_small_and_large_screens_on_both_screens() {
    for size in [(80, 24), (60, 16), (100, 30), (240, 67)] {
        for role in [Role::Audience, Role::Console] {
            let mut app = deck(size, role, false);
            for _ in 0..70 {
                let screen = render_to_string(&app);
                for line in screen.lines() {
                    assert!(arglens::wrap::width(line) <= usize::from(size.0));
                }
                assert!(screen.contains(" of 20"), "{size:?} {role:?}\n{screen}");
                update(&mut app, Action::NextStep);
            }
        }
    }
}

#[test]
fn ctrl_c_quits_even_from_the_deck() {
    let mut app = deck((80, 24), Role::Audience, false);
    update(&mut app, Action::Interrupt);
    assert!(!app.is_running());
}

#[test]
fn presentation_snapshots() {
    for (size, name) in [
        ((80, 24), "present_80x24"),
        ((100, 30), "present_100x30"),
        ((120, 40), "present_120x40"),
        ((240, 67), "present_240x67"),
    ] {
        let mut app = deck(size, Role::Audience, false);
        // Reason 2, the claim and explanation and its first passage revealed.
        press(&mut app, Action::Number(6), 1);
        update(&mut app, Action::NextStep);
        press(&mut app, Action::NextStep, 2);
        insta::assert_snapshot!(name, render_to_string(&app));
    }
    let mut console = deck((120, 40), Role::Console, false);
    update(&mut console, Action::NextStep);
    insta::assert_snapshot!("console_120x40", render_to_string(&console));
}
