#![allow(clippy::expect_used, clippy::unwrap_used, clippy::indexing_slicing)]
//! Criterion benchmarks: loading, drawing each view, one keystroke, and all three on packs
//! scaled up to 1000 times the shipped one. Figures and how to read them: `benches/README.md`.

use std::collections::BTreeMap;
use std::hint::black_box;
use std::sync::Arc;
use std::time::Duration;

use arglens::app::{Action, App, update};
use arglens::content::files::PackFiles;
use arglens::content::validate::Checks;
use arglens::content::{self, Pack};
use arglens::ui::{self, Theme};
use criterion::measurement::WallTime;
use criterion::{BenchmarkGroup, BenchmarkId, Criterion, criterion_group, criterion_main};
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;

const SIZES: [(u16, u16); 2] = [(80, 24), (240, 67)];
const SCALES: [usize; 4] = [1, 10, 100, 1000];

fn shipped() -> Arc<Pack> {
    Arc::new(
        content::load_embedded()
            .expect("the shipped pack loads")
            .pack,
    )
}

fn scaled_files(n: usize) -> Arc<BTreeMap<String, Vec<u8>>> {
    Arc::new(content::scale::scaled_files(n).expect("the pack scales"))
}

fn load(files: &Arc<BTreeMap<String, Vec<u8>>>) -> Arc<Pack> {
    let checked = content::load(&PackFiles::Memory(Arc::clone(files))).expect("it loads");
    Arc::new(checked.pack)
}

/// Draws one frame into a reused buffer, as the terminal backend does.
fn draw(app: &App, buf: &mut Buffer, theme: &Theme) {
    let area = app.area();
    buf.reset();
    ui::draw(app, area, theme, buf);
}

/// The app showing `view` at `size`.
fn showing(pack: &Arc<Pack>, view: &str, size: (u16, u16)) -> App {
    let mut app = App::new(Arc::clone(pack), size);
    let actions: &[Action] = match view {
        "sections" => &[],
        "timeline" => &[Action::GoToTab(2)],
        "source" => &[Action::ToggleSource],
        "map" => &[Action::ToggleMap],
        "help" => &[Action::ToggleHelp],
        "presentation" => &[Action::TogglePresent, Action::NextStep, Action::NextStep],
        _ => &[],
    };
    for a in actions {
        update(&mut app, a.clone());
    }
    app
}

fn bench_load(c: &mut Criterion) {
    c.bench_function("load/shipped", |b| {
        b.iter(|| black_box(content::load_embedded().expect("loads")))
    });
    // What the commands do with the built-in pack: decode the model build.rs embedded.
    c.bench_function("load/shipped_model", |b| {
        b.iter(|| black_box(arglens::built_in::pack().expect("decodes")))
    });
}

fn bench_render(c: &mut Criterion) {
    let pack = shipped();
    let theme = Theme::default();
    let mut group = c.benchmark_group("render");
    for view in [
        "sections",
        "timeline",
        "source",
        "map",
        "help",
        "presentation",
    ] {
        for size in SIZES {
            let app = showing(&pack, view, size);
            let mut buf = Buffer::empty(Rect::new(0, 0, size.0, size.1));
            let id = BenchmarkId::new(view, format!("{}x{}", size.0, size.1));
            group.bench_function(id, |b| b.iter(|| draw(black_box(&app), &mut buf, &theme)));
        }
    }
    group.finish();
}

/// One keystroke: the action, then the frame it causes. Moving wraps to the top at the end so
/// every iteration really moves.
fn keystroke(app: &mut App, buf: &mut Buffer, theme: &Theme, key: &Action, start: &App) {
    let before = (app.nav.clone(), box_selection(app));
    update(app, key.clone());
    if (&app.nav, box_selection(app)) == (&before.0, before.1) {
        *app = start.clone();
    }
    draw(app, buf, theme);
}

/// Where the search box's selection is, if the box is open: moving through its results
/// leaves the places behind it as they were.
fn box_selection(app: &App) -> Option<arglens::app::cursor::Cursor> {
    match &app.overlay {
        Some(arglens::app::Overlay::Search(s)) => Some(s.cursor),
        _ => None,
    }
}

fn bench_step(c: &mut Criterion) {
    let pack = shipped();
    let theme = Theme::default();
    let mut group = c.benchmark_group("step");
    // Down through the detail of the point with the most passages, link by link.
    let most = pack
        .point_refs()
        .max_by_key(|r| pack.point(*r).map_or(0, |p| p.passages.len()))
        .expect("a point");
    let mut passages = App::new(Arc::clone(&pack), (80, 24));
    update(
        &mut passages,
        Action::Open(arglens::app::destination::Destination::Point(most)),
    );
    update(&mut passages, Action::Activate);
    let timeline = showing(&pack, "timeline", (80, 24));
    for (name, start) in [("passage_list", passages), ("timeline", timeline)] {
        let mut app = start.clone();
        let mut buf = Buffer::empty(Rect::new(0, 0, 80, 24));
        group.bench_function(name, |b| {
            b.iter(|| keystroke(&mut app, &mut buf, &theme, &Action::Down, &start))
        });
    }
    group.finish();
}

