//! Packs many times the size of the shipped one, for benchmarks and for trying the explorer on
//! a large pack.
//!
//! Copy `k` of the article follows copy `k - 1` in the source text, so every quotation still
//! appears verbatim in the paragraph it names; copies of points, passages and events get the
//! suffix `-k` on their ids and point at the matching copies. A pack scaled by `n` has `n`
//! times the points, passages, events and source text of the original, and loads without an
//! error.

use std::collections::BTreeMap;

use super::embedded;
use super::files::PackFile;
use super::load::{ARTICLE_FILE, PASSAGES_FILE, TIMELINE_FILE, section_file};
use super::raw;
use super::text::paragraphs;
use super::yaml;

/// The files of the shipped pack scaled `n` times (at least once), by path relative to the
/// pack folder, as [`super::files::PackFiles::Memory`] and `gen-pack` want them.
pub fn scaled_files(n: usize) -> Result<BTreeMap<String, Vec<u8>>, String> {
    let n = n.max(1);
    let mut article: raw::ArticleFile = parse_built_in(ARTICLE_FILE)?;
    let passages: raw::PassagesFile = parse_built_in(PASSAGES_FILE)?;
    let timeline: raw::TimelineFile = parse_built_in(TIMELINE_FILE)?;
    let source = built_in(&article.article.source)?.text;
    let per_copy = paragraphs(&source).len();

    let mut files = BTreeMap::new();
    let copies: Vec<&str> = (0..n).map(|_| source.trim_end()).collect();
    let text = copies.join("\n\n") + "\n";
    files.insert(article.article.source.clone(), text.into_bytes());

    let non_body = std::mem::take(&mut article.article.non_body);
    article.article.non_body = (0..n)
        .flat_map(|k| {
            non_body.iter().map(move |nb| raw::NonBody {
                paragraph: nb.paragraph + k * per_copy,
                why: nb.why.clone(),
            })
        })
        .collect();
    for id in &article.sections {
        let path = section_file(id);
        let section: raw::Section = parse_built_in(&path)?;
        files.insert(
            path,
            yaml::to_string(&scaled_section(section, n))?.into_bytes(),
        );
    }
    files.insert(ARTICLE_FILE.into(), yaml::to_string(&article)?.into_bytes());
    let passages = raw::PassagesFile {
        passages: (0..n)
            .flat_map(|k| {
                passages.passages.iter().map(move |p| raw::Passage {
                    id: suffixed(&p.id, k),
                    paragraph: p.paragraph + k * per_copy,
                    text: p.text.clone(),
                })
            })
            .collect(),
    };
    files.insert(
        PASSAGES_FILE.into(),
        yaml::to_string(&passages)?.into_bytes(),
    );
    let timeline = scaled_timeline(&timeline, n);
    files.insert(
        TIMELINE_FILE.into(),
        yaml::to_string(&timeline)?.into_bytes(),
    );
    Ok(files)
}

/// A built-in file as the loader reads it.
fn built_in(path: &str) -> Result<PackFile, String> {
    let text = embedded::file(path).ok_or_else(|| format!("no built-in {path}"))?;
    Ok(PackFile::new(path, text))
}

fn parse_built_in<T: serde::de::DeserializeOwned>(path: &str) -> Result<T, String> {
    let parsed = yaml::parse(&built_in(path)?);
    match (parsed.value, parsed.problems.first()) {
        (Some(value), None) => Ok(value),
        (_, Some(d)) => Err(d.message.clone()),
        (None, None) => Err(format!("cannot read {path}")),
    }
}

/// A section with each point repeated `n` times, copy `k` pointing at copy `k` of its
/// passages and events.
fn scaled_section(mut section: raw::Section, n: usize) -> raw::Section {
    let points = std::mem::take(&mut section.points);
    section.points = (0..n)
        .flat_map(|k| {
            points.iter().map(move |p| raw::Point {
                id: suffixed(&p.id, k),
                label: if k == 0 {
                    p.label.clone()
                } else {
                    format!("{} (copy {k})", p.label)
                },
                passages: p.passages.iter().map(|x| suffixed(x, k)).collect(),
                events: p.events.iter().map(|x| suffixed(x, k)).collect(),
                ..p.clone()
            })
        })
        .collect();
    section
}

