//! The one place that calls the YAML library.
//!
//! Keeping every YAML call here means a change of parser, or of how its errors are reported,
//! touches one folder. Errors come back as located [`Diagnostic`]s with a hint where one helps.
//!
//! A file is read forgivingly, so that one run reports every mistake an author can fix:
//! each item of a file's list (its points, passages or events) is read on its own, a
//! misspelt key is reported and then read under the name it was meant to have (or left out),
//! and reading goes on. What could not be read at all is named in [`Parsed::broken`], so the
//! checks that compare files leave it alone instead of reporting its absence.

mod duplicates;
mod hints;
mod itemwise;
pub mod spans;

use serde::de::DeserializeOwned;
use serde_yaml::Value;

use super::diag::Diagnostic;
use super::files::PackFile;
use super::text::nearest;

/// A file read as far as it could be.
#[derive(Debug)]
pub struct Parsed<T> {
    /// The file's contents without the items that could not be read; `None` when the file
    /// itself (outside its list's items) could not be read.
    pub value: Option<T>,
    /// Items of the file's list that could not be read.
    pub broken: Vec<BrokenItem>,
    /// Every problem found while reading.
    pub problems: Vec<Diagnostic>,
}

/// What is known of an item that could not be read, so checks of other files can leave
/// references to it alone.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct BrokenItem {
    pub id: Option<String>,
    pub paragraph: Option<usize>,
}

/// A file whose main part is a list of items, each read on its own.
pub trait ItemList: DeserializeOwned {
    type Item: DeserializeOwned;
    /// The key the list sits under in the file's outermost mapping.
    const KEY: &'static str;
    fn items_mut(&mut self) -> &mut Vec<Self::Item>;
}

/// Most misspelt keys one reading gets past before giving up.
const MAX_FIXES: usize = 64;

/// Parses one pack file into its raw type, reporting every misspelt key.
pub fn parse<T: DeserializeOwned>(file: &PackFile) -> Parsed<T> {
    read(file, &file.text, "")
}

/// Parses a pack file item by item: every item of its list that cannot be read is reported,
/// and the others are kept.
pub fn parse_items<T: ItemList>(file: &PackFile) -> Parsed<T> {
    if let Some(value) = itemwise::read::<T>(&file.text) {
        return Parsed {
            value: Some(value),
            broken: Vec::new(),
            problems: Vec::new(),
        };
    }
    let whole = match serde_yaml::from_str::<T>(&file.text) {
        Ok(value) => {
            return Parsed {
                value: Some(value),
                broken: Vec::new(),
                problems: Vec::new(),
            };
        }
        Err(e) => e,
    };
    let count = match serde_yaml::from_str::<Value>(&file.text) {
        Ok(v) => v.get(T::KEY).and_then(Value::as_sequence).map(Vec::len),
        Err(_) => {
            let e = syntax_error(&file.text).unwrap_or(whole);
            return failed(diagnostic(file, &file.text, &e, ""));
        }
    };
    let Some(list) = spans::list(&file.text, T::KEY).filter(|l| Some(l.items.len()) == count)
    else {
        return read(file, &file.text, "");
    };
    let mut out: Parsed<T> = read(file, &header_text(&file.text, &list), "");
    let mut items = Vec::new();
    for (i, range) in list.items.iter().enumerate() {
        let mut text = spans::only(&file.text, std::slice::from_ref(range));
        if list.block {
            spans::overwrite(&mut text, range.start, " ");
        }
        let item = read::<T::Item>(file, &text, &format!("{}[{i}]", T::KEY));
        out.problems.extend(item.problems);
        match item.value {
            Some(v) => items.push(v),
            None => out.broken.push(broken_item(&text)),
        }
    }
    if let Some(v) = out.value.as_mut() {
        *v.items_mut() = items;
    }
    out
}

/// Writes a value as YAML, for generated packs.
pub fn to_string<T: serde::Serialize>(value: &T) -> Result<String, String> {
    serde_yaml::to_string(value).map_err(|e| e.to_string())
}

