#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    clippy::panic
)]
//! Property tests: any sequence of keys, clicks, wheel turns and resizes keeps the state valid
//! and draws without panicking.

mod common;

use arglens::app::filter;
use arglens::app::layout::{self, Body};
use arglens::app::state::HISTORY_LIMIT;
use arglens::app::state::{Focus, Role};
use arglens::app::{Action, App, FullView, Overlay, Tab, update};
use arglens::ui;
use arglens::ui::Theme;
use arglens::ui::text::buffer_to_string;
use proptest::prelude::*;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::{Terminal, backend::TestBackend};

fn action() -> impl Strategy<Value = Action> {
    prop_oneof![
        8 => prop_oneof![
            Just(Action::Up),
            Just(Action::Down),
            Just(Action::PageUp),
            Just(Action::PageDown),
            Just(Action::Top),
            Just(Action::Bottom),
            Just(Action::NextTab),
            Just(Action::PrevTab),
            Just(Action::FocusLeft),
            Just(Action::FocusRight),
            Just(Action::Activate),
            Just(Action::Back),
            Just(Action::ToggleTimeline),
            Just(Action::ToggleHelp),
            Just(Action::ToggleAbout),
            Just(Action::CycleTheme),
            Just(Action::Forward),
            Just(Action::TogglePresent),
            Just(Action::NextStep),
            Just(Action::NextStep),
            Just(Action::PrevStep),
            Just(Action::Collapse),
            Just(Action::Expand),
            Just(Action::ToggleNotes),
            Just(Action::ToggleSource),
            Just(Action::ToggleMap),
            Just(Action::Search),
            Just(Action::SearchNext),
            Just(Action::SearchPrev),
            Just(Action::Filter),
            Just(Action::Erase),
            Just(Action::ToggleBlank),
            Just(Action::SlideIndex),
            Just(Action::RoomEnded),
            Just(Action::ToggleTimelineView),
            Just(Action::ZoomIn),
            Just(Action::ZoomOut),
            Just(Action::ZoomFit),
            Just(Action::NextEra),
            Just(Action::PrevEra),
        ],
        1 => (0u8..10).prop_map(Action::Number),
        1 => (0usize..30, 0usize..12, any::<bool>()).prop_map(|(slide, step, blank)| {
            Action::JoinRoom(arglens::app::state::Room { slide, step, blank })
        }),
        // A served class: joining, the presenter moving (even past the end), following again.
        1 => (0usize..30, 0usize..12, 0u8..3).prop_map(|(slide, step, kind)| {
            let room = arglens::app::state::Room { slide, step, blank: slide % 5 == 0 };
            match kind {
                0 => Action::JoinClass(room),
                1 => Action::ClassMoved(room),
                _ => Action::FollowClass,
            }
        }),
        1 => (0usize..40, 0usize..8, any::<bool>()).prop_map(|(at, step, hide)| {
            Action::Present {
                at: None,
                step: step + at % 2,
                role: if at % 3 == 0 { Role::Console } else { Role::Audience },
                hide_claim: hide,
            }
        }),
        1 => (0usize..6).prop_map(Action::GoToTab),
        3 => prop::sample::select(vec!['g', 'a', 'z', 'p', 'r', 'o', 'm', ' ', 'e', '\u{7}', 'é'])
            .prop_map(Action::Type),
        1 => (0u16..300, 0u16..100).prop_map(|(w, h)| Action::Resize(w, h)),
        2 => (0u16..300, 0u16..100).prop_map(|(c, r)| Action::Click(c, r)),
        1 => (0u16..300, 0u16..100).prop_map(|(c, r)| Action::WheelDown(c, r)),
        1 => (0u16..300, 0u16..100).prop_map(|(c, r)| Action::WheelUp(c, r)),
    ]
}

