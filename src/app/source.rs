//! The source view: the whole article, paragraph numbers in the margin, the passage it was
//! opened at highlighted and every other passage the pack quotes marked, each one a link to the
//! points that cite it.

use std::sync::Arc;

use ratatui::layout::Rect;

use super::action::Action;
use super::doc::{Doc, Line, Link, Mark, Role, Target};
use super::layout;
use super::state::{App, DetailNav, Focus, SourceNav, View};
use super::tab::Tab;
use super::update;
use crate::content::Pack;
use crate::content::text::normalize_ws;
use crate::wrap::wrap;

/// Bar in the margin of a line holding the chosen passage, another quoted passage, or neither;
/// they mark quotations without relying on colour.
const BAR_CHOSEN: &str = "┃";
const BAR_CITED: &str = "╎";
const BAR_PLAIN: &str = "│";

/// The source article laid out `width` columns wide, the passage `chosen` highlighted.
pub fn source_doc(pack: &Pack, chosen: Option<usize>, width: usize) -> Doc {
    let mut doc = Doc::default();
    let width = width.max(1);
    doc.para(Role::Title, &pack.article.title, width);
    doc.para(
        Role::Note,
        "Marked text is quoted by the pack: ↑↓ move between quotations, Enter lists the points citing one.",
        width,
    );
    let digits = pack
        .source
        .paragraphs
        .last()
        .map_or(1, |p| p.number.to_string().len());
    let text_width = width.saturating_sub(digits + 3).max(1);
    for para in &pack.source.paragraphs {
        doc.blank();
        let text = normalize_ws(&para.text);
        let spans = quoted_spans(pack, &text, &para.passages);
        let first_link = doc.links.len();
        let mut link_lines: Vec<Option<(usize, usize)>> = vec![None; spans.len()];
        let role = if para.non_body.is_some() {
            Role::Note
        } else {
            Role::Body
        };
        let mut at = 0;
        for (n, piece) in wrap(&text, text_width).iter().enumerate() {
            let start = text
                .get(at..)
                .and_then(|rest| rest.find(piece.as_str()))
                .map_or(at, |off| at + off);
            let end = start + piece.len();
            at = end;
            let number = if n == 0 {
                format!("{:>digits$}", para.number)
            } else {
                " ".repeat(digits)
            };
            let line_index = doc.lines.len();
            let mut marks = Vec::new();
            let mut bar = BAR_PLAIN;
            for (k, &(s, e, passage)) in spans.iter().enumerate() {
                if e <= start || s >= end {
                    continue;
                }
                let chosen_here = chosen == Some(passage);
                bar = if chosen_here || bar == BAR_CHOSEN {
                    BAR_CHOSEN
                } else {
                    BAR_CITED
                };
                if let Some(slot) = link_lines.get_mut(k) {
                    let first = slot.map_or(line_index, |(f, _)| f);
                    *slot = Some((first, line_index));
                }
                marks.push((
                    s.max(start) - start,
                    e.min(end) - start,
                    if chosen_here {
                        Role::Chosen
                    } else {
                        Role::Cited
                    },
                    first_link + k,
                ));
            }
            let prefix = format!("{number} {bar} ");
            let shift = prefix.len();
            let mut line_marks = vec![Mark {
                start: 0,
                end: shift,
                role: Role::Margin,
                link: None,
            }];
            line_marks.extend(marks.iter().map(|&(s, e, role, link)| Mark {
                start: shift + s,
                end: shift + e,
                role,
                link: Some(link),
            }));
            doc.lines.push(Line {
                role,
                text: format!("{prefix}{piece}"),
                link: marks.first().map(|m| m.3),
                marks: line_marks,
            });
        }
        for (&(_, _, passage), lines) in spans.iter().zip(link_lines) {
            let (first, last) = lines.unwrap_or((doc.lines.len(), doc.lines.len()));
            doc.links.push(Link {
                target: Target::Passage(passage),
                first,
                last,
            });
        }
    }
    doc
}

/// Byte ranges of `text` quoted by `passages`, in order and not overlapping.
fn quoted_spans(pack: &Pack, text: &str, passages: &[usize]) -> Vec<(usize, usize, usize)> {
    let mut spans: Vec<(usize, usize, usize)> = passages
        .iter()
        .filter_map(|&i| {
            let needle = normalize_ws(&pack.passage(i)?.text);
            let start = text.find(&needle)?;
            Some((start, start + needle.len(), i))
        })
        .collect();
    spans.sort_unstable();
    let mut reached = 0;
    for span in &mut spans {
        span.0 = span.0.max(reached).min(span.1);
        reached = reached.max(span.1);
    }
    spans.retain(|s| s.0 < s.1);
    spans
}

/// The rectangle the source view is drawn in.
pub fn area(app: &App) -> Option<Rect> {
    update::screen(app).map(|s| s.whole_body)
}

/// Columns the source text is wrapped to, margin included.
pub fn text_width(area: Rect) -> usize {
    usize::from(layout::inner(area).width.saturating_sub(2)).min(layout::MAX_TEXT_WIDTH + 8)
}

/// The source document at the view's current width, if the source view is open.
pub fn current_doc(app: &App) -> Option<(Arc<Doc>, SourceNav, usize)> {
    let Some(View::Source(nav)) = &app.nav.view else {
        return None;
    };
    let r = area(app)?;
    let doc = app.cache.source(&app.pack, text_width(r), nav.passage);
    Some((doc, *nav, usize::from(layout::inner(r).height).max(1)))
}

