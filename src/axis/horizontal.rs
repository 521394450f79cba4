//! The axis left to right, for wide terminals. From the top: era bands, then each lane (rows
//! of labels above the lane's own line, where its events sit), then the axis with its ticks,
//! their labels, and the legend. Labels start at their event's mark (or end at it near the
//! right edge), in the lowest row of their lane with room, with a stem down to the mark.

use super::place::{Placed, Rows};
use super::plan::{Band, Plan, Role, bands, cell, cells, cut, legend_rows};
use super::scale::{Scale, View};
use super::ticks::ticks;
use super::{BREAK, Input, SPAN_EXACT, SPAN_FUZZY, legend, mark};
use crate::wrap::width;

/// Cells a break takes, and the fewest a segment of the axis may have.
const BREAK_CELLS: f64 = 3.0;
const MIN_SEGMENT: f64 = 6.0;
/// Fewest cells between ticks: a year's label and room to breathe.
const TICK_SPACING: f64 = 8.0;
/// Most label rows a lane asks for.
const MAX_LABEL_ROWS: usize = 12;

/// An event in view: which, its lane row, first and last cell.
struct Placement {
    event: usize,
    lane: usize,
    from: i32,
    to: i32,
}

pub fn plan(input: &Input<'_>) -> Plan {
    let mut plan = Plan::new(input.width, input.height);
    let Some(scale) = Scale::of(input.spans()) else {
        return plan;
    };
    let (w, h) = (i32::from(input.width), i32::from(input.height));
    let lanes = input.lanes.len().max(1);
    let legend = if h >= 12 {
        legend_rows(&legend(input.lanes), usize::from(input.width), 2)
    } else {
        Vec::new()
    };
    let legend_h = legend.len() as i32;
    // Separate lanes need a line and a row of labels each; else they share one.
    let room = h - legend_h - 2;
    let split = lanes > 1 && room > 2 * lanes as i32;
    let gutter = if split { 2 } else { 0 };
    let view = View::new(
        &scale,
        f64::from(w - gutter),
        BREAK_CELLS,
        MIN_SEGMENT,
        input.zoom,
        input.centre,
    );
    plan.window = view.window;
    let bands = bands(input.eras, &view, gutter, i32::from(input.width) - 1);
    let levels = bands.iter().map(|b| b.level + 1).max().unwrap_or(0) as i32;
    let era_h = if room - levels >= 2 { levels } else { 0 };
    let lane_area = (room - era_h).max(1);
    let shown = in_view(input, &view, gutter, split, &mut plan);
    let lane_count = if split { lanes } else { 1 };
    let rows = label_rows(input, &shown, lane_count, lane_area, w);
    // Each lane: its label rows, then its line.
    let mut tops = Vec::new();
    let mut y = era_h;
    for r in &rows {
        tops.push(y);
        y += *r as i32 + 1;
    }
    let axis_y = era_h + lane_area;
    boundaries(&mut plan, &bands, era_h, axis_y);
    for (lane, (&top, &r)) in tops.iter().zip(&rows).enumerate() {
        lane_line(
            &mut plan,
            &view,
            gutter,
            w,
            top + r as i32,
            split.then_some(lane),
        );
    }
    if era_h > 0 {
        draw_bands(&mut plan, input, &bands);
    }
    axis(&mut plan, &view, gutter, w, axis_y);
    let tops: Vec<(i32, usize)> = tops.into_iter().zip(rows).collect();
    events(&mut plan, input, &shown, &tops, w);
    for (row, entries) in legend.into_iter().enumerate() {
        for (x, e) in entries {
            plan.text(x as i32, h - legend_h + row as i32, e, Role::Legend);
        }
    }
    plan
}

/// The events in view with their cells; those outside are counted.
fn in_view(
    input: &Input<'_>,
    view: &View,
    gutter: i32,
    split: bool,
    plan: &mut Plan,
) -> Vec<Placement> {
    let mut out = Vec::new();
    for (event, e) in input.events.iter().enumerate() {
        match cells(view, &e.span, gutter, i32::from(input.width) - 1) {
            Some((from, to)) => out.push(Placement {
                event,
                lane: if split { e.lane } else { 0 },
                from,
                to,
            }),
            None => plan.outside += 1,
        }
    }
    out
}

