#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    clippy::panic
)]
//! The layout at every size: every width from 60 to 300 columns and heights from 16 to 80
//! rows, because two snapshot sizes hide the cliffs between them.

mod common;

use arglens::app::layout::{Body, Screen, inner};
use arglens::app::{Action::*, App, Tab};
use common::{app, pack, press, screen};
use ratatui::layout::Rect;

/// Every pane of the body.
fn panes(s: &Screen) -> Vec<Rect> {
    match s.body {
        Body::Section {
            list,
            detail,
            timeline,
        } => [Some(list), Some(detail), timeline.map(|(r, _)| r)]
            .into_iter()
            .flatten()
            .collect(),
        Body::Timeline { list, detail } => vec![list, detail],
        Body::Axis { axis, detail, .. } => vec![axis, detail],
    }
}

/// The app on `tab` with the timeline pane shown or not, at `size`.
fn at(tab: Tab, timeline: bool, size: (u16, u16)) -> App {
    at_view(tab, timeline, false, size)
}

/// The same, with the timeline tab drawn as a time axis if `axis`.
fn at_view(tab: Tab, timeline: bool, axis: bool, size: (u16, u16)) -> App {
    let mut a = app(size);
    if axis {
        press(&mut a, &[ToggleTimelineView]);
    }
    if tab == Tab::Timeline {
        let timeline = a.pack.sections.len();
        press(&mut a, &[GoToTab(timeline)]);
    }
    if !timeline {
        press(&mut a, &[ToggleTimeline]);
    }
    a
}

#[test]
fn the_reading_pane_gets_the_most_room_and_never_shrinks_as_the_terminal_grows() {
    for (tab, timeline, axis) in [
        (Tab::Section(0), true, false),
        (Tab::Section(0), false, false),
        (Tab::Timeline, true, false),
        (Tab::Timeline, true, true),
    ] {
        for h in 16..=80u16 {
            let mut previous = 0;
            for w in 60..=300u16 {
                let a = at_view(tab, timeline, axis, (w, h));
                let s = a.screen().expect("laid out from 60x16 up");
                let (_, detail) = s.panes();
                let d = detail.width;
                let case = format!("{tab:?}, timeline {timeline}, {w}x{h}");
                assert!(
                    d >= previous,
                    "{case}: the detail shrank from {previous} to {d}"
                );
                previous = d;
                if w >= 80 {
                    let floor = (f32::from(w) * 0.45).floor().min(72.0) as u16;
                    assert!(d >= floor, "{case}: detail {d} < {floor}");
                }
                let all = panes(&s);
                for p in &all {
                    let beside = p.y == detail.y;
                    assert!(
                        !beside || p.width <= d,
                        "{case}: a pane is wider than the detail"
                    );
                    assert!(a.area().contains(p.as_position()) && p.right() <= w);
                    assert!(
                        p.bottom() <= s.status.y,
                        "{case}: pane over the status line"
                    );
                }
                for (i, p) in all.iter().enumerate() {
                    for q in &all[i + 1..] {
                        assert!(!p.intersects(*q), "{case}: panes overlap");
                    }
                }
            }
        }
    }
}

/// The rows of a list drawn inside `r`, as text.
fn rows_in(s: &str, r: Rect) -> Vec<String> {
    let inner = inner(r);
    s.lines()
        .skip(usize::from(inner.y))
        .take(usize::from(inner.height))
        .map(|l| {
            l.chars()
                .skip(usize::from(inner.x))
                .take(usize::from(inner.width))
                .collect::<String>()
        })
        .collect()
}

#[test]
fn lists_show_titles_in_full_whenever_the_pane_has_the_columns() {
    let p = pack();
    for h in [16u16, 24, 40, 67, 80] {
        for w in 60..=300u16 {
            let a = at(Tab::Section(0), true, (w, h));
            let s = screen(&a);
            let layout = a.screen().unwrap();
            let (list, _) = layout.panes();
            let rows = rows_in(&s, list);
            for (row, point) in rows.iter().zip(&p.sections[0].points) {
                let want = format!("{} {}", point.short_label(), point.title);
                let room = usize::from(inner(list).width);
                if arglens::wrap::width(&want) + 2 <= room {
                    assert!(row.contains(&want), "{w}x{h}: {want:?} cut in {row:?}");
                }
            }
            if let Some(side) = layout.side() {
                let rows = rows_in(&s, side);
                for (row, e) in rows.iter().zip(p.events.iter().skip(a.nav.side.offset)) {
                    let room = usize::from(inner(side).width);
                    let date = a.memo().measures().date;
                    if arglens::wrap::width(&e.title) + date + 4 <= room {
                        assert!(
                            row.contains(&e.title),
                            "{w}x{h}: {:?} cut in {row:?}",
                            e.title
                        );
                    }
                }
            }
        }
    }
}