fn check_invariants(a: &App) {
    let pack = &a.pack;
    for (i, s) in a.nav.sections.iter().enumerate() {
        let len = pack.sections[i].points.len();
        assert!(s.list.selected < len.max(1));
        let shown = a.shown_points(i);
        if !shown.is_empty() {
            let pos = shown.position(s.list.selected);
            assert!(pos.is_some(), "the cursor is on a shown point");
            assert!(s.list.offset <= pos.unwrap());
        }
    }
    assert!(a.nav.timeline.list.selected < pack.events.len().max(1));
    assert!(a.nav.side.selected < pack.events.len().max(1));
    assert!(a.history.back_stack().len() <= HISTORY_LIMIT);
    if let Some(p) = &a.deck {
        let slide = p.current().expect("the deck's slide exists");
        assert!(
            p.step < arglens::app::state::steps(pack, p, slide),
            "step inside the slide"
        );
    }
    if a.nav.focus == Focus::Timeline {
        assert!(matches!(a.nav.tab, Tab::Section(_)) && a.prefs.show_timeline);
    }
    if let Some(screen) = a.screen() {
        let (list, detail) = match screen.body {
            Body::Section { list, detail, .. } | Body::Timeline { list, detail } => (list, detail),
            Body::Axis { axis, detail, .. } => (axis, detail),
        };
        let rows = usize::from(layout::inner(list).height).max(1);
        let nav = a.pane().unwrap().list;
        let pos = a.shown().nearest(nav.selected);
        assert!(
            pos < nav.offset + rows,
            "the selected item is visible: {nav:?}, {rows} rows"
        );
        let doc = arglens::app::views::panes::detail_doc(a);
        let detail_rows = usize::from(layout::inner(detail).height).max(1);
        let d = a.pane().unwrap().detail;
        assert!(
            d.scroll <= doc.height().saturating_sub(detail_rows),
            "scroll inside the document"
        );
        if let Some(l) = d.selected {
            assert!(l < doc.links.len());
        }
    }
    match &a.overlay {
        Some(Overlay::Chooser(c)) => assert!(c.cursor.index() < c.items.len().max(1)),
        Some(Overlay::Search(s)) => {
            assert!(s.cursor.index() < s.results.hits.len().max(1));
            assert!(
                !s.query().chars().any(char::is_control),
                "no control character typed in"
            );
            // The layout kept with the box is never stale: it is what a fresh one would be.
            let (_, kept, _) = arglens::app::views::search::current(a).expect("the box is open");
            let width = arglens::app::views::picklist::text_width(a);
            assert_eq!(*kept, arglens::app::views::search::search_doc(s, width));
        }
        Some(Overlay::Tags { cursor }) => {
            assert!(cursor.index() <= arglens::app::filter::tags(pack).len());
        }
        _ => {}
    }
    match &a.nav.view {
        Some(FullView::Source(_)) => {
            if let Some((doc, nav, h)) = arglens::app::views::source::current(a) {
                assert!(nav.doc.scroll <= doc.height().saturating_sub(h));
                assert!(nav.doc.selected.is_none_or(|l| l < doc.links().len()));
            }
        }
        Some(FullView::Map(nav)) => {
            let rows = arglens::app::views::map::rows(a, nav);
            assert!(nav.row() < rows.len());
            assert!(nav.rows.scroll <= nav.row());
            assert_eq!(nav.collapsed.len(), pack.sections.len());
        }
        None => {}
    }
    if let Some(tag) = &a.filter.tag {
        assert!(
            arglens::app::filter::tags(pack)
                .iter()
                .any(|(t, _)| t == tag)
        );
    }
    same_as_a_fresh_walk(a);
}

/// What the state shows under the tag filter, kept or not, is what walking the pack gives.
fn same_as_a_fresh_walk(a: &App) {
    let tag = a.filter.tag.as_deref();
    for i in 0..a.pack.sections.len() {
        assert_eq!(a.shown_points(i), filter::points(&a.pack, tag, i));
    }
    assert_eq!(a.shown_events(), filter::events(&a.pack, tag));
    let tabs = tag
        .map(|t| filter::tabs_with(&a.pack, t))
        .unwrap_or_default();
    assert_eq!(a.tabs_shown(), tabs);
}

