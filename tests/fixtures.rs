#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    clippy::panic
)]
//! The corpus of broken packs in `tests/fixtures/`: each case is overlaid on the valid `base/`
//! pack and must produce exactly the diagnostics its `expected` file lists.

mod common;

use std::path::{Path, PathBuf};

use arglens::content::{Diagnostic, Severity};

fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures")
}

struct Expected {
    kind: String,
    file: String,
    line: Option<usize>,
    /// Checked only when the place gives one (`file:line:column`).
    column: Option<usize>,
    text: String,
}

fn parse_expected(text: &str) -> Vec<Expected> {
    text.lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| {
            let (kind, rest) = l.split_once(' ').unwrap();
            let (place, text) = rest.split_once(' ').unwrap();
            let mut parts = place.split(':');
            let file = parts.next().unwrap();
            let line = parts.next().unwrap();
            Expected {
                kind: kind.into(),
                file: file.into(),
                line: (line != "-").then(|| line.parse().unwrap()),
                column: parts.next().map(|c| c.parse().unwrap()),
                text: text.into(),
            }
        })
        .collect()
}

fn describe(d: &Diagnostic) -> String {
    format!(
        "{:?} {}:{:?}:{:?} {} [{:?}]",
        d.severity, d.file, d.line, d.column, d.message, d.hint
    )
}

/// Checks a case: its `pack.json` as it is, or its files overlaid on `base/`.
fn run_case(case: &Path) -> Vec<String> {
    let tmp = tempfile::tempdir().unwrap();
    let pack = tmp.path().join("pack");
    common::copy_dir(&fixtures().join("base"), &pack);
    common::copy_dir(case, &pack);
    std::fs::remove_file(pack.join("expected")).unwrap();
    let json = pack.join("pack.json");
    let target = if json.exists() { json } else { pack.clone() };
    let report = arglens::cmd::check::check(Some(&target)).unwrap();
    let prefix = format!("{}/", pack.display());
    let got: Vec<Diagnostic> = report
        .diagnostics
        .into_iter()
        .map(|mut d| {
            d.file = d.file.replace(&prefix, "");
            d.message = d.message.replace(&prefix, "");
            d
        })
        .collect();
    let expected = parse_expected(&std::fs::read_to_string(case.join("expected")).unwrap());
    let mut failures = Vec::new();
    let mut matched = vec![false; got.len()];
    for e in &expected {
        let hit = got.iter().position(|d| {
            let severity_ok = match e.kind.as_str() {
                "error" => d.severity == Severity::Error,
                "warning" => d.severity == Severity::Warning,
                "hint" => true,
                other => panic!("unknown kind {other}"),
            };
            let text_ok = if e.kind == "hint" {
                d.hint.as_deref().is_some_and(|h| h.contains(&e.text))
            } else {
                d.message.contains(&e.text)
            };
            let column_ok = e.column.is_none() || d.column == e.column;
            severity_ok && d.file == e.file && d.line == e.line && column_ok && text_ok
        });
        match hit {
            Some(i) => matched[i] = true,
            None => failures.push(format!(
                "missing: {} {}:{:?}:{:?} {}",
                e.kind, e.file, e.line, e.column, e.text
            )),
        }
    }
    for (d, m) in got.iter().zip(&matched) {
        if !m {
            failures.push(format!("unexpected: {}", describe(d)));
        }
    }
    failures
}

#[test]
fn the_base_pack_is_clean() {
    let report = arglens::cmd::check::check(Some(&fixtures().join("base"))).unwrap();
    let all: Vec<String> = report.diagnostics.iter().map(describe).collect();
    assert!(all.is_empty(), "{all:#?}");
}

#[test]
fn every_broken_pack_gives_exactly_its_expected_diagnostics() {
    let mut cases: Vec<PathBuf> = std::fs::read_dir(fixtures())
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.is_dir() && !p.ends_with("base"))
        .collect();
    cases.sort();
    assert!(cases.len() >= 12, "the corpus lost cases: {cases:?}");
    let mut report = String::new();
    for case in &cases {
        for failure in run_case(case) {
            report.push_str(&format!(
                "{}: {failure}\n",
                case.file_name().unwrap().to_string_lossy()
            ));
        }
    }
    assert!(report.is_empty(), "\n{report}");
}

#[test]
fn twenty_problems_over_four_files_are_all_reported_in_one_run() {
    let case = fixtures().join("twenty-problems");
    assert!(run_case(&case).is_empty());
    let tmp = tempfile::tempdir().unwrap();
    let pack = tmp.path().join("pack");
    common::copy_dir(&fixtures().join("base"), &pack);
    common::copy_dir(&case, &pack);
    let report = arglens::cmd::check::check(Some(&pack)).unwrap();
    assert_eq!(report.diagnostics.len(), 20, "{:#?}", report.diagnostics);
    let files: std::collections::BTreeSet<&str> =
        report.diagnostics.iter().map(|d| d.file.as_str()).collect();
    assert_eq!(files.len(), 4, "{files:#?}");
}