#[test]
fn nothing_panics_at_any_size_from_zero_up() {
    for w in (0..=300u16).step_by(7) {
        for h in (0..=80u16).step_by(5) {
            for tab in [Tab::Section(0), Tab::Timeline] {
                for axis in [false, true] {
                    let a = at_view(tab, true, axis, (w, h));
                    let s = screen(&a);
                    assert_eq!(s.lines().count(), usize::from(h));
                }
            }
        }
    }
}

#[test]
fn the_active_tab_is_always_shown_and_tabs_never_overlap() {
    use arglens::app::tabbar::tab_bar;
    let three = common::odd_packs()
        .into_iter()
        .find(|(n, _)| *n == "three sections")
        .unwrap()
        .1;
    // Twenty sections: more tabs than their numbers can fit in a narrow bar.
    let mut many = (*pack()).clone();
    let first = many.sections[0].clone();
    many.sections = (0..20).map(|_| first.clone()).collect();
    for p in [pack(), three, std::sync::Arc::new(many)] {
        let tabs: Vec<Tab> = Tab::all(&p).collect();
        for w in 60..=300u16 {
            let bar = Rect::new(0, 0, w, 1);
            for active in &tabs {
                let drawn = tab_bar(&p, bar, *active);
                let shown = drawn.tabs.iter().find(|t| t.tab == *active);
                let shown = shown.unwrap_or_else(|| panic!("{active:?} hidden at {w}"));
                assert!(!shown.label.trim().is_empty());
                let title = active.title(&p);
                let full = arglens::wrap::width(title) + 4;
                if usize::from(w) >= full * 2 {
                    assert!(shown.label.contains(title), "{title} cut at {w}: {drawn:?}");
                }
                for pair in drawn.tabs.windows(2) {
                    assert!(pair[0].end < pair[1].start, "overlap at {w}: {drawn:?}");
                }
                let right = drawn.tabs.last().unwrap().end;
                assert!(right <= w, "past the bar at {w}");
                let all_shown = drawn.tabs.len() == tabs.len();
                assert_eq!(!all_shown, drawn.more_left || drawn.more_right, "{w}");
            }
        }
    }
}

#[test]
fn the_status_line_keeps_the_count_whatever_the_titles() {
    let (_, long) = common::odd_packs()
        .into_iter()
        .find(|(name, _)| *name == "long titles")
        .unwrap();
    for cols in 60..=300u16 {
        for tab in [Tab::Section(0), Tab::Timeline] {
            let mut a = App::new(long.clone(), (cols, 24));
            arglens::app::update(&mut a, arglens::app::Action::GoToTab(0));
            if tab == Tab::Timeline {
                arglens::app::update(&mut a, arglens::app::Action::NextTab);
            }
            let screen = common::screen(&a);
            let status = screen.lines().nth(22).unwrap();
            let want = if tab == Tab::Timeline {
                "event 1 of"
            } else {
                "point 1 of"
            };
            assert!(status.contains(want), "{cols} columns, {tab:?}: {status:?}");
        }
    }
}

/// The presenter console at every height from 12 to 30 rows and three widths, through fifty
/// steps, slide after slide, scrolled back after each: the miniature slide marks where more
/// of it is inside the frame (it once wrote "↓ more" a row below a 60×16 screen).
#[test]
fn the_console_marks_more_of_a_slide_inside_the_frame_at_every_height() {
    use arglens::app::state::Role;
    let present = Present {
        at: None,
        step: 1,
        role: Role::Console,
        hide_claim: false,
    };
    for w in [60u16, 80, 100] {
        for h in 12u16..=30 {
            let mut a = app((w, h));
            press(&mut a, std::slice::from_ref(&present));
            for _ in 0..50 {
                press(&mut a, &[NextStep]);
                for _ in 0..3 {
                    let s = screen(&a);
                    assert_eq!(s.lines().count(), usize::from(h), "{w}x{h}");
                    press(&mut a, &[Up]);
                }
            }
        }
    }
}

