//! `arglens new`: writes a starter pack for an article, small enough to read in a minute and
//! valid as written, so an author starts from something `check` accepts and the app opens.
//!
//! Every value comes from the article where it can (the first paragraph's opening sentence, the
//! first year the text mentions); everything else is a marked placeholder.

use std::collections::BTreeMap;
use std::path::PathBuf;
use std::process::ExitCode;

mod prose;

use prose::{Unwrapped, sentences};

use crate::content::files;
use crate::content::schema::{self, FileKind};
use crate::content::text::paragraphs;

/// Where the scaffold keeps the copied article, inside the pack.
pub const SOURCE_FILE: &str = "source.txt";

/// `arglens new`'s arguments.
#[derive(Debug, Clone, clap::Args)]
pub struct Args {
    /// The folder to create.
    pub dir: PathBuf,
    /// The article's text (UTF-8), copied into the pack.
    #[arg(long, value_name = "ARTICLE.txt")]
    pub source: PathBuf,
    /// The article's title (default: the first paragraph, if it is short).
    #[arg(long)]
    pub title: Option<String>,
    /// Keep every line of the article a paragraph of its own, even when the text looks
    /// hard-wrapped (lines folded at a width, paragraphs separated by blank lines), which is
    /// otherwise joined into paragraphs.
    #[arg(long)]
    pub keep_lines: bool,
}

/// Writes the starter pack and says what to do next.
pub fn run(args: &Args) -> ExitCode {
    match create(args) {
        Ok((written, unwrapped)) => {
            if let Some(u) = unwrapped {
                println!(
                    "The article looks hard-wrapped, so its {} lines were joined into {} \
                     paragraphs in {SOURCE_FILE} (--keep-lines keeps each line a paragraph).",
                    u.lines, u.paragraphs
                );
            }
            println!("Created {} with:", args.dir.display());
            for file in written {
                println!("  {file}");
            }
            println!(
                "Next: edit the YAML files, then run `arglens check {0}` and `arglens --content {0}`.\n\
                 `arglens guide` explains every field and every message `check` prints.",
                args.dir.display()
            );
            ExitCode::SUCCESS
        }
        Err(message) => super::fail(&message),
    }
}

/// Longest opening quotation the scaffold takes, in words.
const MAX_QUOTE_WORDS: usize = 60;

/// Writes a new pack into `args.dir`, which must not exist yet. Returns the files written, by
/// path inside the pack, and how a hard-wrapped article was joined into paragraphs.
pub fn create(args: &Args) -> Result<(Vec<String>, Option<Unwrapped>), String> {
    let (dir, source) = (args.dir.as_path(), args.source.as_path());
    if dir.exists() {
        return Err(format!(
            "{} already exists; `arglens new` only creates a new folder, so nothing was written",
            dir.display()
        ));
    }
    let text = files::read_text(source)
        .map(|f| f.text)
        .map_err(|d| d.to_string())?;
    let unwrapped = (!args.keep_lines)
        .then(|| prose::unwrap_paragraphs(&text))
        .flatten();
    let text = unwrapped.as_ref().map_or(text, |u| u.text.clone());
    let files = scaffold(&text, args.title.as_deref(), current_year())?;
    if let Some(parent) = dir.parent().filter(|p| !p.as_os_str().is_empty()) {
        std::fs::create_dir_all(parent)
            .map_err(|e| format!("cannot create {}: {e}", parent.display()))?;
    }
    // create_dir (not create_dir_all) fails if the folder appeared meanwhile: never overwrite.
    std::fs::create_dir(dir).map_err(|e| format!("cannot create {}: {e}", dir.display()))?;
    for (relative, contents) in &files {
        let path = dir.join(relative);
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent)
                .map_err(|e| format!("cannot create {}: {e}", parent.display()))?;
        }
        std::fs::write(&path, contents)
            .map_err(|e| format!("cannot write {}: {e}", path.display()))?;
    }
    Ok((files.into_keys().collect(), unwrapped))
}

