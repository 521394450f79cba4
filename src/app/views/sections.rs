//! A section tab: the list of its points beside the detail of the selected one. The panes
//! behave as [`super::panes`] says; this is what they show.

use crate::app::doc::{Doc, point_doc};
use crate::app::state::App;

/// The selected point's detail at `width` columns: label, title, claim, explanation, its
/// quotations and its events. Empty when the filter hides every point.
pub fn detail_doc(app: &App, width: usize) -> Doc {
    app.current_point()
        .map(|r| point_doc(&app.pack, r, width))
        .unwrap_or_default()
}
