#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    clippy::panic
)]
//! What each view looks like at the sizes people use: a laptop terminal (80×24, 100×30), a
//! roomy one (120×40, 160×50) and a projector or large monitor (240×67). Snapshots to look at
//! when the layout changes; tests/layout.rs checks every size in between.

mod common;

use arglens::app::Action::{self, *};
use common::{app, assert_fits, press, screen};

const SIZES: [(u16, u16); 5] = [(80, 24), (100, 30), (120, 40), (160, 50), (240, 67)];

/// Each view, reached from the start as a reader would.
const VIEWS: [(&str, &[Action]); 5] = [
    ("first_section", &[Down, Down]),
    ("second_section", &[NextTab, Down, Down]),
    ("timeline", &[GoToTab(2), Down, Down, Down]),
    ("source", &[Bottom, ToggleSource]),
    ("map", &[Down, Down, Down, ToggleMap]),
];

#[test]
fn every_view_at_every_common_size() {
    for (name, steps) in VIEWS {
        for (w, h) in SIZES {
            let mut a = app((w, h));
            press(&mut a, steps);
            let s = screen(&a);
            assert_fits(&s, usize::from(w), usize::from(h));
            insta::assert_snapshot!(format!("{name}_{w}x{h}"), s);
        }
    }
}
