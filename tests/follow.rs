#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    clippy::panic
)]
//! Following the argument: the source view, history and the trail, search, the map and the tag
//! filter, driven through `update` and drawn through `TestBackend`.

mod common;

use arglens::app::doc::{Role, Target};
use arglens::app::state::Focus;
use arglens::app::views::map::Row;
use arglens::app::views::source;
use arglens::app::{Action::*, App, FullView, Overlay, Tab, status as trail, update};
use arglens::content::PointRef;
use common::{app, assert_fits, pack, press, screen};

fn point_id(a: &App) -> String {
    let r = a.current_point().expect("a point is selected");
    a.pack.point(r).unwrap().id.clone()
}

fn type_text(a: &mut App, text: &str) {
    for c in text.chars() {
        update::update(a, Type(c));
    }
}

fn section_point(a: &App, id: &str) -> PointRef {
    a.pack
        .find_point(id)
        .unwrap_or_else(|| panic!("no point {id}"))
}

/// Selects the detail link of the current point that leads to `target`.
fn select_link(a: &mut App, target: Target) {
    a.nav.focus = Focus::Detail;
    for _ in 0..60 {
        let doc = arglens::app::views::panes::detail_doc(a);
        let link = a.pane().unwrap().detail.selected;
        if link.is_some_and(|l| doc.links[l].target == target) {
            return;
        }
        update::update(a, Down);
    }
    panic!("no link to {target:?}");
}

#[test]
fn point_to_passage_to_source_and_back_lands_on_the_same_point_and_scroll() {
    let mut a = app((80, 24));
    let energy = section_point(&a, "energy");
    press(&mut a, &[GoToTab(0)]);
    a.nav.sections[0].list.selected = energy.point;
    update::update(&mut a, Activate);
    let p = &a.pack.point(energy).unwrap().passages;
    let last = *p.last().unwrap();
    select_link(&mut a, Target::Passage(last));
    let before = a.nav.clone();
    assert!(
        before.sections[0].detail.scroll > 0,
        "the detail pane is scrolled"
    );

    update::update(&mut a, Activate);
    let Some(FullView::Source(s)) = a.nav.view else {
        panic!("no source view")
    };
    assert_eq!(s.passage, Some(last));
    // The chosen passage is the selected quotation and is in view.
    let (doc, nav, h) = source::current(&a).unwrap();
    let link = doc.links()[nav.doc.selected.unwrap()];
    assert_eq!(link.target, Target::Passage(last));
    assert!(link.first >= nav.doc.scroll && link.first < nav.doc.scroll + h);
    // Enter lists the points citing it.
    update::update(&mut a, Activate);
    let Some(Overlay::Chooser(c)) = &a.overlay else {
        panic!("no chooser")
    };
    assert_eq!(c.items, a.pack.passage(last).unwrap().cited_by);
    press(&mut a, &[Back, Back]);
    assert_eq!(
        a.nav, before,
        "back lands on the same point, link and scroll"
    );
    assert_eq!(point_id(&a), "energy");
    update::update(&mut a, Forward);
    assert!(matches!(a.nav.view, Some(FullView::Source(_))));
}

#[test]
fn enter_with_no_link_selected_follows_the_first_one_in_view() {
    // The detail pane, focused with nothing selected: Enter opens the first quotation.
    let mut a = app((120, 40));
    update::update(&mut a, FocusRight);
    assert_eq!(a.nav.focus, Focus::Detail);
    assert_eq!(a.pane().unwrap().detail.selected, None);
    let first = a.pack.point(a.current_point().unwrap()).unwrap().passages[0];
    update::update(&mut a, Activate);
    let Some(FullView::Source(s)) = &a.nav.view else {
        panic!("Enter did not follow a link: {:?}", a.nav.view)
    };
    assert_eq!(s.passage, Some(first));
    // The source with no quotation selected: Enter lists the points citing the first
    // quotation in view.
    let mut a = app((120, 40));
    update::update(&mut a, ToggleSource);
    a.nav.source_mut().unwrap().doc.selected = None;
    let (doc, nav, _) = source::current(&a).unwrap();
    let Target::Passage(p) = doc.links()[nav.doc.nearest_item(&*doc).unwrap()].target else {
        panic!("not a quotation")
    };
    update::update(&mut a, Activate);
    let Some(Overlay::Chooser(c)) = &a.overlay else {
        panic!("Enter did not list the points citing the first quotation")
    };
    assert_eq!(c.items, a.pack.passage(p).unwrap().cited_by);
}