/// The label's text and width wanted, attached at its left or its right.
fn label_text(e: &super::Event, left: bool, cols: usize) -> String {
    let m = mark(e.lane, e.inferred);
    let title = cut(&e.title, cols.saturating_sub(2).max(1));
    match (left, e.selected) {
        (true, true) => format!("{m}▸{title}"),
        (true, false) => format!("{m} {title}"),
        (false, true) => format!("{title}◂{m}"),
        (false, false) => format!("{title} {m}"),
    }
}

/// The order labels are placed in: the selected event first, then those the reader's point
/// cites, then the rest in time order.
fn priority(input: &Input<'_>, shown: &[Placement]) -> Vec<usize> {
    let mut order: Vec<usize> = (0..shown.len()).collect();
    order.sort_by_key(|&i| {
        let e = shown.get(i).and_then(|p| input.events.get(p.event));
        (
            !e.is_some_and(|e| e.selected),
            !e.is_some_and(|e| e.marked),
            i,
        )
    });
    order
}

/// Widest a label may be.
fn label_cap(w: i32) -> i32 {
    (w / 3).clamp(12, 60)
}

/// How many label rows each lane gets: as many as its labels want, shared out one at a time
/// while there is room.
fn label_rows(
    input: &Input<'_>,
    shown: &[Placement],
    lanes: usize,
    area: i32,
    w: i32,
) -> Vec<usize> {
    let order: Vec<usize> = (0..MAX_LABEL_ROWS).rev().collect();
    let mut want = vec![0usize; lanes];
    let mut rows: Vec<Rows> = (0..lanes).map(|_| Rows::new(MAX_LABEL_ROWS, w)).collect();
    for i in priority(input, shown) {
        let Some(p) = shown.get(i) else { continue };
        let Some(e) = input.events.get(p.event) else {
            continue;
        };
        let text_w = width(&label_text(e, true, label_cap(w) as usize)) as i32;
        if let (Some(r), Some(n)) = (rows.get_mut(p.lane), want.get_mut(p.lane))
            && let Some(placed) = r.place(p.from, text_w, 6, &order)
        {
            *n = (*n).max(MAX_LABEL_ROWS - placed.row);
        }
    }
    let mut give = vec![0usize; lanes];
    let mut left = (area - lanes as i32).max(0) as usize;
    while left > 0 {
        let next = (0..lanes)
            .filter(|&l| give.get(l) < want.get(l))
            .min_by_key(|&l| give.get(l).copied().unwrap_or(0));
        let Some(l) = next else { break };
        if let Some(g) = give.get_mut(l) {
            *g += 1;
        }
        left -= 1;
    }
    // Rows nobody wants are shared out as space between the lanes.
    let each = left / lanes.max(1);
    let mut rest = left - each * lanes;
    for g in give.iter_mut().rev() {
        *g += each + usize::from(rest > 0);
        rest = rest.saturating_sub(1);
    }
    give
}

fn boundaries(plan: &mut Plan, bands: &[Band], from_y: i32, to_y: i32) {
    let mut xs: Vec<i32> = bands.iter().flat_map(|b| [b.from, b.to]).collect();
    xs.sort_unstable();
    // Where one era ends as the next begins, one line marks both.
    xs.dedup_by(|b, a| *b - *a <= 1);
    for x in xs {
        {
            for y in from_y..to_y {
                plan.glyph(x, y, '┊', Role::Boundary);
            }
        }
    }
}

/// A lane's own line, broken where the axis is, with its mark in the gutter.
fn lane_line(plan: &mut Plan, view: &View, gutter: i32, w: i32, y: i32, lane: Option<usize>) {
    for x in gutter..w {
        if view.time_at(f64::from(x - gutter) + 0.5).is_some() {
            plan.glyph(x, y, '┈', Role::Lane);
        }
    }
    if let Some(l) = lane {
        plan.glyph(0, y, mark(l, false), Role::Lane);
    }
}