/// The timeline with each event repeated `n` times. Copies of one event sit together, so the
/// timeline stays in date order.
fn scaled_timeline(timeline: &raw::TimelineFile, n: usize) -> raw::TimelineFile {
    raw::TimelineFile {
        events: timeline
            .events
            .iter()
            .flat_map(|e| {
                (0..n).map(move |k| raw::Event {
                    id: suffixed(&e.id, k),
                    passages: e.passages.iter().map(|x| suffixed(x, k)).collect(),
                    points: e.points.iter().map(|x| suffixed(x, k)).collect(),
                    ..e.clone()
                })
            })
            .collect(),
        eras: timeline
            .eras
            .iter()
            .flat_map(|e| {
                (0..n).map(move |k| raw::Era {
                    id: suffixed(&e.id, k),
                    passages: e.passages.iter().map(|x| suffixed(x, k)).collect(),
                    ..e.clone()
                })
            })
            .collect(),
    }
}

/// The files of the shipped pack with every item of every list (points, passages, events,
/// eras) repeated `n` times (at least once) with fresh ids, each item's copies next to it and
/// copy `k` pointing at copy `k` of what it cites. Unlike [`scaled_files`], the source text
/// stays as it is: every copy of a passage quotes the same paragraph, and labels repeat.
pub fn repeated_files(n: usize) -> Result<BTreeMap<String, Vec<u8>>, String> {
    let n = n.max(1);
    let article: raw::ArticleFile = parse_built_in(ARTICLE_FILE)?;
    let passages: raw::PassagesFile = parse_built_in(PASSAGES_FILE)?;
    let timeline: raw::TimelineFile = parse_built_in(TIMELINE_FILE)?;
    let mut files = BTreeMap::new();
    let source = built_in(&article.article.source)?.text;
    files.insert(article.article.source.clone(), source.into_bytes());
    files.insert(ARTICLE_FILE.into(), yaml::to_string(&article)?.into_bytes());
    for id in &article.sections {
        let path = section_file(id);
        let mut section: raw::Section = parse_built_in(&path)?;
        section.points = repeat(&section.points, n, |p, k| raw::Point {
            id: repeated(&p.id, k),
            passages: p.passages.iter().map(|x| repeated(x, k)).collect(),
            events: p.events.iter().map(|x| repeated(x, k)).collect(),
            ..p.clone()
        });
        files.insert(path, yaml::to_string(&section)?.into_bytes());
    }
    let passages = raw::PassagesFile {
        passages: repeat(&passages.passages, n, |p, k| raw::Passage {
            id: repeated(&p.id, k),
            ..p.clone()
        }),
    };
    files.insert(
        PASSAGES_FILE.into(),
        yaml::to_string(&passages)?.into_bytes(),
    );
    let timeline = raw::TimelineFile {
        events: repeat(&timeline.events, n, |e, k| raw::Event {
            id: repeated(&e.id, k),
            passages: e.passages.iter().map(|x| repeated(x, k)).collect(),
            points: e.points.iter().map(|x| repeated(x, k)).collect(),
            ..e.clone()
        }),
        eras: repeat(&timeline.eras, n, |e, k| raw::Era {
            id: repeated(&e.id, k),
            passages: e.passages.iter().map(|x| repeated(x, k)).collect(),
            ..e.clone()
        }),
    };
    files.insert(
        TIMELINE_FILE.into(),
        yaml::to_string(&timeline)?.into_bytes(),
    );
    Ok(files)
}

