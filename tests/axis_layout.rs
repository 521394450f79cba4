#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    clippy::panic
)]
//! The time axis lays out any pack's events: random dates of every precision, none to five
//! hundred of them, in lanes and under eras, at any size, either way round and at any zoom,
//! without a label covering another or anything drawn outside its area.
//! `PROPTEST_CASES` sets how many packs are tried (256 by default; CI runs 1000).

use arglens::axis::{self, Era, Event, Input, Plan, Shape, span};
use arglens::content::date::DateSpec;
use proptest::prelude::*;

/// A date in one of the pack's forms, from a year and a form number.
fn date(year: i32, month: u8, form: u8) -> DateSpec {
    let text = match form % 11 {
        0 => format!("{year}"),
        1 => format!("{year}-{month:02}"),
        2 => format!("{year}-{month:02}-{:02}", month.clamp(1, 28)),
        3 => format!("{}s", year - year.rem_euclid(10)),
        4 => format!("late {}s", year - year.rem_euclid(10)),
        5 => format!("early {year}"),
        6 => format!("autumn {year}"),
        7 => format!("c. {year}"),
        8 => format!("end {year}"),
        9 => format!("late {year}-{month:02}"),
        _ => format!("c. {}s", year - year.rem_euclid(10)),
    };
    DateSpec::parse(&text).unwrap_or_else(|e| panic!("{text}: {e}"))
}

fn events() -> impl Strategy<Value = Vec<Event>> {
    let one = (
        prop_oneof![1000i32..2100, 1985i32..2015, 2012i32..2014],
        1u8..=12,
        0u8..11,
        0usize..8,
        "[a-zA-Z ,.'’é—习近平]{0,60}",
        any::<bool>(),
    );
    prop::collection::vec(one, 0..500).prop_map(|v| {
        v.into_iter()
            .enumerate()
            .map(|(i, (year, month, form, lane, title, inferred))| {
                let d = date(year, month, form);
                Event {
                    span: span(&d),
                    lane,
                    title,
                    date: d.short(),
                    inferred,
                    selected: i == 0,
                    marked: i % 3 == 0,
                }
            })
            .collect()
    })
}

fn eras() -> impl Strategy<Value = Vec<Era>> {
    let one = (1000i32..2100, 0i32..300, "[a-z ]{0,40}", any::<bool>());
    prop::collection::vec(one, 0..6).prop_map(|v| {
        v.into_iter()
            .map(|(start, len, title, selected)| Era {
                span: axis::era_span(&date(start, 1, 0), &date(start + len, 1, 7)),
                title,
                selected,
            })
            .collect()
    })
}

/// Every text inside the area, no two readable texts on the same cells, glyphs inside.
fn check(plan: &Plan, w: u16, h: u16) {
    for t in &plan.texts {
        let (a, b) = t.cols();
        assert!(b < w && t.y < h, "{t:?} outside {w}x{h}");
        assert!(a <= b);
    }
    for g in &plan.glyphs {
        assert!(g.x < w && g.y < h, "{g:?} outside {w}x{h}");
    }
    let labels: Vec<_> = plan.texts.iter().filter(|t| t.role.is_label()).collect();
    for (i, p) in labels.iter().enumerate() {
        for q in &labels[i + 1..] {
            let ((a, b), (c, d)) = (p.cols(), q.cols());
            assert!(
                p.y != q.y || b < c || d < a,
                "labels overlap at {w}x{h}: {p:?} and {q:?}"
            );
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::default())]

    #[test]
    fn any_events_lay_out_without_overlapping_labels_at_any_size(
        events in events(),
        eras in eras(),
        lanes in 0usize..7,
        (w, h) in (0u16..300, 0u16..100),
        zoom in 0u8..10,
        centre in 900.0f64..2200.0,
    ) {
        let names: Vec<String> = (0..lanes).map(|i| format!("lane {i}")).collect();
        let events: Vec<Event> = events
            .into_iter()
            .map(|e| Event { lane: e.lane % lanes.max(1), ..e })
            .collect();
        for shape in [Shape::Horizontal, Shape::Vertical] {
            let plan = axis::plan(&Input {
                events: &events,
                eras: &eras,
                lanes: &names,
                width: w,
                height: h,
                shape,
                zoom,
                centre,
            });
            check(&plan, w, h);
            let placed = plan
                .texts
                .iter()
                .filter(|t| matches!(t.role, axis::Role::Label { .. }))
                .count();
            prop_assert!(placed + plan.unlabelled + plan.outside <= events.len());
        }
    }
}

#[test]
fn the_shipped_pack_labels_every_event_at_120x40() {
    let pack = arglens::content::load_embedded().unwrap().pack;
    let events: Vec<Event> = pack
        .events
        .iter()
        .map(|e| Event {
            span: span(&e.date),
            lane: 0,
            title: e.title.clone(),
            date: e.date.short(),
            inferred: e.inferred,
            selected: false,
            marked: false,
        })
        .collect();
    let plan = axis::plan(&Input {
        events: &events,
        eras: &[],
        lanes: &[],
        width: 118,
        height: 24,
        shape: Shape::Horizontal,
        zoom: 0,
        centre: 2000.0,
    });
    check(&plan, 118, 24);
    assert_eq!(plan.outside, 0);
    assert_eq!(plan.unlabelled, 0, "{plan:#?}");
}
