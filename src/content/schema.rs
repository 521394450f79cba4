//! JSON Schemas of the pack's files, derived from the raw types the loader reads, so the schema
//! an editor checks against cannot drift from what arglens accepts.

use schemars::generate::SchemaSettings;
use schemars::{JsonSchema, SchemaGenerator};
use serde_json::{Value, json};

use super::raw;

/// The kinds of file in a pack, each with its own schema.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FileKind {
    /// `article.yaml`.
    Article,
    /// `sections/<id>.yaml`.
    Section,
    /// `passages.yaml`.
    Passages,
    /// `timeline.yaml`.
    Timeline,
}

impl FileKind {
    pub const ALL: [Self; 4] = [Self::Article, Self::Section, Self::Passages, Self::Timeline];

    /// The name of the schema file packs ship for this kind, in their `schema/` folder.
    pub fn schema_file(self) -> &'static str {
        match self {
            Self::Article => "article.schema.json",
            Self::Section => "section.schema.json",
            Self::Passages => "passages.schema.json",
            Self::Timeline => "timeline.schema.json",
        }
    }

    /// The kind of a pack file, from its path inside the pack.
    pub fn of_path(relative: &str) -> Option<Self> {
        match relative {
            "article.yaml" => Some(Self::Article),
            "passages.yaml" => Some(Self::Passages),
            "timeline.yaml" => Some(Self::Timeline),
            p if p.starts_with("sections/") && p.ends_with(".yaml") => Some(Self::Section),
            _ => None,
        }
    }

    /// The comment that points an editor's YAML language server at this kind's schema, for a
    /// file at `relative` inside the pack.
    pub fn modeline(self, relative: &str) -> String {
        let up = "../".repeat(relative.matches('/').count());
        format!(
            "# yaml-language-server: $schema={up}schema/{}",
            self.schema_file()
        )
    }

    /// The word for this kind on the command line (`arglens schema section`).
    pub fn name(self) -> &'static str {
        match self {
            Self::Article => "article",
            Self::Section => "section",
            Self::Passages => "passages",
            Self::Timeline => "timeline",
        }
    }

    fn title(self) -> &'static str {
        match self {
            Self::Article => "arglens article.yaml",
            Self::Section => "arglens section file (sections/<id>.yaml)",
            Self::Passages => "arglens passages.yaml",
            Self::Timeline => "arglens timeline.yaml",
        }
    }
}

impl std::str::FromStr for FileKind {
    type Err = String;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Self::ALL
            .into_iter()
            .find(|k| k.name() == s)
            .ok_or_else(|| "expected one of: article, section, passages, timeline".to_string())
    }
}

fn generator() -> SchemaGenerator {
    SchemaSettings::draft2020_12().into_generator()
}

fn root<T: JsonSchema>(title: &str) -> Value {
    let mut value = generator().into_root_schema_for::<T>().to_value();
    if let Some(map) = value.as_object_mut() {
        map.insert("title".into(), Value::String(title.into()));
    }
    value
}

/// The schema of one kind of file.
pub fn schema(kind: FileKind) -> Value {
    match kind {
        FileKind::Article => root::<raw::ArticleFile>(kind.title()),
        FileKind::Section => root::<raw::Section>(kind.title()),
        FileKind::Passages => root::<raw::PassagesFile>(kind.title()),
        FileKind::Timeline => root::<raw::TimelineFile>(kind.title()),
    }
}

/// One schema that accepts any pack file: the four file schemas as alternatives.
pub fn pack_schema() -> Value {
    let mut generator = generator();
    let alternatives = vec![
        generator.subschema_for::<raw::ArticleFile>().to_value(),
        generator.subschema_for::<raw::Section>().to_value(),
        generator.subschema_for::<raw::PassagesFile>().to_value(),
        generator.subschema_for::<raw::TimelineFile>().to_value(),
    ];
    let defs = generator.take_definitions(true);
    json!({
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "title": "arglens pack file",
        "description": "Any file of an arglens pack: article.yaml, sections/<id>.yaml, passages.yaml or timeline.yaml.",
        "anyOf": alternatives,
        "$defs": defs,
    })
}

/// Pretty JSON with a final newline, as written to files and printed by `arglens schema`.
pub fn to_text(value: &Value) -> String {
    let mut text = serde_json::to_string_pretty(value).unwrap_or_default();
    text.push('\n');
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn file_schemas_refuse_unknown_fields() {
        let s = schema(FileKind::Section);
        assert_eq!(s["additionalProperties"], Value::Bool(false));
        assert!(s["required"].as_array().unwrap().contains(&json!("points")));
    }

    #[test]
    fn modelines_climb_out_of_subfolders() {
        assert_eq!(
            FileKind::Section.modeline("sections/a.yaml"),
            "# yaml-language-server: $schema=../schema/section.schema.json"
        );
        assert_eq!(
            FileKind::of_path("timeline.yaml")
                .unwrap()
                .modeline("timeline.yaml"),
            "# yaml-language-server: $schema=schema/timeline.schema.json"
        );
    }

    #[test]
    fn the_pack_schema_offers_every_file_kind() {
        let s = pack_schema();
        assert_eq!(s["anyOf"].as_array().unwrap().len(), 4);
        assert!(s["$defs"]["Point"].is_object());
    }
}