#[test]
fn the_source_shows_every_paragraph_and_marks_chosen_and_cited_passages() {
    let p = pack();
    let chosen = 3;
    let doc = source::SourceText::new(&p, Some(chosen), 70).to_doc();
    for para in &p.source.paragraphs {
        let n = para.number.to_string();
        let numbered = doc
            .lines
            .iter()
            .any(|l| l.text.trim_start().starts_with(&format!("{n} ")));
        // Every paragraph carries its number, so the numbers run on as passages cite them;
        // only body paragraphs carry the bar that marks quotable text.
        assert!(numbered, "paragraph {n}");
        let barred = doc.lines.iter().any(|l| {
            l.text
                .trim_start()
                .starts_with(&format!("{n} {}", source::BAR_PLAIN))
        });
        assert!(
            barred == para.non_body.is_none() || !para.passages.is_empty(),
            "paragraph {n}"
        );
        let first_words: String = para
            .text
            .split_whitespace()
            .take(2)
            .collect::<Vec<_>>()
            .join(" ");
        assert!(
            doc.lines.iter().any(|l| l.text.contains(&first_words)),
            "paragraph {n} is shown"
        );
    }
    let text_of = |role: Role| -> String {
        doc.lines
            .iter()
            .flat_map(|l| {
                l.marks
                    .iter()
                    .filter(move |m| m.role == role)
                    .map(move |m| &l.text[m.start..m.end])
            })
            .collect::<Vec<_>>()
            .join(" ")
    };
    let normal = arglens::content::text::normalize_ws;
    assert_eq!(
        normal(&text_of(Role::Chosen)),
        normal(&p.passages[chosen].text),
        "exactly the chosen passage is highlighted"
    );
    let cited = normal(&text_of(Role::Cited));
    for (i, passage) in p.passages.iter().enumerate() {
        if i != chosen {
            let start: String = normal(&passage.text).chars().take(30).collect();
            assert!(cited.contains(&start), "passage {} is marked", passage.id);
        }
    }
    // One link per passage, each leading to it.
    assert_eq!(doc.links.len(), p.passages.len());
}

#[test]
fn s_opens_the_source_at_the_selected_passage_and_s_again_goes_back() {
    let mut a = app((100, 30));
    let first = a.pack.point(a.current_point().unwrap()).unwrap().passages[0];
    update::update(&mut a, ToggleSource);
    assert!(matches!(a.nav.view, Some(FullView::Source(s)) if s.passage == Some(first)));
    assert!(screen(&a).contains("Source · ¶"));
    update::update(&mut a, ToggleSource);
    assert!(a.nav.view.is_none());
    assert!(!a.history.can_go_back());
}

#[test]
fn the_status_line_shows_the_trail() {
    let mut a = app((120, 30));
    let energy = section_point(&a, "energy");
    a.nav.sections[0].list.selected = energy.point;
    update::update(&mut a, ToggleSource);
    update::update(&mut a, Activate);
    update::update(&mut a, Activate); // the first point citing the passage
    assert_eq!(a.history.back_stack().len(), 2);
    let t = trail::trail(&a);
    assert!(t.starts_with("Reason 6 › Source ¶ "), "{t}");
    let s = screen(&a);
    assert!(s.contains("Reason 6 › Source ¶ "), "{s}");
}

#[test]
fn a_timeline_event_in_the_trail_parts_its_date_from_the_tab() {
    let mut a = app((120, 30));
    let timeline = a.pack.sections.len();
    update::update(&mut a, GoToTab(timeline));
    update::update(&mut a, ToggleSource);
    let t = trail::trail(&a);
    let date = a.pack.events[0].date.short();
    assert!(t.starts_with(&format!("Timeline · {date} › ")), "{t}");
}