/// The app showing `view`, narrowed to the pack's most used tag when `filtered`. `search` is
/// the search box listing what a search for a word the whole pack uses found ("russ": 78
/// results in the shipped pack, the most listed at 1000×), so the list is full at every size;
/// the search looks in the whole pack whatever the filter, and with one the tab behind the
/// box is narrowed.
fn showing_scaled(pack: &Arc<Pack>, view: &str, filtered: bool) -> App {
    let mut app = App::new(Arc::clone(pack), (100, 30));
    if filtered {
        let tags = arglens::app::filter::tags(pack);
        let tag = tags.iter().max_by_key(|(_, n)| *n).map(|(t, _)| t.clone());
        arglens::app::views::tags::set(&mut app, tag);
        // The picker sets the filter inside `update`, which settles after it: do the same.
        update(&mut app, Action::Resize(100, 30));
    }
    let actions: &[Action] = match view {
        "timeline" => &[Action::GoToTab(2)],
        "source" => &[Action::ToggleSource],
        "map" => &[Action::ToggleMap],
        "search" => &[
            Action::Search,
            Action::Type('r'),
            Action::Type('u'),
            Action::Type('s'),
            Action::Type('s'),
        ],
        _ => &[],
    };
    for a in actions {
        update(&mut app, a.clone());
    }
    app
}

/// Loading, the first frame and one keystroke in every view, with and without a tag filter,
/// on packs grown `n` times: `scaled` (n copies of the article, each item pointing at its own
/// copy) and `repeated` (every list item repeated over the one article).
///
/// A view's keystroke is measured at every size, one size right after another, so the ratio of
/// its 1000× cost to its 1× cost compares runs seconds apart: on a shared machine, runs
/// minutes apart differ by more than the costs being compared.
fn bench_scale(c: &mut Criterion) {
    let theme = Theme::default();
    let mut group = c.benchmark_group("scale");
    group.sample_size(10);
    group.measurement_time(Duration::from_secs(5));
    let mut buf = Buffer::empty(Rect::new(0, 0, 100, 30));
    for grow in ["scaled", "repeated"] {
        let prefix = if grow == "scaled" { "" } else { "repeated_" };
        let mut packs = Vec::new();
        for n in SCALES {
            let files = Arc::new(
                match grow {
                    "scaled" => content::scale::scaled_files(n),
                    _ => content::scale::repeated_files(n),
                }
                .expect("the pack grows"),
            );
            bench_opening(&mut group, prefix, n, &files, &mut buf, &theme);
            packs.push((n, load(&files)));
        }
        for view in ["sections", "timeline", "source", "map", "search"] {
            for filtered in [false, true] {
                let tag = if filtered { "_tagged" } else { "" };
                for (n, pack) in &packs {
                    let start = showing_scaled(pack, view, filtered);
                    let mut app = start.clone();
                    let id = BenchmarkId::new(format!("{prefix}step_{view}{tag}"), n);
                    group.bench_function(id, |b| {
                        b.iter(|| keystroke(&mut app, &mut buf, &theme, &Action::Down, &start))
                    });
                }
            }
        }
    }
    group.finish();
}

/// Loading the pack grown `n` times, opening it as the explorer does, and its first frame.
fn bench_opening(
    group: &mut BenchmarkGroup<'_, WallTime>,
    prefix: &str,
    n: usize,
    files: &Arc<BTreeMap<String, Vec<u8>>>,
    buf: &mut Buffer,
    theme: &Theme,
) {
    group.bench_with_input(
        BenchmarkId::new(format!("{prefix}load"), n),
        files,
        |b, f| b.iter(|| black_box(load(f))),
    );
    // What the explorer does before its first frame: load with the checks that can fail,
    // make the app, draw.
    let open = BenchmarkId::new(format!("{prefix}open"), n);
    group.bench_with_input(open, files, |b, f| {
        b.iter(|| {
            let files = PackFiles::Memory(Arc::clone(f));
            let checked = content::load::load_with(&files, Checks::ErrorsOnly).expect("loads");
            let app = App::new(Arc::new(checked.pack), (100, 30));
            draw(&app, buf, theme);
        })
    });
    let pack = load(files);
    let first_frame = BenchmarkId::new(format!("{prefix}first_frame"), n);
    group.bench_with_input(first_frame, &pack, |b, p| {
        b.iter(|| {
            let app = App::new(Arc::clone(p), (100, 30));
            draw(&app, buf, theme);
        })
    });
}

/// Search: building the index (on the first search), a query of each sort, and one keystroke
/// in the search box with the results redrawn, on the shipped pack and the 100× one.
fn bench_search(c: &mut Criterion) {
    use arglens::app::find::{Index, run};
    let theme = Theme::default();
    let mut group = c.benchmark_group("search");
    group.sample_size(20);
    for n in [1, 100] {
        let pack = load(&scaled_files(n));
        group.bench_with_input(BenchmarkId::new("index", n), &pack, |b, p| {
            b.iter(|| black_box(Index::build(p)))
        });
        let index = Index::build(&pack);
        for (name, q) in [
            ("word", "gazprom"),
            ("common_word", "russia"),
            ("phrase", "\"same bed\""),
            ("year", "1996"),
            ("typo", "gazprm"),
            // Words that start with an apostrophe or a dash: typographic ones match them too.
            ("apostrophe", "'s"),
            ("dash", "-"),
        ] {
            group.bench_function(BenchmarkId::new(name, n), |b| {
                b.iter(|| black_box(run(&index, q)))
            });
        }
        // A keystroke in the box: the query grows by one letter, is searched, and redrawn.
        let mut start = App::new(Arc::clone(&pack), (100, 30));
        for a in [Action::Search, Action::Type('g'), Action::Type('a')] {
            update(&mut start, a);
        }
        let mut buf = Buffer::empty(Rect::new(0, 0, 100, 30));
        group.bench_function(BenchmarkId::new("keystroke", n), |b| {
            b.iter_batched(
                || start.clone(),
                |mut app| {
                    update(&mut app, Action::Type('s'));
                    draw(&app, &mut buf, &theme);
                    app
                },
                criterion::BatchSize::SmallInput,
            )
        });
    }
    group.finish();
}

criterion_group!(
    benches,
    bench_load,
    bench_render,
    bench_step,
    bench_scale,
    bench_search
);
criterion_main!(benches);
