#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    clippy::panic
)]
//! The timeline tab as a time axis: `v` switches to it, ←/→ walk the events in time, `+`,
//! `-` and `0` zoom, `e` selects eras, Enter lists the citing points; drawn at the sizes people
//! use, kept as snapshots.

mod common;

use arglens::app::destination::Destination;
use arglens::app::keymap::{Key, Layer};
use arglens::app::state::TimelineView;
use arglens::app::{Action::*, App, Overlay, Tab, views};
use common::{app, assert_fits, key, pack, press, screen};

/// The axis at `size`, on the event with this id.
fn axis_at(size: (u16, u16), event: &str) -> App {
    let mut a = app(size);
    let e = a.pack.event_index(event).unwrap();
    press(&mut a, &[ToggleTimelineView, Open(Destination::Event(e))]);
    assert_eq!(views::layer(&a), Layer::Axis);
    a
}

#[test]
fn v_switches_the_timeline_tab_to_the_axis_and_back_keeping_the_selection() {
    let mut a = app((120, 40));
    press(&mut a, &[GoToTab(2), Down, Down, Down]);
    let selected = a.nav.timeline.list.selected;
    key(&mut a, Key::Char('v'));
    assert_eq!(a.prefs.timeline_view, TimelineView::Axis);
    assert_eq!(views::layer(&a), Layer::Axis);
    assert_eq!(a.nav.timeline.list.selected, selected);
    key(&mut a, Key::Char('v'));
    assert_eq!(a.prefs.timeline_view, TimelineView::List);
    assert_eq!(views::layer(&a), Layer::List);
    assert_eq!(a.nav.timeline.list.selected, selected);
}

#[test]
fn arrows_walk_the_events_in_time_and_enter_lists_who_cites_one() {
    let mut a = axis_at((120, 40), "treaty-1860");
    key(&mut a, Key::Right);
    assert_eq!(
        a.pack.events[a.nav.timeline.list.selected].id,
        "deng-reforms"
    );
    key(&mut a, Key::Left);
    key(&mut a, Key::Left);
    assert_eq!(a.nav.timeline.list.selected, 0);
    assert!(a.status.message.as_deref().unwrap().contains("first event"));
    key(&mut a, Key::End);
    assert_eq!(
        a.pack.events[a.nav.timeline.list.selected].id,
        "gas-deal-target"
    );
    key(&mut a, Key::Enter);
    let Some(Overlay::Chooser(c)) = &a.overlay else {
        panic!("no chooser")
    };
    assert_eq!(c.event, Some(a.nav.timeline.list.selected));
    assert_eq!(c.items.len(), 1);
}

#[test]
fn zoom_narrows_the_window_around_the_selection_and_zero_fits_all() {
    let mut a = axis_at((120, 40), "gorbachev-visit");
    let all = views::axis::picture(&a).unwrap().plan.window;
    press(&mut a, &[ZoomIn, ZoomIn]);
    let zoomed = views::axis::picture(&a).unwrap().plan.window;
    assert!(
        zoomed.1 - zoomed.0 < (all.1 - all.0) / 3.0,
        "{all:?} {zoomed:?}"
    );
    assert!(zoomed.0 <= 1989.4 && 1989.4 <= zoomed.1, "{zoomed:?}");
    let s = screen(&a);
    assert!(s.contains("zoom ×4"), "{s}");
    assert!(s.contains("Gorbachev visits Beijing"), "{s}");
    assert!(!s.contains("1860"), "1860 is out of the window\n{s}");
    key(&mut a, Key::Char('-'));
    assert_eq!(a.nav.axis.zoom, 1);
    key(&mut a, Key::Char('0'));
    assert_eq!(a.nav.axis.zoom, 0);
    assert_eq!(views::axis::picture(&a).unwrap().plan.window, all);
}

#[test]
fn e_selects_the_era_of_the_event_then_the_next_and_shows_its_passage() {
    let mut a = axis_at((120, 40), "deng-reforms");
    key(&mut a, Key::Char('e'));
    assert_eq!(
        a.nav.axis.era,
        Some(0),
        "the late 1970s fall in the cold war"
    );
    let s = screen(&a);
    assert!(s.contains("Era · about 1959 to May 1989"), "{s}");
    assert!(s.contains("▸The Sino-Soviet cold war"), "{s}");
    key(&mut a, Key::Char('e'));
    assert_eq!(a.nav.axis.era, Some(1));
    key(&mut a, Key::Enter);
    assert!(matches!(&a.overlay, Some(Overlay::Chooser(c)) if c.passage.is_some()));
    press(&mut a, &[Back]);
    key(&mut a, Key::Right);
    assert_eq!(a.nav.axis.era, None);
    assert_eq!(
        a.pack.events[a.nav.timeline.list.selected].id,
        "gorbachev-visit"
    );
}