#[test]
fn the_map_shows_the_question_sections_and_labelled_points() {
    let mut a = app((80, 24));
    update::update(&mut a, ToggleMap);
    let Some(FullView::Map(nav)) = &a.nav.view else {
        panic!("no map")
    };
    let rows = arglens::app::views::map::rows(&a, nav);
    let points: usize = a.pack.sections.iter().map(|s| s.points.len()).sum();
    assert_eq!(rows.len(), 1 + a.pack.sections.len() + points);
    assert_eq!(rows[0], Row::Question);
    // Counting and looking up rows one by one agree with the full list, folded or not.
    let mut folded = nav.clone();
    for fold in [
        vec![false, false],
        vec![true, false],
        vec![false, true],
        vec![true, true],
    ] {
        folded.collapsed = fold;
        let all = arglens::app::views::map::rows(&a, &folded);
        assert_eq!(arglens::app::views::map::count(&a, &folded), all.len());
        for (i, row) in all.iter().enumerate() {
            assert_eq!(arglens::app::views::map::row_at(&a, &folded, i), Some(*row));
            assert_eq!(
                arglens::app::views::map::position(&a, &folded, *row),
                Some(i)
            );
        }
        assert_eq!(
            arglens::app::views::map::row_at(&a, &folded, all.len()),
            None
        );
    }
    let s = screen(&a);
    assert_fits(&s, 80, 24);
    let p = &a.pack;
    let points = |i: usize| p.sections[i].points.len();
    let first = format!("├─▾ {} ({} points)", p.sections[0].title, points(0));
    let last = format!("└─▾ {} ({} points)", p.sections[1].title, points(1));
    let question = format!("? {}", p.article.question.as_deref().unwrap());
    for text in [
        question.as_str(),
        first.as_str(),
        "context   Context 1 · The trip and its message",
        "supports  Reason 1 · Visit your friends first",
        last.as_str(),
        "Argument map ›",
    ] {
        assert!(s.contains(text), "missing {text:?}\n{s}");
    }
    insta::assert_snapshot!(s);
}

#[test]
fn the_map_says_each_relation_in_full_for_the_selected_point() {
    let mut a = app((100, 30));
    update::update(&mut a, ToggleMap);
    let p = &a.pack;
    let (section, point) = p
        .sections
        .iter()
        .enumerate()
        .find_map(|(i, s)| {
            s.points
                .iter()
                .position(|x| x.kind.relation() == "qualifies")
                .map(|j| (i, j))
        })
        .expect("the pack has a point that qualifies the answer");
    let want = p.sections[section].points[point].kind.relation_sentence();
    for _ in 0..60 {
        if screen(&a).lines().nth(28).is_some_and(|l| l.contains(want)) {
            return;
        }
        update::update(&mut a, Down);
    }
    panic!("no status line said {want:?}:\n{}", screen(&a));
}

#[test]
fn map_sections_fold_and_enter_opens_a_point() {
    let mut a = app((80, 24));
    update::update(&mut a, ToggleMap);
    // The map opens on the selected point; ← moves up to its section, and again folds it.
    press(&mut a, &[Collapse]);
    assert_eq!(
        arglens::app::views::map::selected(&a),
        Some(Row::Section(0))
    );
    press(&mut a, &[Collapse]);
    assert_eq!(
        arglens::app::views::map::selected(&a),
        Some(Row::Section(0))
    );
    let Some(FullView::Map(nav)) = &a.nav.view else {
        panic!()
    };
    let sections = a.pack.sections.len();
    let unfolded = a.pack.sections[1].points.len();
    assert_eq!(
        arglens::app::views::map::rows(&a, nav).len(),
        1 + sections + unfolded
    );
    let s = screen(&a);
    let folded = format!(
        "├─▸ {} ({} points)",
        a.pack.sections[0].title,
        a.pack.sections[0].points.len()
    );
    assert!(s.contains(&folded), "{s}");
    // → unfolds it again, Enter on a section folds it too.
    press(&mut a, &[Expand, Activate, Activate]);
    let Some(FullView::Map(nav)) = &a.nav.view else {
        panic!()
    };
    assert_eq!(nav.collapsed, vec![false, false]);
    // Down to the first pitfall and open it.
    press(&mut a, &[Bottom]);
    let last = arglens::app::views::map::selected(&a);
    let Some(Row::Point(r)) = last else {
        panic!("{last:?}")
    };
    update::update(&mut a, Activate);
    assert!(a.nav.view.is_none());
    assert_eq!(a.current_point(), Some(r));
    update::update(&mut a, Back);
    assert_eq!(arglens::app::views::map::selected(&a), Some(Row::Point(r)));
}