/// What a JSON pack document says of itself, read leniently so that its parts can be
/// checked one by one.
#[derive(Debug, Default)]
pub struct JsonHeader {
    pub format: Option<String>,
    pub version: Option<u64>,
    /// The `source` member: the article's text.
    pub source: String,
    /// Where the article part says its source text lives.
    pub source_path: Option<String>,
}

/// Reads the header of a JSON pack document; an error if it is not JSON (or YAML) at all.
pub fn json_header(file: &PackFile) -> Result<JsonHeader, Diagnostic> {
    let value: Value =
        serde_yaml::from_str(&file.text).map_err(|e| diagnostic(file, &file.text, &e, ""))?;
    let text = |v: Option<&Value>| v.and_then(Value::as_str).map(str::to_string);
    Ok(JsonHeader {
        format: text(value.get("format")),
        version: value.get("version").and_then(Value::as_u64),
        source: text(value.get("source")).unwrap_or_default(),
        source_path: text(
            value
                .get("article")
                .and_then(|a| a.get("article"))
                .and_then(|a| a.get("source")),
        ),
    })
}

/// The id written in a flow mapping's text (`{"id": "x", …}`), if it can be read.
pub fn id_in(text: &str) -> Option<String> {
    let value: Value = serde_yaml::from_str(text).ok()?;
    value.get("id").and_then(Value::as_str).map(str::to_string)
}

fn failed<T>(d: Diagnostic) -> Parsed<T> {
    Parsed {
        value: None,
        broken: Vec::new(),
        problems: vec![d],
    }
}

/// The file with its list emptied (`key: []`), so the rest of it can be read alone.
fn header_text(text: &str, list: &spans::List) -> String {
    let rest = list.value.end..text.len();
    if list.block {
        let mut out = spans::only(text, &[0..list.after_colon, rest]);
        if out.is_char_boundary(list.after_colon) {
            out.insert_str(list.after_colon, " []");
        }
        return out;
    }
    let close = list.value.end.saturating_sub(1);
    spans::only(text, &[0..list.value.start + 1, close..text.len()])
}

/// Reads `text` (the whole file, or one item of it with the rest blanked) as a `T`. A key
/// the type does not know is reported, then renamed to the nearest known key if that key is
/// absent, or else blanked, and reading starts again; any other problem ends the reading.
fn read<T: DeserializeOwned>(file: &PackFile, text: &str, prefix: &str) -> Parsed<T> {
    let mut text = text.to_string();
    let mut problems = Vec::new();
    for _ in 0..MAX_FIXES {
        match serde_yaml::from_str::<T>(&text) {
            Ok(value) => {
                return Parsed {
                    value: Some(value),
                    broken: Vec::new(),
                    problems,
                };
            }
            Err(e) => {
                let d = diagnostic(file, &text, &e, prefix);
                let Some(fixed) = fix_unknown_field(&text, &d) else {
                    let e = syntax_error(&text);
                    problems.push(e.map_or(d, |e| diagnostic(file, &text, &e, prefix)));
                    break;
                };
                problems.push(d);
                text = fixed;
            }
        }
    }
    Parsed {
        value: None,
        broken: Vec::new(),
        problems,
    }
}

/// The syntax error in `text`, if it has one. The library turns what it parsed before such
/// an error into values first, and a problem found there is the one it returns: a mapping the
/// error cut short has its later fields reported missing, though the text holds them past
/// the error. So when a reading ends on an error, a syntax error is reported in its place;
/// the unknown keys reported before it are the author's mistakes all the same.
fn syntax_error(text: &str) -> Option<serde_yaml::Error> {
    serde_yaml::from_str::<serde::de::IgnoredAny>(text).err()
}

