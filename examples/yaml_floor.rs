//! How long the YAML library alone takes to read a pack: the least any first opening of a
//! pack the explorer has not seen before can take on the machine.
//!
//! ```text
//! cargo build --release --examples
//! target/release/examples/yaml_floor [--typed] DIR/content
//! ```
//!
//! It reads the pack's files with the loader's own parsing (`content::yaml::parse_items`) and
//! does nothing else: the passages and the timeline on a second thread, the article and the
//! sections on this one, as a large pack is loaded, each list in runs of whole items. Plain,
//! every value is read into `serde::de::IgnoredAny`, so nothing is built; with `--typed`,
//! into the raw types (`content::raw`) loading starts from, before any check. The time
//! printed runs from before the files are read to the end of the reading, in a fresh process,
//! as a first opening's does; run it several times for a median.

use std::marker::PhantomData;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Instant;

use arglens::content::files::PackFile;
use arglens::content::raw;
use arglens::content::yaml::{ItemList, Parsed, parse, parse_items};
use serde::de::{Deserialize, Deserializer, IgnoredAny};

fn main() -> ExitCode {
    let mut args: Vec<String> = std::env::args().skip(1).collect();
    let typed = args.iter().any(|a| a == "--typed");
    args.retain(|a| a != "--typed");
    let Some(dir) = args.first().map(PathBuf::from) else {
        eprintln!("usage: yaml_floor [--typed] DIR   (a pack folder holding article.yaml)");
        return ExitCode::from(2);
    };
    let start = Instant::now();
    let Some(pack) = read_pack(&dir) else {
        return ExitCode::FAILURE;
    };
    let read = std::thread::scope(|s| {
        let beside = s.spawn(|| {
            let passages = parse_items::<raw::PassagesFile>;
            let timeline = parse_items::<raw::TimelineFile>;
            parsed(&pack.passages, typed, passages) && parsed(&pack.timeline, typed, timeline)
        });
        let section = parse_items::<raw::Section>;
        let here = parsed(&pack.article, typed, parse::<raw::ArticleFile>)
            && pack.sections.iter().all(|f| parsed(f, typed, section));
        here && beside.join().unwrap_or(false)
    });
    let ms = start.elapsed().as_secs_f64() * 1e3;
    if !read {
        eprintln!("yaml_floor: a file did not read without problems; `arglens check` says why");
        return ExitCode::FAILURE;
    }
    println!("{ms:.1} ms");
    ExitCode::SUCCESS
}

/// The files a pack's loading parses.
struct Files {
    article: PackFile,
    passages: PackFile,
    timeline: PackFile,
    sections: Vec<PackFile>,
}

fn read_pack(dir: &Path) -> Option<Files> {
    let read = |name: String| match std::fs::read_to_string(dir.join(&name)) {
        Ok(text) => Some(PackFile::new(name, text)),
        Err(e) => {
            eprintln!("yaml_floor: {}: {e}", dir.join(&name).display());
            None
        }
    };
    let mut names: Vec<String> = std::fs::read_dir(dir.join("sections"))
        .ok()?
        .filter_map(|e| e.ok()?.file_name().into_string().ok())
        .filter(|name| name.ends_with(".yaml"))
        .collect();
    names.sort();
    Some(Files {
        article: read("article.yaml".into())?,
        passages: read("passages.yaml".into())?,
        timeline: read("timeline.yaml".into())?,
        sections: (names.into_iter())
            .map(|name| read(format!("sections/{name}")))
            .collect::<Option<_>>()?,
    })
}

/// Whether `file` read without problems: into nothing, or with `parse` when `typed`.
fn parsed<T>(file: &PackFile, typed: bool, parse: fn(&PackFile) -> Parsed<T>) -> bool
where
    T: ItemKey,
{
    if typed {
        clean(parse(file))
    } else {
        clean(parse_items::<Nothing<T>>(file))
    }
}

fn clean<T>(parsed: Parsed<T>) -> bool {
    parsed.value.is_some() && parsed.broken.is_empty() && parsed.problems.is_empty()
}

/// The key of a file's list, the article's being one it does not have, so that it is read
/// whole.
trait ItemKey {
    const KEY: &'static str;
}

impl ItemKey for raw::ArticleFile {
    const KEY: &'static str = "";
}

impl ItemKey for raw::PassagesFile {
    const KEY: &'static str = <Self as ItemList>::KEY;
}

impl ItemKey for raw::TimelineFile {
    const KEY: &'static str = <Self as ItemList>::KEY;
}

impl ItemKey for raw::Section {
    const KEY: &'static str = <Self as ItemList>::KEY;
}

/// A file read into nothing: the YAML library still reads every event of it.
struct Nothing<K> {
    items: Vec<IgnoredAny>,
    key: PhantomData<K>,
}

impl<'de, K> Deserialize<'de> for Nothing<K> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        IgnoredAny::deserialize(d)?;
        Ok(Self {
            items: Vec::new(),
            key: PhantomData,
        })
    }
}

impl<K: ItemKey> ItemList for Nothing<K> {
    type Item = IgnoredAny;
    const KEY: &'static str = K::KEY;
    fn items_mut(&mut self) -> &mut Vec<IgnoredAny> {
        &mut self.items
    }
}
