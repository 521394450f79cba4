//! Fuzzes the loader and validator: one file of the shipped pack is replaced by the input, the
//! rest stay as shipped, so both parsing and the cross-file checks see hostile text.
//!
//! The first input byte picks the file to replace; the remaining bytes are its new contents.
#![no_main]

use std::collections::BTreeMap;
use std::sync::Arc;

use arglens::content::embedded::FILES;
use arglens::content::files::PackFiles;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Some((&pick, contents)) = data.split_first() else {
        return;
    };
    let mut files: BTreeMap<String, Vec<u8>> = FILES
        .iter()
        .map(|(path, text)| (path.to_string(), text.as_bytes().to_vec()))
        .collect();
    let index = usize::from(pick) % FILES.len();
    if let Some((path, _)) = FILES.get(index) {
        files.insert(path.to_string(), contents.to_vec());
    }
    let files = PackFiles::Memory(Arc::new(files));
    if let Ok(checked) = arglens::content::load(&files) {
        // A pack that loads must also be one the reader can open and draw.
        let pack = Arc::new(checked.pack);
        let app = arglens::app::App::new(pack, (80, 24));
        let _ = arglens::ui::text::render_to_string(&app);
    }
});