#[test]
fn the_source_view_renders_at_80x24_and_large() {
    let mut a = app((80, 24));
    update::update(&mut a, ToggleSource);
    let s = screen(&a);
    assert_fits(&s, 80, 24);
    for text in [
        "Source · ¶ 1, quoted by C1",
        " 1 ┃ China’s new leader",
        "Source › ¶ 1",
    ] {
        assert!(s.contains(text), "missing {text:?}\n{s}");
    }
    insta::assert_snapshot!(s);
    update::update(&mut a, Resize(240, 67));
    let big = screen(&a);
    assert!(big.contains("╎"), "other quotations are marked\n{big}");
    insta::assert_snapshot!("source_240x67", big);
}

#[test]
fn the_search_box_renders_at_80x24() {
    let mut a = app((80, 24));
    update::update(&mut a, Search);
    type_text(&mut a, "Gazprom");
    let s = screen(&a);
    assert_fits(&s, 80, 24);
    insta::assert_snapshot!(s);
}

#[test]
fn the_tag_filter_narrows_lists_timeline_and_map_and_clearing_keeps_or_restores_the_place() {
    let mut a = app((100, 30));
    press(&mut a, &[Down, Down, Activate, Down]);
    update::update(&mut a, Filter);
    let tags = arglens::app::filter::tags(&a.pack);
    let energy = tags.iter().position(|(t, _)| t == "energy").unwrap();
    for _ in 0..=energy {
        update::update(&mut a, Down);
    }
    update::update(&mut a, Activate);
    assert_eq!(a.filter.tag.as_deref(), Some("energy"));
    let s = screen(&a);
    assert!(s.contains("[tag: energy]"), "{s}");
    // Only energy points in the list, only energy events on the timeline.
    let shown = a.shown_points(0);
    assert!(!shown.is_empty());
    for i in shown.iter_from(0) {
        assert!(
            a.pack.sections[0].points[i]
                .tags
                .contains(&"energy".to_string())
        );
    }
    assert!(s.contains("R6 A possible gas deal"), "{s}");
    assert!(!s.contains("R1 Visit your friends first"), "{s}");
    update::update(&mut a, GoToTab(2));
    for e in a.shown_events().iter_from(0) {
        assert!(a.pack.events[e].tags.contains(&"energy".to_string()));
    }
    assert!(a.shown_events().len() < a.pack.events.len());
    update::update(&mut a, ToggleMap);
    let Some(FullView::Map(nav)) = &a.nav.view else {
        panic!()
    };
    let map_points = arglens::app::views::map::rows(&a, nav)
        .iter()
        .filter(|r| matches!(r, Row::Point(_)))
        .count();
    assert_eq!(
        map_points,
        a.shown_points(0).len() + a.shown_points(1).len()
    );
    // The reader has moved on (to the timeline tab): clearing the filter keeps them there.
    press(&mut a, &[Back]);
    let moved = a.nav.clone();
    press(&mut a, &[Filter, Top, Activate]);
    assert!(a.filter.tag.is_none());
    assert_eq!(a.nav.tab, moved.tab);
    assert_eq!(a.nav.timeline.list.selected, moved.timeline.list.selected);
    assert!(!screen(&a).contains("[tag:"));
    // Set and cleared without moving, the filter returns the reader to where they were.
    let mut b = app((100, 30));
    press(&mut b, &[Down, Down, Activate, Down]);
    let before = b.nav.clone();
    press(&mut b, &[Filter]);
    for _ in 0..=energy {
        update::update(&mut b, Down);
    }
    press(&mut b, &[Activate, Filter, Top, Activate]);
    assert!(b.filter.tag.is_none());
    assert_eq!(b.nav, before);
}

#[test]
fn the_tag_picker_renders_at_80x24() {
    let mut a = app((80, 24));
    update::update(&mut a, Filter);
    let s = screen(&a);
    assert_fits(&s, 80, 24);
    for text in ["Filter by tag", "No filter", "energy ("] {
        assert!(s.contains(text), "missing {text:?}\n{s}");
    }
}