proptest! {
    // PROPTEST_CASES sets how many sequences run (256 by default; CI runs 1000).
    #![proptest_config(ProptestConfig::default())]

    #[test]
    fn any_sequence_keeps_the_state_valid_and_draws(
        which in 0usize..8,
        start in (0u16..300, 0u16..100),
        actions in prop::collection::vec(action(), 50..90),
    ) {
        // The shipped pack three times in eight, else each small pack of odd shapes once.
        let odd = common::odd_packs();
        let pack = match odd.get(which.saturating_sub(3)) {
            Some((_, p)) if which >= 3 => p.clone(),
            _ => common::pack(),
        };
        let mut a = App::new(pack, start);
        let mut buf = Buffer::empty(Rect::new(0, 0, start.0, start.1));
        for action in actions {
            update(&mut a, action);
            check_invariants(&a);
            // Like a terminal, the buffer is reused from frame to frame.
            let area = a.area();
            buf.resize(area);
            buf.reset();
            ui::draw(&a, area, &Theme::default(), &mut buf);
        }
        // The final frame also goes through a real `Terminal` and `Frame`.
        let mut terminal = Terminal::new(TestBackend::new(a.size().0, a.size().1)).unwrap();
        terminal.draw(|frame| ui::render(&a, frame)).unwrap();
        let text = buffer_to_string(terminal.backend().buffer());
        prop_assert_eq!(text.lines().count(), usize::from(a.size().1));
    }
}

/// A step of the filter test: a tag set by its place in the pack's list (or one the pack
/// lacks), the filter cleared, a key, or another pack swapped in.
#[derive(Debug, Clone)]
enum FilterStep {
    Set(usize),
    Clear,
    Key(Action),
    Reload(usize),
}

fn filter_step() -> impl Strategy<Value = FilterStep> {
    prop_oneof![
        3 => (0usize..12).prop_map(FilterStep::Set),
        1 => Just(FilterStep::Clear),
        4 => action().prop_map(FilterStep::Key),
        1 => (0usize..8).prop_map(FilterStep::Reload),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::default())]

    /// The filter's kept lists equal a fresh walk of the pack after every step, whether the
    /// tag changed, was cleared, or the pack under it was replaced; once settled, the memo
    /// holds the current tag, so keystrokes read the kept lists.
    #[test]
    fn the_kept_filter_is_a_fresh_walk(
        which in 0usize..8,
        steps in prop::collection::vec(filter_step(), 1..40),
    ) {
        let odd = common::odd_packs();
        let pick = |w: usize| match odd.get(w.saturating_sub(3)) {
            Some((_, p)) if w >= 3 => p.clone(),
            _ => common::pack(),
        };
        let mut a = App::new(pick(which), (100, 30));
        for step in steps {
            match step {
                FilterStep::Set(i) => {
                    let tags = filter::tags(&a.pack);
                    let tag = tags.get(i).map_or("not-a-tag-here", |(t, _)| t.as_str());
                    arglens::app::views::tags::set(&mut a, Some(tag.to_string()));
                    // Between a change of tag and the settle, the state walks the pack.
                    same_as_a_fresh_walk(&a);
                    update(&mut a, Action::Resize(100, 30));
                }
                FilterStep::Clear => {
                    arglens::app::views::tags::set(&mut a, None);
                    update(&mut a, Action::Resize(100, 30));
                }
                FilterStep::Key(action) => update(&mut a, action),
                FilterStep::Reload(w) => update(
                    &mut a,
                    Action::Reloaded(arglens::app::action::Reload(pick(w))),
                ),
            }
            same_as_a_fresh_walk(&a);
            if let Some(tag) = &a.filter.tag {
                prop_assert!(a.memo().passed(tag).is_some(), "settled on the kept lists");
            }
        }
    }
}
