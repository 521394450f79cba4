#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    clippy::panic
)]
//! Behaviour of the explorer, driven through `update` with no terminal.

mod common;

use arglens::app::doc::Target;
use arglens::app::state::Focus;
use arglens::app::{Action::*, Overlay, Page, Tab};
use common::{app, press};

#[test]
fn opens_on_the_first_section_at_its_first_point() {
    let a = app((80, 24));
    assert_eq!(a.nav.tab, Tab::Section(0));
    assert_eq!(
        arglens::app::status::location(&a),
        "Why Moscow? › point 1 of 10 · Context 1 · The trip and its message"
    );
}

#[test]
fn status_line_counts_positions_within_the_section() {
    let mut a = app((80, 24));
    press(&mut a, &[Down, Down, Down, Down, Down, Down]);
    let s = &a.pack.sections[0];
    let p = &s.points[6];
    let want = format!(
        "{} › point 7 of {} · {} · {}",
        s.title,
        s.points.len(),
        p.label,
        p.title
    );
    assert_eq!(arglens::app::status::location(&a), want);
}

#[test]
fn list_movement_stays_inside_the_list() {
    let mut a = app((80, 24));
    let last = a.pack.sections[0].points.len() - 1;
    press(&mut a, &[Up, Up]);
    assert_eq!(a.nav.sections[0].list.selected, 0);
    press(&mut a, &[Bottom]);
    assert_eq!(a.nav.sections[0].list.selected, last);
    press(&mut a, &[Down, PageDown]);
    assert_eq!(a.nav.sections[0].list.selected, last);
    press(&mut a, &[Top]);
    assert_eq!(a.nav.sections[0].list.selected, 0);
    press(&mut a, &[PageDown]);
    assert!(a.nav.sections[0].list.selected > 1);
}

#[test]
fn tabs_cycle_and_jump_by_number() {
    let mut a = app((80, 24));
    press(&mut a, &[NextTab]);
    assert_eq!(a.nav.tab, Tab::Section(1));
    press(&mut a, &[NextTab]);
    assert_eq!(a.nav.tab, Tab::Timeline);
    press(&mut a, &[NextTab]);
    assert_eq!(a.nav.tab, Tab::Section(0));
    press(&mut a, &[PrevTab]);
    assert_eq!(a.nav.tab, Tab::Timeline);
    press(&mut a, &[GoToTab(1)]);
    assert_eq!(a.nav.tab, Tab::Section(1));
    press(&mut a, &[GoToTab(7)]);
    assert_eq!(a.nav.tab, Tab::Section(1));
    assert_eq!(a.status.message.as_deref(), Some("there is no tab 8"));
}

#[test]
fn each_tab_keeps_its_own_selection() {
    let mut a = app((80, 24));
    press(&mut a, &[Down, Down, NextTab, Down, PrevTab]);
    assert_eq!(a.nav.sections[0].list.selected, 2);
    assert_eq!(a.nav.sections[1].list.selected, 1);
}

#[test]
fn focus_moves_between_panes_and_the_timeline_pane_can_be_hidden() {
    let mut a = app((80, 24));
    press(&mut a, &[FocusRight]);
    assert_eq!(a.nav.focus, Focus::Detail);
    press(&mut a, &[FocusRight]);
    assert_eq!(a.nav.focus, Focus::Timeline);
    press(&mut a, &[FocusRight]);
    assert_eq!(a.nav.focus, Focus::Timeline);
    press(&mut a, &[ToggleTimeline]);
    assert!(!a.prefs.show_timeline);
    assert_eq!(a.nav.focus, Focus::List, "focus leaves a hidden pane");
    press(&mut a, &[FocusRight, FocusRight]);
    assert_eq!(a.nav.focus, Focus::Detail);
    press(&mut a, &[FocusLeft, FocusLeft]);
    assert_eq!(a.nav.focus, Focus::List);
}

#[test]
fn down_in_the_detail_pane_reaches_every_link() {
    let mut a = app((80, 24));
    press(&mut a, &[Activate]);
    assert_eq!(a.nav.focus, Focus::Detail);
    let doc = arglens::app::views::panes::detail_doc(&a);
    let mut seen = Vec::new();
    for _ in 0..200 {
        press(&mut a, &[Down]);
        if let Some(l) = a.nav.sections[0].detail.selected
            && !seen.contains(&l)
        {
            seen.push(l);
        }
    }
    assert_eq!(
        seen,
        (0..doc.links.len()).collect::<Vec<_>>(),
        "links in order, none skipped"
    );
    // Scrolled to the end of the document, as tall as the detail pane is inside its border.
    let (_, detail) = a.screen().unwrap().panes();
    let rows = usize::from(detail.height) - 2;
    assert_eq!(a.nav.sections[0].detail.scroll, doc.height() - rows);
}

