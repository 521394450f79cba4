#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    clippy::panic
)]
//! The validator on broken copies of the shipped pack: each problem is found, located and
//! explained, and several problems are all reported at once.

mod common;

use arglens::content::{self, Diagnostic, Severity};
use common::{edit, pack_copy};

fn errors_of(pack: &std::path::Path) -> Vec<Diagnostic> {
    match content::load_dir(pack) {
        Ok(_) => panic!("the broken pack loaded"),
        Err(e) => e
            .diagnostics
            .into_iter()
            .filter(|d| d.severity == Severity::Error)
            .collect(),
    }
}

fn warnings_of(pack: &std::path::Path) -> Vec<Diagnostic> {
    match content::load_dir(pack) {
        Ok(c) => c.warnings,
        Err(e) => panic!("the pack failed to load:\n{e}"),
    }
}

/// The 1-based line of the first line of `file` containing `needle`.
fn line_of(file: &std::path::Path, needle: &str) -> Option<usize> {
    std::fs::read_to_string(file)
        .unwrap()
        .lines()
        .position(|l| l.contains(needle))
        .map(|i| i + 1)
}

fn only(mut ds: Vec<Diagnostic>) -> Diagnostic {
    assert_eq!(ds.len(), 1, "{ds:#?}");
    ds.remove(0)
}

#[test]
fn a_misquoted_passage_shows_where_it_differs() {
    let (_t, p) = pack_copy();
    edit(
        &p,
        "passages.yaml",
        "Gazprom executives are",
        "Gazprom managers are",
    );
    let d = only(errors_of(&p));
    assert!(d.file.ends_with("passages.yaml"));
    assert!(
        d.message
            .contains("not a verbatim quotation of paragraph 20"),
        "{}",
        d.message
    );
    let hint = d.hint.unwrap();
    assert!(hint.contains("the source has \"executives"), "{hint}");
    assert!(hint.contains("the passage has \"managers"), "{hint}");
    assert!(d.line.is_some());
}

#[test]
fn a_passage_under_the_wrong_paragraph_gets_the_right_number() {
    let (_t, p) = pack_copy();
    edit(
        &p,
        "passages.yaml",
        "  - id: membrane\n    paragraph: 24",
        "  - id: membrane\n    paragraph: 25",
    );
    let d = only(errors_of(&p));
    assert!(
        d.message
            .contains("quoted from paragraph 24, not paragraph 25"),
        "{}",
        d.message
    );
    assert_eq!(d.hint.as_deref(), Some("set `paragraph: 24`"));
}

#[test]
fn a_paragraph_out_of_range_is_an_error() {
    let (_t, p) = pack_copy();
    edit(
        &p,
        "passages.yaml",
        "    paragraph: 24",
        "    paragraph: 99",
    );
    let d = only(errors_of(&p));
    assert!(
        d.message
            .contains("paragraph 99 does not exist: the source has 32 paragraphs"),
        "{}",
        d.message
    );
}

#[test]
fn duplicate_ids_name_both_places() {
    let (_t, p) = pack_copy();
    edit(
        &p,
        "passages.yaml",
        "  - id: tables-turned",
        "  - id: accepting-rise",
    );
    let ds = errors_of(&p);
    let d = ds
        .iter()
        .find(|d| d.message.contains("duplicate passage id"))
        .expect("duplicate reported");
    assert!(d.message.contains("first defined at"), "{}", d.message);
    assert!(d.message.contains("passages.yaml:"), "{}", d.message);
    let first_line: usize = d.message.rsplit(':').next().unwrap().parse().unwrap();
    assert!(
        d.line.unwrap() > first_line,
        "the duplicate points at itself, not the first"
    );
}

#[test]
fn a_reference_to_nothing_suggests_the_nearest_ids() {
    let (_t, p) = pack_copy();
    edit(
        &p,
        "sections/why-moscow.yaml",
        "passages: [gas-target, gas-price]",
        "passages: [gas-targt, gas-price]",
    );
    let d = only(errors_of(&p));
    assert_eq!(d.message, "no passage has the id `gas-targt`");
    assert_eq!(d.hint.as_deref(), Some("did you mean `gas-target`?"));
    assert!(d.file.ends_with("why-moscow.yaml"));
    let text = std::fs::read_to_string(p.join("sections/why-moscow.yaml")).unwrap();
    let line = text.lines().nth(d.line.unwrap() - 1).unwrap();
    assert!(
        line.contains("gas-targt"),
        "located on the line that holds it: {line}"
    );
}

