//! Deep links: `--open why-moscow/energy`, `--open pitfalls`, `--open event/gas-deal-target`,
//! so a scripted classroom demo can start exactly where it needs to.

use super::tab::{TIMELINE_ID, Tab};
use crate::content::text::nearest;
use crate::content::{Pack, PointRef};

/// A place in the pack a deep link can name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Destination {
    Tab(Tab),
    Point(PointRef),
    Event(usize),
}

/// The prefix that names an event.
pub const EVENT_PREFIX: &str = "event/";

/// Reads a link: `event/ID`, `timeline`, a section id, `SECTION/POINT`, or a point named the
/// way the screen names it (`R6`, `Reason 6`) or by its id alone (`energy`). The error lists
/// the nearest places, written in full.
pub fn parse(spec: &str, pack: &Pack) -> Result<Destination, String> {
    let spec = spec.trim();
    if spec.is_empty() {
        return Err(format!(
            "no place given; try a section ({}), timeline, SECTION/POINT or a label such as R1",
            section_ids(pack)
        ));
    }
    if let Some(id) = spec.strip_prefix(EVENT_PREFIX) {
        return pack.event_index(id).map(Destination::Event).ok_or_else(|| {
            unknown(
                "event",
                id,
                pack.events.iter().map(|e| e.id.as_str()),
                EVENT_PREFIX,
            )
        });
    }
    if let Some((section_id, point_id)) = spec.split_once('/') {
        return section_point(pack, section_id, point_id);
    }
    // A tab by id or title ("timeline", "Potential Pitfalls"); not by number, which reads as
    // a label here.
    if spec.parse::<usize>().is_err()
        && let Some(tab) = Tab::parse(spec, pack)
    {
        return Ok(Destination::Tab(tab));
    }
    let named = points_named(pack, spec);
    match named.as_slice() {
        [one] => Ok(Destination::Point(*one)),
        [] => Err(nowhere(pack, spec)),
        many => {
            let forms: Vec<String> = many.iter().map(|r| full_form(pack, *r)).collect();
            Err(format!(
                "`{spec}` names {} points; say which: {}",
                many.len(),
                forms.join(", ")
            ))
        }
    }
}

/// `SECTION/POINT`, by ids.
fn section_point(pack: &Pack, section_id: &str, point_id: &str) -> Result<Destination, String> {
    let Some(section) = pack.section_index(section_id) else {
        let ids = pack
            .sections
            .iter()
            .map(|s| s.id.as_str())
            .chain([TIMELINE_ID]);
        return Err(unknown("section", section_id, ids, ""));
    };
    let points = pack
        .section(section)
        .map_or(&[][..], |s| s.points.as_slice());
    points
        .iter()
        .position(|p| p.id == point_id)
        .map(|point| Destination::Point(PointRef { section, point }))
        .ok_or_else(|| {
            let prefix = format!("{section_id}/");
            unknown(
                "point",
                point_id,
                points.iter().map(|p| p.id.as_str()),
                &prefix,
            )
        })
}

/// The points whose id, label or short label is `name`, ignoring case and spacing.
fn points_named(pack: &Pack, name: &str) -> Vec<PointRef> {
    let key = fold(name);
    pack.point_refs()
        .filter(|r| {
            pack.point(*r).is_some_and(|p| {
                [p.id.as_str(), p.label.as_str(), p.short_label()]
                    .iter()
                    .any(|n| fold(n) == key)
            })
        })
        .collect()
}

fn fold(s: &str) -> String {
    s.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

/// A point written the way `--open` always accepts it: `why-moscow/energy`.
pub fn full_form(pack: &Pack, r: PointRef) -> String {
    match (pack.section(r.section), pack.point(r)) {
        (Some(s), Some(p)) => format!("{}/{}", s.id, p.id),
        _ => String::new(),
    }
}

/// Why `spec` names nothing, with the nearest places in full: sections, `timeline`, and
/// points as `SECTION/POINT` (matched by id, label or short label).
fn nowhere(pack: &Pack, spec: &str) -> String {
    let mut forms: Vec<(String, String)> = pack
        .sections
        .iter()
        .map(|s| (s.id.clone(), s.id.clone()))
        .chain([(TIMELINE_ID.to_string(), TIMELINE_ID.to_string())])
        .collect();
    for r in pack.point_refs() {
        if let Some(p) = pack.point(r) {
            for name in [&p.id, &p.label, &p.short] {
                forms.push((fold(name), full_form(pack, r)));
            }
        }
    }
    let key = fold(spec);
    let near = nearest(&key, forms.iter().map(|(name, _)| name.as_str()), 5);
    let mut shown: Vec<&str> = Vec::new();
    for n in near {
        if let Some((_, full)) = forms.iter().find(|(name, _)| name == n)
            && !shown.contains(&full.as_str())
        {
            shown.push(full);
        }
    }
    if shown.is_empty() {
        return format!(
            "no place `{spec}`; try a section ({}), timeline, SECTION/POINT or a label such as R1",
            section_ids(pack)
        );
    }
    // Each point with the label a reader knows it by: "why-moscow/energy (R6)".
    let shown: Vec<String> = shown
        .into_iter()
        .map(|full| match labelled(pack, full) {
            Some(label) => format!("{full} ({label})"),
            None => full.to_string(),
        })
        .collect();
    format!("no place `{spec}`; nearest: {}", shown.join(", "))
}

/// The section ids, for messages.
fn section_ids(pack: &Pack) -> String {
    let ids: Vec<&str> = pack.sections.iter().map(|s| s.id.as_str()).collect();
    ids.join(", ")
}

/// The short label of the point written in full as `full`.
fn labelled(pack: &Pack, full: &str) -> Option<String> {
    pack.point_refs()
        .find(|r| full_form(pack, *r) == full)
        .and_then(|r| pack.point(r))
        .map(|p| p.short_label().to_string())
}

/// "no point `enrgy`; nearest: why-moscow/energy": the ids nearest to a wrong one (or every
/// valid id when none is near), each written with `prefix`.
pub fn unknown<'a>(
    what: &str,
    id: &str,
    ids: impl Iterator<Item = &'a str>,
    prefix: &str,
) -> String {
    let ids: Vec<&str> = ids.collect();
    let near = nearest(id, ids.iter().copied(), 3);
    let list = if near.is_empty() { &ids } else { &near };
    let shown: Vec<String> = list.iter().map(|i| format!("{prefix}{i}")).collect();
    let label = if near.is_empty() {
        "valid ids"
    } else {
        "nearest"
    };
    format!("no {what} `{id}`; {label}: {}", shown.join(", "))
}