#[test]
fn enter_on_a_passage_shows_it_in_the_source_then_the_points_citing_it() {
    let mut a = app((100, 30));
    press(&mut a, &[Activate]);
    // Down reads line by line until the first link, a quotation, comes into view.
    while a.nav.sections[0].detail.selected.is_none() {
        press(&mut a, &[Down]);
    }
    let doc = arglens::app::views::panes::detail_doc(&a);
    let link = a.nav.sections[0].detail.selected.unwrap();
    let Target::Passage(passage) = doc.links[link].target else {
        panic!("not a passage: {:?}", doc.links[link])
    };
    press(&mut a, &[Activate]);
    let Some(arglens::app::FullView::Source(s)) = &a.nav.view else {
        panic!("no source view: {:?}", a.nav.view)
    };
    assert_eq!(s.passage, Some(passage));
    press(&mut a, &[Activate]);
    let Some(Overlay::Chooser(c)) = &a.overlay else {
        panic!("no chooser: {:?}", a.overlay)
    };
    assert!(c.passage.is_some());
    assert!(!c.items.is_empty());
    assert_eq!(c.passage, Some(passage));
    press(&mut a, &[Activate]);
    assert!(a.overlay.is_none());
    assert!(a.nav.view.is_none());
    assert_eq!(a.history.back_stack().len(), 2);
}

#[test]
fn following_an_event_and_coming_back_restores_the_place() {
    let mut a = app((100, 30));
    // Context 3 links four events.
    press(&mut a, &[Down, Down, Activate]);
    for _ in 0..30 {
        press(&mut a, &[Down]);
    }
    let doc = arglens::app::views::panes::detail_doc(&a);
    let link = a.nav.sections[0].detail.selected.unwrap();
    let Target::Event(e) = doc.links[link].target else {
        panic!("last link is not an event")
    };
    let before = a.nav.clone();
    press(&mut a, &[Activate]);
    assert_eq!(a.nav.tab, Tab::Timeline);
    assert_eq!(a.nav.timeline.list.selected, e);
    press(&mut a, &[Back]);
    assert_eq!(
        a.nav, before,
        "back restores tab, selection, focus and scroll"
    );
    assert_eq!(a.history.forward_stack().len(), 1);
    let at_event = {
        let mut b = a.clone();
        press(&mut b, &[arglens::app::Action::Forward]);
        b
    };
    assert_eq!(at_event.nav.tab, Tab::Timeline);
    assert_eq!(at_event.nav.timeline.list.selected, e);
    assert!(at_event.history.forward_stack().is_empty());
    assert_eq!(
        at_event.history.back_stack().last(),
        Some(&before),
        "forward then back lands here again"
    );
    // With nothing ahead, forward says so and stays put.
    let mut c = at_event.clone();
    press(&mut c, &[arglens::app::Action::Forward]);
    assert_eq!(c.nav, at_event.nav);
    assert_eq!(
        c.status.message.as_deref(),
        Some("nothing to go forward to")
    );
}

#[test]
fn enter_on_a_timeline_event_lists_its_points_and_jumps() {
    let mut a = app((80, 24));
    press(&mut a, &[GoToTab(2)]);
    let gas = a.pack.event_index("gas-deal-target").unwrap();
    press(&mut a, &[Bottom]);
    assert_eq!(a.nav.timeline.list.selected, gas);
    press(&mut a, &[Activate]);
    let Some(Overlay::Chooser(c)) = &a.overlay else {
        panic!("no chooser")
    };
    assert_eq!(c.event, Some(gas));
    press(&mut a, &[Activate]);
    assert_eq!(
        arglens::app::status::location(&a),
        "Why Moscow? › point 10 of 10 · Reason 6 · A possible gas deal"
    );
    press(&mut a, &[Back]);
    assert_eq!(a.nav.tab, Tab::Timeline);
    assert_eq!(a.nav.timeline.list.selected, gas);
}