#[test]
fn a_malformed_date_says_what_was_expected() {
    let (_t, p) = pack_copy();
    edit(&p, "timeline.yaml", "date: \"1996\"", "date: \"19966\"");
    let d = only(errors_of(&p));
    assert!(
        d.message
            .starts_with("bad date: `19966` is not a date; expected YYYY"),
        "{}",
        d.message
    );
}

#[test]
fn a_bad_date_is_marked_on_the_word_at_fault() {
    let (_t, p) = pack_copy();
    edit(
        &p,
        "timeline.yaml",
        "date: \"1996\"",
        "date: \"22 Novmbr 1996\"",
    );
    let d = only(errors_of(&p));
    let file = p.join("timeline.yaml");
    let line = line_of(&file, "22 Novmbr 1996").unwrap();
    assert_eq!(d.line, Some(line));
    let text = std::fs::read_to_string(&file).unwrap();
    let marked: String = text
        .lines()
        .nth(line - 1)
        .unwrap()
        .chars()
        .skip(d.column.unwrap() - 1)
        .take(d.width.unwrap() as usize)
        .collect();
    assert_eq!(marked, "Novmbr", "{d:#?}");
}

#[test]
fn an_events_date_wording_must_be_in_its_passage() {
    let (_t, p) = pack_copy();
    edit(
        &p,
        "timeline.yaml",
        "date_text: May 1989",
        "date_text: June 1989",
    );
    let d = only(errors_of(&p));
    assert!(
        d.message
            .contains("contains its date wording \"June 1989\""),
        "{}",
        d.message
    );
}

#[test]
fn an_inferred_date_needs_a_note() {
    let (_t, p) = pack_copy();
    // Drop the note of `putin-beijing-visit`, whatever it says: the `note:` line and the
    // folded lines under it.
    let path = p.join("timeline.yaml");
    let text = std::fs::read_to_string(&path).unwrap();
    let event = text.find("  - id: putin-beijing-visit\n").unwrap();
    let start = event + text[event..].find("    note: >-\n").unwrap();
    let body = start + "    note: >-\n".len();
    let end = body
        + text[body..]
            .split_inclusive('\n')
            .take_while(|line| line.starts_with("      "))
            .map(str::len)
            .sum::<usize>();
    std::fs::write(&path, format!("{}{}", &text[..start], &text[end..])).unwrap();
    let d = only(errors_of(&p));
    assert!(
        d.message.contains("marked inferred but has no `note`"),
        "{}",
        d.message
    );
}

#[test]
fn a_missing_source_file_is_reported_on_the_source_line() {
    let (_t, p) = pack_copy();
    edit(
        &p,
        "article.yaml",
        "source: ../assets/xi-jinping-moscow-2013.txt",
        "source: ../assets/missing.txt",
    );
    let d = only(errors_of(&p));
    assert!(
        d.message.starts_with("cannot read the source text"),
        "{}",
        d.message
    );
    assert!(d.file.ends_with("article.yaml"));
    assert_eq!(d.line, line_of(&p.join("article.yaml"), "  source:"));
}

#[test]
fn a_source_outside_the_pack_is_refused() {
    let (_t, p) = pack_copy();
    edit(
        &p,
        "article.yaml",
        "source: ../assets/xi-jinping-moscow-2013.txt",
        "source: ../../etc/passwd",
    );
    let d = only(errors_of(&p));
    assert!(
        d.message.contains("only read files inside its own folder"),
        "{}",
        d.message
    );
}

#[test]
fn unknown_fields_suggest_the_right_name() {
    let (_t, p) = pack_copy();
    edit(
        &p,
        "sections/why-moscow.yaml",
        "    explanation: >-",
        "    explantion: >-",
    );
    let d = only(errors_of(&p));
    assert!(
        d.message.contains("unknown field `explantion`"),
        "{}",
        d.message
    );
    assert_eq!(d.hint.as_deref(), Some("did you mean `explanation`?"));
    assert_eq!(
        (d.line, d.column),
        (
            line_of(&p.join("sections/why-moscow.yaml"), "explantion"),
            Some(5)
        )
    );
}

