//! What the status line says: where the reader is, and the trail of places they followed
//! links from, so they can see how they got here and how far Backspace takes them.

use super::state::{App, FullView, Nav};
use super::tab::Tab;
use super::views::map;
use crate::content::{Pack, PointRef};

/// Places the trail names before the current one; older ones are counted, not named.
const SHOWN: usize = 3;

/// A short name for a place: "Reason 3", "Source ¶ 12", "Map", "Timeline · 1913".
pub fn label(nav: &Nav, pack: &Pack) -> String {
    match &nav.view {
        Some(FullView::Source(s)) => match s.passage.and_then(|p| pack.passage(p)) {
            Some(p) => format!("Source ¶ {}", p.paragraph),
            None => "Source".into(),
        },
        Some(FullView::Map(_)) => "Map".into(),
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
                    |e| format!("Timeline · {}", e.date.short()),
                )
            }
        },
    }
}

/// The last few places gone back from, oldest first, each followed by " › ": what the status
/// line puts before the current place.
pub fn trail(app: &App) -> String {
    let back = app.history.back_stack();
    let skipped = back.len().saturating_sub(SHOWN);
    let mut out = if skipped > 0 {
        "… › ".to_string()
    } else {
        String::new()
    };
    for nav in back.iter().skip(skipped) {
        out.push_str(&label(nav, &app.pack));
        out.push_str(" › ");
    }
    out
}

/// Most columns the tab's title takes in the status line.
const TAB_TITLE_MOST: usize = 24;

/// "Why Moscow? › point 7 of 10 · Reason 3 · Seeking support against Japan": where the
/// reader is. The position comes before the title, so a narrow status line cuts the title,
/// never the count.
pub fn location(app: &App) -> String {
    let pack = &app.pack;
    match &app.nav.view {
        Some(FullView::Source(s)) => {
            if let Some((all, Some(at))) = super::views::source::find::found(app) {
                let query = app.searches.last.as_ref().map_or("", |l| l.query());
                return format!("Source › {} of {} for “{query}”", at + 1, all.len());
            }
            return match s.passage.and_then(|p| pack.passage(p)) {
                Some(p) => format!(
                    "Source › ¶ {}{}",
                    p.paragraph,
                    super::doc::quoted_by(pack, &p.cited_by)
                ),
                None => "Source › the whole article".into(),
            };
        }
        Some(FullView::Map(_)) => {
            let row = match map::selected(app) {
                Some(map::Row::Section(i)) => pack.section(i).map(|s| s.title.clone()),
                // The relation as a sentence: the map's one word for it needs saying in full.
                Some(map::Row::Point(r)) => pack
                    .point(r)
                    .map(|p| format!("{}, {} · {}", p.label, p.kind.relation_sentence(), p.title)),
                _ => pack.article.question.clone(),
            };
            return format!("Argument map › {}", row.unwrap_or_default());
        }
        None => {}
    }
    // A long section title is cut here, so the count after it always has room.
    let tab = crate::wrap::truncate(app.nav.tab.title(pack), TAB_TITLE_MOST);
    match app.nav.tab {
        Tab::Section(section) => match app
            .current_point()
            .and_then(|r| pack.point(r).map(|p| (r, p)))
        {
            Some((r, p)) => {
                let shown = app.shown_points(section);
                let at = shown.position(r.point).unwrap_or(0) + 1;
                format!(
                    "{tab} › point {at} of {} · {} · {}",
                    shown.len(),
                    p.label,
                    p.title
                )
            }
            None => format!("{tab} › (no points)"),
        },
        Tab::Timeline if app.axis_shown() && app.nav.axis.era.is_some() => {
            let at = app.nav.axis.era.unwrap_or(0);
            match pack.era(at) {
                Some(e) => format!(
                    "{tab} › era {} of {} · {} to {} · {}",
                    at + 1,
                    pack.eras.len(),
                    e.start,
                    e.end,
                    e.title
                ),
                None => format!("{tab} › (no eras)"),
            }
        }
        Tab::Timeline => match app.current_event().and_then(|e| pack.event(e)) {
            Some(e) => {
                let shown = app.shown_events();
                let at = shown.position(app.nav.timeline.list.selected).unwrap_or(0) + 1;
                format!(
                    "{tab} › event {at} of {} · {} · {}",
                    shown.len(),
                    e.date,
                    e.title
                )
            }
            None => format!("{tab} › (no events)"),
        },
    }
}