#[test]
fn following_a_link_to_a_filtered_out_point_clears_the_filter() {
    let mut a = app((100, 30));
    a.filter.tag = Some("energy".into());
    update::update(&mut a, Top);
    let hidden = section_point(&a, "friends-first");
    arglens::app::navigate::jump_to_point(&mut a, hidden);
    assert!(a.filter.tag.is_none());
    assert_eq!(point_id(&a), "friends-first");
}

#[test]
fn the_mouse_reaches_map_rows_quotations_and_search_results() {
    let mut a = app((100, 30));
    update::update(&mut a, ToggleMap);
    // Rows start inside the border under the tab bar: row 2 is the question, 3 the section.
    press(&mut a, &[Click(10, 3)]);
    assert_eq!(
        arglens::app::views::map::selected(&a),
        Some(Row::Section(0))
    );
    press(&mut a, &[Click(10, 3)]);
    let Some(FullView::Map(nav)) = &a.nav.view else {
        panic!()
    };
    assert!(nav.collapsed[0], "a second click folds it");

    let mut a = app((100, 30));
    update::update(&mut a, ToggleSource);
    let (doc, nav, _) = source::current(&a).unwrap();
    let other = doc
        .links()
        .iter()
        .position(|l| l.first >= nav.doc.scroll && Some(l.target) != Some(Target::Passage(0)))
        .unwrap();
    let line = doc.links()[other].first;
    let col = doc
        .line(line)
        .unwrap()
        .marks
        .iter()
        .find(|m| m.link == Some(other))
        .map(|m| m.start)
        .unwrap();
    let (x, y) = (
        2 + u16::try_from(col).unwrap() + 2,
        2 + u16::try_from(line - nav.doc.scroll).unwrap(),
    );
    press(&mut a, &[Click(x, y)]);
    let (_, nav, _) = source::current(&a).unwrap();
    assert_eq!(
        nav.doc.selected,
        Some(other),
        "a click selects the quotation"
    );
    press(&mut a, &[Click(x, y)]);
    assert!(
        matches!(a.overlay, Some(Overlay::Chooser(_))),
        "a second click lists its points"
    );
}

#[test]
fn help_lists_the_new_keys() {
    let mut a = app((100, 60));
    update::update(&mut a, ToggleHelp);
    let s = screen(&a);
    for text in [
        "/",
        "Search points, passages, events",
        "argument map",
        "Filter lists",
        "next search result",
    ] {
        assert!(s.contains(text), "help lacks {text:?}\n{s}");
    }
}

#[test]
fn views_close_when_another_tab_is_chosen() {
    let mut a = app((80, 24));
    for open in [ToggleSource, ToggleMap] {
        press(&mut a, &[open, NextTab]);
        assert!(a.nav.view.is_none());
        assert_eq!(a.nav.tab, Tab::Section(1));
        press(&mut a, &[GoToTab(0)]);
    }
}

/// What the source view draws once scrolled is the article's lines from the scroll on, laid
/// out as the cursor counts them; the screens were recorded when the whole article was laid
/// out at once, and must not change now that only the lines in view are made.
#[test]
fn the_source_view_draws_the_article_where_it_is_scrolled() {
    let mut a = app((100, 30));
    press(&mut a, &[ToggleSource, PageDown, PageDown, Down, Down]);
    let s = screen(&a);
    let (doc, nav, h) = source::current(&a).unwrap();
    assert!(nav.doc.scroll > 0, "scrolled");
    let whole = doc.to_doc();
    let rows: Vec<&str> = s.lines().skip(2).take(h).collect();
    for (row, line) in rows.iter().zip(&whole.lines[nav.doc.scroll..]) {
        assert!(
            row.contains(line.text.trim_end()),
            "{row:?} shows {:?}",
            line.text
        );
    }
    insta::assert_snapshot!("source_scrolled_100x30", s);
    press(&mut a, &[Resize(64, 20), PageDown, Down]);
    let s = screen(&a);
    insta::assert_snapshot!("source_scrolled_64x20", s);
    press(&mut a, &[Search]);
    for c in "gazprom".chars() {
        press(&mut a, &[Type(c)]);
    }
    press(&mut a, &[Activate, SearchNext, SearchNext]);
    let s = screen(&a);
    insta::assert_snapshot!("source_found_64x20", s);
}