#[test]
fn every_problem_is_reported_at_once_sorted_by_file_and_line() {
    let (_t, p) = pack_copy();
    edit(&p, "timeline.yaml", "date: \"1996\"", "date: \"1996-13\"");
    edit(
        &p,
        "sections/pitfalls.yaml",
        "passages: [membrane]",
        "passages: [membrne]",
    );
    edit(
        &p,
        "passages.yaml",
        "Gazprom executives are",
        "Gazprom managers are",
    );
    edit(
        &p,
        "sections/why-moscow.yaml",
        "events: [deng-reforms]",
        "events: [deng-reform]",
    );
    let ds = errors_of(&p);
    assert_eq!(ds.len(), 4, "{ds:#?}");
    let keys: Vec<(String, usize)> = ds
        .iter()
        .map(|d| (d.file.clone(), d.line.unwrap_or(0)))
        .collect();
    let mut sorted = keys.clone();
    sorted.sort();
    assert_eq!(keys, sorted);
}

#[test]
fn syntax_errors_in_several_files_are_all_reported() {
    let (_t, p) = pack_copy();
    std::fs::write(p.join("timeline.yaml"), "events: [\n").unwrap();
    std::fs::write(
        p.join("passages.yaml"),
        "passages:\n  - id: a\n   paragraph: 1\n",
    )
    .unwrap();
    let ds = errors_of(&p);
    assert_eq!(ds.len(), 2, "{ds:#?}");
    assert!(ds.iter().all(|d| d.line.is_some()));
}

#[test]
fn copied_prose_and_uncovered_paragraphs_are_warnings() {
    let (_t, p) = pack_copy();
    edit(
        &p,
        "sections/pitfalls.yaml",
        "claim: Economic exchange remains rather low in level and structure, each side has complaints about it, and an accord on cooperation between the border regions has yet to deliver.",
        "claim: The level and structure of Sino-Russian economic exchanges continues to be rather low.",
    );
    // Drop the only passage of paragraph 24 from its point and from the passages file.
    edit(
        &p,
        "sections/pitfalls.yaml",
        "passages: [membrane]",
        "passages: []",
    );
    let passages = std::fs::read_to_string(p.join("passages.yaml")).unwrap();
    let start = passages.find("  - id: membrane").unwrap();
    let end = passages[start..].find("  - id: low-exchanges").unwrap() + start;
    std::fs::write(
        p.join("passages.yaml"),
        format!("{}{}", &passages[..start], &passages[end..]),
    )
    .unwrap();
    let ws = warnings_of(&p);
    let messages: Vec<&str> = ws.iter().map(|d| d.message.as_str()).collect();
    assert!(
        messages.iter().any(|m| m.contains("`claim` repeats")),
        "{messages:#?}"
    );
    assert!(
        messages
            .iter()
            .any(|m| m.contains("no passage quotes paragraph 24")),
        "{messages:#?}"
    );
    assert!(
        messages
            .iter()
            .any(|m| m.contains("point `asymmetry` cites no passage")),
        "{messages:#?}"
    );
}

#[test]
fn control_characters_are_replaced_and_warned_about() {
    let (_t, p) = pack_copy();
    edit(
        &p,
        "sections/why-moscow.yaml",
        "title: Visit your friends first",
        "title: \"Visit \\e]0;pwned\\a your friends \\u202Efirst\"",
    );
    let checked = content::load_dir(&p).unwrap();
    let title = &checked
        .pack
        .find_point("friends-first")
        .and_then(|r| checked.pack.point(r))
        .unwrap()
        .title;
    assert!(
        !title.contains('\u{1b}') && !title.contains('\u{7}') && !title.contains('\u{202e}'),
        "{title:?}"
    );
    assert!(title.contains('\u{fffd}'));
    assert!(
        checked
            .warnings
            .iter()
            .any(|w| w.message.contains("control or bidirectional-override"))
    );
}