/// The starter pack's files for `source`, by path inside the pack.
pub fn scaffold(
    source: &str,
    title: Option<&str>,
    year_now: u32,
) -> Result<BTreeMap<String, String>, String> {
    let paras = paragraphs(source);
    let first = *paras
        .first()
        .ok_or("the article has no text; a pack needs a source with at least one paragraph")?;
    let opening = opening_quote(first);
    let dated = find_year(&paras);
    let title = match title {
        Some(t) if !t.trim().is_empty() => t.trim().to_string(),
        _ if first.split_whitespace().count() <= 15 => first.to_string(),
        _ => "Title of the article".to_string(),
    };

    let mut passages = vec![Quote {
        id: "opening",
        paragraph: 1,
        text: opening.clone(),
    }];
    let (date, date_text, event_passage, event_inferred) = match &dated {
        Some(d) if d.paragraph == 1 && opening.contains(&d.year) => {
            (d.year.clone(), d.year.clone(), "opening", false)
        }
        Some(d) => {
            passages.push(Quote {
                id: "dated",
                paragraph: d.paragraph,
                text: d.sentence.clone(),
            });
            (d.year.clone(), d.year.clone(), "dated", false)
        }
        None => {
            let words: Vec<&str> = opening.split_whitespace().take(2).collect();
            (year_now.to_string(), words.join(" "), "opening", true)
        }
    };
    let published_year = dated
        .as_ref()
        .map_or_else(|| year_now.to_string(), |d| d.year.clone());

    let mut out = BTreeMap::new();
    out.insert(SOURCE_FILE.to_string(), source.to_string());
    out.insert("article.yaml".into(), article_yaml(&title, &published_year));
    out.insert("passages.yaml".into(), passages_yaml(&passages));
    out.insert(
        "timeline.yaml".into(),
        timeline_yaml(&date, &date_text, event_passage, event_inferred),
    );
    out.insert("sections/main.yaml".into(), section_yaml());
    for kind in FileKind::ALL {
        out.insert(
            format!("schema/{}", kind.schema_file()),
            schema::to_text(&schema::schema(kind)),
        );
    }
    Ok(out)
}

struct Quote {
    id: &'static str,
    paragraph: usize,
    text: String,
}

struct Dated {
    paragraph: usize,
    year: String,
    sentence: String,
}

/// The first paragraph's first sentence, cut to [`MAX_QUOTE_WORDS`] words: a prefix of the
/// paragraph, so it is a verbatim quotation.
fn opening_quote(paragraph: &str) -> String {
    let sentence = sentences(paragraph).first().copied().unwrap_or(paragraph);
    first_words(sentence, MAX_QUOTE_WORDS)
}

fn first_words(text: &str, n: usize) -> String {
    text.split_whitespace()
        .take(n)
        .collect::<Vec<_>>()
        .join(" ")
}

/// The first year (1000–2099, as a word of its own) the article mentions, with its sentence.
fn find_year(paras: &[&str]) -> Option<Dated> {
    paras.iter().enumerate().find_map(|(i, para)| {
        sentences(para).into_iter().find_map(|sentence| {
            sentence
                .split(|c: char| !c.is_ascii_digit())
                .find(|w| w.len() == 4 && (w.starts_with('1') || w.starts_with("20")))
                .map(|year| Dated {
                    paragraph: i + 1,
                    year: year.to_string(),
                    sentence: first_words(sentence, MAX_QUOTE_WORDS),
                })
        })
    })
}

/// A YAML double-quoted scalar. JSON string syntax is a subset of it, so serde_json's escaping
/// is exact and the scaffold needs no YAML writer.
fn quoted(s: &str) -> String {
    serde_json::to_string(s).unwrap_or_else(|_| "\"\"".into())
}

fn current_year() -> u32 {
    let secs = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    // Close enough for a placeholder: 365.2425 days a year from 1970.
    1970 + u32::try_from(secs / 31_556_952).unwrap_or(0)
}

fn article_yaml(title: &str, year: &str) -> String {
    format!(
        r#"{modeline}
# The article this pack explains. `arglens guide` prints the pack guide: every field, the
# forms a date may take, and what each message of `arglens check` means and how to fix it.
article:
  # The name shown in the title bar and on the About page.
  title: {title}
  # The question the argument answers: the root of the argument map.
  question: What does the article argue, and why?
  publisher: Publisher of the article
  published:
    # 1787-11-22, 22 November 1787, Nov 1787, 1787… (`arglens guide` lists every form).
    # This is a placeholder, so it is marked inferred and says
    # why; when you know the real date, set it and drop `inferred` and `note`.
    date: "{year}"
    inferred: true
    note: Placeholder; replace with the date the article was published.
  authors:
    - name: Author's name
      bio: One sentence on who the author is, in your own words.
  # The article's text, copied into this folder. Paragraphs are its non-empty lines,
  # numbered from 1; passages cite them by number.
  source: {SOURCE_FILE}
  attribution: Source text by its author, quoted for study and commentary.
  # Lines of the source that are not part of the argument (headings, bylines) go here,
  # e.g. `- {{ paragraph: 2, why: byline }}`; every other paragraph should be quoted.
  non_body: []
# Section ids in reading order; each names a file sections/<id>.yaml and becomes a tab.
sections: [main]
"#,
        modeline = FileKind::Article.modeline("article.yaml"),
        title = quoted(title),
    )
}

