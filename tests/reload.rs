#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    clippy::panic
)]
//! `--watch` reloads: the reader keeps their place by id, and a broken edit keeps the last good
//! pack while its problems are shown.

mod common;

use std::sync::Arc;

use arglens::app::action::Reload;
use arglens::app::{Action, Overlay, Page, Tab, update};
use arglens::content;
use arglens::ui::text::render_to_string;

/// What the event loop does when an edited pack loads.
fn replace_pack(app: &mut arglens::app::App, pack: Arc<content::Pack>) {
    update(app, Action::Reloaded(Reload(pack)));
}

/// What the event loop does when an edited pack does not load.
fn show_problems(app: &mut arglens::app::App, problems: &[content::Diagnostic]) {
    update(
        app,
        Action::ReloadFailed(problems.iter().map(ToString::to_string).collect()),
    );
}

fn load(dir: &std::path::Path) -> Arc<content::Pack> {
    match content::load_dir(dir) {
        Ok(c) => Arc::new(c.pack),
        Err(e) => panic!("{e}"),
    }
}

#[test]
fn a_point_inserted_above_keeps_the_reader_on_the_same_point() {
    let (_tmp, pack) = common::pack_copy();
    let mut app = common::app((100, 30));
    common::press(&mut app, &[Action::NextTab, Action::Down, Action::Down]);
    let before = app.current_point().unwrap();
    let id = app.pack.point(before).unwrap().id.clone();
    assert_eq!(id, "territorial-grievances");

    // Insert a point at the top of the section, so every index after it shifts by one.
    common::edit(
        &pack,
        "sections/pitfalls.yaml",
        "points:\n",
        "points:\n  - id: inserted-first\n    label: Pitfall 0\n    kind: pitfall\n    \
         title: Inserted\n    claim: An inserted claim.\n    explanation: An inserted \
         explanation.\n    passages: [trip-itinerary]\n",
    );
    let edited = load(&pack);
    replace_pack(&mut app, edited);
    assert_eq!(app.nav.tab, Tab::Section(1));
    let after = app.current_point().unwrap();
    assert_eq!(app.pack.point(after).unwrap().id, "territorial-grievances");
    assert_eq!(after.point, before.point + 1);
    assert!(!app.history.can_go_back() && !app.history.can_go_forward());
    assert_eq!(app.status.message.as_deref(), Some("Pack reloaded"));
}

#[test]
fn a_renamed_section_falls_back_to_a_tab_that_exists() {
    let (_tmp, pack) = common::pack_copy();
    let mut app = common::app((80, 24));
    common::press(&mut app, &[Action::NextTab]);
    // Rename the section the reader is on: its tab no longer exists.
    common::edit(&pack, "article.yaml", "  - pitfalls", "  - risks");
    common::edit(&pack, "sections/pitfalls.yaml", "id: pitfalls", "id: risks");
    std::fs::rename(
        pack.join("sections/pitfalls.yaml"),
        pack.join("sections/risks.yaml"),
    )
    .unwrap();
    let edited = load(&pack);
    replace_pack(&mut app, edited);
    assert_eq!(app.nav.tab, Tab::Section(0));
    assert_eq!(app.nav.sections.len(), 2);
    assert_eq!(app.nav.tab.id(&app.pack), "why-moscow");
    render_to_string(&app);
}

#[test]
fn problems_are_shown_and_the_last_good_pack_stays() {
    let (_tmp, pack) = common::pack_copy();
    let mut app = common::app((80, 24));
    common::press(&mut app, &[Action::Down]);
    common::edit(
        &pack,
        "passages.yaml",
        "  - id: trip-itinerary",
        "  - id: trip-itinerary\n    colour: red",
    );
    let Err(err) = content::load_dir(&pack) else {
        panic!("the edit should break the pack");
    };
    let before = Arc::clone(&app.pack);
    show_problems(&mut app, &err.diagnostics);
    assert!(Arc::ptr_eq(&before, &app.pack));
    assert_eq!(app.overlay, Some(Overlay::page(Page::Problems)));
    let screen = render_to_string(&app);
    assert!(screen.contains("Pack problems"), "{screen}");
    assert!(
        screen.contains("unknown field") && screen.contains("`colour`"),
        "{screen}"
    );
    assert!(screen.contains("1 problem"), "{screen}");
    // The reader can close it and go on reading the last good pack.
    update(&mut app, Action::Back);
    assert!(app.overlay.is_none());
    assert_eq!(app.current_point().unwrap().point, 1);

    // Fixing the file clears the problems and the overlay.
    common::edit(&pack, "passages.yaml", "\n    colour: red", "");
    show_problems(&mut app, &err.diagnostics);
    replace_pack(&mut app, load(&pack));
    assert!(app.status.problems.is_empty());
    assert!(app.overlay.is_none());
}

#[test]
fn diagnostics_quoting_control_characters_are_sanitised_on_screen() {
    let mut app = common::app((80, 24));
    let d = content::Diagnostic::error("f.yaml", "unknown field `\u{1b}]0;pwned\u{7}`");
    show_problems(&mut app, &[d]);
    let screen = render_to_string(&app);
    assert!(!screen.contains('\u{1b}') && !screen.contains('\u{7}'));
}

#[test]
fn the_source_view_and_the_filter_survive_a_reload_by_id() {
    let (_tmp, pack) = common::pack_copy();
    let mut app = common::app((100, 30));
    app.filter.tag = Some("energy".into());
    update(&mut app, Action::Search);
    update(&mut app, Action::Type('g'));
    update(&mut app, Action::Activate);
    let energy = app.pack.find_point("energy").unwrap();
    let quoted = app.pack.point(energy).unwrap().passages[0];
    let id = app.pack.passages[quoted].id.clone();
    arglens::app::views::source::open(&mut app, Some(quoted));
    // A passage inserted at the top of the file shifts every index by one.
    common::edit(
        &pack,
        "passages.yaml",
        "passages:\n",
        "passages:\n  - id: inserted-first\n    paragraph: 1\n    text: China’s new leader\n",
    );
    replace_pack(&mut app, load(&pack));
    let Some(arglens::app::FullView::Source(s)) = &app.nav.view else {
        panic!("the source view stays open")
    };
    let kept = s.passage.unwrap();
    assert_eq!(app.pack.passages[kept].id, id);
    assert_eq!(kept, quoted + 1);
    assert_eq!(app.filter.tag.as_deref(), Some("energy"));
    assert!(app.filter.before.is_none());
    assert!(
        app.searches.last.is_none(),
        "results name places in the old pack"
    );
    assert!(render_to_string(&app).contains("Source · ¶ "));
}