fn nav_mut(app: &mut App) -> Option<&mut DetailNav> {
    match &mut app.nav.view {
        Some(View::Source(nav)) => Some(&mut nav.detail),
        _ => None,
    }
}

/// The passage `s` opens the source at: the selected passage link, else the first passage of
/// the selected point or event.
pub fn passage_in_view(app: &App) -> Option<usize> {
    if let Some(super::state::Overlay::Chooser(c)) = &app.overlay {
        return c.passage;
    }
    if app.nav.focus == Focus::Detail {
        let d = update::detail_doc(app);
        let link = app.pane().and_then(|p| p.detail.link);
        if let Some(Target::Passage(i)) = link.and_then(|i| d.links.get(i)).map(|l| l.target) {
            return Some(i);
        }
    }
    match app.nav.tab {
        Tab::Section(_) => app
            .current_point()
            .and_then(|r| app.pack.point(r))
            .and_then(|p| p.passages.first().copied()),
        Tab::Timeline => app
            .current_event()
            .and_then(|e| app.pack.event(e))
            .and_then(|e| e.passages.first().copied()),
    }
}

/// Opens the source view at `passage` (highlighted, selected, a third of the way down the
/// view), remembering where the reader was.
pub fn open(app: &mut App, passage: Option<usize>) {
    update::remember(app);
    app.overlay = None;
    app.nav.view = Some(View::Source(SourceNav {
        passage,
        detail: DetailNav::default(),
    }));
    let Some((doc, _, h)) = current_doc(app) else {
        return;
    };
    let link = passage.and_then(|p| {
        doc.links
            .iter()
            .position(|l| l.target == Target::Passage(p))
    });
    if let (Some(nav), Some(i)) = (nav_mut(app), link)
        && let Some(l) = doc.links.get(i)
    {
        nav.link = Some(i);
        nav.scroll = l.first.saturating_sub(h / 3);
        update::reveal(nav, l.first, l.last, h);
    }
}

/// Keys in the source view. Returns false for actions it leaves to the explorer.
pub fn action(app: &mut App, action: Action) -> bool {
    let Some((doc, nav, h)) = current_doc(app) else {
        return false;
    };
    let page = h.saturating_sub(1).max(1) as isize;
    let Some(detail) = nav_mut(app) else {
        return false;
    };
    match action {
        Action::Up => update::step_doc(detail, &doc, h, -1),
        Action::Down => update::step_doc(detail, &doc, h, 1),
        Action::PageUp => update::scroll_doc(detail, &doc, h, -page),
        Action::PageDown | Action::NextStep => update::scroll_doc(detail, &doc, h, page),
        Action::Top => update::scroll_doc(detail, &doc, h, isize::MIN),
        Action::Bottom => update::scroll_doc(detail, &doc, h, isize::MAX),
        Action::WheelUp(..) => update::scroll_doc(detail, &doc, h, -3),
        Action::WheelDown(..) => update::scroll_doc(detail, &doc, h, 3),
        Action::Activate => activate(app, &doc, nav.detail.link, h),
        Action::Click(col, row) => click(app, &doc, col, row),
        Action::ToggleSource | Action::Back => update::back_or_close(app),
        Action::FocusLeft | Action::FocusRight => {}
        _ => return false,
    }
    true
}

fn activate(app: &mut App, doc: &Doc, link: Option<usize>, h: usize) {
    match link.and_then(|i| doc.links.get(i)).map(|l| l.target) {
        Some(Target::Passage(p)) => update::open_passage(app, p),
        _ if doc.links.is_empty() => app.message = Some("the pack quotes nothing here".into()),
        _ => {
            if let Some(nav) = nav_mut(app) {
                update::first_link_in_view(nav, doc, h);
            }
        }
    }
}

/// A click on a quotation selects it; a second click lists the points citing it.
fn click(app: &mut App, doc: &Doc, col: u16, row: u16) {
    let Some(r) = area(app).map(layout::inner) else {
        return;
    };
    if !layout::contains(r, col, row) {
        return;
    }
    let Some(nav) = nav_mut(app) else { return };
    let line = doc.lines.get(nav.scroll + usize::from(row - r.y));
    // The margin is one column left of the text.
    let x = usize::from(col - r.x).saturating_sub(1);
    let hit = line.and_then(|l| {
        let byte = byte_at_column(&l.text, x);
        l.marks
            .iter()
            .find(|m| m.link.is_some() && byte >= m.start && byte < m.end)
            .and_then(|m| m.link)
            .or(l.link)
    });
    let Some(link) = hit else { return };
    if nav.link == Some(link) {
        let h = usize::from(r.height).max(1);
        activate(app, doc, Some(link), h);
    } else {
        nav.link = Some(link);
    }
}

/// The byte offset in `text` of the character drawn at display column `col`.
fn byte_at_column(text: &str, col: usize) -> usize {
    let mut used = 0;
    for (i, c) in text.char_indices() {
        used += crate::wrap::width(c.encode_utf8(&mut [0; 4]));
        if used > col {
            return i;
        }
    }
    text.len()
}

/// Keeps the scroll inside the document and the selected quotation inside its links.
pub fn settle(app: &mut App) {
    let Some((doc, _, h)) = current_doc(app) else {
        return;
    };
    if let Some(nav) = nav_mut(app) {
        nav.scroll = nav.scroll.min(doc.height().saturating_sub(h));
        if nav.link.is_some_and(|i| i >= doc.links.len()) {
            nav.link = None;
        }
    }
}