fn passages_yaml(passages: &[Quote]) -> String {
    let mut out = format!(
        "{}\n# Verbatim quotations from the source. `paragraph` counts the source's non-empty lines\n\
         # from 1; `text` must appear in that paragraph word for word (line breaks may differ).\n\
         passages:\n",
        FileKind::Passages.modeline("passages.yaml")
    );
    for p in passages {
        out.push_str(&format!(
            "  - id: {}\n    paragraph: {}\n    text: {}\n",
            p.id,
            p.paragraph,
            quoted(&p.text)
        ));
    }
    out
}

fn timeline_yaml(date: &str, date_text: &str, passage: &str, inferred: bool) -> String {
    let inferred = if inferred {
        "    # The article names no year, so this date is a placeholder.\n    inferred: true\n    \
         note: Placeholder; set `date` and `date_text` to a date the article gives.\n"
    } else {
        ""
    };
    format!(
        r#"{modeline}
# Dated events the article mentions, oldest first. `date` is when (22 Nov 1787, late 1970s,
# c. 1781…); `date_text` is how the source words the date and must appear in one of the
# event's passages. An event the article presupposes but never dates is background: leave
# out `date_text` and say in `basis` why it belongs and where its date comes from.
# `arglens guide` explains every field.
events:
  - id: first-event
    date: "{date}"
    date_text: {date_text}
    title: What happened, in a few words
    description: What happened and why it matters to the argument, in your own words.
    passages: [{passage}]
    points: [first-point]
    tags: []
{inferred}"#,
        modeline = FileKind::Timeline.modeline("timeline.yaml"),
        date_text = quoted(date_text),
    )
}

fn section_yaml() -> String {
    format!(
        r#"{modeline}
# One section of the argument: a tab in the app. `id` must match the file name, and
# article.yaml lists it under `sections`. `arglens guide` explains labels, kinds and fields.
id: main
title: The argument
intro: A sentence or two on what this part of the article argues, in your own words.
points:
  - id: first-point
    # Shown in lists and the status line, e.g. "Reason 1".
    label: Reason 1
    # context, reason, pitfall, evidence, objection or conclusion.
    kind: reason
    title: A short title for the point
    claim: The point's claim in one sentence of your own.
    explanation: Why the article makes this point and how it supports the answer.
    # Ids from passages.yaml that back the claim.
    passages: [opening]
    # Ids from timeline.yaml this point refers to.
    events: [first-event]
    tags: []
# Discussion questions shown at the end of the section in presentation mode.
questions: []
"#,
        modeline = FileKind::Section.modeline("sections/main.yaml"),
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::files::PackFiles;
    use std::sync::Arc;

    fn load(files: BTreeMap<String, String>) -> crate::content::Checked {
        let bytes = files
            .into_iter()
            .map(|(k, v)| (k, v.into_bytes()))
            .collect();
        crate::content::load(&PackFiles::Memory(Arc::new(bytes)))
            .unwrap_or_else(|e| panic!("scaffold does not load:\n{e}"))
    }

    #[test]
    fn a_scaffold_loads_with_the_opening_and_a_dated_passage() {
        let src = "A Short Title\n\nIn 1989 the wall fell. Much followed.\n\nMore text here.\n";
        let checked = load(scaffold(src, None, 2026).unwrap());
        let pack = &checked.pack;
        assert_eq!(pack.article.title, "A Short Title");
        assert_eq!(pack.passages.len(), 2);
        assert_eq!(pack.passages[1].text, "In 1989 the wall fell.");
        assert_eq!(pack.events[0].date.to_string(), "1989");
        assert!(!pack.events[0].inferred);
    }

    #[test]
    fn a_source_without_years_gets_a_marked_placeholder_date() {
        let src = "The first paragraph says something long enough to be a sentence. Then more.\n";
        let checked = load(scaffold(src, Some("T: \"quoted\""), 2031).unwrap());
        assert_eq!(checked.pack.article.title, "T: \"quoted\"");
        assert!(checked.pack.events[0].inferred);
        assert_eq!(checked.pack.events[0].date.to_string(), "2031");
        assert_eq!(
            checked.pack.passages[0].text,
            "The first paragraph says something long enough to be a sentence."
        );
    }

    #[test]
    fn long_openings_are_cut_at_a_word() {
        let long = "word ".repeat(200);
        let checked = load(scaffold(&long, None, 2026).unwrap());
        assert_eq!(
            checked.pack.passages[0].text.split_whitespace().count(),
            MAX_QUOTE_WORDS
        );
    }

    #[test]
    fn an_empty_source_is_refused() {
        assert!(scaffold(" \n\n", None, 2026).is_err());
    }
}
