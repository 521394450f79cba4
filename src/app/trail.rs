//! The trail in the status line: the places the reader followed links from, so they can see
//! how they got here and how far Backspace takes them.

use super::state::{App, Nav, View};
use super::tab::Tab;
use crate::content::{Pack, PointRef};

/// Places the trail names before the current one; older ones are counted, not named.
const SHOWN: usize = 3;

/// A short name for a place: "Reason 3", "Source ¶ 12", "Map", "Timeline 1913".
pub fn label(nav: &Nav, pack: &Pack) -> String {
    match &nav.view {
        Some(View::Source(s)) => match s.passage.and_then(|p| pack.passage(p)) {
            Some(p) => format!("Source ¶ {}", p.paragraph),
            None => "Source".into(),
        },
        Some(View::Map(_)) => "Map".into(),
        None => match nav.tab {
            Tab::Section(section) => {
                let point = nav.sections.get(section).map_or(0, |s| s.list.selected);
                pack.point(PointRef { section, point })
                    .map_or_else(|| nav.tab.title(pack).to_string(), |p| p.label.clone())
            }
            Tab::Timeline => {
                let e = nav.timeline.list.selected;
                pack.event(e).map_or_else(
                    || "Timeline".into(),
                    |e| format!("Timeline {}", e.date.short()),
                )
            }
        },
    }
}

/// The last few places gone back from, oldest first, each followed by " › ": what the status
/// line puts before the current place.
pub fn trail(app: &App) -> String {
    let skipped = app.back.len().saturating_sub(SHOWN);
    let mut out = if skipped > 0 {
        "… › ".to_string()
    } else {
        String::new()
    };
    for nav in app.back.iter().skip(skipped) {
        out.push_str(&label(nav, &app.pack));
        out.push_str(" › ");
    }
    out
}
