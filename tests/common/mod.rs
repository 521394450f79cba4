#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    clippy::panic
)]
//! Helpers shared by the integration tests.
#![allow(dead_code)]

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
