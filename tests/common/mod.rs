#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    clippy::panic
)]
//! Helpers shared by the integration tests.
#![allow(dead_code)]

pub mod session;

use std::sync::Arc;

use arglens::app::{self, Action, App};
use arglens::content::{self, Pack};

/// The shipped pack, loaded once per test binary.
pub fn pack() -> Arc<Pack> {
    static PACK: std::sync::OnceLock<Arc<Pack>> = std::sync::OnceLock::new();
    PACK.get_or_init(|| {
        Arc::new(
            content::load_embedded()
                .expect("the shipped pack loads")
                .pack,
        )
    })
    .clone()
}

pub fn app(size: (u16, u16)) -> App {
    App::new(pack(), size)
}

pub fn press(app: &mut App, actions: &[Action]) {
    for a in actions {
        app::update(app, a.clone());
    }
}

/// A program on the `PATH`, by the first of these names found.
pub fn find_program(names: &[&str]) -> Option<std::path::PathBuf> {
    let path = std::env::var_os("PATH")?;
    names.iter().find_map(|name| {
        std::env::split_paths(&path)
            .map(|dir| dir.join(name))
            .find(|p| p.is_file())
    })
}

/// A settings file of this test process's own, so the tests never read or change the
/// developer's saved theme. It does not exist until a test saves settings.
pub fn scratch_config() -> String {
    let dir = std::env::temp_dir().join(format!("arglens-test-{}", std::process::id()));
    dir.join("config.toml").to_string_lossy().into_owned()
}

/// Presses a key where the reader is: through the keymap layer of the view in front, as the
/// terminal does. Panics if the key does nothing there.
pub fn key(app: &mut App, key: arglens::app::keymap::Key) {
    let layer = arglens::app::views::layer(app);
    let action = arglens::app::keymap::action_for(layer, key)
        .unwrap_or_else(|| panic!("{key:?} does nothing in {layer:?}"));
    app::update(app, action);
}

/// Copies the shipped pack (content/ and assets/) into a temporary folder, returning the
/// folder and the path of its pack.
pub fn pack_copy() -> (tempfile::TempDir, std::path::PathBuf) {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let tmp = tempfile::tempdir().unwrap();
    copy_dir(&root.join("content"), &tmp.path().join("content"));
    copy_dir(&root.join("assets"), &tmp.path().join("assets"));
    let pack = tmp.path().join("content");
    (tmp, pack)
}

/// Copies a folder tree, overwriting files already at the target.
pub fn copy_dir(from: &std::path::Path, to: &std::path::Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), target).unwrap();
        }
    }
}

/// Replaces `from` with `to` in a file of a pack copy; panics if `from` is not there.
pub fn edit(pack: &std::path::Path, file: &str, from: &str, to: &str) {
    let path = pack.join(file);
    let text = std::fs::read_to_string(&path).unwrap();
    assert!(text.contains(from), "{file} does not contain {from:?}");
    std::fs::write(&path, text.replacen(from, to, 1)).unwrap();
}

/// The screen `a` draws, through a real `Terminal` on ratatui's `TestBackend`, as text.
pub fn screen(a: &App) -> String {
    use ratatui::{Terminal, backend::TestBackend};
    let mut terminal = Terminal::new(TestBackend::new(a.size().0, a.size().1)).unwrap();
    terminal
        .draw(|frame| arglens::ui::render(a, frame))
        .unwrap();
    arglens::ui::text::buffer_to_string(terminal.backend().buffer())
}

/// Asserts the drawn text has `rows` lines, none wider than `cols`.
pub fn assert_fits(s: &str, cols: usize, rows: usize) {
    assert_eq!(s.lines().count(), rows);
    for line in s.lines() {
        assert!(
            arglens::wrap::width(line) <= cols,
            "line wider than {cols}: {line:?}"
        );
    }
}