#[test]
fn esc_closes_an_overlay_before_going_back() {
    let mut a = app((80, 24));
    press(&mut a, &[GoToTab(2), Activate]);
    assert!(a.overlay.is_some());
    press(&mut a, &[Back]);
    assert!(a.overlay.is_none());
    assert_eq!(a.nav.tab, Tab::Timeline);
    press(&mut a, &[Back]);
    assert_eq!(a.status.message.as_deref(), Some("nothing to go back to"));
}

#[test]
fn the_timeline_pane_follows_the_point_and_enter_jumps_to_the_event() {
    let mut a = app((80, 24));
    press(
        &mut a,
        &[Down, Down, Down, Down, Down, Down, Down, Down, Down],
    ); // Reason 6
    let point = a.pack.point(a.current_point().unwrap()).unwrap();
    let gas = a.pack.event_index("gas-deal-target").unwrap();
    assert!(point.events.contains(&gas));
    assert_eq!(
        a.nav.side.selected, point.events[0],
        "the pane shows the point's first event"
    );
    press(&mut a, &[FocusRight, FocusRight, Bottom, Activate]);
    assert_eq!(a.nav.tab, Tab::Timeline);
    assert_eq!(a.current_event(), Some(gas));
}

#[test]
fn help_and_about_open_and_close() {
    let mut a = app((80, 24));
    press(&mut a, &[ToggleHelp]);
    assert!(matches!(
        a.overlay,
        Some(Overlay::Page {
            page: Page::Help(_),
            ..
        })
    ));
    press(&mut a, &[ToggleAbout]);
    assert!(matches!(
        a.overlay,
        Some(Overlay::Page {
            page: Page::About,
            ..
        })
    ));
    press(&mut a, &[Bottom]);
    let Some(Overlay::Page { cursor, .. }) = a.overlay else {
        panic!()
    };
    assert!(cursor.scroll > 0, "the about page is longer than 80x24");
    press(&mut a, &[Back]);
    assert!(a.overlay.is_none());
}

#[test]
fn quit_stops_the_app() {
    let mut a = app((80, 24));
    press(&mut a, &[Quit]);
    assert!(!a.is_running());
}

#[test]
fn mouse_clicks_select_tabs_items_and_links() {
    let mut a = app((100, 30));
    // Tab bar: " 1 Why Moscow? " then " 2 Potential Pitfalls ".
    press(&mut a, &[Click(20, 0)]);
    assert_eq!(a.nav.tab, Tab::Section(1));
    // Third row of the points list.
    press(&mut a, &[Click(5, 4)]);
    assert_eq!(a.nav.sections[1].list.selected, 2);
    // A second click on the selected item opens it.
    press(&mut a, &[Click(5, 4)]);
    assert_eq!(a.nav.focus, Focus::Detail);
    // The wheel over the detail pane scrolls it.
    press(&mut a, &[WheelDown(60, 10)]);
    assert_eq!(a.nav.sections[1].detail.scroll, 3);
    press(&mut a, &[WheelUp(60, 10)]);
    assert_eq!(a.nav.sections[1].detail.scroll, 0);
}

#[test]
fn resizing_keeps_the_selection_visible() {
    let mut a = app((240, 67));
    press(&mut a, &[Bottom]);
    press(&mut a, &[Resize(80, 17)]);
    let nav = a.nav.sections[0].list;
    let last = a.pack.sections[0].points.len() - 1;
    assert_eq!(nav.selected, last);
    let (list, _) = a.screen().unwrap().panes();
    let rows = usize::from(list.height) - 2;
    assert!(nav.selected >= nav.offset);
    assert!(nav.selected < nav.offset + rows, "{nav:?} in {rows} rows");
    press(&mut a, &[Resize(0, 0), Down, Resize(80, 24)]);
    assert_eq!(a.nav.sections[0].list.selected, last);
}

#[test]
fn c_cycles_through_every_theme_and_says_which() {
    use arglens::app::{Action, ThemeName};
    let mut app = common::app((80, 24));
    let mut seen = vec![app.prefs.theme];
    for _ in 0..4 {
        arglens::app::update(&mut app, Action::CycleTheme);
        seen.push(app.prefs.theme);
    }
    assert_eq!(seen.first(), seen.last());
    assert_eq!(&seen[..4], &ThemeName::ALL);
    assert_eq!(app.status.message.as_deref(), Some("Theme: dark"));
    assert_eq!(
        arglens::app::keymap::action_for(
            arglens::app::keymap::Layer::List,
            arglens::app::keymap::Key::Char('c'),
        ),
        Some(Action::CycleTheme)
    );
}