/// The quotations, claims and event prose move from the parsed files into the pack instead
/// of being copied: moved, they are still cleaned, folded and checked.
#[test]
fn moved_texts_are_cleaned_folded_and_checked_like_the_rest() {
    let (_t, p) = pack_copy();
    let wide = "Borrowing from   American experience";
    edit(
        &p,
        "sections/why-moscow.yaml",
        "Borrowing from American experience",
        wide,
    );
    edit(
        &p,
        "timeline.yaml",
        "title: The 1860 treaty the Chengde plaque recalls",
        "title: \"The 1860 treaty  the Chengde \\u202Eplaque recalls\"",
    );
    edit(
        &p,
        "passages.yaml",
        "Xi Jinping, will make",
        "Xi Jinping,    will make",
    );
    let checked = content::load_dir(&p).unwrap();
    let pack = &checked.pack;
    let point = pack.find_point("friends-first").and_then(|r| pack.point(r));
    assert!(
        point
            .unwrap()
            .claim
            .starts_with("Borrowing from American experience")
    );
    let event = pack.events.iter().find(|e| e.id == "treaty-1860").unwrap();
    assert_eq!(
        event.title,
        "The 1860 treaty the Chengde \u{fffd}plaque recalls"
    );
    let passage = pack
        .passages
        .iter()
        .find(|q| q.id == "trip-itinerary")
        .unwrap();
    assert!(
        passage.text.contains("Xi Jinping, will make"),
        "{}",
        passage.text
    );
    let warned = |file: &str| {
        checked.warnings.iter().any(|w| {
            w.file.ends_with(file) && w.message.contains("control or bidirectional-override")
        })
    };
    assert!(warned("timeline.yaml"), "{:#?}", checked.warnings);

    let (_t, p) = pack_copy();
    edit(
        &p,
        "timeline.yaml",
        "title: The 1860 treaty the Chengde plaque recalls",
        "title: \"  \"",
    );
    let e = only(errors_of(&p));
    assert!(
        e.file.ends_with("timeline.yaml") && e.message == "`title` is empty",
        "{e:?}"
    );
    assert_eq!(e.line, line_of(&p.join("timeline.yaml"), "title: \"  \""));
}

#[test]
fn crlf_and_a_byte_order_mark_load_fine() {
    let (_t, p) = pack_copy();
    for f in [
        "article.yaml",
        "passages.yaml",
        "timeline.yaml",
        "sections/why-moscow.yaml",
    ] {
        let text = std::fs::read_to_string(p.join(f)).unwrap();
        let mut bytes = b"\xEF\xBB\xBF".to_vec();
        bytes.extend(text.replace('\n', "\r\n").into_bytes());
        std::fs::write(p.join(f), bytes).unwrap();
    }
    assert!(warnings_of(&p).is_empty());
}

#[test]
fn an_empty_file_is_named() {
    let (_t, p) = pack_copy();
    std::fs::write(p.join("timeline.yaml"), "").unwrap();
    let d = only(errors_of(&p));
    assert!(d.file.ends_with("timeline.yaml"));
    assert_eq!(d.message, "the file is empty");
}

#[test]
fn alias_bombs_and_deep_nesting_come_back_as_located_errors() {
    let (_t, p) = pack_copy();
    let mut bomb = String::from(
        "a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n",
    );
    for (prev, next) in ["a", "b", "c", "d", "e", "f", "g", "h"]
        .iter()
        .zip(["b", "c", "d", "e", "f", "g", "h", "i"])
    {
        bomb.push_str(&format!("{next}: &{next} [*{prev},*{prev},*{prev},*{prev},*{prev},*{prev},*{prev},*{prev},*{prev}]\n"));
    }
    bomb.push_str("events: *i\n");
    std::fs::write(p.join("timeline.yaml"), bomb).unwrap();
    let deep = format!("passages: {}{}\n", "[".repeat(10_000), "]".repeat(10_000));
    std::fs::write(p.join("passages.yaml"), deep).unwrap();
    let start = std::time::Instant::now();
    let ds = errors_of(&p);
    assert_eq!(ds.len(), 2, "{ds:#?}");
    assert!(
        start.elapsed() < std::time::Duration::from_secs(10),
        "no blow-up"
    );
    for d in &ds {
        assert!(d.line.is_some(), "located: {d}");
    }
}

#[test]
fn oversized_files_are_refused_unread() {
    let (_t, p) = pack_copy();
    let f = std::fs::File::create(p.join("timeline.yaml")).unwrap();
    f.set_len(17 * 1024 * 1024).unwrap();
    let d = only(errors_of(&p));
    assert!(d.message.contains("larger than 16 MiB"), "{}", d.message);
}

#[test]
fn folders_with_too_many_files_are_refused() {
    let (_t, p) = pack_copy();
    let junk = p.join("junk");
    std::fs::create_dir(&junk).unwrap();
    for i in 0..10_001 {
        std::fs::File::create(junk.join(i.to_string())).unwrap();
    }
    let d = only(errors_of(&p));
    assert!(d.message.contains("more than 10000 files"), "{}", d.message);
}

