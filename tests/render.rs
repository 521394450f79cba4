#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    clippy::panic
)]
//! Every view drawn through ratatui's `TestBackend`, at 80x24 and at 240x67, checked for the
//! text a reader must see and kept as snapshots so any change to the screen is reviewed.

mod common;

use arglens::app::{Action::*, App};
use common::{app, assert_fits, press, screen};

fn at(size: (u16, u16), actions: &[arglens::app::Action]) -> String {
    let mut a = app(size);
    press(&mut a, actions);
    screen(&a)
}

#[test]
fn why_moscow_80x24() {
    let s = at((80, 24), &[]);
    assert_fits(&s, 80, 24);
    for text in [
        "1 Why Moscow?",
        "2 Potential Pitfalls",
        "3 Timeline",
        "C1 The trip",
        "R6 A possible gas deal",
        "Claim",
        "Timeline",
        "Why Moscow? › point 1 of 10 · Context 1",
        "q quit",
    ] {
        assert!(s.contains(text), "missing {text:?}\n{s}");
    }
    insta::assert_snapshot!(s);
}

#[test]
fn why_moscow_240x67_shows_the_side_timeline_and_the_whole_detail() {
    let s = at((240, 67), &[Down, Down, Down, Down, Down, Down]);
    assert_fits(&s, 240, 67);
    for text in [
        "Reason 3 · supports",
        "Seeking support against Japan",
        "¶ 16",
        "¶ 17",
        "1860",
        "end of 2013",
        "Why Moscow? › point 7 of 10 · Reason 3",
    ] {
        assert!(s.contains(text), "missing {text:?}\n{s}");
    }
    insta::assert_snapshot!(s);
}

#[test]
fn pitfalls_80x24() {
    let s = at((80, 24), &[NextTab, Down, Down]);
    assert_fits(&s, 80, 24);
    for text in [
        "P3 Lingering",
        "Pitfall 3 · qualifies",
        "Potential Pitfalls › point 3 of 8 · Pitfall 3",
        "● 1860",
    ] {
        assert!(s.contains(text), "missing {text:?}\n{s}");
    }
    insta::assert_snapshot!(s);
}

#[test]
fn pitfalls_240x67() {
    let s = at((240, 67), &[GoToTab(1), Bottom, Activate]);
    assert_fits(&s, 240, 67);
    assert!(s.contains("Same bed, different dreams"));
    assert!(s.contains("¶ 32"), "the passage shows its paragraph\n{s}");
    assert!(
        s.contains("The Kremlin, while fully recognizing"),
        "the passage is quoted verbatim\n{s}"
    );
    insta::assert_snapshot!(s);
}

#[test]
fn timeline_80x24() {
    let s = at((80, 24), &[GoToTab(2), Down, Down, Down]);
    assert_fits(&s, 80, 24);
    for text in [
        "May 1989",
        "Gorbachev visits Beijing",
        "The text says: “May 1989”",
        "Timeline › event 4 of",
        "· May 1989 ·",
    ] {
        assert!(s.contains(text), "missing {text:?}\n{s}");
    }
    insta::assert_snapshot!(s);
}

#[test]
fn timeline_240x67_marks_inferred_dates() {
    let s = at((240, 67), &[GoToTab(2), Bottom, Up, Up]);
    assert_fits(&s, 240, 67);
    assert!(
        s.contains("late March 2013 (date worked out from the text)"),
        "{s}"
    );
    assert!(s.contains("Date worked out:"));
    assert!(s.contains("Cited by (7)"));
    insta::assert_snapshot!(s);
}

#[test]
fn help_lists_every_binding_of_the_layer_it_was_opened_from() {
    use arglens::app::keymap::{Layer, layer_bindings};
    let s = at((100, 60), &[ToggleHelp]);
    // Long descriptions wrap under their column: read the text inside the border as one.
    let inside: Vec<&str> = s
        .lines()
        .map(|l| l.trim_matches(|c: char| c == '┃' || c.is_whitespace()))
        .collect();
    let flowing = inside
        .join(" ")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    for b in layer_bindings(Layer::List).chain(layer_bindings(Layer::Global)) {
        let help = b.help.replace('`', "");
        assert!(flowing.contains(&help), "help lacks {help:?}\n{s}");
    }
    assert!(
        !s.contains("Reveal the next step"),
        "presentation keys are not listed in the explorer's help\n{s}"
    );
    insta::assert_snapshot!(s);
}

#[test]
fn help_80x24() {
    let s = at((80, 24), &[ToggleHelp]);
    assert_fits(&s, 80, 24);
    insta::assert_snapshot!(s);
}

#[test]
fn about_shows_authors_and_attribution() {
    let s = at((100, 40), &[ToggleAbout]);
    for text in [
        "Douglas H. Paal",
        "Dmitri Trenin",
        "Carnegie Endowment",
        "(inferred)",
    ] {
        assert!(s.contains(text), "missing {text:?}\n{s}");
    }
}

#[test]
fn passage_view_shows_the_quotation_and_who_cites_it() {
    // Enter opens the point, Enter again follows its first link into the source, and a third
    // Enter lists the points citing it.
    let s = at((80, 24), &[Activate, Activate, Activate]);
    assert_fits(&s, 80, 24);
    for text in ["Passage", "¶ 1", "China’s new leader", "Cited by 1 point"] {
        assert!(s.contains(text), "missing {text:?}\n{s}");
    }
    insta::assert_snapshot!(s);
}

#[test]
fn too_small_says_so_at_every_tiny_size() {
    for (w, h) in [(0, 0), (1, 1), (10, 3), (59, 30), (100, 15)] {
        let s = at((w, h), &[]);
        if w >= 20 && h >= 2 {
            assert!(s.contains("terminal too small"), "{w}x{h}:\n{s}");
            assert!(s.contains("need 60×16"), "{w}x{h}:\n{s}");
        }
    }
    assert!(at((60, 16), &[]).contains("Why Moscow?"));
}

#[test]
fn cjk_and_cyrillic_wrap_inside_their_pane() {
    let (_tmp, pack) = common::pack_copy();
    common::edit(
        &pack,
        "sections/why-moscow.yaml",
        "title: The trip and its message",
        "title: 习近平访问莫斯科，与普京会谈 Путин встречает Си Цзиньпина",
    );
    common::edit(
        &pack,
        "sections/why-moscow.yaml",
        "claim: Xi's near-term agenda",
        "claim: 习近平主席将于三月下旬访问莫斯科，这是他作为国家主席的首次出访。Путин и Си Цзиньпин обсудят газ. Xi's near-term agenda",
    );
    let checked = arglens::content::load_dir(&pack).unwrap();
    let mut a = App::new(std::sync::Arc::new(checked.pack), (80, 24));
    press(&mut a, &[Activate]);
    let s = screen(&a);
    println!("{s}");
    assert_fits(&s, 80, 24);
    assert!(s.contains("习近平访问莫斯科"), "{s}");
    assert!(s.contains("Путин"), "{s}");
    // Every detail row stays inside the pane's borders.
    for line in s.lines().skip(2).take(12) {
        assert!(
            line.ends_with('┃') || line.ends_with('│'),
            "row spills out of its pane: {line:?}"
        );
    }
}
