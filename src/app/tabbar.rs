//! The tab bar: one tab per section, then the timeline, numbered for the 1–9 keys.
//!
//! When the titles do not all fit, the active tab keeps its whole title (cut only if it alone
//! is wider than the bar) and the others shrink to share what is left, down to their number.
//! When not even the numbers fit, the bar shows the tabs around the active one, with ‹ and ›
//! saying more lie beyond. The drawing and mouse clicks both read this, so a click lands on
//! the tab drawn under it.

use ratatui::layout::Rect;

use super::tab::Tab;
use crate::content::Pack;
use crate::wrap::{truncate, width};

/// A tab as drawn: its columns and its label.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Drawn {
    pub tab: Tab,
    pub start: u16,
    pub end: u16,
    pub label: String,
}

/// The tab bar as drawn.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct TabBar {
    pub tabs: Vec<Drawn>,
    /// Tabs are left out before the first shown (drawn as ‹ at the left edge).
    pub more_left: bool,
    /// Tabs are left out after the last shown (drawn as › at the right edge).
    pub more_right: bool,
}

/// Columns a tab's number alone takes: " 3 ".
const NUMBER_ONLY: usize = 3;

/// Lays out the tab bar `bar` with `active` always shown.
pub fn tab_bar(pack: &Pack, bar: Rect, active: Tab) -> TabBar {
    let tabs: Vec<Tab> = Tab::all(pack).collect();
    let labels: Vec<String> = tabs
        .iter()
        .enumerate()
        .map(|(i, t)| format!(" {} {} ", i + 1, t.title(pack)))
        .collect();
    let room = usize::from(bar.width);
    let gaps = tabs.len().saturating_sub(1);
    let active_at = tabs.iter().position(|t| *t == active).unwrap_or(0);
    let full: usize = labels.iter().map(|l| width(l)).sum::<usize>() + gaps;
    if full <= room {
        return place(bar, &tabs, labels, false, false);
    }
    // Each tab needs at least its number; the active one wants its whole title.
    let mins: Vec<usize> = (0..tabs.len()).map(|i| width(&number(i))).collect();
    let others_min: usize = mins.iter().sum::<usize>() - mins.get(active_at).copied().unwrap_or(0);
    let active_full = labels.get(active_at).map_or(0, |l| width(l));
    let active_min = mins.get(active_at).copied().unwrap_or(NUMBER_ONLY);
    let active_room = room.saturating_sub(gaps + others_min);
    if active_room >= active_full.min(room / 2).max(active_min) {
        // Everything shows: the others share evenly what the active tab leaves.
        let active_w = active_full.min(active_room);
        let leftover = room.saturating_sub(active_w + gaps + others_min);
        let extra = leftover / gaps.max(1);
        let shrunk = labels
            .iter()
            .enumerate()
            .map(|(i, l)| {
                let min = mins.get(i).copied().unwrap_or(NUMBER_ONLY);
                let w = if i == active_at {
                    active_w
                } else {
                    min + extra
                };
                shorten(l, i, w)
            })
            .collect();
        return place(bar, &tabs, shrunk, false, false);
    }
    window(bar, &tabs, &labels, active_at)
}

/// A tab's number alone: " 3 ".
fn number(i: usize) -> String {
    format!(" {} ", i + 1)
}

/// A label cut to `w` columns; one too narrow for a word of its title is its number alone.
fn shorten(label: &str, i: usize, w: usize) -> String {
    let number = number(i);
    if w <= width(&number) + 2 {
        return number;
    }
    let cut = truncate(label.trim_end(), w.saturating_sub(1));
    format!("{cut} ")
}

/// Too many tabs for their numbers: the active one with as many neighbours as fit.
fn window(bar: Rect, tabs: &[Tab], labels: &[String], active_at: usize) -> TabBar {
    let room = usize::from(bar.width).saturating_sub(2);
    let active_w = labels
        .get(active_at)
        .map_or(0, |l| width(l))
        .min(room / 2)
        .max(NUMBER_ONLY);
    let (mut first, mut last) = (active_at, active_at);
    let mut used = active_w;
    loop {
        let left = first.checked_sub(1).map(|i| width(&number(i)) + 1);
        let right = (last + 1 < tabs.len()).then(|| width(&number(last + 1)) + 1);
        let mut grew = false;
        if let Some(w) = left.filter(|w| used + w <= room) {
            first -= 1;
            used += w;
            grew = true;
        }
        if let Some(w) = right.filter(|w| used + w <= room) {
            last += 1;
            used += w;
            grew = true;
        }
        if !grew {
            break;
        }
    }
    let shown: Vec<String> = (first..=last)
        .map(|i| match labels.get(i) {
            Some(l) if i == active_at => shorten(l, i, active_w),
            _ => number(i),
        })
        .collect();
    let inner = Rect {
        x: bar.x.saturating_add(1),
        width: bar.width.saturating_sub(2),
        ..bar
    };
    let visible = tabs.get(first..=last).unwrap_or_default();
    place(inner, visible, shown, first > 0, last + 1 < tabs.len())
}

/// Puts labels side by side, one column apart, from the left of `bar`.
fn place(
    bar: Rect,
    tabs: &[Tab],
    labels: Vec<String>,
    more_left: bool,
    more_right: bool,
) -> TabBar {
    let end = bar.x.saturating_add(bar.width);
    let mut x = bar.x;
    let mut out = Vec::new();
    for (tab, label) in tabs.iter().zip(labels) {
        let room = usize::from(end.saturating_sub(x));
        if room == 0 {
            break;
        }
        let label = truncate(&label, room);
        let w = u16::try_from(width(&label)).unwrap_or(u16::MAX);
        out.push(Drawn {
            tab: *tab,
            start: x,
            end: x.saturating_add(w),
            label,
        });
        x = x.saturating_add(w).saturating_add(1);
    }
    TabBar {
        tabs: out,
        more_left,
        more_right,
    }
}
