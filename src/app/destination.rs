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

/// Reads a link; the error lists the valid ids nearest to a wrong one.
pub fn parse(spec: &str, pack: &Pack) -> Result<Destination, String> {
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
    if spec == TIMELINE_ID {
        return Ok(Destination::Tab(Tab::Timeline));
    }
    let (section_id, point_id) = match spec.split_once('/') {
        Some((s, p)) => (s, Some(p)),
        None => (spec, None),
    };
    let Some(section) = pack.section_index(section_id) else {
        let ids = pack
            .sections
            .iter()
            .map(|s| s.id.as_str())
            .chain([TIMELINE_ID]);
        return Err(unknown("section", section_id, ids, ""));
    };
    let Some(point_id) = point_id else {
        return Ok(Destination::Tab(Tab::Section(section)));
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