#[test]
fn the_odd_packs_load_and_have_their_shapes() {
    let packs = common::odd_packs();
    let shape = |name: &str| {
        let p = &packs.iter().find(|(n, _)| *n == name).unwrap().1;
        (p.sections.len(), p.point_refs().count(), p.events.len())
    };
    assert_eq!(shape("one point"), (1, 1, 1));
    assert_eq!(shape("no events"), (1, 1, 0));
    assert_eq!(shape("three sections"), (3, 3, 1));
    assert!(shape("long titles").1 == 1 && shape("CJK").1 == 1);
}

#[test]
fn the_place_survives_any_resize() {
    use arglens::app::destination::Destination;
    let mut a = app((80, 24));
    let energy = a.pack.find_point("energy").unwrap();
    let second = a.pack.point(energy).unwrap().passages[1];
    press(&mut a, &[Open(Destination::Point(energy)), Activate]);
    // Down through the detail until the point's second quotation is selected.
    for _ in 0..60 {
        let doc = arglens::app::views::panes::detail_doc(&a);
        let d = a.pane().unwrap().detail;
        if d.selected
            .is_some_and(|l| doc.links[l].target == Target::Passage(second))
        {
            break;
        }
        press(&mut a, &[Down]);
    }
    let before = a.pane().unwrap().detail;
    assert!(before.selected.is_some() && before.scroll > 0, "{before:?}");
    for size in [
        (240, 67),
        (80, 24),
        (120, 40),
        (60, 16),
        (300, 80),
        (80, 24),
    ] {
        press(&mut a, &[Resize(size.0, size.1)]);
        let d = a.pane().unwrap().detail;
        assert_eq!(d.selected, before.selected, "at {size:?}");
    }
    let after = a.pane().unwrap().detail;
    assert_eq!(
        after.scroll, before.scroll,
        "the same first line is at the top"
    );

    // The source view keeps its place the same way.
    press(&mut a, &[ToggleSource, PageDown, Down]);
    let source = *a.nav.source().unwrap();
    for size in [(240, 67), (100, 30), (80, 24)] {
        press(&mut a, &[Resize(size.0, size.1)]);
    }
    let back = *a.nav.source().unwrap();
    assert_eq!(
        (back.doc.selected, back.doc.scroll),
        (source.doc.selected, source.doc.scroll)
    );
}

#[test]
fn y_copies_the_selected_quotation_with_its_source() {
    let mut a = app((100, 30));
    press(&mut a, &[Copy]);
    assert!(a.terminal.copy.is_none(), "nothing is selected yet");
    assert!(
        a.status
            .message
            .as_deref()
            .unwrap()
            .contains("select a quotation")
    );
    press(&mut a, &[Activate]);
    while a.nav.sections[0].detail.selected.is_none() {
        press(&mut a, &[Down]);
    }
    press(&mut a, &[Copy]);
    let doc = arglens::app::views::panes::detail_doc(&a);
    let Target::Passage(p) = doc.links[a.nav.sections[0].detail.selected.unwrap()].target else {
        panic!("the first link is a quotation")
    };
    let passage = &a.pack.passages[p];
    let copied = a.terminal.copy.clone().unwrap();
    assert!(
        copied.starts_with(&format!("“{}”", passage.text)),
        "{copied}"
    );
    assert!(copied.contains("Paal & Trenin"), "{copied}");
    assert!(
        copied.ends_with(&format!("¶ {}", passage.paragraph)),
        "{copied}"
    );
    assert_eq!(a.terminal.copies, 1);
    // In the source view, the selected quotation is copied the same way.
    press(&mut a, &[ToggleSource, Copy]);
    assert_eq!(a.terminal.copies, 2);
    assert_eq!(a.terminal.copy.as_deref(), Some(copied.as_str()));
}

#[test]
fn m_gives_the_mouse_to_the_terminal_and_back() {
    let mut a = app((80, 24));
    assert!(a.terminal.mouse);
    press(&mut a, &[ToggleMouse]);
    assert!(!a.terminal.mouse);
    assert!(
        a.status
            .message
            .as_deref()
            .unwrap()
            .contains("selection works")
    );
    press(&mut a, &[ToggleMouse]);
    assert!(a.terminal.mouse);
}
