//! The axis top to bottom, for narrow terminals. From the left: tick labels, era bars, the axis,
//! a column per lane where events sit, a leader column, then one label a row: the event's date
//! and title, or an era's title. A label that cannot sit on its event's row moves as little as
//! it must, and a leader joins it to its mark.

use super::place::stack;
use super::plan::{Band, Plan, Role, bands, cell, cells, cut, legend_rows};
use super::scale::{Scale, View};
use super::ticks::ticks;
use super::{BREAK, Input, legend, mark};
use crate::wrap::width;

const BREAK_ROWS: f64 = 1.0;
const MIN_SEGMENT: f64 = 2.0;
/// Columns the tick labels take ("1990", "Mar").
const TICK_COLS: i32 = 4;

/// A label down the axis: what it names, the row its moment falls on, how much it is wanted.
struct Wanted {
    role: Role,
    row: i32,
    keep: u8,
    text: String,
    /// The lane column of an event's mark, where its leader starts.
    from: Option<i32>,
    selected: bool,
}

/// The columns: era bars start after the tick labels, then the axis, the lanes and the leaders.
struct Columns {
    eras: i32,
    axis: i32,
    lanes: i32,
    leader: i32,
    label: i32,
}

pub fn plan(input: &Input<'_>) -> Plan {
    let mut plan = Plan::new(input.width, input.height);
    let Some(scale) = Scale::of(input.spans()) else {
        return plan;
    };
    let (w, h) = (i32::from(input.width), i32::from(input.height));
    let legend = if h >= 12 {
        legend_rows(&legend(input.lanes), usize::from(input.width), 3)
    } else {
        Vec::new()
    };
    let legend_h = legend.len() as i32;
    let rows = (h - legend_h).max(1);
    let view = View::new(
        &scale,
        f64::from(rows),
        BREAK_ROWS,
        MIN_SEGMENT,
        input.zoom,
        input.centre,
    );
    plan.window = view.window;
    let bands = bands(input.eras, &view, 0, rows - 1);
    let levels = bands.iter().map(|b| b.level + 1).max().unwrap_or(0) as i32;
    let lanes = input.lanes.len().max(1) as i32;
    let axis_x = TICK_COLS + 1 + levels;
    let cols = Columns {
        eras: TICK_COLS + 1,
        axis: axis_x,
        lanes: axis_x + 1,
        leader: axis_x + 1 + lanes,
        label: axis_x + 2 + lanes,
    };
    axis(&mut plan, &view, &cols, rows);
    let mut wanted = Vec::new();
    draw_bands(&mut plan, input, &bands, &cols, &mut wanted);
    events(&mut plan, input, &view, &cols, rows, &mut wanted);
    labels(&mut plan, wanted, &cols, w, rows);
    for (row, entries) in legend.into_iter().enumerate() {
        for (x, e) in entries {
            plan.text(x as i32, rows + row as i32, e, Role::Legend);
        }
    }
    plan
}

fn axis(plan: &mut Plan, view: &View, cols: &Columns, rows: i32) {
    for y in 0..rows {
        if view.time_at(f64::from(y) + 0.5).is_some() {
            plan.glyph(cols.axis, y, '│', Role::Axis);
        }
    }
    for b in &view.breaks {
        plan.glyph(cols.axis, cell(*b), BREAK, Role::Break);
    }
    let mut free_from = i32::MIN;
    for t in ticks(view, 2.0) {
        let y = cell(t.x);
        if y >= rows || y < free_from {
            continue;
        }
        plan.glyph(cols.axis, y, '┤', Role::Axis);
        let label = cut(&t.label, TICK_COLS as usize);
        let x = TICK_COLS - width(&label) as i32;
        plan.text(x, y, label, Role::TickLabel);
        free_from = y + 1;
    }
}

fn draw_bands(
    plan: &mut Plan,
    input: &Input<'_>,
    bands: &[Band],
    cols: &Columns,
    wanted: &mut Vec<Wanted>,
) {
    for &Band {
        era,
        level,
        from,
        to,
    } in bands
    {
        let Some(e) = input.eras.get(era) else {
            continue;
        };
        let x = cols.eras + level as i32;
        let role = Role::Era { era };
        for y in from..=to {
            plan.glyph(x, y, '║', role);
        }
        plan.glyph(x, from, if e.span.fuzzy { '╎' } else { '╓' }, role);
        plan.glyph(x, to, '╙', role);
        wanted.push(Wanted {
            role: Role::EraLabel { era },
            row: from,
            keep: if e.selected { 3 } else { 1 },
            text: format!("═ {}", e.title),
            from: None,
            selected: e.selected,
        });
    }
}

fn events(
    plan: &mut Plan,
    input: &Input<'_>,
    view: &View,
    cols: &Columns,
    rows: i32,
    wanted: &mut Vec<Wanted>,
) {
    for (event, e) in input.events.iter().enumerate() {
        let Some((from, to)) = cells(view, &e.span, 0, rows - 1) else {
            plan.outside += 1;
            continue;
        };
        let x = cols.lanes
            + i32::try_from(e.lane)
                .unwrap_or(0)
                .min(cols.leader - cols.lanes - 1);
        let role = Role::Mark { event };
        let line = if e.span.fuzzy { '┇' } else { '┃' };
        for y in from + 1..=to {
            plan.glyph(x, y, line, role);
        }
        plan.glyph(x, from, mark(e.lane, e.inferred), role);
        let keep = match (e.selected, e.marked) {
            (true, _) => 3,
            (false, true) => 2,
            _ => 0,
        };
        wanted.push(Wanted {
            role: Role::Label { event },
            row: from,
            keep,
            text: format!("{} {}", e.date, e.title),
            from: Some(x),
            selected: e.selected,
        });
    }
}

/// Places the labels one a row, in time order. A label on its mark's row is joined to it by a
/// line; one moved off it points the way to it (↑ or ↓), as a shared leader would tangle.
fn labels(plan: &mut Plan, mut wanted: Vec<Wanted>, cols: &Columns, w: i32, rows: i32) {
    let room = (w - cols.label).max(0) as usize;
    wanted.sort_by_key(|l| l.row);
    let rows_of: Vec<i32> = wanted.iter().map(|l| l.row).collect();
    let keep: Vec<u8> = wanted.iter().map(|l| l.keep).collect();
    let at = if room >= 4 {
        stack(&rows_of, &keep, rows)
    } else {
        vec![None; wanted.len()]
    };
    for (l, row) in wanted.iter().zip(&at) {
        let Some(row) = *row else {
            if matches!(l.role, Role::Label { .. }) {
                plan.unlabelled += 1;
            }
            continue;
        };
        let leader = match l.role {
            Role::Label { event } => Role::Leader { event },
            other => other,
        };
        let pointer = match row.cmp(&l.row) {
            _ if l.selected => '▸',
            std::cmp::Ordering::Equal => '─',
            std::cmp::Ordering::Less => '↓',
            std::cmp::Ordering::Greater => '↑',
        };
        if row == l.row {
            for x in l.from.map_or(cols.leader, |x| x + 1)..cols.leader {
                plan.glyph(x, row, '─', leader);
            }
        }
        plan.glyph(cols.leader, row, pointer, leader);
        plan.text(cols.label, row, cut(&l.text, room), l.role);
    }
}