#[test]
fn the_events_of_the_point_the_reader_came_from_stand_out() {
    let mut a = app((120, 40));
    // Reason 6, the gas deal, then the Timeline tab.
    let energy = a.pack.find_point("energy").unwrap();
    press(
        &mut a,
        &[
            ToggleTimelineView,
            Open(Destination::Point(energy)),
            GoToTab(2),
        ],
    );
    assert_eq!(a.nav.axis.point, Some(energy));
    let pic = views::axis::picture(&a).unwrap();
    let gas = a.pack.event_index("gas-deal-target").unwrap();
    let row = pic.shown.iter().position(|&e| e == gas).unwrap();
    assert!(pic.marked[row]);
    let cites = a.pack.point(energy).unwrap().events.len();
    assert_eq!(pic.marked.iter().filter(|m| **m).count(), cites);
    assert!(screen(&a).contains("bold: cited by R6"));
}

#[test]
fn a_click_selects_an_event_and_a_second_opens_its_citing_points() {
    let mut a = axis_at((120, 40), "treaty-1860");
    let pic = views::axis::picture(&a).unwrap();
    let (rect, _) = views::axis::shape(&a).unwrap();
    let inner = arglens::app::layout::inner(rect);
    let gorbachev = a.pack.event_index("gorbachev-visit").unwrap();
    let row = pic.shown.iter().position(|&e| e == gorbachev).unwrap();
    let label = pic
        .plan
        .texts
        .iter()
        .find(|t| t.role == arglens::axis::Role::Label { event: row })
        .unwrap();
    let (col, line) = (inner.x + label.x + 2, inner.y + label.y);
    press(&mut a, &[Click(col, line)]);
    assert_eq!(a.nav.timeline.list.selected, gorbachev);
    assert!(a.overlay.is_none());
    press(&mut a, &[Click(col, line)]);
    assert!(matches!(a.overlay, Some(Overlay::Chooser(_))));
}

#[test]
fn the_choice_of_view_is_kept_in_the_settings() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("config.toml");
    let mut prefs = app((80, 24)).prefs;
    prefs.timeline_view = TimelineView::Axis;
    arglens::cmd::config::write(&file, &prefs).unwrap();
    let (config, warning) = arglens::cmd::config::read(&file);
    assert_eq!(warning, None);
    assert_eq!(config.timeline_view, Some(TimelineView::Axis));
    let text = std::fs::read_to_string(&file).unwrap();
    assert!(text.contains("timeline_view = \"axis\""), "{text}");
}

/// The axis at the three sizes the issue names: vertical at 80×24, horizontal above.
#[test]
fn the_axis_at_80x24_120x40_and_240x67() {
    for (w, h) in [(80, 24), (120, 40), (240, 67)] {
        let a = axis_at((w, h), "gorbachev-visit");
        let s = screen(&a);
        assert_fits(&s, usize::from(w), usize::from(h));
        for text in ["1860", "≈", "Timeline ·", "May 1989"] {
            assert!(s.contains(text), "{w}x{h}: missing {text:?}\n{s}");
        }
        if w >= 100 {
            for text in [
                "The Sino-Soviet cold war",
                "● borders",
                "▲ diplomacy",
                "1990",
            ] {
                assert!(s.contains(text), "{w}x{h}: missing {text:?}\n{s}");
            }
        }
        insta::assert_snapshot!(format!("axis_{w}x{h}"), s);
    }
}

#[test]
fn the_axis_zoomed_with_an_era_selected() {
    let mut a = axis_at((120, 40), "border-demarcated");
    press(&mut a, &[ZoomIn, ZoomIn, NextEra]);
    assert_eq!(a.nav.axis.era, Some(1));
    let s = screen(&a);
    assert!(s.contains("zoom ×4"), "{s}");
    assert!(s.contains("A quarter-century of progress"), "{s}");
    insta::assert_snapshot!("axis_zoomed_era_120x40", s);
    let mut narrow = a.clone();
    press(&mut narrow, &[Resize(80, 24)]);
    insta::assert_snapshot!("axis_zoomed_era_80x24", screen(&narrow));
}

/// The mono theme tells eras, lanes and the selection apart by glyphs alone.
#[test]
fn mono_tells_eras_lanes_and_the_selection_apart_by_glyphs() {
    use arglens::ui::Theme;
    let a = axis_at((120, 40), "gorbachev-visit");
    let area = a.area();
    let mut buf = ratatui::buffer::Buffer::empty(area);
    arglens::ui::draw(&a, area, &Theme::mono(), &mut buf);
    let s = arglens::ui::text::buffer_to_string(&buf);
    assert!(s.contains("═"), "eras are double lines\n{s}");
    for lane in ['●', '■', '▲', '◆'] {
        assert!(s.contains(lane), "lane mark {lane}\n{s}");
    }
    assert!(
        s.contains("▲▸Gorbachev visits Beijing"),
        "the selection is marked\n{s}"
    );
}

#[test]
fn filtering_by_a_tag_draws_only_its_events_and_an_empty_axis_says_why() {
    let mut a = axis_at((120, 40), "gas-deal-target");
    a.filter.tag = Some("energy".into());
    press(&mut a, &[Down]);
    let pic = views::axis::picture(&a).unwrap();
    assert_eq!(pic.shown.len(), 1);
    a.filter.tag = Some("no-such-tag".into());
    press(&mut a, &[Down]);
    let s = screen(&a);
    assert!(s.contains("no events tagged"), "{s}");
    assert_eq!(a.nav.tab, Tab::Timeline);
    assert!(pack().events.len() > 1);
}