#[test]
fn a_slides_top_row_parts_its_place_from_its_count_at_every_width() {
    use arglens::app::state::Role;
    use arglens::content::PointRef;
    let pack = pack();
    // The first and last point of each section: the section's title and both label lengths.
    let points: Vec<PointRef> = (pack.sections.iter().enumerate())
        .flat_map(|(section, s)| [0, s.points.len() - 1].map(|point| PointRef { section, point }))
        .collect();
    for w in 60u16..=300 {
        for role in [Role::Audience, Role::Console] {
            for &at in &points {
                let mut a = app((w, 24));
                let present = Present {
                    at: Some(at),
                    step: 0,
                    role,
                    hide_claim: false,
                };
                press(&mut a, &[present]);
                let s = screen(&a);
                let row = s
                    .lines()
                    .find(|l| l.contains("slide ") && l.contains(" · step"));
                let row = row.unwrap_or_else(|| panic!("{w} {role:?} {at:?}: no top row\n{s}"));
                let row = row.trim_start_matches('│');
                let before = &row[..row.find("slide ").unwrap()];
                let place = before.trim();
                assert!(
                    before.is_empty() || before.ends_with(' '),
                    "{w} {role:?}: {row}"
                );
                assert!(
                    !place.ends_with('›') && !place.ends_with("›…"),
                    "{w} {role:?}: a place cut after its separator: {row}"
                );
                assert!(
                    place.is_empty() || arglens::wrap::width(place) >= 4,
                    "{w} {role:?}: a place cut to a letter: {row}"
                );
            }
        }
    }
}

#[test]
fn the_axis_title_loses_whole_parts_never_half_a_word_at_every_width() {
    for w in 60u16..=300 {
        for zoom in [0, 3] {
            let mut a = at_view(Tab::Timeline, true, true, (w, 24));
            press(&mut a, &vec![ZoomIn; zoom]);
            let full = arglens::app::views::axis::picture(&a).unwrap().title;
            let whole: Vec<&str> = full.split(" · ").collect();
            let s = screen(&a);
            let top = s.lines().find(|l| l.contains("▶ Timeline")).unwrap();
            let after = top.split("▶ ").nth(1).unwrap();
            let title = after.split(['━', '┓']).next().unwrap().trim_end();
            let shown: Vec<&str> = title.split(" · ").collect();
            assert!(
                whole.starts_with(&shown),
                "{w} zoom {zoom}: {title:?} is not whole parts of {full:?}"
            );
        }
    }
}

#[test]
fn the_console_says_when_its_notes_go_on_below_at_every_size() {
    use arglens::app::state::Role;
    use arglens::app::views::present::console::{console_layout, notes_doc};
    let pack = pack();
    let at = pack.find_point("relationship-progress").unwrap();
    for w in (60u16..=300).step_by(3) {
        for h in [16u16, 24, 30, 40, 67] {
            let mut a = app((w, h));
            let present = Present {
                at: Some(at),
                step: 0,
                role: Role::Console,
                hide_claim: false,
            };
            press(&mut a, &[present]);
            let l = console_layout(Rect::new(0, 0, w, h));
            let notes = inner(l.notes);
            let deck = a.deck.as_ref().unwrap();
            let doc = notes_doc(&a.pack, deck, usize::from(notes.width.saturating_sub(2)));
            let s = screen(&a);
            let bottom = l.notes.y + l.notes.height - 1;
            let row: String = s
                .lines()
                .nth(usize::from(bottom))
                .unwrap()
                .chars()
                .skip(usize::from(l.notes.x))
                .collect();
            let hidden = doc.height().saturating_sub(usize::from(notes.height));
            assert_eq!(
                row.contains(&format!(
                    "↓ {hidden} more line{}",
                    if hidden == 1 { "" } else { "s" }
                )),
                hidden > 0,
                "{w}x{h}: {hidden} lines hidden, bottom border {row:?}"
            );
        }
    }
}