/// The text with the unknown key `d` reports renamed or blanked, if `d` is such a report.
fn fix_unknown_field(text: &str, d: &Diagnostic) -> Option<String> {
    let rest = d.message.split("unknown field `").nth(1)?;
    let (field, _) = rest.split_once('`')?;
    let line = d.line?.checked_sub(1)?;
    let mut lines: Vec<String> = text.split('\n').map(str::to_string).collect();
    let here = lines.get(line)?.clone();
    let start = here
        .char_indices()
        .nth(d.column?.checked_sub(1)?)
        .map(|(i, _)| i)?;
    let key_at = start + usize::from(here.get(start..)?.starts_with('"'));
    if !here.get(key_at..)?.starts_with(field) {
        return None;
    }
    let suggestion = d
        .hint
        .as_deref()
        .and_then(|h| h.strip_prefix("did you mean `"))
        .and_then(|h| h.strip_suffix("`?"))
        .filter(|s| !lines.iter().any(|l| has_key_at(l, key_at, s)));
    if let Some(s) = suggestion {
        let renamed = format!(
            "{}{s}{}",
            here.get(..key_at)?,
            here.get(key_at + field.len()..)?
        );
        *lines.get_mut(line)? = renamed;
        return Some(lines.join("\n"));
    }
    // Blank the key's line and the lines below it that are indented further (its value),
    // and the bracket closing a flow value opened on the key's line.
    let value = here
        .get(key_at + field.len()..)?
        .trim_start_matches(['"', ':', ' ']);
    let opens_flow = value.starts_with(['[', '{']) && !value.trim_end().ends_with([']', '}', ',']);
    *lines.get_mut(line)? = format!("{}{}", here.get(..start)?, " ".repeat(here.len() - start));
    for l in lines.iter_mut().skip(line + 1) {
        let indent = l.len() - l.trim_start().len();
        let closes = opens_flow && indent == start && l.trim_start().starts_with([']', '}']);
        if !l.trim().is_empty() && indent <= start && !closes {
            break;
        }
        *l = " ".repeat(l.len());
        if closes {
            break;
        }
    }
    Some(lines.join("\n"))
}

/// Whether `line` holds `key:` (or `"key":`) starting at byte `at`, as a key of a mapping.
fn has_key_at(line: &str, at: usize, key: &str) -> bool {
    let before_ok = line
        .get(..at)
        .is_some_and(|b| b.trim_matches([' ', '-', '{', '"']).is_empty());
    let after = line.get(at..).and_then(|r| r.strip_prefix(key));
    before_ok && after.is_some_and(|r| r.starts_with(':') || r.starts_with("\":"))
}

/// What is known of an item that could not be read: its id and paragraph, if they can be.
fn broken_item(text: &str) -> BrokenItem {
    let value: Option<Value> = serde_yaml::from_str(text).ok();
    let get = |key: &str| value.as_ref().and_then(|v| v.get(key));
    BrokenItem {
        id: get("id").and_then(Value::as_str).map(str::to_string),
        paragraph: get("paragraph")
            .and_then(Value::as_u64)
            .and_then(|n| usize::try_from(n).ok()),
    }
}

/// A located diagnostic for an error of the library, `prefix` naming the item read.
fn diagnostic(file: &PackFile, text: &str, e: &serde_yaml::Error, prefix: &str) -> Diagnostic {
    let place = e.location().map(|l| (l.line(), l.column()));
    let advice = hints::advise(&e.to_string(), place, text);
    let message = match (prefix.is_empty(), advice.message.split_once(": ")) {
        (true, _) => advice.message,
        (false, Some((path, rest))) if !path.contains(' ') => format!("{prefix}.{path}: {rest}"),
        (false, _) => format!("{prefix}: {}", advice.message),
    };
    let again = duplicates::key_named(&message).and_then(|key| {
        let found = duplicates::second(place?, text, key)?;
        let hint = format!(
            "`{key}` is first given on line {}: keep one of the two",
            found.first_line
        );
        Some((found.place, hint))
    });
    let (place, again_hint) = again.unzip();
    let mut d = Diagnostic::error(&file.name, message.clone()).at(place.or(advice.place));
    if let Some(hint) = unknown_field_hint(&message)
        .or(again_hint)
        .or(advice.hint)
        .or_else(|| missing_field_hint(&message))
    {
        d = d.with_hint(hint);
    }
    d
}

/// For "missing field `claim`": where to add it and where the fields are described.
fn missing_field_hint(message: &str) -> Option<String> {
    let rest = message.split("missing field `").nth(1)?;
    let (field, _) = rest.split_once('`')?;
    Some(format!(
        "add `{field}:` to this entry; `arglens guide` describes every field"
    ))
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
mod tests;
