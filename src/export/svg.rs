//! The handout's timeline picture: an inline SVG laid out by the same rules as the terminal's
//! time axis (the broken scale, ticks, eras, lanes and labels that never cover each other),
//! on a grid of monospace cells. No script, no fonts or images from elsewhere: it prints as
//! it shows. Each event links to its entry in the page, each era to its own.

use std::fmt::Write;

use super::html::esc;
use crate::axis::{self, Glyph, Input, Plan, Role, Shape, span};
use crate::content::Pack;

/// Columns of the grid, and a cell's size in the picture's units.
const COLS: u16 = 150;
const CELL_W: f64 = 7.2;
const ROW_H: f64 = 18.0;
/// Most rows tried while looking for a height that labels every event.
const MAX_ROWS: u16 = 60;

/// The pack's timeline as an SVG element, or nothing for a pack without events.
pub fn timeline(pack: &Pack) -> String {
    if pack.events.is_empty() {
        return String::new();
    }
    let (lanes, lane_of) = axis::lanes(
        pack.events
            .iter()
            .map(|e| e.lane.clone().or_else(|| e.tags.first().cloned())),
    );
    let events: Vec<axis::Event> = pack
        .events
        .iter()
        .zip(&lane_of)
        .map(|(e, &lane)| axis::Event {
            span: span(&e.date),
            lane,
            title: e.title.clone(),
            date: e.date.short(),
            inferred: e.inferred,
            selected: false,
            marked: false,
        })
        .collect();
    let eras: Vec<axis::Era> = pack
        .eras
        .iter()
        .map(|e| axis::Era {
            span: axis::era_span(&e.start, &e.end),
            title: e.title.clone(),
            selected: false,
        })
        .collect();
    let lay = |height| {
        axis::plan(&Input {
            events: &events,
            eras: &eras,
            lanes: &lanes,
            width: COLS,
            height,
            shape: Shape::Horizontal,
            zoom: 0,
            centre: 0.0,
        })
    };
    // The shortest picture that labels every event, or the tallest tried.
    let mut rows = 12 + 2 * u16::try_from(lanes.len()).unwrap_or(0);
    let mut plan = lay(rows);
    while plan.unlabelled > 0 && rows < MAX_ROWS {
        rows += 2;
        plan = lay(rows);
    }
    draw(pack, &plan)
}

/// The SVG of a plan: lines for the axis, lanes, eras, spans and stems, text for the rest.
fn draw(pack: &Pack, plan: &Plan) -> String {
    let w = f64::from(plan.width) * CELL_W;
    let h = f64::from(plan.height) * ROW_H;
    let mut out = String::new();
    let _ = writeln!(
        out,
        "<svg class=\"timeline\" viewBox=\"0 0 {w:.0} {h:.0}\" \
         role=\"img\" aria-labelledby=\"timeline-picture-title\" font-family=\"DejaVu Sans Mono, Menlo, Consolas, monospace\" font-size=\"12\">\n\
         <title id=\"timeline-picture-title\">The events the article cites, to scale</title>"
    );
    let mut groups: Vec<(Option<String>, String)> = Vec::new();
    for run in runs(&plan.glyphs) {
        let body = shape(&run);
        push(&mut groups, link(pack, run.role), body);
    }
    for t in &plan.texts {
        let x = f64::from(t.x) * CELL_W;
        let y = f64::from(t.y) * ROW_H + 13.0;
        let class = class(t.role);
        // The break is drawn as two strokes; the legend names it the same way.
        let text = t.text.replace(axis::BREAK, "//");
        let body = format!(
            "<text x=\"{x:.1}\" y=\"{y:.1}\" class=\"{class}\">{}</text>",
            esc(&text)
        );
        push(&mut groups, link(pack, t.role), body);
    }
    for (href, body) in groups {
        match href {
            Some(h) => {
                let _ = writeln!(out, "<a href=\"{h}\">{body}</a>");
            }
            None => {
                let _ = writeln!(out, "{body}");
            }
        }
    }
    out.push_str("</svg>\n");
    out
}

/// Adds a piece to the last group if it links to the same place, else starts a group.
fn push(groups: &mut Vec<(Option<String>, String)>, href: Option<String>, body: String) {
    match groups.last_mut() {
        Some((h, b)) if *h == href => b.push_str(&body),
        _ => groups.push((href, body)),
    }
}

/// Where a piece of the picture links: an event's or an era's entry.
fn link(pack: &Pack, role: Role) -> Option<String> {
    match role {
        Role::Mark { event } | Role::Label { event } | Role::Leader { event } => {
            pack.event(event).map(|e| format!("#event-{}", esc(&e.id)))
        }
        Role::Era { era } | Role::EraLabel { era } => {
            pack.era(era).map(|e| format!("#era-{}", esc(&e.id)))
        }
        _ => None,
    }
}

