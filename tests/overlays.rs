#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    clippy::panic
)]
//! What is drawn over the tabs: where overlays sit at every size, that they paint their own
//! background, and the small courtesies of lists that are empty or choosers in the source.

mod common;

use arglens::app::Action::*;
use arglens::app::layout::overlay;
use arglens::app::theme_name::ThemeName;
use arglens::app::views::{source, tags};
use arglens::ui::Theme;
use common::{app, pack, press, screen};
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;

#[test]
fn overlays_stay_between_the_tab_bar_and_the_status_line_at_every_size() {
    for h in 16..=80u16 {
        for w in 60..=300u16 {
            let area = Rect::new(0, 0, w, h);
            for content in [1, 10, 500] {
                let r = overlay(area, content);
                let case = format!("{w}x{h}, {content} lines");
                assert!(r.y >= 1, "{case}: over the tab bar");
                assert!(r.bottom() <= h - 2, "{case}: over the status line");
                assert!(r.right() <= w, "{case}: off the screen");
                // Narrow terminals give the overlay the whole width rather than thin margins.
                let margin = w - r.width;
                assert!(margin == 0 || margin >= 40, "{case}: margins of {margin}");
                assert!(r.height >= 3.min(h - 3), "{case}: too short");
            }
        }
    }
}

#[test]
fn overlays_paint_the_theme_background_over_what_is_behind_them() {
    let mut a = app((120, 40));
    press(&mut a, &[SetTheme(ThemeName::Light), ToggleHelp]);
    let theme = Theme::named(ThemeName::Light);
    let mut buf = Buffer::empty(a.area());
    arglens::ui::draw(&a, a.area(), &theme, &mut buf);
    let r = arglens::app::views::pages::current(&a).unwrap().3;
    // Inside the border, every cell has the theme's background, blank ones included.
    for y in r.y + 1..r.bottom() - 1 {
        for x in r.x + 1..r.right() - 1 {
            assert_eq!(buf[(x, y)].bg, theme.base.bg.unwrap(), "cell {x},{y}");
        }
    }
}

#[test]
fn an_empty_list_under_a_tag_says_which_tabs_have_some() {
    let p = pack();
    // A tag no point of the first section carries, but some other tab does.
    let tag = arglens::app::filter::tags(&p)
        .into_iter()
        .map(|(t, _)| t)
        .find(|t| !p.sections[0].points.iter().any(|x| x.tags.contains(t)))
        .expect("a tag missing from the first section");
    let mut a = app((120, 40));
    tags::set(&mut a, Some(tag.clone()));
    let s = screen(&a);
    let elsewhere = arglens::app::filter::tabs_with(&p, &tag);
    assert!(!elsewhere.is_empty());
    let flowing = s.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(
        flowing.contains(&format!("no points tagged “{tag}” here")),
        "{s}"
    );
    assert!(
        flowing.contains(&elsewhere[0]),
        "names {:?}: {s}",
        elsewhere[0]
    );
}

#[test]
fn s_in_a_chooser_over_the_source_closes_it_without_a_history_step() {
    let mut a = app((120, 40));
    // Into the source view at a passage, then Enter on it lists the points citing it.
    press(&mut a, &[ToggleSource]);
    let history = a.history.back_stack().len();
    let nav = *a.nav.source().unwrap();
    press(&mut a, &[Down, Activate]);
    if a.overlay.is_none() {
        // The first link was not a quotation with a chooser; nothing to test from here.
        panic!("Enter on a quotation in the source opens the chooser");
    }
    press(&mut a, &[ToggleSource]);
    assert!(a.overlay.is_none(), "the chooser closed");
    assert!(source::current(&a).is_some(), "still in the source");
    assert_eq!(a.history.back_stack().len(), history, "no history step");
    assert_eq!(
        a.nav.source().unwrap().passage.is_some(),
        nav.passage.is_some()
    );
}