#[test]
fn eras_are_checked_like_events() {
    let (_t, p) = pack_copy();
    edit(&p, "timeline.yaml", "start: c. 1959", "start: c. 19x9");
    edit(
        &p,
        "timeline.yaml",
        "start: \"1989-05\"\n    end: \"2013-03\"",
        "start: \"2013-03\"\n    end: \"1989-05\"",
    );
    edit(
        &p,
        "timeline.yaml",
        "passages: [gorbachev-1989, accomplishments]",
        "passages: [gorbachev-1989, accomplishment]",
    );
    let errors = errors_of(&p);
    let messages: Vec<&str> = errors.iter().map(|d| d.message.as_str()).collect();
    let file = p.join("timeline.yaml");
    let bad_date = errors
        .iter()
        .find(|d| d.message.starts_with("bad start date"))
        .unwrap_or_else(|| panic!("{messages:#?}"));
    assert_eq!(bad_date.line, line_of(&file, "c. 19x9"));
    let backwards = errors
        .iter()
        .find(|d| {
            d.message
                .contains("ends (May 1989) before it starts (March 2013)")
        })
        .unwrap_or_else(|| panic!("{messages:#?}"));
    assert!(backwards.message.contains("quarter-century-of-progress"));
    let unknown = errors
        .iter()
        .find(|d| d.message == "no passage has the id `accomplishment`")
        .unwrap_or_else(|| panic!("{messages:#?}"));
    assert_eq!(
        unknown.hint.as_deref(),
        Some("did you mean `accomplishments`?")
    );
    assert_eq!(errors.len(), 3, "{messages:#?}");
}

#[test]
fn an_era_without_a_passage_or_with_a_copied_note_is_a_warning() {
    let (_t, p) = pack_copy();
    edit(
        &p,
        "timeline.yaml",
        "    passages: [gorbachev-1989]\n  - id: quarter",
        "    passages: []\n  - id: quarter",
    );
    edit(
        &p,
        "timeline.yaml",
        "title: A quarter-century of progress",
        "title: the remarkable progress that has been made in the Chinese-Russian relationship",
    );
    let warnings = warnings_of(&p);
    let messages: Vec<&str> = warnings.iter().map(|d| d.message.as_str()).collect();
    assert!(
        messages.contains(&"era `sino-soviet-cold-war` cites no passage"),
        "{messages:#?}"
    );
    assert!(
        messages.iter().any(|m| m.starts_with("`title` repeats")),
        "{messages:#?}"
    );
}

/// Three broken passages appended to the passages of a pack grown `n` times.
fn grown_with_broken_passages(n: usize) -> content::files::PackFiles {
    let mut files = content::scale::repeated_files(n).unwrap();
    let passages = files.get_mut("passages.yaml").unwrap();
    passages.extend_from_slice(
        b"- id: not-in-the-source\n  paragraph: 3\n  text: words the article never wrote\n- id: Bad_Id\n  paragraph: 1\n  text: Xi Jinping\n- id: too-far\n  paragraph: 9999\n  text: Xi Jinping\n",
    );
    content::files::PackFiles::Memory(std::sync::Arc::new(files))
}

/// What a load says of passages.yaml: each message with its line.
fn passage_findings(files: &content::files::PackFiles) -> Vec<(usize, String)> {
    let found = match content::load::load_with(files, content::validate::Checks::All) {
        Ok(_) => panic!("the broken pack loaded"),
        Err(e) => e.diagnostics,
    };
    found
        .into_iter()
        .filter(|d| d.file.ends_with("passages.yaml"))
        .map(|d| (d.line.unwrap_or(0), d.message))
        .collect()
}

#[test]
fn a_large_pack_reports_its_broken_passages_as_a_small_one_does() {
    // The large pack builds its passages beside its sections, the small one does not.
    // (The grown files are written with unindented `- ` items.)
    let small = passage_findings(&grown_with_broken_passages(1));
    let large = passage_findings(&grown_with_broken_passages(80));
    assert_eq!(small.len(), 3, "{small:#?}");
    let messages = |f: &[(usize, String)]| f.iter().map(|(_, m)| m.clone()).collect::<Vec<_>>();
    assert_eq!(messages(&small), messages(&large));
    let lines: Vec<usize> = large.iter().map(|(l, _)| *l).collect();
    assert!(lines.is_sorted() && lines[0] > 1000, "{large:#?}");
}