/// Small packs of odd shapes, built from starter packs and loaded through the real loader:
/// one point, no events, very long titles, Chinese text, three sections, a flag emoji.
pub fn odd_packs() -> Vec<(&'static str, Arc<Pack>)> {
    static PACKS: std::sync::OnceLock<Vec<(&'static str, Arc<Pack>)>> = std::sync::OnceLock::new();
    PACKS.get_or_init(build_odd_packs).clone()
}

fn build_odd_packs() -> Vec<(&'static str, Arc<Pack>)> {
    use arglens::cmd::new::scaffold;
    let english =
        "A short essay\n\nIn 1787 the delegates met in Philadelphia. They argued for months.\n";
    let chinese =
        "习近平访问莫斯科\n\n2013年3月，习近平主席访问了俄罗斯。这是他作为国家主席的首次出访。\n";
    let starter = |text: &str| scaffold(text, None, 2026).unwrap();
    let mut packs = vec![("one point", starter(english))];

    let mut none = starter(english);
    replace(&mut none, "timeline.yaml", "events:\n", "events: []\n");
    cut_from(&mut none, "timeline.yaml", "events: []\n");
    replace(
        &mut none,
        "sections/main.yaml",
        "events: [first-event]",
        "events: []",
    );
    packs.push(("no events", none));

    let long = "An extraordinarily long title that keeps going well past any sensible width so \
                that every list, header and status line has to cut it somewhere sensible";
    let mut titles = scaffold(english, Some(long), 2026).unwrap();
    replace(
        &mut titles,
        "sections/main.yaml",
        "A short title for the point",
        long,
    );
    replace(
        &mut titles,
        "sections/main.yaml",
        "title: The argument",
        &format!("title: {long}"),
    );
    replace(
        &mut titles,
        "timeline.yaml",
        "What happened, in a few words",
        long,
    );
    packs.push(("long titles", titles));

    let mut cjk = starter(chinese);
    replace(
        &mut cjk,
        "sections/main.yaml",
        "A short title for the point",
        "习近平首次出访选择莫斯科的原因",
    );
    replace(
        &mut cjk,
        "sections/main.yaml",
        "title: The argument",
        "title: 为什么是莫斯科？",
    );
    replace(
        &mut cjk,
        "timeline.yaml",
        "What happened, in a few words",
        "习近平访问俄罗斯 🇨🇳🇷🇺",
    );
    replace(
        &mut cjk,
        "timeline.yaml",
        "What happened and why it matters to the argument, in your own words.",
        "Встреча с Путиным в Москве.",
    );
    packs.push(("CJK", cjk));

    let mut three = starter(english);
    replace(
        &mut three,
        "article.yaml",
        "sections: [main]",
        "sections: [main, second, third]",
    );
    for (id, title) in [("second", "Second thoughts"), ("third", "Third way")] {
        let section = three["sections/main.yaml"]
            .replace("id: main", &format!("id: {id}"))
            .replace("title: The argument", &format!("title: {title}"))
            .replace("first-point", &format!("{id}-point"))
            .replace("events: [first-event]", "events: []");
        three.insert(format!("sections/{id}.yaml"), section);
    }
    packs.push(("three sections", three));

    packs
        .into_iter()
        .map(|(name, files)| (name, load_memory(name, files)))
        .collect()
}

fn replace(
    files: &mut std::collections::BTreeMap<String, String>,
    file: &str,
    from: &str,
    to: &str,
) {
    let text = files.get_mut(file).unwrap();
    assert!(text.contains(from), "{file} lacks {from:?}");
    *text = text.replacen(from, to, 1);
}

/// Drops everything in `file` after `marker`.
fn cut_from(files: &mut std::collections::BTreeMap<String, String>, file: &str, marker: &str) {
    let text = files.get_mut(file).unwrap();
    let at = text.find(marker).unwrap() + marker.len();
    text.truncate(at);
}

fn load_memory(name: &str, files: std::collections::BTreeMap<String, String>) -> Arc<Pack> {
    use arglens::content::files::PackFiles;
    let bytes = files
        .into_iter()
        .map(|(k, v)| (k, v.into_bytes()))
        .collect();
    match content::load(&PackFiles::Memory(Arc::new(bytes))) {
        Ok(checked) => Arc::new(checked.pack),
        Err(e) => panic!("the {name} pack does not load: {e}"),
    }
}
