#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    clippy::panic
)]
//! The JSON Schemas: shipped copies match what the code derives, every shipped YAML file names
//! its schema, and the shipped pack and a scaffold both validate against them.

use std::path::Path;

use arglens::content::embedded::FILES;
use arglens::content::files::PackFile;
use arglens::content::schema::{self, FileKind};
use arglens::content::yaml;
use serde_json::Value;

fn validator(kind: FileKind) -> jsonschema::Validator {
    jsonschema::validator_for(&schema::schema(kind)).expect("the derived schema is itself valid")
}

fn as_json(name: &str, text: &str) -> Value {
    let file = PackFile::new(name, text);
    yaml::parse::<Value>(&file).value.unwrap()
}

fn assert_valid(kind: FileKind, name: &str, text: &str) {
    let value = as_json(name, text);
    let v = validator(kind);
    let errors: Vec<String> = v.iter_errors(&value).map(|e| e.to_string()).collect();
    assert!(errors.is_empty(), "{name} fails its schema: {errors:#?}");
}

#[test]
fn shipped_schema_files_match_the_model() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("content/schema");
    for kind in FileKind::ALL {
        let on_disk = std::fs::read_to_string(dir.join(kind.schema_file())).unwrap();
        assert_eq!(
            on_disk,
            schema::to_text(&schema::schema(kind)),
            "content/schema/{} is stale: regenerate it with `arglens schema {}`",
            kind.schema_file(),
            kind.name()
        );
    }
}

#[test]
fn every_shipped_yaml_file_names_its_schema_and_validates() {
    let mut checked = 0;
    for (path, text) in FILES {
        let Some(kind) = FileKind::of_path(path) else {
            continue;
        };
        let first = text.lines().next().unwrap();
        assert_eq!(first, kind.modeline(path), "first line of {path}");
        assert_valid(kind, path, text);
        checked += 1;
    }
    assert_eq!(checked, 5);
}

#[test]
fn the_schema_rejects_what_the_loader_rejects() {
    let v = validator(FileKind::Passages);
    let misspelt = as_json("p", "passages:\n  - id: a\n    paragraf: 1\n    text: x\n");
    assert!(!v.is_valid(&misspelt));
    let wrong_type = as_json(
        "p",
        "passages:\n  - id: a\n    paragraph: one\n    text: x\n",
    );
    assert!(!v.is_valid(&wrong_type));
    let kind = validator(FileKind::Section);
    let bad_kind = as_json(
        "s",
        "id: a\ntitle: t\nintro: i\npoints:\n  - {id: p, label: l, kind: reasn, title: t, claim: c, explanation: e, passages: [x]}\n",
    );
    assert!(!kind.is_valid(&bad_kind));
}

#[test]
fn a_scaffold_validates_against_its_own_schema_files() {
    let files =
        arglens::cmd::new::scaffold("Title\n\nIn 2001 something happened.\n", None, 2026).unwrap();
    for (path, text) in &files {
        if let Some(kind) = FileKind::of_path(path) {
            assert!(text.starts_with(&kind.modeline(path)));
            assert_valid(kind, path, text);
            let schema_file = format!("schema/{}", kind.schema_file());
            assert_eq!(files[&schema_file], schema::to_text(&schema::schema(kind)));
        }
    }
}

#[test]
fn the_pack_schema_accepts_every_shipped_file() {
    let v = jsonschema::validator_for(&schema::pack_schema()).unwrap();
    for (path, text) in FILES {
        if FileKind::of_path(path).is_some() {
            assert!(v.is_valid(&as_json(path, text)), "{path}");
        }
    }
}