/// Each item followed by its `n - 1` copies, copy `k` made by `copy(item, k)`.
fn repeat<T>(items: &[T], n: usize, copy: impl Fn(&T, usize) -> T) -> Vec<T> {
    items
        .iter()
        .flat_map(|item| (0..n).map(|k| copy(item, k)).collect::<Vec<_>>())
        .collect()
}

fn repeated(id: &str, k: usize) -> String {
    if k == 0 {
        id.to_string()
    } else {
        format!("{id}-r{k}")
    }
}

fn suffixed(id: &str, k: usize) -> String {
    if k == 0 {
        id.to_string()
    } else {
        format!("{id}-{k}")
    }
}

#[cfg(test)]
mod tests {
    use std::sync::Arc;

    use super::*;
    use crate::content::files::PackFiles;

    #[test]
    fn a_scaled_pack_loads_with_n_times_everything() {
        let one = crate::content::load_embedded().unwrap().pack;
        let files = scaled_files(3).unwrap();
        let checked = crate::content::load(&PackFiles::Memory(Arc::new(files))).unwrap();
        let three = checked.pack;
        let points =
            |p: &crate::content::Pack| -> usize { p.sections.iter().map(|s| s.points.len()).sum() };
        assert_eq!(points(&three), 3 * points(&one));
        assert_eq!(three.passages.len(), 3 * one.passages.len());
        assert_eq!(three.events.len(), 3 * one.events.len());
        assert_eq!(
            three.source.paragraphs.len(),
            3 * one.source.paragraphs.len()
        );
        // A copy's passage quotes its own copy of the article.
        let last = three.passages.last().unwrap();
        assert!(last.id.ends_with("-2"));
        assert!(last.paragraph > 2 * one.source.paragraphs.len());
    }

    #[test]
    fn a_repeated_pack_loads_with_every_item_n_times_over_one_source() {
        let one = crate::content::load_embedded().unwrap().pack;
        let files = repeated_files(3).unwrap();
        let three = crate::content::load(&PackFiles::Memory(Arc::new(files)))
            .unwrap()
            .pack;
        let points =
            |p: &crate::content::Pack| -> usize { p.sections.iter().map(|s| s.points.len()).sum() };
        assert_eq!(points(&three), 3 * points(&one));
        assert_eq!(three.passages.len(), 3 * one.passages.len());
        assert_eq!(three.events.len(), 3 * one.events.len());
        assert_eq!(three.eras.len(), 3 * one.eras.len());
        assert_eq!(three.source.paragraphs.len(), one.source.paragraphs.len());
        assert_eq!(three.passages[1].id, format!("{}-r1", one.passages[0].id));
        assert_eq!(three.passages[1].text, one.passages[0].text);
    }

    /// Locating work per item of a repeated pack whose every passage id is invalid, so every
    /// passage and every point citing one gets a located message.
    fn locating_per_item(n: usize) -> f64 {
        let mut files = repeated_files(n).unwrap();
        let passages = files.get_mut(PASSAGES_FILE).unwrap();
        let text = String::from_utf8(passages.clone()).unwrap();
        *passages = text.replace("- id: ", "- id: X").into_bytes();
        let items = text.matches("- id: ").count();
        crate::content::locate::LINES_READ.with(|c| c.set(0));
        let problems = crate::content::load(&PackFiles::Memory(Arc::new(files)))
            .unwrap_err()
            .diagnostics
            .len();
        assert!(
            problems >= items,
            "{problems} messages for {items} passages"
        );
        let work = crate::content::locate::LINES_READ.with(std::cell::Cell::get);
        work as f64 / items as f64
    }

    #[test]
    fn locating_messages_grows_linearly_with_the_pack() {
        // A tenfold step (5× to 50×: a broken 100× pack takes long to check in a debug build).
        let (small, large) = (locating_per_item(5), locating_per_item(50));
        assert!(
            large <= 3.0 * small,
            "locating work per item grew from {small:.1} at 5× to {large:.1} at 50×"
        );
    }
}
