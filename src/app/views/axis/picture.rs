//! What the axis pane shows: the pack's events and eras, as the reader has them selected,
//! filtered and zoomed, laid out for the pane by [`crate::axis`].

use super::shape;
use crate::app::filter::Shown;
use crate::app::layout::{self, AxisShape};
use crate::app::state::App;
use crate::axis::{self, Plan, span};
use crate::content::Pack;

/// What the axis pane shows: the plan of glyphs and texts, the real index of each event it
/// names (plans number the events shown), which of them the reader's point cites, the
/// pane's title and a note on what did not fit.
pub struct Picture {
    pub plan: Plan,
    pub shown: Vec<usize>,
    pub marked: Vec<bool>,
    pub selected: Option<usize>,
    pub title: String,
    pub note: Option<String>,
}

/// The axis laid out for the pane it is drawn in.
pub fn picture(app: &App) -> Option<Picture> {
    let (rect, shape) = shape(app)?;
    let inner = layout::inner(rect);
    let pack = &app.pack;
    let shown = app.shown_events();
    let (lanes, lane_of) = lanes(pack, &shown);
    let cited: Vec<usize> = app
        .nav
        .axis
        .point
        .and_then(|r| pack.point(r))
        .map(|p| p.events.clone())
        .unwrap_or_default();
    let selected = app.current_event().filter(|_| app.nav.axis.era.is_none());
    let real: Vec<usize> = shown.iter_from(0).collect();
    let events: Vec<axis::Event> = real
        .iter()
        .zip(&lane_of)
        .filter_map(|(&i, &lane)| {
            let e = pack.event(i)?;
            Some(axis::Event {
                span: span(&e.date),
                lane,
                title: e.title.clone(),
                date: e.date.short(),
                inferred: e.inferred,
                selected: selected == Some(i),
                marked: cited.contains(&i),
            })
        })
        .collect();
    let eras: Vec<axis::Era> = pack
        .eras
        .iter()
        .enumerate()
        .map(|(i, e)| axis::Era {
            span: axis::era_span(&e.start, &e.end),
            title: e.title.clone(),
            selected: app.nav.axis.era == Some(i),
        })
        .collect();
    let centre = match app.nav.axis.era.and_then(|e| eras.get(e)) {
        Some(era) => era.span.mid(),
        None => events
            .iter()
            .find(|e| e.selected)
            .map_or(0.0, |e| e.span.mid()),
    };
    let plan = axis::plan(&axis::Input {
        events: &events,
        eras: &eras,
        lanes: &lanes,
        width: inner.width,
        height: inner.height,
        shape: match shape {
            AxisShape::Horizontal => axis::Shape::Horizontal,
            AxisShape::Vertical => axis::Shape::Vertical,
        },
        zoom: app.nav.axis.zoom,
        centre,
    });
    let marked = events.iter().map(|e| e.marked).collect();
    let title = title(app, &plan, !cited.is_empty());
    let note = note(app, &plan, events.is_empty());
    Some(Picture {
        plan,
        shown: real,
        marked,
        selected,
        title,
        note,
    })
}

/// "Timeline · 1860–2014 · bold: cited by R6", or with the zoom level.
fn title(app: &App, plan: &Plan, cited: bool) -> String {
    let (from, to) = plan.window;
    let when = if to - from < 3.0 {
        format!("{}–{}", month_year(from), month_year(to))
    } else {
        format!("{}–{}", from.floor() as i64, to.floor() as i64)
    };
    let mut title = match app.nav.axis.zoom {
        0 => format!("Timeline · {when}"),
        z => format!("Timeline · zoom ×{} · {when}", 1u32 << z),
    };
    if let (true, Some(p)) = (cited, app.nav.axis.point.and_then(|r| app.pack.point(r))) {
        title.push_str(&format!(" · bold: cited by {}", p.short_label()));
    }
    title
}

fn month_year(t: f64) -> String {
    const MONTHS: [&str; 12] = [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ];
    let year = t.floor();
    let month = ((t - year) * 12.0).floor().clamp(0.0, 11.0) as usize;
    format!(
        "{} {}",
        MONTHS.get(month).copied().unwrap_or(""),
        year as i64
    )
}

/// What the bottom border says about events not shown or not labelled.
fn note(app: &App, plan: &Plan, empty: bool) -> Option<String> {
    if empty {
        return Some(match &app.filter.tag {
            Some(tag) => format!(" no events tagged “{tag}” (f changes the filter) "),
            None => " no events ".into(),
        });
    }
    match (plan.outside, plan.unlabelled) {
        (0, 0) => None,
        (out, 0) => Some(format!(" {out} more out of view · 0 fits all ")),
        (0, un) => Some(format!(" {un} unlabelled · + zooms in ")),
        (out, un) => Some(format!(" {out} out of view, {un} unlabelled · + / 0 ")),
    }
}

/// The lanes of the events shown: their names in order of first appearance, and each shown
/// event's lane. An event's lane is its `lane`, else its first tag.
pub fn lanes(pack: &Pack, shown: &Shown) -> (Vec<String>, Vec<usize>) {
    axis::lanes(shown.iter_from(0).map(|i| {
        pack.event(i)
            .and_then(|e| e.lane.clone().or_else(|| e.tags.first().cloned()))
    }))
}