fn draw_bands(plan: &mut Plan, input: &Input<'_>, bands: &[Band]) {
    for b in bands {
        let Some(era) = input.eras.get(b.era) else {
            continue;
        };
        let role = Role::Era { era: b.era };
        let y = b.level as i32;
        for x in b.from..=b.to {
            plan.glyph(x, y, '═', role);
        }
        let fuzzy = era.span.fuzzy;
        plan.glyph(b.from, y, if fuzzy { '╌' } else { '╞' }, role);
        plan.glyph(b.to, y, '╡', role);
        let room = (b.to - b.from - 3).max(0) as usize;
        if room >= 3 {
            let sel = if era.selected { "▸" } else { " " };
            let title = cut(&era.title, room.saturating_sub(2));
            plan.text(b.from + 1, y, format!("{sel}{title} "), role);
        }
    }
}

/// The axis line with its ticks and breaks, and the ticks' labels under it.
fn axis(plan: &mut Plan, view: &View, gutter: i32, w: i32, y: i32) {
    for x in gutter..w {
        if view.time_at(f64::from(x - gutter) + 0.5).is_some() {
            plan.glyph(x, y, '─', Role::Axis);
        }
    }
    for b in &view.breaks {
        plan.glyph(cell(*b) + gutter + 1, y, BREAK, Role::Break);
    }
    let mut free_from = i32::MIN;
    for t in ticks(view, TICK_SPACING) {
        let x = cell(t.x) + gutter;
        plan.glyph(x, y, '┬', Role::Axis);
        let lw = width(&t.label) as i32;
        if x >= free_from && x + lw <= w {
            plan.text(x, y + 1, t.label, Role::TickLabel);
            free_from = x + lw + 1;
        }
    }
}

/// Marks, spans and labels of the events in view.
fn events(plan: &mut Plan, input: &Input<'_>, shown: &[Placement], tops: &[(i32, usize)], w: i32) {
    for p in shown {
        let Some(e) = input.events.get(p.event) else {
            continue;
        };
        let Some(&(top, rows)) = tops.get(p.lane) else {
            continue;
        };
        let y = top + rows as i32;
        let role = Role::Mark { event: p.event };
        let line = if e.span.fuzzy { SPAN_FUZZY } else { SPAN_EXACT };
        for x in p.from + 1..=p.to {
            plan.glyph(x, y, line, role);
        }
        plan.glyph(p.from, y, mark(e.lane, e.inferred), role);
    }
    let mut lanes: Vec<Rows> = tops.iter().map(|&(_, r)| Rows::new(r, w)).collect();
    let mut placed: Vec<(usize, i32, Placed)> = Vec::new();
    for i in priority(input, shown) {
        let (Some(p), Some(lane)) = (
            shown.get(i),
            shown.get(i).and_then(|p| lanes.get_mut(p.lane)),
        ) else {
            continue;
        };
        let Some(e) = input.events.get(p.event) else {
            continue;
        };
        let rows = tops.get(p.lane).map_or(0, |t| t.1);
        let order: Vec<usize> = (0..rows).rev().collect();
        let want = width(&label_text(e, true, label_cap(w) as usize)) as i32;
        match lane.place(p.from, want, 6, &order) {
            Some(at) => placed.push((i, tops.get(p.lane).map_or(0, |t| t.0), at)),
            None => plan.unlabelled += 1,
        }
    }
    for &(i, top, at) in &placed {
        let Some(p) = shown.get(i) else { continue };
        let Some(e) = input.events.get(p.event) else {
            continue;
        };
        let left = at.x == p.from;
        let text = label_text(e, left, at.width as usize);
        let text = crate::wrap::truncate(&text, at.width as usize);
        let y = top + at.row as i32;
        plan.text(at.x, y, text, Role::Label { event: p.event });
        let line_y = top + tops.get(p.lane).map_or(0, |t| t.1) as i32;
        for sy in y + 1..line_y {
            let covered = placed.iter().any(|&(_, t, q)| {
                t + q.row as i32 == sy && p.from >= q.x && p.from < q.x + q.width
            });
            if !covered {
                plan.glyph(p.from, sy, '│', Role::Leader { event: p.event });
            }
        }
    }
}