fn class(role: Role) -> &'static str {
    match role {
        Role::TickLabel => "tick",
        Role::Legend => "legend",
        Role::Era { .. } | Role::EraLabel { .. } => "era",
        Role::Label { .. } | Role::Mark { .. } => "event",
        _ => "axis",
    }
}

/// Glyphs of one role and character in a straight line: along a row, or down a column.
struct Run {
    role: Role,
    ch: char,
    x: u16,
    y: u16,
    /// Cells it covers, along its row (or down its column for vertical lines).
    len: u16,
    down: bool,
}

/// Joins neighbouring glyphs of the same role and character into runs.
fn runs(glyphs: &[Glyph]) -> Vec<Run> {
    let mut out: Vec<Run> = Vec::new();
    for g in glyphs {
        let down = matches!(g.ch, '┊' | '│');
        let joins = out.last_mut().filter(|r| {
            r.role == g.role
                && r.ch == g.ch
                && r.down == down
                && if down {
                    r.x == g.x && r.y + r.len == g.y
                } else {
                    r.y == g.y && r.x + r.len == g.x
                }
        });
        match joins {
            Some(r) => r.len += 1,
            None => out.push(Run {
                role: g.role,
                ch: g.ch,
                x: g.x,
                y: g.y,
                len: 1,
                down,
            }),
        }
    }
    out
}

/// The SVG of a run of glyphs.
fn shape(run: &Run) -> String {
    let x0 = f64::from(run.x) * CELL_W;
    let y0 = f64::from(run.y) * ROW_H;
    let (mid_x, mid_y) = (x0 + CELL_W / 2.0, y0 + ROW_H / 2.0);
    let across = x0 + f64::from(run.len) * CELL_W;
    let line = |class: &str, x1: f64, y1: f64, x2: f64, y2: f64| {
        format!(
            "<line class=\"{class}\" x1=\"{x1:.1}\" y1=\"{y1:.1}\" x2=\"{x2:.1}\" y2=\"{y2:.1}\"/>"
        )
    };
    match run.ch {
        '─' => line("axis", x0, mid_y, across, mid_y),
        '┬' => line("axis", mid_x, mid_y - 3.0, mid_x, mid_y + 5.0),
        '┈' => line("lane", x0, mid_y, across, mid_y),
        '┊' => line(
            "boundary",
            mid_x,
            y0,
            mid_x,
            y0 + f64::from(run.len) * ROW_H,
        ),
        '│' => line("stem", mid_x, y0, mid_x, y0 + f64::from(run.len) * ROW_H),
        '═' | '╞' | '╡' | '╌' => format!(
            "<rect class=\"band\" x=\"{x0:.1}\" y=\"{:.1}\" width=\"{:.1}\" height=\"12\"/>",
            mid_y - 6.0,
            across - x0
        ),
        '━' => line("span", x0, mid_y, across, mid_y),
        '┅' => line("span fuzzy", x0, mid_y, across, mid_y),
        '≈' => format!(
            "{}{}",
            line("break", mid_x - 4.0, mid_y + 5.0, mid_x, mid_y - 5.0),
            line("break", mid_x, mid_y + 5.0, mid_x + 4.0, mid_y - 5.0)
        ),
        ch => {
            let text: String = std::iter::repeat_n(ch, usize::from(run.len)).collect();
            format!(
                "<text x=\"{x0:.1}\" y=\"{:.1}\" class=\"mark\">{}</text>",
                y0 + 13.0,
                esc(&text)
            )
        }
    }
}

/// The picture's styles, for the page's style sheet.
pub const CSS: &str = "svg.timeline{width:100%;height:auto;display:block}\
svg.timeline text{fill:#111;white-space:pre}svg.timeline text.tick,svg.timeline text.legend{fill:#444}\
svg.timeline text.era{fill:#0b3d6e;font-weight:bold}svg.timeline a:hover text{text-decoration:underline}\
svg.timeline line{stroke:#555;stroke-width:1}svg.timeline line.lane{stroke:#bbb;stroke-dasharray:2 3}\
svg.timeline line.boundary{stroke:#9ab;stroke-dasharray:1 3}svg.timeline line.stem{stroke:#888}\
svg.timeline line.span{stroke:#111;stroke-width:4}svg.timeline line.fuzzy{stroke-dasharray:3 2}\
svg.timeline line.break{stroke:#111;stroke-width:1.5}svg.timeline rect.band{fill:#dce9f5;stroke:#0b3d6e;stroke-width:.5}";
