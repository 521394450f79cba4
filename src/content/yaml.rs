//! The one place that calls the YAML library.
//!
//! Keeping every YAML call here means a change of parser, or of how its errors are reported,
//! touches one file. Errors come back as located [`Diagnostic`]s with a hint for misspelt fields.

use serde::de::DeserializeOwned;

use super::diag::Diagnostic;
use super::files::PackFile;
use super::text::nearest;

/// Parses one pack file into its raw type.
pub fn parse<T: DeserializeOwned>(file: &PackFile) -> Result<T, Diagnostic> {
    serde_yaml::from_str(&file.text).map_err(|e| to_diagnostic(&file.name, &e))
}

/// Writes a value as YAML, for generated packs.
pub fn to_string<T: serde::Serialize>(value: &T) -> Result<String, String> {
    serde_yaml::to_string(value).map_err(|e| e.to_string())
}

fn to_diagnostic(name: &str, e: &serde_yaml::Error) -> Diagnostic {
    let full = e.to_string();
    // The library appends " at line L column C"; the location is shown in front instead.
    let message = match full.find(" at line ") {
        Some(at) => full.get(..at).unwrap_or(&full).to_string(),
        None => full.clone(),
    };
    let place = e.location().map(|l| (l.line(), l.column()));
    let mut d = Diagnostic::error(name, message.clone()).at(place);
    if let Some(hint) = unknown_field_hint(&message) {
        d = d.with_hint(hint);
    }
    d
}

/// For "unknown field `explantion`, expected one of `id`, `explanation`" (or an unknown
/// variant): suggests the nearest allowed name.
fn unknown_field_hint(message: &str) -> Option<String> {
    let rest = message
        .split("unknown field `")
        .nth(1)
        .or_else(|| message.split("unknown variant `").nth(1))?;
    let (field, rest) = rest.split_once('`')?;
    let expected: Vec<&str> = rest.split('`').skip(1).step_by(2).collect();
    let best = nearest(field, expected.iter().copied(), 1);
    match best.first() {
        Some(best) => Some(format!("did you mean `{best}`?")),
        None => Some(format!(
            "the fields allowed here are {}",
            expected.join(", ")
        )),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde::Deserialize;

    #[derive(Debug, Deserialize)]
    #[serde(deny_unknown_fields)]
    #[allow(dead_code)]
    struct Point {
        id: String,
        explanation: String,
    }

    fn file(text: &str) -> PackFile {
        PackFile {
            name: "p.yaml".into(),
            text: text.into(),
        }
    }

    #[test]
    fn unknown_fields_are_located_and_get_a_suggestion() {
        let e = parse::<Point>(&file("id: a\nexplantion: b\n")).unwrap_err();
        assert_eq!(e.line, Some(2));
        assert!(
            e.message.contains("unknown field `explantion`"),
            "{}",
            e.message
        );
        assert_eq!(e.hint.as_deref(), Some("did you mean `explanation`?"));
        assert!(!e.message.contains(" at line "));
    }

    #[test]
    fn syntax_errors_are_located() {
        let e = parse::<Point>(&file("id: a\nexplanation: [unclosed\n")).unwrap_err();
        assert!(e.line.is_some());
        assert!(e.column.is_some());
    }

    #[test]
    fn missing_fields_name_the_field() {
        let e = parse::<Point>(&file("id: a\n")).unwrap_err();
        assert!(
            e.message.contains("missing field `explanation`"),
            "{}",
            e.message
        );
    }
}
